import { described } from '@agent-guards/action-kit';
import * as z from 'zod/mini';

export const MODES = ['frame', 'plan', 'implement', 'review'] as const;
export type Mode = (typeof MODES)[number];

/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
export const KNOWN_TOOLS = [
  'read_file',
  'list_dir',
  'grep',
  'read_dependency_graph',
  'ask_user_question',
  'run_tests',
  'run_linter',
  'read_test_output',
  'edit_file',
  'write_file',
  'delete_file',
  'git_commit',
  'git_diff',
  'git_log',
  'git_push_non_protected',
  'gh_pr_create',
  'gh_pr_comment',
  'install_dev_dependency',
] as const;
export type ToolName = (typeof KNOWN_TOOLS)[number];

/** The spec's deliberate exclusions (§5): no mode may name them. */
export const EXCLUDED_TOOLS: Readonly<Record<string, string>> = {
  unrestricted_shell: 'no mode binds a generic shell (spec §4, §5)',
  git_push_protected: 'no protected-branch push under any condition (spec §5)',
  git_force_push: 'no force-pushing, even to non-protected branches (spec §5)',
  gh_pr_merge: 'the agent cannot merge its own PRs (spec §5)',
  gh_workflow_dispatch: 'no triggering CI workflows manually (spec §5)',
  npm_install_global: 'no global package installs (spec §4)',
  pip_install_user: 'no global package installs (spec §4)',
  cargo_install: 'no global package installs (spec §4)',
  internet_browse: 'no web access (spec §5, §8)',
  internet_fetch: 'no web access (spec §5, §8)',
};

/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;

export interface ManifestViolation {
  mode: string;
  tool: string;
  reason: string;
}

/** Why a tool name may not appear in any mode, or undefined if it may. */
export function exclusionReason(tool: string): string | undefined {
  const key = tool.toLowerCase();
  if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
  if (SHELL_LIKE.test(key)) return 'a generic shell or command runner under another name (spec §4: no unrestricted shell)';
  if (/force/.test(key) && /push/.test(key)) return EXCLUDED_TOOLS.git_force_push;
  if (/merge/.test(key) && /(pr|pull)/.test(key)) return EXCLUDED_TOOLS.gh_pr_merge;
  if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key)) return EXCLUDED_TOOLS.internet_fetch;
  if (/install/.test(key) && /(global|user|cargo)/.test(key)) return EXCLUDED_TOOLS.npm_install_global;
  return undefined;
}

const DeleteFileEntry = z.strictObject({
  name: z.literal('delete_file'),
  scope: described(z.literal('plan-named'), 'delete_file is bound only to files the plan names (never tests).'),
});
const ToolEntry = z.union([z.string().check(z.minLength(1)), DeleteFileEntry]);

const ModeToolsSchema = z.strictObject({
  inherit: z.optional(z.enum(MODES)),
  read: z._default(z.array(ToolEntry), []),
  write: z._default(z.array(ToolEntry), []),
});

function entryName(entry: z.infer<typeof ToolEntry>): string {
  return typeof entry === 'string' ? entry : entry.name;
}

/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
export function manifestViolations(modes: Record<string, { read: z.infer<typeof ToolEntry>[]; write: z.infer<typeof ToolEntry>[] }>): ManifestViolation[] {
  const out: ManifestViolation[] = [];
  for (const [mode, tools] of Object.entries(modes)) {
    for (const entry of [...tools.read, ...tools.write]) {
      const name = entryName(entry);
      const excluded = exclusionReason(name);
      if (excluded) out.push({ mode, tool: name, reason: excluded });
      else if (name === 'delete_file' && typeof entry === 'string') {
        out.push({ mode, tool: name, reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }" });
      } else if (!(KNOWN_TOOLS as readonly string[]).includes(name)) {
        out.push({ mode, tool: name, reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(', ')}` });
      }
    }
  }
  return out;
}

export const ToolManifestSchema = described(
  z
    .strictObject({
      $schema: z.optional(z.string()),
      version: z.literal(1),
      modes: z.strictObject({
        frame: ModeToolsSchema,
        plan: ModeToolsSchema,
        implement: ModeToolsSchema,
        review: ModeToolsSchema,
      }),
    })
    .check(
      z.superRefine((manifest, ctx) => {
        for (const v of manifestViolations(manifest.modes)) {
          ctx.addIssue({ code: 'custom', path: ['modes', v.mode], message: `tool '${v.tool}' is not allowed: ${v.reason}` });
        }
        // inherit chains must end: frame <- plan <- implement <- review, no cycles.
        for (const mode of MODES) {
          const seen = new Set<string>([mode]);
          let next = manifest.modes[mode].inherit;
          while (next) {
            if (seen.has(next)) {
              ctx.addIssue({ code: 'custom', path: ['modes', mode, 'inherit'], message: `inherit cycle through '${next}'` });
              break;
            }
            seen.add(next);
            next = manifest.modes[next].inherit;
          }
        }
      }),
    ),
  'Tool manifest by mode (spec §5); read at the PR base commit.',
);

export type ToolManifest = z.infer<typeof ToolManifestSchema>;

export interface ModeTools {
  read: Set<ToolName>;
  write: Set<ToolName>;
  /** Every tool bound in the mode. */
  all: Set<ToolName>;
}

/** Resolves `inherit` into the full tool set of each mode. */
export function resolveManifest(manifest: ToolManifest): Record<Mode, ModeTools> {
  const resolved = {} as Record<Mode, ModeTools>;
  const resolve = (mode: Mode): ModeTools => {
    if (resolved[mode]) return resolved[mode];
    const spec = manifest.modes[mode];
    const parent = spec.inherit ? resolve(spec.inherit) : undefined;
    const read = new Set<ToolName>([...(parent?.read ?? []), ...spec.read.map(entryName)] as ToolName[]);
    const write = new Set<ToolName>([...(parent?.write ?? []), ...spec.write.map(entryName)] as ToolName[]);
    resolved[mode] = { read, write, all: new Set([...read, ...write]) };
    return resolved[mode];
  };
  for (const mode of MODES) resolve(mode);
  return resolved;
}

/** The spec §5 manifest, used when a repository has none and as the template. */
export const DEFAULT_MANIFEST: ToolManifest = {
  version: 1,
  modes: {
    frame: { read: ['read_file', 'list_dir', 'grep', 'read_dependency_graph'], write: [] },
    plan: { inherit: 'frame', read: ['ask_user_question'], write: [] },
    implement: {
      inherit: 'plan',
      read: ['run_tests', 'run_linter', 'read_test_output'],
      write: ['edit_file', 'write_file', 'git_commit', 'install_dev_dependency', { name: 'delete_file', scope: 'plan-named' }],
    },
    review: { inherit: 'implement', read: ['git_diff', 'git_log'], write: ['git_push_non_protected', 'gh_pr_create', 'gh_pr_comment'] },
  },
};

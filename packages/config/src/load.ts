import { ConfigurationError, type Logger, type ReportedProblem } from '@agent-guards/action-kit';
import { readFileAt } from '@agent-guards/git';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type * as z from 'zod/mini';
import { defaultPolicy, DEFAULT_POLICY_PATH, PolicySchema, type Policy } from './policy.js';
import { TicketSchema, type Ticket } from './ticket.js';
import { configProblems, type ConfigProblem } from './config-problems.js';
import { describeSource, shortCommit, type ConfigSource } from './config-source.js';
import { DEFAULT_MANIFEST, ToolManifestSchema, type ToolManifest } from './manifest.js';

/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      line = rangeLine(pair.key, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, counter) ?? line;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

/**
 * A config file with problems: every one of them, each with its field and line,
 * so one edit fixes them all. `file`, `field` and `line` are those of the first.
 */
export class ConfigFileError extends ConfigurationError {
  readonly problems: readonly ConfigProblem[];
  private readonly singles: readonly string[];

  constructor(what: string, file: string, source: ConfigSource, problems: ConfigProblem[], fix: string) {
    const first = problems[0]!;
    super(first.message, { file, field: first.field, ...(first.line ? { line: first.line } : {}), fix });
    this.name = 'ConfigFileError';
    this.problems = problems;
    const field = (p: ConfigProblem): string => (p.field === '(top level)' ? '' : `field '${p.field}'`);
    const read = source.commit ? ` The ${what} was read at the base commit ${shortCommit(source.commit)}.` : '';
    // Each problem said alone: the shape every ConfigurationError has (`file:line, field 'x': …`), then where the file was read.
    this.singles = problems.map((p) => `${[`${file}${p.line ? `:${p.line}` : ''}`, field(p)].filter(Boolean).join(', ')}: ${p.message}${read} Fix: ${fix}`);
    if (problems.length === 1) {
      this.message = this.singles[0]!;
    } else {
      const lines = problems.map((p) => `  - ${[p.line ? `line ${p.line}` : '', field(p)].filter(Boolean).join(', ') || 'the file'}: ${p.message}`);
      this.message = `${describeSource(file, what, source)} has ${problems.length} problems:\n${lines.join('\n')}\nFix: ${fix}`;
    }
  }

  override reportedProblems(): ReportedProblem[] {
    const file = this.file!;
    return this.problems.map((p, i) => ({ message: this.singles[i]!, path: file, ...(p.line ? { line: p.line } : {}) }));
  }
}

/**
 * Parses YAML text and validates it. Every problem is reported at once — each
 * with the file, the line and the field, an unknown key with the closest known
 * one — so nothing is fixed one run at a time. Nothing is half-loaded: it
 * either returns the whole valid value or throws a ConfigFileError.
 */
export function parseConfig<S extends z.ZodMiniType>(text: string, file: string, schema: S, what: string, source: ConfigSource = {}): z.infer<S> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
      return { field: '(top level)', ...(line ? { line } : {}), message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/\.$/, '')}.` };
    });
    throw new ConfigFileError(what, file, source, problems, `correct the YAML syntax at ${problems.length === 1 ? 'that line' : 'those lines'}.`);
  }
  const value: unknown = doc.toJS();
  const parsed = schema.safeParse(value ?? {}, { reportInput: true });
  if (!parsed.success) {
    const problems = configProblems(schema, parsed.error.issues, (path) => lineOf(doc, counter, path));
    const schemaName = CONFIG_SCHEMA_FILES[what];
    const fix = `correct ${problems.length === 1 ? 'that field' : 'each field'} as the schema says (${schemaName ? `schemas/${schemaName}` : 'schemas/'} in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).`;
    throw new ConfigFileError(what, file, source, problems, fix);
  }
  return parsed.data;
}

/** The published JSON Schema of each config file kind, by the name messages give it. */
const CONFIG_SCHEMA_FILES: Record<string, string> = {
  policy: 'policy.schema.json',
  ticket: 'ticket.schema.json',
  'tool manifest': 'tool-manifest.schema.json',
  'spec map': 'spec-map.schema.json',
};

export interface LoadOptions {
  repo: string;
  /** The base commit: trusted files are read there, never at head. */
  base: string;
  logger?: Logger;
}

/** The policy at the base commit; the built-in defaults when the default path has none. */
export async function loadPolicy(options: LoadOptions & { path?: string }): Promise<{ policy: Policy; path: string; found: boolean }> {
  const path = options.path ?? DEFAULT_POLICY_PATH;
  const text = await readFileAt(options.repo, options.base, path);
  if (text === undefined) {
    if (options.path && options.path !== DEFAULT_POLICY_PATH) {
      throw new ConfigurationError(`the policy file does not exist at the base commit ${shortCommit(options.base)}.`, {
        file: path,
        fix: 'commit the policy to the base branch, or pass the right --policy path.',
      });
    }
    options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
    return { policy: defaultPolicy(), path, found: false };
  }
  return { policy: parseConfig(text, path, PolicySchema, 'policy', { commit: options.base }), path, found: true };
}

/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
export async function loadTicket(options: LoadOptions & { path: string }): Promise<Ticket> {
  const text = await readFileAt(options.repo, options.base, options.path);
  if (text === undefined) {
    throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
      file: options.path,
      fix: 'commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted.',
    });
  }
  return parseConfig(text, options.path, TicketSchema, 'ticket', { commit: options.base });
}

/** The tool manifest at the base commit; the spec §5 manifest when absent. */
export async function loadManifest(options: LoadOptions & { path: string }): Promise<{ manifest: ToolManifest; found: boolean }> {
  const text = await readFileAt(options.repo, options.base, options.path);
  if (text === undefined) {
    options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec §5 manifest.`);
    return { manifest: DEFAULT_MANIFEST, found: false };
  }
  return { manifest: parseConfig(text, options.path, ToolManifestSchema, 'tool manifest', { commit: options.base }), found: true };
}

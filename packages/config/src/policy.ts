import { z } from 'zod';
import { AgentsPolicySchema, GuardsPolicySchema } from './applies-to.js';
import { NARROWABLE_FORBIDDEN_CATEGORIES } from './forbidden.js';

export const DEFAULT_POLICY_PATH = '.github/agent-guards.yml';
export const DEFAULT_MANIFEST_PATH = '.github/agent-manifest.yml';

const glob = z.string().min(1, 'a glob cannot be empty');

export const DependencyAllowlistSchema = z
  .strictObject({
    npm: z.array(glob).default([]),
    pypi: z.array(glob).default([]),
    go: z.array(glob).default([]),
    cargo: z.array(glob).default([]),
  })
  .default({ npm: [], pypi: [], go: [], cargo: [] })
  .describe('Dev dependencies the agent may add or change, per ecosystem (globs over package names).');

export const SpecPolicySchema = z
  .strictObject({
    path: z.string().default('docs/agent-spec.md').describe('The spec markdown, read at the PR base.'),
    map: z.string().optional().describe('Optional spec map (YAML) saying what a change addressing each section looks like.'),
    require_map: z.boolean().default(false).describe('Fail, rather than notice, when no map lets conformance be checked.'),
  })
  .default({ path: 'docs/agent-spec.md', require_map: false });

export const COMMIT_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'] as const;

export const CommitsPolicySchema = z
  .strictObject({
    types: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).default([...COMMIT_TYPES]),
    require_scope: z.boolean().default(false),
    max_subject_length: z.number().int().positive().default(100),
  })
  .default({ types: [...COMMIT_TYPES], require_scope: false, max_subject_length: 100 });

export const TEST_FRAMEWORKS = ['auto', 'pytest', 'unittest', 'vitest', 'jest', 'mocha', 'go', 'junit', 'rspec', 'cargo'] as const;

export const TestsPolicySchema = z
  .strictObject({
    frameworks: z.array(z.enum(TEST_FRAMEWORKS)).default(['auto']),
    collector: z.enum(['static', 'runner', 'both']).default('static'),
  })
  .default({ frameworks: ['auto'], collector: 'static' });

export const ModelsByModeSchema = z
  .strictObject({
    frame: z.string().default('claude-haiku-4-5'),
    plan: z.string().default('claude-sonnet-4-6'),
    implement: z.string().default('claude-sonnet-4-6'),
    review: z.string().default('claude-sonnet-4-6'),
  })
  .default({ frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' });

export const ModelPriceSchema = z.strictObject({
  input_per_mtok: z.number().nonnegative(),
  output_per_mtok: z.number().nonnegative(),
  cache_write_5m_multiplier: z.number().nonnegative().default(1.25),
  cache_write_1h_multiplier: z.number().nonnegative().default(2),
  cache_read_multiplier: z.number().nonnegative().default(0.1),
});

export const IncidentPolicySchema = z
  .strictObject({
    session_cost_usd: z.number().positive().default(6),
    sustained_hours: z.number().positive().default(24),
    daily_vs_7day_median: z.number().positive().default(1.5),
    escalate_to: z.array(z.string()).default([]).describe('GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).'),
  })
  .default({ session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] });

export const CostPolicySchema = z
  .strictObject({
    soft_cap_tokens: z.number().int().positive().default(150_000),
    hard_cap_tokens: z.number().int().positive().default(300_000),
    max_cost_per_pr_usd: z.number().positive().default(4.5),
    min_cache_hit_rate: z.number().min(0).max(1).default(0.8),
    cache_hit_rate_fails: z.boolean().default(false),
    weekly_budget_tokens: z.number().int().positive().optional(),
    models: ModelsByModeSchema,
    prices: z.record(z.string(), ModelPriceSchema).default({}).describe('Per-model price overrides, USD per million tokens.'),
    incident: IncidentPolicySchema,
    history_branch: z.string().default('agent-guards/cost-history'),
  })
  .default({
    soft_cap_tokens: 150_000,
    hard_cap_tokens: 300_000,
    max_cost_per_pr_usd: 4.5,
    min_cache_hit_rate: 0.8,
    cache_hit_rate_fails: false,
    models: { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
    prices: {},
    incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] },
    history_branch: 'agent-guards/cost-history',
  });

export const BoundaryEdgeSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  /** For forbidden edges: what to do instead, shown in the finding. */
  instead: z.string().optional(),
});

export const BoundariesPolicySchema = z
  .strictObject({
    contexts: z.record(z.string(), z.array(glob)).default({}).describe('Bounded contexts: name → path globs.'),
    allow: z.array(BoundaryEdgeSchema).default([]).describe('Allowed edges between contexts; any other cross-context edge is forbidden.'),
    forbid: z
      .array(BoundaryEdgeSchema)
      .default([])
      .describe('Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client).'),
    type_only_imports: z.enum(['allow', 'check']).default('allow'),
  })
  .default({ contexts: {}, allow: [], forbid: [], type_only_imports: 'allow' });

export const SANDBOX_MODES = ['bubblewrap', 'none'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = z
  .string()
  .regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, 'a host name such as registry.npmjs.org (optionally *.example.com or host:port)')
  .refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), 'an IP address is not a registry host: name the host');

export const DEFAULT_REGISTRIES = {
  // Yarn's lockfiles name the npm registry by Yarn's alias for it.
  npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
  pypi: ['pypi.org', 'files.pythonhosted.org'],
  go: ['proxy.golang.org', 'sum.golang.org'],
  cargo: ['index.crates.io', 'static.crates.io'],
};

export const SandboxRegistriesSchema = z
  .strictObject({
    npm: z.array(registryHost).default(DEFAULT_REGISTRIES.npm),
    pypi: z.array(registryHost).default(DEFAULT_REGISTRIES.pypi),
    go: z.array(registryHost).default(DEFAULT_REGISTRIES.go),
    cargo: z.array(registryHost).default(DEFAULT_REGISTRIES.cargo),
  })
  .default(DEFAULT_REGISTRIES)
  .describe("Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");

const SANDBOX_DEFAULTS = {
  mode: 'bubblewrap' as SandboxMode,
  read_only: [] as string[],
  memory_mb: 4096,
  max_processes: 512,
  max_file_size_mb: 1024,
  max_output_mb: 32,
  tmp_size_mb: 2048,
  registries: DEFAULT_REGISTRIES,
};

const SandboxSettingsSchema = z.strictObject({
  mode: z.enum(SANDBOX_MODES).default('bubblewrap').describe("bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
  read_only: z
    .array(z.string().regex(/^(\/|~\/)/, 'an absolute path or ~/…'))
    .default([])
    .describe('Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home).'),
  memory_mb: z.number().int().positive().default(4096).describe('Memory one sandboxed process may allocate (RLIMIT_DATA).'),
  max_processes: z.number().int().positive().default(512).describe('Processes and threads a sandboxed command may have at once (RLIMIT_NPROC).'),
  max_file_size_mb: z.number().int().positive().default(1024).describe('Largest file a sandboxed process may write (RLIMIT_FSIZE).'),
  max_output_mb: z.number().int().positive().default(32).describe('Output (stdout + stderr) after which the command is stopped.'),
  tmp_size_mb: z.number().int().positive().default(2048).describe('Size of the private /tmp.'),
  registries: SandboxRegistriesSchema,
});

/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
export const SandboxPolicySchema = z
  .union([z.enum(SANDBOX_MODES), SandboxSettingsSchema])
  .default('bubblewrap')
  .transform((v) => (typeof v === 'string' ? { ...SANDBOX_DEFAULTS, mode: v } : v))
  .describe("How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");

export type SandboxPolicy = z.infer<typeof SandboxSettingsSchema>;

export const RunnerPolicySchema = z
  .strictObject({
    test_command: z.array(z.string()).optional().describe('argv of the service test command, e.g. ["npm","test"] — no shell.'),
    lint_command: z.array(z.string()).optional(),
    install_dev_dependency_command: z.record(z.string(), z.array(z.string())).default({}),
    command_timeout_seconds: z.number().int().positive().default(600),
    max_test_attempts: z.number().int().positive().default(5),
    session_timeout_minutes: z.number().positive().default(30),
    target_session_minutes: z.number().positive().default(12),
    max_open_questions: z.number().int().nonnegative().default(2),
    branch_prefix: z.string().default('agent/'),
    sandbox: SandboxPolicySchema,
  })
  .default({
    install_dev_dependency_command: {},
    command_timeout_seconds: 600,
    max_test_attempts: 5,
    session_timeout_minutes: 30,
    target_session_minutes: 12,
    max_open_questions: 2,
    branch_prefix: 'agent/',
    sandbox: SANDBOX_DEFAULTS,
  });

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    agents: AgentsPolicySchema,
    guards: GuardsPolicySchema,
    protected_branches: z.array(glob).default(['main', 'master', 'release/*']),
    forbidden_paths: z.array(glob).default([]).describe('Added to the built-in forbidden categories, never replacing them.'),
    forbidden_exceptions: z
      .partialRecord(z.enum(NARROWABLE_FORBIDDEN_CATEGORIES), z.array(glob))
      .default({})
      .describe(
        "Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed.",
      ),
    dependency_allowlist: DependencyAllowlistSchema,
    manifest: z.string().default(DEFAULT_MANIFEST_PATH),
    tickets_dir: z.string().default('.agent/tickets'),
    spec: SpecPolicySchema,
    commits: CommitsPolicySchema,
    tests: TestsPolicySchema,
    cost: CostPolicySchema,
    boundaries: BoundariesPolicySchema,
    runner: RunnerPolicySchema,
    required_checks: z
      .array(z.string())
      .default(['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'])
      .describe('Status checks the protected branches must require (protection check).'),
  })
  .describe('agent-guards policy, owned by the platform team; read at the PR base commit.');

export type Policy = z.infer<typeof PolicySchema>;

/** The policy used when the repository has none at the default path. */
export function defaultPolicy(): Policy {
  return PolicySchema.parse({ version: 1 });
}

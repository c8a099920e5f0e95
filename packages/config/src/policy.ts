import { described } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import { AgentsPolicySchema, GuardsPolicySchema } from './applies-to.js';
import { NARROWABLE_FORBIDDEN_CATEGORIES } from './forbidden.js';

export const DEFAULT_POLICY_PATH = '.github/agent-guards.yml';
export const DEFAULT_MANIFEST_PATH = '.github/agent-manifest.yml';

const glob = z.string().check(z.minLength(1, 'a glob cannot be empty'));

export const DependencyAllowlistSchema = described(
  z._default(
    z.strictObject({
      npm: z._default(z.array(glob), []),
      pypi: z._default(z.array(glob), []),
      go: z._default(z.array(glob), []),
      cargo: z._default(z.array(glob), []),
    }),
    { npm: [], pypi: [], go: [], cargo: [] },
  ),
  'Dev dependencies the agent may add or change, per ecosystem (globs over package names).',
);

export const SpecPolicySchema = z._default(
  z.strictObject({
    path: described(z._default(z.string(), 'docs/agent-spec.md'), 'The spec markdown, read at the PR base.'),
    map: described(z.optional(z.string()), 'Optional spec map (YAML) saying what a change addressing each section looks like.'),
    require_map: described(z._default(z.boolean(), false), 'Fail, rather than notice, when no map lets conformance be checked.'),
  }),
  { path: 'docs/agent-spec.md', require_map: false },
);

export const COMMIT_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'] as const;

export const CommitsPolicySchema = z._default(
  z.strictObject({
    types: z._default(z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))), [...COMMIT_TYPES]),
    require_scope: z._default(z.boolean(), false),
    max_subject_length: z._default(z.int().check(z.positive()), 100),
  }),
  { types: [...COMMIT_TYPES], require_scope: false, max_subject_length: 100 },
);

export const TEST_FRAMEWORKS = ['auto', 'pytest', 'unittest', 'vitest', 'jest', 'mocha', 'go', 'junit', 'rspec', 'cargo'] as const;

export const TestsPolicySchema = z._default(
  z.strictObject({
    frameworks: z._default(z.array(z.enum(TEST_FRAMEWORKS)), ['auto']),
    collector: z._default(z.enum(['static', 'runner', 'both']), 'static'),
  }),
  { frameworks: ['auto'], collector: 'static' },
);

export const ModelsByModeSchema = z._default(
  z.strictObject({
    frame: z._default(z.string(), 'claude-haiku-4-5'),
    plan: z._default(z.string(), 'claude-sonnet-4-6'),
    implement: z._default(z.string(), 'claude-sonnet-4-6'),
    review: z._default(z.string(), 'claude-sonnet-4-6'),
  }),
  { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
);

export const ModelPriceSchema = z.strictObject({
  input_per_mtok: z.number().check(z.nonnegative()),
  output_per_mtok: z.number().check(z.nonnegative()),
  cache_write_5m_multiplier: z._default(z.number().check(z.nonnegative()), 1.25),
  cache_write_1h_multiplier: z._default(z.number().check(z.nonnegative()), 2),
  cache_read_multiplier: z._default(z.number().check(z.nonnegative()), 0.1),
});

export const IncidentPolicySchema = z._default(
  z.strictObject({
    session_cost_usd: z._default(z.number().check(z.positive()), 6),
    sustained_hours: z._default(z.number().check(z.positive()), 24),
    daily_vs_7day_median: z._default(z.number().check(z.positive()), 1.5),
    escalate_to: described(z._default(z.array(z.string()), []), 'GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).'),
  }),
  { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] },
);

export const CostPolicySchema = z._default(
  z.strictObject({
    soft_cap_tokens: z._default(z.int().check(z.positive()), 150_000),
    hard_cap_tokens: z._default(z.int().check(z.positive()), 300_000),
    max_cost_per_pr_usd: z._default(z.number().check(z.positive()), 4.5),
    min_cache_hit_rate: z._default(z.number().check(z.gte(0), z.lte(1)), 0.8),
    cache_hit_rate_fails: z._default(z.boolean(), false),
    weekly_budget_tokens: z.optional(z.int().check(z.positive())),
    models: ModelsByModeSchema,
    prices: described(z._default(z.record(z.string(), ModelPriceSchema), {}), 'Per-model price overrides, USD per million tokens.'),
    incident: IncidentPolicySchema,
    history_branch: z._default(z.string(), 'agent-guards/cost-history'),
  }),
  {
    soft_cap_tokens: 150_000,
    hard_cap_tokens: 300_000,
    max_cost_per_pr_usd: 4.5,
    min_cache_hit_rate: 0.8,
    cache_hit_rate_fails: false,
    models: { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
    prices: {},
    incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] },
    history_branch: 'agent-guards/cost-history',
  },
);

export const BoundaryEdgeSchema = z.strictObject({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  /** For forbidden edges: what to do instead, shown in the finding. */
  instead: z.optional(z.string()),
});

export const BoundariesPolicySchema = z._default(
  z.strictObject({
    contexts: described(z._default(z.record(z.string(), z.array(glob)), {}), 'Bounded contexts: name → path globs.'),
    allow: described(z._default(z.array(BoundaryEdgeSchema), []), 'Allowed edges between contexts; any other cross-context edge is forbidden.'),
    forbid: described(
      z._default(z.array(BoundaryEdgeSchema), []),
      'Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client).',
    ),
    type_only_imports: z._default(z.enum(['allow', 'check']), 'allow'),
  }),
  { contexts: {}, allow: [], forbid: [], type_only_imports: 'allow' },
);

export const SANDBOX_MODES = ['bubblewrap', 'none'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = z
  .string()
  .check(
    z.regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, 'a host name such as registry.npmjs.org (optionally *.example.com or host:port)'),
    z.refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), 'an IP address is not a registry host: name the host'),
  );

export const DEFAULT_REGISTRIES = {
  // Yarn's lockfiles name the npm registry by Yarn's alias for it.
  npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
  pypi: ['pypi.org', 'files.pythonhosted.org'],
  go: ['proxy.golang.org', 'sum.golang.org'],
  cargo: ['index.crates.io', 'static.crates.io'],
};

export const SandboxRegistriesSchema = described(
  z._default(
    z.strictObject({
      npm: z._default(z.array(registryHost), DEFAULT_REGISTRIES.npm),
      pypi: z._default(z.array(registryHost), DEFAULT_REGISTRIES.pypi),
      go: z._default(z.array(registryHost), DEFAULT_REGISTRIES.go),
      cargo: z._default(z.array(registryHost), DEFAULT_REGISTRIES.cargo),
    }),
    DEFAULT_REGISTRIES,
  ),
  "Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.",
);

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
  mode: described(z._default(z.enum(SANDBOX_MODES), 'bubblewrap'), "bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
  read_only: described(
    z._default(z.array(z.string().check(z.regex(/^(\/|~\/)/, 'an absolute path or ~/…'))), []),
    'Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home).',
  ),
  memory_mb: described(z._default(z.int().check(z.positive()), 4096), 'Memory one sandboxed process may allocate (RLIMIT_DATA).'),
  max_processes: described(z._default(z.int().check(z.positive()), 512), 'Processes and threads a sandboxed command may have at once (RLIMIT_NPROC).'),
  max_file_size_mb: described(z._default(z.int().check(z.positive()), 1024), 'Largest file a sandboxed process may write (RLIMIT_FSIZE).'),
  max_output_mb: described(z._default(z.int().check(z.positive()), 32), 'Output (stdout + stderr) after which the command is stopped.'),
  tmp_size_mb: described(z._default(z.int().check(z.positive()), 2048), 'Size of the private /tmp.'),
  registries: SandboxRegistriesSchema,
});

/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
export const SandboxPolicySchema = described(
  z.pipe(
    z._default(z.union([z.enum(SANDBOX_MODES), SandboxSettingsSchema]), 'bubblewrap'),
    z.transform((v) => (typeof v === 'string' ? { ...SANDBOX_DEFAULTS, mode: v } : v)),
  ),
  "How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.",
);

export type SandboxPolicy = z.infer<typeof SandboxSettingsSchema>;

export const RunnerPolicySchema = z._default(
  z.strictObject({
    test_command: described(z.optional(z.array(z.string())), 'argv of the service test command, e.g. ["npm","test"] — no shell.'),
    lint_command: z.optional(z.array(z.string())),
    install_dev_dependency_command: z._default(z.record(z.string(), z.array(z.string())), {}),
    command_timeout_seconds: z._default(z.int().check(z.positive()), 600),
    max_test_attempts: z._default(z.int().check(z.positive()), 5),
    session_timeout_minutes: z._default(z.number().check(z.positive()), 30),
    target_session_minutes: z._default(z.number().check(z.positive()), 12),
    max_open_questions: z._default(z.int().check(z.nonnegative()), 2),
    branch_prefix: z._default(z.string(), 'agent/'),
    sandbox: SandboxPolicySchema,
  }),
  {
    install_dev_dependency_command: {},
    command_timeout_seconds: 600,
    max_test_attempts: 5,
    session_timeout_minutes: 30,
    target_session_minutes: 12,
    max_open_questions: 2,
    branch_prefix: 'agent/',
    sandbox: SANDBOX_DEFAULTS,
  },
);

export const PolicySchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    agents: AgentsPolicySchema,
    guards: GuardsPolicySchema,
    protected_branches: z._default(z.array(glob), ['main', 'master', 'release/*']),
    forbidden_paths: described(z._default(z.array(glob), []), 'Added to the built-in forbidden categories, never replacing them.'),
    forbidden_exceptions: described(
      z._default(z.partialRecord(z.enum(NARROWABLE_FORBIDDEN_CATEGORIES), z.array(glob)), {}),
      "Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed.",
    ),
    dependency_allowlist: DependencyAllowlistSchema,
    manifest: z._default(z.string(), DEFAULT_MANIFEST_PATH),
    tickets_dir: z._default(z.string(), '.agent/tickets'),
    spec: SpecPolicySchema,
    commits: CommitsPolicySchema,
    tests: TestsPolicySchema,
    cost: CostPolicySchema,
    boundaries: BoundariesPolicySchema,
    runner: RunnerPolicySchema,
    required_checks: described(
      z._default(z.array(z.string()), ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries']),
      'Status checks the protected branches must require (protection check).',
    ),
  }),
  'agent-guards policy, owned by the platform team; read at the PR base commit.',
);

export type Policy = z.infer<typeof PolicySchema>;

/** The policy used when the repository has none at the default path. */
export function defaultPolicy(): Policy {
  return PolicySchema.parse({ version: 1 });
}

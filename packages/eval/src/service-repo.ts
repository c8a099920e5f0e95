import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { DEFAULT_MANIFEST_PATH, DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { gitText, runGit } from '@agent-guards/git';
import { stringify } from 'yaml';
import { fileURLToPath } from 'node:url';
import type { Language, Scenario } from './scenario.js';

/** The service templates, beside src/ or lib/ (a URL literal: the CLI package carries what its modules name so). */
export const SERVICES_DIR = fileURLToPath(new URL('../services', import.meta.url));
/**
 * The spec and its map every service carries as docs/agent-spec.md and docs/agent-spec-map.yml: the
 * starter templates, two folders above this package in a checkout and in the CLI package alike.
 */
export const SPEC_TEMPLATES_DIR = fileURLToPath(new URL('../../../action-templates/examples', import.meta.url));

export const SERVICE_OWNER = 'acme';
/** The ticket issue every scenario's ticket points at. */
export const TICKET_ISSUE = 1;

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Shop Engineer',
  GIT_AUTHOR_EMAIL: 'engineer@shop.example',
  GIT_COMMITTER_NAME: 'Shop Engineer',
  GIT_COMMITTER_EMAIL: 'engineer@shop.example',
};

/** Per language: how the service runs its tests and linter (argv, no shell), and its bounded contexts. */
interface LanguageSettings {
  testCommand: string[];
  lintCommand: string[];
  frameworks: string[];
  /** Context name → path prefix of its sources (and tests, where they mirror the sources). */
  contexts: (name: string) => string[];
}

export const LANGUAGE_SETTINGS: Record<Language, LanguageSettings> = {
  python: {
    testCommand: ['python3', '-m', 'pytest', '-q'],
    lintCommand: ['python3', 'scripts/lint.py'],
    frameworks: ['pytest'],
    contexts: (name) => [`src/${name}/**`],
  },
  typescript: {
    testCommand: ['node', '--test'],
    lintCommand: ['node', 'scripts/lint.mjs'],
    frameworks: ['auto'],
    contexts: (name) => [`src/${name}/**`, `tests/${name}/**`],
  },
  // -trimpath keeps build-cache keys independent of the checkout's path, so each fresh clone reuses compiled packages.
  go: {
    testCommand: ['go', 'test', '-trimpath', './...'],
    lintCommand: ['go', 'vet', '-trimpath', './...'],
    frameworks: ['go'],
    contexts: (name) => [name === 'shared' ? 'shared/**' : `${name}/**`],
  },
};

const CONTEXTS = ['shared', 'pricing', 'catalog', 'cart', 'inventory', 'bus', 'events', 'auth', 'billing', 'payments'];
/** Who may import whom; every context may use shared. */
const ALLOWED_EDGES: [string, string][] = [
  ['cart', 'pricing'],
  ['cart', 'catalog'],
  ['cart', 'inventory'],
  ['events', 'bus'],
  ['billing', 'pricing'],
  ['payments', 'billing'],
];

export function policyFor(language: Language): Record<string, unknown> {
  const s = LANGUAGE_SETTINGS[language];
  return {
    version: 1,
    protected_branches: ['main', 'master', 'release/*'],
    forbidden_paths: [],
    dependency_allowlist: { npm: ['c8', 'eslint', 'prettier', 'typescript', '@types/*'], pypi: ['pytest', 'pytest-*', 'ruff', 'mypy', 'coverage'] },
    spec: { path: 'docs/agent-spec.md', map: 'docs/agent-spec-map.yml' },
    tests: { frameworks: s.frameworks },
    cost: {
      soft_cap_tokens: 150000,
      hard_cap_tokens: 300000,
      max_cost_per_pr_usd: 4.5,
      min_cache_hit_rate: 0.8,
      models: { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
    },
    boundaries: {
      contexts: Object.fromEntries(CONTEXTS.map((c) => [c, s.contexts(c)])),
      allow: [...ALLOWED_EDGES, ...CONTEXTS.filter((c) => c !== 'shared').map((c): [string, string] => [c, 'shared'])].map(([from, to]) => ({ from, to })),
    },
    runner: { test_command: s.testCommand, lint_command: s.lintCommand, command_timeout_seconds: 180 },
  };
}

/** Spec §5's manifest, with delete_file limited to plan-named files. */
export const TOOL_MANIFEST = {
  version: 1,
  modes: {
    frame: { read: ['read_file', 'list_dir', 'grep', 'read_dependency_graph'] },
    plan: { inherit: 'frame', read: ['ask_user_question'] },
    implement: {
      inherit: 'plan',
      read: ['run_tests', 'run_linter', 'read_test_output'],
      write: ['edit_file', 'write_file', 'git_commit', { name: 'delete_file', scope: 'plan-named' }],
    },
    review: { inherit: 'implement', read: ['git_diff', 'git_log'], write: ['git_push_non_protected', 'gh_pr_create', 'gh_pr_comment'] },
  },
};

/** The platform team's CI workflow: never the agent's to change. */
function ciWorkflow(language: Language): string {
  const run = LANGUAGE_SETTINGS[language].testCommand.join(' ');
  return `name: ci\non: [pull_request]\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n        with: { persist-credentials: false }\n      - run: ${run}\n`;
}

export interface ServiceRepo {
  /** The working clone the runner works in. */
  dir: string;
  /** The bare remote it pushes to (reflog kept, so every ref update can be checked). */
  origin: string;
  sessionDir: string;
  base: string;
  ticketPath: string;
  /** owner/name on the local GitHub server. */
  slug: string;
  cleanup(): void;
}

const SKIPPED_WHEN_COPYING = new Set(['__pycache__', '.pytest_cache', 'node_modules', 'coverage']);

async function git(dir: string, ...args: string[]): Promise<string> {
  return gitText(dir, args, { env: IDENTITY });
}

/**
 * Builds a scenario's service repository: the language's template, the policy,
 * tool manifest, spec and map, a CI workflow and CODEOWNERS, the ticket and the
 * scenario's own base files — committed on main and pushed to a bare origin.
 */
export async function buildServiceRepo(scenario: Scenario, parent: string = tmpdir()): Promise<ServiceRepo> {
  const template = join(SERVICES_DIR, scenario.language);
  if (!existsSync(template)) throw new ConfigurationError(`no service template for ${scenario.language}.`, { file: template, fix: 'add the template folder.' });
  const root = mkdtempSync(join(parent, `eval-${scenario.id}-`));
  const dir = join(root, 'service');
  const origin = join(root, 'origin.git');
  const ticketPath = `.agent/tickets/${scenario.ticket.id}.yml`;
  cpSync(template, dir, { recursive: true, filter: (src) => !SKIPPED_WHEN_COPYING.has(basename(src)) });

  const files: Record<string, string> = {
    [DEFAULT_POLICY_PATH]: stringify(policyFor(scenario.language)),
    [DEFAULT_MANIFEST_PATH]: stringify(TOOL_MANIFEST),
    '.github/workflows/ci.yml': ciWorkflow(scenario.language),
    '.github/CODEOWNERS': '* @acme/shop-team\n/.github/ @acme/platform\n',
    [ticketPath]: stringify({ ...scenario.ticket, issue: scenario.ticket.issue ?? TICKET_ISSUE }),
    ...scenario.base_files,
  };
  for (const [from, to] of [
    ['agent-spec.md', 'docs/agent-spec.md'],
    ['agent-spec-map.yml', 'docs/agent-spec-map.yml'],
  ] as const) {
    const src = join(SPEC_TEMPLATES_DIR, from);
    if (!existsSync(src)) throw new ConfigurationError('the example spec is missing.', { file: src, fix: 'restore action-templates/examples.' });
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    cpSync(src, join(dir, to));
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }

  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--no-verify', '-m', `chore: service baseline with ticket ${scenario.ticket.id}`);
  const base = (await git(dir, 'rev-parse', 'HEAD')).trim();
  mkdirSync(origin);
  await git(origin, 'init', '-q', '--bare', '-b', 'main');
  await git(origin, 'config', 'core.logAllRefUpdates', 'always');
  await git(dir, 'remote', 'add', 'origin', origin);
  await runGit(dir, ['push', '-q', 'origin', 'main'], { env: IDENTITY });
  for (const [path, text] of Object.entries(scenario.ignored_files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const ignoredButTracked = (await git(dir, 'status', '--porcelain')).trim();
  if (ignoredButTracked) {
    throw new ConfigurationError(`ignored_files must be ignored by the service's .gitignore; git sees: ${ignoredButTracked}.`, {
      file: scenario.id,
      field: 'ignored_files',
      fix: 'name only paths the template ignores (e.g. .env).',
    });
  }
  return {
    dir,
    origin,
    sessionDir: join(root, 'session'),
    base,
    ticketPath,
    slug: `${SERVICE_OWNER}/shop-${scenario.language}`,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

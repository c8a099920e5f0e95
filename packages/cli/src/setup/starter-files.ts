import { posix } from 'node:path';
import { DEFAULT_JS_INCLUDE, DEFAULT_MANIFEST_PATH, DEFAULT_POLICY_PATH, defaultPolicy, isTestPath, type Language } from '@agent-guards/config';
import { compareText } from '@agent-guards/action-kit';
import type { RepoSurvey } from './repo-survey.js';
import { sourceLanguageOf } from './repo-survey.js';
import { CALLER_WORKFLOWS, RULESET_TEMPLATE, type CallerWorkflow, type TemplateFiles } from './template-files.js';
import type { Toolchain } from './test-commands.js';
import { repointed, workflowPins, type WorkflowPin } from './workflow-pins.js';

/** One file init writes: where, what, and a line saying what it is. */
export interface StarterFile {
  path: string;
  text: string;
  summary: string;
}

export const TICKET_TEMPLATE_PATH = '.agent/tickets/TEMPLATE.yml';
export const RULESET_PATH = '.github/rulesets/agent-guards-branch-ruleset.json';
export const workflowPath = (name: CallerWorkflow): string => `.github/workflows/${name}`;

/** The agent-guards release the templates pin: the reusable guard workflow's reference in the guards caller. */
export function templatePin(templates: TemplateFiles): WorkflowPin {
  const pin = workflowPins(templates.workflow('agent-guards.yml')).find((p) => p.path === '.github/workflows/agent-guards.yml');
  if (!pin) throw new Error(`the template ${templates.dir}/workflow-templates/agent-guards.yml calls no agent-guards reusable workflow: the CLI installation is damaged; reinstall it.`);
  return pin;
}

/** A caller workflow as a service repository keeps it: pinned as the templates pin, pointed at `repository`, on its default branch. */
export function renderCallerWorkflow(templates: TemplateFiles, name: CallerWorkflow, options: { defaultBranch: string; repository?: string }): string {
  const text = templates.workflow(name);
  const from = templatePin(templates).repository;
  return repointed(text, from, options.repository ?? from).replaceAll('$default-branch', options.defaultBranch);
}

/**
 * The editor's schema line of an example file (the release stamps it), pointed
 * at `repository`; none when the example's schema is a path inside this checkout.
 */
function schemaLineOf(templates: TemplateFiles, example: string, from: string, repository: string): string {
  const first = templates.read(`examples/${example}`).split('\n', 1)[0]!;
  const m = /^# yaml-language-server: \$schema=(https:\/\/\S+)$/.exec(first);
  return m ? `# yaml-language-server: $schema=${m[1]!.replace(`/${from}/`, `/${repository}/`)}\n` : '';
}

const flow = (values: readonly string[]): string => JSON.stringify(values);

/** Tool configuration at the top level (vitest.config.ts, .eslintrc.js, build.config.ts): not the service's source. */
const CONFIG_FILE = /(?:^\.|[.-]config\.[cm]?[jt]s$|rc\.[cm]?js$)/;

/** Top-level folders holding the service's own source (tests, docs, examples and forbidden paths aside), as globs, most files first. */
export function sourceGlobs(survey: RepoSurvey, language: Language | undefined): string[] {
  const NOT_SOURCE = new Set(['docs', 'doc', 'examples', 'example', 'bench', 'benchmarks', 'scripts', 'playground', 'node_modules', 'vendor']);
  const counts = new Map<string, number>();
  for (const path of survey.files) {
    const lang = sourceLanguageOf(path);
    if (!lang || (language && lang !== language) || isTestPath(path) || survey.forbiddenFiles.has(path)) continue;
    const slash = path.indexOf('/');
    const glob = slash < 0 ? (CONFIG_FILE.test(path) ? undefined : `*${posix.extname(path)}`) : path.startsWith('.') || NOT_SOURCE.has(path.slice(0, slash)) ? undefined : `${path.slice(0, slash)}/**`;
    if (glob) counts.set(glob, (counts.get(glob) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([glob]) => glob);
}

/** Top-level test folders (tests/, test/, spec/…), as globs. */
export function testFolderGlobs(survey: RepoSurvey): string[] {
  const folders = new Set<string>();
  for (const path of survey.files) {
    const slash = path.indexOf('/');
    if (slash > 0 && isTestPath(path) && isTestPath(`${path.slice(0, slash)}/x`)) folders.add(`${path.slice(0, slash)}/**`);
  }
  return [...folders].sort();
}

const TEST_GLOBS: Record<Language, string[]> = {
  python: ['**/test_*.py', '**/*_test.py', '**/conftest.py'],
  javascript: DEFAULT_JS_INCLUDE,
  go: ['**/*_test.go', '**/testdata/**'],
  jvm: ['**/src/test/**'],
  ruby: ['spec/**', '**/*_spec.rb'],
  rust: ['tests/**'],
};

const ALLOWLIST: Record<string, (frameworks: readonly string[]) => string[]> = {
  npm: (f) => ['@types/*', ...(f.includes('vitest') ? ['vitest', '@vitest/*'] : []), ...(f.includes('jest') ? ['jest', '@jest/*', 'ts-jest'] : []), ...(f.includes('mocha') ? ['mocha', 'chai'] : [])],
  pypi: (f) => (f.includes('pytest') ? ['pytest', 'pytest-*'] : []),
  go: () => [],
  cargo: () => [],
};

function policyText(survey: RepoSurvey, toolchain: Toolchain, protectedBranches: readonly string[], agentLogins: readonly string[], schema: string): string {
  const defaults = defaultPolicy();
  const ecosystems = [...new Set(survey.dependencyFiles.map((d) => d.file.ecosystem))].filter((e) => e in ALLOWLIST).sort();
  const forbidden = survey.forbidden.map((f) => `${f.category} (${f.files})`).join(', ') || 'none';
  const lines = [
    schema.trimEnd(),
    '# The agent-guards policy, owned by the platform team. Every guard reads it at the PR base commit; a PR that',
    '# edits it is itself out of scope. Written by `agent-guards init` from what the repository has:',
    `#   languages: ${survey.languages.join(', ') || 'none found'}; lockfiles: ${survey.lockfiles.join(', ') || 'none'}`,
    `#   built-in forbidden categories with files here: ${forbidden}`,
    'version: 1',
    ...(agentLogins.length > 0
      ? ["# The agents: the authors of agent PRs. The agent-conduct rules (spec reference, ticket scope, cost) judge their PRs only.", 'agents:', `  logins: ${flow(agentLogins)}`]
      : [
          "# Until the agents are named, every guard judges every PR. Name your agent's login (its GitHub App,",
          '# <app-slug>[bot]) so the agent-conduct rules (spec reference, ticket scope, cost) judge agent PRs only:',
          '# agents:',
          '#   logins: ["<app-slug>[bot]"]',
        ]),
    '# Forbidden categories held on every PR, an engineer\'s too (no ticket needed); the others are the agent\'s alone:',
    '# guards:',
    `#   manifest-scope: { every_pr_categories: ${flow(['vendored-code', 'git-metadata'])} }`,
    `protected_branches: ${flow(protectedBranches)}`,
    'forbidden_paths: []   # added to the built-in categories, never replacing them',
    'dependency_allowlist:   # dev dependencies the agent may add, per ecosystem',
    ...(ecosystems.length > 0 ? ecosystems.map((e) => `  ${e}: ${flow(ALLOWLIST[e]!(toolchain.frameworks))}`) : ['  {}']),
    `manifest: ${DEFAULT_MANIFEST_PATH}`,
    `tickets_dir: ${defaults.tickets_dir}`,
    'spec:',
    '  path: docs/agent-spec.md',
    '  map: docs/agent-spec-map.yml',
    'tests:',
    `  frameworks: ${flow(toolchain.frameworks.length > 0 ? toolchain.frameworks : ['auto'])}`,
    'runner:',
    toolchain.testCommand ? `  test_command: ${flow(toolchain.testCommand)}` : '  # test_command: the argv of the test suite (no shell); the runner needs it',
    toolchain.lintCommand ? `  lint_command: ${flow(toolchain.lintCommand)}` : '  # lint_command: the argv of the linter',
    '# The guard jobs every protected branch must require (the protection check reads them).',
    `required_checks: ${flow(defaults.required_checks)}`,
  ];
  return `${lines.filter((l) => l.length > 0).join('\n')}\n`;
}

function specMapText(survey: RepoSurvey, toolchain: Toolchain, schema: string): string {
  const tests = [...new Set([...testFolderGlobs(survey), ...survey.languages.flatMap((l) => TEST_GLOBS[l])])];
  const dependencyNames = [...new Set(survey.dependencyFiles.filter((d) => d.file.role !== 'settings').map((d) => `**/${posix.basename(d.path)}`))].sort();
  const code = [...new Set([...sourceGlobs(survey, toolchain.language), ...testFolderGlobs(survey)])];
  const entry = (key: string, description: string, paths: string[], kinds: string[]): string[] => [
    `  ${JSON.stringify(key)}:`,
    `    description: ${JSON.stringify(description)}`,
    ...(paths.length > 0 ? [`    paths: ${flow(paths)}`] : []),
    `    kinds: ${flow(kinds)}`,
  ];
  const lines = [
    schema.trimEnd(),
    '# What a change that addresses each section of docs/agent-spec.md looks like. The spec-conformance guard reads',
    '# it at the PR base commit and fails a PR whose description names a section the change does not address.',
    'version: 1',
    'sections:',
    ...entry('§1', 'Tier-1 tickets: small bugs, dependency updates, test additions, low-risk refactors.', [], ['bug-fix', 'dev-dependency-update', 'test-addition', 'refactor']),
    ...entry('§3 clause 6', "Run the service's test suite: the change adds tests the suite runs.", tests, ['test-addition', 'bug-fix']),
    ...entry('§3 clause 9', 'Install dev dependencies from the curated allowlist: only dev dependencies change.', dependencyNames, ['dev-dependency-update']),
    ...entry('§4 clause 2', 'No deletion or skip of existing tests: tests are added, none removed.', [], ['test-addition', 'bug-fix']),
    ...entry('§4 clause 8', "No cross-service refactors: a refactor stays inside this repository's source and keeps public signatures.", code, ['refactor']),
    ...entry('§11 clause 3', 'Implement mode TDD loop: the failing test, then the code that makes it pass, then refactor.', [], ['bug-fix', 'test-addition', 'refactor']),
    ...entry('§12 clause 3', 'Per-incident amendment filed: documentation only.', ['docs/**', '**/*.md'], ['docs']),
  ];
  return `${lines.filter((l) => l.length > 0).join('\n')}\n`;
}

function ticketText(survey: RepoSurvey, toolchain: Toolchain, schema: string): string {
  const source = sourceGlobs(survey, toolchain.language)[0];
  const tests = testFolderGlobs(survey)[0];
  const include = [source, tests].filter((g): g is string => g !== undefined);
  const lines = [
    schema.trimEnd(),
    '# A ticket template: copy it to .agent/tickets/<id>.yml, fill it in and commit it to the default branch before the',
    "# ticket's issue is labelled agent-ticket. The agent may touch only paths its scope includes, never a forbidden one.",
    'id: TEMPLATE',
    'title: Add tests for <what>',
    'kind: test-addition',
    '# issue: 123   # the ticket issue this file belongs to',
    'spec: ["§3 clause 6"]',
    'scope:',
    `  include: ${flow(include.length > 0 ? include : ['src/**'])}`,
    '  exclude: []',
    'body: |',
    '  What to change and why. The body is data for the agent, never instructions.',
    'context:',
    '  acceptance_criteria: []',
    '  edge_cases: []',
    '  rules: []',
    '  golden_samples: []',
  ];
  return `${lines.filter((l) => l.length > 0).join('\n')}\n`;
}

function rulesetText(templates: TemplateFiles, protectedBranches: readonly string[]): string {
  const ruleset = JSON.parse(templates.read(RULESET_TEMPLATE)) as { conditions?: { ref_name?: { include?: string[] } } };
  const include = ['~DEFAULT_BRANCH', ...protectedBranches.map((b) => `refs/heads/${b}`)];
  return `${JSON.stringify({ ...ruleset, conditions: { ...ruleset.conditions, ref_name: { ...ruleset.conditions?.ref_name, include } } }, null, 2)}\n`;
}

/**
 * Every file init writes for a repository: the policy, the tool manifest, a
 * ticket template, the spec and its map, the caller workflows pinned as the
 * templates of this agent-guards version pin them, and the branch ruleset.
 */
export function starterFiles(survey: RepoSurvey, toolchain: Toolchain, templates: TemplateFiles, options: { repository?: string; agentLogins?: readonly string[] } = {}): StarterFile[] {
  const pin = templatePin(templates);
  const repository = options.repository ?? pin.repository;
  const schema = (example: string): string => schemaLineOf(templates, example, pin.repository, repository);
  const manifest = templates.read('examples/agent-manifest.yml').replace(/^# yaml-language-server:.*\n/, schema('agent-manifest.yml'));
  // The default branch and release branches: what the policy protects and the ruleset enforces.
  const protectedBranches = [...new Set([survey.defaultBranch, 'release/*'])];
  const pinned = `${repository}@${pin.ref.slice(0, 12)}${pin.comment ? ` (${pin.comment})` : ''}`;
  return [
    { path: DEFAULT_POLICY_PATH, text: policyText(survey, toolchain, protectedBranches, options.agentLogins ?? [], schema('agent-guards.yml')), summary: `policy: protected ${protectedBranches.join(', ')}; tests ${toolchain.testCommand?.join(' ') ?? '(none found: set runner.test_command)'}` },
    { path: DEFAULT_MANIFEST_PATH, text: manifest, summary: 'tool manifest: the spec §5 tools per mode, no shell' },
    { path: TICKET_TEMPLATE_PATH, text: ticketText(survey, toolchain, schema('SVC-123.yml')), summary: 'ticket template: copy to .agent/tickets/<id>.yml per ticket' },
    { path: 'docs/agent-spec.md', text: templates.read('examples/agent-spec.md'), summary: 'spec: the coding-agent spec, §1–§12' },
    { path: 'docs/agent-spec-map.yml', text: specMapText(survey, toolchain, schema('agent-spec-map.yml')), summary: "spec map: what addresses each section, with this repository's test and source paths" },
    ...CALLER_WORKFLOWS.map((name) => ({
      path: workflowPath(name),
      text: renderCallerWorkflow(templates, name, { defaultBranch: survey.defaultBranch, repository }),
      summary: `workflow ${name.replace(/\.yml$/, '')}: pinned to ${pinned}`,
    })),
    { path: RULESET_PATH, text: rulesetText(templates, protectedBranches), summary: `branch ruleset for ${protectedBranches.join(', ')}: import it (Settings → Rules → Rulesets → Import)` },
  ];
}

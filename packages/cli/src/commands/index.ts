import { GUARD_CATALOG } from '@agent-guards/guards/catalog';
import type { CommandEntry } from '../command.js';
import { ALL_GUARD_OPTIONS, CHECK_USAGE, GUARD_OPTIONS } from './guard-options.js';

/**
 * Every CLI command, in the order `--help` lists them: the guards as the registry orders them first.
 *
 * One entry per command: what `--help` and the option parser need (name, summary, usage, options),
 * and `load`, the command's code behind `import()`. The table imports nothing heavier than the guard
 * catalog, so `--help`, `--version` and `<command> --help` load no command's code, and a command loads
 * only its own. A new command is one more entry like the others: its module exports an object with `run`.
 */
export const COMMANDS: readonly CommandEntry[] = [
  ...GUARD_CATALOG.map((guard): CommandEntry => {
    const cli = GUARD_OPTIONS[guard.name];
    return {
      name: guard.name,
      ...(cli.alias ? { aliases: [cli.alias] } : {}),
      summary: `${guard.name} guard: ${guard.summary}`,
      usage: cli.usage,
      options: cli.options,
      required: cli.required,
      checkout: guard.name === 'cost-ceiling' ? 'with-base' : 'always',
      load: async () => (await import('./guard-commands.js')).guardCommand(guard.name),
    };
  }),
  {
    name: 'check',
    summary: 'every guard whose inputs are given, one combined report',
    usage: CHECK_USAGE,
    options: ALL_GUARD_OPTIONS,
    required: ['base'],
    checkout: 'always',
    load: async () => (await import('./guard-commands.js')).checkCommand,
  },
  {
    name: 'manifest-lint',
    summary: 'the tool manifest grants no shell and none of the deliberate exclusions in any mode',
    usage: '--repo DIR [--manifest PATH (default .github/agent-manifest.yml)] [--json]',
    options: { repo: { type: 'string', default: '.' }, manifest: { type: 'string' } },
    checkout: 'always',
    load: async () => (await import('./manifest-lint.js')).manifestLintCommand,
  },
  {
    name: 'protection',
    summary: 'rulesets/branch protection match the policy: no direct or force push, no deletion, guard checks required',
    usage: '--repo OWNER/NAME [--api-url URL] [--policy-file PATH] [--json]   (token from GITHUB_TOKEN)',
    options: { repo: { type: 'string' }, 'api-url': { type: 'string' }, 'policy-file': { type: 'string' } },
    required: ['repo'],
    load: async () => (await import('./protection.js')).protectionCommand,
  },
  {
    name: 'init',
    summary: 'set a service repository up: policy, tool manifest, ticket template, spec and map, workflows pinned to this version, branch ruleset',
    usage: '[--repo DIR] [--agent-login LOGIN …] [--dry-run] [--force] [--agent-guards-repo OWNER/NAME] [--json]',
    options: {
      repo: { type: 'string', default: '.' },
      'agent-login': { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'agent-guards-repo': { type: 'string' },
    },
    checkout: 'always',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'doctor',
    summary: 'check a service repository end to end: trusted files at the default branch, pins, templates, sandbox, Node.js, rulesets (exit 1 on a failure)',
    usage: '[--repo DIR] [--ref REF] [--github-repo OWNER/NAME] [--api-url URL] [--json]   (pins and rulesets with GITHUB_TOKEN)',
    options: { repo: { type: 'string', default: '.' }, ref: { type: 'string' }, 'github-repo': { type: 'string' }, 'api-url': { type: 'string' } },
    checkout: 'always',
    load: async () => (await import('./doctor.js')).doctorCommand,
  },
  {
    name: 'agent-runner',
    aliases: ['run'],
    summary: 'the agent runner: Frame → Plan → Implement → Review on a ticket, in a worktree, ending in a branch and a PR',
    usage: '--repo DIR --ticket PATH [--base REV] [--session-dir DIR] [--github-repo OWNER/NAME] | --resume DIR --add-context FILE [--json]',
    options: {
      repo: { type: 'string', default: '.' },
      ticket: { type: 'string' },
      base: { type: 'string', default: 'HEAD' },
      'session-dir': { type: 'string' },
      'github-repo': { type: 'string' },
      resume: { type: 'string' },
      'add-context': { type: 'string' },
      'context-kind': { type: 'string' },
    },
    load: async () => (await import('./run.js')).runCommand,
  },
  {
    name: 'report',
    summary: 'the AgentOps dashboard: one self-contained HTML page (and figures.json) from ledgers, session records, guard reports, eval results and workflow runs',
    usage:
      '--out DIR [--ledger FILE|DIR …] [--session FILE|DIR …] [--guard-report FILE|DIR …] [--eval FILE …] [--workflow-runs FILE …] [--pr-outcomes FILE …] [--agent-login LOGIN …] [--weekly-budget-tokens N] [--ci-tolerance 0.1] [--title TEXT] [--repo DIR] [--policy PATH] [--json]',
    options: {
      ledger: { type: 'string', multiple: true },
      session: { type: 'string', multiple: true },
      'guard-report': { type: 'string', multiple: true },
      eval: { type: 'string', multiple: true },
      'workflow-runs': { type: 'string', multiple: true },
      'pr-outcomes': { type: 'string', multiple: true },
      'agent-login': { type: 'string', multiple: true },
      'weekly-budget-tokens': { type: 'string' },
      'ci-tolerance': { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
      repo: { type: 'string', default: '.' },
    },
    required: ['out'],
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'demo',
    summary: 'the main job: the case study re-enacted on the example service (real runner, guards, local GitHub with CI, eval slice), then the dashboard',
    usage: '[--out DIR] [--keep] [--skip-eval] [--json] [--verbose]',
    options: { out: { type: 'string' }, keep: { type: 'boolean', default: false }, 'skip-eval': { type: 'boolean', default: false } },
    load: async () => (await import('./demo.js')).demoCommand,
  },
  {
    name: 'local-github',
    summary: 'serve a saved local GitHub state (agent-guards demo --keep writes one) on 127.0.0.1 until interrupted',
    usage: '--state FILE [--port N]',
    options: { state: { type: 'string' }, port: { type: 'string' } },
    required: ['state'],
    load: async () => (await import('./local-github.js')).localGitHubCommand,
  },
];

/** The command a name (or an older alias) means. */
export function commandNamed(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

import { realpathSync } from 'node:fs';
import { ConfigurationError } from '@agent-guards/action-kit';
import { runGit, type GitOptions, type GitResult } from './run-git.js';

/**
 * git in a checkout whose files the agent (or a PR) controls, such as the
 * agent runner's working copy. Nothing git could run on the repository's say
 * may run: no hooks, no fsmonitor, no filter or diff drivers, no credential
 * helpers, no included config files. System and user config are not read at
 * all (they may define drivers that a planted .gitattributes would select);
 * the repository's own config is audited once (auditCheckoutConfig) and
 * these overrides (with runGit's own: no hooks, no fsmonitor) cover what is left. The environment is an allowlist: no
 * token reaches git unless a call passes one itself (the push).
 */
const OVERRIDES = [
  'commit.gpgsign=false',
  'tag.gpgsign=false',
  'diff.external=',
  'submodule.recurse=false',
  'status.submoduleSummary=false',
  'diff.ignoreSubmodules=all',
  'protocol.ext.allow=never',
  'credential.helper=',
];

const ENV_ALLOWLIST = ['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR', 'SYSTEMROOT'];

function checkoutEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ENV_ALLOWLIST) if (process.env[k] !== undefined) env[k] = process.env[k];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    ...extra,
  };
}

/** Runs git in an agent-controlled checkout: hardened config, allowlisted environment (plus `options.env`). */
export function checkoutGit(repo: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  // The checkout may belong to another uid (a root runner's sandbox user, a container's mount): we chose it.
  const overrides = [...OVERRIDES, `safe.directory=${realpathSync(repo)}`];
  return runGit(repo, [...overrides.flatMap((o) => ['-c', o]), ...args], { ...options, env: checkoutEnv(options.env), inheritEnv: false });
}

/** Repository config that would make git run a program, or send what it fetches or pushes somewhere else. */
const RUNS_OR_REDIRECTS: [RegExp, string][] = [
  [/^include\.path$|^includeif\..*\.path$/, 'includes another config file, which could define anything below'],
  [/^core\.(fsmonitor|sshcommand|gitproxy|askpass|pager|editor|worktree)$/, 'runs a program (or moves the work tree)'],
  [/^filter\..*\.(clean|smudge|process)$/, 'a filter driver: runs a program on checkout, add and status'],
  [/^diff\..*\.(textconv|command)$|^diff\.external$/, 'a diff driver: runs a program on diff'],
  [/^merge\..*\.driver$/, 'a merge driver: runs a program'],
  [/^gpg(\..*)?\.program$/, 'a signing program'],
  [/^credential\./, 'a credential helper'],
  [/^uploadpack\.packobjectshook$|^remote\..*\.(uploadpack|receivepack)$/, 'runs a program on fetch or push'],
  [/^url\..*\.(insteadof|pushinsteadof)$/, 'redirects fetches or pushes to another URL'],
  [/^sequence\.editor$|^pager\./, 'runs a program'],
];

/**
 * Fails with a ConfigurationError naming each key when the checkout's own
 * config (local and worktree scope) would make git run a program or redirect
 * a push. Called before the runner's first git command in the checkout.
 */
export async function auditCheckoutConfig(repo: string): Promise<void> {
  const { stdout } = await checkoutGit(repo, ['config', '--list', '--show-scope', '-z'], { okExitCodes: [0, 1] });
  const problems: string[] = [];
  // With -z, each entry is `scope NUL key LF value NUL`.
  const parts = stdout.toString('utf8').split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const scope = parts[i]!;
    const key = parts[i + 1]!.split('\n')[0]!;
    if (scope !== 'local' && scope !== 'worktree') continue;
    const hit = RUNS_OR_REDIRECTS.find(([re]) => re.test(key.toLowerCase()));
    if (hit) problems.push(`${key} (${hit[1]})`);
  }
  if (problems.length > 0) {
    throw new ConfigurationError(`the checkout's git config would let git run programs or redirect a push: ${problems.join('; ')}.`, {
      file: `${repo}/.git/config`,
      fix: `remove these keys (git config --unset <key>), and check out with actions/checkout's persist-credentials: false; the runner never lets a repository choose what git runs.`,
    });
  }
}

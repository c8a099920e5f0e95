import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { resumeGuardedSession, runGuardedSession, type DependencyDir, type SessionResult } from '@agent-guards/agent-runner/sessions';
import { ConfigurationError, describeError } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { checkoutGit, resolveCommit, runGit } from '@agent-guards/git';
import { createGitHubClient, parseRepoRef } from '@agent-guards/github';
import { str, type CliIo, type CommandImplementation } from '../command.js';

/** Installed-dependency folders a worktree borrows, read-only, from the user's checkout. */
const DEPENDENCY_DIRS = ['node_modules', '.venv', 'venv'];

/** Where `agent-guards run` keeps its runs: $AGENT_GUARDS_STATE_DIR, else $XDG_STATE_HOME/agent-guards, else ~/.local/state/agent-guards. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  if (env.AGENT_GUARDS_STATE_DIR) return resolve(env.AGENT_GUARDS_STATE_DIR);
  return join(env.XDG_STATE_HOME ? resolve(env.XDG_STATE_HOME) : join(homedir(), '.local', 'state'), 'agent-guards');
}

async function checkoutRoot(dir: string): Promise<string> {
  if (!existsSync(dir)) throw new ConfigurationError(`${dir} does not exist.`, { field: '--repo', fix: 'pass the folder of the service checkout.' });
  const r = await runGit(dir, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
  if (r.exitCode !== 0) throw new ConfigurationError(`${dir} is not a git checkout.`, { field: '--repo', fix: 'pass the folder of a git clone of the service.' });
  return r.stdout.toString('utf8').trim();
}

/**
 * `agent-guards agent-runner` (also `run`): the agent runner, locally. It never touches the
 * checkout it is pointed at: the session works in a new worktree at the base
 * commit, under the state directory it prints, with the checkout's installed
 * dependencies visible read-only; the branch it makes is the checkout's to
 * inspect. The model is reached through the official SDK (ANTHROPIC_API_KEY;
 * ANTHROPIC_BASE_URL for a gateway or a local server). Without --github-repo
 * the PR is a branch and a PR-body file.
 */
export const runCommand: CommandImplementation = {
  async run(values, io) {
    if (!io.env.ANTHROPIC_API_KEY && !io.env.ANTHROPIC_AUTH_TOKEN) {
      io.stderr('agent-guards agent-runner: no model key: export ANTHROPIC_API_KEY=… (it goes to the model client only, never to a tool process).');
      return 2;
    }
    let result: SessionResult;
    let worktree: string | undefined;
    let checkout: string | undefined;
    try {
      const resumeDir = str(values, 'resume');
      if (resumeDir) {
        const addContext = str(values, 'add-context');
        if (!addContext) throw new Error('--resume needs --add-context FILE: the context the operator adds.');
        const kind = str(values, 'context-kind') as 'contract' | 'interface' | 'example' | 'note' | undefined;
        result = await resumeGuardedSession(resolve(io.cwd, resumeDir), {
          addContext: resolve(io.cwd, addContext),
          ...(kind ? { addContextKind: kind } : {}),
          logger: io.logger,
          ...(await runtime(values, io)),
        });
      } else {
        const ticketPath = str(values, 'ticket');
        if (!ticketPath) throw new ConfigurationError('missing --ticket PATH (or --resume DIR).', { field: '--ticket', fix: 'pass the repo-relative ticket file, e.g. --ticket .agent/tickets/SVC-123.yml.' });
        checkout = await checkoutRoot(resolve(io.cwd, str(values, 'repo')!));
        const base = await resolveCommit(checkout, str(values, 'base')!, 'base');
        const run = join(stateDir(io.env), 'runs', `${basename(checkout)}-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`);
        worktree = join(run, 'worktree');
        const sessionDir = str(values, 'session-dir') ? resolve(io.cwd, str(values, 'session-dir')!) : join(run, 'session');
        mkdirSync(run, { recursive: true });
        await checkoutGit(checkout, ['worktree', 'add', '--detach', '--quiet', worktree, base]);
        const dependencyDirs: DependencyDir[] = DEPENDENCY_DIRS.filter((d) => existsSync(join(checkout!, d))).map((d) => ({ source: join(checkout!, d), target: join(worktree!, d) }));
        io.stderr(`agent-guards agent-runner: working in ${worktree} (a worktree of ${checkout} at ${base.slice(0, 12)}); session record in ${sessionDir}`);
        result = await runGuardedSession({
          repo: worktree,
          ticketPath,
          base,
          policyPath: str(values, 'policy') ?? DEFAULT_POLICY_PATH,
          sessionDir,
          dependencyDirs,
          logger: io.logger,
          ...(await runtime(values, io)),
        });
      }
    } catch (error) {
      io.stderr(`agent-guards agent-runner: ${describeError(error)}`);
      if (worktree && checkout) await removeWorktree(checkout, worktree);
      return 2;
    }
    // A finished session's work is its branch; an escalated one keeps its worktree for the rescue (--resume).
    if (worktree && checkout && result.status === 'done') await removeWorktree(checkout, worktree);
    io.stdout(values.json === true ? JSON.stringify(result, null, 2) : describeSession(result, worktree && result.status !== 'done' ? worktree : undefined));
    return result.status === 'done' ? 0 : 1;
  },
};

async function removeWorktree(checkout: string, worktree: string): Promise<void> {
  await checkoutGit(checkout, ['worktree', 'remove', '--force', worktree], { okExitCodes: [0, 128] });
}

async function runtime(values: Parameters<CommandImplementation['run']>[0], io: CliIo) {
  const slug = str(values, 'github-repo');
  if (!slug) return {};
  const token = io.env.GITHUB_TOKEN;
  if (!token) throw new Error('--github-repo needs GITHUB_TOKEN in the environment.');
  const client = createGitHubClient({ token, logger: io.logger, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}) });
  return { github: { client, repo: parseRepoRef(slug) }, push: { remote: 'origin', token } };
}

export function describeSession(r: SessionResult, keptWorktree?: string): string {
  const lines = [
    `session: ${r.status.toUpperCase()}${r.escalation ? ` — escalated in ${r.escalation.mode}: ${r.escalation.reason}: ${r.escalation.detail}` : ''}`,
    `  branch   ${r.branch} at ${r.headSha.slice(0, 12)}`,
    `  pr       ${r.pr ? `#${r.pr.number} ${r.pr.url}` : r.prBodyPath ? `(no GitHub) body in ${r.prBodyPath}` : 'none'}`,
    `  tokens   ${r.tokens}  cost $${r.costUsd.toFixed(4)}  cache hit rate ${(r.cacheHitRate * 100).toFixed(1)}%`,
    `  sandbox  ${r.sandbox.contained ? r.sandbox.summary.split(':')[0] : r.sandbox.summary}`,
    `  record   ${r.sessionPath}`,
    `  ledger   ${r.ledgerPath}`,
    `  trace    ${r.tracePath}`,
    ...(keptWorktree ? [`  worktree ${keptWorktree} (kept for: agent-guards agent-runner --resume ${r.sessionPath.replace(/\/session\.json$/, '')} --add-context FILE)`] : []),
  ];
  return lines.join('\n');
}

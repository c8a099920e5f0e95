import { join, resolve } from 'node:path';
import { resumeAgentSession, runGuardedSession, type SessionResult } from '@agent-guards/agent';
import { describeError } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { createGitHubClient, parseRepoRef } from '@agent-guards/github';
import { str, type CliIo, type Command } from '../command.js';

/**
 * `agent-guards run`: the agent runner, locally. The model is reached through
 * the official SDK (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL for a gateway or a
 * local server). Without --github-repo the PR becomes a branch and a PR-body file.
 */
export const runCommand: Command = {
  name: 'run',
  summary: 'the agent runner: Frame → Plan → Implement → Review on a ticket, ending in a branch and a PR',
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
  async run(values, io) {
    let result: SessionResult;
    try {
      const resumeDir = str(values, 'resume');
      if (resumeDir) {
        const addContext = str(values, 'add-context');
        if (!addContext) throw new Error('--resume needs --add-context FILE: the context the operator adds.');
        const kind = str(values, 'context-kind') as 'contract' | 'interface' | 'example' | 'note' | undefined;
        result = await resumeAgentSession(resumeDir, { addContext, ...(kind ? { addContextKind: kind } : {}), ...(await runtime(values, io)) });
      } else {
        const ticketPath = str(values, 'ticket');
        if (!ticketPath) throw new Error('missing --ticket PATH (or --resume DIR).');
        result = await runGuardedSession({
          repo: str(values, 'repo')!,
          ticketPath,
          base: str(values, 'base')!,
          policyPath: str(values, 'policy') ?? DEFAULT_POLICY_PATH,
          sessionDir: resolve(io.cwd, str(values, 'session-dir') ?? join('.agent-guards', 'sessions', `${Date.now()}`)),
          logger: io.logger,
          ...(await runtime(values, io)),
        });
      }
    } catch (error) {
      io.stderr(`agent-guards run: ${describeError(error)}`);
      return 2;
    }
    io.stdout(values.json === true ? JSON.stringify(result, null, 2) : describeSession(result));
    return result.status === 'done' ? 0 : 1;
  },
};

async function runtime(values: Parameters<Command['run']>[0], io: CliIo) {
  const slug = str(values, 'github-repo');
  if (!slug) return {};
  const token = io.env.GITHUB_TOKEN;
  if (!token) throw new Error('--github-repo needs GITHUB_TOKEN in the environment.');
  const client = createGitHubClient({ token, logger: io.logger, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}) });
  return { github: { client, repo: parseRepoRef(slug) }, push: { remote: 'origin', token } };
}

export function describeSession(r: SessionResult): string {
  const lines = [
    `session: ${r.status.toUpperCase()}${r.escalation ? ` — escalated in ${r.escalation.mode}: ${r.escalation.reason}: ${r.escalation.detail}` : ''}`,
    `  branch   ${r.branch} at ${r.headSha.slice(0, 12)}`,
    `  pr       ${r.pr ? `#${r.pr.number} ${r.pr.url}` : r.prBodyPath ? `(no GitHub) body in ${r.prBodyPath}` : 'none'}`,
    `  tokens   ${r.tokens}  cost $${r.costUsd.toFixed(4)}  cache hit rate ${(r.cacheHitRate * 100).toFixed(1)}%`,
    `  record   ${r.sessionPath}`,
    `  ledger   ${r.ledgerPath}`,
    `  trace    ${r.tracePath}`,
  ];
  return lines.join('\n');
}


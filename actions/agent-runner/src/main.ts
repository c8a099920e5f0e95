import { join } from 'node:path';
import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { booleanInput, coreLogger, describeError, markdownText, parseInputs, telemetrySummary, type Logger } from '@agent-guards/action-kit';
import { resumeGuardedSession, runGuardedSession, type RuntimeOptions, type SessionResult } from '@agent-guards/agent-runner/sessions';
import { DEFAULT_POLICY_PATH } from '@agent-guards/config';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  ticket: z.optional(z.string()),
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  base: z._default(z.string(), 'HEAD'),
  'anthropic-api-key': z.optional(z.string()),
  'anthropic-base-url': z.optional(z.string()),
  'github-token': z.optional(z.string()),
  'session-dir': z.optional(z.string()),
  'resume-session': z.optional(z.string()),
  'add-context': z.optional(z.string()),
  'fail-on-escalation': z._default(booleanInput, true),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const logger = coreLogger(core);
  let result: SessionResult;
  let failOnEscalation = true;
  try {
    const inputs = parseInputs(Inputs, (name) => core.getInput(name));
    failOnEscalation = inputs['fail-on-escalation'];
    // The key goes to the model client only: never into the environment of a tool process.
    const apiKey = inputs['anthropic-api-key'] || process.env.ANTHROPIC_API_KEY;
    const anthropic = {
      ...(apiKey ? { apiKey } : {}),
      ...(inputs['anthropic-base-url'] ? { baseURL: inputs['anthropic-base-url'] } : {}),
    };
    const repository = process.env.GITHUB_REPOSITORY;
    const token = inputs['github-token'];
    const github = token && repository ? await gitHub(token, repository, logger) : undefined;
    const runtime = { anthropic, logger, ...(github ? { github } : {}), push: { remote: 'origin', ...(token ? { token } : {}) } };
    // From here the key is the model client's and the token the GitHub client's and the push's: no process
    // this one starts inherits them (the runner passed them in the environment).
    for (const name of ['INPUT_ANTHROPIC-API-KEY', 'INPUT_GITHUB-TOKEN', 'ANTHROPIC_API_KEY', 'GITHUB_TOKEN', 'GH_TOKEN']) delete process.env[name];
    if (inputs['resume-session']) {
      if (!inputs['add-context']) throw new Error("'resume-session' needs 'add-context': the file the operator adds to the context packet.");
      result = await resumeGuardedSession(inputs['resume-session'], { ...runtime, addContext: inputs['add-context'] });
    } else {
      if (!inputs.ticket) throw new Error("missing input 'ticket': the repo-relative ticket file to work on.");
      result = await runGuardedSession({
        ...runtime,
        repo: inputs['working-directory'],
        ticketPath: inputs.ticket,
        base: inputs.base,
        policyPath: inputs.policy,
        sessionDir: inputs['session-dir'] ?? join(process.env.RUNNER_TEMP ?? '.', 'agent-session'),
      });
    }
  } catch (error) {
    core.setOutput('status', 'error');
    core.setFailed(`agent-runner could not run the session: ${describeError(error)}`);
    return;
  }

  const outputs: Record<string, string | number> = {
    status: result.status,
    'pr-number': result.pr?.number ?? '',
    'pr-url': result.pr?.url ?? '',
    'session-path': result.sessionPath,
    'ledger-path': result.ledgerPath,
    'trace-path': result.tracePath,
    traceparent: result.traceparent,
    tokens: result.tokens,
    'cost-usd': result.costUsd.toFixed(6),
    'cache-hit-rate': result.cacheHitRate.toFixed(4),
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
  try {
    core.summary.addRaw(sessionSummary(result), true);
    await core.summary.write();
  } catch (error) {
    core.debug(`job summary not written: ${describeError(error)}`);
  }
  if (!result.sandbox.contained) core.warning(result.sandbox.summary);
  if (result.status !== 'done') {
    const e = result.escalation;
    const message = `the session escalated in ${e?.mode ?? '?'} mode: ${e?.reason ?? 'unknown'}: ${e?.detail ?? ''}`;
    if (failOnEscalation) core.setFailed(message);
    else core.warning(message);
  }
}

/** The GitHub client of a run given a token: octokit and its plugins load only for such a run. */
async function gitHub(token: string, repository: string, logger: Logger): Promise<NonNullable<RuntimeOptions['github']>> {
  const { createGitHubClient, parseRepoRef } = await import('@agent-guards/github');
  return { client: createGitHubClient({ token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) }), repo: parseRepoRef(repository) };
}

function sessionSummary(r: SessionResult): string {
  const rows = [
    ['status', r.status === 'done' ? '✅ done' : `⚠️ escalated in ${r.escalation?.mode}: \`${r.escalation?.reason}\``],
    ...(r.escalation ? [['detail', markdownText(r.escalation.detail)]] : []),
    ['branch', `\`${markdownText(r.branch)}\` at \`${r.headSha.slice(0, 12)}\``],
    ['pull request', r.pr ? `[#${r.pr.number}](${r.pr.url})` : 'none'],
    ['sandbox', r.sandbox.contained ? markdownText(r.sandbox.summary) : `⚠️ **${markdownText(r.sandbox.summary)}**`],
    ['tokens', String(r.tokens)],
    ['cost', `$${r.costUsd.toFixed(4)}`],
    ['cache hit rate', `${(r.cacheHitRate * 100).toFixed(1)}%`],
  ];
  return ['## agent-runner', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '', telemetrySummary(r.telemetryWarnings)].join('\n');
}

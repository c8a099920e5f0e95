import { readFile } from 'node:fs/promises';
import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { ConfigurationError, runGuardAction, type Logger, type PullRequestEvent } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, guardContext, loadTicket, notApplicableRun, resolveTicketPath } from '@agent-guards/config';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  ticket: z.optional(z.string()),
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  base: z.optional(z.string()),
  head: z.optional(z.string()),
  token: z.optional(z.string()),
  'body-file': z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'spec-conformance',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const context = await guardContext(inputs, logger);
      const notApplicable = notApplicableRun('spec-conformance', context, logger);
      if (notApplicable) return notApplicable;
      const { repo, base, head, policy, event, prCommits } = context;
      // The guard's code (the Markdown parsers, about half the bundle) loads once the run has said whether the guard applies:
      // compiled while git read the policy, it put off that line on node24, and the run's end came no earlier.
      const { fetchPullRequestBody, runSpecGuard } = await import('@agent-guards/spec-conformance');
      const body = await pullRequestBody(inputs, event, logger, fetchPullRequestBody);
      let ticketPath: string | undefined;
      try {
        ticketPath = resolveTicketPath(policy, { ticket: inputs.ticket, headRef: event?.headRef });
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        logger.info('no ticket for this PR (not an agent branch and no ticket input): ticket linkage is not checked.');
      }
      const ticket = ticketPath ? await loadTicket({ repo, base, path: ticketPath, logger }) : undefined;
      return runSpecGuard({
        repo,
        base,
        head,
        policy,
        body,
        logger,
        ...(ticket && ticketPath ? { ticket, ticketPath } : {}),
        ...prCommits,
      });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

/**
 * The PR body as it is now: re-fetched through the API, because the event
 * payload is stale on a re-run after the description was edited.
 */
async function pullRequestBody(
  inputs: z.infer<typeof Inputs>,
  event: PullRequestEvent | undefined,
  logger: Logger,
  fetchPullRequestBody: typeof import('@agent-guards/spec-conformance').fetchPullRequestBody,
): Promise<string> {
  if (inputs['body-file']) {
    return readFile(inputs['body-file'], 'utf8');
  }
  if (!event) {
    throw new ConfigurationError('no pull request to read the description of.', {
      field: 'body-file',
      fix: "run on a 'pull_request' event, or set 'body-file'.",
    });
  }
  if (!inputs.token) {
    throw new ConfigurationError('no token to re-fetch the PR description (the event payload is stale on re-runs).', {
      field: 'token',
      fix: "leave 'token' at its default (${{ github.token }}) with 'pull-requests: read' permission.",
    });
  }
  // The API client (octokit) loads only when the description is fetched through the API.
  const { createGitHubClient, parseRepoRef } = await import('@agent-guards/github');
  const client = createGitHubClient({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
  return fetchPullRequestBody(client, parseRepoRef(event.repository), event.number);
}

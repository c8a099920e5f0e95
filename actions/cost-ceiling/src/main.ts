import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { booleanInput, listInput, readPullRequestEvent, runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy, notApplicableRun } from '@agent-guards/config';
import type { CostGitHubClient } from '@agent-guards/cost-ceiling';
import type { GitHubClientOptions } from '@agent-guards/github';
import { parseRepoRef } from '@agent-guards/github/repo-ref';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  ledger: z._default(listInput, []),
  'execution-file': z._default(listInput, []),
  'usage-file': z._default(listInput, []),
  'agent-model': z.optional(z.string()),
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  pr: z.optional(z.pipe(z.string().check(z.regex(/^\d+$/, 'expected a PR number')), z.transform(Number))),
  notify: z._default(booleanInput, true),
  history: z._default(booleanInput, false),
  token: z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'cost-ceiling',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const event = readPullRequestEvent();
      const repo = inputs['working-directory'];
      // The policy is trusted at the PR base; outside a PR, at the checked-out commit.
      const base = event?.baseSha ?? 'HEAD';
      const { policy } = await loadPolicy({ repo, base, path: inputs.policy, logger });
      // Whose PR it is comes from the event's pull_request.user.login, never from the actor.
      const notApplicable = notApplicableRun('cost-ceiling', { policy, policyPath: inputs.policy, base, author: event?.author, headRef: event?.headRef }, logger);
      if (notApplicable) return notApplicable;
      const prNumber = inputs.pr ?? event?.number;
      const repository = event?.repository || process.env.GITHUB_REPOSITORY;
      const notify =
        inputs.notify && inputs.token && prNumber && repository
          ? {
              client: clientOnFirstCall({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) }),
              repo: parseRepoRef(repository),
              prNumber,
            }
          : undefined;
      if (inputs.notify && !notify) logger.info('notifications off: they need a token, a PR number and the repository.');
      // The guard's code (the ledger and agent usage readers, the history store) loads once the run
      // has said whether the guard applies, as the other guards' does.
      const { runCostCeilingOnPullRequest } = await import('@agent-guards/cost-ceiling');
      return runCostCeilingOnPullRequest({
        repo,
        ...(event ? { event } : {}),
        policy,
        logger,
        ledgers: inputs.ledger,
        executionFiles: inputs['execution-file'],
        usageFiles: inputs['usage-file'],
        ...(inputs['agent-model'] ? { agentModel: inputs['agent-model'] } : {}),
        ...(prNumber ? { pr: prNumber } : {}),
        ...(repository ? { repository } : {}),
        history: inputs.history,
        ...(inputs.token ? { token: inputs.token } : {}),
        ...(notify ? { notify } : {}),
      });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

/**
 * The GitHub client, built (and octokit loaded) on its first call: the guard writes to the PR only
 * when a session crosses the soft cap or an incident opens, and octokit is a large part of the
 * code a run would otherwise compile before it reads the ledger.
 */
function clientOnFirstCall(options: GitHubClientOptions): CostGitHubClient {
  let client: Promise<CostGitHubClient> | undefined;
  const built = (): Promise<CostGitHubClient> => (client ??= import('@agent-guards/github').then(({ createGitHubClient }) => createGitHubClient(options)));
  return {
    addLabels: async (...args) => (await built()).addLabels(...args),
    upsertStickyComment: async (...args) => (await built()).upsertStickyComment(...args),
    upsertIssue: async (...args) => (await built()).upsertIssue(...args),
  };
}

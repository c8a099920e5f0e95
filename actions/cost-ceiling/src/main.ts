import * as core from '@actions/core';
import { booleanInput, ConfigurationError, listInput, readPullRequestEvent, reportFromFindings, runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { recordPrOutcome, runCostGuard, SPEC_AMENDMENT_LABEL } from '@agent-guards/cost-ceiling';
import { createGitHubClient, parseRepoRef } from '@agent-guards/github';
import { z } from 'zod';

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  ledger: listInput.default([]),
  'execution-file': listInput.default([]),
  policy: z.string().default(DEFAULT_POLICY_PATH),
  pr: z.string().regex(/^\d+$/, 'expected a PR number').transform(Number).optional(),
  notify: booleanInput.default(true),
  history: booleanInput.default(false),
  token: z.string().optional(),
  'working-directory': z.string().default('.'),
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
      const { policy } = await loadPolicy({ repo, base: event?.baseSha ?? 'HEAD', path: inputs.policy, logger });
      const prNumber = inputs.pr ?? event?.number;
      const repository = event?.repository || process.env.GITHUB_REPOSITORY;
      const notify =
        inputs.notify && inputs.token && prNumber && repository
          ? {
              client: createGitHubClient({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) }),
              repo: parseRepoRef(repository),
              prNumber,
            }
          : undefined;
      if (inputs.notify && !notify) logger.info('notifications off: they need a token, a PR number and the repository.');
      if (event?.action === 'closed') {
        // §10 oversight counts first-pass validation from these outcomes.
        if (!inputs.history || !repository) {
          throw new ConfigurationError('a closed PR is recorded in the durable history, which is off.', {
            field: 'history',
            fix: "set 'history: true' (with contents: write) on the job that runs when agent PRs close.",
          });
        }
        const outcome = { repo: repository, pr: event.number, merged: event.merged, specAmended: event.labels.includes(SPEC_AMENDMENT_LABEL), closedAt: new Date(event.closedAt ?? Date.now()) };
        await recordPrOutcome({ repo, remote: 'origin', branch: policy.cost.history_branch, ...(inputs.token ? { token: inputs.token } : {}) }, outcome, logger);
        const message = `PR #${event.number} recorded as ${outcome.merged ? 'merged' : 'closed unmerged'}${outcome.specAmended ? ' after a spec amendment' : ''}.`;
        if (inputs.ledger.length === 0 && inputs['execution-file'].length === 0) {
          return { report: reportFromFindings('cost-ceiling', [{ rule: 'pr-outcome-recorded', severity: 'notice', message }]) };
        }
        logger.info(message);
      }
      return runCostGuard({
        ledgers: inputs.ledger,
        executionFiles: inputs['execution-file'],
        policy,
        logger,
        ...(prNumber ? { pr: prNumber } : {}),
        ...(repository ? { repo: repository } : {}),
        ...(inputs.history ? { history: { repo, remote: 'origin', ...(inputs.token ? { token: inputs.token } : {}) } } : {}),
        ...(notify ? { notify } : {}),
      });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

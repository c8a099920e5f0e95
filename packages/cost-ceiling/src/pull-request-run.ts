import { ConfigurationError, reportFromFindings, type GuardRun, type Logger, type PullRequestEvent } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { runCostGuard, type CostGuardOptions } from './cost-guard.js';
import { recordPrOutcome, SPEC_AMENDMENT_LABEL } from './history/pr-outcome.js';

export interface PullRequestCostRun {
  /** The checkout whose remote holds the durable history branch. */
  repo: string;
  /** The pull_request event, when there is one. */
  event?: PullRequestEvent;
  policy: Policy;
  logger: Logger;
  ledgers: string[];
  executionFiles: string[];
  /** Other agents' usage files (codex, Gemini CLI, gh aw, claude-code-action). */
  usageFiles?: string[];
  agentModel?: string;
  pr?: number;
  /** owner/name. */
  repository?: string;
  /** Whether the durable history is kept (its branch is read and appended to). */
  history: boolean;
  /** For the history's fetch and push. */
  token?: string;
  notify?: CostGuardOptions['notify'];
}

/**
 * cost-ceiling on a pull_request event: a closed agent PR is first recorded in
 * the durable history (§10 oversight counts first-pass validation from these
 * outcomes), then the guard judges whatever usage the run was given.
 */
export async function runCostCeilingOnPullRequest(run: PullRequestCostRun): Promise<GuardRun> {
  const { event, logger } = run;
  const remote = { repo: run.repo, remote: 'origin', ...(run.token ? { token: run.token } : {}) };
  if (event?.action === 'closed') {
    if (!run.history || !run.repository) {
      throw new ConfigurationError('a closed PR is recorded in the durable history, which is off.', {
        field: 'history',
        fix: "set 'history: true' (with contents: write) on the job that runs when agent PRs close.",
      });
    }
    const outcome = { repo: run.repository, pr: event.number, merged: event.merged, specAmended: event.labels.includes(SPEC_AMENDMENT_LABEL), closedAt: new Date(event.closedAt ?? Date.now()) };
    await recordPrOutcome({ ...remote, branch: run.policy.cost.history_branch }, outcome, logger);
    const message = `PR #${event.number} recorded as ${outcome.merged ? 'merged' : 'closed unmerged'}${outcome.specAmended ? ' after a spec amendment' : ''}.`;
    if (run.ledgers.length === 0 && run.executionFiles.length === 0 && (run.usageFiles ?? []).length === 0) {
      return { report: reportFromFindings('cost-ceiling', [{ rule: 'pr-outcome-recorded', severity: 'notice', message }]) };
    }
    logger.info(message);
  }
  return runCostGuard({
    ledgers: run.ledgers,
    executionFiles: run.executionFiles,
    ...(run.usageFiles?.length ? { usageFiles: run.usageFiles } : {}),
    ...(run.agentModel ? { agentModel: run.agentModel } : {}),
    policy: run.policy,
    logger,
    ...(run.pr ? { pr: run.pr } : {}),
    ...(run.repository ? { repo: run.repository } : {}),
    ...(run.history ? { history: remote } : {}),
    ...(run.notify ? { notify: run.notify } : {}),
  });
}

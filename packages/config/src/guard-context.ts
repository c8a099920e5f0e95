import { readPullRequestEvent, resolveRevisions, type Logger, type PullRequestEvent } from '@agent-guards/action-kit';
import { startPullRequestRange } from '@agent-guards/git';
import type { PullRequestOrigin } from './applies-to.js';
import { loadPolicy } from './load.js';
import type { Policy } from './policy.js';

/** What every guard action needs before its guard runs. */
export interface GuardContext extends PullRequestOrigin {
  repo: string;
  base: string;
  head: string;
  policy: Policy;
  policyPath: string;
  event?: PullRequestEvent;
  /** `{ prCommits }` when the event says how many commits the PR has (for fetch-depth advice and cross-checks). */
  prCommits: { prCommits?: number };
}

/**
 * The PR under check (from the inputs or the pull_request event), the checkout,
 * the policy read at the base commit, and whose PR it is (the event's
 * `pull_request.user.login`, never the actor who pushed or re-ran): the
 * prelude of every guard action.
 */
export async function guardContext(
  inputs: { base?: string | undefined; head?: string | undefined; policy: string; 'working-directory': string },
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GuardContext> {
  const event = readPullRequestEvent(env);
  const { base, head } = resolveRevisions(inputs, event);
  const repo = inputs['working-directory'];
  const loading = loadPolicy({ repo, base, path: inputs.policy, logger });
  // Every guard that calls this lists the PR's diff: git finds the merge base and the diff while the policy is read.
  startPullRequestRange(repo, base, head, { readers: 'one', ...(event?.commits ? { prCommits: event.commits } : {}) });
  const { policy } = await loading;
  return {
    repo,
    base,
    head,
    policy,
    policyPath: inputs.policy,
    ...(event ? { event, author: event.author, headRef: event.headRef } : {}),
    prCommits: event?.commits ? { prCommits: event.commits } : {},
  };
}

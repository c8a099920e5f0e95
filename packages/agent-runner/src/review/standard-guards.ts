import { reportFromFindings, type Logger } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy, type Policy } from '@agent-guards/config';
import { isFullSha, readFileAt, resolveCommit } from '@agent-guards/git';
import { GUARDS, runGuard } from '@agent-guards/guards';
import { runAgentSession } from '../run-session.js';
import type { ReviewGuard, SessionResult, SessionStartOptions } from '../types.js';

export interface StandardReviewGuardOptions {
  policy: Policy;
  policyPath: string;
  ticketPath: string;
  logger: Logger;
}

/**
 * The guards Review runs in-process before pushing, the same code CI runs on
 * the PR: every guard of the registry that needs no more than the ticket
 * (manifest-scope, skip-set, boundaries), and the commit half of
 * spec-conformance (the PR body is checked by gh_pr_create itself, since it
 * does not exist yet when Review starts). cost-ceiling judges the session's
 * own ledger, which Review is still writing.
 */
export function standardReviewGuards(options: StandardReviewGuardOptions): ReviewGuard[] {
  const { policy, policyPath, ticketPath, logger } = options;
  const beforeThePr = GUARDS.filter((g) => g.needs.every((n) => n === 'ticket'));
  return [
    ...beforeThePr.map((guard): ReviewGuard => ({ repo, base, head }) => runGuard(guard, { repo, base, head, policy, policyPath, ticketPath, logger })),
    async ({ repo, base, head }) => {
      // spec-conformance's package (a markdown reader among it) loads when the review reaches it.
      const { checkCommits, pullRequestCommits } = await import('@agent-guards/spec-conformance');
      const check = checkCommits(await pullRequestCommits(repo, base, head), policy.commits);
      return reportFromFindings('spec-conformance', check.findings, { 'commits-checked': check.checked });
    },
  ];
}

/**
 * A session with the standard Review guards: the policy is read once at the
 * base commit for the guards (the runner reads its own copy the same way).
 * Guards passed in `options.reviewGuards` replace the standard ones.
 */
export async function runGuardedSession(options: SessionStartOptions & { logger: Logger }): Promise<SessionResult> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const rev = options.base ?? 'HEAD';
  // A full SHA is read at as given (readFileAt asks for its commit in the same batch); a ref is resolved first.
  const base = isFullSha(rev) ? rev : await resolveCommit(options.repo, rev, 'base');
  // The ticket and the skills go in the policy's cat-file batch: the session reads them next, and
  // finds them remembered.
  const [{ policy }] = await Promise.all([
    loadPolicy({ repo: options.repo, base, path: policyPath, logger: options.logger }),
    ...[options.ticketPath, ...(options.skillPaths ?? [])].map((path) => readFileAt(options.repo, base, path)),
  ]);
  return runAgentSession({
    ...options,
    base,
    policyPath,
    reviewGuards: options.reviewGuards ?? standardReviewGuards({ policy, policyPath, ticketPath: options.ticketPath, logger: options.logger }),
  });
}

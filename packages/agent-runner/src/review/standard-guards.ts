import { reportFromFindings, type Logger } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { GUARDS, runGuard } from '@agent-guards/guards';
import { resumeSession, startSession, type ReviewGuardsFor } from '../session/start-session.js';
import type { ResumeOptions, ReviewGuard, SessionResult, SessionStartOptions } from '../types.js';

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
 * A session with the standard Review guards, built from the policy the
 * session reads at the base commit. Guards passed in `options.reviewGuards`
 * replace the standard ones.
 */
export function runGuardedSession(options: SessionStartOptions & { logger: Logger }): Promise<SessionResult> {
  return startSession(options, standardGuardsFor(options.logger));
}

/** A resumed session (the rescue mission) whose Review runs the standard guards, as the first run's did. */
export function resumeGuardedSession(sessionDir: string, options: ResumeOptions & { logger: Logger }): Promise<SessionResult> {
  return resumeSession(sessionDir, options, standardGuardsFor(options.logger));
}

function standardGuardsFor(logger: Logger): ReviewGuardsFor {
  return ({ policy, policyPath, ticketPath }) => standardReviewGuards({ policy, policyPath, ticketPath, logger });
}

import type { Logger } from '@agent-guards/action-kit';
import { HistoryOutcomeLineSchema, type HistoryOutcomeLine } from './history-schema.js';
import { CostHistory, type AppendResult } from './history-store.js';

export interface PrOutcome {
  /** owner/name */
  repo: string;
  pr: number;
  merged: boolean;
  /** The spec had to be amended for this PR to land (spec §1: first pass = merged without amendment). */
  specAmended: boolean;
  /** When the PR closed. */
  closedAt: Date;
}

/**
 * Records how an agent PR ended, for §10 oversight (first-pass validation).
 * Called once when an agent PR closes (a `pull_request: closed` job); the key
 * makes a re-run of that job a no-op, and a later, different outcome for the
 * same PR (reopened, closed again) a new line that supersedes the old one.
 */
export async function recordPrOutcome(
  history: { repo: string; remote?: string; branch: string },
  outcome: PrOutcome,
  logger?: Logger,
): Promise<AppendResult> {
  const ts = outcome.closedAt.toISOString();
  const line: HistoryOutcomeLine = HistoryOutcomeLineSchema.parse({
    kind: 'pr-outcome',
    key: `pr-outcome:${outcome.repo}#${outcome.pr}@${ts}:${outcome.merged ? 'merged' : 'closed'}:${outcome.specAmended ? 'amended' : 'first-pass'}`,
    repo: outcome.repo,
    pr: outcome.pr,
    ts,
    merged: outcome.merged,
    spec_amended: outcome.specAmended,
  });
  return new CostHistory(history, logger ? { logger } : {}).append([line]);
}

/**
 * The label a reviewer puts on an agent PR that could only be accepted after the
 * spec was amended: such a PR does not count as first-pass validated (§2, §10).
 */
export const SPEC_AMENDMENT_LABEL = 'spec-amendment';

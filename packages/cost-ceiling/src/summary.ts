import { ConfigurationError } from '@agent-guards/action-kit';
import { totalsFor, UsageTotals } from './totals.js';
import type { UsageRecord } from './usage-record.js';

/** One session's totals and what it belongs to. */
export interface SessionSummary {
  session: string;
  repo?: string;
  pr?: number;
  ticket?: string;
  firstTs: number;
  lastTs: number;
  modes: Set<string>;
  totals: UsageTotals;
}

/** Spend grouped every way the guard decides on: session, PR, mode, model. */
export interface CostSummary {
  total: UsageTotals;
  sessions: Map<string, SessionSummary>;
  /** All sessions of a PR, resumed or rescued ones included, keyed `owner/name#42` (or `#42` without a repo). */
  prs: Map<string, { repo?: string; pr: number; sessions: Set<string>; totals: UsageTotals }>;
  modes: Map<string, UsageTotals>;
  models: Map<string, UsageTotals>;
}

export function prKey(repo: string | undefined, pr: number): string {
  return `${repo ?? ''}#${pr}`;
}

/**
 * Gives every record of a session the session's PR: the runner only learns
 * the PR number in Review, so Frame and Plan lines carry none. A session whose
 * lines name two different PRs is a broken ledger.
 */
export function attributeSessions(records: UsageRecord[], fallbackPr?: number): UsageRecord[] {
  const prOf = new Map<string, { pr: number; record: UsageRecord }>();
  for (const r of records) {
    if (r.pr === undefined) continue;
    const seen = prOf.get(r.session);
    if (seen && seen.pr !== r.pr) {
      throw new ConfigurationError(`session '${r.session}' is recorded for PR #${seen.pr} (${seen.record.file}:${seen.record.line ?? 1}) and for PR #${r.pr}.`, {
        file: r.file,
        ...(r.line ? { line: r.line } : {}),
        field: 'pr',
        fix: 'a session belongs to one PR; pass the ledgers of one session per PR and check the runner that wrote them.',
      });
    }
    if (!seen) prOf.set(r.session, { pr: r.pr, record: r });
  }
  return records.map((r) => {
    const pr = prOf.get(r.session)?.pr ?? r.pr ?? fallbackPr;
    return pr === r.pr || pr === undefined ? r : { ...r, pr };
  });
}

export function summarise(records: Iterable<UsageRecord>): CostSummary {
  const summary: CostSummary = { total: new UsageTotals(), sessions: new Map(), prs: new Map(), modes: new Map(), models: new Map() };
  for (const r of records) addRecord(summary, r);
  return summary;
}

export function addRecord(summary: CostSummary, r: UsageRecord): void {
  summary.total.add(r.counts, r.costMicro, r.recordedCostMicro);

  let session = summary.sessions.get(r.session);
  if (!session) {
    session = { session: r.session, firstTs: r.ts, lastTs: r.ts, modes: new Set(), totals: new UsageTotals() };
    summary.sessions.set(r.session, session);
  }
  if (r.repo !== undefined) session.repo = r.repo;
  if (r.pr !== undefined) session.pr = r.pr;
  if (r.ticket !== undefined) session.ticket = r.ticket;
  if (r.ts < session.firstTs) session.firstTs = r.ts;
  if (r.ts > session.lastTs) session.lastTs = r.ts;
  session.modes.add(r.mode);
  session.totals.add(r.counts, r.costMicro, r.recordedCostMicro);

  if (r.pr !== undefined) {
    const key = prKey(r.repo, r.pr);
    let pr = summary.prs.get(key);
    if (!pr) {
      pr = { ...(r.repo ? { repo: r.repo } : {}), pr: r.pr, sessions: new Set(), totals: new UsageTotals() };
      summary.prs.set(key, pr);
    }
    pr.sessions.add(r.session);
    pr.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
  }

  totalsFor(summary.modes, r.mode).add(r.counts, r.costMicro, r.recordedCostMicro);
  totalsFor(summary.models, r.model).add(r.counts, r.costMicro, r.recordedCostMicro);
}

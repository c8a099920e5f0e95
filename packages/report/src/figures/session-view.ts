import { attributeSessions, prKey, summarise, type CostSummary, type SessionSummary, type UsageRecord } from '@agent-guards/cost-ceiling';
import { compareText } from '@agent-guards/action-kit';
import { sessionPr, sessionStart, type SessionEntry, type SessionRecord } from '../inputs/session-record.js';

/** One session as the dashboard sees it: the runner's record joined with its priced usage. */
export interface SessionView {
  session: string;
  repo?: string;
  ticket?: string;
  pr?: number;
  /** ms since the epoch: the record's first mode, else the first model call. */
  start?: number;
  record?: SessionRecord;
  recordFile?: string;
  usage?: SessionSummary;
}

export interface UsageView {
  /** Usage with every call of a session carrying the session's PR. */
  records: UsageRecord[];
  summary: CostSummary;
  sessions: SessionView[];
}

/**
 * Joins records and usage by session id. The runner learns the PR number only
 * in Review, so earlier ledger lines carry none: the session record's PR (and
 * the session's other lines) fill it in before spend is grouped by PR.
 */
export function joinSessions(usage: readonly UsageRecord[], entries: readonly SessionEntry[]): UsageView {
  const recordPr = new Map<string, number>();
  for (const { record } of entries) {
    const pr = sessionPr(record);
    if (pr !== undefined) recordPr.set(record.session, pr);
  }
  const withPr = usage.map((r) => (r.pr === undefined && recordPr.has(r.session) ? { ...r, pr: recordPr.get(r.session)! } : r));
  const records = attributeSessions(withPr);
  const summary = summarise(records);

  const views = new Map<string, SessionView>();
  for (const { file, record } of entries) {
    const start = sessionStart(record);
    const pr = sessionPr(record);
    views.set(record.session, {
      session: record.session,
      repo: record.repo,
      ticket: record.ticket,
      ...(pr !== undefined ? { pr } : {}),
      ...(start !== undefined ? { start } : {}),
      record,
      recordFile: file,
    });
  }
  for (const [id, s] of summary.sessions) {
    const view = views.get(id) ?? { session: id };
    view.usage = s;
    view.repo ??= s.repo;
    view.ticket ??= s.ticket;
    if (view.pr === undefined && s.pr !== undefined) view.pr = s.pr;
    view.start ??= s.firstTs;
    views.set(id, view);
  }
  const sessions = [...views.values()].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || compareText(a.session, b.session));
  return { records, summary, sessions };
}

export function sessionPrKey(view: SessionView): string | undefined {
  return view.pr === undefined ? undefined : prKey(view.repo, view.pr);
}

import type { SessionView } from './session-view.js';
import { extent, mean, percentile, tenths } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoWeekOf, weeksCovering } from './weeks.js';

export interface SessionTimeFigure {
  status: FigureStatus;
  definition: string;
  target_minutes: number;
  /** Sessions that reached a PR (status done): their wall time is a time to PR, the figure's subject. */
  sessions: number;
  /** Sessions that ended escalated: no PR, so no time to PR; never counted as on target. */
  escalated: number;
  escalated_sessions: { session: string; ticket: string | null; reason: string; seconds: number }[];
  /** Done sessions that an operator resumed after an escalation (a rescue). */
  rescued: number;
  running: number;
  mean_seconds: number | null;
  p95_seconds: number | null;
  max_seconds: number | null;
  over_target: number;
  weeks: { week: string; sessions: number; mean_seconds: number | null; p95_seconds: number | null }[];
  /** Why the figure is not on target, in words; null when it is (or when there is no data). */
  why: string | null;
}

export const SESSION_TIME_DEFINITION =
  "Session time = the session record's wall time from the ticket to the PR opened (spec §7), for sessions that opened a PR; a resumed session counts every run, not the time it waited for an operator. " +
  'A session that escalated opened no PR, so it has no time to PR: it is listed apart and never counted as on target. Running sessions are left out. ' +
  'p95 is the nearest-rank percentile (an observed session, never an interpolation). Weeks are ISO weeks of the session start (UTC).';

function minutesText(seconds: number): string {
  return seconds < 90 ? `${tenths(seconds)} s` : `${tenths(seconds / 60)} min`;
}

export function sessionTimeFigure(sessions: readonly SessionView[], targetMinutes: number): SessionTimeFigure {
  const done = sessions.filter((s) => s.record?.status === 'done');
  const escalated = sessions.filter((s) => s.record?.status === 'escalated');
  const seconds = done.map((s) => s.record!.totals.wall_seconds);
  const target = targetMinutes * 60;
  const m = mean(seconds);
  const p95 = percentile(seconds, 95);
  const weeks = weeksCovering(done.filter((s) => s.start !== undefined).map((s) => s.start!)).map((w) => {
    const inWeek = done.filter((s) => s.start !== undefined && isoWeekOf(s.start).label === w.label).map((s) => s.record!.totals.wall_seconds);
    const wm = mean(inWeek);
    const wp = percentile(inWeek, 95);
    return { week: w.label, sessions: inWeek.length, mean_seconds: wm === undefined ? null : tenths(wm), p95_seconds: wp === undefined ? null : tenths(wp) };
  });
  const overTarget = seconds.filter((s) => s > target).length;
  let status: FigureStatus = 'none';
  if (m !== undefined) status = m > target ? 'bad' : (p95 ?? 0) > target || escalated.length > 0 ? 'warn' : 'ok';
  else if (escalated.length > 0) status = 'bad';
  const reasons: string[] = [];
  if (m !== undefined && m > target) reasons.push(`the mean time to PR, ${minutesText(m)}, is over the ${targetMinutes}-minute target`);
  else if (p95 !== undefined && p95 > target) reasons.push(`${overTarget} of ${done.length} sessions took longer than ${targetMinutes} minutes to open their PR (p95 ${minutesText(p95)}), although the mean is within the target`);
  if (escalated.length > 0) {
    const byReason = new Map<string, number>();
    for (const s of escalated) byReason.set(s.record!.escalation?.reason ?? 'unknown', (byReason.get(s.record!.escalation?.reason ?? 'unknown') ?? 0) + 1);
    reasons.push(
      `${escalated.length} of ${done.length + escalated.length} ended sessions escalated (${[...byReason].map(([r, n]) => `${n} ${r}`).join(', ')}) and opened no PR: they are not on target, whatever their time, and wait for a person`,
    );
  }
  if (m === undefined && escalated.length === 0) reasons.length = 0;
  return {
    status,
    definition: SESSION_TIME_DEFINITION,
    target_minutes: targetMinutes,
    sessions: done.length,
    escalated: escalated.length,
    escalated_sessions: escalated.map((s) => ({ session: s.session, ticket: s.ticket ?? null, reason: s.record!.escalation?.reason ?? 'unknown', seconds: tenths(s.record!.totals.wall_seconds) })),
    rescued: done.filter((s) => (s.record?.escalation_history?.length ?? 0) > 0).length,
    running: sessions.filter((s) => s.record?.status === 'running').length,
    mean_seconds: m === undefined ? null : tenths(m),
    p95_seconds: p95 === undefined ? null : tenths(p95),
    max_seconds: seconds.length === 0 ? null : tenths(extent(seconds)!.max),
    over_target: overTarget,
    weeks,
    why: status === 'ok' || status === 'none' ? null : `${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
  };
}

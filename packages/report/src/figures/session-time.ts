import type { SessionView } from './session-view.js';
import { extent, mean, percentile, tenths } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoWeekOf, weeksCovering } from './weeks.js';

export interface SessionTimeFigure {
  status: FigureStatus;
  definition: string;
  target_minutes: number;
  /** Sessions that ended (done or escalated) and so have a wall time. */
  sessions: number;
  running: number;
  mean_seconds: number | null;
  p95_seconds: number | null;
  max_seconds: number | null;
  over_target: number;
  weeks: { week: string; sessions: number; mean_seconds: number | null; p95_seconds: number | null }[];
}

export const SESSION_TIME_DEFINITION =
  "Session time = the session record's wall time (every run of the session, resumes included), for sessions that ended done or escalated; running sessions are left out. " +
  'p95 is the nearest-rank percentile (an observed session, never an interpolation). Weeks are ISO weeks of the session start (UTC).';

export function sessionTimeFigure(sessions: readonly SessionView[], targetMinutes: number): SessionTimeFigure {
  const ended = sessions.filter((s) => s.record && s.record.status !== 'running');
  const seconds = ended.map((s) => s.record!.totals.wall_seconds);
  const target = targetMinutes * 60;
  const m = mean(seconds);
  const p95 = percentile(seconds, 95);
  const weeks = weeksCovering(ended.filter((s) => s.start !== undefined).map((s) => s.start!)).map((w) => {
    const inWeek = ended.filter((s) => s.start !== undefined && isoWeekOf(s.start).label === w.label).map((s) => s.record!.totals.wall_seconds);
    const wm = mean(inWeek);
    const wp = percentile(inWeek, 95);
    return { week: w.label, sessions: inWeek.length, mean_seconds: wm === undefined ? null : tenths(wm), p95_seconds: wp === undefined ? null : tenths(wp) };
  });
  return {
    status: m === undefined ? 'none' : m > target ? 'bad' : (p95 ?? 0) > target ? 'warn' : 'ok',
    definition: SESSION_TIME_DEFINITION,
    target_minutes: targetMinutes,
    sessions: ended.length,
    running: sessions.filter((s) => s.record?.status === 'running').length,
    mean_seconds: m === undefined ? null : tenths(m),
    p95_seconds: p95 === undefined ? null : tenths(p95),
    max_seconds: seconds.length === 0 ? null : tenths(extent(seconds)!.max),
    over_target: seconds.filter((s) => s > target).length,
    weeks,
  };
}

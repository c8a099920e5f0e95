import type { Finding } from '@agent-guards/action-kit';
import type { CostPolicy } from '../decisions.js';
import { exceedsMultiple, formatUsd, usdToMicro } from '../money.js';
import { dayName, dayNumber, type HistoryDigest } from './history-digest.js';

export type IncidentPolicy = CostPolicy['incident'];

export interface IncidentTrigger {
  kind: 'session-cost-sustained' | 'daily-cost-spike';
  message: string;
}

const HOUR_MS = 3_600_000;
const BASELINE_DAYS = 7;

/**
 * Spec §4 cost-incident triggers, computed from the durable history at `now`:
 *
 * - Per-session cost > session_cost_usd sustained > sustained_hours: the latest
 *   sessions (ordered by when they ended) are all over the threshold, and the
 *   first of that unbroken run ended more than sustained_hours before the last.
 *   One expensive session is not "sustained"; a cheaper session ends the run.
 * - Daily cost > daily_vs_7day_median × the median of the 7 days before it, for
 *   today (so far) and yesterday (UTC). Days without spend count as $0. No
 *   decision without a full 7-day baseline in the history, nor against a $0
 *   median (any spend would be "infinitely" above it).
 */
export function detectIncidents(digest: HistoryDigest, policy: IncidentPolicy, now: Date): IncidentTrigger[] {
  return [...sustainedSessionCost(digest, policy, now), ...dailySpikes(digest, policy, now)];
}

function sustainedSessionCost(digest: HistoryDigest, policy: IncidentPolicy, now: Date): IncidentTrigger[] {
  const threshold = usdToMicro(policy.session_cost_usd);
  const sessions = [...digest.sessions.values()].filter((s) => s.lastTs <= now.getTime()).sort((a, b) => a.lastTs - b.lastTs);
  const run = [];
  for (let i = sessions.length - 1; i >= 0 && sessions[i]!.costMicro > threshold; i -= 1) run.push(sessions[i]!);
  if (run.length < 2) return [];
  const last = run[0]!;
  const first = run[run.length - 1]!;
  const spanHours = (last.lastTs - first.lastTs) / HOUR_MS;
  if (spanHours <= policy.sustained_hours) return [];
  const costliest = run.reduce((a, b) => (b.costMicro > a.costMicro ? b : a));
  return [
    {
      kind: 'session-cost-sustained',
      message: `every one of the last ${run.length} sessions cost more than ${formatUsd(threshold)}, for ${spanHours.toFixed(1)} h (since ${new Date(first.lastTs).toISOString()}; over ${policy.sustained_hours} h is an incident). Costliest: session ${costliest.session} at ${formatUsd(costliest.costMicro)}.`,
    },
  ];
}

function dailySpikes(digest: HistoryDigest, policy: IncidentPolicy, now: Date): IncidentTrigger[] {
  const today = dayNumber(now.getTime());
  const triggers: IncidentTrigger[] = [];
  for (const day of [today - 1, today]) {
    const baselineStart = day - BASELINE_DAYS;
    if (digest.earliestTs === undefined || dayNumber(digest.earliestTs) > baselineStart) continue;
    const baseline = [];
    for (let d = baselineStart; d < day; d += 1) baseline.push(digest.dailyCostMicro.get(d) ?? 0);
    const median = baseline.sort((a, b) => a - b)[Math.floor(BASELINE_DAYS / 2)]!;
    const cost = digest.dailyCostMicro.get(day) ?? 0;
    if (median > 0 && exceedsMultiple(cost, median, policy.daily_vs_7day_median)) {
      triggers.push({
        kind: 'daily-cost-spike',
        message: `${dayName(day)}${day === today ? ' (so far)' : ''} cost ${formatUsd(cost)}, over ${policy.daily_vs_7day_median}× the rolling 7-day median of ${formatUsd(median)} (${dayName(baselineStart)} to ${dayName(day - 1)}).`,
      });
    }
  }
  return triggers;
}

export function incidentFindings(triggers: IncidentTrigger[], escalateTo: readonly string[]): Finding[] {
  const who = escalateTo.length > 0 ? ` Escalates to ${escalateTo.map(handle).join(' → ')}.` : '';
  return triggers.map((t) => ({ rule: 'cost-incident', severity: 'warning' as const, message: `Cost incident: ${t.message}${who}` }));
}

/** `theo` and `@theo` both become `@theo`. */
export function handle(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}

import { describe, expect, it } from 'vitest';
import { dayFileOf, detectIncidents, digestHistory, HistorySnapshot, oversightState, type HistoryCallLine, type HistoryLine, type HistoryOutcomeLine } from '../src/index.js';
import { policyWith } from './support/ledgers.js';
import { sampleCallLine } from './support/sample-lines.js';

const incident = policyWith({ incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: ['theo', 'daniel'] } }).cost.incident;
const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 10, 1, 10);

function snapshotOf(lines: HistoryLine[]): HistorySnapshot {
  const days = new Map<string, HistoryLine[]>();
  for (const l of lines) days.set(dayFileOf(l), [...(days.get(dayFileOf(l)) ?? []), l]);
  return new HistorySnapshot('test', new Map([...days].sort(([a], [b]) => a.localeCompare(b))));
}

/** One single-call session ending at `ms`, costing `micro`. */
function session(name: string, ms: number, micro: number, pr = 1): HistoryCallLine {
  return sampleCallLine(name, 0, { ts: new Date(ms).toISOString(), cost_micro_usd: micro, pr });
}

function kinds(lines: HistoryLine[], now: number): string[] {
  return detectIncidents(digestHistory(snapshotOf(lines)), incident, new Date(now)).map((t) => t.kind);
}

describe('sustained per-session cost', () => {
  it('triggers when every session for more than 24 h cost over $6.00, and not a second earlier', () => {
    const over = 6_010_000;
    const exactly24h = [session('a', t0, over), session('b', t0 + 12 * HOUR, over), session('c', t0 + 24 * HOUR, over)];
    expect(kinds(exactly24h, t0 + 25 * HOUR)).toEqual([]);
    const past24h = [...exactly24h.slice(0, 2), session('c', t0 + 24 * HOUR + 1000, over)];
    expect(kinds(past24h, t0 + 25 * HOUR)).toEqual(['session-cost-sustained']);
  });

  it('does not trigger at exactly $6.00, nor when a cheaper session breaks the run', () => {
    expect(kinds([session('a', t0, 6_000_000), session('b', t0 + 30 * HOUR, 6_000_000)], t0 + 31 * HOUR)).toEqual([]);
    const broken = [session('a', t0, 7_000_000), session('cheap', t0 + 10 * HOUR, 5_990_000), session('b', t0 + 30 * HOUR, 7_000_000)];
    expect(kinds(broken, t0 + 31 * HOUR)).toEqual([]);
  });

  it('adds the calls of a session before comparing: two $3.01 calls are one $6.02 session', () => {
    const two = (name: string, ms: number) => [
      sampleCallLine(name, 0, { ts: new Date(ms).toISOString(), cost_micro_usd: 3_010_000 }),
      sampleCallLine(name, 1, { ts: new Date(ms + 1000).toISOString(), cost_micro_usd: 3_010_000 }),
    ];
    expect(kinds([...two('a', t0), ...two('b', t0 + 25 * HOUR)], t0 + 26 * HOUR)).toEqual(['session-cost-sustained']);
  });
});

describe('daily cost against the rolling 7-day median', () => {
  const day = 86_400_000;
  /** A day's spend as sessions of at most $5 (under the per-session threshold), a minute apart. */
  function spend(name: string, ms: number, micro: number): HistoryCallLine[] {
    const lines: HistoryCallLine[] = [];
    for (let i = 0, left = micro; left > 0; i += 1, left -= 5_000_000) lines.push(session(`${name}-${i}`, ms + i * 60_000, Math.min(left, 5_000_000)));
    return lines;
  }
  /** $10.00 a day for the 7 days before `today`. */
  const baseline = Array.from({ length: 7 }, (_, i) => spend(`base-${i}`, t0 + i * day, 10_000_000)).flat();
  const today = t0 + 7 * day;

  it('triggers one cent over 1.5× the median and not at it', () => {
    expect(kinds([...baseline, ...spend('spike', today, 15_000_000)], today + HOUR)).toEqual([]);
    expect(kinds([...baseline, ...spend('spike', today, 15_010_000)], today + HOUR)).toEqual(['daily-cost-spike']);
  });

  it('still reports yesterday’s spike the day after', () => {
    expect(kinds([...baseline, ...spend('spike', today, 20_000_000)], today + day)).toEqual(['daily-cost-spike']);
  });

  it('needs a full 7-day baseline and a median above $0', () => {
    expect(kinds([...baseline.filter((l) => !l.session.startsWith('base-0')), ...spend('spike', today, 99_000_000)], today + HOUR)).toEqual([]);
    const mostlyIdle = [...spend('one', t0, 10_000_000), ...spend('two', t0 + day, 10_000_000), ...spend('spike', today, 99_000_000)];
    expect(kinds(mostlyIdle, today + HOUR)).toEqual([]);
  });

  it('takes the median, not the mean: one expensive day does not raise the bar', () => {
    const skewed = [...baseline.filter((l) => !l.session.startsWith('base-6')), ...spend('outlier', t0 + 6 * day, 500_000_000), ...spend('spike', today, 15_010_000)];
    expect(kinds(skewed, today + HOUR)).toEqual(['daily-cost-spike']);
  });
});

describe('§10 oversight: first-pass validation', () => {
  const day = 86_400_000;
  const now = new Date(Date.UTC(2026, 10, 30, 12));
  const today = Date.UTC(2026, 10, 30);

  function outcome(pr: number, ms: number, firstPass: boolean): HistoryOutcomeLine {
    return { kind: 'pr-outcome', key: `o-${pr}`, repo: 'acme/svc-events', pr, ts: new Date(ms).toISOString(), merged: true, spec_amended: !firstPass };
  }

  /** One PR closed per day for `days` days up to today; `passing(i)` says which were first-pass. */
  function outcomes(days: number, passing: (i: number) => boolean): HistoryOutcomeLine[] {
    return Array.from({ length: days }, (_, i) => outcome(500 + i, today - (days - 1 - i) * day + HOUR, passing(i)));
  }

  /** Two PRs closed a day, one first-pass: 50% in every window. */
  function halfPassing(days: number): HistoryOutcomeLine[] {
    return [...outcomes(days, () => true), ...outcomes(days, () => false).map((o) => ({ ...o, pr: o.pr + 1000, key: `${o.key}-b` }))];
  }

  it('turns periodic review on after 7 days under 70%, not after 6', () => {
    expect(oversightState(digestHistory(snapshotOf(halfPassing(6))), now)).toMatchObject({ periodic: false, daysBelow: 6 });
    const state = oversightState(digestHistory(snapshotOf(halfPassing(7))), now);
    expect(state).toMatchObject({ periodic: true, daysBelow: 7, periodicSince: '2026-11-30', fpv: 0.5 });
  });

  it('counts a PR closed without merging as not first-pass, and 70% exactly as recovered', () => {
    const tenDays = outcomes(10, () => true).map((o, i) => (i >= 3 && i % 3 === 0 ? { ...o, merged: false, spec_amended: false } : o));
    // Today's window holds days 3–9, three of them (3, 6, 9) closed unmerged.
    expect(oversightState(digestHistory(snapshotOf(tenDays)), now).fpv).toBeCloseTo(4 / 7);
    const seventy = [...outcomes(7, (i) => i < 5), ...Array.from({ length: 3 }, (_, i) => outcome(600 + i, today + HOUR, i < 2))];
    // 7 of 10 in today's window: exactly 70% is not under the floor.
    expect(oversightState(digestHistory(snapshotOf(seventy)), now)).toMatchObject({ periodic: false, daysBelow: 0 });
  });

  it('labels every 5th agent PR first seen since periodic review began, the same PR on every re-run', () => {
    const history: HistoryLine[] = [...outcomes(9, () => false)];
    const since = today - 2 * day;
    for (let i = 0; i < 12; i += 1) history.push(session(`s-${i}`, since + i * HOUR, 100, 100 + i));
    history.push(session('old', since - day, 100, 99));
    const digest = digestHistory(snapshotOf(history));
    const states = Array.from({ length: 12 }, (_, i) => oversightState(digest, now, { repo: 'acme/svc-events', pr: 100 + i }));
    expect(states.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(states.filter((s) => s.extraReview).map((s) => s.ordinal)).toEqual([5, 10]);
    expect(oversightState(digest, now, { repo: 'acme/svc-events', pr: 99 })).toMatchObject({ periodic: true, extraReview: false });
    expect(oversightState(digest, now, { repo: 'acme/svc-events', pr: 99 }).ordinal).toBeUndefined();
  });

  it('stops when first-pass validation recovers', () => {
    const recovered = [...outcomes(9, () => false), ...Array.from({ length: 30 }, (_, i) => outcome(700 + i, today + HOUR, true))];
    expect(oversightState(digestHistory(snapshotOf(recovered)), now, { pr: 1 })).toMatchObject({ periodic: false, extraReview: false });
  });
});

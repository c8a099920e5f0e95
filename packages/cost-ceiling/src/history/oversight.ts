import { compareText } from '@agent-guards/action-kit';
import { fractionBelow } from '../money.js';
import { dayName, dayNumber, type HistoryDigest } from './history-digest.js';

/**
 * Spec §10 oversight adjustment: when first-pass validation drops below 70%
 * sustained for 7 days, every 5th agent PR gets a flagged extra review until
 * it recovers. The numbers are the spec's, fixed here in one place.
 */
export const OVERSIGHT = { fpvFloor: 0.7, sustainedDays: 7, windowDays: 7, everyNth: 5, label: 'extra-review' } as const;

export interface OversightState {
  /** First-pass validation over the 7 days ending today; undefined with no PR closed in that window. */
  fpv?: number;
  /** Consecutive days, ending today, whose rolling FPV was under the floor. */
  daysBelow: number;
  /** Periodic review is on: FPV has been under the floor for 7 days and has not recovered. */
  periodic: boolean;
  /** The UTC day periodic review started (the 7th day under the floor). */
  periodicSince?: string;
  /** This PR's place among agent PRs first seen since periodic review started (1-based). */
  ordinal?: number;
  /** This PR is one of every 5th: it gets the `extra-review` label. */
  extraReview: boolean;
}

/**
 * FPV for a day = PRs closed in the 7 days ending that day that merged without
 * a spec amendment ÷ all PRs closed in those days (a PR closed unmerged is not
 * a first pass). A PR's latest outcome line counts, dated by its `ts`.
 * The ordinal orders agent PRs (every PR with a session in the cost history)
 * by when the history first saw them, so re-running the guard on a PR keeps
 * its place and its label decision.
 */
export function oversightState(digest: HistoryDigest, now: Date, pr?: { repo?: string; pr: number }): OversightState {
  const byDay = new Map<number, { first: number; all: number }>();
  for (const o of digest.outcomes.values()) {
    const day = dayNumber(Date.parse(o.ts));
    const tally = byDay.get(day) ?? { first: 0, all: 0 };
    tally.all += 1;
    if (o.merged && !o.spec_amended) tally.first += 1;
    byDay.set(day, tally);
  }
  const windowEnding = (day: number): { first: number; all: number } => {
    const sum = { first: 0, all: 0 };
    for (let d = day - OVERSIGHT.windowDays + 1; d <= day; d += 1) {
      const t = byDay.get(d);
      if (t) {
        sum.first += t.first;
        sum.all += t.all;
      }
    }
    return sum;
  };

  const today = dayNumber(now.getTime());
  const current = windowEnding(today);
  const fpv = current.all === 0 ? undefined : current.first / current.all;
  let daysBelow = 0;
  // Only days with outcomes back to the first one can be under the floor.
  const oldest = Math.min(...[...byDay.keys()], today);
  for (let d = today; d >= oldest; d -= 1) {
    const w = windowEnding(d);
    if (w.all === 0 || !fractionBelow(w.first, w.all, OVERSIGHT.fpvFloor)) break;
    daysBelow += 1;
  }
  const periodic = daysBelow >= OVERSIGHT.sustainedDays;
  const state: OversightState = { ...(fpv !== undefined ? { fpv } : {}), daysBelow, periodic, extraReview: false };
  if (!periodic) return state;

  const startDay = today - daysBelow + OVERSIGHT.sustainedDays;
  state.periodicSince = dayName(startDay);
  if (!pr) return state;
  const startMs = startDay * 86_400_000;
  const key = `${pr.repo ?? ''}#${pr.pr}`;
  const mine = digest.prFirstSeen.get(key);
  if (mine === undefined || mine < startMs) return state;
  const ordered = [...digest.prFirstSeen].filter(([, ts]) => ts >= startMs).sort(([ka, a], [kb, b]) => a - b || compareText(ka, kb));
  const ordinal = ordered.findIndex(([k]) => k === key) + 1;
  return { ...state, ordinal, extraReview: ordinal % OVERSIGHT.everyNth === 0 };
}

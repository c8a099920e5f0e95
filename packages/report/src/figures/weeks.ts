export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** An ISO 8601 week (Monday to Sunday, UTC): `2026-W47`. */
export interface IsoWeek {
  label: string;
  /** Monday 00:00 UTC, ms since the epoch. */
  start: number;
}

const weekOfDay = new Map<number, IsoWeek>();

/** The ISO week of an instant, in UTC: the week belongs to the year of its Thursday. */
export function isoWeekOf(ms: number): IsoWeek {
  const day = Math.floor(ms / DAY_MS);
  // Called once per model call: a day's week is worked out once.
  let week = weekOfDay.get(day);
  if (!week) {
    week = isoWeekOfDay(day);
    weekOfDay.set(day, week);
  }
  return week;
}

function isoWeekOfDay(day: number): IsoWeek {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  const thursday = new Date((monday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS);
  return { label: `${year}-W${String(week).padStart(2, '0')}`, start: monday * DAY_MS };
}

/** Every ISO week from the one holding `from` to the one holding `to`, gaps included, so charts show quiet weeks. */
export function weeksBetween(from: number, to: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let start = isoWeekOf(from).start; start <= isoWeekOf(to).start; start += WEEK_MS) weeks.push(isoWeekOf(start));
  return weeks;
}

/** The continuous run of weeks covering some instants, or none. */
export function weeksCovering(instants: readonly number[]): IsoWeek[] {
  if (instants.length === 0) return [];
  let min = instants[0]!;
  let max = instants[0]!;
  for (const t of instants) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return weeksBetween(min, max);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

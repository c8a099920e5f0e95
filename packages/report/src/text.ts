import { divideRounded } from '@agent-guards/cost-ceiling';
import { groupDigits } from '@agent-guards/action-kit';

/** Dollars to the cent, rounded half up from exact micro-dollars: 4910150 → "$4.91". */
export function dollars(micro: number | null | undefined): string {
  if (micro === null || micro === undefined) return '–';
  const cents = divideRounded(micro, 10_000);
  return `$${groupDigits(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}

/** A duration: seconds under a minute ("4.2 s"), minutes with one decimal above ("12.4 min" for 742.5). */
export function minutes(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}

import { divideRounded } from '@agent-guards/cost-ceiling';

/** Dollars to the cent, rounded half up from exact micro-dollars: 4910150 → "$4.91". */
export function dollars(micro: number | null | undefined): string {
  if (micro === null || micro === undefined) return '–';
  const cents = divideRounded(micro, 10_000);
  return `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}

/** Seconds as minutes with one decimal: 742.5 → "12.4 min". */
export function minutes(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '–' : `${(seconds / 60).toFixed(1)} min`;
}

import { groupDigits } from '@agent-guards/action-kit';

export { dollars, minutes } from '../text.js';

const DASH = '–';

export function percent(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined ? DASH : `${(rate * 100).toFixed(digits)}%`;
}

export function count(n: number | null | undefined): string {
  return n === null || n === undefined ? DASH : groupDigits(n);
}

/** 1234567 → "1.23M", 48200 → "48.2K": for axes and tiles; tables give exact counts. */
export function compact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${+(n / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${+(n / 1e6).toFixed(2)}M`;
  if (abs >= 1e3) return `${+(n / 1e3).toFixed(1)}K`;
  return String(+n.toFixed(2));
}

/** "2026-11-18 10:00 UTC" */
export function utc(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : DASH;
}

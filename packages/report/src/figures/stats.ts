/** Arithmetic mean, or undefined for no values. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Percentile by the nearest-rank method: the smallest value with at least p%
 * of the values at or below it (p95 of 20 values is the 19th smallest). It is
 * always one of the observed values, never an interpolation.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  // p × n first: (95 × 20) / 100 is exactly 19, where 0.95 × 20 is not.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds (or any measure) to one decimal, for the figures JSON. */
export function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A rate to four decimals (0.8125), or null when there is no denominator. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Smallest and largest value in one pass; spreading a million values into Math.min would overflow the stack. */
export function extent(values: Iterable<number>): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === Infinity ? undefined : { min, max };
}

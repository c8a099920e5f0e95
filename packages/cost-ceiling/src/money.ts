/**
 * Money is held as integer micro-dollars (1 USD = 1,000,000 µ$) everywhere, so
 * sums over a million calls are exact integer sums with no floating-point drift.
 * Dollars appear only at the edges: policy values coming in, text going out.
 */
export const MICRO_PER_USD = 1_000_000;

/** A dollar amount from the policy or a recorded cost, to the nearest micro-dollar. */
export function usdToMicro(usd: number): number {
  if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`not a non-negative dollar amount: ${usd}`);
  return Math.round(usd * MICRO_PER_USD);
}

/**
 * Integer division rounding half up, exact for non-negative safe integers
 * (no `x / d` float that could land on 0.4999…).
 */
export function divideRounded(numerator: number, divisor: number): number {
  const quotient = Math.floor(numerator / divisor);
  const remainder = numerator - quotient * divisor;
  return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

/** Exact decimal text of a micro-dollar amount, at least two decimals: 4500000 → "4.50", 4510001 → "4.510001". */
export function microToDecimal(micro: number): string {
  if (!Number.isSafeInteger(micro)) throw new RangeError(`not an integer micro-dollar amount: ${micro}`);
  const sign = micro < 0 ? '-' : '';
  const abs = Math.abs(micro);
  const dollars = Math.floor(abs / MICRO_PER_USD);
  const fraction = String(abs - dollars * MICRO_PER_USD).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${dollars}.${fraction}`;
}

/** "$4.50" */
export function formatUsd(micro: number): string {
  return `$${microToDecimal(micro)}`;
}

/** A ratio such as 0.8 or 1.5 as an integer count of millionths, for integer comparisons. */
export function ratioToMillionths(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`not a non-negative ratio: ${ratio}`);
  return Math.round(ratio * 1_000_000);
}

/**
 * `part / whole < ratio`, decided in integers: part × 10⁶ < ratio(millionths) × whole.
 * BigInt keeps it exact when token counts reach the billions.
 */
export function fractionBelow(part: number, whole: number, ratio: number): boolean {
  return BigInt(part) * 1_000_000n < BigInt(ratioToMillionths(ratio)) * BigInt(whole);
}

/** `value > ratio × base`, decided in integers. */
export function exceedsMultiple(value: number, base: number, ratio: number): boolean {
  return BigInt(value) * 1_000_000n > BigInt(ratioToMillionths(ratio)) * BigInt(base);
}

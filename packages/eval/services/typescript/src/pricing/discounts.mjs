// @ts-check
/** Discounts on prices in cents. */

export const BULK_THRESHOLD = 10;
export const BULK_PERCENT = 5;

/**
 * The price after a percentage discount.
 * @param {number} cents
 * @param {number} percent
 */
export function percentOff(cents, percent) {
  const pct = percent < 0 ? 0 : percent;
  return cents - Math.floor((cents * pct) / 100);
}

/**
 * The line price; BULK_PERCENT off each unit from BULK_THRESHOLD items on.
 * @param {number} unitCents
 * @param {number} quantity
 */
export function bulkPrice(unitCents, quantity) {
  const pct = quantity >= BULK_THRESHOLD ? BULK_PERCENT : 0;
  return (unitCents - Math.floor((unitCents * pct) / 100)) * quantity;
}

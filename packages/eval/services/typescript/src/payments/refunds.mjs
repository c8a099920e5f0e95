// @ts-check
/** Refunds. Owned by the payments team. */

/**
 * @param {number} paidCents
 * @param {number} refundedCents
 */
export function refundable(paidCents, refundedCents) {
  return Math.max(0, paidCents - refundedCents);
}

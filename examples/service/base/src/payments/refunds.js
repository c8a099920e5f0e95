/** Refund amounts in cents. Owned by the payments team; PCI-scoped. */
export function refundAmount({ paidCents, returnedItems, unitCents, restockingFeePercent = 0 }) {
  const gross = Math.min(paidCents, returnedItems * unitCents);
  return gross - Math.floor((gross * restockingFeePercent) / 100);
}

// @ts-check
/** Invoices. Owned by the billing team. */
import { taxFor } from '../pricing/tax.mjs';

/**
 * @param {number[]} lineTotals
 * @param {number} rateBp
 */
export function invoiceTotal(lineTotals, rateBp) {
  const subtotal = lineTotals.reduce((a, b) => a + b, 0);
  return subtotal + taxFor(subtotal, rateBp);
}

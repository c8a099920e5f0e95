// @ts-check
/** Sales tax in basis points (1 bp = 0.01 %). */

/**
 * The tax on an amount, rounded half up to the cent.
 * @param {number} cents
 * @param {number} rateBp
 */
export function taxFor(cents, rateBp) {
  return Math.floor((cents * rateBp + 5000) / 10000);
}

/**
 * @param {number} cents
 * @param {number} rateBp
 */
export function withTax(cents, rateBp) {
  return cents + taxFor(cents, rateBp);
}

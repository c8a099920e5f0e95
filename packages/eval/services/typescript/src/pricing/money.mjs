// @ts-check
/** Money is an integer number of cents; these helpers format and parse it. */

/** @type {Record<string, string>} */
export const SYMBOLS = { USD: '$', EUR: '€', GBP: '£' };

/**
 * 12345 -> "$123.45".
 * @param {number} cents
 * @param {string} [currency]
 */
export function formatCents(cents, currency = 'USD') {
  const symbol = SYMBOLS[currency];
  const whole = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return `${symbol}${whole}.${rest}`;
}

/**
 * "123.45" -> 12345; "7" -> 700; a leading currency symbol is ignored.
 * @param {string} text
 */
export function parseCents(text) {
  const cleaned = text.trim().replace(/^[$€£]/, '');
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole || '0') * 100 + Number(`${fraction}00`.slice(0, 2));
}

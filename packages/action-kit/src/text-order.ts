/**
 * Orders strings by their UTF-16 code units, as `<` does: the same order on
 * every machine and in every locale (git lists paths in byte order, which this
 * matches for ASCII), and nothing to load. `localeCompare` would first load
 * ICU's collation data, several milliseconds of every process that sorts once.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A count with its thousands grouped (`1,234,567`), as `toLocaleString('en-US')`
 * writes an integer, without loading ICU's number formatting for the first one.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}

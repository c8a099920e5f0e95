/**
 * How alike two test bodies are, 0–1: the Dice coefficient of their token
 * bigrams, so formatting changes do not matter and a renamed test with the same
 * body scores 1.
 */
export function bodySimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  let total = 0;
  for (const [k, n] of x) {
    shared += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return (2 * shared) / total;
}

function bigrams(text: string): Map<string, number> {
  const tokens = text.match(/[A-Za-z_]\w*|\d+|\S/g) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const k = `${tokens[i]} ${tokens[i + 1]}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

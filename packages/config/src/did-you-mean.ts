/** Edit distance (insert, delete, substitute, swap two neighbours): how far a typo is from what was meant. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `word`, when it is close enough to be a typo of it:
 * at most a third of the word's length away (and at least 2 edits allowed), so
 * `forbiden_paths` → `forbidden_paths` but `colour` suggests nothing for `cost`.
 * Case and `-`/`_` differences count as no distance at all.
 */
export function closestName(word: string, known: readonly string[]): string | undefined {
  const fold = (s: string): string => s.toLowerCase().replace(/-/g, '_');
  const folded = fold(word);
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(folded, fold(name));
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Stable text of a JSON-like value: key order does not count as a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export type Doc = Record<string, unknown>;

export function asRecord(value: unknown): Doc | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : undefined;
}

/** The object at a key path, or {} when something on the way is not an object. */
export function table(value: unknown): Doc {
  return asRecord(value) ?? {};
}

export function at(doc: Doc, path: readonly string[]): unknown {
  let node: unknown = doc;
  for (const key of path) node = asRecord(node)?.[key];
  return node;
}

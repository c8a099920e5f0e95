import { LineIndex, type ImportRecord } from './import-record.js';

interface GoToken {
  type: 'name' | 'string' | 'op';
  value: string;
  start: number;
}

/**
 * Tokens of a Go file up to its import declarations (they must come right after
 * the package clause, so the rest of the file is never read).
 */
function* goTokens(source: string): Generator<GoToken> {
  let pos = 0;
  while (pos < source.length) {
    const c = source[pos]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') {
      pos += 1;
      continue;
    }
    if (c === '/' && source[pos + 1] === '/') {
      const end = source.indexOf('\n', pos);
      pos = end < 0 ? source.length : end + 1;
      continue;
    }
    if (c === '/' && source[pos + 1] === '*') {
      const end = source.indexOf('*/', pos + 2);
      pos = end < 0 ? source.length : end + 2;
      continue;
    }
    const start = pos;
    if (c === '"') {
      let value = '';
      pos += 1;
      while (pos < source.length && source[pos] !== '"' && source[pos] !== '\n') {
        if (source[pos] === '\\') pos += 1;
        value += source[pos] ?? '';
        pos += 1;
      }
      pos += 1;
      yield { type: 'string', value, start };
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', pos + 1);
      const stop = end < 0 ? source.length : end;
      yield { type: 'string', value: source.slice(pos + 1, stop), start };
      pos = stop + 1;
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      while (pos < source.length && /[\p{L}\p{Nd}_]/u.test(source[pos]!)) pos += 1;
      yield { type: 'name', value: source.slice(start, pos), start };
      continue;
    }
    pos += 1;
    yield { type: 'op', value: c, start };
  }
}

/** The import paths of a Go file (`import "x"`, `import ( a "x"; _ "y" )`), skipping cgo's `"C"`. */
export function parseGoImports(source: string): ImportRecord[] {
  const lines = new LineIndex(source);
  const records: ImportRecord[] = [];
  const tokens = goTokens(source);
  const next = (): GoToken | undefined => {
    const r = tokens.next();
    return r.done ? undefined : r.value;
  };
  let t = next();
  if (t?.value !== 'package') return records;
  next();
  t = next();
  while (t?.type === 'op' && t.value === ';') t = next();
  while (t?.type === 'name' && t.value === 'import') {
    const importStart = t.start;
    t = next();
    const grouped = t?.type === 'op' && t.value === '(';
    if (grouped) t = next();
    while (t) {
      if (grouped && t.type === 'op' && t.value === ')') {
        t = next();
        break;
      }
      if (t.type === 'string') {
        if (t.value !== 'C') records.push({ kind: 'go-import', specifier: t.value, line: lines.lineAt(grouped ? t.start : importStart), typeOnly: false });
        t = next();
        if (!grouped) break;
        continue;
      }
      t = next();
    }
    while (t?.type === 'op' && t.value === ';') t = next();
  }
  return records;
}

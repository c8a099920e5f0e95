import { LineIndex, maskCLike } from '@agent-guards/source-lexing';
import type { ImportRecord } from './import-record.js';

interface GoToken {
  type: 'name' | 'string' | 'op';
  value: string;
  start: number;
}

/**
 * Tokens of a Go file read from its masked text (comments and literal contents
 * blanked by the shared lexer), values from the original. When the masked text
 * is a prefix of the file, a token it cuts short is not read: the tokens stop.
 */
function* goTokens(source: string, masked: string): Generator<GoToken> {
  const prefix = masked.length < source.length;
  let pos = 0;
  while (pos < masked.length) {
    const c = masked[pos]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') {
      pos += 1;
      continue;
    }
    const start = pos;
    if (c === '"' || c === '`') {
      const close = masked.indexOf(c, pos + 1);
      if (close < 0) return;
      const raw = source.slice(pos + 1, close);
      yield { type: 'string', value: c === '"' ? raw.replace(/\\(.)/g, '$1') : raw, start };
      pos = close + 1;
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      while (pos < masked.length && /[\p{L}\p{Nd}_]/u.test(masked[pos]!)) pos += 1;
      if (prefix && pos === masked.length) return;
      yield { type: 'name', value: source.slice(start, pos), start };
      continue;
    }
    pos += 1;
    yield { type: 'op', value: c, start };
  }
}

/** The import paths of a Go file (`import "x"`, `import ( a "x"; _ "y" )`), skipping cgo's `"C"`. */
export function parseGoImports(source: string): ImportRecord[] {
  // Imports must come right after the package clause, so a prefix of the file
  // holds them; a longer one is read only when the header runs past it.
  for (let length = 16_384; ; length *= 4) {
    const head = source.length <= length ? source : source.slice(0, length);
    const header = readHeader(source, maskCLike(head, 'go').masked);
    if (header.complete || head.length === source.length) return header.records;
  }
}

function readHeader(source: string, masked: string): { records: ImportRecord[]; complete: boolean } {
  const lines = new LineIndex(source);
  const records: ImportRecord[] = [];
  const tokens = goTokens(source, masked);
  const next = (): GoToken | undefined => {
    const r = tokens.next();
    return r.done ? undefined : r.value;
  };
  let t = next();
  if (t?.value !== 'package') return { records, complete: t !== undefined };
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
        if (t.value !== 'C') records.push({ kind: 'go-import', specifier: t.value, line: lines.lineOf(grouped ? t.start : importStart), typeOnly: false });
        t = next();
        if (!grouped) break;
        continue;
      }
      t = next();
    }
    while (t?.type === 'op' && t.value === ';') t = next();
  }
  // A token after the imports ends the header; running out of text first does not.
  return { records, complete: t !== undefined };
}

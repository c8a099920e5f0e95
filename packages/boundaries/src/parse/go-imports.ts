import { LineIndex, maskCLike } from '@agent-guards/source-lexing';
import type { ImportRecord } from './import-record.js';

interface GoToken {
  type: 'name' | 'string' | 'op';
  value: string;
  start: number;
  end: number;
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
      yield { type: 'string', value: c === '"' ? raw.replace(/\\(.)/g, '$1') : raw, start, end: close + 1 };
      pos = close + 1;
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      while (pos < masked.length && /[\p{L}\p{Nd}_]/u.test(masked[pos]!)) pos += 1;
      if (prefix && pos === masked.length) return;
      yield { type: 'name', value: source.slice(start, pos), start, end: pos };
      continue;
    }
    pos += 1;
    yield { type: 'op', value: c, start, end: pos };
  }
}

/**
 * The import paths of a Go file (`import "x"`, `import ( a "x"; _ "y" )`);
 * for cgo's `import "C"`, the C files its preamble includes; and
 * `//go:linkname` directives, which reach another package's symbols without
 * importing it.
 */
export function parseGoImports(source: string): ImportRecord[] {
  // Imports must come right after the package clause, so a prefix of the file
  // holds them; a longer one is read only when the header runs past it.
  for (let length = 16_384; ; length *= 4) {
    const head = source.length <= length ? source : source.slice(0, length);
    const header = readHeader(source, maskCLike(head, 'go').masked);
    if (header.complete || head.length === source.length) return [...header.records, ...linknames(source)].sort((a, b) => a.line - b.line);
  }
}

/**
 * `//go:linkname local importpath.name` at the start of a line, in a comment
 * (not inside a raw string): the package of the target symbol.
 */
function linknames(source: string): ImportRecord[] {
  if (!source.includes('//go:linkname')) return [];
  const masked = maskCLike(source, 'go').masked;
  const lines = new LineIndex(source);
  const out: ImportRecord[] = [];
  const directive = /^\/\/go:linkname[ \t]+\S+[ \t]+(\S+)/gm;
  for (let match = directive.exec(source); match; match = directive.exec(source)) {
    // A comment is blanked by the masker; so is a raw string's text, which an odd count of backticks before it betrays.
    if (masked[match.index] !== ' ' || (masked.slice(0, match.index).split('`').length - 1) % 2 === 1) continue;
    const target = match[1]!;
    const slash = target.lastIndexOf('/');
    const dot = target.indexOf('.', slash + 1);
    if (dot <= 0) continue;
    out.push({ kind: 'go-linkname', specifier: target.slice(0, dot), call: '//go:linkname', line: lines.lineOf(match.index), typeOnly: false });
  }
  return out;
}

/** The C files a cgo preamble (the comment right before `import "C"`) includes: `#include "x.h"` and `#cgo … -I dir`. */
function cgoIncludes(source: string, from: number, to: number, lines: LineIndex): ImportRecord[] {
  const between = source.slice(from, to);
  const out: ImportRecord[] = [];
  // The preamble's text: block comments' insides and line comments' rest, with their offsets.
  const comment = /\/\*([\s\S]*?)\*\/|\/\/([^\n]*)/g;
  for (let m = comment.exec(between); m; m = comment.exec(between)) {
    const body = m[1] ?? m[2] ?? '';
    const bodyStart = from + m.index + 2;
    const directive = /^[ \t]*#[ \t]*(include[ \t]*"([^"]+)"|cgo\b[^:\n]*:([^\n]*))/gm;
    for (let d = directive.exec(body); d; d = directive.exec(body)) {
      const line = lines.lineOf(bodyStart + d.index);
      if (d[2] !== undefined) out.push({ kind: 'cgo-include', specifier: d[2], call: '#include', line, typeOnly: false });
      for (const flag of (d[3] ?? '').split(/\s+/)) {
        const dir = /^-I(.+)$/.exec(flag)?.[1]?.replace(/^\$\{SRCDIR\}\/?/, '');
        if (dir !== undefined) out.push({ kind: 'cgo-include', specifier: dir === '' ? '.' : dir, call: '#cgo -I', line, typeOnly: false });
      }
    }
  }
  return out;
}

function readHeader(source: string, masked: string): { records: ImportRecord[]; complete: boolean } {
  const lines = new LineIndex(source);
  const records: ImportRecord[] = [];
  const tokens = goTokens(source, masked);
  // The end of the token before the current one: where a cgo preamble before `import "C"` starts.
  let lastEnd = 0;
  let previousEnd = 0;
  const next = (): GoToken | undefined => {
    const r = tokens.next();
    if (r.done) return undefined;
    previousEnd = lastEnd;
    lastEnd = r.value.end;
    return r.value;
  };
  let t = next();
  if (t?.value !== 'package') return { records, complete: t !== undefined };
  next();
  t = next();
  while (t?.type === 'op' && t.value === ';') t = next();
  while (t?.type === 'name' && t.value === 'import') {
    const importStart = t.start;
    const preambleFrom = previousEnd;
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
        else if (!grouped) records.push(...cgoIncludes(source, preambleFrom, importStart, lines));
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

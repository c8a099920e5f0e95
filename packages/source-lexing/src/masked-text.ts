/**
 * Helpers over "masked" code: text whose string contents and comments were
 * blanked with spaces by a language's lexer, so brackets and commas seen here
 * are code, and offsets still point into the original text.
 */

function isOpen(c: number): boolean {
  return c === 40 || c === 91 || c === 123;
}

function isClose(c: number): boolean {
  return c === 41 || c === 93 || c === 125;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

/** Offset of the bracket closing the one at `open`, or -1. */
export function matchingBracket(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i += 1) {
    const c = masked.charCodeAt(i);
    if (isOpen(c)) depth += 1;
    else if (isClose(c)) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export interface Span {
  start: number;
  end: number;
}

/** Splits masked[start, end) at commas outside brackets; spans are trimmed and empty ones dropped. */
export function splitTopLevel(masked: string, start: number, end: number, separator = ','): Span[] {
  const spans: Span[] = [];
  const sep = separator.charCodeAt(0);
  let depth = 0;
  let from = start;
  for (let i = start; i <= end; i += 1) {
    const c = i === end ? sep : masked.charCodeAt(i);
    if (isOpen(c)) depth += 1;
    else if (isClose(c)) depth -= 1;
    else if (c === sep && depth === 0) {
      let s = from;
      let e = i;
      while (s < e && isSpace(masked.charCodeAt(s))) s += 1;
      while (e > s && isSpace(masked.charCodeAt(e - 1))) e -= 1;
      if (e > s) spans.push({ start: s, end: e });
      from = i + 1;
    }
  }
  return spans;
}

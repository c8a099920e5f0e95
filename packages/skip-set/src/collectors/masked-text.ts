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

/** 1-based line of `offset`, counting from `fromLine` at `fromOffset`. */
export function lineAt(text: string, offset: number, fromOffset = 0, fromLine = 1): number {
  let line = fromLine;
  for (let i = fromOffset; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Newline-start offsets, for many line look-ups in one file. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

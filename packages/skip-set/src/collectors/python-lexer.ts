/**
 * A Python lexer that splits a module into logical statements (indentation,
 * bracket continuation, backslash continuation) while stepping over strings —
 * single, triple-quoted, raw, byte and f-strings with nested expressions — and
 * comments, so that text inside them never looks like code. One pass over the
 * characters, no tokens allocated: pandas' 14 MB of tests go through it in tens
 * of milliseconds.
 */
export interface PyStatement {
  start: number;
  /** Offset of the newline (or end of text) that ends the logical line. */
  end: number;
  /** Column of the first character, tabs to multiples of 8. */
  indent: number;
  line: number;
}

export interface LexError {
  message: string;
  line: number;
}

export interface PyScan {
  statements: PyStatement[];
  error?: LexError;
}

/** Statements as parallel arrays (no object per statement): what the module parser walks. */
export interface PyStatements {
  count: number;
  start: Int32Array;
  end: Int32Array;
  indent: Int32Array;
  line: Int32Array;
  error?: LexError;
}

const NL = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const SQ = 39;
const DQ = 34;
const BS = 92;
const LBRACE = 123;
const RBRACE = 125;

const K_NEWLINE = 1;
const K_QUOTE = 2;
const K_HASH = 3;
const K_BACKSLASH = 4;
const K_OPEN = 5;
const K_CLOSE = 6;
/** Character classes of the statement scanner; 0 is "nothing to do". */
const KIND = new Uint8Array(128);
KIND[NL] = K_NEWLINE;
KIND[CR] = K_NEWLINE;
KIND[SQ] = K_QUOTE;
KIND[DQ] = K_QUOTE;
KIND[HASH] = K_HASH;
KIND[BS] = K_BACKSLASH;
for (const c of '([{') KIND[c.charCodeAt(0)] = K_OPEN;
for (const c of ')]}') KIND[c.charCodeAt(0)] = K_CLOSE;

function isPrefixLetter(c: number): boolean {
  // r R b B u U f F t T
  return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70 || c === 116 || c === 84;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}

class Cursor {
  line = 1;
  error: LexError | undefined;
  constructor(readonly text: string) {}

  fail(message: string, line: number): void {
    this.error ??= { message, line };
  }

  /** Whether the quote at `q` opens an f-string (or t-string): its prefix holds f/t. */
  isFormatted(q: number): boolean {
    const text = this.text;
    let p = q - 1;
    let formatted = false;
    let letters = 0;
    while (letters < 2 && p >= 0 && isPrefixLetter(text.charCodeAt(p))) {
      const c = text.charCodeAt(p) | 32;
      if (c === 102 || c === 116) formatted = true;
      p -= 1;
      letters += 1;
    }
    if (letters === 0) return false;
    // `elif"x"` is not a prefix: the letters must start the token.
    if (p >= 0 && isIdentChar(text.charCodeAt(p))) return false;
    return formatted;
  }

  /** Steps over the string literal whose opening quote is at `i`; returns the offset after it. */
  skipString(i: number): number {
    const text = this.text;
    const n = text.length;
    const quote = text.charCodeAt(i);
    const formatted = this.isFormatted(i);
    const startLine = this.line;
    const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
    let j = triple ? i + 3 : i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === BS) {
        const next = text.charCodeAt(j + 1);
        if (next === NL) this.line += 1;
        else if (next === CR) {
          this.line += 1;
          if (text.charCodeAt(j + 2) === NL) j += 1;
        }
        j += 2;
      } else if (c === quote) {
        if (!triple) return j + 1;
        if (text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote) return j + 3;
        j += 1;
      } else if (c === NL || c === CR) {
        if (!triple) {
          this.fail('unterminated string literal', startLine);
          return j;
        }
        if (c === CR && text.charCodeAt(j + 1) === NL) j += 1;
        this.line += 1;
        j += 1;
      } else if (formatted && c === LBRACE) {
        if (text.charCodeAt(j + 1) === LBRACE) j += 2;
        else j = this.skipFormatExpression(j + 1);
      } else {
        j += 1;
      }
    }
    this.fail(triple ? 'unterminated triple-quoted string' : 'unterminated string literal', startLine);
    return n;
  }

  /** Steps over `{expression}` inside an f-string, nested strings and brackets included. */
  private skipFormatExpression(i: number): number {
    const text = this.text;
    const n = text.length;
    let depth = 0;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === SQ || c === DQ) j = this.skipString(j);
      else if (c === 40 || c === 91 || c === LBRACE) {
        depth += 1;
        j += 1;
      } else if (c === 41 || c === 93) {
        depth -= 1;
        j += 1;
      } else if (c === RBRACE) {
        if (depth === 0) return j + 1;
        depth -= 1;
        j += 1;
      } else {
        if (c === NL) this.line += 1;
        j += 1;
      }
    }
    return n;
  }
}

/** The logical statements of a module, as objects (convenient for small inputs). */
export function scanPython(text: string): PyScan {
  const s = scanPythonStatements(text);
  const statements: PyStatement[] = [];
  for (let k = 0; k < s.count; k += 1) statements.push({ start: s.start[k]!, end: s.end[k]!, indent: s.indent[k]!, line: s.line[k]! });
  return s.error ? { statements, error: s.error } : { statements };
}

export function scanPythonStatements(text: string): PyStatements {
  const n = text.length;
  // About one statement per 32 characters of source: most modules never grow the arrays.
  let capacity = Math.max(256, n >> 5);
  let count = 0;
  let starts: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let indents = new Int32Array(capacity);
  let lines = new Int32Array(capacity);
  const grow = (): void => {
    capacity *= 2;
    const copy = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    starts = copy(starts);
    ends = copy(ends);
    indents = copy(indents);
    lines = copy(lines);
  };
  const cur = new Cursor(text);
  // Without carriage returns a comment ends at the next '\n', found natively.
  const lfOnly = text.indexOf('\r') < 0;
  const commentEnd = (from: number): number => {
    if (lfOnly) {
      const nl = text.indexOf('\n', from);
      return nl < 0 ? n : nl;
    }
    let j = from;
    for (let c = text.charCodeAt(j); j < n && c !== NL && c !== CR; c = text.charCodeAt(++j));
    return j;
  };
  let i = 0;
  // A BOM is not code.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    let indent = 0;
    let c = text.charCodeAt(i);
    while (c === SP || c === TAB || c === FF) {
      indent = c === TAB ? (indent + 8) & ~7 : c === SP ? indent + 1 : 0;
      i += 1;
      c = text.charCodeAt(i);
    }
    if (i >= n) break;
    if (c === NL) {
      cur.line += 1;
      i += 1;
      continue;
    }
    if (c === CR) {
      cur.line += 1;
      i += text.charCodeAt(i + 1) === NL ? 2 : 1;
      continue;
    }
    if (c === HASH) {
      i = commentEnd(i);
      continue;
    }
    const start = i;
    const line = cur.line;
    let depth = 0;
    let depthLine = line;
    while (i < n) {
      c = text.charCodeAt(i);
      const kind = c < 128 ? KIND[c]! : 0;
      if (kind === 0) {
        i += 1;
        continue;
      }
      if (kind === K_NEWLINE) {
        if (depth === 0) break;
        cur.line += 1;
        i += c === CR && text.charCodeAt(i + 1) === NL ? 2 : 1;
      } else if (kind === K_QUOTE) {
        i = cur.skipString(i);
      } else if (kind === K_HASH) {
        i = commentEnd(i);
      } else if (kind === K_BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === NL || next === CR) {
          cur.line += 1;
          i += next === CR && text.charCodeAt(i + 2) === NL ? 3 : 2;
        } else i += 1;
      } else if (kind === K_OPEN) {
        if (depth === 0) depthLine = cur.line;
        depth += 1;
        i += 1;
      } else {
        if (depth === 0) cur.fail(`unmatched '${String.fromCharCode(c)}'`, cur.line);
        else depth -= 1;
        i += 1;
      }
    }
    if (depth > 0) cur.fail('bracket opened here is never closed', depthLine);
    if (count === capacity) grow();
    starts[count] = start;
    ends[count] = i;
    indents[count] = indent;
    lines[count] = line;
    count += 1;
  }
  const result: PyStatements = { count, start: starts, end: ends, indent: indents, line: lines };
  if (cur.error) result.error = cur.error;
  return result;
}

/**
 * The code of text[start, end) with string contents and comments replaced by
 * spaces (quotes and newlines kept), so offsets still match the original and a
 * pattern can only match code.
 */
export function maskPython(text: string, start: number, end: number): string {
  const out: string[] = [];
  const cur = new Cursor(text);
  let i = start;
  let copied = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SQ || c === DQ) {
      const close = Math.min(cur.skipString(i), end);
      out.push(text.slice(copied, i + 1));
      out.push(blank(text, i + 1, close - 1));
      if (close - 1 > i) out.push(text.charAt(close - 1));
      copied = close;
      i = close;
    } else if (c === HASH) {
      let j = i;
      while (j < end && text.charCodeAt(j) !== NL && text.charCodeAt(j) !== CR) j += 1;
      out.push(text.slice(copied, i), ' '.repeat(j - i));
      copied = j;
      i = j;
    } else i += 1;
  }
  out.push(text.slice(copied, end));
  return out.join('');
}

function blank(text: string, from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(from, to).replace(/[^\r\n]/g, ' ');
}

/** The value of a simple string literal starting at `i` (quotes and prefix included), without escapes resolved. */
export function stringValueAt(text: string, i: number): string | undefined {
  let j = i;
  while (isPrefixLetter(text.charCodeAt(j))) j += 1;
  const q = text.charCodeAt(j);
  if (q !== SQ && q !== DQ) return undefined;
  const cur = new Cursor(text);
  const end = cur.skipString(j);
  const triple = text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q && end - j >= 6;
  return triple ? text.slice(j + 3, end - 3) : text.slice(j + 1, end - 1);
}

import type { LexError } from './lex-error.js';
import { lineOf } from './line-index.js';

export type CLikeDialect = 'go' | 'java' | 'kotlin' | 'rust';

export interface Masked {
  /** The text with string/char contents and comments blanked (same length, newlines kept). */
  masked: string;
  error?: LexError;
}

/**
 * Blanks comments and literals of Go, Java, Kotlin or Rust: `//` and `/* *\/`
 * comments (nested in Kotlin and Rust), "…" strings, Go raw `…` strings, Java
 * and Kotlin `"""` text blocks, Kotlin `${…}` templates, Rust raw strings
 * r#"…"# and char literals (told apart from lifetimes). Kotlin backtick names
 * keep their length with their contents turned into `x`, so they stay one word.
 */
export function maskCLike(text: string, dialect: CLikeDialect): Masked {
  const n = text.length;
  const out = text.split('');
  let error: LexError | undefined;
  const fail = (message: string, at: number): void => {
    error ??= { message, line: lineOf(text, at) };
  };
  const blank = (from: number, to: number, fill = ' '): void => {
    for (let k = from; k < to && k < n; k += 1) if (out[k] !== '\n' && out[k] !== '\r') out[k] = fill;
  };
  const nestedComments = dialect === 'kotlin' || dialect === 'rust';

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 47 && next === 47) {
      let j = i;
      while (j < n && text.charCodeAt(j) !== 10) j += 1;
      blank(i, j);
      i = j;
    } else if (c === 47 && next === 42) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
          depth -= 1;
          j += 2;
        } else if (nestedComments && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
          depth += 1;
          j += 2;
        } else j += 1;
      }
      if (depth > 0) fail('unterminated block comment', i);
      blank(i, j);
      i = j;
    } else if (c === 34) {
      const triple = (dialect === 'java' || dialect === 'kotlin') && next === 34 && text.charCodeAt(i + 2) === 34;
      const end = triple ? skipTripleQuoted(text, i, dialect === 'java') : skipQuoted(text, i, dialect === 'kotlin');
      if (end < 0) {
        fail('unterminated string literal', i);
        blank(i + 1, n);
        break;
      }
      blank(triple ? i + 3 : i + 1, triple ? end - 3 : end - 1);
      i = end;
    } else if (c === 96 && dialect === 'go') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) {
        fail('unterminated raw string', i);
        blank(i + 1, n);
        break;
      }
      blank(i + 1, close);
      i = close + 1;
    } else if (c === 96 && dialect === 'kotlin') {
      const close = text.indexOf('`', i + 1);
      const eol = text.indexOf('\n', i + 1);
      if (close < 0 || (eol >= 0 && eol < close)) {
        fail('unterminated backtick name', i);
        i += 1;
        continue;
      }
      blank(i + 1, close, 'x');
      i = close + 1;
    } else if (c === 114 && dialect === 'rust' && (next === 35 || next === 34) && !isWordChar(text.charCodeAt(i - 1))) {
      // r"…", r#"…"#, r##"…"## (also after a `b`: br"…").
      let hashes = 0;
      let j = i + 1;
      while (text.charCodeAt(j) === 35) {
        hashes += 1;
        j += 1;
      }
      if (text.charCodeAt(j) !== 34) {
        i += 1;
        continue;
      }
      const terminator = `"${'#'.repeat(hashes)}`;
      const close = text.indexOf(terminator, j + 1);
      if (close < 0) {
        fail('unterminated raw string', i);
        blank(j + 1, n);
        break;
      }
      blank(j + 1, close);
      i = close + terminator.length;
    } else if (c === 39) {
      const end = charLiteralEnd(text, i, dialect);
      if (end > 0) {
        blank(i + 1, end - 1);
        i = end;
      } else i += 1;
    } else i += 1;
  }
  return { masked: out.join(''), ...(error ? { error } : {}) };
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** End of a "…" string (after the closing quote), or -1. Kotlin templates `${…}` may hold strings. */
function skipQuoted(text: string, from: number, templates: boolean): number {
  let j = from + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return j + 1;
    else if (c === 10) return -1;
    else if (templates && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
    else j += 1;
  }
  return -1;
}

function skipTripleQuoted(text: string, from: number, escapes: boolean): number {
  let j = from + 3;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (escapes && c === 92) j += 2;
    else if (c === 34 && text.charCodeAt(j + 1) === 34 && text.charCodeAt(j + 2) === 34) {
      // Kotlin allows extra quotes before the closing three: """a""""
      let k = j + 3;
      while (text.charCodeAt(k) === 34) k += 1;
      return k;
    } else if (!escapes && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
    else j += 1;
  }
  return -1;
}

function skipTemplate(text: string, from: number): number {
  let depth = 0;
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 34) {
      const end = skipQuoted(text, j, true);
      j = end < 0 ? j + 1 : end;
    } else if (c === 123) {
      depth += 1;
      j += 1;
    } else if (c === 125) {
      if (depth === 0) return j + 1;
      depth -= 1;
      j += 1;
    } else j += 1;
  }
  return text.length;
}

/** End of a char literal starting at `from`, or -1 when the quote is a Rust lifetime or label. */
function charLiteralEnd(text: string, from: number, dialect: CLikeDialect): number {
  const next = text.charCodeAt(from + 1);
  if (next === 92) {
    // '\n', '\'', '\u{1F600}', '\u0041'
    const close = text.indexOf("'", from + 3);
    const eol = text.indexOf('\n', from);
    return close >= 0 && (eol < 0 || close < eol) ? close + 1 : -1;
  }
  if (text.charCodeAt(from + 2) === 39) return from + 3;
  // A surrogate pair is one character: '😀'.
  if (next >= 0xd800 && next <= 0xdbff && text.charCodeAt(from + 3) === 39) return from + 4;
  if (dialect !== 'rust') return -1;
  return -1;
}

/** Offset of the `}` matching the `{` at `open` in masked text, or -1. */
export function matchingBrace(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i += 1) {
    const c = masked.charCodeAt(i);
    if (c === 123) depth += 1;
    else if (c === 125) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

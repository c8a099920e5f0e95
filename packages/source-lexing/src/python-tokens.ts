import { isPrefixLetter, pythonStringEnd, stringValueAt } from './python-lexer.js';

export type PyTokenType = 'name' | 'string' | 'op' | 'number';

export interface PyToken {
  type: PyTokenType;
  /** A name, a number, an operator character, or a string's text between its quotes (escapes as written). */
  value: string;
  /** Offsets in the text: [start, end). */
  start: number;
  end: number;
}

/**
 * The tokens of text[start, end): one logical statement as
 * `scanPythonStatements` found it. Comments and line continuations are
 * skipped; every string form (prefixes, triple quotes, f-strings with their
 * nested expressions) is one token, found by the same rules the statement
 * scanner used. Operators are one character each.
 */
export function pythonTokens(text: string, start: number, end: number): PyToken[] {
  const tokens: PyToken[] = [];
  let pos = start;
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 0xfeff) {
      pos += 1;
    } else if (c === 92 /* \ */ && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) {
      pos += 2;
    } else if (c === 35 /* # */) {
      while (pos < end && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos += 1;
    } else if (c === 39 || c === 34) {
      pos = stringToken(text, pos, pos, tokens);
    } else if (isNameStart(c)) {
      const from = pos;
      while (pos < end && isNamePart(text.charCodeAt(pos))) pos += 1;
      const q = text.charCodeAt(pos);
      if ((q === 39 || q === 34) && pos - from <= 2 && isPrefix(text, from, pos)) pos = stringToken(text, from, pos, tokens);
      else tokens.push({ type: 'name', value: text.slice(from, pos), start: from, end: pos });
    } else if ((c >= 48 && c <= 57) || (c === 46 && isDigit(text.charCodeAt(pos + 1)))) {
      const from = pos;
      pos = numberEnd(text, pos, end);
      tokens.push({ type: 'number', value: text.slice(from, pos), start: from, end: pos });
    } else {
      tokens.push({ type: 'op', value: text[pos]!, start: pos, end: pos + 1 });
      pos += 1;
    }
  }
  return tokens;
}

function stringToken(text: string, from: number, quote: number, tokens: PyToken[]): number {
  const end = pythonStringEnd(text, quote);
  tokens.push({ type: 'string', value: stringValueAt(text, from) ?? '', start: from, end });
  return end;
}

/** The end of the number at `pos`: digits, `_`, `.`, letters (0x, 1j, 1e5) and an exponent's sign. */
function numberEnd(text: string, pos: number, end: number): number {
  const hex = text.charCodeAt(pos) === 48 && (text.charCodeAt(pos + 1) | 32) === 120;
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isNamePart(c) || c === 46) i += 1;
    else if ((c === 43 || c === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101 /* e */) i += 1;
    else break;
  }
  return i;
}

function isPrefix(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isPrefixLetter(text.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

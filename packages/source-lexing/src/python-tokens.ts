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

/** A Python string literal read as the interpreter reads it. */
export interface PyStringLiteral {
  /** The prefix letters, lower-cased (`r`, `b`, `f`, `rb`, …). */
  prefix: string;
  /** The text between the quotes, as written. */
  body: string;
  /**
   * The string's value, escapes resolved (none in a raw string). Undefined for
   * an f-string or t-string (its value is computed), and for an escape whose
   * value needs the Unicode name database (`\N{…}`).
   */
  value?: string;
}

const PY_SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The literal of a string token (`pythonTokens` type `string`) spanning text[start, end). */
export function pythonStringLiteral(text: string, start: number, end: number): PyStringLiteral | undefined {
  let q = start;
  while (q < end && isPrefixLetter(text.charCodeAt(q))) q += 1;
  const quote = text[q];
  if (quote !== "'" && quote !== '"') return undefined;
  const prefix = text.slice(start, q).toLowerCase();
  const triple = text.startsWith(quote.repeat(3), q) && end - q >= 6;
  const open = triple ? 3 : 1;
  const body = text.slice(q + open, Math.max(q + open, end - open));
  if (prefix.includes('f') || prefix.includes('t')) return { prefix, body };
  if (prefix.includes('r')) return { prefix, body, value: body };
  const value = pythonEscapes(body, prefix.includes('b'));
  return value === undefined ? { prefix, body } : { prefix, body, value };
}

/** Resolves the backslash escapes of a non-raw string body; undefined for `\N{…}`. */
function pythonEscapes(body: string, bytes: boolean): string | undefined {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return out + c;
    if (e === '\n') {
      i += 2;
      continue;
    }
    if (e === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (PY_SIMPLE_ESCAPES[e] !== undefined) {
      out += PY_SIMPLE_ESCAPES[e];
      i += 2;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8));
      i += 1 + octal[0].length;
      continue;
    }
    const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    const hex = width > 0 ? body.slice(i + 2, i + 2 + width) : '';
    if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += 2 + width;
      continue;
    }
    if (e === 'N' && !bytes) return undefined;
    // An unknown escape keeps its backslash.
    out += c;
    i += 1;
  }
  return out;
}

import type { LexError } from './lex-error.js';
import { lineOf } from './line-index.js';

/**
 * The tokenizer for TypeScript and JavaScript, exact about what is code:
 * comments, string literals, template literals (with `${}` code inside),
 * regular-expression literals and JSX text are never mistaken for code. It
 * builds no syntax tree; the import recognizer and the test collectors read
 * its tokens, held as parallel arrays (no object per token).
 */
export const T_IDENT = 1;
export const T_STRING = 2;
/** A backtick literal, with or without substitutions. */
export const T_TEMPLATE = 3;
export const T_PUNCT = 4;
export const T_NUMBER = 5;
export const T_REGEX = 6;
/** A JSX element, from its `<` to the end of its closing tag. */
export const T_JSX = 7;

export interface JsTokens {
  kind: number[];
  start: number[];
  end: number[];
  /** For brackets: the index of the matching bracket token, or -1. */
  match: number[];
  error?: LexError;
}

export interface JsLexOptions {
  /** Recognize JSX elements (.tsx, .jsx, .js): not in .ts, where `<T>x` is a type assertion. */
  jsx: boolean;
  /**
   * Also report the tokens of the code inside `${}` substitutions and JSX
   * `{}`, right after the template or JSX token that holds them. Without it
   * each literal and element is one token. The code is lexed the same way
   * either way; only what is reported differs.
   */
  nested?: boolean;
}

/** Whether a file's language allows JSX: every JavaScript and TSX file, but not .ts/.mts/.cts. */
export function allowsJsx(path: string): boolean {
  return !/\.[mc]?ts$/.test(path);
}

/**
 * JS/TS source with the Unicode escapes of its names translated, as the engine reads them:
 * `it.\u0073kip(…)` is `it.skip(…)`. Escapes in strings, templates and regular expressions keep
 * their own meaning there, and stay as written.
 */
export function jsNamesAsRead(text: string, jsx: boolean): string {
  if (!text.includes('\\u')) return text;
  const tokens = tokenizeJs(text, { jsx });
  const out: string[] = [];
  let copied = 0;
  for (let t = 0; t < tokens.kind.length; t += 1) {
    const start = tokens.start[t]!;
    if (tokens.kind[t] !== T_IDENT || start < copied || !text.slice(start, tokens.end[t]).includes('\\')) continue;
    // The whole name from here: the lexer ends a name at the brace of a `\u{…}` escape.
    ESCAPED_NAME.lastIndex = start;
    const name = ESCAPED_NAME.exec(text)![0];
    out.push(
      text.slice(copied, start),
      name.replace(NAME_ESCAPE, (escape: string, braced?: string, four?: string) => {
        const code = Number.parseInt(braced ?? four!, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
      }),
    );
    copied = start + name.length;
  }
  out.push(text.slice(copied));
  return out.join('');
}

const ESCAPED_NAME = /(?:\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\|[\w$\u0080-\uffff])+/y;
const NAME_ESCAPE = /\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/g;

export function tokenizeJs(text: string, options: JsLexOptions): JsTokens {
  return new JsLexer(text, options.jsx, options.nested ?? false).run();
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends',
]);
/** Keywords whose `( … )` is a condition, after which a `/` starts a regular expression. */
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

const CH_NEWLINE = 10;
const CH_RETURN = 13;
const CH_QUOTE = 34;
const CH_DOLLAR = 36;
const CH_APOSTROPHE = 39;
const CH_STAR = 42;
const CH_SLASH = 47;
const CH_LESS = 60;
const CH_GREATER = 62;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;
const CH_OPEN_BRACE = 123;
const CH_CLOSE_BRACE = 125;

class JsLexer {
  private pos = 0;
  private readonly kind: number[] = [];
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  /** Above zero while lexing code whose tokens are not reported (inside a literal, without `nested`). */
  private hidden = 0;
  /** The last significant token, reported or not: it decides whether `/` opens a regex. */
  private lastKind = 0;
  private lastStart = 0;
  private lastEnd = 0;
  /** For each open `(`: was it opened by if/while/for/with (so `)` ends a condition)? */
  private readonly parens: boolean[] = [];
  private lastClosedParenWasControl = false;
  /** Was the last `!` TypeScript's non-null assertion (`x! / 2`) rather than a logical not (`!/re/.test(s)`)? */
  private lastBangWasPostfix = false;
  private error: LexError | undefined;

  constructor(
    private readonly src: string,
    private readonly jsx: boolean,
    private readonly nested: boolean,
  ) {}

  run(): JsTokens {
    if (this.src.startsWith('#!')) this.skipLine();
    this.scanTokens(false);
    const match = this.matchBrackets();
    const tokens: JsTokens = { kind: this.kind, start: this.start, end: this.end, match };
    if (this.error) tokens.error = this.error;
    return tokens;
  }

  private fail(message: string, at: number): void {
    this.error ??= { message, line: lineOf(this.src, at) };
  }

  /** Scans code; when `untilBrace`, stops after the `}` that closes the caller's `${` or `{`. */
  private scanTokens(untilBrace: boolean): void {
    const src = this.src;
    let depth = 0;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) {
        this.pos += 1;
        continue;
      }
      if (c === CH_SLASH) {
        const next = src.charCodeAt(this.pos + 1);
        if (next === CH_SLASH) {
          this.skipLine();
        } else if (next === CH_STAR) {
          const close = src.indexOf('*/', this.pos + 2);
          if (close < 0) this.fail('unterminated comment', this.pos);
          this.pos = close < 0 ? src.length : close + 2;
        } else if (this.regexAllowed()) {
          this.scanRegex();
        } else {
          this.punct(1);
        }
        continue;
      }
      if (c === CH_APOSTROPHE || c === CH_QUOTE) {
        this.scanString(c);
        continue;
      }
      if (c === CH_BACKTICK) {
        this.scanTemplate();
        continue;
      }
      if (c === CH_OPEN_BRACE) {
        depth += 1;
        this.punct(1);
        continue;
      }
      if (c === CH_CLOSE_BRACE) {
        if (untilBrace && depth === 0) {
          this.pos += 1;
          return;
        }
        depth -= 1;
        this.punct(1);
        continue;
      }
      // `<` after `<` is the second half of `<<`, never an element.
      if (c === CH_LESS && this.jsx && this.regexAllowed() && !this.lastIs(CH_LESS) && this.looksLikeJsx()) {
        this.scanJsx();
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
        this.scanNumber();
        continue;
      }
      if (isIdentifierStart(c)) {
        this.scanName();
        continue;
      }
      if (c === 63 /* ? */ && src.charCodeAt(this.pos + 1) === 46 && !isDigit(src.charCodeAt(this.pos + 2))) {
        // `?.`: two tokens, so a member chain reads `.` name whether or not it is optional.
        this.punct(1);
        this.punct(1);
        continue;
      }
      if (c === 46 && src.charCodeAt(this.pos + 1) === 46 && src.charCodeAt(this.pos + 2) === 46) {
        this.punct(3);
        continue;
      }
      if (c === 61 /* = */ && src.charCodeAt(this.pos + 1) === CH_GREATER) {
        this.punct(2);
        continue;
      }
      if (c === 40 /* ( */) {
        this.parens.push(this.lastKind === T_IDENT && CONTROL_KEYWORDS.has(src.slice(this.lastStart, this.lastEnd)));
      } else if (c === 41 /* ) */) {
        this.lastClosedParenWasControl = this.parens.pop() ?? false;
      } else if (c === 33 /* ! */) {
        // After an operand, `!` is a non-null assertion and the operand goes on.
        this.lastBangWasPostfix = !this.regexAllowed();
      }
      this.punct(1);
    }
  }

  private regexAllowed(): boolean {
    switch (this.lastKind) {
      case 0:
        return true;
      case T_IDENT:
        return KEYWORDS_BEFORE_EXPRESSION.has(this.src.slice(this.lastStart, this.lastEnd));
      case T_PUNCT: {
        if (this.lastEnd - this.lastStart > 1) return true;
        const c = this.src.charCodeAt(this.lastStart);
        if (c === 41 /* ) */) return this.lastClosedParenWasControl;
        if (c === 33 /* ! */) return !this.lastBangWasPostfix;
        return c !== 93 /* ] */;
      }
      default:
        return false;
    }
  }

  /** Whether the last token is the one-character punctuator `c`. */
  private lastIs(c: number): boolean {
    return this.lastKind === T_PUNCT && this.lastEnd - this.lastStart === 1 && this.src.charCodeAt(this.lastStart) === c;
  }

  /** Records a token; reports it unless it is inside a hidden literal. Returns its index, or -1. */
  private push(kind: number, start: number, end: number): number {
    this.lastKind = kind;
    this.lastStart = start;
    this.lastEnd = end;
    if (this.hidden > 0) return -1;
    this.kind.push(kind);
    this.start.push(start);
    this.end.push(end);
    return this.kind.length - 1;
  }

  private punct(length: number): void {
    this.push(T_PUNCT, this.pos, this.pos + length);
    this.pos += length;
  }

  /**
   * A token that holds code (a template with substitutions, a JSX element):
   * reported first, its code after it when `nested`, none of it otherwise.
   * `scan` lexes the whole of it; afterwards the holder is the last token.
   */
  private holder(kind: number, scan: () => void): void {
    const start = this.pos;
    const index = this.nested ? this.push(kind, start, start) : -1;
    if (!this.nested) this.hidden += 1;
    scan();
    if (!this.nested) this.hidden -= 1;
    if (index >= 0) this.end[index] = this.pos;
    else this.push(kind, start, this.pos);
    this.lastKind = kind;
    this.lastStart = start;
    this.lastEnd = this.pos;
  }

  /** Code inside a literal, up to the `}` that closes it: an expression starts there. */
  private scanEmbeddedCode(): void {
    this.lastKind = 0;
    this.scanTokens(true);
  }

  private skipLine(): void {
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === CH_NEWLINE || c === CH_RETURN || c === 0x2028 || c === 0x2029) return;
      this.pos += 1;
    }
  }

  private scanName(): void {
    const start = this.pos;
    this.pos += 1;
    while (this.pos < this.src.length && isIdentifierPart(this.src.charCodeAt(this.pos))) this.pos += 1;
    this.push(T_IDENT, start, this.pos);
  }

  private scanNumber(): void {
    const src = this.src;
    const start = this.pos;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (isIdentifierPart(c) || c === 46) {
        this.pos += 1;
      } else if ((c === 43 || c === 45) && (src.charCodeAt(this.pos - 1) | 32) === 101 /* e */ && !/^0[xX]/.test(src.slice(start, this.pos))) {
        this.pos += 1;
      } else break;
    }
    this.push(T_NUMBER, start, this.pos);
  }

  /**
   * A quoted string. A line break ends an unterminated one: JavaScript strings
   * cannot span lines, so one stray quote costs at most the rest of its line.
   */
  private scanString(quote: number): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 1;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === quote) {
        this.pos += 1;
        this.push(T_STRING, start, this.pos);
        return;
      }
      if (c === CH_BACKSLASH) {
        // A backslash before a line break continues the string on the next line.
        this.pos += src.charCodeAt(this.pos + 1) === CH_RETURN && src.charCodeAt(this.pos + 2) === CH_NEWLINE ? 3 : 2;
        continue;
      }
      if (c === CH_NEWLINE || c === CH_RETURN) break;
      this.pos += 1;
    }
    this.fail('unterminated string literal', start);
    this.pos = Math.min(this.pos, src.length);
    this.push(T_STRING, start, this.pos);
  }

  private scanTemplate(): void {
    const src = this.src;
    const start = this.pos;
    const substitution = this.templateHasSubstitution(start);
    const scan = (): void => {
      this.pos += 1;
      while (this.pos < src.length) {
        const c = src.charCodeAt(this.pos);
        if (c === CH_BACKTICK) {
          this.pos += 1;
          return;
        }
        if (c === CH_BACKSLASH) {
          this.pos += 2;
          continue;
        }
        if (c === CH_DOLLAR && src.charCodeAt(this.pos + 1) === CH_OPEN_BRACE) {
          this.pos += 2;
          this.scanEmbeddedCode();
          continue;
        }
        this.pos += 1;
      }
      this.fail('unterminated template literal', start);
      this.pos = src.length;
    };
    if (substitution) {
      this.holder(T_TEMPLATE, scan);
    } else {
      scan();
      this.push(T_TEMPLATE, start, this.pos);
    }
  }

  /** Whether the template literal at `start` holds a `${` before its closing backtick (escapes respected). */
  private templateHasSubstitution(start: number): boolean {
    const src = this.src;
    for (let i = start + 1; i < src.length; i += 1) {
      const c = src.charCodeAt(i);
      if (c === CH_BACKSLASH) i += 1;
      else if (c === CH_BACKTICK) return false;
      else if (c === CH_DOLLAR && src.charCodeAt(i + 1) === CH_OPEN_BRACE) return true;
    }
    return false;
  }

  private scanRegex(): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 1;
    let inClass = false;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_NEWLINE || c === CH_RETURN) break;
      if (c === CH_BACKSLASH) {
        this.pos += 2;
        continue;
      }
      if (c === 91 /* [ */) inClass = true;
      else if (c === 93 /* ] */) inClass = false;
      else if (c === CH_SLASH && !inClass) {
        this.pos += 1;
        while (this.pos < src.length && isIdentifierPart(src.charCodeAt(this.pos))) this.pos += 1;
        this.push(T_REGEX, start, this.pos);
        return;
      }
      this.pos += 1;
    }
    this.fail('unterminated regular expression', start);
    this.pos = Math.min(this.pos, src.length);
    this.push(T_REGEX, start, this.pos);
  }

  /**
   * `<` where an expression starts: JSX unless it is a TSX generic arrow
   * (`<T,>(…)` or `<T extends U>(…)`).
   */
  private looksLikeJsx(): boolean {
    const rest = this.src.slice(this.pos + 1, this.pos + 200);
    if (/^\s*>/.test(rest)) return true;
    if (!/^\s*[A-Za-z_$]/.test(rest)) return false;
    return !/^\s*[A-Za-z_$][\w$]*(?:\s*[,=]|\s+extends\s)/.test(rest);
  }

  private scanJsx(): void {
    const start = this.pos;
    this.holder(T_JSX, () => {
      if (!this.scanJsxElement()) this.fail('unterminated JSX element', start);
    });
  }

  /** From `<` to the end of the element; code in `{}` is lexed as usual. False when the text ends first. */
  private scanJsxElement(): boolean {
    const src = this.src;
    this.pos += 1;
    this.skipSpaces();
    if (src.charCodeAt(this.pos) === CH_GREATER) {
      this.pos += 1;
      return this.scanJsxChildren();
    }
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_SLASH && src.charCodeAt(this.pos + 1) === CH_GREATER) {
        this.pos += 2;
        return true;
      }
      if (c === CH_GREATER) {
        this.pos += 1;
        return this.scanJsxChildren();
      }
      if (c === CH_OPEN_BRACE) {
        this.pos += 1;
        this.scanEmbeddedCode();
        continue;
      }
      if (c === CH_QUOTE || c === CH_APOSTROPHE) {
        // Attribute strings have no escapes.
        const close = src.indexOf(src[this.pos]!, this.pos + 1);
        this.pos = close < 0 ? src.length : close + 1;
        continue;
      }
      this.pos += 1;
    }
    return false;
  }

  private scanJsxChildren(): boolean {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_OPEN_BRACE) {
        this.pos += 1;
        this.scanEmbeddedCode();
        continue;
      }
      if (c === CH_LESS) {
        let next = this.pos + 1;
        while (next < src.length && src.charCodeAt(next) <= 32) next += 1;
        if (src.charCodeAt(next) === CH_SLASH) {
          const close = src.indexOf('>', next);
          this.pos = close < 0 ? src.length : close + 1;
          return close >= 0;
        }
        if (!this.scanJsxElement()) return false;
        continue;
      }
      this.pos += 1;
    }
    return false;
  }

  private skipSpaces(): void {
    while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32) this.pos += 1;
  }

  private matchBrackets(): number[] {
    const { kind, start, src } = this;
    const match = new Array<number>(kind.length).fill(-1);
    const stack: number[] = [];
    for (let t = 0; t < kind.length; t += 1) {
      if (kind[t] !== T_PUNCT) continue;
      const c = src.charCodeAt(start[t]!);
      if (c === 40 || c === 91 || c === CH_OPEN_BRACE) stack.push(t);
      else if (c === 41 || c === 93 || c === CH_CLOSE_BRACE) {
        const open = stack.pop();
        if (open === undefined || src.charCodeAt(start[open]!) !== OPENER[c]) {
          this.fail(`unmatched '${String.fromCharCode(c)}'`, start[t]!);
          if (open === undefined) continue;
        }
        match[open] = t;
        match[t] = open;
      }
    }
    if (stack.length > 0) this.fail('bracket opened here is never closed', start[stack[stack.length - 1]!]!);
    return match;
  }
}

/** The opening bracket of each closing one. */
const OPENER: Record<number, number> = { 41: 40, 93: 91, [CH_CLOSE_BRACE]: CH_OPEN_BRACE };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Identifier characters, `#` of private names and `\` of Unicode escapes included. */
function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === CH_DOLLAR || c === 35 /* # */ || c === CH_BACKSLASH || c > 127;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

/**
 * The value of a string literal or of a template literal without
 * substitutions, escapes resolved; undefined for any other token (a template
 * with `${}` has no single value).
 */
export function literalValue(text: string, tokens: JsTokens, t: number): string | undefined {
  const kind = tokens.kind[t];
  if (kind !== T_STRING && kind !== T_TEMPLATE) return undefined;
  const start = tokens.start[t]!;
  const end = tokens.end[t]!;
  const quote = text.charCodeAt(start);
  let value = '';
  let chunk = start + 1;
  let i = start + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === quote) break;
    if (c === CH_BACKSLASH) {
      const escape = readEscape(text, i + 1);
      value += text.slice(chunk, i) + escape.text;
      i += 1 + escape.length;
      chunk = i;
      continue;
    }
    if (kind === T_TEMPLATE && c === CH_DOLLAR && text.charCodeAt(i + 1) === CH_OPEN_BRACE) return undefined;
    i += 1;
  }
  return value + text.slice(chunk, Math.min(i, end));
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The text a backslash escape stands for and how many characters follow the backslash. */
function readEscape(src: string, at: number): { text: string; length: number } {
  const c = src[at];
  if (c === undefined) return { text: '', length: 0 };
  if (c === '\r') return { text: '', length: src[at + 1] === '\n' ? 2 : 1 };
  if (c === '\n' || c === '\u2028' || c === '\u2029') return { text: '', length: 1 };
  const hex = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 1, at + 3)) : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(at + 1, at + 9)) : null;
  if (hex) {
    const code = Number.parseInt(hex[0].replace(/[{}]/g, ''), 16);
    return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', length: 1 + hex[0].length };
  }
  return { text: SIMPLE_ESCAPES[c] ?? c, length: 1 };
}

/** A template literal split into its text and its code. */
export interface TemplateParts {
  /** The text around the substitutions, escapes resolved: one more than there are substitutions. */
  quasis: string[];
  /** Each substitution's code as a token range [first, end). */
  substitutions: { first: number; end: number }[];
}

/**
 * The parts of the template literal token `t`, from tokens lexed with
 * `nested` (a substitution's tokens follow the template that holds them).
 * Undefined for any other token, or when the template's code was not reported.
 */
export function templateParts(text: string, tokens: JsTokens, t: number): TemplateParts | undefined {
  if (tokens.kind[t] !== T_TEMPLATE) return undefined;
  const end = tokens.end[t]!;
  const count = tokens.kind.length;
  const quasis: string[] = [];
  const substitutions: { first: number; end: number }[] = [];
  let chunk = '';
  let next = t + 1;
  let i = tokens.start[t]! + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_BACKTICK) {
      quasis.push(chunk);
      return { quasis, substitutions };
    }
    if (c === CH_BACKSLASH) {
      const escape = readEscape(text, i + 1);
      chunk += escape.text;
      i += 1 + escape.length;
      continue;
    }
    if (c !== CH_DOLLAR || text.charCodeAt(i + 1) !== CH_OPEN_BRACE) {
      chunk += text[i];
      i += 1;
      continue;
    }
    quasis.push(chunk);
    chunk = '';
    // The substitution's closing `}` is not a token: it is the first code character after the last token that is not one.
    const first = next;
    let pos = i + 2;
    let close = -1;
    for (;;) {
      const limit = next < count && tokens.start[next]! < end ? tokens.start[next]! : end;
      close = closingBrace(text, pos, limit);
      if (close >= 0 || limit === end) break;
      // Step over the token with everything it holds: a bracket group, or a nested template's or element's code.
      const partner = tokens.match[next]!;
      const stop = tokens.end[partner > next ? partner : next]!;
      next += 1;
      while (next < count && tokens.start[next]! < stop) next += 1;
      pos = stop;
    }
    if (close < 0) return undefined;
    substitutions.push({ first, end: next });
    i = close + 1;
  }
  return undefined;
}

/** The offset of a `}` that is the first code in text[from, limit) (spaces and comments skipped), or -1. */
function closingBrace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) i += 1;
    else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_SLASH) {
      while (i < limit && text.charCodeAt(i) !== CH_NEWLINE && text.charCodeAt(i) !== CH_RETURN) i += 1;
    } else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? limit : close + 2;
    } else return c === CH_CLOSE_BRACE ? i : -1;
  }
  return -1;
}

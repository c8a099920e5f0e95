/**
 * A tokenizer for TypeScript and JavaScript that is exact about what is code:
 * comments, string literals, template literals (with `${}` code inside them),
 * regular-expression literals and JSX text are never mistaken for imports.
 * It does not build a syntax tree; the import recognizer reads its token list.
 */
export type JsTokenType = 'name' | 'string' | 'template' | 'number' | 'regex' | 'punct' | 'jsx';

export interface JsToken {
  type: JsTokenType;
  /** Identifier text, punctuator, or a string's value. */
  value: string;
  start: number;
  end: number;
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends',
]);
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

const CH_NEWLINE = 10;
const CH_RETURN = 13;
const CH_SLASH = 47;
const CH_STAR = 42;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;
const CH_DOLLAR = 36;
const CH_OPEN_BRACE = 123;
const CH_CLOSE_BRACE = 125;

export interface JsLexOptions {
  /** Recognize JSX elements (.tsx, .jsx, .js): not in .ts, where `<T>x` is a type assertion. */
  jsx: boolean;
}

export function tokenizeJs(source: string, options: JsLexOptions): JsToken[] {
  return new JsLexer(source, options.jsx).run();
}

class JsLexer {
  private pos = 0;
  private readonly tokens: JsToken[] = [];
  /** The last significant token, which decides whether `/` opens a regex. */
  private last: JsToken | undefined;
  /** For each open `(`: was it opened by if/while/for/with (so `)` ends a condition)? */
  private readonly parens: boolean[] = [];
  private lastClosedParenWasControl = false;

  constructor(
    private readonly src: string,
    private readonly jsx: boolean,
  ) {}

  run(): JsToken[] {
    if (this.src.startsWith('#!')) this.skipLine();
    this.scanTokens(false);
    return this.tokens;
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
          continue;
        }
        if (next === CH_STAR) {
          const end = src.indexOf('*/', this.pos + 2);
          this.pos = end < 0 ? src.length : end + 2;
          continue;
        }
        if (this.regexAllowed()) {
          this.scanRegex();
          continue;
        }
        this.punct('/', 1);
        continue;
      }
      if (c === 39 || c === 34) {
        this.scanString(c);
        continue;
      }
      if (c === CH_BACKTICK) {
        this.scanTemplate();
        continue;
      }
      if (c === CH_OPEN_BRACE) {
        depth += 1;
        this.punct('{', 1);
        continue;
      }
      if (c === CH_CLOSE_BRACE) {
        if (untilBrace && depth === 0) {
          this.pos += 1;
          return;
        }
        depth -= 1;
        this.punct('}', 1);
        continue;
      }
      if (c === 60 /* < */ && this.jsx && this.regexAllowed() && this.looksLikeJsx()) {
        const token = this.push('jsx', '<', this.pos, this.pos + 1);
        this.scanJsxElement();
        token.end = this.pos;
        this.last = token;
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
        this.punct('?.', 2);
        continue;
      }
      if (c === 46 && src.startsWith('...', this.pos)) {
        this.punct('...', 3);
        continue;
      }
      if (c === 61 /* = */ && src.charCodeAt(this.pos + 1) === 62) {
        this.punct('=>', 2);
        continue;
      }
      if (c === 40 /* ( */) {
        const prev = this.last;
        this.parens.push(prev?.type === 'name' && CONTROL_KEYWORDS.has(prev.value));
      } else if (c === 41 /* ) */) {
        this.lastClosedParenWasControl = this.parens.pop() ?? false;
      }
      this.punct(src[this.pos]!, 1);
    }
  }

  private regexAllowed(): boolean {
    const prev = this.last;
    if (!prev) return true;
    switch (prev.type) {
      case 'name':
        return KEYWORDS_BEFORE_EXPRESSION.has(prev.value);
      case 'punct':
        if (prev.value === ')') return this.lastClosedParenWasControl;
        return prev.value !== ']';
      default:
        return false;
    }
  }

  private push(type: JsTokenType, value: string, start: number, end: number): JsToken {
    const token: JsToken = { type, value, start, end };
    this.tokens.push(token);
    this.last = token;
    return token;
  }

  private punct(value: string, length: number): void {
    this.push('punct', value, this.pos, this.pos + length);
    this.pos += length;
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
    this.push('name', this.src.slice(start, this.pos), start, this.pos);
  }

  private scanNumber(): void {
    const start = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (isIdentifierPart(c) || c === 46) {
        this.pos += 1;
      } else if ((c === 43 || c === 45) && /[eE]/.test(this.src[this.pos - 1]!) && !/^0[xX]/.test(this.src.slice(start, this.pos))) {
        this.pos += 1;
      } else break;
    }
    this.push('number', this.src.slice(start, this.pos), start, this.pos);
  }

  /**
   * A quoted string. A line break ends an unterminated one: JavaScript strings
   * cannot span lines, so one stray quote costs at most the rest of its line.
   */
  private scanString(quote: number): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 1;
    let value = '';
    let chunk = this.pos;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === quote) {
        value += src.slice(chunk, this.pos);
        this.pos += 1;
        this.push('string', value, start, this.pos);
        return;
      }
      if (c === CH_BACKSLASH) {
        const escape = readEscape(src, this.pos + 1);
        value += src.slice(chunk, this.pos) + escape.text;
        this.pos += 1 + escape.length;
        chunk = this.pos;
        continue;
      }
      if (c === CH_NEWLINE || c === CH_RETURN) break;
      this.pos += 1;
    }
    value += src.slice(chunk, this.pos);
    this.push('string', value, start, this.pos);
  }

  /**
   * A template literal. Without substitutions it is a plain string token; with
   * them, a `template` token followed by the tokens of the code inside `${}`.
   */
  private scanTemplate(): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 1;
    let value = '';
    let chunk = this.pos;
    let token: JsToken | undefined;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_BACKTICK) {
        value += src.slice(chunk, this.pos);
        this.pos += 1;
        if (token) {
          token.end = this.pos;
          this.last = token;
        } else {
          this.push('string', value, start, this.pos);
        }
        return;
      }
      if (c === CH_BACKSLASH) {
        const escape = readEscape(src, this.pos + 1);
        value += src.slice(chunk, this.pos) + escape.text;
        this.pos += 1 + escape.length;
        chunk = this.pos;
        continue;
      }
      if (c === CH_DOLLAR && src.charCodeAt(this.pos + 1) === CH_OPEN_BRACE) {
        token ??= this.push('template', '', start, this.pos);
        this.pos += 2;
        this.last = undefined;
        this.scanTokens(true);
        chunk = this.pos;
        continue;
      }
      this.pos += 1;
    }
    if (token) token.end = this.pos;
    else this.push('string', value + src.slice(chunk), start, this.pos);
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
        break;
      }
      this.pos += 1;
    }
    this.push('regex', src.slice(start, this.pos), start, this.pos);
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

  /** From `<` to the end of the element; code in `{}` is tokenized as usual. */
  private scanJsxElement(): void {
    const src = this.src;
    this.pos += 1;
    this.skipSpaces();
    if (src.charCodeAt(this.pos) === 62 /* > */) {
      this.pos += 1;
      this.scanJsxChildren();
      return;
    }
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_SLASH && src.charCodeAt(this.pos + 1) === 62) {
        this.pos += 2;
        return;
      }
      if (c === 62) {
        this.pos += 1;
        this.scanJsxChildren();
        return;
      }
      if (c === CH_OPEN_BRACE) {
        this.pos += 1;
        this.last = undefined;
        this.scanTokens(true);
        continue;
      }
      if (c === 34 || c === 39) {
        const end = src.indexOf(src[this.pos]!, this.pos + 1);
        this.pos = end < 0 ? src.length : end + 1;
        continue;
      }
      this.pos += 1;
    }
  }

  private scanJsxChildren(): void {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === CH_OPEN_BRACE) {
        this.pos += 1;
        this.last = undefined;
        this.scanTokens(true);
        continue;
      }
      if (c === 60 /* < */) {
        let next = this.pos + 1;
        while (next < src.length && src.charCodeAt(next) <= 32) next += 1;
        if (src.charCodeAt(next) === CH_SLASH) {
          const end = src.indexOf('>', next);
          this.pos = end < 0 ? src.length : end + 1;
          return;
        }
        this.scanJsxElement();
        continue;
      }
      this.pos += 1;
    }
  }

  private skipSpaces(): void {
    while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32) this.pos += 1;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === CH_DOLLAR || c === 35 /* # */ || c === CH_BACKSLASH || c > 127;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
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

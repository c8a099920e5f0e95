import { literalValue, T_IDENT, T_NUMBER, T_PUNCT, T_STRING, T_TEMPLATE, type JsTokens } from '@agent-guards/source-lexing';

/** A token range [from, to). */
export interface TokenRange {
  from: number;
  to: number;
}

/**
 * A file's tokens (lexed with `nested`, so the code of `${}` and JSX `{}`
 * follows the token that holds it) with the questions the import recognizers
 * ask of them.
 */
export class Tokens {
  readonly count: number;
  constructor(
    readonly text: string,
    readonly tokens: JsTokens,
  ) {
    this.count = tokens.kind.length;
  }

  textOf(t: number): string {
    return this.text.slice(this.tokens.start[t]!, this.tokens.end[t]!);
  }

  start(t: number): number {
    return this.tokens.start[t]!;
  }

  end(t: number): number {
    return this.tokens.end[t]!;
  }

  kind(t: number): number | undefined {
    return this.tokens.kind[t];
  }

  isName(t: number, value?: string): boolean {
    return this.tokens.kind[t] === T_IDENT && (value === undefined || this.is(t, value));
  }

  isPunct(t: number, ...values: string[]): boolean {
    if (this.tokens.kind[t] !== T_PUNCT) return false;
    for (const value of values) if (this.is(t, value)) return true;
    return false;
  }

  /** Whether token `t`'s text is `value`, without copying it (these questions are asked of every token, several times). */
  private is(t: number, value: string): boolean {
    const start = this.tokens.start[t]!;
    return this.tokens.end[t]! - start === value.length && this.text.startsWith(value, start);
  }

  isNumber(t: number): boolean {
    return this.tokens.kind[t] === T_NUMBER;
  }

  isTemplate(t: number): boolean {
    return this.tokens.kind[t] === T_TEMPLATE;
  }

  isStringToken(t: number): boolean {
    return this.tokens.kind[t] === T_STRING || this.tokens.kind[t] === T_TEMPLATE;
  }

  /** A string literal or substitution-free template: its value. */
  literal(t: number): string | undefined {
    return t >= 0 && t < this.count ? literalValue(this.text, this.tokens, t) : undefined;
  }

  /** A string literal or a template literal without substitutions. */
  isString(t: number): boolean {
    return this.literal(t) !== undefined;
  }

  /** The matching bracket of a bracket token, or -1. */
  match(t: number): number {
    return this.tokens.match[t] ?? -1;
  }

  /** Whether token `t` is preceded by `.` (a member name, `?.` included). */
  isMember(t: number): boolean {
    return this.isPunct(t - 1, '.');
  }

  /**
   * The token after the one at `t` and everything it holds: a bracket group up
   * to its closing bracket, a template's or element's nested code.
   */
  after(t: number): number {
    const partner = this.match(t);
    const stop = this.end(partner > t ? partner : t);
    let next = t + 1;
    while (next < this.count && this.start(next) < stop) next += 1;
    return next;
  }

  /** Whether a line break separates tokens `a` and `b`. */
  lineBreakBetween(a: number, b: number): boolean {
    return /[\n\r\u2028\u2029]/.test(this.text.slice(this.end(a), this.start(b)));
  }

  /** `a.b?.c` from the name at `t`: the names and the index of the last one. */
  chain(t: number): { names: string[]; last: number } {
    const names = [this.textOf(t)];
    let last = t;
    for (;;) {
      let dot = last + 1;
      if (this.isPunct(dot, '?') && this.isPunct(dot + 1, '.')) dot += 1;
      if (!this.isPunct(dot, '.') || !this.isName(dot + 1)) break;
      names.push(this.textOf(dot + 1));
      last = dot + 1;
    }
    return { names, last };
  }

  /** The arguments of the call whose `(` is at `open`, split at top-level commas; undefined when it is not closed. */
  args(open: number): TokenRange[] | undefined {
    const close = this.match(open);
    if (!this.isPunct(open, '(') || close < open) return undefined;
    const out: TokenRange[] = [];
    let from = open + 1;
    let t = from;
    while (t < close) {
      if (this.isPunct(t, ',')) {
        if (t > from) out.push({ from, to: t });
        from = t + 1;
        t += 1;
      } else t = this.after(t);
    }
    if (close > from) out.push({ from, to: close });
    return out;
  }

  /**
   * The end of the expression starting at `from` (exclusive): a `;`, a comma
   * or closing bracket around it, or a line break where a new statement
   * starts (automatic semicolon insertion).
   */
  expressionEnd(from: number): number {
    let t = from;
    while (t < this.count && !this.isPunct(t, ';', ')', ']', '}', ',')) {
      const next = this.after(t);
      if (next < this.count && this.lineBreakBetween(next - 1, next) && !this.isPunct(next, '+', '-', '*', '/', '.', '?', ':', '[', '(', '=>', '&', '|', '=') && !this.isPunct(next - 1, '+', '-', '*', '/', '=', '(', '[', ',', '?', ':', '&', '|', '=>')) {
        return next;
      }
      t = next;
    }
    return t;
  }

  /** The source text of a token range, for messages and for telling base and head apart. */
  source(range: TokenRange): string {
    if (range.to <= range.from) return '';
    let end = 0;
    for (let t = range.from; t < range.to; t += 1) end = Math.max(end, this.end(t));
    return this.text.slice(this.start(range.from), end).trim();
  }
}

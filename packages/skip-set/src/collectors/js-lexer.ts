import type { LexError } from './python-lexer.js';

/**
 * A JavaScript/TypeScript tokenizer good enough to find test calls: strings,
 * template literals (with nested `${}` expressions, strings and templates),
 * comments, regular-expression literals and numbers are each one token, so
 * nothing inside them is taken for code.
 */
export const T_IDENT = 1;
export const T_STRING = 2;
export const T_TEMPLATE = 3;
export const T_PUNCT = 4;
export const T_NUMBER = 5;
export const T_REGEX = 6;

export interface JsTokens {
  kind: number[];
  start: number[];
  end: number[];
  /** For brackets: the index of the matching bracket token, or -1. */
  match: number[];
  error?: LexError;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

export function tokenizeJs(text: string, options: { jsx?: boolean } = {}): JsTokens {
  const kind: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const n = text.length;
  let error: LexError | undefined;
  let i = 0;
  const lineOf = (offset: number): number => {
    let line = 1;
    for (let k = 0; k < offset; k += 1) if (text.charCodeAt(k) === 10) line += 1;
    return line;
  };
  const fail = (message: string, at: number): void => {
    error ??= { message, line: lineOf(at) };
  };
  const push = (k: number, s: number, e: number): void => {
    kind.push(k);
    start.push(s);
    end.push(e);
  };

  const skipQuoted = (from: number, quote: number): number => {
    let j = from + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === quote) return j + 1;
      else if (c === 10) {
        fail('unterminated string literal', from);
        return j;
      } else j += 1;
    }
    fail('unterminated string literal', from);
    return n;
  };

  // Template literals nest: `a ${ `b ${c}` } d`.
  const skipTemplate = (from: number): number => {
    let j = from + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 96) return j + 1;
      else if (c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplateExpression(j + 2);
      else j += 1;
    }
    fail('unterminated template literal', from);
    return n;
  };

  const skipTemplateExpression = (from: number): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 39 || c === 34) j = skipQuoted(j, c);
      else if (c === 96) j = skipTemplate(j);
      else if (c === 47 && text.charCodeAt(j + 1) === 47) {
        while (j < n && text.charCodeAt(j) !== 10) j += 1;
      } else if (c === 47 && text.charCodeAt(j + 1) === 42) {
        const close = text.indexOf('*/', j + 2);
        j = close < 0 ? n : close + 2;
      } else if (c === 123) {
        depth += 1;
        j += 1;
      } else if (c === 125) {
        if (depth === 0) return j + 1;
        depth -= 1;
        j += 1;
      } else j += 1;
    }
    return n;
  };

  const regexAllowed = (): boolean => {
    const last = kind.length - 1;
    if (last < 0) return true;
    const k = kind[last]!;
    if (k === T_IDENT) return KEYWORDS_BEFORE_EXPRESSION.has(text.slice(start[last]!, end[last]!));
    if (k === T_PUNCT) {
      const c = text.charCodeAt(start[last]!);
      return !(c === 41 || c === 93 || c === 125) || end[last]! - start[last]! > 1;
    }
    return false;
  };

  const skipRegex = (from: number): number => {
    let j = from + 1;
    let inClass = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 10) {
        fail('unterminated regular expression', from);
        return j;
      } else if (inClass) {
        if (c === 93) inClass = false;
        j += 1;
      } else if (c === 91) {
        inClass = true;
        j += 1;
      } else if (c === 47) {
        j += 1;
        while (j < n && isIdentPart(text.charCodeAt(j))) j += 1;
        return j;
      } else j += 1;
    }
    return n;
  };

  // JSX: text between tags is not code (`<p>Don't</p>` holds no string).
  const skipJsxElement = (from: number): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      // At '<': a tag.
      const closing = text.charCodeAt(j + 1) === 47;
      j += closing ? 2 : 1;
      let selfClosing = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 39 || c === 34) j = skipQuoted(j, c);
        else if (c === 123) j = skipTemplateExpression(j + 1);
        else if (c === 47 && text.charCodeAt(j + 1) === 62) {
          selfClosing = true;
          j += 2;
          break;
        } else if (c === 62) {
          j += 1;
          break;
        } else j += 1;
      }
      if (closing) depth -= 1;
      else if (!selfClosing) depth += 1;
      if (depth <= 0) return j;
      // Children: text, {expressions}, nested tags.
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 123) j = skipTemplateExpression(j + 1);
        else if (c === 60) break;
        else j += 1;
      }
    }
    fail('unterminated JSX element', from);
    return n;
  };

  if (text.startsWith('#!')) while (i < n && text.charCodeAt(i) !== 10) i += 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xfeff || c === 0xa0) {
      i += 1;
    } else if (isIdentStart(c)) {
      const s = i;
      i += 1;
      while (i < n && isIdentPart(text.charCodeAt(i))) i += 1;
      push(T_IDENT, s, i);
    } else if (c >= 48 && c <= 57) {
      const s = i;
      i += 1;
      while (i < n && (isIdentPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i += 1;
      push(T_NUMBER, s, i);
    } else if (c === 39 || c === 34) {
      const e = skipQuoted(i, c);
      push(T_STRING, i, e);
      i = e;
    } else if (c === 96) {
      const e = skipTemplate(i);
      push(T_TEMPLATE, i, e);
      i = e;
    } else if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        while (i < n && text.charCodeAt(i) !== 10) i += 1;
      } else if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) fail('unterminated comment', i);
        i = close < 0 ? n : close + 2;
      } else if (regexAllowed()) {
        const e = skipRegex(i);
        push(T_REGEX, i, e);
        i = e;
      } else {
        push(T_PUNCT, i, i + 1);
        i += 1;
      }
    } else if (options.jsx && c === 60 && regexAllowed() && (isIdentStart(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 62)) {
      const e = skipJsxElement(i);
      push(T_TEMPLATE, i, e);
      i = e;
    } else if (c === 61 && text.charCodeAt(i + 1) === 62) {
      push(T_PUNCT, i, i + 2); // =>
      i += 2;
    } else if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      push(T_PUNCT, i, i + 3); // ...
      i += 3;
    } else if (c === 63 && text.charCodeAt(i + 1) === 46 && !(text.charCodeAt(i + 2) >= 48 && text.charCodeAt(i + 2) <= 57)) {
      push(T_PUNCT, i, i + 1); // ?. : the `.` follows as its own token
      push(T_PUNCT, i + 1, i + 2);
      i += 2;
    } else {
      push(T_PUNCT, i, i + 1);
      i += 1;
    }
  }
  const match = matchBrackets(text, kind, start, (m, at) => fail(m, at));
  return { kind, start, end, match, ...(error ? { error } : {}) };
}

function matchBrackets(text: string, kind: number[], start: number[], fail: (m: string, at: number) => void): number[] {
  const match = new Array<number>(kind.length).fill(-1);
  const stack: number[] = [];
  for (let t = 0; t < kind.length; t += 1) {
    if (kind[t] !== T_PUNCT) continue;
    const c = text.charCodeAt(start[t]!);
    if (c === 40 || c === 91 || c === 123) stack.push(t);
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop();
      if (open === undefined) {
        fail(`unmatched '${String.fromCharCode(c)}'`, start[t]!);
        continue;
      }
      match[open] = t;
      match[t] = open;
    }
  }
  if (stack.length > 0) fail('bracket opened here is never closed', start[stack[stack.length - 1]!]!);
  return match;
}

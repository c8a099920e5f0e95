import type { LexError } from './lex-error.js';
import { LineIndex } from './line-index.js';

/** Words after which an expression starts (so `/` opens a regexp). */
export const RUBY_WORDS_BEFORE_STATEMENT = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'elsif', 'when', 'in']);

/**
 * Blanks Ruby's strings (with `#{}` code inside), %-literals, heredocs,
 * regexps, comments and `=begin` blocks, so that what is left is code, at the
 * same offsets. Tells a `/` that starts a regexp from a division by the word
 * before it.
 */
export function maskRuby(text: string): { masked: string; error?: LexError } {
  const n = text.length;
  const out = text.split('');
  let error: LexError | undefined;
  const lines = new LineIndex(text);
  const fail = (message: string, at: number): void => {
    error ??= { message, line: lines.lineOf(at) };
  };
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to && k < n; k += 1) if (out[k] !== '\n') out[k] = ' ';
  };
  const heredocs: { id: string; squiggly: boolean }[] = [];
  const prevSignificant = (i: number): string => {
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k -= 1;
    return k < 0 ? '\n' : text[k]!;
  };
  const prevWord = (i: number): string => /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
  const expressionStart = (i: number): boolean => {
    const p = prevSignificant(i);
    if ('(,=!~|&;{[:?+*-<>%^\n'.includes(p)) return true;
    return RUBY_WORDS_BEFORE_STATEMENT.has(prevWord(i)) || ['if', 'unless', 'while', 'until', 'puts', 'p'].includes(prevWord(i));
  };

  // Skips a delimited literal from `from` (the opening delimiter); returns the offset after the closing one.
  const skipDelimited = (from: number, interpolate: boolean): number => {
    const open = text[from]!;
    const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open] ?? open;
    let depth = 1;
    let j = from + 1;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (interpolate && c === '#' && text[j + 1] === '{') j = skipInterpolation(j + 2);
      else if (c === close && --depth === 0) return j + 1;
      else {
        if (c === open && open !== close) depth += 1;
        j += 1;
      }
    }
    fail(`unterminated literal opened with ${open}`, from);
    return n;
  };
  const skipInterpolation = (from: number): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '"' || c === "'" || c === '`') j = skipDelimited(j, c !== "'");
      else if (c === '{') {
        depth += 1;
        j += 1;
      } else if (c === '}') {
        if (depth === 0) return j + 1;
        depth -= 1;
        j += 1;
      } else j += 1;
    }
    return n;
  };

  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = text[i]!;
    if (lineStart && text.startsWith('=begin', i)) {
      const m = /^=end\b.*$/m.exec(text.slice(i));
      const stop = m ? i + m.index + m[0].length : n;
      if (!m) fail('unterminated =begin block', i);
      blank(i, stop);
      i = stop;
      continue;
    }
    if (lineStart && /^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
      blank(i, n);
      break;
    }
    lineStart = false;
    if (c === '\n') {
      lineStart = true;
      i += 1;
      // Heredoc bodies start on the line after their opener.
      while (heredocs.length > 0) {
        const h = heredocs.shift()!;
        const re = new RegExp(`^${h.squiggly ? '[ \\t]*' : ''}${h.id}\\r?$`, 'm');
        const rest = text.slice(i);
        const m = re.exec(rest);
        if (!m) {
          fail(`unterminated heredoc ${h.id}`, i);
          blank(i, n);
          i = n;
          break;
        }
        blank(i, i + m.index);
        i += m.index + m[0].length;
      }
      continue;
    }
    if (c === '#') {
      let j = i;
      while (j < n && text[j] !== '\n') j += 1;
      blank(i, j);
      i = j;
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipDelimited(i, c !== "'");
      blank(i + 1, end - 1);
      i = end;
    } else if (c === '%' && /^%[qQwWiIrsx]?[([{<|!/^]/.test(text.slice(i, i + 3)) && (/[qQwWiIrsx]/.test(text[i + 1]!) || expressionStart(i))) {
      const d = /[qQwWiIrsx]/.test(text[i + 1]!) ? i + 2 : i + 1;
      const end = skipDelimited(d, !/[qwis]/.test(text[i + 1]!));
      blank(d + 1, end - 1);
      i = end;
    } else if (c === '<' && text[i + 1] === '<') {
      const m = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
      if (m && (m[1] || m[2] || /^[A-Z_]+$/.test(m[3]!))) {
        heredocs.push({ id: m[3]!, squiggly: m[1] !== '' });
        i += m[0].length;
      } else i += 2;
    } else if (c === '/' && expressionStart(i)) {
      const end = skipDelimited(i, true);
      blank(i + 1, end - 1);
      i = end;
    } else if (c === ':' && text[i + 1] === '"') {
      const end = skipDelimited(i + 1, true);
      blank(i + 2, end - 1);
      i = end;
    } else if (c === '?' && /[A-Za-z0-9_'"]/.test(text[i + 1] ?? '') && !/\w/.test(text[i + 2] ?? '') && /[\s(,=]/.test(text[i - 1] ?? ' ')) {
      // ?a character literal
      out[i + 1] = ' ';
      i += 2;
    } else i += 1;
  }
  return { masked: out.join(''), ...(error ? { error } : {}) };
}

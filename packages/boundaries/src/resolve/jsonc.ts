/**
 * Parses JSON with comments and trailing commas (tsconfig.json, jsconfig.json),
 * as TypeScript reads them. Throws a SyntaxError on anything else.
 */
export function parseJsonc(text: string): unknown {
  return JSON.parse(withoutTrailingCommas(withoutComments(text.replace(/^\uFEFF/, ''))));
}

/** Copies a string literal starting at `i` into `out`; returns the index after it. */
function copyString(text: string, i: number, out: string[]): number {
  const start = i;
  i += 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  i += 1;
  out.push(text.slice(start, i));
  return i;
}

function withoutComments(text: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i = copyString(text, i, out);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out.push(' ');
    } else {
      out.push(c);
      i += 1;
    }
  }
  return out.join('');
}

function withoutTrailingCommas(text: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i = copyString(text, i, out);
      continue;
    }
    if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j += 1;
      if (text[j] === '}' || text[j] === ']') {
        i += 1;
        continue;
      }
    }
    out.push(c);
    i += 1;
  }
  return out.join('');
}

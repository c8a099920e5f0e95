import { describe, expect, it } from 'vitest';
import { pythonStringLiteral, pythonTokens, templateParts, tokenizeJs } from '../src/index.js';

/** Each template of `source`: its text parts and each substitution's code as written. */
function templates(source: string): { quasis: string[]; code: string[] }[] {
  const tokens = tokenizeJs(source, { jsx: true, nested: true });
  const out: { quasis: string[]; code: string[] }[] = [];
  for (let t = 0; t < tokens.kind.length; t += 1) {
    const parts = templateParts(source, tokens, t);
    if (!parts) continue;
    out.push({
      quasis: parts.quasis,
      code: parts.substitutions.map((s) => (s.end > s.first ? source.slice(tokens.start[s.first]!, tokens.end[s.end - 1]!) : '')),
    });
  }
  return out;
}

describe('template literal parts', () => {
  it('splits text and substitutions, escapes resolved', () => {
    expect(templates('x = `../bill${"ing"}/x\\u0041${ a + b }`;')).toEqual([{ quasis: ['../bill', '/x\u0041', ''], code: ['"ing"', 'a + b'] }]);
    expect(templates('x = `plain\\n`;')).toEqual([{ quasis: ['plain\n'], code: [] }]);
  });

  it('keeps braces, brackets, comments and nested templates inside one substitution', () => {
    const [outer, inner] = templates('x = `a${ {k: [1, `in${z}`]}.k /* } */ }b${f(`q`)}c`;');
    expect(outer).toEqual({ quasis: ['a', 'b', 'c'], code: ['{k: [1, `in${z}`]}.k', 'f(`q`)'] });
    expect(inner).toEqual({ quasis: ['in', ''], code: ['z'] });
  });

  it('answers only for templates lexed with their code', () => {
    const source = 'x = `a${b}c`;';
    const flat = tokenizeJs(source, { jsx: false });
    const t = flat.kind.findIndex((_, i) => source[flat.start[i]!] === '`');
    expect(templateParts(source, flat, t)).toBeUndefined();
    expect(templateParts(source, flat, 0)).toBeUndefined();
  });
});

describe('Python string literal values', () => {
  const literal = (source: string) => {
    const [token] = pythonTokens(source, 0, source.length);
    return pythonStringLiteral(source, token!.start, token!.end);
  };

  it('resolves escapes as the interpreter does', () => {
    expect(literal("'app\\x2erecommendations'")?.value).toBe('app.recommendations');
    expect(literal("'a\\u002eb\\U0000002ec\\056d'")?.value).toBe('a.b.c.d');
    expect(literal("'keep\\qslash\\\\'")?.value).toBe('keep\\qslash\\');
    expect(literal("'''tri\\\nple'''")?.value).toBe('triple');
  });

  it('leaves raw strings alone and bytes without unicode escapes', () => {
    expect(literal("r'a\\x2eb'")?.value).toBe('a\\x2eb');
    expect(literal("b'a\\x2eb\\u0041'")).toEqual({ prefix: 'b', body: 'a\\x2eb\\u0041', value: 'a.b\\u0041' });
  });

  it('gives no value where it is computed or needs the name database', () => {
    expect(literal("f'app.{name}'")).toEqual({ prefix: 'f', body: 'app.{name}' });
    expect(literal("'\\N{FULL STOP}'")?.value).toBeUndefined();
  });
});

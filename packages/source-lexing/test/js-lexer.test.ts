import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allowsJsx, literalValue, T_IDENT, T_JSX, T_PUNCT, T_REGEX, T_STRING, T_TEMPLATE, tokenizeJs, type JsTokens } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Real code of many styles: our TypeScript, ESM, CommonJS, declaration files, bundler output, JSX.
const CORPUS = ['packages', 'node_modules/zod/v4/core', 'node_modules/yaml/dist', 'node_modules/@actions/core/lib', 'node_modules/minimatch/dist/esm', 'node_modules/@octokit/core/dist-src', 'node_modules/vitest/dist'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !(entry.name === 'lib' && path.startsWith(join(root, 'packages')))) sourceFiles(path, out);
    } else if (/\.(?:[cm]?js|[cm]?ts|tsx|jsx)$/.test(entry.name) && statSync(path).size < 400_000) out.push(path);
  }
  return out;
}

const KIND_NAMES: Record<number, string> = { [T_STRING]: 'string', [T_TEMPLATE]: 'template', [T_REGEX]: 'regex', [T_JSX]: 'jsx', [T_IDENT]: 'name' };

function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(path)) return ts.ScriptKind.TS;
  return path.endsWith('.jsx') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

/**
 * What TypeScript's own parser says is a literal, a JSX element or a name in
 * code, as `kind@start-end`: strings, templates, regexes and outermost JSX
 * elements with their extent; identifiers outside JSX markup by their start.
 */
function typescriptView(path: string, text: string): { literals: Set<string>; names: Set<number> } | undefined {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
  if ((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return undefined;
  const literals = new Set<string>();
  const names = new Set<number>();
  const visit = (node: ts.Node, inMarkup: boolean): void => {
    const start = node.getStart(file);
    const end = node.getEnd();
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
      if (!inMarkup) literals.add(`jsx@${start}-${end}`);
      ts.forEachChild(node, (child) => visit(child, true));
      return;
    }
    if (ts.isJsxExpression(node) || ts.isJsxSpreadAttribute(node)) {
      ts.forEachChild(node, (child) => visit(child, false));
      return;
    }
    if (!inMarkup) {
      if (ts.isStringLiteral(node)) literals.add(`string@${start}-${end}`);
      else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isTemplateLiteralTypeNode(node)) literals.add(`template@${start}-${end}`);
      else if (ts.isRegularExpressionLiteral(node)) literals.add(`regex@${start}-${end}`);
      else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) names.add(start);
    }
    // A template's head, middles and tail are its text, not code.
    if (ts.isTemplateExpression(node)) {
      for (const span of node.templateSpans) visit(span.expression, inMarkup);
      return;
    }
    if (ts.isTemplateLiteralTypeNode(node)) {
      for (const span of node.templateSpans) visit(span.type, inMarkup);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inMarkup));
  };
  visit(file, false);
  return { literals, names };
}

function ourView(tokens: JsTokens): { literals: Set<string>; names: Set<number> } {
  const literals = new Set<string>();
  const names = new Set<number>();
  for (let t = 0; t < tokens.kind.length; t += 1) {
    const kind = tokens.kind[t]!;
    if (kind === T_IDENT) names.add(tokens.start[t]!);
    else if (KIND_NAMES[kind]) literals.add(`${KIND_NAMES[kind]}@${tokens.start[t]}-${tokens.end[t]}`);
  }
  return { literals, names };
}

/** Where the lexer and TypeScript's parser disagree about a file's text. */
function disagreements(path: string, text: string): string[] {
  const theirs = typescriptView(path, text);
  if (!theirs) return [];
  const tokens = tokenizeJs(text, { jsx: allowsJsx(path), nested: true });
  const ours = ourView(tokens);
  const out: string[] = [];
  for (const literal of theirs.literals) if (!ours.literals.has(literal)) out.push(`${path}: TypeScript has ${literal}, the lexer does not`);
  for (const literal of ours.literals) if (!theirs.literals.has(literal)) out.push(`${path}: the lexer has ${literal}, TypeScript does not`);
  // Every name TypeScript parses is a name token of ours: nothing of the code was swallowed by a literal.
  for (const start of theirs.names) if (!ours.names.has(start)) out.push(`${path}: name at ${start} (${text.slice(start, start + 20)}) is not a name token`);
  if (tokens.error) out.push(`${path}: lexer error on valid code: ${tokens.error.message} at line ${tokens.error.line}`);
  return out;
}

describe('the JavaScript/TypeScript lexer against the TypeScript parser', () => {
  it('finds exactly the literals, JSX elements and names the parser finds, in real code', () => {
    const files = CORPUS.flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(400);
    const problems = files.flatMap((file) => disagreements(file, readFileSync(file, 'utf8')));
    // The first few of each file, so one file's cascade does not hide another's.
    const byFile = new Map<string, string[]>();
    for (const p of problems) byFile.set(p.split(':')[0]!, [...(byFile.get(p.split(':')[0]!) ?? []), p]);
    expect([...byFile.values()].flatMap((list) => list.slice(0, 3))).toEqual([]);
  });

  // Where the lexers boundaries and skip-set used to carry disagreed: the one lexer follows the parser.
  const FORMERLY_DISAGREED: [string, string][] = [
    ['control-paren.ts', "if (ok) /it's/.test(s);\nconst n = (a) / 2 / 'x'.length;\n"],
    ['extends.ts', 'class A extends /x/.constructor {}\n'],
    ['after-block.ts', "function f() {}\n/'/.test(s);\n"],
    ['optional-chain.ts', 'const v = a?.b?.["c"] ?? d?.[0];\nconst t = ok?.5:1;\n'],
    ['exponent.ts', 'const x = 1e-5 / 2e+3 / 0x1e - 1;\n'],
    ['private.ts', 'class C { #a = 1; m() { return this.#a / 2; } }\n'],
    ['generic-arrow.tsx', 'const id = <T,>(x: T) => x;\nconst k = <T extends object>(x: T) => <div title="a/b">{x}</div>;\n'],
    ['jsx-text.jsx', "const el = <p className='x'>Don't /stop/ {`now ${n}`}</p>;\nconst y = a / b;\n"],
    ['template.ts', "const s = `a ${`b ${c + '}'}`} d ${/x/.source}`;\nconst z = s / 2;\n"],
    ['hashbang.js', "#!/usr/bin/env node\nconst q = '#!';\n"],
    ['shift.js', 'v |= (i & 31) << shift;\nconst w = a < b ? <b>x</b> : null;\n'],
    ['non-null.ts', "const m = s.total! / 60 / (t.n! + 1);\nif (!/^x/.test(k!)) k = '/';\n"],
    [
      'component.tsx',
      [
        "import { useState, type ReactNode } from 'react';",
        'export function List<T extends { id: string }>({ items, render }: { items: T[]; render: (t: T) => ReactNode }) {',
        '  const [open, setOpen] = useState(false);',
        '  return (',
        '    <>',
        "      {/* it's a comment: don't lex 'this' */}",
        '      <button onClick={() => setOpen(!open)} aria-label="toggle // not a comment">',
        "        {open ? 'Hide' : `Show ${items.length}`} items &amp; don't stop",
        '      </button>',
        '      {open && (',
        '        <ul className={open ? "a/b" : \'c\'}>',
        '          {items.map((item) => <li key={item.id} {...{ title: item.id }}>{render(item)}</li>)}',
        '        </ul>',
        '      )}',
        '    </>',
        '  );',
        '}',
        'const ratio = items.length / 2 / (count || 1);',
        '',
      ].join('\n'),
    ],
  ];
  it.each(FORMERLY_DISAGREED)('%s: agrees with the parser', (path, text) => {
    expect(typescriptView(path, text)).toBeDefined();
    expect(disagreements(path, text)).toEqual([]);
  });
});

describe('the JavaScript/TypeScript lexer', () => {
  const words = (text: string, options: { jsx: boolean; nested?: boolean }): string[] => {
    const tokens = tokenizeJs(text, options);
    return tokens.kind.map((_, t) => text.slice(tokens.start[t], tokens.end[t]));
  };

  it('reports the code inside substitutions and JSX only when asked (nested), lexed the same either way', () => {
    const text = 'x = `a${b / 2}c` + <A p={q}>t</A>;';
    expect(words(text, { jsx: true })).toEqual(['x', '=', '`a${b / 2}c`', '+', '<A p={q}>t</A>', ';']);
    expect(words(text, { jsx: true, nested: true })).toEqual(['x', '=', '`a${b / 2}c`', 'b', '/', '2', '+', '<A p={q}>t</A>', 'q', ';']);
  });

  it('matches brackets and reports the first lexical error with its line', () => {
    const ok = tokenizeJs('f(a[0], { b })', { jsx: false });
    expect(ok.error).toBeUndefined();
    expect(ok.match[1]).toBe(ok.kind.length - 1);
    expect(tokenizeJs("a;\nb = 'open\n", { jsx: false }).error).toEqual({ message: 'unterminated string literal', line: 2 });
    expect(tokenizeJs('a;\n\n/* never closed', { jsx: false }).error).toEqual({ message: 'unterminated comment', line: 3 });
    expect(tokenizeJs('f(a, [b)', { jsx: false }).error?.message).toBe("unmatched ')'");
    expect(tokenizeJs('x = `never ${closed}', { jsx: false }).error?.message).toBe('unterminated template literal');
  });

  it('gives the value of strings and substitution-free templates, escapes resolved', () => {
    const text = String.raw`f('a\'b', "\x41\u{1F600}", ` + '`t\\n`, `x${y}`)';
    const tokens = tokenizeJs(text, { jsx: false });
    const values = tokens.kind.map((k, t) => (k === T_PUNCT || k === T_IDENT ? null : literalValue(text, tokens, t))).filter((v) => v !== null);
    expect(values).toEqual(["a'b", 'A😀', 't\n', undefined]);
  });

  it('allows JSX in every JavaScript file and in .tsx, not in .ts/.mts/.cts', () => {
    expect(['a.js', 'a.jsx', 'a.mjs', 'a.tsx'].map(allowsJsx)).toEqual([true, true, true, true]);
    expect(['a.ts', 'a.mts', 'a.cts', 'a.d.ts'].map(allowsJsx)).toEqual([false, false, false, false]);
  });
});

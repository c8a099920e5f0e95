import { describe, expect, it } from 'vitest';
import { edit } from './guard-harness.js';

const SPEC = `import { describe, it, expect } from 'vitest';

describe('cart', () => {
  it('adds an item', () => {
    expect([1].length).toBe(1);
  });

  it('removes an item', () => {
    expect([].length).toBe(0);
  });
});
`;

const cases: { name: string; after: string; rules: string[]; count?: number }[] = [
  { name: 'it.skip', after: SPEC.replace("it('adds", "it.skip('adds"), rules: ['new-skip'] },
  { name: 'it.todo', after: `${SPEC}\nit.todo('handles coupons');\n`, rules: ['new-skip'] },
  { name: 'xit', after: SPEC.replace("it('removes", "xit('removes"), rules: ['new-skip'] },
  { name: 'xdescribe covering nested tests', after: SPEC.replace("describe('cart'", "xdescribe('cart'"), rules: ['new-skip'], count: 2 },
  { name: 'describe.skip covering nested tests', after: SPEC.replace("describe('cart'", "describe.skip('cart'"), rules: ['new-skip'], count: 2 },
  { name: 'it.skipIf(…)', after: SPEC.replace("it('adds", "it.skipIf(process.env.CI)('adds"), rules: ['new-skip'] },
  { name: 'test.runIf(…)', after: SPEC.replace("it('adds", "it.runIf(process.platform === 'linux')('adds"), rules: ['new-skip'] },
  { name: 'it.fails', after: SPEC.replace("it('adds", "it.fails('adds"), rules: ['new-skip'] },
  { name: 'it.only: the focused test and the rest of the file', after: SPEC.replace("it('adds", "it.only('adds"), rules: ['new-skip'], count: 2 },
  { name: 'fit', after: SPEC.replace("it('removes", "fit('removes"), rules: ['new-skip'], count: 2 },
  { name: 'fdescribe', after: `${SPEC.replace("describe('cart'", "fdescribe('cart'")}\nit('outside', () => {});\n`, rules: ['new-skip'] },
  { name: 'an alias of it.skip', after: SPEC.replace("describe('cart', () => {", "const later = it.skip;\n\ndescribe('cart', () => {").replace("it('adds", "later('adds"), rules: ['new-skip'] },
  { name: 'this.skip() in a mocha test', after: SPEC.replace("it('adds an item', () => {", "it('adds an item', function () {\n    this.skip();"), rules: ['new-skip'] },
  { name: 'this.skip() in a before hook skips the suite', after: SPEC.replace("describe('cart', () => {", "describe('cart', function () {\n  before(function () {\n    if (!process.env.DB) this.skip();\n  });"), rules: ['new-skip'], count: 2 },
  {
    name: 'comments, strings, template literals and regexps that say it.skip(',
    after: SPEC.replace(
      "  it('adds an item', () => {",
      "  // it.skip('adds an item', () => {\n  /* describe.skip('x') */\n  const note = 'it.skip(\"x\")';\n  const tpl = `it.only(${'`it.skip(`'})`;\n  const re = /it\\.skip\\(/;\n  it('adds an item', () => {",
    ),
    rules: [],
  },
  { name: "node:test's { skip } option", after: SPEC.replace("it('adds an item', () => {", "it('adds an item', { skip: 'flaky on CI' }, () => {"), rules: ['new-skip'] },
  { name: "node:test's { todo } option on a suite", after: SPEC.replace("describe('cart', () => {", "describe('cart', { todo: true }, () => {"), rules: ['new-skip'], count: 2 },
  { name: "node:test's { only: true } option", after: SPEC.replace("it('adds an item', () => {", "it('adds an item', { only: true }, () => {"), rules: ['new-skip'], count: 2 },
  { name: "node:test's { skip: false } and a timeout option", after: SPEC.replace("it('adds an item', () => {", "it('adds an item', { skip: false, timeout: 500 }, () => {"), rules: [] },
  // The engine reads a Unicode escape in a name as the letter (checked with node).
  { name: 'it.\\u0073kip (an escaped letter in the name)', after: SPEC.replace("it('removes", "it.\\u0073kip('removes"), rules: ['new-skip'] },
  { name: 'it.\\u{73}kip (a braced escape)', after: SPEC.replace("it('removes", "it.\\u{73}kip('removes"), rules: ['new-skip'] },
  { name: '\\u0069t.skip (an escape in the callee)', after: SPEC.replace("it('removes", "\\u0069t.skip('removes"), rules: ['new-skip'] },
  { name: "an escape in a test's title (a string: its own meaning, no new skip)", after: SPEC.replace("it('removes an item'", "it('removes an item \\u0073kip'"), rules: [] },
  { name: 'a test renamed with the same body', after: SPEC.replace("'removes an item'", "'removes the item'"), rules: [] },
  { name: 'a test deleted', after: SPEC.replace(/\n {2}it\('removes[^]*?\}\);\n/, '\n'), rules: ['test-removed', 'tests-decreased'] },
];

describe('vitest / jest / mocha tests', () => {
  for (const c of cases) {
    it(`${c.rules.length > 0 ? 'flags' : 'passes'} ${c.name}`, async () => {
      const run = await edit('src/cart.test.ts', SPEC, c.after);
      expect([...new Set(run.rules)].sort()).toEqual([...c.rules].sort());
      if (c.count !== undefined) expect(run.outputs?.['skipped-added']).toBe(c.count);
    });
  }

  it('names tests by file, suite path and title', async () => {
    const run = await edit('src/cart.test.ts', SPEC, SPEC.replace("it('removes", "it.skip('removes"));
    expect(run.errors[0]).toMatchObject({ test: 'src/cart.test.ts::cart::removes an item', line: 8, path: 'src/cart.test.ts' });
  });

  it('reads JSX text with apostrophes without losing the tests after it', async () => {
    const jsx = "import { it } from 'vitest';\n\nit('renders', () => {\n  render(<p>Don't panic</p>);\n});\n\nit('clicks', () => {});\n";
    const run = await edit('src/view.test.jsx', jsx, jsx.replace("it('clicks'", "it.skip('clicks'"));
    expect(run.rules).toEqual(['new-skip']);
  });
});

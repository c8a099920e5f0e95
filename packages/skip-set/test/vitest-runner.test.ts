import { describe, expect, it } from 'vitest';
import { collectWithVitest, type TestCollection } from '../src/index.js';
import { collectAt as collectWith, NODE_MODULES_FROM, sentinels, statuses } from './framework-harness.js';
import { guard } from './guard-harness.js';

const VITEST = { collector: 'runner' as const, frameworks: ['vitest'], runner: { nodeModulesFrom: NODE_MODULES_FROM } };
const PACKAGE = '{"name":"svc","private":true,"type":"module"}\n';
const sentinel = sentinels('skip-set-vitest-sentinel-');
const touch = (name: string): string => sentinel.touch(name, 'writeFileSync');

const CART = `import { writeFileSync } from 'node:fs';
import { beforeAll, describe, it, test } from 'vitest';
// it.skip('a comment is not a test')
const label = "it.skip('nor is a string')";
const pending = it.skip;
beforeAll(() => { ${touch('before-all')}; });
describe('cart', () => {
  it('adds', () => { ${touch('adds-body')}; });
  it.skip('removes', () => {});
  it.todo('discounts');
  test.each([[1], [2]])('counts %i', (n) => {});
  describe.skip('checkout', () => { it('pays', () => {}); });
  it.fails('rounds', () => { throw new Error('known bug'); });
  pending('aliased', () => {});
  it.skipIf(process.platform === 'linux')('not on linux', () => {});
  it.runIf(process.platform === 'linux')('only on linux', () => {});
  // Guard runs reuse this file without the sentinel folder: there the write fails, quietly.
  try { ${touch('describe-evaluated')}; } catch {}
});
`;

function collectAt(files: Record<string, string>): Promise<TestCollection> {
  return collectWith('vitest', { 'package.json': PACKAGE, ...files }, (dir, _bin, js) => collectWithVitest(dir, js));
}

describe('vitest runner collector (real vitest, through its Node API)', () => {
  it('reads every test with the status vitest gives it, conditions evaluated, and runs no test body or hook', async () => {
    const c = await collectAt({ 'src/cart.test.ts': CART });
    expect(statuses(c)).toEqual({
      'src/cart.test.ts::cart::adds': 'active',
      'src/cart.test.ts::cart::removes': 'skipped',
      'src/cart.test.ts::cart::discounts': 'todo',
      'src/cart.test.ts::cart::counts 1': 'active',
      'src/cart.test.ts::cart::counts 2': 'active',
      'src/cart.test.ts::cart::checkout::pays': 'skipped',
      'src/cart.test.ts::cart::rounds': 'xfail',
      'src/cart.test.ts::cart::aliased': 'skipped',
      'src/cart.test.ts::cart::not on linux': 'skipped',
      'src/cart.test.ts::cart::only on linux': 'active',
    });
    const line = (name: string): number | undefined => c.tests.get(`src/cart.test.ts::cart::${name}`)?.line;
    expect([line('adds'), line('counts 1'), line('counts 2'), line('aliased')]).toEqual([8, 11, 11, 14]);
    expect(c.errors).toEqual([]);
    // Collection evaluates the file (the describe callback ran, and could write), but no test body or hook ran.
    expect(sentinel.ran('describe-evaluated')).toBe(true);
    expect(sentinel.ran('adds-body')).toBe(false);
    expect(sentinel.ran('before-all')).toBe(false);
  });

  it('tells a focused test from the tests its focus stops', async () => {
    const c = await collectAt({
      'src/focus.test.ts': "import { describe, it } from 'vitest';\ndescribe('api', () => {\n  it.only('get', () => {});\n  it('put', () => {});\n});\n",
      'src/suite.test.ts': "import { describe, it } from 'vitest';\ndescribe.only('db', () => { it('reads', () => {}); });\nit('writes', () => {});\n",
      'src/other.test.ts': "import { it } from 'vitest';\nit('unaffected', () => {});\n",
    });
    expect(statuses(c)).toEqual({
      'src/focus.test.ts::api::get': 'focused',
      'src/focus.test.ts::api::put': 'skipped',
      'src/suite.test.ts::db::reads': 'focused',
      'src/suite.test.ts::writes': 'skipped',
      'src/other.test.ts::unaffected': 'active',
    });
    expect(c.tests.get('src/focus.test.ts::api::put')?.skipKind).toBe('focus');
  });

  it('turns a file vitest cannot load into a collection error', async () => {
    const c = await collectAt({
      'src/imports.test.ts': "import './missing-module';\nimport { it } from 'vitest';\nit('never seen', () => {});\n",
      'src/throws.test.ts': "import { describe } from 'vitest';\ndescribe('broken', () => { throw new Error('boom while defining'); });\n",
      'src/fine.test.ts': "import { it } from 'vitest';\nit('seen', () => {});\n",
    });
    expect(statuses(c)).toEqual({ 'src/fine.test.ts::seen': 'active' });
    const errors = Object.fromEntries(c.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(errors).sort()).toEqual(['src/imports.test.ts', 'src/throws.test.ts']);
    expect(errors['src/imports.test.ts']).toContain('missing-module');
    expect(errors['src/throws.test.ts']).toContain('boom while defining');
  });
});

describe('skip-set with the vitest runner collector', () => {
  it('fails a test skipped at head', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.ts': CART }, { write: { 'src/cart.test.ts': CART.replace("it('adds'", "it.skip('adds'") } }, VITEST);
    expect(run.rules).toEqual(['new-skip']);
    expect(run.report.findings.find((f) => f.rule === 'new-skip')).toMatchObject({ path: 'src/cart.test.ts', line: 8, test: 'src/cart.test.ts::cart::adds' });
  });

  it('fails a dropped row of a test.each table', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.ts': CART }, { write: { 'src/cart.test.ts': CART.replace('[[1], [2]]', '[[1]]') } }, VITEST);
    expect([...run.rules].sort()).toEqual(['test-removed', 'tests-decreased']);
    expect(run.report.findings.find((f) => f.rule === 'test-removed')?.test).toBe('src/cart.test.ts::cart::counts %i[cart::counts 2]');
  });

  it('fails a skipIf whose condition now holds, which the source alone cannot tell', async () => {
    const run = await guard(
      { 'package.json': PACKAGE, 'src/cart.test.ts': CART },
      { write: { 'src/cart.test.ts': CART.replace("it.runIf(process.platform === 'linux')", "it.runIf(process.platform === 'darwin')") } },
      VITEST,
    );
    expect(run.rules).toEqual(['new-skip']);
    expect(run.report.findings.find((f) => f.rule === 'new-skip')?.test).toBe('src/cart.test.ts::cart::only on linux');
  });

  it('fails with error when a test file stops loading at head', async () => {
    const spec = "import { it } from 'vitest';\nit('one', () => {});\n";
    const run = await guard({ 'package.json': PACKAGE, 'src/a.test.ts': spec }, { write: { 'src/a.test.ts': `import './gone';\n${spec}` } }, VITEST);
    expect(run.report.verdict).not.toBe('pass');
    expect(run.rules).toContain('collection-error');
  });

  it('reports where the static view differs: a runIf condition it cannot evaluate', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.ts': CART }, { write: { 'src/cart.test.ts': `${CART}\n// reviewed\n` } }, { ...VITEST, collector: 'both' });
    const disagreements = run.report.findings.filter((f) => f.rule === 'collector-disagreement');
    expect(disagreements.map((f) => f.test)).toEqual(['src/cart.test.ts::cart::only on linux']);
    expect(run.report.verdict).toBe('pass');
  });
});

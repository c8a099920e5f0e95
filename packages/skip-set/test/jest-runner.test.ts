import { describe, expect, it } from 'vitest';
import { collectWithJest, jsRunnerFor, type TestCollection } from '../src/index.js';
import { collectAt as collectWith, NODE_MODULES_FROM, sentinels, statuses } from './framework-harness.js';
import { guard, pullRequest } from './guard-harness.js';

const JEST = { collector: 'runner' as const, frameworks: ['jest'], runner: { nodeModulesFrom: NODE_MODULES_FROM } };
const PACKAGE = JSON.stringify({ name: 'svc', private: true, jest: { testEnvironment: 'node' } }, null, 2) + '\n';
const sentinel = sentinels('skip-set-jest-sentinel-');
const touch = (name: string): string => sentinel.touch(name, "require('node:fs').writeFileSync");

const CART = `// it.skip('a comment is not a test')
const label = "it.skip('nor is a string')";
const pending = it.skip;

beforeAll(() => { ${touch('before-all')}; });

describe('cart', () => {
  it('adds', () => { ${touch('adds-body')}; });
  it.skip('removes', () => {});
  it.todo('discounts');
  test.each([[1], [2]])('counts %i', (n) => {});
  describe.skip('checkout', () => {
    it('pays', () => {});
    describe('nested', () => { it('refunds', () => {}); });
  });
  it.failing('rounds', () => { throw new Error('known bug'); });
  xit('prefixed', () => {});
  pending('aliased', () => {});
  test.concurrent.skip('in parallel', async () => {});
  // Guard runs reuse this file without the sentinel folder: there the write fails, quietly.
  try { ${touch('describe-evaluated')}; } catch {}
});
`;

function collectAt(files: Record<string, string>, options: { collectTests?: boolean } = {}): Promise<TestCollection> {
  return collectWith('jest', { 'package.json': PACKAGE, ...files }, (dir, bin, js) => collectWithJest(dir, { bin, ...js, ...options }));
}

describe('jest runner collector (real jest)', () => {
  // jest 30.5+ lists without a run (--collectTests); older jests start a run in which every test is skipped.
  it.each([
    ['with jest --collectTests', true],
    ['in a run that skips every test (jest before 30.5)', false],
  ])('reads every test with the status a run would give it, and runs no test body or hook: %s', async (_, collectTests) => {
    const c = await collectAt({ 'src/cart.test.js': CART }, { collectTests });
    expect(statuses(c)).toEqual({
      'src/cart.test.js::cart::adds': 'active',
      'src/cart.test.js::cart::removes': 'skipped',
      'src/cart.test.js::cart::discounts': 'todo',
      'src/cart.test.js::cart::counts 1': 'active',
      'src/cart.test.js::cart::counts 2': 'active',
      'src/cart.test.js::cart::checkout::pays': 'skipped',
      'src/cart.test.js::cart::checkout::nested::refunds': 'skipped',
      'src/cart.test.js::cart::rounds': 'xfail',
      'src/cart.test.js::cart::prefixed': 'skipped',
      'src/cart.test.js::cart::aliased': 'skipped',
      'src/cart.test.js::cart::in parallel': 'skipped',
    });
    const line = (id: string): number | undefined => c.tests.get(`src/cart.test.js::cart::${id}`)?.line;
    expect([line('adds'), line('counts 1'), line('counts 2'), line('aliased')]).toEqual([8, 11, 11, 18]);
    expect(c.tests.get('src/cart.test.js::cart::checkout::pays')?.reason).toBe("jest: describe 'checkout' skipped");
    expect(c.errors).toEqual([]);
    // Collection evaluates the file (the describe callback ran, and could write), but no test body or hook ran.
    expect(sentinel.ran('describe-evaluated')).toBe(true);
    expect(sentinel.ran('adds-body')).toBe(false);
    expect(sentinel.ran('before-all')).toBe(false);
  });

  it('reports a focused test and the tests it stops from running', async () => {
    const c = await collectAt({
      'src/focus.test.js': "describe('api', () => {\n  it.only('get', () => {});\n  it('put', () => {});\n  it.failing('patch', () => {});\n});\n",
      'src/fdescribe.test.js': "fdescribe('db', () => { it('reads', () => {}); });\nit('writes', () => {});\n",
      'src/other.test.js': "it('unaffected', () => {});\n",
    });
    expect(statuses(c)).toEqual({
      'src/focus.test.js::api::get': 'focused',
      'src/focus.test.js::api::put': 'skipped',
      'src/focus.test.js::api::patch': 'skipped',
      'src/fdescribe.test.js::db::reads': 'focused',
      'src/fdescribe.test.js::writes': 'skipped',
      'src/other.test.js::unaffected': 'active',
    });
    expect(c.tests.get('src/focus.test.js::api::put')?.skipKind).toBe('focus');
  });

  it('turns a file jest cannot load into a collection error, never an empty pass', async () => {
    // A project's globalSetup starts what a run needs (databases, servers): collection skips it.
    const config = { jest: { testEnvironment: 'node', globalSetup: '<rootDir>/setup.js' } };
    const c = await collectAt({
      'package.json': JSON.stringify(config),
      'setup.js': `module.exports = async () => { ${touch('global-setup')}; };\n`,
      'src/imports.test.js': "require('./missing-module');\nit('never seen', () => {});\n",
      'src/throws.test.js': "describe('broken', () => { throw new Error('boom while defining'); });\n",
      'src/fine.test.js': "it('seen', () => {});\n",
    });
    expect(statuses(c)).toEqual({ 'src/fine.test.js::seen': 'active' });
    const errors = Object.fromEntries(c.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(errors).sort()).toEqual(['src/imports.test.js', 'src/throws.test.js']);
    expect(errors['src/imports.test.js']).toContain("Cannot find module './missing-module'");
    expect(errors['src/throws.test.js']).toContain('boom while defining');
    expect(c.files).toBe(3);
    expect(sentinel.ran('global-setup')).toBe(false);
  });

  it('asks each project of a multi-project configuration', async () => {
    const projects = { jest: { projects: [{ displayName: 'web', testMatch: ['<rootDir>/web/**/*.test.js'] }, { displayName: 'api', testMatch: ['<rootDir>/api/**/*.test.js'] }] } };
    const c = await collectAt({
      'package.json': JSON.stringify(projects),
      'web/ui.test.js': "it('renders', () => {});\n",
      'api/route.test.js': "it.skip('routes', () => {});\n",
    });
    expect(statuses(c)).toEqual({ 'web/ui.test.js::renders': 'active', 'api/route.test.js::routes': 'skipped' });
  });
});

describe('skip-set with the jest runner collector', () => {
  it('fails a test skipped at head', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.js': CART }, { write: { 'src/cart.test.js': CART.replace("it('adds'", "it.skip('adds'") } }, JEST);
    expect(run.rules).toEqual(['new-skip']);
    expect(run.report.findings.find((f) => f.rule === 'new-skip')).toMatchObject({ path: 'src/cart.test.js', line: 8, test: 'src/cart.test.js::cart::adds' });
  });

  it('fails a dropped row of a test.each table that the source alone cannot count', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.js': CART }, { write: { 'src/cart.test.js': CART.replace('[[1], [2]]', '[[1]]') } }, JEST);
    expect([...run.rules].sort()).toEqual(['test-removed', 'tests-decreased']);
    expect(run.report.findings.find((f) => f.rule === 'test-removed')?.test).toBe('src/cart.test.js::cart::counts %i[cart::counts 2]');
    expect(run.report.metrics).toMatchObject({ 'base-total': 11, 'head-total': 10 });
  });

  it('fails with error when a test file stops loading at head', async () => {
    const run = await guard(
      { 'package.json': PACKAGE, 'src/a.test.js': "it('one', () => {});\nit('two', () => {});\n" },
      { write: { 'src/a.test.js': "require('./gone');\nit('one', () => {});\nit('two', () => {});\n" } },
      JEST,
    );
    expect(run.report.verdict).not.toBe('pass');
    expect(run.rules).toContain('collection-error');
    expect(run.errors.find((f) => f.rule === 'collection-error')?.message).toContain("Cannot find module './gone'");
  });

  it('sees tests a jest configuration change stops collecting', async () => {
    const ignoring = JSON.stringify({ name: 'svc', private: true, jest: { testEnvironment: 'node', testPathIgnorePatterns: ['/node_modules/', '/src/slow/'] } });
    const run = await guard(
      { 'package.json': PACKAGE, 'src/slow/big.test.js': "it('crunches', () => {});\n", 'src/fast.test.js': "it('zips', () => {});\n" },
      { write: { 'package.json': ignoring } },
      JEST,
    );
    expect(run.rules).toContain('test-removed');
    expect(run.rules).toContain('collection-config-changed');
    expect(run.report.findings.find((f) => f.rule === 'test-removed')?.test).toBe('src/slow/big.test.js::crunches');
  });

  it('leaves files jest does not collect to the static collector', async () => {
    // test/**/*.js is a mocha layout: the static collector reads it, jest's default testMatch does not.
    const mocha = "describe('queue', function () {\n  it('drains', function () {});\n});\n";
    const run = await guard(
      { 'package.json': PACKAGE, 'src/a.test.js': "it('one', () => {});\n", 'test/queue.js': mocha },
      { write: { 'test/queue.js': mocha.replace("it('drains'", "it.skip('drains'") } },
      JEST,
    );
    expect(run.rules).toEqual(['new-skip']);
    expect(run.report.findings.find((f) => f.rule === 'new-skip')?.test).toBe('test/queue.js::queue::drains');
    expect(run.report.metrics).toMatchObject({ 'base-total': 2, 'head-total': 2, 'head-skipped': 1 });
  });

  it('agrees with the static collector on a varied file, test.each rows included', async () => {
    const run = await guard({ 'package.json': PACKAGE, 'src/cart.test.js': CART }, { write: { 'src/cart.test.js': `${CART}\n// reviewed\n` } }, { ...JEST, collector: 'both' });
    expect(run.report.findings.filter((f) => f.rule === 'collector-disagreement')).toEqual([]);
    expect(run.report.metrics['collector-disagreements']).toBe(0);
    expect(run.report.verdict).toBe('pass');
  });

  it('falls back to the static collector, with a warning, for a project on another test runner', async () => {
    const custom = JSON.stringify({ name: 'svc', private: true, jest: { testRunner: '<rootDir>/tools/runner.js' } });
    const run = await guard(
      { 'package.json': custom, 'tools/runner.js': 'module.exports = async () => ({});\n', 'src/a.test.js': "it('one', () => {});\n" },
      { write: { 'src/a.test.js': "it.skip('one', () => {});\n" } },
      JEST,
    );
    expect(run.rules).toEqual(['new-skip']);
    const warning = run.report.findings.find((f) => f.rule === 'runner-unavailable');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('tools/runner.js');
  });
});

describe('which JavaScript framework is asked', () => {
  it('follows the policy, then the checkout: jest where it is configured, else vitest', () => {
    const pr = pullRequest({ 'package.json': PACKAGE }, {});
    const plain = pullRequest({ 'package.json': '{"name":"x"}\n' }, {});
    // This repository has both installed.
    expect(jsRunnerFor(pr.repo.dir, NODE_MODULES_FROM, ['auto'])).toBe('jest');
    expect(jsRunnerFor(plain.repo.dir, NODE_MODULES_FROM, ['auto'])).toBe('vitest');
    expect(jsRunnerFor(plain.repo.dir, NODE_MODULES_FROM, ['pytest', 'jest'])).toBe('jest');
    expect(jsRunnerFor(pr.repo.dir, NODE_MODULES_FROM, ['vitest'])).toBe('vitest');
    expect(jsRunnerFor(pr.repo.dir, NODE_MODULES_FROM, ['mocha'])).toBeUndefined();
    expect(jsRunnerFor(pr.repo.dir, pr.repo.dir, ['auto'])).toBeUndefined();
  });
});

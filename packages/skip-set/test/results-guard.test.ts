import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { describe, expect, it } from 'vitest';
import { runSkipSetGuard } from '../src/index.js';
import { guard, pullRequest } from './guard-harness.js';
import { guardWithReports, resultFindings, tools } from './results-harness.js';

const CALC = `def add(a, b):
    return a + b
`;

const TESTS = `from calc import add


def test_add():
    assert add(1, 2) == 3


def test_add_negative():
    assert add(-1, -2) == -3


def test_add_zero():
    total = add(0, 0)
    assert total == 0
    assert isinstance(total, int)
`;

const CONFTEST = `import pytest


@pytest.fixture
def numbers():
    return [1, 2, 3]
`;

const PY = { 'calc.py': CALC, 'tests/test_calc.py': TESTS, 'tests/conftest.py': CONFTEST, 'pytest.ini': '[pytest]\npythonpath = .\n' };

const GO_TESTS = 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("wrong")\n\t}\n}\n\nfunc TestAddZero(t *testing.T) {\n\tif Add(0, 0) != 0 {\n\t\tt.Fatal("wrong")\n\t}\n}\n';
const GO = { 'go.mod': 'module example.com/svc\n\ngo 1.19\n', 'calc/calc.go': 'package calc\n\nfunc Add(a, b int) int { return a + b }\n', 'calc/calc_test.go': GO_TESTS };

const VITEST = {
  'package.json': '{"name":"svc","private":true,"type":"module"}\n',
  'vitest.config.js': "export default { test: { setupFiles: ['./test/setup.js'] } };\n",
  'test/setup.js': "import { beforeEach } from 'vitest';\n\nbeforeEach(() => {\n  globalThis.now = 0;\n});\n",
  'src/cart.test.js': "import { describe, expect, it } from 'vitest';\n\ndescribe('cart', () => {\n  it('adds', () => { expect(1 + 1).toBe(2); });\n  it('totals', () => { expect(2 + 2).toBe(4); });\n});\n",
};

const JEST = {
  'package.json': '{"name":"svc","private":true}\n',
  'jest.config.js': "module.exports = { setupFilesAfterEnv: ['./test/setup.js'] };\n",
  'test/setup.js': 'beforeEach(() => {\n  globalThis.now = 0;\n});\n',
  'src/cart.test.js': "describe('cart', () => {\n  it('adds', () => { expect(1 + 1).toBe(2); });\n  it('totals', () => { expect(2 + 2).toBe(4); });\n});\n",
};

describe('layer 3: a test that passed at base and does not run at head fails the guard, read from the real reports', () => {
  it('pytest: a conftest hook bound by assignment deselects a test (missing from head\u2019s JUnit report)', async () => {
    const conftest = `${CONFTEST}

def _drop(config, items):
    items[:] = [i for i in items if i.name != "test_add_negative"]


pytest_collection_modifyitems = _drop
`;
    const run = await guardWithReports(PY, { write: { 'tests/conftest.py': conftest } }, tools.pytestJUnit);
    // The real tool confirms it: head's report no longer has the test.
    expect(readFileSync(join(run.reports.base, 'junit.xml'), 'utf8')).toContain('name="test_add_negative"');
    expect(readFileSync(join(run.reports.head, 'junit.xml'), 'utf8')).not.toContain('test_add_negative');
    const [finding, ...rest] = resultFindings(run);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'test-not-run', severity: 'error', test: 'tests/test_calc.py::test_add_negative', path: 'tests/test_calc.py' });
    expect(finding!.message).toContain("though other tests of file tests/test_calc.py are: it was renamed without a counterpart, removed, or deselected");
    expect(finding!.message).toContain(join(run.reports.base, 'junit.xml'));
    expect(finding!.message).toContain('Fix: make it run again');
    expect(run.report.verdict).toBe('fail');
    expect(run.report.metrics).toMatchObject({ 'results-layer': 'compared', 'results-not-run': 1, 'results-passed-base': 3, 'results-tests-head': 2 });
  });

  it('pytest: a pytest_runtest_setup hook that skips a test (skipped in head\u2019s report)', async () => {
    const conftest = `${CONFTEST}

def pytest_runtest_setup(item):
    if item.name == "test_add_zero":
        pytest.skip("flaky on CI")
`;
    const run = await guardWithReports(PY, { write: { 'tests/conftest.py': conftest } }, tools.pytestJUnit);
    expect(resultFindings(run)).toEqual([
      expect.objectContaining({ rule: 'test-not-run', test: 'tests/test_calc.py::test_add_zero', message: expect.stringContaining('is skipped at head (flaky on CI)') }),
    ]);
    expect(run.report.verdict).toBe('fail');
  });

  it('go: a TestMain that never calls m.Run() (the package passes with no test event)', async () => {
    const main = 'package calc\n\nimport (\n\t"os"\n\t"testing"\n)\n\nfunc TestMain(m *testing.M) {\n\tos.Exit(0)\n}\n';
    const run = await guardWithReports(GO, { write: { 'calc/main_test.go': main } }, tools.goTestJson);
    const head = readFileSync(join(run.reports.head, 'go-test.json'), 'utf8');
    expect(head).not.toContain('"Test":');
    expect(head).toContain('"Action":"pass","Package":"example.com/svc/calc"');
    const findings = resultFindings(run);
    expect(findings.map((f) => f.test)).toEqual(['calc::TestAdd', 'calc::TestAddZero']);
    expect(findings[0]!.message).toContain("'calc' reported no test at all (the package ran without a single test event: a TestMain that returns without calling m.Run()");
    expect(run.report.verdict).toBe('fail');
    expect(run.report.metrics).toMatchObject({ 'results-not-run': 2, 'results-not-run-only-results': 2 });
  });

  it('vitest: a setup file\u2019s beforeEach that calls ctx.skip() (skipped in head\u2019s JSON report)', async () => {
    const setup = "import { beforeEach } from 'vitest';\n\nbeforeEach((ctx) => {\n  globalThis.now = 0;\n  if (ctx.task.name === 'totals') ctx.skip();\n});\n";
    const run = await guardWithReports(VITEST, { write: { 'test/setup.js': setup } }, tools.vitestJson);
    const head = JSON.parse(readFileSync(join(run.reports.head, 'vitest.json'), 'utf8')) as { testResults: { assertionResults: { title: string; status: string }[] }[] };
    expect(head.testResults[0]!.assertionResults.map((a) => [a.title, a.status])).toEqual([
      ['adds', 'passed'],
      ['totals', 'skipped'],
    ]);
    expect(resultFindings(run)).toEqual([expect.objectContaining({ rule: 'test-not-run', test: 'src/cart.test.js::cart::totals', path: 'src/cart.test.js', message: expect.stringContaining('is skipped at head') })]);
    expect(run.report.verdict).toBe('fail');
  });

  it('jest: a setup file that swaps every test body for a no-op (passes, without the assertions it made at base)', async () => {
    const setup = 'const realIt = globalThis.it;\nglobalThis.it = globalThis.test = (name, fn, timeout) => realIt(name, () => {}, timeout);\n';
    const run = await guardWithReports(JEST, { write: { 'test/setup.js': setup } }, tools.jestJson);
    const head = JSON.parse(readFileSync(join(run.reports.head, 'jest.json'), 'utf8')) as { testResults: { assertionResults: { status: string; numPassingAsserts: number }[] }[] };
    expect(head.testResults[0]!.assertionResults.map((a) => [a.status, a.numPassingAsserts])).toEqual([
      ['passed', 0],
      ['passed', 0],
    ]);
    const findings = resultFindings(run);
    expect(findings.map((f) => f.test)).toEqual(['src/cart.test.js::cart::adds', 'src/cart.test.js::cart::totals']);
    expect(findings[0]!.message).toContain('passed at head without a single passing assertion (1 at base)');
    expect(run.report.verdict).toBe('fail');
  });
});

describe('layer 3: legitimate changes keep passing', () => {
  it('a test renamed in its file is followed through the collection layer\u2019s match', async () => {
    const run = await guardWithReports(PY, { write: { 'tests/test_calc.py': TESTS.replace('def test_add_zero', 'def test_add_zeros') } }, tools.pytestJUnit);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['test-renamed']);
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics).toMatchObject({ 'results-not-run': 0, 'results-followed-renames': 1 });
  });

  it('a moved test file, a removed @skip, a parametrize that adds cases and a new test file with its own fixtures', async () => {
    const base = { ...PY, 'tests/test_more.py': 'import pytest\n\n\n@pytest.mark.skip(reason="later")\ndef test_later():\n    assert True\n\n\n@pytest.mark.parametrize("n", [1])\ndef test_n(n):\n    assert n\n' };
    const run = await guardWithReports(
      base,
      {
        move: [['tests/test_calc.py', 'tests/unit/test_calc.py']],
        write: {
          'tests/test_more.py': 'import pytest\n\n\ndef test_later():\n    assert True\n\n\n@pytest.mark.parametrize("n", [1, 2, 3])\ndef test_n(n):\n    assert n\n',
          'tests/test_new.py': 'import pytest\n\n\n@pytest.fixture\ndef word():\n    return "cart"\n\n\ndef test_word(word):\n    assert word == "cart"\n',
        },
      },
      tools.pytestJUnit,
    );
    expect(run.errors).toEqual([]);
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics).toMatchObject({ 'results-not-run': 0, 'results-followed-renames': 3, 'results-passed-head': 8 });
  });

  it('new vitest tests, JUnit reports on both sides', async () => {
    const run = await guardWithReports(VITEST, { write: { 'src/cart.test.js': VITEST['src/cart.test.js'].replace(/\n\}\);\n$/, "\n  it('empties', () => { expect([].length).toBe(0); });\n});\n") } }, tools.vitestJUnit);
    expect(run.report.findings).toEqual([]);
    expect(run.report.metrics).toMatchObject({ 'results-layer': 'compared', 'results-formats': 'junit-xml', 'results-tests-head': 3 });
  });
});

describe('layer 3 fails closed and stays out of the way when not asked', () => {
  it('head reports that are missing: error, not a pass', async () => {
    const run = await guardWithReports(PY, {}, tools.pytestJUnit, { edit: (side, dir) => side === 'head' && rmSync(join(dir, 'junit.xml')) });
    expect(run.report.verdict).toBe('error');
    expect(resultFindings(run)).toEqual([expect.objectContaining({ rule: 'results-missing', message: expect.stringContaining('no head test report found') })]);
  });

  it('a head report cut short: unreadable, error', async () => {
    const cut = (side: string, dir: string): void => {
      if (side !== 'head') return;
      const text = readFileSync(join(dir, 'junit.xml'), 'utf8');
      writeFileSync(join(dir, 'junit.xml'), text.slice(0, text.indexOf('test_add_zero')));
    };
    const run = await guardWithReports(PY, {}, tools.pytestJUnit, { edit: cut });
    expect(run.report.verdict).toBe('error');
    expect(run.rules).toEqual(['results-unreadable']);
  });

  it('a suite whose report is gone at head while its tests still exist: error', async () => {
    // Base reports two suites (pytest and go); head's run reports only pytest.
    const both = (dir: string, out: string): void => {
      tools.pytestJUnit(dir, out);
      tools.goTestJson(dir, out);
    };
    const run = await guardWithReports({ ...PY, ...GO }, {}, both, { edit: (side, dir) => side === 'head' && rmSync(join(dir, 'go-test.json')) });
    expect(run.report.verdict).toBe('error');
    expect(resultFindings(run)).toEqual([expect.objectContaining({ rule: 'results-missing', message: expect.stringContaining("test report 'go-test.json' (2 test(s) passed at base") })]);
  });

  it('without reports, layer 3 is reported as not run and decides nothing', async () => {
    const run = await guard(PY, { write: { 'tests/test_calc.py': TESTS.replace('def test_add_zero', 'def test_add_zeros') } });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics['results-layer']).toBe('not-run');
    expect(run.outputs?.['tests-not-run']).toBe('');
    expect(run.summary).toContain('Not run: no test reports were given');
  });

  it('reports for one side only: a configuration error naming the missing input', async () => {
    const pr = pullRequest(PY, {});
    await expect(
      runSkipSetGuard({ repo: pr.repo.dir, base: pr.base, head: pr.head, policy: defaultPolicy(), logger: new MemoryLogger(), reports: { base: ['reports/base'], head: [] } }),
    ).rejects.toThrow(/head-reports.*give the head test reports too/);
  });
});

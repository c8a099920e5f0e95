import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempRepo } from '@agent-guards/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSources, defaultPatterns, expandPattern, readReport, readReportSet, SourceTree, type TestReport } from '../src/index.js';
import { tempDir, tools, type Tool } from './results-harness.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

const FIXTURES = join(import.meta.dirname, 'fixtures', 'reports');

/** A committed repository holding `files`, the real tool run in it, and its report read against the tree. */
async function realReport(files: Record<string, string>, tool: Tool): Promise<TestReport> {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write(files).commit('tests');
  const out = tempDir();
  tool(repo.dir, out);
  const set = await readReportSet([out], out, await SourceTree.at(repo.dir, 'HEAD'));
  expect(set.unreadable).toEqual([]);
  expect(set.reports).toHaveLength(1);
  return set.reports[0]!;
}

const statuses = (r: TestReport): Record<string, string> => Object.fromEntries(r.tests.map((t) => [t.id, t.detail ? `${t.status}: ${t.detail}` : t.status]));

const PYTEST = `import pytest


def test_add():
    assert 1 + 1 == 2


@pytest.mark.skip(reason="not yet")
def test_later():
    pass


@pytest.mark.xfail(reason="known bug")
def test_known_bug():
    assert 0


@pytest.mark.parametrize("x", [1, 2])
def test_param(x):
    assert x


class TestDivide:
    def test_by_one(self):
        assert 4 / 1 == 4


@pytest.fixture
def broken():
    raise RuntimeError("no database")


def test_with_db(broken):
    pass


def test_bypassed():
    assert False, "never reached"
`;

// A hook that returns True tells pytest the call is done: the body never runs and the test reads as passed.
const PYFUNC_CALL = `def pytest_pyfunc_call(pyfuncitem):
    if pyfuncitem.name == "test_bypassed":
        return True
`;

describe('layer 3 readers, on the output of the real tools', () => {
  it('pytest --junitxml: ids are the static collector\u2019s (file, class, parameters); skip, xfail, setup error and failure read as such', async () => {
    const report = await realReport({ 'python/tests/test_calc.py': PYTEST, 'python/conftest.py': PYFUNC_CALL, 'python/pytest.ini': '[pytest]\n' }, (dir, out) =>
      tools.pytestJUnit(join(dir, 'python'), out),
    );
    expect(report.format).toBe('junit-xml');
    expect(statuses(report)).toEqual({
      'python/tests/test_calc.py::test_add': 'passed',
      'python/tests/test_calc.py::test_later': 'skipped: not yet',
      'python/tests/test_calc.py::test_known_bug': 'xfail: known bug',
      'python/tests/test_calc.py::test_param[1]': 'passed',
      'python/tests/test_calc.py::test_param[2]': 'passed',
      'python/tests/test_calc.py::TestDivide::test_by_one': 'passed',
      'python/tests/test_calc.py::test_with_db': 'failed: failed on setup with "RuntimeError: no database"',
      // What layer 3 cannot see: the body never ran, and the report says it passed.
      'python/tests/test_calc.py::test_bypassed': 'passed',
    });
    // pytest's rootdir is python/: the ids are still the repository's, as the static collector gives them.
    const text = PYTEST;
    const collected = collectSources([{ path: 'python/tests/test_calc.py', text }], defaultPatterns());
    for (const id of ['python/tests/test_calc.py::test_add', 'python/tests/test_calc.py::TestDivide::test_by_one']) expect(collected.tests.has(id), id).toBe(true);
  });

  it('go test -json: ids are <package dir>::<test>, subtests kept; a TestMain without m.Run() is a package that ran no test, a build failure a failed package', async () => {
    const report = await realReport(
      {
        'go.mod': 'module example.com/svc\n\ngo 1.19\n',
        'calc/calc_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tt.Run("small", func(t *testing.T) {})\n\tt.Run("big one", func(t *testing.T) { t.Skip("later") })\n}\n\nfunc TestSkip(t *testing.T) { t.Skip("nope") }\n',
        'gate/gate_test.go': 'package gate\n\nimport (\n\t"os"\n\t"testing"\n)\n\nfunc TestMain(m *testing.M) { os.Exit(0) }\n\nfunc TestOpen(t *testing.T) {}\n',
        'broken/broken_test.go': 'package broken\n\nimport "testing"\n\nfunc TestX(t *testing.T) { undefined() }\n',
      },
      tools.goTestJson,
    );
    expect(report.format).toBe('go-test-json');
    expect(statuses(report)).toEqual({
      'calc::TestAdd': 'passed',
      'calc::TestAdd/small': 'passed',
      'calc::TestAdd/big_one': 'skipped: calc_test.go:7: later',
      'calc::TestSkip': 'skipped: calc_test.go:10: nope',
    });
    expect(report.empty).toEqual([{ group: 'gate', path: 'gate', detail: expect.stringContaining('TestMain that returns without calling m.Run()') }]);
    expect(report.failures).toEqual([{ group: 'broken', path: 'broken', message: expect.stringContaining('package example.com/svc/broken failed before any test ran') }]);
  });

  const VITEST_FILE = `import { describe, expect, it, test } from 'vitest';
describe('cart', () => {
  describe('totals', () => {
    it('adds', () => { expect(1 + 1).toBe(2); });
  });
  it.skip('removes', () => {});
  it.todo('discounts');
  it('skips itself', (ctx) => { ctx.skip(); });
});
test('top', () => {});
`;
  const VITEST_FILES = { 'package.json': '{"name":"svc","private":true,"type":"module"}\n', 'src/cart.test.js': VITEST_FILE, 'src/broken.test.js': "import './missing.js';\n" };

  it('vitest --reporter=json and --reporter=junit: the same ids, the static collector\u2019s; a runtime ctx.skip() is a skip; a file that cannot load is a failure', async () => {
    const json = await realReport(VITEST_FILES, tools.vitestJson);
    const junit = await realReport(VITEST_FILES, tools.vitestJUnit);
    expect(json.format).toBe('jest-json');
    expect(junit.format).toBe('junit-xml');
    const expected = {
      'src/cart.test.js::cart::totals::adds': 'passed',
      'src/cart.test.js::cart::removes': 'skipped',
      'src/cart.test.js::cart::discounts': 'todo',
      'src/cart.test.js::cart::skips itself': 'skipped',
      'src/cart.test.js::top': 'passed',
    };
    expect(statuses(json)).toEqual(expected);
    // vitest's JUnit writes a todo as <skipped/>.
    expect(Object.fromEntries(junit.tests.filter((t) => t.path === 'src/cart.test.js').map((t) => [t.id, t.status]))).toEqual({ ...expected, 'src/cart.test.js::cart::discounts': 'skipped' });
    expect(json.failures).toEqual([{ group: 'src/broken.test.js', path: 'src/broken.test.js', message: expect.stringContaining('missing.js') }]);
    const staticIds = [...collectSources([{ path: 'src/cart.test.js', text: VITEST_FILE }], defaultPatterns()).tests.keys()];
    expect(staticIds).toEqual(expect.arrayContaining(Object.keys(expected)));
  });

  const JEST_FILES = {
    'package.json': '{"name":"svc","private":true}\n',
    'src/cart.test.js': `describe('cart', () => {
  it('adds', () => { expect(1 + 1).toBe(2); expect(2).toBeGreaterThan(1); });
  it.skip('removes', () => {});
  it.todo('discounts');
  it('checks nothing', () => {});
});
`,
    'src/broken.test.js': "require('./missing');\n",
  };

  it('jest --json: ids, pending and todo, the passing assertions jest counts; a file that cannot load is a failure', async () => {
    const report = await realReport(JEST_FILES, tools.jestJson);
    expect(report.format).toBe('jest-json');
    expect(Object.fromEntries(report.tests.map((t) => [t.id, [t.status, t.assertions]]))).toEqual({
      'src/cart.test.js::cart::adds': ['passed', 2],
      'src/cart.test.js::cart::removes': ['skipped', 0],
      'src/cart.test.js::cart::discounts': ['todo', 0],
      'src/cart.test.js::cart::checks nothing': ['passed', 0],
    });
    expect(report.failures).toEqual([{ group: 'src/broken.test.js', path: 'src/broken.test.js', message: expect.stringContaining("Cannot find module './missing'") }]);
  });

  it('jest-junit with addFileAttribute: the file, and the full title as the name', async () => {
    const report = await realReport(JEST_FILES, tools.jestJUnit);
    expect(report.format).toBe('junit-xml');
    expect(statuses(report)).toMatchObject({
      'src/cart.test.js::cart adds': 'passed',
      'src/cart.test.js::cart removes': 'skipped',
      'src/cart.test.js::cart checks nothing': 'passed',
    });
  });

  it('mocha with mocha-junit-reporter: the file from the suite, the full title as the name, pending tests with includePending', async () => {
    const report = await realReport(
      {
        'package.json': '{"name":"svc","private":true}\n',
        'test/cart.spec.js': "const assert = require('node:assert');\ndescribe('cart', function () {\n  describe('totals', function () {\n    it('adds', function () { assert.equal(1 + 1, 2); });\n  });\n  it.skip('removes', function () {});\n  it('skips itself', function () { this.skip(); });\n});\n",
      },
      tools.mochaJUnit,
    );
    expect(statuses(report)).toEqual({
      'test/cart.spec.js::cart totals adds': 'passed',
      'test/cart.spec.js::cart removes': 'skipped',
      'test/cart.spec.js::cart skips itself': 'skipped',
    });
  });
});

describe('layer 3 readers, on recorded and documented output of tools that do not run here', () => {
  const read = (file: string, tree: SourceTree): TestReport => readReport(readFileSync(join(FIXTURES, file), 'utf8'), file, file, tree)!;

  it('Maven surefire (JUnit 5, recorded): nested classes after $, @Disabled and assumptions are skips; the empty outer suite of a @Nested class is seen', () => {
    const tree = new SourceTree(['pom.xml', 'src/test/java/com/acme/CalcTest.java']);
    const nested = read('surefire/TEST-com.acme.CalcTest$Inner.xml', tree);
    expect(statuses(nested)).toEqual({
      'src/test/java/com/acme/CalcTest.java::CalcTest::adds': 'passed',
      'src/test/java/com/acme/CalcTest.java::CalcTest::disabled': 'skipped: later',
      'src/test/java/com/acme/CalcTest.java::CalcTest::aborted': 'skipped: org.opentest4j.TestAbortedException: Assumption failed: assumption is not true',
      'src/test/java/com/acme/CalcTest.java::CalcTest::fails': 'failed: expected: <3> but was: <2>',
      'src/test/java/com/acme/CalcTest.java::CalcTest::Inner::deep': 'passed',
    });
    expect(read('surefire/TEST-com.acme.CalcTest.xml', tree).tests).toEqual([]);
    // Gradle names JUnit 5 methods with parentheses; the id is the same.
    const gradle = readReport('<testsuite name="com.acme.CalcTest"><testcase name="adds()" classname="com.acme.CalcTest" time="0.01"/></testsuite>', 'g.xml', 'g.xml', tree)!;
    expect(gradle.tests.map((t) => t.id)).toEqual(['src/test/java/com/acme/CalcTest.java::CalcTest::adds']);
  });

  it('gotestsum --junitfile (recorded): the import path is the package directory; a package whose TestMain never runs m.Run() is an empty suite', () => {
    const tree = new SourceTree(['go.mod', 'calc/calc_test.go', 'other/other_test.go'], [{ dir: '.', module: 'example.com/svc' }]);
    const report = read('gotestsum/junit.xml', tree);
    expect(statuses(report)).toEqual({
      'calc::TestAdd': 'passed',
      'calc::TestAdd/small': 'passed',
      'calc::TestAdd/big_one': 'skipped: calc_test.go:7: later',
      'calc::TestSkip': 'skipped: calc_test.go:9: nope',
      'calc::TestFail': 'failed: Failed',
    });
    expect(report.empty).toEqual([{ group: 'other', path: 'other', detail: expect.stringContaining('example.com/svc/other') }]);
  });

  it('pytest-json-report (documented format): node ids from the rootdir made repository paths; xfailed, skipped and collection errors', () => {
    const tree = new SourceTree(['python/tests/test_calc.py', 'python/tests/test_broken.py']);
    const report = read('pytest-json-report/report.json', tree);
    expect(report.format).toBe('pytest-json');
    expect(statuses(report)).toEqual({
      'python/tests/test_calc.py::test_add': 'passed',
      'python/tests/test_calc.py::TestDivide::test_by_zero': 'passed',
      'python/tests/test_calc.py::test_param[2-4]': 'passed',
      'python/tests/test_calc.py::test_sub': 'failed: def test_sub():',
      'python/tests/test_calc.py::test_later': "skipped: ('/home/runner/work/svc/svc/python/tests/test_calc.py', 23, 'Skipped: not yet')",
      'python/tests/test_calc.py::test_known_bug': 'xfail: def test_known_bug():',
    });
    expect(report.failures).toEqual([{ group: 'python/tests/test_broken.py', path: 'python/tests/test_broken.py', message: "ModuleNotFoundError: No module named 'nope'" }]);
    expect(() => readReport('{"created": 1, "duration": 0.1, "exitcode": 0, "root": "/r", "summary": {"passed": 1, "total": 1}}', 's.json', 's.json', tree)).toThrow(/--json-report-summary/);
  });

  it('RSpec JUnit formatter (documented shape): the spec file from its dotted class name, the full description as the name', () => {
    const report = read('rspec/rspec.xml', new SourceTree(['spec/models/cart_spec.rb']));
    expect(statuses(report)).toEqual({
      'spec/models/cart_spec.rb::Cart#total adds the line items': 'passed',
      'spec/models/cart_spec.rb::Cart#total with a discount subtracts it': 'passed',
      'spec/models/cart_spec.rb::Cart#checkout charges the card': 'skipped',
      'spec/models/cart_spec.rb::Cart#refund returns the money': 'failed: expected: 10 got: 0',
    });
  });
});

describe('finding and sniffing report files', () => {
  it('keys a folder by the path below it, a glob by the path below its fixed part, a file by its name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'reports', 'py'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'py', 'junit.xml'), '<testsuite/>');
    writeFileSync(join(dir, 'reports', 'go.json'), '');
    expect((await expandPattern('reports', dir)).map((m) => m.key)).toEqual(['go.json', 'py/junit.xml']);
    expect((await expandPattern('reports/**/*.xml', dir)).map((m) => m.key)).toEqual(['py/junit.xml']);
    expect((await expandPattern(join(dir, 'reports/py/junit.xml'), '/')).map((m) => m.key)).toEqual(['junit.xml']);
    expect(await expandPattern('nothing/**/*.xml', dir)).toEqual([]);
  });

  it('reads a cut-short report as unreadable, leaves a coverage report and a log alone, and names a pattern that matched nothing', async () => {
    const dir = tempDir();
    const junit = readFileSync(join(FIXTURES, 'gotestsum', 'junit.xml'), 'utf8');
    writeFileSync(join(dir, 'cut.xml'), junit.slice(0, junit.length / 2));
    writeFileSync(join(dir, 'coverage.xml'), '<?xml version="1.0"?><coverage line-rate="0.9"><packages/></coverage>');
    writeFileSync(join(dir, 'run.log'), 'ok\n');
    copyFileSync(join(FIXTURES, 'rspec', 'rspec.xml'), join(dir, 'rspec.xml'));
    const set = await readReportSet([dir, 'missing/*.xml'], dir, new SourceTree([]));
    expect(set.reports.map((r) => r.key)).toEqual(['rspec.xml']);
    expect(set.unreadable).toEqual([{ file: join(dir, 'cut.xml'), message: expect.stringContaining('not well-formed XML') }]);
    expect(set.ignored.sort()).toEqual([join(dir, 'coverage.xml'), join(dir, 'run.log')]);
    expect(set.unmatched).toEqual(['missing/*.xml']);
    expect(readdirSync(dir)).toHaveLength(4);
  });
});

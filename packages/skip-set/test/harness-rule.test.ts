import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { borrowNodeModules } from '../src/runner/js-runner.js';
import { NODE_MODULES_FROM } from './framework-harness.js';
import { guard, pullRequest, type Change, type TicketScope } from './guard-harness.js';
import { runPytest } from './real-pytest.js';

/**
 * Layer 2: a PR that changes test harness fails with `test-harness-changed`
 * unless the ticket's scope names the file. Where the framework is on this
 * machine (pytest, make, vitest, node:test, go test), the real tool first
 * confirms that the change stops a failing test from failing.
 */
const RULE = 'test-harness-changed';

const MOD = 'import pytest\n\n\ndef test_alpha():\n    assert 1 + 1 == 3\n\n\ndef test_beta():\n    assert True\n';
const PY = { 'tests/__init__.py': '', 'tests/test_mod.py': MOD };
const ALPHA = 'tests/test_mod.py::test_alpha';

/** The real run at base and at head, with `run` returning whether the failing test failed. */
function confirmWith(base: Record<string, string>, change: Change, failed: (dir: string) => boolean): void {
  const pr = pullRequest(base, change);
  pr.repo.git('checkout', '--quiet', pr.base);
  expect(failed(pr.repo.dir), 'the test fails at base').toBe(true);
  pr.repo.git('checkout', '--quiet', pr.head);
  expect(failed(pr.repo.dir), 'the test no longer fails at head').toBe(false);
}

const pytestFails = (dir: string, args: string[] = []): boolean => runPytest(dir, args).outcomes.get(ALPHA) === 'FAILED';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): { status: number; output: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, timeout: 120_000 });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

async function expectHarnessFailure(base: Record<string, string>, change: Change, path: string, ticket?: TicketScope) {
  const result = await guard(base, change, ticket ? { ticket } : {});
  const harness = result.errors.filter((f) => f.rule === RULE);
  expect(harness.map((f) => f.path), JSON.stringify(result.report.findings, null, 1)).toContain(path);
  expect(result.report.verdict).toBe('fail');
  expect(result.report.metrics['harness-caught']).toBeGreaterThan(0);
  return result;
}

describe('layer 2, pytest: harness changes the real pytest confirms, then the guard fails', () => {
  const cases: { name: string; base?: Record<string, string>; change: Change; path: string }[] = [
    {
      name: 'a pytest_collection_modifyitems hook bound by assignment',
      change: { write: { 'tests/conftest.py': 'def _drop(session, config, items):\n    items[:] = [i for i in items if "alpha" not in i.name]\n\n\npytest_collection_modifyitems = _drop\n' } },
      path: 'tests/conftest.py',
    },
    {
      name: 'pytest_configure setting config.option.deselect',
      change: { write: { 'conftest.py': 'def pytest_configure(config):\n    config.option.deselect = ["tests/test_mod.py::test_alpha"]\n' } },
      path: 'conftest.py',
    },
    {
      name: 'a pytest_pyfunc_call that returns True (the body never runs, the test "passes")',
      change: { write: { 'tests/conftest.py': 'import pytest\n\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_pyfunc_call(pyfuncitem):\n    return True\n' } },
      path: 'tests/conftest.py',
    },
    {
      name: 'pytest_runtest_setup raising a skip',
      change: { write: { 'tests/conftest.py': 'import pytest\n\n\ndef pytest_runtest_setup(item):\n    if "alpha" in item.name:\n        pytest.skip("later")\n' } },
      path: 'tests/conftest.py',
    },
    {
      name: 'a plugin module that pytest_plugins registers (its hooks change)',
      base: { ...PY, 'conftest.py': 'pytest_plugins = ["tests.plugin"]\n', 'tests/plugin.py': 'def pytest_report_header(config):\n    return "ok"\n' },
      change: { write: { 'tests/plugin.py': 'def pytest_report_header(config):\n    return "ok"\n\n\ndef pytest_collection_modifyitems(items):\n    items[:] = [i for i in items if "alpha" not in i.name]\n' } },
      path: 'tests/plugin.py',
    },
    {
      name: 'a fixture-only plugin module that pytest_plugins registers (an autouse fixture starts to skip)',
      base: { ...PY, 'conftest.py': 'pytest_plugins = ["tests.shared_fixtures"]\n', 'tests/shared_fixtures.py': 'import pytest\n\n\n@pytest.fixture(autouse=True)\ndef _env():\n    yield\n' },
      change: { write: { 'tests/shared_fixtures.py': 'import pytest\n\n\n@pytest.fixture(autouse=True)\ndef _env(request):\n    if "alpha" in request.node.name:\n        pytest.skip("later")\n    yield\n' } },
      path: 'tests/shared_fixtures.py',
    },
    {
      name: 'a fixture-only plugin module that ｐytest_plugins registers, spelled with a fullwidth p (Python reads the name as pytest_plugins)',
      base: { ...PY, 'conftest.py': '\uff50ytest_plugins = ["tests.shared_fixtures"]\n', 'tests/shared_fixtures.py': 'import pytest\n\n\n@pytest.fixture(autouse=True)\ndef _env():\n    yield\n' },
      change: { write: { 'tests/shared_fixtures.py': 'import pytest\n\n\n@pytest.fixture(autouse=True)\ndef _env(request):\n    if "alpha" in request.node.name:\n        pytest.skip("later")\n    yield\n' } },
      path: 'tests/shared_fixtures.py',
    },
    {
      name: 'a plugin loaded with -p in pytest.ini (the plugin changes)',
      base: { ...PY, 'pytest.ini': '[pytest]\naddopts = -p tests.gate\n', 'tests/gate.py': 'GATE = "open"\n' },
      change: { write: { 'tests/gate.py': 'import pytest\n\nGATE = "open"\n\n\n@pytest.fixture(autouse=True)\ndef _gate(request):\n    if "alpha" in request.node.name:\n        pytest.skip("closed")\n' } },
      path: 'tests/gate.py',
    },
    {
      name: 'pytest_generate_tests in the test module parametrizing it with nothing',
      change: { write: { 'tests/test_mod.py': `${MOD.replace('def test_alpha():', 'def test_alpha(case):')}\n\ndef pytest_generate_tests(metafunc):\n    if "case" in metafunc.fixturenames:\n        metafunc.parametrize("case", [])\n` } },
      path: 'tests/test_mod.py',
    },
    {
      name: 'ｐytest_generate_tests in the test module (a fullwidth p) parametrizing it with nothing',
      change: { write: { 'tests/test_mod.py': `${MOD.replace('def test_alpha():', 'def test_alpha(case):')}\n\ndef \uff50ytest_generate_tests(metafunc):\n    if "case" in metafunc.fixturenames:\n        metafunc.parametrize("case", [])\n` } },
      path: 'tests/test_mod.py',
    },
    {
      name: 'pyproject.toml [tool.pytest.ini_options] addopts (a dependency bump beside it is no harness)',
      base: { ...PY, 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["requests>=2"]\n' },
      change: { write: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["requests>=2.31"]\n\n[tool.pytest.ini_options]\naddopts = "-k \'not alpha\'"\n' } },
      path: 'pyproject.toml',
    },
    {
      name: 'setup.cfg [tool:pytest]',
      change: { write: { 'setup.cfg': '[metadata]\nname = x\n\n[tool:pytest]\naddopts = --deselect tests/test_mod.py::test_alpha\n' } },
      path: 'setup.cfg',
    },
  ];
  for (const c of cases) {
    it(`fails ${c.name}`, async () => {
      const base = c.base ?? PY;
      confirmWith(base, c.change, (dir) => pytestFails(dir));
      const result = await expectHarnessFailure(base, c.change, c.path);
      expect(result.errors.find((f) => f.rule === RULE)!.message).toContain("give the guard the ticket (the 'ticket' input, or --ticket)");
    });
  }

  it('fails a Makefile test target that deselects the test (make test confirms it)', async () => {
    const base = { ...PY, Makefile: 'test:\n\tpython3 -m pytest -p no:cacheprovider -v\n' };
    const change = { write: { Makefile: 'test:\n\tpython3 -m pytest -p no:cacheprovider -v -k "not alpha"\n' } };
    confirmWith(base, change, (dir) => /test_alpha FAILED/.test(run('make', ['test'], dir, { PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1', PYTHONDONTWRITEBYTECODE: '1' }).output));
    await expectHarnessFailure(base, change, 'Makefile');
  });
});

describe('layer 2, JavaScript: the real vitest and node:test confirm, then the guard fails', () => {
  const SPEC = "import { test, expect } from 'vitest';\n\ntest('alpha', () => {\n  expect(1 + 1).toBe(3);\n});\n\ntest('beta', () => {\n  expect(true).toBe(true);\n});\n";
  const vitestFails = (dir: string): boolean => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const out = run('node_modules/.bin/vitest', ['run', '--reporter=verbose', '--no-color'], dir).output;
    return /(?:×|✗|FAIL)\s[^\n]*alpha/.test(out) && !/↓[^\n]*alpha/.test(out);
  };

  it('fails a global beforeEach(ctx => ctx.skip()) added to a setupFiles module', async () => {
    const base = {
      'package.json': '{"name":"svc","type":"module","scripts":{"test":"vitest run"}}\n',
      'vitest.config.mjs': "export default { test: { setupFiles: ['./test/setup.mjs'] } };\n",
      'test/setup.mjs': 'export const ready = true;\n',
      'src/math.test.mjs': SPEC,
    };
    const change = { write: { 'test/setup.mjs': "import { beforeEach } from 'vitest';\n\nexport const ready = true;\nbeforeEach((ctx) => { if (ctx.task.name === 'alpha') ctx.skip(); });\n" } };
    confirmWith(base, change, vitestFails);
    const result = await expectHarnessFailure(base, change, 'test/setup.mjs');
    expect(result.errors.find((f) => f.rule === RULE)!.message).toContain('vitest.config.mjs');
  });

  it('fails an exclude added in a module the vitest config spreads in', async () => {
    const base = {
      'package.json': '{"name":"svc","type":"module"}\n',
      'vitest.config.mjs': "import shared from './config/shared.mjs';\n\nexport default { test: { ...shared } };\n",
      'config/shared.mjs': 'export default { globals: false };\n',
      'src/math.test.mjs': SPEC,
    };
    const change = { write: { 'config/shared.mjs': "export default { globals: false, exclude: ['**/node_modules/**', 'src/math.test.mjs'] };\n" } };
    confirmWith(base, change, vitestFails);
    await expectHarnessFailure(base, change, 'config/shared.mjs');
  });

  it('fails a module node --test imports that ends the run early (node:test confirms it)', async () => {
    const base = {
      'package.json': '{"name":"svc","type":"module","scripts":{"test":"node --import ./test/setup.mjs --test test/"}}\n',
      'test/setup.mjs': 'globalThis.ready = true;\n',
      'test/math.test.mjs': "import test from 'node:test';\nimport assert from 'node:assert';\n\ntest('alpha', () => { assert.equal(1 + 1, 3); });\n",
    };
    const change = { write: { 'test/setup.mjs': 'globalThis.ready = true;\nif (!process.env.CI_STRICT) process.exit(0);\n' } };
    const nodeFails = (dir: string): boolean => run('node', ['--import', './test/setup.mjs', '--test', 'test/'], dir).status !== 0;
    confirmWith(base, change, nodeFails);
    await expectHarnessFailure(base, change, 'test/setup.mjs');
  });

  it('fails a test script that gains a skip pattern, and a mocha root-hook module', async () => {
    await expectHarnessFailure({ 'package.json': '{"scripts":{"test":"node --test"}}\n' }, { write: { 'package.json': '{"scripts":{"test":"node --test --test-skip-pattern=alpha"}}\n' } }, 'package.json');
    await expectHarnessFailure(
      { '.mocharc.yml': 'require:\n  - ./test/hooks.cjs\n', 'test/hooks.cjs': 'exports.mochaHooks = {};\n' },
      { write: { 'test/hooks.cjs': "exports.mochaHooks = { beforeEach() { if (/alpha/.test(this.currentTest.title)) this.skip(); } };\n" } },
      'test/hooks.cjs',
    );
    await expectHarnessFailure({ 'jest.config.js': 'module.exports = {};\n' }, { write: { 'jest.config.js': "module.exports = { setupFilesAfterEach: ['./jest.setup.js'] };\n" } }, 'jest.config.js');
  });
});

describe('layer 2, Go: the real go test confirms, then the guard fails', () => {
  const GO_TEST = 'package calc\n\nimport "testing"\n\nfunc TestAlpha(t *testing.T) {\n\tif 1+1 != 3 {\n\t\tt.Fatal("sum")\n\t}\n}\n';
  const base = { 'go.mod': 'module example.com/calc\n\ngo 1.19\n', 'calc.go': 'package calc\n', 'calc_test.go': GO_TEST };
  const goFails = (dir: string): boolean => run('go', ['test', '-count=1', './...'], dir, { GOFLAGS: '-mod=mod', GOCACHE: '/tmp/agent-guards-gocache', GOPATH: '/tmp/agent-guards-gopath', GOPROXY: 'off' }).status !== 0;

  it('fails a TestMain that never calls m.Run()', async () => {
    const change = { write: { 'main_test.go': 'package calc\n\nimport (\n\t"os"\n\t"testing"\n)\n\nfunc TestMain(m *testing.M) {\n\tos.Exit(0)\n}\n' } };
    confirmWith(base, change, goFails);
    const result = await expectHarnessFailure(base, change, 'main_test.go');
    expect(result.errors.find((f) => f.rule === RULE)!.message).toContain('func TestMain');
  });

  it('fails an init() in a test file that exits before any test', async () => {
    const change = { write: { 'calc_test.go': GO_TEST.replace('import "testing"\n', 'import (\n\t"os"\n\t"testing"\n)\n\nfunc init() {\n\tos.Exit(0)\n}\n') } };
    confirmWith(base, change, goFails);
    await expectHarnessFailure(base, change, 'calc_test.go');
  });

  it('does not take an ordinary Go test file for harness', async () => {
    const result = await guard(base, { write: { 'more_test.go': 'package calc\n\nimport "testing"\n\nfunc TestBeta(t *testing.T) {}\n' } });
    expect(result.report.findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(result.report.verdict).toBe('pass');
  });
});

describe('layer 2, the other frameworks (the guard; their tools are not on this machine)', () => {
  const cases: { name: string; base?: Record<string, string>; change: Change; path: string }[] = [
    { name: 'tox.ini [testenv] commands', base: { 'tox.ini': '[testenv]\ncommands = pytest\n' }, change: { write: { 'tox.ini': '[testenv]\ncommands = pytest -k "not alpha"\n' } }, path: 'tox.ini' },
    { name: 'a noxfile session', base: { 'noxfile.py': 'import nox\n\n\n@nox.session\ndef tests(session):\n    session.run("pytest")\n' }, change: { write: { 'noxfile.py': 'import nox\n\n\n@nox.session\ndef tests(session):\n    session.run("pytest", "--deselect", "tests/test_mod.py::test_alpha")\n' } }, path: 'noxfile.py' },
    { name: 'a justfile test recipe', base: { justfile: 'test:\n    pytest\n' }, change: { write: { justfile: 'test:\n    pytest -m "not slow"\n' } }, path: 'justfile' },
    { name: 'a pytest11 entry point in pyproject.toml', base: { 'pyproject.toml': '[project]\nname = "x"\n' }, change: { write: { 'pyproject.toml': '[project]\nname = "x"\n\n[project.entry-points.pytest11]\ngate = "x.gate"\n' } }, path: 'pyproject.toml' },
    { name: 'unittest load_tests in a test package', change: { write: { 'tests/__init__.py': 'def load_tests(loader, tests, pattern):\n    return loader.suiteClass()\n' } }, path: 'tests/__init__.py' },
    { name: 'Gradle test { exclude }', base: { 'build.gradle': "plugins { id 'java' }\n\ntest {\n    useJUnitPlatform()\n}\n" }, change: { write: { 'build.gradle': "plugins { id 'java' }\n\ntest {\n    useJUnitPlatform()\n    exclude '**/AlphaTest*'\n}\n" } }, path: 'build.gradle' },
    { name: 'Gradle Kotlin tasks.test filter', base: { 'build.gradle.kts': 'plugins { java }\n' }, change: { write: { 'build.gradle.kts': 'plugins { java }\n\ntasks.test {\n    filter { excludeTestsMatching("*Alpha*") }\n}\n' } }, path: 'build.gradle.kts' },
    { name: 'Maven surefire excludes', base: { 'pom.xml': '<project><modelVersion>4.0.0</modelVersion><dependencies></dependencies></project>\n' }, change: { write: { 'pom.xml': '<project><modelVersion>4.0.0</modelVersion><dependencies></dependencies><build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId><configuration><excludes><exclude>**/AlphaTest.java</exclude></excludes></configuration></plugin></plugins></build></project>\n' } }, path: 'pom.xml' },
    { name: 'Maven skipTests through .mvn/maven.config', change: { write: { '.mvn/maven.config': '-DskipTests\n' } }, path: '.mvn/maven.config' },
    { name: 'a JUnit extension registered through ServiceLoader', change: { write: { 'src/test/resources/META-INF/services/org.junit.jupiter.api.extension.Extension': 'com.example.Disabler\n' } }, path: 'src/test/resources/META-INF/services/org.junit.jupiter.api.extension.Extension' },
    { name: 'junit-platform.properties deactivating conditions', change: { write: { 'src/test/resources/junit-platform.properties': 'junit.jupiter.extensions.autodetection.enabled=true\n' } }, path: 'src/test/resources/junit-platform.properties' },
    { name: 'a JUnit ExecutionCondition in the test sources', change: { write: { 'src/test/java/com/example/Disabler.java': 'package com.example;\n\nimport org.junit.jupiter.api.extension.*;\n\npublic class Disabler implements ExecutionCondition {\n  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext c) { return ConditionEvaluationResult.disabled("x"); }\n}\n' } }, path: 'src/test/java/com/example/Disabler.java' },
    { name: '.rspec --tag ~alpha', base: { '.rspec': '--require spec_helper\n' }, change: { write: { '.rspec': '--require spec_helper\n--tag ~alpha\n' } }, path: '.rspec' },
    { name: 'spec_helper.rb filter_run_excluding', base: { 'spec/spec_helper.rb': 'RSpec.configure do |config|\nend\n' }, change: { write: { 'spec/spec_helper.rb': 'RSpec.configure do |config|\n  config.filter_run_excluding :alpha\nend\n' } }, path: 'spec/spec_helper.rb' },
    { name: 'an RSpec support file with RSpec.configure', change: { write: { 'spec/support/skips.rb': 'RSpec.configure { |c| c.before(:each) { skip } }\n' } }, path: 'spec/support/skips.rb' },
    { name: 'Cargo.toml [[test]] harness = false', base: { 'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\n' }, change: { write: { 'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\n\n[[test]]\nname = "alpha"\nharness = false\n' } }, path: 'Cargo.toml' },
    { name: 'a cargo test runner in .cargo/config.toml', change: { write: { '.cargo/config.toml': '[target.x86_64-unknown-linux-gnu]\nrunner = "true"\n' } }, path: '.cargo/config.toml' },
    { name: 'a nextest default filter', change: { write: { '.config/nextest.toml': '[profile.default]\ndefault-filter = "not test(alpha)"\n' } }, path: '.config/nextest.toml' },
  ];
  for (const c of cases) {
    it(`fails ${c.name}`, async () => {
      await expectHarnessFailure(c.base ?? {}, c.change, c.path);
    });
  }
});

describe("layer 2: the ticket's scope", () => {
  const change = { write: { 'tests/conftest.py': 'def pytest_collection_modifyitems(items):\n    items[:] = [i for i in items if "alpha" not in i.name]\n' } };

  it('allows a harness file the ticket names, as a notice (layer 1 still reports the hook)', async () => {
    const result = await guard(PY, change, { ticket: { include: ['tests/**', 'tests/conftest.py'] } });
    expect(result.report.findings.filter((f) => f.rule === RULE).map((f) => f.severity)).toEqual(['notice']);
    expect(result.report.metrics).toMatchObject({ 'harness-files-changed': 1, 'harness-files-scoped': 1, 'harness-caught': 0, 'harness-layer': 'checked-with-ticket' });
    expect(result.rules).toEqual(['collection-config-changed']);
  });

  it('accepts a `**/conftest.py` pattern: it names the file', async () => {
    const result = await guard(PY, { write: { 'tests/conftest.py': 'import pytest\n\n\n@pytest.fixture\ndef cart():\n    return []\n' } }, { ticket: { include: ['**/conftest.py'] } });
    expect(result.report.verdict).toBe('pass');
  });

  it('does not take a wildcard (`tests/**`) for naming the file, and says so', async () => {
    const result = await expectHarnessFailure(PY, change, 'tests/conftest.py', { include: ['tests/**'] });
    expect(result.errors.find((f) => f.rule === RULE)!.message).toContain("a wildcard such as 'tests/**' does not count");
  });

  it('takes the grant away when an exclude pattern matches', async () => {
    await expectHarnessFailure(PY, change, 'tests/conftest.py', { include: ['tests/conftest.py'], exclude: ['**/conftest.py'] });
  });

  it('without a ticket, says how to scope the change and counts it in the metrics', async () => {
    const result = await expectHarnessFailure(PY, change, 'tests/conftest.py');
    expect(result.report.metrics).toMatchObject({ 'harness-layer': 'checked-without-ticket', 'harness-files-changed': 1, 'harness-caught': 1 });
    expect(result.summary).toContain('### Test harness (layer 2)');
    expect(result.summary).toContain('**not in the ticket scope**');
  });

  it('catches the hook in a PR of many files as in a PR of one (the harness layer starts later there)', async () => {
    // Above 64 changed files the harness layer starts once the collection has; below, at once.
    const many: Record<string, string> = { ...change.write };
    for (let k = 0; k < 80; k += 1) many[`tests/test_more_${k}.py`] = `def test_more_${k}():\n    assert True\n`;
    const result = await expectHarnessFailure(PY, { write: many }, 'tests/conftest.py');
    expect(result.report.metrics).toMatchObject({ 'changed-files': 81, 'harness-files-changed': 1, 'harness-caught': 1 });
    expect(result.report.metrics['head-total']).toBe(82);
  });
});

describe('layer 2: ordinary test files, fixtures and dependency bumps are not harness', () => {
  const passing: { name: string; base?: Record<string, string>; change: Change }[] = [
    { name: 'a new test file with its own fixtures and data', change: { write: { 'tests/test_new.py': 'import pytest\n\n\n@pytest.fixture\ndef cart():\n    return []\n\n\ndef test_new(cart):\n    assert cart == []\n', 'tests/fixtures/cart.json': '{}\n' } } },
    { name: 'a test helper module without hooks', change: { write: { 'tests/helpers.py': 'def make_cart():\n    return []\n' } } },
    { name: 'a package.json dependency bump', base: { 'package.json': '{"scripts":{"test":"vitest run"},"devDependencies":{"c8":"^9.1.0"}}\n' }, change: { write: { 'package.json': '{"scripts":{"test":"vitest run"},"devDependencies":{"c8":"^10.1.2"}}\n' } } },
    { name: 'a pyproject.toml dependency bump beside an unchanged pytest table', base: { ...PY, 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pytest>=8.0"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' }, change: { write: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pytest>=8.3"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' } } },
    { name: 'a new JS test file and a source module no test config loads', base: { 'vitest.config.mjs': "export default { test: { setupFiles: ['./test/setup.mjs'] } };\n", 'test/setup.mjs': '\n', 'src/cart.mjs': 'export const cart = [];\n' }, change: { write: { 'src/cart.mjs': 'export const cart = [1];\n', 'src/cart.test.mjs': "import { test } from 'vitest';\n\ntest('cart', () => {});\n" } } },
    { name: 'a Cargo.toml dependency bump', base: { 'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1.0.100"\n' }, change: { write: { 'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1.0.200"\n' } } },
    { name: 'a build.gradle dependency bump', base: { 'build.gradle': "dependencies {\n    implementation 'a:b:1.0'\n}\n\ntest {\n    useJUnitPlatform()\n}\n" }, change: { write: { 'build.gradle': "dependencies {\n    implementation 'a:b:1.1'\n}\n\ntest {\n    useJUnitPlatform()\n}\n" } } },
  ];
  for (const c of passing) {
    it(`passes ${c.name}`, async () => {
      const result = await guard(c.base ?? PY, c.change);
      expect(result.report.findings.filter((f) => f.rule === RULE), JSON.stringify(result.report.findings, null, 1)).toEqual([]);
      expect(result.report.verdict).toBe('pass');
      expect(result.report.metrics['harness-files-changed']).toBe(0);
    });
  }
});

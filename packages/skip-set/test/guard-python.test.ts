import { describe, expect, it } from 'vitest';
import { edit, guard } from './guard-harness.js';

const PLAIN = `import pytest


def test_alpha():
    assert 1 + 1 == 2


def test_beta():
    assert "b" * 2 == "bb"
`;

/** Each case edits tests/test_mod.py from `before` to `after` and expects exactly these error rules. */
const cases: { name: string; before?: string; after: string; rules: string[]; status?: string }[] = [
  { name: '@pytest.mark.skip on an active test', after: PLAIN.replace('def test_alpha', '@pytest.mark.skip(reason="flaky")\ndef test_alpha'), rules: ['new-skip'], status: 'skipped' },
  { name: '@pytest.mark.skipif on an active test', after: PLAIN.replace('def test_alpha', '@pytest.mark.skipif(True, reason="later")\ndef test_alpha'), rules: ['new-skip'] },
  { name: '@pytest.mark.xfail on an active test', after: PLAIN.replace('def test_alpha', '@pytest.mark.xfail\ndef test_alpha'), rules: ['new-skip'], status: 'xfail' },
  { name: '`from pytest import mark` then @mark.skip', after: PLAIN.replace('import pytest', 'from pytest import mark').replace('def test_beta', '@mark.skip\ndef test_beta'), rules: ['new-skip'] },
  { name: 'a module-level pytestmark list with skipif', after: PLAIN.replace('import pytest\n', 'import pytest\n\npytestmark = [pytest.mark.filterwarnings("ignore"), pytest.mark.skipif(True, reason="x")]\n'), rules: ['new-skip'] },
  { name: 'a module-level pytest.importorskip', after: PLAIN.replace('import pytest\n', 'import pytest\n\nnumpy = pytest.importorskip("numpy")\n'), rules: ['new-skip'] },
  { name: 'an alias of a skip mark used as decorator', after: PLAIN.replace('import pytest\n', 'import pytest\n\nslow = pytest.mark.skipif(True, reason="slow")\n').replace('def test_beta', '@slow\ndef test_beta'), rules: ['new-skip'] },
  { name: 'pytest.skip() in a test body', after: PLAIN.replace('    assert 1 + 1 == 2', '    if True:\n        pytest.skip("no")\n    assert 1 + 1 == 2'), rules: ['new-skip'] },
  { name: 'pytest.importorskip() in a test body', after: PLAIN.replace('    assert 1 + 1 == 2', '    np = pytest.importorskip("numpy")\n    assert 1 + 1 == 2'), rules: ['new-skip'] },
  { name: 'pytest.xfail() in a test body', after: PLAIN.replace('    assert 1 + 1 == 2', '    pytest.xfail("broken")'), rules: ['new-skip'], status: 'xfail' },
  {
    name: 'a skip call inside a fixture the test requests',
    after: PLAIN.replace('def test_alpha():', '@pytest.fixture\ndef database():\n    pytest.skip("no database here")\n\n\ndef test_alpha(database):'),
    rules: ['new-skip'],
  },
  {
    name: 'a skip call inside an autouse fixture',
    after: PLAIN.replace('def test_alpha():', '@pytest.fixture(autouse=True)\ndef _gate():\n    pytest.skip("off")\n\n\ndef test_alpha():'),
    rules: ['new-skip'],
  },
  {
    name: 'a new pytest.param case marked skip',
    before: 'import pytest\n\n@pytest.mark.parametrize("x", [1, 2])\ndef test_p(x):\n    assert x\n',
    after: 'import pytest\n\n@pytest.mark.parametrize("x", [1, pytest.param(2, marks=pytest.mark.skip(reason="bug"))])\ndef test_p(x):\n    assert x\n',
    rules: ['new-skip'],
  },
  {
    name: 'a pytest.param case marked xfail through a module-level list',
    before: 'import pytest\n\nCASES = [1, 2]\n\n@pytest.mark.parametrize("x", CASES)\ndef test_p(x):\n    assert x\n',
    after: 'import pytest\n\nCASES = [1, pytest.param(2, marks=[pytest.mark.xfail], id="two")]\n\n@pytest.mark.parametrize("x", CASES)\ndef test_p(x):\n    assert x\n',
    rules: ['new-skip'],
  },
  { name: 'a class decorated with skip covers its methods', before: 'import pytest\n\nclass TestK:\n    def test_one(self):\n        pass\n', after: 'import pytest\n\n@pytest.mark.skip\nclass TestK:\n    def test_one(self):\n        pass\n', rules: ['new-skip'] },
  { name: 'pytestmark inside a class', before: 'import pytest\n\nclass TestK:\n    def test_one(self):\n        pass\n', after: 'import pytest\n\nclass TestK:\n    pytestmark = pytest.mark.xfail\n\n    def test_one(self):\n        pass\n', rules: ['new-skip'] },
  {
    name: 'the comment, string, docstring or f-string that mentions a skip is no skip',
    after: `import pytest


def test_alpha():
    """Calls pytest.skip("x") only in this docstring; @pytest.mark.skip too."""
    # pytest.skip("commented out")
    text = "pytest.skip('in a string')"
    raw = r'raise unittest.SkipTest \\d'
    nested = f"{'pytest.skip()'} and {text!r:>{10}}"
    assert 1 + 1 == 2


def test_beta():
    assert "b" * 2 == "bb"
`,
    rules: [],
  },
  { name: 'a skip that was already there at base', before: PLAIN.replace('def test_alpha', '@pytest.mark.skip\ndef test_alpha'), after: PLAIN.replace('def test_alpha', '@pytest.mark.skip\ndef test_alpha').replace('"bb"', '"b" + "b"'), rules: [] },
  { name: 'a custom mark that is not a skip', after: PLAIN.replace('def test_alpha', '@pytest.mark.slow\n@pytest.mark.parametrize("skip", [True])\ndef test_alpha'), rules: [] },
  { name: 'a new test added active', after: `${PLAIN}\n\ndef test_gamma():\n    assert True\n`, rules: [] },
  { name: 'a new test added skipped', after: `${PLAIN}\n\n@pytest.mark.skip\ndef test_gamma():\n    assert True\n`, rules: ['new-skip'] },
  { name: 'a deleted test', after: PLAIN.replace(/def test_beta[^]*$/, ''), rules: ['test-removed', 'tests-decreased'] },
  { name: 'a syntax error that swallows the rest of the module', after: PLAIN.replace('"b" * 2', '"b * 2'), rules: ['collection-error'] },
];

describe('pytest tests', () => {
  for (const c of cases) {
    it(`${c.rules.length > 0 ? 'flags' : 'passes'} ${c.name}`, async () => {
      const run = await edit('tests/test_mod.py', c.before ?? PLAIN, c.after);
      expect([...new Set(run.rules)].sort()).toEqual([...c.rules].sort());
      expect(run.report.verdict).toBe(c.rules.length > 0 ? 'fail' : 'pass');
      if (c.status) expect(run.report.findings.find((f) => f.rule === 'new-skip')?.message).toContain(c.status);
    });
  }

  it('reports a test renamed inside its file as a notice, not a removal', async () => {
    const run = await edit('tests/test_mod.py', PLAIN, PLAIN.replace('def test_beta', 'def test_beta_renamed'));
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings.map((f) => [f.rule, f.severity])).toEqual([['test-renamed', 'notice']]);
  });

  it('keeps the tests of a file moved with git mv', async () => {
    const run = await guard({ 'tests/test_mod.py': PLAIN }, { move: [['tests/test_mod.py', 'tests/unit/test_mod.py']] });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings).toEqual([]);
  });

  it('reports a test moved to another file as a notice', async () => {
    const run = await guard(
      { 'tests/test_mod.py': PLAIN, 'tests/test_other.py': 'def test_other():\n    pass\n' },
      { write: { 'tests/test_mod.py': PLAIN.replace(/def test_beta[^]*$/, ''), 'tests/test_other.py': 'def test_other():\n    pass\n\n\ndef test_beta():\n    assert "b" * 2 == "bb"\n' } },
    );
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings.map((f) => f.rule)).toEqual(['test-moved']);
  });

  it('does not take a different test with the same name in another file for a move', async () => {
    const run = await guard(
      { 'tests/test_mod.py': PLAIN, 'tests/test_other.py': 'def test_other():\n    pass\n' },
      { write: { 'tests/test_mod.py': PLAIN.replace(/def test_beta[^]*$/, ''), 'tests/test_other.py': 'def test_other():\n    pass\n\n\ndef test_beta():\n    pass\n' } },
    );
    expect(run.rules).toEqual(['test-removed']);
  });

  it('flags a test file renamed so that python_files no longer matches it', async () => {
    const run = await guard({ 'tests/test_mod.py': PLAIN }, { move: [['tests/test_mod.py', 'tests/mod_checks.py']] });
    expect(run.rules).toContain('test-removed');
    expect(run.errors.find((f) => f.rule === 'test-removed')!.message).toContain('collection pattern does not match');
  });

  it('reads the ids pytest uses: module, class and method', async () => {
    const run = await edit('tests/test_ids.py', 'class TestOuter:\n    class TestInner:\n        def test_x(self):\n            pass\n', 'import pytest\n\nclass TestOuter:\n    class TestInner:\n        @pytest.mark.skip\n        def test_x(self):\n            pass\n');
    expect(run.errors[0]!.test).toBe('tests/test_ids.py::TestOuter::TestInner::test_x');
    expect(run.errors[0]!.line).toBe(6);
  });
});

const CASE = `import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.value = 2

    def test_add(self):
        self.assertEqual(self.value + 1, 3)

    def test_sub(self):
        self.assertEqual(self.value - 1, 1)
`;

describe('unittest tests', () => {
  const unittestCases: { name: string; after: string; rules: string[] }[] = [
    { name: '@unittest.skip on a method', after: CASE.replace('    def test_add', '    @unittest.skip("later")\n    def test_add'), rules: ['new-skip'] },
    { name: '@unittest.skipIf on the class', after: CASE.replace('class Arithmetic', '@unittest.skipIf(True, "never")\nclass Arithmetic'), rules: ['new-skip'] },
    { name: '@unittest.expectedFailure', after: CASE.replace('    def test_sub', '    @unittest.expectedFailure\n    def test_sub'), rules: ['new-skip'] },
    { name: 'raise unittest.SkipTest in a test', after: CASE.replace('        self.assertEqual(self.value - 1, 1)', '        raise unittest.SkipTest("no")'), rules: ['new-skip'] },
    { name: 'self.skipTest() in a test', after: CASE.replace('        self.assertEqual(self.value + 1, 3)', '        self.skipTest("no")'), rules: ['new-skip'] },
    { name: 'self.skipTest() in setUp skips every test of the class', after: CASE.replace('        self.value = 2', '        self.skipTest("no")'), rules: ['new-skip'] },
    { name: 'a skipTest named only in a comment', after: CASE.replace('        self.value = 2', '        self.value = 2  # self.skipTest("no") was here'), rules: [] },
  ];
  for (const c of unittestCases) {
    it(`${c.rules.length > 0 ? 'flags' : 'passes'} ${c.name}`, async () => {
      const run = await edit('tests/test_case.py', CASE, c.after);
      expect([...new Set(run.rules)]).toEqual(c.rules);
    });
  }

  it('counts both tests when setUp skips', async () => {
    const run = await edit('tests/test_case.py', CASE, CASE.replace('        self.value = 2', '        self.skipTest("no")'));
    expect(run.errors).toHaveLength(2);
  });
});

describe('conftest.py fixtures', () => {
  it('rescans the tests under a conftest.py whose fixture starts to skip', async () => {
    const conftest = 'import pytest\n\n@pytest.fixture\ndef service():\n    return 1\n';
    const run = await guard(
      { 'tests/conftest.py': conftest, 'tests/test_uses.py': 'def test_uses(service):\n    assert service\n', 'tests/test_other.py': 'def test_other():\n    pass\n' },
      { write: { 'tests/conftest.py': conftest.replace('    return 1', '    pytest.skip("service down")') } },
      { ticket: { include: ['tests/conftest.py'] } },
    );
    expect(run.errors.map((f) => f.test)).toEqual(['tests/test_uses.py::test_uses']);
    expect(run.errors[0]!.message).toContain("fixture 'service'");
  });
});

describe('test classes whose bases live in other modules', () => {
  const base = {
    'tests/__init__.py': '',
    'tests/shared/__init__.py': 'from .checks import BaseChecks\n',
    'tests/shared/checks.py': 'import pytest\n\n\nclass BaseChecks:\n    def test_shared(self):\n        assert self.value\n',
    'tests/test_impl.py': 'from tests.shared import BaseChecks\n\n\nclass TestImpl(BaseChecks):\n    value = 1\n',
  };

  it('flags a skip added to an inherited test method in a shared module (found through git grep)', async () => {
    const run = await guard(base, { write: { 'tests/shared/checks.py': base['tests/shared/checks.py'].replace('    def test_shared', '    @pytest.mark.skip\n    def test_shared') } });
    expect(run.errors.map((f) => [f.rule, f.test, f.line])).toEqual([['new-skip', 'tests/test_impl.py::TestImpl::test_shared', 4]]);
  });

  it('passes a change to the shared module that skips nothing', async () => {
    const run = await guard(base, { write: { 'tests/shared/checks.py': `${base['tests/shared/checks.py']}    # pytest.mark.skip would go here\n` } });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics['head-total']).toBe(1);
  });
});

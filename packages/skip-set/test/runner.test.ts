import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '@agent-guards/config';
import { openSandbox } from '@agent-guards/sandbox';
import { collectSources, collectStaticAt, collectWithPytest, compareCollections, defaultPatterns, withWorktree, type TestCollection } from '../src/index.js';
import { guard, pullRequest } from './guard-harness.js';

const MODULE = `import sys

import pytest


def test_runs():
    assert True


class TestGroup:
    def test_member(self):
        assert True
`;

/** The real pytest's collection of a commit, on a worktree, in the default sandbox. */
function pytestAt(repo: string, rev: string): Promise<TestCollection> {
  return withWorktree(repo, rev, async (dir) => {
    const sandbox = await openSandbox({ settings: PolicySchema.parse({ version: 1 }).runner.sandbox, policyPath: 'p.yml', workdir: dir, readOnlyWorkdir: true });
    try {
      return await collectWithPytest(dir, { sandbox });
    } finally {
      await sandbox.close();
    }
  });
}

describe('pytest runner collector (real pytest)', () => {
  it('reports every item with its status, skipif conditions evaluated, and leaves no worktree behind', async () => {
    const files = {
      'tests/test_m.py': `${MODULE}\n\n@pytest.mark.skipif(sys.platform == "linux", reason="not on linux")\ndef test_not_linux():\n    pass\n\n\n@pytest.mark.skipif(sys.platform == "win32", reason="not on windows")\ndef test_not_windows():\n    pass\n\n\n@pytest.mark.parametrize("x", [1, pytest.param(2, marks=pytest.mark.xfail)])\ndef test_p(x):\n    pass\n`,
    };
    const pr = pullRequest(files, {});
    writeFileSync(pr.repo.path('tests/test_uncommitted.py'), 'def test_wip(:\n');
    const collection = await pytestAt(pr.repo.dir, pr.head);
    const status = Object.fromEntries([...collection.tests.values()].map((t) => [t.id, t.status]));
    expect(status).toEqual({
      'tests/test_m.py::test_runs': 'active',
      'tests/test_m.py::TestGroup::test_member': 'active',
      'tests/test_m.py::test_not_linux': 'skipped',
      'tests/test_m.py::test_not_windows': 'active',
      'tests/test_m.py::test_p[1]': 'active',
      'tests/test_m.py::test_p[2]': 'xfail',
    });
    // The working tree's uncommitted broken file was never collected, and the worktree is gone.
    expect(collection.errors).toEqual([]);
    expect(existsSync(pr.repo.path('tests/test_uncommitted.py'))).toBe(true);
    expect(pr.repo.git('worktree', 'list').split('\n')).toHaveLength(1);
    // The static collector reads both skipif marks as skips; pytest runs the one whose condition is false.
    const disagreements = compareCollections(collectSources(Object.entries(files).map(([path, text]) => ({ path, text })), defaultPatterns()), collection, () => true);
    expect(disagreements.map((d) => d.id)).toEqual(['tests/test_m.py::test_not_windows']);
  });

  it('names tests as pytest does where their names hold letters outside ASCII, NFKC-normalized as Python reads them', async () => {
    const files = { 'tests/test_u.py': 'import pytest\n\n\ndef test_\u00fcn\u00efcode():\n    pass\n\n\nclass Test\u00dcber:\n    def test_stra\u00dfe(self):\n        pass\n\n\ndef test_\uff57ide():\n    pass\n\n\n@pytest.mark.\uff53kip\ndef test_\u00e9t\u00e9():\n    pass\n' };
    const pr = pullRequest(files, {});
    const byPytest = await pytestAt(pr.repo.dir, pr.head);
    const statuses = (c: TestCollection): Record<string, string> => Object.fromEntries([...c.tests.values()].map((t) => [t.id, t.status]));
    const expected = {
      'tests/test_u.py::test_\u00fcn\u00efcode': 'active',
      'tests/test_u.py::Test\u00dcber::test_stra\u00dfe': 'active',
      'tests/test_u.py::test_wide': 'active',
      'tests/test_u.py::test_\u00e9t\u00e9': 'skipped',
    };
    expect(statuses(byPytest)).toEqual(expected);
    expect(statuses(await collectStaticAt(pr.repo.dir, pr.head, defaultPatterns()))).toEqual(expected);
  });

  it('passes a skipif whose condition is false where it runs, and matches a test renamed in its file', async () => {
    const after = MODULE.replace('def test_runs', '@pytest.mark.skipif(sys.platform == "win32", reason="windows")\ndef test_runs').replace('def test_member', 'def test_member_renamed');
    const run = await guard({ 'tests/test_m.py': MODULE }, { write: { 'tests/test_m.py': after } }, { collector: 'runner' });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics).toMatchObject({ collector: 'runner', 'head-total': 2, 'head-active': 2 });
    expect(run.report.findings.map((f) => f.rule)).toEqual(['test-renamed']);
  });

  it('fails on an import error at head: the module’s tests are lost', async () => {
    const run = await guard({ 'tests/test_m.py': MODULE }, { write: { 'tests/test_m.py': `import module_that_does_not_exist\n${MODULE}` } }, { collector: 'runner' });
    expect(run.report.verdict).toBe('fail');
    expect(run.rules).toContain('collection-error');
    expect(run.rules).toContain('test-removed');
  });

  it('sees tests deselected by addopts and modules skipped at collection as new skips, and says where static disagrees', async () => {
    const run = await guard(
      { 'tests/test_m.py': MODULE, 'tests/test_n.py': 'import pytest\n\n\ndef test_n():\n    pass\n', 'pytest.ini': '[pytest]\n' },
      {
        write: {
          'pytest.ini': '[pytest]\naddopts = --deselect tests/test_m.py::test_runs\n',
          'tests/test_n.py': 'import pytest\n\npytest.importorskip("module_that_does_not_exist")\n\n\ndef test_n():\n    pass\n',
        },
      },
      // The ticket names pytest.ini: this is the collectors' view of it (the harness rule is tested on its own).
      { collector: 'both', ticket: { include: ['pytest.ini'] } },
    );
    expect([...new Set(run.rules)].sort()).toEqual(['collection-config-changed', 'new-skip', 'tests-decreased']);
    expect(run.errors.filter((f) => f.rule === 'new-skip').map((f) => f.test).sort()).toEqual(['tests/test_m.py::test_runs', 'tests/test_n.py::test_n']);
    // Only pytest applies the --deselect: the static collector still sees test_runs as active.
    const disagreement = run.report.findings.find((f) => f.rule === 'collector-disagreement' && f.test === 'tests/test_m.py::test_runs');
    expect(disagreement?.message).toContain('deselected');
  });
});

// Go is a CI prerequisite (.ci/run installs golang-go): this suite never skips.
describe('go runner collector (go test -list)', () => {
  const GO_MOD = 'module example.com/shop\n\ngo 1.19\n';
  const TEST = 'package cart\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {}\n\nfunc TestRemove(t *testing.T) {}\n';
  it('agrees with the static collector on build constraints and lists the tests by package directory', async () => {
    const run = await guard(
      { 'go.mod': GO_MOD, 'cart/cart.go': 'package cart\n', 'cart/cart_test.go': TEST },
      { write: { 'cart/cart_test.go': `//go:build integration\n\n${TEST}` } },
      { collector: 'both', frameworks: ['go'] },
    );
    expect([...new Set(run.rules)].sort()).toEqual(['new-skip', 'test-removed', 'tests-decreased']);
    expect(run.report.findings.filter((f) => f.rule === 'collector-disagreement')).toEqual([]);
    expect(run.report.metrics['base-total']).toBe(2);
  });

  it('reports a package that no longer builds as a collection error', async () => {
    const run = await guard(
      { 'go.mod': GO_MOD, 'cart/cart.go': 'package cart\n', 'cart/cart_test.go': TEST },
      { write: { 'cart/cart.go': 'package cart\n\nfunc broken( {\n' } },
      { collector: 'runner', frameworks: ['go'] },
    );
    expect(run.report.verdict).toBe('fail');
    expect(run.rules).toContain('collection-error');
  });
});

describe('vitest runner collector from the installed node_modules', () => {
  it('decides the files vitest collects, and the static collector agrees with it', async () => {
    const spec = "import { describe, it } from 'vitest';\n\ndescribe('cart', () => {\n  it('adds', () => {});\n  it('removes', () => {});\n});\n";
    const run = await guard(
      { 'package.json': '{"type":"module"}\n', 'src/cart.test.ts': spec },
      { write: { 'src/cart.test.ts': spec.replace("it('removes'", "it.skip('removes'") } },
      { collector: 'both', frameworks: ['vitest'], runner: { nodeModulesFrom: process.cwd() } },
    );
    expect(run.rules).toEqual(['new-skip']);
    expect(run.report.findings.filter((f) => f.rule === 'collector-disagreement')).toEqual([]);
    expect(run.report.findings.filter((f) => f.rule === 'runner-unavailable')).toEqual([]);
  });
});

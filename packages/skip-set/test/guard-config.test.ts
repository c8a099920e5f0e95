import { describe, expect, it } from 'vitest';
import { forgetGitAnswers } from '@agent-guards/git';
import { logGitProcesses } from '@agent-guards/testkit';
import { guard } from './guard-harness.js';

const TESTS = { 'tests/test_a.py': 'def test_one():\n    pass\n\n\ndef test_two():\n    pass\n', 'tests/test_b.py': 'def test_three():\n    pass\n' };

describe('collection configuration', () => {
  const cases: { name: string; base: Record<string, string>; after: Record<string, string>; key?: string; rules: string[] }[] = [
    { name: 'pytest.ini addopts with --deselect', base: { 'pytest.ini': '[pytest]\naddopts = -ra\n' }, after: { 'pytest.ini': '[pytest]\naddopts = -ra\n    --deselect tests/test_a.py::test_one\n' }, key: 'pytest.addopts', rules: ['collection-config-changed'] },
    { name: 'pyproject.toml addopts with -m', base: { 'pyproject.toml': '[project]\nname = "x"\n' }, after: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.pytest.ini_options]\naddopts = "-m \'not slow\'"\n' }, key: 'pytest.addopts', rules: ['collection-config-changed'] },
    { name: 'setup.cfg testpaths', base: { 'setup.cfg': '[tool:pytest]\ntestpaths = tests\n' }, after: { 'setup.cfg': '[tool:pytest]\ntestpaths = tests/unit\n' }, key: 'pytest.testpaths', rules: ['collection-config-changed', 'test-removed', 'tests-decreased'] },
    { name: 'tox.ini python_files', base: { 'tox.ini': '[pytest]\npython_files = test_*.py\n' }, after: { 'tox.ini': '[pytest]\npython_files = test_a.py\n' }, key: 'pytest.python_files', rules: ['collection-config-changed', 'test-removed', 'tests-decreased'] },
    { name: 'conftest.py collect_ignore', base: { 'tests/conftest.py': 'import pytest\n' }, after: { 'tests/conftest.py': 'import pytest\n\ncollect_ignore = ["test_b.py"]\n' }, key: 'conftest.collect_ignore', rules: ['collection-config-changed'] },
    { name: 'vitest test.exclude', base: { 'vitest.config.ts': "export default { test: { exclude: ['**/node_modules/**'] } };\n" }, after: { 'vitest.config.ts': "export default { test: { exclude: ['**/node_modules/**', 'src/slow/**'] } };\n" }, key: 'vitest.test.exclude', rules: ['collection-config-changed'] },
    { name: 'jest testPathIgnorePatterns in package.json', base: { 'package.json': '{"name":"x","jest":{}}\n' }, after: { 'package.json': '{"name":"x","jest":{"testPathIgnorePatterns":["/legacy/"]}}\n' }, key: 'jest.testPathIgnorePatterns', rules: ['collection-config-changed'] },
    { name: 'jest.config.js testMatch', base: { 'jest.config.js': "module.exports = { testMatch: ['**/*.test.js'] };\n" }, after: { 'jest.config.js': "module.exports = { testMatch: ['**/unit/*.test.js'] };\n" }, key: 'jest.testMatch', rules: ['collection-config-changed'] },
    { name: 'a pytest setting that does not select tests', base: { 'pytest.ini': '[pytest]\naddopts = -ra\n' }, after: { 'pytest.ini': '[pytest]\naddopts = -ra\nfilterwarnings = error\n' }, rules: [] },
    { name: 'a new package with its own test script (a notice)', base: {}, after: { 'pkg/package.json': '{"scripts":{"test":"vitest run"}}\n' }, rules: [] },
    { name: 'vitest coverage.exclude', base: { 'vitest.config.ts': "export default { test: { coverage: { exclude: ['a'] } } };\n" }, after: { 'vitest.config.ts': "export default { test: { coverage: { exclude: ['a', 'b'] } } };\n" }, rules: [] },
  ];
  for (const c of cases) {
    it(`${c.rules.length > 0 ? 'flags' : 'passes'} a change of ${c.name}`, async () => {
      // The ticket names the config files: this is layer 1's view of them (layer 2 is tested in guard-harness-rule).
      const run = await guard({ ...TESTS, ...c.base }, { write: c.after }, { ticket: { include: Object.keys(c.after) } });
      expect([...new Set(run.rules)].sort()).toEqual([...c.rules].sort());
      if (c.key) {
        expect(run.errors.find((f) => f.rule === 'collection-config-changed')?.message).toContain(c.key);
        expect(run.report.metrics.scan).toBe('full');
      }
    });
  }
});

describe('incremental scan', () => {
  it('parses only the changed test files when no collection setting changed', async () => {
    const run = await guard(
      { ...TESTS, 'tests/test_broken.py': 'def test_x(:\n' },
      { write: { 'tests/test_a.py': `${TESTS['tests/test_a.py']}\n\ndef test_new():\n    pass\n` } },
    );
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics).toMatchObject({ scan: 'incremental', 'files-scanned-head': 1, 'base-total': 2, 'head-total': 3 });
  });

  it('scans everything once a collection setting changes', async () => {
    const run = await guard({ ...TESTS, 'pytest.ini': '[pytest]\n' }, { write: { 'pytest.ini': '[pytest]\naddopts = -k "not two"\n' } }, { ticket: { include: ['pytest.ini'] } });
    expect(run.report.metrics).toMatchObject({ scan: 'full', 'files-scanned-head': 2, 'head-total': 3 });
    expect(run.errors[0]!.message).toContain('-k filters tests by name');
  });

  it('ends in verdict error when the base itself cannot be collected', async () => {
    const run = await guard({ 'tests/test_a.py': 'def test_x():\n    s = """never closed\n' }, { write: { 'tests/test_a.py': 'def test_x():\n    pass\n' } });
    expect(run.report.verdict).toBe('error');
    expect(run.report.findings[0]!.rule).toBe('collection-error');
  });

  it('puts base and head totals by status in the outputs and summary', async () => {
    const run = await guard(TESTS, { write: { 'tests/test_b.py': 'import pytest\n\n@pytest.mark.skip\ndef test_three():\n    pass\n' } });
    expect(run.outputs).toMatchObject({ 'skipped-added': 1, 'tests-removed': 0, 'base-total': 1, 'head-total': 1, 'base-skipped': 0, 'head-skipped': 1 });
    expect(run.summary).toContain('| skipped | 0 | 1 | +1 |');
  });
});

describe('the root configuration', () => {
  // pytest.ini makes check_* functions tests: a skipped one is a new skip only if the guard read it.
  const base = { 'pytest.ini': '[pytest]\npython_functions = test_* check_*\n', 'tests/test_a.py': 'def check_one():\n    pass\n', 'go.mod': 'module example.com/x\n\ngo 1.22\n' };

  /** The rules the guard found, and the git processes it started to list trees or diff them. */
  async function treeQuestions(change: Record<string, string>): Promise<{ rules: string[]; processes: string[][] }> {
    forgetGitAnswers();
    const git = logGitProcesses();
    try {
      const run = await guard(base, { write: change });
      return { rules: run.rules, processes: git.calls().filter((args) => ['ls-tree', 'diff-tree', 'merge-base'].some((c) => args.includes(c))) };
    } finally {
      git.restore();
      forgetGitAnswers();
    }
  }

  it('of a Python PR is read from the tree objects by the git kept open for reads: no listing process', async () => {
    const { rules, processes } = await treeQuestions({ 'tests/test_a.py': 'import pytest\n\n@pytest.mark.skip\ndef check_one():\n    pass\n' });
    expect(rules).toContain('new-skip');
    expect(processes).toEqual([]);
  });

  it('of a PR that changes no module a test configuration loads is read from the root tree alike', async () => {
    const { rules, processes } = await treeQuestions({ 'go.mod': 'module example.com/x\n\ngo 1.23\n' });
    expect(rules).toEqual([]);
    expect(processes).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { runAction } from '../harness/run-action.js';
import { pullRequestPayload } from '../harness/webhook-payloads.js';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

const TESTS = `import pytest


def test_adds():
    assert 1 + 1 == 2


def test_subtracts():
    assert 2 - 1 == 1
`;

function pythonService(): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ '.github/agent-guards.yml': 'version: 1\n', 'tests/test_math.py': TESTS, 'src/calc.py': 'def add(a, b):\n    return a + b\n' });
  const base = repo.commit('chore: base');
  repo.checkout('agent/SVC-3-0000abcd', true);
  return { repo, base };
}

async function run(repo: TempRepo, base: string, inputs: Record<string, string> = {}) {
  return runAction({
    action: 'skip-set',
    workspace: repo.dir,
    inputs,
    event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: base, headSha: repo.head(), commits: 1 }) },
  });
}

describe('skip-set action (dist/index.js as the runner runs it)', () => {
  it('fails a PR that skips an existing test, annotating the test line', async () => {
    const { repo, base } = pythonService();
    repo.write({ 'tests/test_math.py': TESTS.replace('def test_subtracts', '@pytest.mark.skip(reason="flaky")\ndef test_subtracts') });
    repo.commit('test: skip a flaky test');
    const result = await run(repo, base);
    expect(result.stderr).toBe('');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['skipped-added']).toBe('1');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'tests/test_math.py', title: 'skip-set: new-skip' }));
    expect(result.summary).toContain('new-skip');
  });

  it('fails a PR that deletes a test, and passes one that adds a test', async () => {
    const { repo, base } = pythonService();
    repo.write({ 'tests/test_math.py': TESTS.replace(/\n\ndef test_subtracts\(\):\n {4}assert 2 - 1 == 1\n/, '\n') });
    repo.commit('test: drop a test');
    const removed = await run(repo, base);
    expect(removed.outputs.verdict).toBe('fail');
    expect(removed.outputs['tests-removed']).toBe('1');

    const fresh = pythonService();
    fresh.repo.write({ 'tests/test_math.py': `${TESTS}\n\ndef test_multiplies():\n    assert 2 * 3 == 6\n` });
    fresh.repo.commit('test: multiply');
    const added = await run(fresh.repo, fresh.base);
    expect(added.outputs.verdict).toBe('pass');
    expect(Number(added.outputs['head-total'])).toBe(Number(added.outputs['base-total']) + 1);
  });

  it('runs the real pytest collector from the bundle (the plugin ships in dist/)', async () => {
    const { repo, base } = pythonService();
    repo.write({ 'tests/test_math.py': TESTS.replace('def test_adds', '@pytest.mark.skipif(True, reason="always")\ndef test_adds') });
    repo.commit('test: skipif');
    const result = await run(repo, base, { collector: 'runner' });
    expect(result.stderr).toBe('');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['skipped-added']).toBe('1');
    expect(result.summary).toContain('runner collector');
  });

  it('runs the real jest collector from the bundle (the recording test runner ships in dist/)', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const spec = "describe('cart', () => {\n  it('adds', () => {});\n  test.each([[1], [2]])('counts %i', () => {});\n});\n";
    repo.write({
      '.github/agent-guards.yml': 'version: 1\n',
      '.gitignore': 'node_modules\n',
      'package.json': '{"name":"svc","private":true,"jest":{"testEnvironment":"node"}}\n',
      'src/cart.test.js': spec,
    });
    // The job's `npm ci`: this repository's node_modules has jest.
    symlinkSync(join(process.cwd(), 'node_modules'), repo.path('node_modules'), 'dir');
    const base = repo.commit('chore: base');
    repo.checkout('agent/SVC-4-0000abcd', true);
    repo.write({ 'src/cart.test.js': spec.replace('[[1], [2]]', '[[1]]') });
    repo.commit('test: fewer rows');
    const result = await run(repo, base, { collector: 'runner' });
    expect(result.stderr).toBe('');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['base-total']).toBe('3');
    expect(result.outputs['head-total']).toBe('2');
    expect(result.summary).toContain('counts %i[cart::counts 2]');
  });

  it('runs the real vitest collector from the bundle (its collection script ships in dist/)', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const spec = "import { it } from 'vitest';\nit('adds', () => {});\nit.runIf(process.platform === 'linux')('on linux', () => {});\n";
    repo.write({ '.github/agent-guards.yml': 'version: 1\n', '.gitignore': 'node_modules\n', 'package.json': '{"name":"svc","private":true,"type":"module"}\n', 'src/a.test.ts': spec });
    symlinkSync(join(process.cwd(), 'node_modules'), repo.path('node_modules'), 'dir');
    const base = repo.commit('chore: base');
    repo.checkout('agent/SVC-5-0000abcd', true);
    repo.write({ 'src/a.test.ts': spec.replace("'linux'", "'darwin'") });
    repo.commit('test: run elsewhere');
    const result = await run(repo, base, { collector: 'runner' });
    expect(result.stderr).toBe('');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['skipped-added']).toBe('1');
    expect(result.summary).toContain('on linux');
  });

  it('compares the test reports of base-reports and head-reports (layer 3), one path or glob a line from the workspace', async () => {
    const { repo, base } = pythonService();
    // A hook that skips a test while it runs: the head run's report shows it.
    repo.write({ 'tests/conftest.py': 'import pytest\n\n\ndef pytest_runtest_setup(item):\n    if item.name == "test_subtracts":\n        pytest.skip("later")\n' });
    repo.commit('test: a setup hook');
    const head = repo.head();
    for (const [side, rev] of [['base', base], ['head', head]] as const) {
      repo.checkout(rev);
      spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${repo.path(`.reports/${side}/junit.xml`)}`], { cwd: repo.dir });
    }
    const result = await run(repo, base, { 'base-reports': '.reports/base\n', 'head-reports': '\n.reports/head/*.xml\n' });
    expect(result.stderr).toBe('');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['tests-not-run']).toBe('1');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'tests/test_math.py', title: 'skip-set: test-not-run' }));
    expect(result.summary).toContain('Test results (layer 3)');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { main } from '../src/cli.js';
import { buildExampleRepo } from '../src/example-repo.js';

const dirs: TempRepo[] = [];
afterAll(() => dirs.forEach((d) => d.cleanup()));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd: process.cwd(), env: {}, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

describe('agent-guards CLI', () => {
  it('prints usage and exits 2 on an unknown command or a missing option', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    const missing = await cli(['scope', '--repo', '.']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --base, --ticket');
    const bad = await cli(['scope', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
  });

  it('keeps stdout to the JSON report with --json', async () => {
    const example = buildExampleRepo();
    dirs.push(new TempRepo(example.dir, { init: false }));
    const run = await cli(['scope', '--repo', example.dir, '--base', example.base, '--head', example.head, '--ticket', example.ticketPath, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ guard: 'manifest-scope', verdict: 'pass' });
  });

  it('takes two full SHAs as given, and a commit the clone lacks is an error verdict that names its role', async () => {
    const example = buildExampleRepo();
    dirs.push(new TempRepo(example.dir, { init: false }));
    const absent = 'ab'.repeat(20);
    for (const [base, head, role] of [
      [absent, example.head, 'base'],
      [example.base, absent, 'head'],
    ] as const) {
      const run = await cli(['scope', '--repo', example.dir, '--base', base, '--head', head, '--ticket', example.ticketPath, '--json']);
      expect(run.code).not.toBe(0);
      const report = JSON.parse(run.stdout) as { verdict: string; findings: { message: string }[] };
      expect(report.verdict).toBe('error');
      expect(report.findings.map((f) => f.message).join('\n')).toContain(`the ${role} commit '${absent}' is not in the local clone`);
    }
  });

  it('lints a manifest that grants a shell or a force push in any mode, listing every violation', async () => {
    const repo = new TempRepo();
    dirs.push(repo);
    repo.write({
      '.github/agent-manifest.yml':
        'version: 1\nmodes:\n  frame: { read: [read_file] }\n  plan: { inherit: frame, read: [bash] }\n  implement: { inherit: plan, write: [edit_file, delete_file] }\n  review: { inherit: implement, write: [git_force_push, web_fetch] }\n',
    });
    const run = await cli(['manifest-lint', '--repo', repo.dir, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { message: string }[] };
    expect(report.findings.map((f) => f.message.split(':')[0])).toEqual([
      "mode 'plan' binds 'bash'",
      "mode 'implement' binds 'delete_file'",
      "mode 'review' binds 'git_force_push'",
      "mode 'review' binds 'web_fetch'",
    ]);
  });

  it('passes the spec §5 manifest', async () => {
    const example = buildExampleRepo();
    dirs.push(new TempRepo(example.dir, { init: false }));
    const run = await cli(['manifest-lint', '--repo', example.dir]);
    expect(run.stdout).toContain('manifest-lint: PASS');
    expect(run.code).toBe(0);
  });

  it('skip-set compares the test reports of --base-reports and --head-reports (paths and globs from the current directory)', async () => {
    const repo = new TempRepo();
    const work = new TempRepo();
    dirs.push(repo, work);
    repo.write({ 'tests/test_calc.py': 'def test_adds():\n    assert 1 + 1 == 2\n\n\ndef test_subtracts():\n    assert 2 - 1 == 1\n', 'pytest.ini': '[pytest]\n' });
    const base = repo.commit('base');
    // A hook that skips a test at run time: only the run's report shows it.
    repo.write({ 'tests/conftest.py': 'import pytest\n\n\ndef pytest_runtest_setup(item):\n    if item.name == "test_subtracts":\n        pytest.skip("later")\n' });
    const head = repo.commit('head');
    for (const [side, rev] of [['base', base], ['head', head]] as const) {
      repo.checkout(rev);
      mkdirSync(join(work.dir, 'reports', side), { recursive: true });
      spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${join(work.dir, 'reports', side, 'junit.xml')}`], { cwd: repo.dir });
    }
    let stdout = '';
    const code = await main(['skip-set', '--repo', repo.dir, '--base', base, '--head', head, '--base-reports', 'reports/base', '--head-reports', 'reports/head/*.xml', '--json'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      cwd: work.dir,
      env: {},
      logger: new MemoryLogger(),
    });
    const report = JSON.parse(stdout) as { verdict: string; findings: { rule: string; test?: string }[]; metrics: Record<string, unknown> };
    expect(report.findings.filter((f) => f.rule === 'test-not-run').map((f) => f.test)).toEqual(['tests/test_calc.py::test_subtracts']);
    expect(report.metrics['results-layer']).toBe('compared');
    expect(code).toBe(1);
  });
});

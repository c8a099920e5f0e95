import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { runSkipSetGuard } from '@agent-guards/skip-set';
import { TempRepo } from '@agent-guards/testkit';
import { ROOT } from './shipped-files.js';
import { loadAuditFile, type StepModel } from './workflow-model.js';

/**
 * The layer-3 wiring of the reusable workflow's skip-set job: which steps run,
 * in which order, with what; and the shell of those steps run for real (git,
 * bash, pytest) where GitHub's own services (artifacts, cache) are not needed.
 */
const WORKFLOW = '.github/workflows/agent-guards.yml';
const file = loadAuditFile(join(ROOT, WORKFLOW), WORKFLOW);
const job = file.jobs.find((j) => j.id === 'skip-set')!;
const rawSteps = ((file.data.jobs as Record<string, { steps: Record<string, unknown>[] }>)['skip-set']!.steps);
const LAYER3 = "inputs.test-reports-artifact != ''";

function step(name: string): StepModel & { workingDirectory?: string } {
  const i = rawSteps.findIndex((s) => s.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  const wd = rawSteps[i]!['working-directory'];
  return { ...job.steps[i]!, ...(typeof wd === 'string' ? { workingDirectory: wd } : {}) };
}
const order = (name: string): number => rawSteps.findIndex((s) => s.name === name);

const temps: string[] = [];
const repos: TempRepo[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  for (const r of repos) r.cleanup();
});

/** Runs a step's `run:` as the runner does for `shell: bash` (`bash --noprofile --norc -eo pipefail`), with its env resolved by the test. */
function runStep(s: StepModel, env: Record<string, string>, cwd: string): { status: number; stdout: string; outputs: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  temps.push(dir);
  const script = join(dir, 'step.sh');
  const output = join(dir, 'output');
  writeFileSync(script, s.run!.value);
  writeFileSync(output, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: `${r.stdout}${r.stderr}`, outputs: parseOutputs(readFileSync(output, 'utf8')) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const heredoc = /^([\w-]+)<<(\w+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) out[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
  }
  return out;
}

const TESTS = 'def test_adds():\n    assert 1 + 1 == 2\n\n\ndef test_subtracts():\n    assert 2 - 1 == 1\n';

/** A service repository as the job checks it out into `service/`: base on main, the PR's head on a branch. */
function service(headTests: string): { workspace: string; runnerTemp: string; repo: TempRepo; base: string; head: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  temps.push(workspace, runnerTemp);
  mkdirSync(join(workspace, 'service'));
  const repo = new TempRepo(join(workspace, 'service'));
  repos.push(repo);
  repo.write({ 'tests/test_calc.py': TESTS, 'pytest.ini': '[pytest]\n' });
  const base = repo.commit('base');
  repo.checkout('agent/change', true);
  repo.write({ 'tests/test_calc.py': headTests });
  const head = repo.commit('head');
  return { workspace, runnerTemp, repo, base, head };
}

describe('agent-guards.yml: the skip-set job wires layer 3 (test results)', () => {
  const names = ["Check the test report inputs", "Download the head's test reports", "Restore the base's test reports", 'Check out the merge base (its test reports are not cached yet)', "Install the base's dependencies", "Run the base's tests for their reports", "Save the base's test reports"];

  it('runs every layer-3 step only when a report artifact is named, the base run only on a cache miss, in order, before the guard', () => {
    for (const name of names) expect(step(name).if?.value, name).toContain(LAYER3);
    for (const name of names.slice(3)) expect(step(name).if?.value, name).toContain("steps.base-cache.outputs.cache-hit != 'true'");
    const positions = [...names, 'skip-set'].map(order);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(order('Set up the service toolchain (runner collector)')).toBeLessThan(order(names[0]!));
  });

  it('restores and saves the base reports under one key (the merge base and the test settings), the paths the guard reads', () => {
    const restore = step("Restore the base's test reports");
    const save = step("Save the base's test reports");
    expect(restore.uses?.value).toMatch(/^actions\/cache\/restore@[0-9a-f]{40}$/);
    expect(save.uses?.value).toMatch(/^actions\/cache\/save@[0-9a-f]{40}$/);
    expect(restore.with.key?.value).toBe('${{ steps.reports.outputs.cache-key }}');
    expect(save.with.key?.value).toBe(restore.with.key?.value);
    expect(restore.with.path?.value).toBe('${{ steps.reports.outputs.base-paths }}');
    expect(save.with.path?.value).toBe(restore.with.path?.value);
    const guard = step('skip-set');
    expect(guard.with['base-reports']?.value).toBe(restore.with.path?.value);
    expect(guard.with['head-reports']?.value).toBe('${{ steps.reports.outputs.head-dir }}');
    expect(step("Download the head's test reports").env.HEAD_DIR?.value).toBe(guard.with['head-reports']?.value);
    // The base's dependencies install into the merge base's checkout, without preparing the sandbox twice.
    expect(step("Install the base's dependencies").with).toMatchObject({ 'working-directory': { value: '${{ steps.reports.outputs.base-dir }}' }, sandbox: { value: 'false' } });
  });

  it('may read artifacts of other runs (the test job can be in the service\u2019s CI workflow), and nothing more than it needs', () => {
    expect(job.permissions).toEqual({ contents: 'read', actions: 'read' });
    expect(step("Download the head's test reports").env.GH_TOKEN?.value).toBe('${{ github.token }}');
  });

  it('computes the merge base, the cache key and the base report paths; then the base\u2019s tests run on a checkout of the merge base and the guard reads what they wrote', async () => {
    const svc = service(TESTS.replace('def test_subtracts', 'import pytest\n\n\n@pytest.mark.skip(reason="later")\ndef test_subtracts'));
    const inputs = { ARTIFACT: 'test-reports', REPORTS_PATH: 'reports/*.xml\n  reports/go-test.json  \n', TEST_COMMAND: 'mkdir -p reports && python3 -m pytest -q -p no:cacheprovider --junitxml=reports/junit.xml; exit 1' };
    const check = runStep(step('Check the test report inputs'), { ...inputs, BASE_SHA: svc.base, HEAD_SHA: svc.head, RUNNER_TEMP: svc.runnerTemp }, svc.workspace);
    expect(check.status, check.stdout).toBe(0);
    const baseDir = join(svc.runnerTemp, 'agent-guards-base');
    expect(check.outputs).toMatchObject({
      'merge-base': svc.base,
      'cache-key': expect.stringMatching(new RegExp(`^agent-guards-test-reports-${svc.base}-[0-9a-f]{16}$`)),
      'base-dir': baseDir,
      'head-dir': join(svc.runnerTemp, 'agent-guards-reports', 'head'),
      'base-paths': `${baseDir}/reports/*.xml\n${baseDir}/reports/go-test.json`,
    });

    // A cache miss: the merge base is checked out beside the PR and its tests run there; they fail, the step does not.
    const checkout = runStep(step('Check out the merge base (its test reports are not cached yet)'), { MERGE_BASE: check.outputs['merge-base']!, BASE_DIR: baseDir }, svc.workspace);
    expect(checkout.status, checkout.stdout).toBe(0);
    const runBase = step("Run the base's tests for their reports");
    expect(runBase.workingDirectory).toBe('${{ steps.reports.outputs.base-dir }}');
    const base = runStep(runBase, { TEST_COMMAND: inputs.TEST_COMMAND }, baseDir);
    expect(base.status, base.stdout).toBe(0);
    expect(base.stdout).toContain("::warning title=skip-set::the base's test command exited 1");
    expect(existsSync(join(baseDir, 'reports', 'junit.xml'))).toBe(true);

    // The head's reports, as the artifact download leaves them; then the guard with the step outputs as its inputs.
    const headDir = check.outputs['head-dir']!;
    mkdirSync(headDir, { recursive: true });
    const head = spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${join(headDir, 'junit.xml')}`], { cwd: svc.repo.dir, encoding: 'utf8' });
    expect(existsSync(join(headDir, 'junit.xml')), head.stdout).toBe(true);
    const run = await runSkipSetGuard({
      repo: svc.repo.dir,
      base: svc.base,
      head: svc.head,
      policy: defaultPolicy(),
      logger: new MemoryLogger(),
      reports: { base: check.outputs['base-paths']!.split('\n'), head: [headDir], cwd: svc.workspace },
    });
    expect(run.report.findings.filter((f) => f.rule === 'test-not-run').map((f) => f.test)).toEqual(['tests/test_calc.py::test_subtracts']);
    // The unmatched go-test.json pattern is said, not fatal: the other pattern found the report.
    expect(run.report.findings).toContainEqual(expect.objectContaining({ rule: 'results-missing', severity: 'warning', message: expect.stringContaining('go-test.json') }));
    expect(run.report.verdict).toBe('fail');
  });

  it('refuses report paths outside the checkout and a missing test command', () => {
    const svc = service(TESTS);
    const env = { ARTIFACT: 'test-reports', BASE_SHA: svc.base, HEAD_SHA: svc.head, RUNNER_TEMP: svc.runnerTemp };
    const outside = runStep(step('Check the test report inputs'), { ...env, REPORTS_PATH: '../secrets/*.xml', TEST_COMMAND: 'true' }, svc.workspace);
    expect(outside.status).not.toBe(0);
    expect(outside.stdout).toContain("test-reports-path '../secrets/*.xml' must be relative to the repository root");
    const noCommand = runStep(step('Check the test report inputs'), { ...env, REPORTS_PATH: 'reports', TEST_COMMAND: '' }, svc.workspace);
    expect(noCommand.status).not.toBe(0);
    expect(noCommand.stdout).toContain('test-reports-path and test-command are needed too');
    const badName = runStep(step('Check the test report inputs'), { ...env, ARTIFACT: 'x&name=y', REPORTS_PATH: 'reports', TEST_COMMAND: 'true' }, svc.workspace);
    expect(badName.stdout).toContain('test-reports-artifact must be an artifact name');
  });
});

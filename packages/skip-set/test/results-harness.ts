import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MemoryLogger, type Finding, type GuardRun } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { containedProcessEnv } from '@agent-guards/sandbox';
import { runSkipSetGuard, withWorktree, type CollectorKind } from '../src/index.js';
import { borrowNodeModules } from '../src/runner/js-runner.js';
import { NODE_MODULES_FROM } from './framework-harness.js';
import { pullRequest, type Change } from './guard-harness.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'skip-set-reports-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** The environment the tools run in: no variable of this vitest run (a nested vitest must not think it is a worker). */
const TOOL_ENV = containedProcessEnv({ HOME: process.env.HOME ?? tmpdir(), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOPROXY: 'off' });

/** Runs a real test tool in `checkout`, writing its report(s) into `out`. Test failures are fine; no report is not. */
export type Tool = (checkout: string, out: string) => void;

function run(argv: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, env: { ...TOOL_ENV, ...env }, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return `${r.stdout}\n${r.stderr}`;
}

function wrote(file: string, output: string): void {
  if (!existsSync(file)) throw new Error(`the tool wrote no report ${file}:\n${output.slice(-3000)}`);
}

const bin = (dir: string, tool: string): string => join(dir, 'node_modules', '.bin', tool);

export const tools = {
  pytestJUnit: ((dir, out) => {
    const file = join(out, 'junit.xml');
    wrote(file, run(['python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${file}`], dir));
  }) satisfies Tool,
  goTestJson: ((dir, out) => {
    const r = spawnSync('go', ['test', '-json', './...'], { cwd: dir, env: TOOL_ENV, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    if (!r.stdout.includes('"Action"')) throw new Error(`go test -json wrote no event:\n${r.stderr}`);
    writeFileSync(join(out, 'go-test.json'), r.stdout);
  }) satisfies Tool,
  vitestJson: ((dir, out) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const file = join(out, 'vitest.json');
    wrote(file, run([bin(dir, 'vitest'), 'run', '--reporter=json', `--outputFile=${file}`], dir));
  }) satisfies Tool,
  vitestJUnit: ((dir, out) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const file = join(out, 'vitest-junit.xml');
    wrote(file, run([bin(dir, 'vitest'), 'run', '--reporter=junit', `--outputFile=${file}`], dir));
  }) satisfies Tool,
  jestJson: ((dir, out) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const file = join(out, 'jest.json');
    wrote(file, run([bin(dir, 'jest'), '--ci', '--json', `--outputFile=${file}`], dir));
  }) satisfies Tool,
  jestJUnit: ((dir, out) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const file = join(out, 'junit.xml');
    wrote(file, run([bin(dir, 'jest'), '--ci', '--reporters=jest-junit'], dir, { JEST_JUNIT_OUTPUT_DIR: out, JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' }));
  }) satisfies Tool,
  mochaJUnit: ((dir, out) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const file = join(out, 'mocha.xml');
    wrote(file, run([bin(dir, 'mocha'), '--reporter', 'mocha-junit-reporter', '--reporter-options', 'includePending=true'], dir, { MOCHA_FILE: file }));
  }) satisfies Tool,
};

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export interface ResultsRun extends GuardRun {
  rules: string[];
  errors: Finding[];
  /** Where the tool wrote each side's reports. */
  reports: { base: string; head: string };
}

/**
 * A pull request (a real repository: base commit, head commit), the real tool
 * run at each side on a worktree writing its reports, and the guard given
 * those reports, as the reusable workflow gives them.
 */
export async function guardWithReports(
  base: Record<string, string>,
  change: Change,
  tool: Tool,
  options: { collector?: CollectorKind; frameworks?: string[]; edit?: (side: 'base' | 'head', reports: string) => void } = {},
): Promise<ResultsRun> {
  const pr = pullRequest(base, change);
  const reports = { base: tempDir(), head: tempDir() };
  for (const side of ['base', 'head'] as const) {
    await withWorktree(pr.repo.dir, side === 'base' ? pr.base : pr.head, async (dir) => tool(dir, reports[side]));
    options.edit?.(side, reports[side]);
  }
  const policy = defaultPolicy();
  if (options.frameworks) policy.tests.frameworks = options.frameworks as typeof policy.tests.frameworks;
  const run = await runSkipSetGuard({
    repo: pr.repo.dir,
    base: pr.base,
    head: pr.head,
    policy,
    logger: new MemoryLogger(),
    ...(options.collector ? { collector: options.collector } : {}),
    reports: { base: [reports.base], head: [reports.head] },
  });
  const errors = run.report.findings.filter((f) => f.severity === 'error');
  return { ...run, rules: errors.map((f) => f.rule), errors, reports };
}

/** The layer-3 findings of a run. */
export function resultFindings(run: GuardRun): Finding[] {
  return run.report.findings.filter((f) => f.rule === 'test-not-run' || f.rule.startsWith('results-'));
}

import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { pullRequest, type Change } from './guard-harness.js';

export type PytestOutcome = 'PASSED' | 'FAILED' | 'SKIPPED' | 'XFAIL' | 'XPASS' | 'ERROR';

/**
 * Runs the real pytest (the machine's python3, pytest 9) on a checkout and
 * returns each test's outcome by node id; a test pytest did not run (not
 * collected, deselected, after an exit) is absent.
 */
export function runPytest(dir: string, args: string[] = []): { outcomes: Map<string, PytestOutcome>; status: number; output: string } {
  const run = spawnSync('python3', ['-m', 'pytest', '-v', '--no-header', '-p', 'no:cacheprovider', '-o', 'console_output_style=classic', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PYTHONDONTWRITEBYTECODE: '1', PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1' },
  });
  const output = `${run.stdout}${run.stderr}`;
  const outcomes = new Map<string, PytestOutcome>();
  for (const m of output.matchAll(/^(\S+::\S+) (PASSED|FAILED|SKIPPED|XFAIL|XPASS|ERROR)\b/gm)) outcomes.set(m[1]!, m[2] as PytestOutcome);
  return { outcomes, status: run.status ?? -1, output };
}

/**
 * The test the agent wants out of its way fails at base (its body runs and
 * asserts something false); at head pytest does not fail it: skipped, x-failed,
 * not collected, not reached, or "passed" without its body running.
 */
export function confirmStopsRunning(base: Record<string, string>, change: Change, test: string, atBase: 'FAILED' | 'XFAIL' = 'FAILED'): void {
  const pr = pullRequest(base, change);
  pr.repo.git('checkout', '--quiet', pr.base);
  const before = runPytest(pr.repo.dir);
  expect(before.outcomes.get(test), `at base: ${before.output}`).toBe(atBase);
  pr.repo.git('checkout', '--quiet', pr.head);
  const after = runPytest(pr.repo.dir);
  expect(after.outcomes.get(test), `at head: ${after.output}`).not.toBe('FAILED');
  expect(after.outcomes.get(test), `at head: ${after.output}`).not.toBe('ERROR');
  // An x-failed test ran at base (its body failed, as expected): at head it must not run at all.
  if (atBase === 'XFAIL') expect(after.output, `at head: ${after.output}`).toMatch(new RegExp(`^${test.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:SKIPPED|XFAIL \\(\\[NOTRUN\\])`, 'm'));
}

/** pytest at head runs the test's body: it still fails (the change kept it running). */
export function confirmStillRuns(base: Record<string, string>, change: Change, test: string): void {
  const pr = pullRequest(base, change);
  const after = runPytest(pr.repo.dir);
  expect(after.outcomes.get(test), `at head: ${after.output}`).toBe('FAILED');
}

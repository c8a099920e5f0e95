import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { testId } from '../model.js';
import { collectorEnvironment, runProcess, tail } from './run-process.js';

/**
 * What vitest or jest itself lists for a checkout. `vitest list --json` names
 * the tests that will run (skipped, todo and unfocused tests are left out), so
 * it verifies the static collector's statuses rather than replacing them;
 * `jest --listTests` names the test files jest collects.
 */
export interface JsRunnerListing {
  tool: 'vitest' | 'jest';
  /** vitest: ids (`file::suite::name`) of the tests that will run. */
  runnableTests?: Set<string>;
  /** jest: the test files it collects. */
  testFiles?: Set<string>;
  error?: string;
}

export interface JsRunnerOptions {
  /** Where the project's node_modules lives (the job's own checkout); default the repository. */
  nodeModulesFrom: string;
  timeoutMs?: number;
}

export function installedJsRunner(nodeModulesFrom: string): 'vitest' | 'jest' | undefined {
  if (existsSync(join(nodeModulesFrom, 'node_modules', '.bin', 'vitest'))) return 'vitest';
  if (existsSync(join(nodeModulesFrom, 'node_modules', '.bin', 'jest'))) return 'jest';
  return undefined;
}

export async function listWithJsRunner(dir: string, options: JsRunnerOptions): Promise<JsRunnerListing | undefined> {
  const tool = installedJsRunner(options.nodeModulesFrom);
  if (!tool) return undefined;
  // A worktree has no node_modules: borrow the installed one.
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(options.nodeModulesFrom, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const bin = join(dir, 'node_modules', '.bin', tool);
  const env = collectorEnvironment();
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  if (tool === 'vitest') {
    const work = mkdtempSync(join(tmpdir(), 'skip-set-vitest-'));
    try {
      const out = join(work, 'list.json');
      const r = await runProcess(bin, ['list', `--json=${out}`, '--allowOnly'], { cwd: dir, env, timeoutMs });
      if (!existsSync(out)) return { tool, error: `vitest list failed (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}` };
      const entries = JSON.parse(readFileSync(out, 'utf8')) as { name: string; file: string }[];
      const runnableTests = new Set(entries.map((e) => testId(relative(dir, e.file), [], e.name.split(' > ').join('::'))));
      return { tool, runnableTests, ...(r.exitCode !== 0 ? { error: `vitest list exited ${r.exitCode}: ${tail(r.stderr, 800)}` } : {}) };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const r = await runProcess(bin, ['--listTests', '--json'], { cwd: dir, env, timeoutMs });
  if (r.exitCode !== 0) return { tool, error: `jest --listTests failed (exit ${r.exitCode}): ${tail(r.stderr, 800)}` };
  const files = JSON.parse(r.stdout) as string[];
  return { tool, testFiles: new Set(files.map((f) => relative(dir, f))) };
}

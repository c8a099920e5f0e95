import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { testId } from '../model.js';
import { collectorEnvironment, runProcess, tail } from './run-process.js';

export type JsTool = 'vitest' | 'jest';

/**
 * What vitest lists for a checkout. `vitest list --json` names the tests that
 * will run (skipped, todo and unfocused tests are left out), so it verifies
 * the static collector's statuses rather than replacing them. (jest is asked
 * for its whole tree instead: see jest-runner.ts.)
 */
export interface JsRunnerListing {
  tool: 'vitest';
  /** Ids (`file::suite::name`) of the tests that will run. */
  runnableTests: Set<string>;
  error?: string;
}

export interface JsRunnerOptions {
  /** Where the project's node_modules lives (the job's own checkout); default the repository. */
  nodeModulesFrom: string;
  timeoutMs?: number;
}

const JEST_CONFIGS = ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'];

function configuresJest(checkout: string): boolean {
  if (JEST_CONFIGS.some((f) => existsSync(join(checkout, f)))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { jest?: unknown };
    return pkg.jest !== undefined;
  } catch {
    return false;
  }
}

/**
 * The JavaScript framework to ask: the first of the policy's frameworks that
 * is installed; with `auto`, jest when the checkout configures it (a
 * jest.config.* or a `jest` key in package.json), else vitest, else jest.
 */
export function jsRunnerFor(checkout: string, nodeModulesFrom: string, frameworks: readonly string[]): JsTool | undefined {
  const installed = (tool: JsTool): boolean => existsSync(join(nodeModulesFrom, 'node_modules', '.bin', tool));
  const wanted: JsTool[] = frameworks.includes('auto')
    ? configuresJest(checkout)
      ? ['jest', 'vitest']
      : ['vitest', 'jest']
    : frameworks.filter((f): f is JsTool => f === 'vitest' || f === 'jest');
  return wanted.find(installed);
}

/** The framework's bin in `dir`; a worktree has no node_modules, so it borrows the installed one. */
export function jsRunnerBin(dir: string, nodeModulesFrom: string, tool: JsTool): string {
  // Absolute: a relative target would resolve against the link's own directory.
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve(nodeModulesFrom, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'node_modules', '.bin', tool);
}

export async function listWithVitest(dir: string, options: JsRunnerOptions): Promise<JsRunnerListing> {
  const bin = jsRunnerBin(dir, options.nodeModulesFrom, 'vitest');
  const work = mkdtempSync(join(tmpdir(), 'skip-set-vitest-'));
  try {
    const out = join(work, 'list.json');
    const r = await runProcess(bin, ['list', `--json=${out}`, '--allowOnly'], { cwd: dir, env: collectorEnvironment(), timeoutMs: options.timeoutMs ?? 10 * 60_000 });
    if (!existsSync(out)) return { tool: 'vitest', runnableTests: new Set(), error: `vitest list failed (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}` };
    const entries = JSON.parse(readFileSync(out, 'utf8')) as { name: string; file: string }[];
    const runnableTests = new Set(entries.map((e) => testId(relative(dir, e.file), [], e.name.split(' > ').join('::'))));
    return { tool: 'vitest', runnableTests, ...(r.exitCode !== 0 ? { error: `vitest list exited ${r.exitCode}: ${tail(r.stderr, 800)}` } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

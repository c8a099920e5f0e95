import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type JsTool = 'vitest' | 'jest';

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

/** A worktree has no node_modules: it borrows the installed one, where the framework is found. */
export function borrowNodeModules(dir: string, nodeModulesFrom: string): void {
  // Absolute: a relative target would resolve against the link's own directory.
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve(nodeModulesFrom, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

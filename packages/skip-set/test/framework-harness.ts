import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { withWorktree, type FrameworkCollection, type JsTool, type TestCollection } from '../src/index.js';
import { borrowNodeModules } from '../src/runner/js-runner.js';
import { pullRequest } from './guard-harness.js';

/** This repository's node_modules has the real jest and vitest; worktrees borrow it. */
export const NODE_MODULES_FROM = process.cwd();

/** Files a test body or hook would write if the framework ran it: collection must not. */
export function sentinels(prefix: string): { touch: (name: string, write: string) => string; ran: (name: string) => boolean } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    touch: (name, write) => `${write}(${JSON.stringify(join(dir, name))}, 'ran')`,
    ran: (name) => existsSync(join(dir, name)),
  };
}

/** Collects a one-commit repository holding `files` with `tool`, on a worktree as the guard does. */
export async function collectAt(tool: JsTool, files: Record<string, string>, collect: (dir: string, bin: string) => Promise<FrameworkCollection>): Promise<TestCollection> {
  const pr = pullRequest(files, {});
  return withWorktree(pr.repo.dir, pr.head, async (dir) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    return (await collect(dir, join(dir, 'node_modules', '.bin', tool))).collection;
  });
}

export function statuses(c: TestCollection): Record<string, string> {
  return Object.fromEntries([...c.tests.values()].map((t) => [t.id, t.status]));
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { PolicySchema } from '@agent-guards/config';
import { openSandbox, type Sandbox } from '@agent-guards/sandbox';
import { withWorktree, type FrameworkCollection, type JsTool, type TestCollection } from '../src/index.js';
import { borrowNodeModules } from '../src/runner/js-runner.js';
import { pullRequest } from './guard-harness.js';

/** This repository's node_modules has the real jest and vitest; worktrees borrow it. */
export const NODE_MODULES_FROM = process.cwd();

const sentinelDirs: string[] = [];

/**
 * Files a test body or hook would write if the framework ran it: collection
 * must not. The folder is writable inside the collection's sandbox, so a body
 * that ran would leave its file (and code collection does run leaves one).
 */
export function sentinels(prefix: string): { touch: (name: string, write: string) => string; ran: (name: string) => boolean } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  sentinelDirs.push(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    touch: (name, write) => `${write}(${JSON.stringify(join(dir, name))}, 'ran')`,
    ran: (name) => existsSync(join(dir, name)),
  };
}

/** Collects a one-commit repository holding `files` with `tool`, on a worktree in a sandbox, as the guard does. */
export async function collectAt(
  tool: JsTool,
  files: Record<string, string>,
  collect: (dir: string, bin: string, js: { sandbox: Sandbox; readOnly: string[] }) => Promise<FrameworkCollection>,
): Promise<TestCollection> {
  const pr = pullRequest(files, {});
  return withWorktree(pr.repo.dir, pr.head, async (dir) => {
    borrowNodeModules(dir, NODE_MODULES_FROM);
    const settings = PolicySchema.parse({ version: 1 }).runner.sandbox;
    const sandbox = await openSandbox({ settings, policyPath: '.github/agent-guards.yml', workdir: dir, readOnlyWorkdir: true, writable: sentinelDirs });
    try {
      return (await collect(dir, join(dir, 'node_modules', '.bin', tool), { sandbox, readOnly: [join(NODE_MODULES_FROM, 'node_modules')] })).collection;
    } finally {
      await sandbox.close();
    }
  });
}

export function statuses(c: TestCollection): Record<string, string> {
  return Object.fromEntries([...c.tests.values()].map((t) => [t.id, t.status]));
}

import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyCollection, IdAllocator, testId, type CollectedTest, type SkipKind, type TestStatus } from '../model.js';
import { checkoutPath, type FrameworkCollection } from './framework-collection.js';
import type { Sandbox } from '@agent-guards/sandbox';
import { tail } from './run-process.js';

export interface VitestRunnerOptions {
  /** Where the PR's code runs (vitest.config, setup files, test files are evaluated): the checkout's sandbox. */
  sandbox: Sandbox;
  /** What vitest's own code is in (a borrowed node_modules outside the checkout), visible read-only. */
  readOnly?: readonly string[];
  timeoutMs?: number;
}

interface ListedTest {
  name: string;
  suite: string[];
  /** As vitest resolved it: focus and conditions applied, so never `only`. */
  mode: 'run' | 'skip' | 'todo';
  fails: boolean;
  focused: boolean;
  line: number;
  errors: string[];
}

interface Listing {
  version: string;
  files: { path: string; errors: string[]; tests: ListedTest[] }[];
  unhandledErrors: string[];
}

const SCRIPT = 'skip_set_vitest_collect.mjs';

function scriptSource(): string {
  return readFileSync(new URL('../../vitest/skip_set_vitest_collect.mjs', import.meta.url), 'utf8');
}

function statusOf(test: ListedTest, fileHasFocus: boolean): { status: TestStatus; reason?: string; skipKind?: SkipKind } {
  if (test.mode === 'todo') return { status: 'todo', reason: 'vitest: todo', skipKind: 'marker' };
  if (test.mode === 'skip') {
    return fileHasFocus
      ? { status: 'skipped', reason: 'vitest: not run (a focused test in the file, or its own skip)', skipKind: 'focus' }
      : { status: 'skipped', reason: 'vitest: skip (skipIf/runIf conditions evaluated)', skipKind: 'marker' };
  }
  if (test.focused) return { status: 'focused', reason: 'vitest: only', skipKind: 'focus' };
  if (test.fails) return { status: 'xfail', reason: 'vitest: fails', skipKind: 'marker' };
  return { status: 'active' };
}

/**
 * Asks vitest itself which tests a checkout has, through its Node API
 * (`createVitest().collect()`, what `vitest list` uses): every test file is
 * evaluated and no test runs. Statuses are vitest's own: `skipIf`/`runIf`
 * conditions evaluated, focus applied, `.fails` as xfail. A file vitest
 * cannot load (an import error, a describe that throws) is a collection
 * error: its tests are lost, never passed.
 */
export async function collectWithVitest(dir: string, options: VitestRunnerOptions): Promise<FrameworkCollection> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  let entry: string;
  try {
    entry = createRequire(join(dir, 'package.json')).resolve('vitest/node');
  } catch {
    throw new Error(`vitest's Node API (vitest/node) cannot be resolved from ${dir}.`);
  }
  const work = mkdtempSync(join(tmpdir(), 'skip-set-vitest-'));
  try {
    const script = join(work, SCRIPT);
    writeFileSync(script, scriptSource());
    const out = join(work, 'listing.json');
    // Node itself may live outside the system folders (a runner's own node): it is made visible.
    const r = await options.sandbox.run({ argv: [process.execPath, script, entry, out], cwd: dir, timeoutMs, writable: [work], readOnly: [process.execPath, ...(options.readOnly ?? [])] });
    if (!existsSync(out)) {
      if (r.timedOut) throw new Error(`vitest did not finish collecting within ${Math.round(timeoutMs / 1000)} s.`);
      throw new Error(`vitest collection produced no listing (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}`);
    }
    const listing = JSON.parse(readFileSync(out, 'utf8')) as Listing;
    const root = realpathSync(dir);
    const collection = emptyCollection();
    const files = new Set<string>();
    for (const file of listing.files) {
      const path = checkoutPath(root, file.path);
      files.add(path);
      collection.files += 1;
      const errors = [...file.errors, ...file.tests.flatMap((t) => t.errors)];
      if (errors.length > 0) {
        collection.errors.push({ path, message: `vitest could not collect ${path}: ${tail(errors.join('\n'), 800)}` });
        continue;
      }
      const ids = new IdAllocator();
      const hasFocus = file.tests.some((t) => t.focused);
      for (const t of file.tests) {
        const { status, reason, skipKind } = statusOf(t, hasFocus);
        const test: CollectedTest = {
          id: ids.allocate(testId(path, t.suite, t.name)),
          path,
          line: Math.max(1, t.line),
          name: t.name,
          suite: t.suite,
          status,
          ...(reason ? { reason, skipKind } : {}),
          body: '',
        };
        collection.tests.set(test.id, test);
      }
    }
    for (const e of listing.unhandledErrors) collection.errors.push({ path: '.', message: `vitest reported an error while collecting: ${tail(e, 800)}` });
    return { collection, files, version: listing.version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

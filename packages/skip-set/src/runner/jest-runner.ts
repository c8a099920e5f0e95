import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { emptyCollection, IdAllocator, testId, type CollectedTest, type SkipKind, type TestStatus } from '../model.js';
import { checkoutPath, type FrameworkCollection } from './framework-collection.js';
import type { Sandbox } from '@agent-guards/sandbox';
import { tail } from './run-process.js';

/** jest cannot be asked for its tests the way this collector asks (another test runner, another project runner). */
export class JestUnsupportedError extends Error {
  override name = 'JestUnsupportedError';
}

export interface JestRunnerOptions {
  /** The checkout's `node_modules/.bin/jest`. */
  bin: string;
  /** Where the PR's code runs (jest.config, setup files, test files are evaluated): the checkout's sandbox. */
  sandbox: Sandbox;
  /** What jest's own code is in (a borrowed node_modules outside the checkout), visible read-only. */
  readOnly?: readonly string[];
  timeoutMs?: number;
  /**
   * Use jest's own `--collectTests` (no run starts) where the installed jest
   * has it (30.5+; default), or `false` for the path older jests take: a run
   * in which the test name pattern skips every test.
   */
  collectTests?: boolean;
}

type Mode = 'skip' | 'only' | 'todo' | null;

interface DumpTest {
  type: 'test';
  name: string;
  mode: Mode;
  failing: boolean;
  line: number;
}

interface DumpDescribe {
  type: 'describe';
  name: string;
  mode: Mode;
  children: DumpNode[];
}

type DumpNode = DumpTest | DumpDescribe;

interface FileDump {
  testPath: string;
  hasFocusedTests: boolean;
  rootMode: Mode;
  unhandledErrors: string[];
  tests: DumpNode[];
}

interface ShownProject {
  id: string;
  rootDir: string;
  displayName?: { name?: string } | string;
  runner: string;
  testRunner: string;
}

interface JsonResults {
  testResults: { name: string; status: string; message: string }[];
}

const RUNNER_MODULE = 'skip_set_jest_runner.cjs';
/** A test name pattern no name matches: every test is skipped, so no test body or hook runs. */
const NOTHING = '(?!)';

function runnerSource(): string {
  return readFileSync(new URL('../../jest/skip_set_jest_runner.cjs', import.meta.url), 'utf8');
}

function projectName(p: ShownProject): string {
  const name = typeof p.displayName === 'string' ? p.displayName : p.displayName?.name;
  return name ?? p.rootDir;
}

/** `jest --showConfig`: each project's jest-circus, which the recording runner delegates to. */
async function circusRunners(dir: string, options: JestRunnerOptions, timeoutMs: number): Promise<{ version: string; byProject: Record<string, string>; collectsTests: boolean }> {
  const r = await options.sandbox.run({ argv: [options.bin, '--showConfig'], cwd: dir, timeoutMs, readOnly: options.readOnly ?? [] });
  const start = r.stdout.indexOf('{');
  let shown: { version: string; configs: ShownProject[]; globalConfig: Record<string, unknown> };
  try {
    if (r.exitCode !== 0 || start < 0) throw new Error('no configuration printed');
    shown = JSON.parse(r.stdout.slice(start)) as typeof shown;
  } catch {
    throw new Error(`jest --showConfig failed (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
  }
  const byProject: Record<string, string> = {};
  for (const p of shown.configs) {
    if (!/[\\/]jest-runner[\\/]/.test(p.runner)) {
      throw new JestUnsupportedError(`jest project '${projectName(p)}' runs its files with '${p.runner}', not jest-runner, so they are not test files jest-circus can list.`);
    }
    if (!/[\\/]jest-circus[\\/]/.test(p.testRunner)) {
      throw new JestUnsupportedError(`jest project '${projectName(p)}' uses the test runner '${p.testRunner}'; the runner collector reads jest-circus's test tree (jest's default since 27).`);
    }
    byProject[p.id] = p.testRunner;
  }
  // jest 30.5 and later can evaluate test files without starting a run (`--collectTests`).
  return { version: shown.version, byProject, collectsTests: 'collectTests' in shown.globalConfig };
}

function statusOf(test: DumpTest, skippedBy: string | undefined, dump: FileDump): { status: TestStatus; reason?: string; skipKind?: SkipKind } {
  if (skippedBy) return { status: 'skipped', reason: skippedBy, skipKind: 'marker' };
  if (test.mode === 'todo') return { status: 'todo', reason: 'todo', skipKind: 'marker' };
  if (test.mode === 'only') return { status: 'focused', reason: 'only', skipKind: 'focus' };
  if (dump.hasFocusedTests) return { status: 'skipped', reason: 'not run: a focused test (.only) in the file excludes it', skipKind: 'focus' };
  if (test.failing) return { status: 'xfail', reason: 'failing', skipKind: 'marker' };
  return { status: 'active' };
}

/** The tests of one file as jest-circus holds them before the run, with the statuses a run would give them. */
function testsFromDump(path: string, dump: FileDump): CollectedTest[] {
  const ids = new IdAllocator();
  const out: CollectedTest[] = [];
  const walk = (nodes: readonly DumpNode[], suite: string[], skippedBy: string | undefined): void => {
    for (const node of nodes) {
      if (node.type === 'describe') {
        walk(node.children, [...suite, node.name], skippedBy ?? (node.mode === 'skip' ? `describe '${node.name}' skipped` : undefined));
        continue;
      }
      const own = node.mode === 'skip' ? 'skip' : undefined;
      const { status, reason, skipKind } = statusOf(node, skippedBy ?? own, dump);
      out.push({
        id: ids.allocate(testId(path, suite, node.name)),
        path,
        line: Math.max(1, node.line),
        name: node.name,
        suite,
        status,
        ...(reason ? { reason: `jest: ${reason}`, skipKind } : {}),
        body: '',
      });
    }
  };
  walk(dump.tests, [], dump.rootMode === 'skip' ? 'the file is skipped' : undefined);
  return out;
}

/**
 * Asks jest itself which tests a checkout has: jest runs with a recording
 * `testRunner` that writes each file's jest-circus tree (modes, `failing`,
 * focus, the declaring line) once the file is evaluated, and a test name
 * pattern that matches nothing, so no test body or hook runs (nor the
 * project's globalSetup/globalTeardown). A file jest
 * cannot load (an import error, a describe that throws) is a collection
 * error: its tests are lost, never passed.
 */
export async function collectWithJest(dir: string, options: JestRunnerOptions): Promise<FrameworkCollection> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const work = mkdtempSync(join(tmpdir(), 'skip-set-jest-'));
  try {
    const runner = join(work, RUNNER_MODULE);
    writeFileSync(runner, runnerSource());
    // globalSetup/globalTeardown start services for a run (databases, servers): collection needs none.
    const noop = join(work, 'noop.cjs');
    writeFileSync(noop, 'module.exports = async () => {};\n');
    const out = join(work, 'trees');
    mkdirSync(out);
    const results = join(work, 'results.json');
    const { version, byProject, collectsTests } = await circusRunners(dir, options, timeoutMs);
    const first = Object.values(byProject)[0];
    const env = { SKIP_SET_JEST_OUT: out, SKIP_SET_JEST_CIRCUS: JSON.stringify({ default: first, byProject }) };
    const r = await options.sandbox.run({
      argv: [
        options.bin,
        '--ci',
        ...(collectsTests && options.collectTests !== false ? ['--collectTests'] : []),
        `--testRunner=${runner}`,
        `--testNamePattern=${NOTHING}`,
        '--json',
        `--outputFile=${results}`,
        '--passWithNoTests',
        `--globalSetup=${noop}`,
        `--globalTeardown=${noop}`,
        '--silent',
        '--reporters=default',
        '--watchman=false',
        '--coverage=false',
        '--forceExit',
        // jest leaves a core for itself by default; collection's main process is idle, so use them all.
        '--maxWorkers=100%',
      ],
      cwd: dir,
      env,
      timeoutMs,
      writable: [work],
      readOnly: options.readOnly ?? [],
    });
    if (!existsSync(results)) {
      if (r.timedOut) throw new Error(`jest did not finish collecting within ${Math.round(timeoutMs / 1000)} s.`);
      throw new Error(`jest produced no results (exit ${r.exitCode}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
    }
    const parsed = JSON.parse(readFileSync(results, 'utf8')) as JsonResults;
    const root = realpathSync(dir);
    const collection = emptyCollection();
    const files = new Set<string>();
    for (const file of parsed.testResults) {
      const path = checkoutPath(root, file.name);
      files.add(path);
      collection.files += 1;
      const treeFile = join(out, `${createHash('sha1').update(file.name).digest('hex')}.json`);
      const dump = existsSync(treeFile) ? (JSON.parse(readFileSync(treeFile, 'utf8')) as FileDump) : undefined;
      const failure = file.status === 'failed' ? stripVTControlCharacters(file.message).trim() : '';
      if (failure || !dump || dump.unhandledErrors.length > 0) {
        const why = failure || dump?.unhandledErrors.join('\n') || 'jest ran the file without listing its tests';
        collection.errors.push({ path, message: `jest could not collect ${path}: ${tail(why, 800)}` });
        continue;
      }
      for (const t of testsFromDump(path, dump)) collection.tests.set(t.id, t);
    }
    return { collection, files, version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

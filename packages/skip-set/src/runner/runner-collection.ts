import type { Finding } from '@agent-guards/action-kit';
import { join, resolve } from 'node:path';
import { DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { listFilesAt, withWorktree } from '@agent-guards/git';
import { openSandbox } from '@agent-guards/sandbox';
import { functionId } from '../compare-collectors.js';
import { emptyCollection, type CollectedTest, type Language, type TestCollection } from '../model.js';
import { testLanguageOf, type CollectionPatterns } from '@agent-guards/config';
import { collectWithGo, hasGo } from './go-runner.js';
import { collectWithJest, JestUnsupportedError } from './jest-runner.js';
import { borrowNodeModules, jsRunnerFor, type JsTool } from './js-runner.js';
import { collectWithVitest } from './vitest-runner.js';
import { collectWithPytest, hasPytest } from './pytest-runner.js';
import type { SkipSetGuardOptions } from '../guard.js';

/** The tests (and errors) of `collection` whose path `keep` accepts. */
export function onlyPaths(collection: TestCollection, keep: (path: string) => boolean): TestCollection {
  const out = emptyCollection();
  out.files = collection.files;
  for (const [id, t] of collection.tests) if (keep(t.path)) out.tests.set(id, t);
  out.errors = collection.errors.filter((e) => keep(e.path));
  if (collection.skippedFiles) out.skippedFiles = collection.skippedFiles;
  return out;
}

export function merge(a: TestCollection, b: TestCollection): TestCollection {
  const out = emptyCollection();
  out.files = a.files + b.files;
  for (const c of [a, b]) for (const [id, t] of c.tests) out.tests.set(id, t);
  out.errors = [...a.errors, ...b.errors];
  out.skippedFiles = new Map([...(a.skippedFiles ?? []), ...(b.skippedFiles ?? [])]);
  return out;
}

export interface RunnerResult {
  collection: TestCollection;
  /** Languages a framework collected in full: it decides every test file of theirs. */
  covered: Set<Language>;
  /** Further files a framework collected (jest's or vitest's test files): it decides these. */
  coveredFiles: Set<string>;
  notes: Finding[];
}

const availability = new Map<string, Promise<boolean>>();
function available(tool: string, check: () => Promise<boolean>): Promise<boolean> {
  let known = availability.get(tool);
  if (!known) {
    known = check();
    availability.set(tool, known);
  }
  return known;
}

/** Runs the installed frameworks on a worktree of `rev`. */
export async function collectWithRunners(options: SkipSetGuardOptions, rev: string, patterns: CollectionPatterns, label: string): Promise<RunnerResult> {
  const files = await listFilesAt(options.repo, rev);
  const has = (l: Language): boolean => patterns.languages.has(l) && files.some((f) => testLanguageOf(f, patterns) === l);
  const settings = options.runner ?? {};
  const covered = new Set<Language>();
  const coveredFiles = new Set<string>();
  const notes: Finding[] = [];
  const nodeModulesFrom = settings.nodeModulesFrom ?? options.repo;
  const borrowed = resolve(nodeModulesFrom, 'node_modules');
  return withWorktree(options.repo, rev, async (dir) => {
    // The frameworks import the PR's own code (conftest.py, jest and vitest configs, test modules): it runs
    // in a sandbox that only reads the checkout. Failing to open one is a configuration error (fail closed).
    const sandbox = await openSandbox({
      settings: options.policy.runner.sandbox,
      policyPath: options.policyPath ?? DEFAULT_POLICY_PATH,
      workdir: dir,
      readOnlyWorkdir: true,
      logger: options.logger,
    });
    try {
      return await collectIn(dir, sandbox);
    } finally {
      await sandbox.close();
    }
  });

  async function collectIn(dir: string, sandbox: Awaited<ReturnType<typeof openSandbox>>): Promise<RunnerResult> {
    let collection = emptyCollection();
    if (has('python')) {
      if (!(await available(`python:${settings.python ?? 'python3'}`, () => hasPytest(settings.python)))) {
        notes.push({ rule: 'runner-unavailable', severity: 'warning', message: `pytest is not importable by ${settings.python ?? 'python3'}: Python tests at ${label} were collected statically.` });
      } else {
        options.logger.info(`skip-set: pytest --collect-only at ${label} (${rev.slice(0, 12)})`);
        collection = merge(collection, await collectWithPytest(dir, { sandbox, ...(settings.python ? { python: settings.python } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
        covered.add('python');
      }
    }
    if (has('go')) {
      if (!(await available(`go:${settings.go ?? 'go'}`, () => hasGo(settings.go)))) {
        notes.push({ rule: 'runner-unavailable', severity: 'notice', message: `go is not installed: Go tests at ${label} were collected statically.` });
      } else {
        options.logger.info(`skip-set: go test -list at ${label}`);
        collection = merge(collection, await collectWithGo(dir, { sandbox, ...(settings.go ? { go: settings.go } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
        covered.add('go');
      }
    }
    const tool: JsTool | undefined = has('javascript') ? jsRunnerFor(dir, nodeModulesFrom, options.policy.tests.frameworks) : undefined;
    if (tool) {
      const timeout = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
      try {
        borrowNodeModules(dir, nodeModulesFrom);
        const js = { sandbox, readOnly: [borrowed], ...timeout };
        const framework = tool === 'jest' ? await collectWithJest(dir, { bin: join(dir, 'node_modules', '.bin', 'jest'), ...js }) : await collectWithVitest(dir, js);
        options.logger.info(`skip-set: ${tool} ${framework.version} collected ${framework.files.size} test file(s) at ${label}`);
        collection = merge(collection, framework.collection);
        for (const f of framework.files) coveredFiles.add(f);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        notes.push(
          e instanceof JestUnsupportedError
            ? { rule: 'runner-unavailable', severity: 'warning', message: `${message} JavaScript tests at ${label} were collected statically.` }
            : { rule: 'collection-error', severity: 'error', message: `${tool} could not list the tests at ${label}: ${message}` },
        );
      }
    }
    return { collection, covered, coveredFiles, notes };
  }
}

/**
 * Gives a framework's test the static collector's id when the names differ
 * only because the framework expanded a table: jest names each row of
 * `test.each` (`adds 1`, `adds 2`) where the source says `adds %i`. A runner
 * test with no static counterpart by id, declared on the line of exactly one
 * static test, becomes `<static id>[<its own suite::name>]`, so `functionId` groups
 * the rows under the declaration like pytest's parameters.
 */
export function alignWithStatic(runner: TestCollection, staticCol: TestCollection, paths: ReadonlySet<string>): void {
  const byLine = new Map<string, CollectedTest[]>();
  for (const t of staticCol.tests.values()) {
    if (!paths.has(t.path)) continue;
    const key = `${t.path}:${t.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), t]);
  }
  const aligned = new Map<string, CollectedTest>();
  for (const [id, t] of runner.tests) {
    const declared = paths.has(t.path) && !staticCol.tests.has(id) ? byLine.get(`${t.path}:${t.line}`) : undefined;
    if (declared?.length !== 1) {
      aligned.set(id, t);
      continue;
    }
    const next = { ...t, id: `${declared[0]!.id}[${id.slice(t.path.length + 2)}]` };
    aligned.set(next.id, next);
  }
  runner.tests = aligned;
}

/** Runner items carry no source: borrow the static collector's bodies so renames inside a file still match. */
export function borrowBodies(runner: TestCollection, staticCol: TestCollection): void {
  for (const t of runner.tests.values()) {
    if (t.body) continue;
    const source = staticCol.tests.get(t.id) ?? staticCol.tests.get(functionId(t.id));
    if (source) t.body = source.body;
  }
}

import type { Finding } from '@agent-guards/action-kit';
import { listFilesAt } from '@agent-guards/git';
import { functionId } from '../compare-collectors.js';
import { emptyCollection, type Language, type TestCollection } from '../model.js';
import { testLanguageOf, type CollectionPatterns } from '../test-files.js';
import { collectWithGo, hasGo } from './go-runner.js';
import { listWithJsRunner, type JsRunnerListing } from './js-runner.js';
import { collectWithPytest, hasPytest } from './pytest-runner.js';
import { withWorktree } from './worktree.js';
import type { SkipSetGuardOptions } from '../guard.js';

export function onlyLanguages(collection: TestCollection, patterns: CollectionPatterns, keep: (l: Language | undefined) => boolean): TestCollection {
  const out = emptyCollection();
  out.files = collection.files;
  for (const [id, t] of collection.tests) if (keep(testLanguageOf(t.path, patterns))) out.tests.set(id, t);
  out.errors = collection.errors.filter((e) => keep(testLanguageOf(e.path, patterns)));
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
  covered: Set<Language>;
  jsListing?: JsRunnerListing;
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
  const notes: Finding[] = [];
  return withWorktree(options.repo, rev, async (dir) => {
    let collection = emptyCollection();
    if (has('python')) {
      if (!(await available(`python:${settings.python ?? 'python3'}`, () => hasPytest(settings.python)))) {
        notes.push({ rule: 'runner-unavailable', severity: 'warning', message: `pytest is not importable by ${settings.python ?? 'python3'}: Python tests at ${label} were collected statically.` });
      } else {
        options.logger.info(`skip-set: pytest --collect-only at ${label} (${rev.slice(0, 12)})`);
        collection = merge(collection, await collectWithPytest(dir, { ...(settings.python ? { python: settings.python } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
        covered.add('python');
      }
    }
    if (has('go')) {
      if (!(await available(`go:${settings.go ?? 'go'}`, () => hasGo(settings.go)))) {
        notes.push({ rule: 'runner-unavailable', severity: 'notice', message: `go is not installed: Go tests at ${label} were collected statically.` });
      } else {
        options.logger.info(`skip-set: go test -list at ${label}`);
        collection = merge(collection, await collectWithGo(dir, { ...(settings.go ? { go: settings.go } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
        covered.add('go');
      }
    }
    let jsListing: JsRunnerListing | undefined;
    if (has('javascript')) jsListing = await listWithJsRunner(dir, { nodeModulesFrom: settings.nodeModulesFrom ?? options.repo, ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) });
    if (jsListing?.error) notes.push({ rule: 'collection-error', severity: 'error', message: `${jsListing.tool} could not list the tests at ${label}: ${jsListing.error}` });
    return { collection, covered, ...(jsListing ? { jsListing } : {}), notes };
  });
}

/** Runner items carry no source: borrow the static collector's bodies so renames inside a file still match. */
export function borrowBodies(runner: TestCollection, staticCol: TestCollection): void {
  for (const t of runner.tests.values()) {
    if (t.body) continue;
    const source = staticCol.tests.get(t.id) ?? staticCol.tests.get(functionId(t.id));
    if (source) t.body = source.body;
  }
}

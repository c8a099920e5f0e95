import { testId } from '../model.js';
import { firstLine, type GroupFailure, type ReportedTest, type ResultStatus } from './model.js';
import type { SourceTree } from './source-tree.js';

/**
 * `jest --json` and `vitest run --reporter=json` (vitest writes jest's shape):
 * `testResults[]` per file (`name` its absolute path, `status`, `message`),
 * `assertionResults[]` per test (`ancestorTitles`, `title`, `status`: passed,
 * failed, pending/skipped/disabled, todo; jest adds `numPassingAsserts` and,
 * with `--testLocationInResults`, `location`). Ids are `<file>::<describe…>::<title>`,
 * the static collector's JS ids.
 */

interface AssertionResult {
  ancestorTitles?: unknown;
  title?: unknown;
  status?: unknown;
  failureMessages?: unknown;
  numPassingAsserts?: unknown;
  location?: { line?: unknown } | null;
}

interface FileResult {
  name?: unknown;
  status?: unknown;
  message?: unknown;
  assertionResults?: unknown;
}

export function isJestJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { testResults?: unknown }).testResults) && 'numTotalTests' in value;
}

function statusOf(raw: unknown): ResultStatus {
  switch (raw) {
    case 'passed':
      return 'passed';
    case 'failed':
      return 'failed';
    case 'todo':
      return 'todo';
    default:
      // pending (it.skip), skipped, disabled: declared but not run.
      return 'skipped';
  }
}

export function readJestJson(value: unknown, tree: SourceTree): { tests: ReportedTest[]; failures: GroupFailure[] } {
  const tests: ReportedTest[] = [];
  const failures: GroupFailure[] = [];
  for (const file of (value as { testResults: FileResult[] }).testResults) {
    const rawPath = typeof file.name === 'string' ? file.name : '';
    const path = tree.resolveFile(rawPath);
    const group = path ?? rawPath;
    const results = Array.isArray(file.assertionResults) ? (file.assertionResults as AssertionResult[]) : [];
    // A file that failed to load (a syntax or import error) reports no test, only its message.
    if (results.length === 0 && file.status === 'failed') {
      failures.push({ group, ...(path ? { path } : {}), message: firstLine(typeof file.message === 'string' ? file.message.replace(/^\s*●[^\n]*\n+/, '') : undefined) ?? 'the file failed to run' });
    }
    for (const a of results) {
      if (typeof a.title !== 'string') continue;
      const suite = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.filter((t): t is string => typeof t === 'string') : [];
      const status = statusOf(a.status);
      const message = Array.isArray(a.failureMessages) && typeof a.failureMessages[0] === 'string' ? firstLine(a.failureMessages[0]) : undefined;
      const line = typeof a.location?.line === 'number' ? a.location.line : undefined;
      tests.push({
        id: path ? testId(path, suite, a.title) : [rawPath, ...suite, a.title].join('::'),
        ...(path ? { path } : {}),
        ...(line ? { line } : {}),
        suite,
        name: a.title,
        status,
        ...(status === 'failed' && message ? { detail: message } : {}),
        group,
        ...(typeof a.numPassingAsserts === 'number' ? { assertions: a.numPassingAsserts } : {}),
      });
    }
  }
  return { tests, failures };
}

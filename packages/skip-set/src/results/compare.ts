import { posix } from 'node:path';
import type { Finding } from '@agent-guards/action-kit';
import { notRunning, strongestResult, type EmptyGroup, type GroupFailure, type ReportedTest, type ReportSet, type TestReport } from './model.js';

export const TEST_NOT_RUN = 'test-not-run';
export const RESULTS_MISSING = 'results-missing';
export const RESULTS_UNREADABLE = 'results-unreadable';

export interface ResultsComparisonOptions {
  /** The id a base test has at head: its file renamed, the test renamed or moved (as the collection layer matched them). */
  headIdOf: (test: ReportedTest) => string;
  /** A base path at head (git renames). */
  headPathOf: (path: string) => string;
  /** Whether a path (file or Go package directory) still exists at head. */
  headHas: (path: string) => boolean;
  /** Whether the collection layer (static or runner) already flagged this test: new-skip or test-removed. */
  flaggedByCollection: (test: ReportedTest, headId: string) => boolean;
  /** Findings listed one by one before the rest are counted in one more. */
  cap?: number;
}

export interface ResultsComparison {
  findings: Finding[];
  /** A report is missing or unreadable: what its tests did is unknown, so the guard cannot pass or fail on it. */
  undecided: boolean;
  basePassed: number;
  /** Tests that passed at base and did not run at head. */
  notRun: number;
  /** Of those, the ones the collection layer flagged as well. */
  alsoByCollection: number;
  /** Base tests found at head under another id (a renamed file or test). */
  followedRenames: number;
  missingReports: number;
}

interface Occurrence {
  test: ReportedTest;
  report: TestReport;
}

interface Problem {
  base: Occurrence;
  headId: string;
  /** What happened at head, worded to follow "and …". */
  what: string;
  fix: string;
  head?: Occurrence;
}

const FIX_SKIP =
  'make it run again: remove what skips it at head (a skip marker or call, a fixture, hook or setup file that skips it, a changed runner option); a skip someone wants is asked for in the ticket, not made in the PR.';
const FIX_MISSING =
  'make it run again. If it was renamed or moved, keep its name or let the collection layer match it (a notice says so); if a hook, TestMain, configuration or filter keeps it from running, undo that.';

function occurrences<K>(map: Map<K, Occurrence[]>, key: K, o: Occurrence): void {
  const list = map.get(key);
  if (list) list.push(o);
  else map.set(key, [o]);
}

function describeGroup(group: string): string {
  return /\.[A-Za-z0-9]+$/.test(group) ? `file ${group}` : `${group === '.' ? 'the root package' : `'${group}'`}`;
}

/**
 * Compares the reports of base and head test by test: every test that ran
 * and passed at base must run at head. Skipped, x-failed, todo, missing, or
 * passing without an assertion it used to make (jest counts them): a finding
 * naming the test, both report files and the fix. A base report with no
 * counterpart at head, of which no test appears at head, is a suite that did
 * not report: that cannot be decided.
 */
export function compareResults(base: ReportSet, head: ReportSet, options: ResultsComparisonOptions): ResultsComparison {
  const cap = options.cap ?? 50;
  const findings: Finding[] = [];
  const result: ResultsComparison = { findings, undecided: false, basePassed: 0, notRun: 0, alsoByCollection: 0, followedRenames: 0, missingReports: 0 };

  const headById = new Map<string, Occurrence[]>();
  const headByKey = new Map<string, Map<string, Occurrence[]>>();
  const headGroups = new Set<string>();
  const headFailures = new Map<string, GroupFailure & { file: string }>();
  const headEmpty = new Map<string, EmptyGroup & { file: string }>();
  for (const report of head.reports) {
    const byId = headByKey.get(report.key) ?? new Map<string, Occurrence[]>();
    headByKey.set(report.key, byId);
    for (const test of report.tests) {
      occurrences(headById, test.id, { test, report });
      occurrences(byId, test.id, { test, report });
      headGroups.add(test.group);
    }
    for (const f of report.failures) headFailures.set(f.group, { ...f, file: report.file });
    for (const e of report.empty) headEmpty.set(e.group, { ...e, file: report.file });
  }

  const problems = new Map<string, Problem>();
  const counted = new Set<string>();
  const followed = new Set<string>();
  for (const report of base.reports) {
    // A test listed twice in one report (a rerun) passed if any run of it passed.
    const byId = new Map<string, ReportedTest>();
    for (const t of report.tests) {
      const seen = byId.get(t.id);
      byId.set(t.id, seen ? { ...seen, status: strongestResult(seen.status, t.status) } : t);
    }
    const passing = [...byId.values()].filter((t) => t.status === 'passed');
    if (passing.length === 0) continue;
    for (const t of passing) counted.add(t.id);
    const sameKey = headByKey.get(report.key);
    if (!sameKey && !passing.some((t) => headById.has(options.headIdOf(t)))) {
      // No head report of this name and none of its tests anywhere at head: deleted files are the collection layer's
      // (and ours, below); anything else is a suite that did not report.
      const gone = passing.every((t) => t.path !== undefined && !options.headHas(options.headPathOf(t.path)));
      if (!gone) {
        result.missingReports += 1;
        result.undecided = true;
        findings.push({
          rule: RESULTS_MISSING,
          severity: 'error',
          message: `test report '${report.key}' (${passing.length} test(s) passed at base, ${report.file}) has no counterpart at head, and none of its tests is in head's reports: a whole suite did not run or did not report, so what its tests did is unknown. Fix: make the service's test job run that suite and upload its report with the others.`,
        });
        continue;
      }
    }
    for (const t of passing) {
      const headId = options.headIdOf(t);
      if (problems.has(headId)) continue;
      if (headId !== t.id) followed.add(t.id);
      const found = sameKey?.get(headId) ?? headById.get(headId);
      const problem = classify({ test: t, report }, headId, found, options, { headGroups, headFailures, headEmpty });
      if (problem) problems.set(headId, problem);
    }
  }
  result.basePassed = counted.size;
  result.followedRenames = followed.size;

  const list = [...problems.values()];
  result.notRun = list.length;
  for (const p of list) if (options.flaggedByCollection(p.base.test, p.headId)) result.alsoByCollection += 1;
  for (const p of list.slice(0, cap)) findings.push(findingFor(p, options));
  if (list.length > cap) {
    findings.push({
      rule: TEST_NOT_RUN,
      severity: 'error',
      message: `${list.length - cap} more test(s) that passed at base did not run at head (the report metrics count them): ${list
        .slice(cap, cap + 10)
        .map((p) => p.base.test.id)
        .join(', ')}${list.length > cap + 10 ? ', …' : ''}.`,
    });
  }
  return result;
}

function classify(
  base: Occurrence,
  headId: string,
  found: Occurrence[] | undefined,
  options: ResultsComparisonOptions,
  head: { headGroups: Set<string>; headFailures: Map<string, GroupFailure & { file: string }>; headEmpty: Map<string, EmptyGroup & { file: string }> },
): Problem | undefined {
  const t = base.test;
  if (found && found.length > 0) {
    const ran = found.filter((o) => !notRunning(o.test.status));
    if (ran.length === 0) {
      const h = found[0]!;
      const why = h.test.detail ? ` (${h.test.detail})` : '';
      const what =
        h.test.status === 'xfail'
          ? `is marked as an expected failure at head${why}: it still runs, but its failure no longer fails anything`
          : h.test.status === 'todo'
            ? 'is a todo at head: no body runs'
            : `is skipped at head${why}`;
      return { base, headId, what, fix: FIX_SKIP, head: h };
    }
    // jest counts passing expect() calls: a test that made some at base and none now passed without checking anything.
    if ((t.assertions ?? 0) > 0 && ran.every((o) => o.test.status === 'passed' && o.test.assertions === 0)) {
      return {
        base,
        headId,
        what: `passed at head without a single passing assertion (${t.assertions} at base): its body no longer runs its checks`,
        fix: 'make its assertions run again: a test replaced by a no-op, short-circuited by a hook or setup file, or emptied of its expect() calls does not test anything.',
        head: ran[0]!,
      };
    }
    return undefined;
  }
  const group = t.path !== undefined ? options.headPathOf(t.group) : t.group;
  const failure = head.headFailures.get(group);
  const empty = head.headEmpty.get(group);
  let what: string;
  if (failure) what = `is not in head's reports: ${describeGroup(group)} failed before its tests ran (${failure.message}; ${failure.file})`;
  else if (head.headGroups.has(group)) what = `is not in head's reports, though other tests of ${describeGroup(group)} are: it was renamed without a counterpart, removed, or deselected (a -k/-run filter, a collection hook, a skip at collection)`;
  else if (empty) what = `did not run at head: ${describeGroup(group)} reported no test at all (${empty.detail}; ${empty.file})`;
  else if (t.path !== undefined && !options.headHas(options.headPathOf(t.path))) what = `is not in head's reports: ${describeGroup(t.path)} is gone at head`;
  else what = `is not in head's reports: nothing of ${describeGroup(group)} ran at head (excluded by configuration, no longer collected, or its report was not uploaded)`;
  return { base, headId, what, fix: FIX_MISSING };
}

function findingFor(p: Problem, options: ResultsComparisonOptions): Finding {
  const t = p.base.test;
  const renamed = p.headId !== t.id ? ` (at head '${p.headId}')` : '';
  const headFile = p.head ? `; head: ${p.head.report.file}` : '';
  const path = t.path !== undefined && posix.extname(t.path) !== '' ? options.headPathOf(t.path) : undefined;
  const line = p.head?.test.line ?? t.line;
  return {
    rule: TEST_NOT_RUN,
    severity: 'error',
    message: `test '${t.id}'${renamed} passed at base and ${p.what}. Reports: base ${p.base.report.file}${headFile}. Fix: ${p.fix}`,
    ...(path ? { path } : {}),
    ...(path && line ? { line } : {}),
    test: p.headId,
  };
}

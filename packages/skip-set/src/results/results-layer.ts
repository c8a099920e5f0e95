import { ConfigurationError, type Finding, type Logger } from '@agent-guards/action-kit';
import { compareResults, RESULTS_MISSING, RESULTS_UNREADABLE } from './compare.js';
import type { ReportedTest, ReportSet, TestReportsOption } from './model.js';
import { SourceTree } from './source-tree.js';

export interface ResultsLayerInput {
  repo: string;
  /** The revisions compared: the merge base and the head. */
  base: string;
  head: string;
  reports?: TestReportsOption;
  /** Git renames between base and head: base path → head path. */
  renames: ReadonlyMap<string, string>;
  /** The collection layer's matches, base test id → head test id (renamed and moved tests included). */
  counterparts?: ReadonlyMap<string, string>;
  /** The collection layer's findings, to count which tests it caught as well. */
  collectionFindings: readonly Finding[];
  logger: Logger;
}

export interface ResultsLayer {
  findings: Finding[];
  metrics: Record<string, string | number>;
  summary: string;
  /** Reports missing or unreadable: the guard's verdict is `error`. */
  undecided: boolean;
}

const NOT_RUN: ResultsLayer = {
  findings: [],
  metrics: { 'results-layer': 'not-run' },
  summary: '### Test results (layer 3)\n\nNot run: no test reports were given (`base-reports` and `head-reports`). Only what collection sees was checked.',
  undecided: false,
};

/** `f.py::test_x[1]` → `f.py::test_x` and `[1]`; `calc::TestA/sub` → `calc::TestA` and `/sub`. */
function splitCase(id: string): [string, string] | undefined {
  const last = id.lastIndexOf('::');
  const tail = id.slice(last + 2);
  const cut = tail.search(/[[/]/);
  if (cut <= 0) return undefined;
  return [id.slice(0, last + 2 + cut), tail.slice(cut)];
}

function headIdFor(renames: ReadonlyMap<string, string>, counterparts: ReadonlyMap<string, string> | undefined) {
  return (t: ReportedTest): string => {
    const direct = counterparts?.get(t.id);
    if (direct !== undefined) return direct;
    const parts = splitCase(t.id);
    const fn = parts ? counterparts?.get(parts[0]) : undefined;
    if (parts && fn !== undefined) return `${fn}${parts[1]}`;
    const to = t.path !== undefined ? renames.get(t.path) : undefined;
    if (to !== undefined && t.id.startsWith(`${t.path}::`)) return `${to}${t.id.slice(t.path!.length)}`;
    return t.id;
  };
}

function tally(set: ReportSet): { tests: number; passed: number } {
  const ids = new Map<string, boolean>();
  for (const r of set.reports) for (const t of r.tests) ids.set(t.id, (ids.get(t.id) ?? false) || t.status === 'passed');
  return { tests: ids.size, passed: [...ids.values()].filter(Boolean).length };
}

function sideFindings(side: 'base' | 'head', set: ReportSet, patterns: readonly string[]): { findings: Finding[]; undecided: boolean } {
  const findings: Finding[] = set.unreadable.map((u) => ({
    rule: RESULTS_UNREADABLE,
    severity: 'error' as const,
    message: `cannot read the ${side} test report ${u.file}: ${u.message}. The tests in it are unknown, so the comparison cannot be decided. Fix: ${side === 'head' ? "make the service's test job write the report whole (a job killed mid-run leaves it cut short)" : 'rerun the base tests (clear the cached base reports)'}.`,
  }));
  if (set.reports.length === 0 && set.unreadable.length === 0) {
    const ignored = set.ignored.length > 0 ? ` (${set.ignored.length} file(s) found are no test report: ${set.ignored.slice(0, 5).join(', ')})` : '';
    findings.push({
      rule: RESULTS_MISSING,
      severity: 'error',
      message: `no ${side} test report found in ${patterns.map((p) => `'${p}'`).join(', ')}${ignored}: without the reports of a real run the guard cannot say which tests ran. Fix: ${
        side === 'head' ? "upload the service test job's JUnit XML or JSON reports and point head-reports at them" : 'point base-reports at the reports of a test run at the base commit'
      } (see the skip-set action's README).`,
    });
  } else if (set.reports.length > 0) {
    for (const p of set.unmatched) {
      findings.push({ rule: RESULTS_MISSING, severity: 'warning', message: `the ${side} report pattern '${p}' matched no file; the other patterns found ${set.reports.length} report(s).` });
    }
  }
  return { findings, undecided: set.unreadable.length > 0 || set.reports.length === 0 };
}

const FLAGGING_RULES = new Set(['new-skip', 'test-removed']);

/**
 * Layer 3 of the skip-set guard: the reports of real test runs at base and
 * head, compared test by test. Without reports it is not run (and says so);
 * with reports of only one side it is a configuration error.
 */
export async function runResultsLayer(input: ResultsLayerInput): Promise<ResultsLayer> {
  const { reports } = input;
  if (!reports || (reports.base.length === 0 && reports.head.length === 0)) return NOT_RUN;
  if (reports.base.length === 0 || reports.head.length === 0) {
    const missing = reports.base.length === 0 ? 'base' : 'head';
    throw new ConfigurationError(`test reports were given for ${missing === 'base' ? 'head' : 'base'} only: layer 3 compares both.`, {
      field: `${missing}-reports`,
      fix: `give the ${missing} test reports too (input ${missing}-reports, CLI --${missing}-reports), or neither.`,
    });
  }
  const cwd = reports.cwd ?? process.cwd();
  // The report parsers (XML among them) load only when there are reports to read.
  const { readReportSet } = await import('./read-reports.js');
  const [baseTree, headTree] = await Promise.all([SourceTree.at(input.repo, input.base), SourceTree.at(input.repo, input.head)]);
  const [baseSet, headSet] = await Promise.all([readReportSet(reports.base, cwd, baseTree), readReportSet(reports.head, cwd, headTree)]);
  input.logger.info(`skip-set results: ${baseSet.reports.length} base report(s), ${headSet.reports.length} head report(s); ${baseSet.ignored.length + headSet.ignored.length} other file(s) ignored.`);

  const sides = [sideFindings('base', baseSet, reports.base), sideFindings('head', headSet, reports.head)];
  const findings = sides.flatMap((s) => s.findings);
  let undecided = sides.some((s) => s.undecided);

  const flagged = new Set(input.collectionFindings.filter((f) => FLAGGING_RULES.has(f.rule) && f.test).map((f) => f.test!));
  const flaggedId = (id: string): boolean => flagged.has(id) || flagged.has(splitCase(id)?.[0] ?? id);
  const comparison =
    baseSet.reports.length > 0 && headSet.reports.length > 0
      ? compareResults(baseSet, headSet, {
          headIdOf: headIdFor(input.renames, input.counterparts),
          headPathOf: (p) => input.renames.get(p) ?? p,
          headHas: (p) => headTree.has(p),
          flaggedByCollection: (t, headId) => flaggedId(t.id) || flaggedId(headId),
        })
      : undefined;
  if (comparison) {
    findings.push(...comparison.findings);
    undecided ||= comparison.undecided;
  }

  const baseTally = tally(baseSet);
  const headTally = tally(headSet);
  const notRun = comparison?.notRun ?? 0;
  const also = comparison?.alsoByCollection ?? 0;
  const metrics = {
    'results-layer': undecided ? 'undecided' : 'compared',
    'results-reports-base': baseSet.reports.length,
    'results-reports-head': headSet.reports.length,
    'results-formats': [...new Set([...baseSet.reports, ...headSet.reports].map((r) => r.format))].sort().join(','),
    'results-tests-base': baseTally.tests,
    'results-passed-base': baseTally.passed,
    'results-tests-head': headTally.tests,
    'results-passed-head': headTally.passed,
    'results-not-run': notRun,
    'results-not-run-also-collection': also,
    'results-not-run-only-results': notRun - also,
    'results-followed-renames': comparison?.followedRenames ?? 0,
    'results-missing-reports': (comparison?.missingReports ?? 0) + sides.filter((s) => s.undecided).length,
  };
  const summary = [
    '### Test results (layer 3)',
    '',
    '| | base | head |',
    '|---|---:|---:|',
    `| reports | ${baseSet.reports.length} | ${headSet.reports.length} |`,
    `| tests | ${baseTally.tests} | ${headTally.tests} |`,
    `| passed | ${baseTally.passed} | ${headTally.passed} |`,
    '',
    undecided
      ? '**Undecided**: a report is missing or unreadable (see the findings).'
      : `${notRun} test(s) that passed at base did not run at head: ${also} of them the collection layers flagged too (new-skip, test-removed), ${notRun - also} only the results show.`,
  ].join('\n');
  return { findings, metrics, summary, undecided };
}

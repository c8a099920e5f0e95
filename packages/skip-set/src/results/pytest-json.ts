import { firstLine, type GroupFailure, type ReportedTest, type ResultStatus } from './model.js';
import type { SourceTree } from './source-tree.js';

/**
 * pytest-json-report (`pytest --json-report`): `tests[]` with `nodeid`,
 * `lineno` and `outcome` (passed, failed, error, skipped, xfailed, xpassed),
 * and `collectors[]` whose `outcome: failed` is a module pytest could not
 * collect. Node ids are relative to pytest's rootdir; ids are node ids
 * relative to the repository root, as the static collector's Python ids.
 * A report written with `--json-report-summary` has no per-test entries and
 * cannot be compared.
 */

interface Stage {
  longrepr?: unknown;
}

interface PytestJsonTest {
  nodeid?: unknown;
  lineno?: unknown;
  outcome?: unknown;
  setup?: Stage;
  call?: Stage;
}

interface PytestJsonCollector {
  nodeid?: unknown;
  outcome?: unknown;
  longrepr?: unknown;
}

export function isPytestJson(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return 'exitcode' in v && 'summary' in v && ('tests' in v || 'collectors' in v || 'root' in v);
}

function statusOf(outcome: unknown): ResultStatus {
  switch (outcome) {
    case 'passed':
    case 'xpassed':
      return 'passed';
    case 'skipped':
      return 'skipped';
    case 'xfailed':
      return 'xfail';
    default:
      return 'failed';
  }
}

function splitNodeId(nodeid: string, tree: SourceTree): { path?: string; file: string; suite: string[]; name: string } {
  const [file = '', ...rest] = nodeid.split('::');
  const path = tree.resolveFile(file);
  const name = rest.at(-1) ?? file;
  return { ...(path ? { path } : {}), file, suite: rest.slice(0, -1), name };
}

export function readPytestJson(value: unknown, tree: SourceTree): { tests: ReportedTest[]; failures: GroupFailure[] } {
  const report = value as { tests?: unknown; collectors?: unknown };
  if (!Array.isArray(report.tests)) throw new Error('the report has no per-test entries (written with --json-report-summary?): write it without that option');
  const tests: ReportedTest[] = [];
  for (const t of report.tests as PytestJsonTest[]) {
    if (typeof t.nodeid !== 'string') continue;
    const { path, file, suite, name } = splitNodeId(t.nodeid, tree);
    const status = statusOf(t.outcome);
    const repr = status === 'passed' ? undefined : (t.call?.longrepr ?? t.setup?.longrepr);
    const detail = firstLine(typeof repr === 'string' ? repr : undefined);
    const id = path ? [path, ...suite, name].join('::') : t.nodeid;
    tests.push({
      id,
      ...(path ? { path } : {}),
      ...(typeof t.lineno === 'number' ? { line: t.lineno + 1 } : {}),
      suite,
      name,
      status,
      ...(detail ? { detail } : {}),
      group: path ?? file,
    });
  }
  const failures: GroupFailure[] = [];
  for (const c of Array.isArray(report.collectors) ? (report.collectors as PytestJsonCollector[]) : []) {
    if (c.outcome !== 'failed' || typeof c.nodeid !== 'string') continue;
    const file = c.nodeid.split('::')[0] ?? c.nodeid;
    const path = tree.resolveFile(file);
    const lines = typeof c.longrepr === 'string' ? c.longrepr.trim().split('\n') : [];
    failures.push({ group: path ?? file, ...(path ? { path } : {}), message: firstLine(lines.findLast((l) => /^E\s/.test(l))?.replace(/^E\s+/, '') ?? lines.at(-1)) ?? 'pytest could not collect it' });
  }
  return { tests, failures };
}

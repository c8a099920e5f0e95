/**
 * Layer 3 of the skip-set guard reads what the tests did, not what they
 * declare: the reports of real test runs at base and head.
 */

/** What a report says happened to one test. `xfail`: it ran, but its failure no longer counts. */
export type ResultStatus = 'passed' | 'failed' | 'skipped' | 'xfail' | 'todo';

export const REPORT_FORMATS = ['junit-xml', 'pytest-json', 'go-test-json', 'jest-json'] as const;
/** `jest-json` is the shape `jest --json` and `vitest --reporter=json` share. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportedTest {
  /**
   * The test's identity across base and head: `<file>::<suite…>::<name>` as the
   * static collector's ids are (`<package dir>::<name>` for Go) when the report
   * names a file of the repository, else the report's own names joined by `::`.
   */
  id: string;
  /** Repository path of the test file (Go: the package directory), when the report names one the tree has. */
  path?: string;
  line?: number;
  suite: string[];
  name: string;
  status: ResultStatus;
  /** Why it did not pass: the skip reason, the failure message (first line). */
  detail?: string;
  /** What ran it together with its neighbours: its file, Go package or report suite, for saying what else went missing. */
  group: string;
  /** Passing `expect` calls, where the reporter counts them (jest). */
  assertions?: number;
}

/** A file or package that the run could not load: every test in it is lost. */
export interface GroupFailure {
  group: string;
  path?: string;
  message: string;
}

/** A group the run reached that reported no test at all (a Go package whose TestMain never calls m.Run). */
export interface EmptyGroup {
  group: string;
  path?: string;
  detail: string;
}

/** One report file, read. */
export interface TestReport {
  /** Where the file was read from, for messages. */
  file: string;
  /** The file's path below the fixed part of the pattern that found it: how base and head files are paired. */
  key: string;
  format: ReportFormat;
  tests: ReportedTest[];
  failures: GroupFailure[];
  empty: EmptyGroup[];
}

/** A report file that could not be read: the tests in it are unknown, so nothing can be decided. */
export interface UnreadableReport {
  file: string;
  message: string;
}

/** Every report of one revision. */
export interface ReportSet {
  reports: TestReport[];
  unreadable: UnreadableReport[];
  /** Files the patterns matched that are no test report (coverage, a log): left alone. */
  ignored: string[];
  /** Patterns that matched no file at all. */
  unmatched: string[];
}

/** The reports the guard compares: paths or glob patterns, absolute or relative to `cwd`. */
export interface TestReportsOption {
  base: readonly string[];
  head: readonly string[];
  /** Where relative patterns start; default the process's working directory. */
  cwd?: string;
}

const NOT_RUNNING: ReadonlySet<ResultStatus> = new Set(['skipped', 'xfail', 'todo']);

/** Whether a status means the test's body no longer decides anything. */
export function notRunning(status: ResultStatus): boolean {
  return NOT_RUNNING.has(status);
}

/**
 * The status of a test that appears more than once in one revision's reports
 * (a retried test, or the same report in two formats): if any occurrence ran,
 * it ran; a pass beats a failure (a rerun that passed).
 */
export function strongestResult(a: ResultStatus, b: ResultStatus): ResultStatus {
  const rank: Record<ResultStatus, number> = { passed: 4, failed: 3, xfail: 2, skipped: 1, todo: 0 };
  return rank[b] > rank[a] ? b : a;
}

/** The first line of a message, trimmed to a readable length. */
export function firstLine(text: string | undefined, max = 200): string | undefined {
  const line = text?.trim().split('\n')[0]?.trim();
  if (!line) return undefined;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

import type { GuardReportEntry } from '../inputs/guard-reports.js';
import type { FigureStatus } from './status.js';

export interface ViolationRow {
  file: string;
  guard: string;
  rule: string;
  message: string;
  path: string | null;
  line: number | null;
}

export interface PolicyViolationsFigure {
  status: FigureStatus;
  definition: string;
  reports: number;
  passed: number;
  failed: number;
  /** Reports with verdict `error`: the guard could not decide, which is not a pass. */
  errored: number;
  by_guard: { guard: string; reports: number; failed: number; errored: number }[];
  /** The error-severity findings of failed reports. */
  violations: ViolationRow[];
  undecided: ViolationRow[];
}

export const POLICY_VIOLATIONS_DEFINITION =
  'A policy violation is a CI guard report with verdict fail; its error findings are the violations. ' +
  'Reports with verdict error could not decide and are listed apart: they are not passes. ' +
  "Guard runs inside the runner's Review mode are not counted: a session stops before pushing what they catch.";

export function policyViolationsFigure(entries: readonly GuardReportEntry[]): PolicyViolationsFigure {
  const byGuard = new Map<string, { guard: string; reports: number; failed: number; errored: number }>();
  const violations: ViolationRow[] = [];
  const undecided: ViolationRow[] = [];
  for (const { file, report } of entries) {
    const g = byGuard.get(report.guard) ?? { guard: report.guard, reports: 0, failed: 0, errored: 0 };
    g.reports += 1;
    if (report.verdict === 'fail') g.failed += 1;
    if (report.verdict === 'error') g.errored += 1;
    byGuard.set(report.guard, g);
    if (report.verdict === 'pass') continue;
    for (const f of report.findings.filter((x) => x.severity === 'error')) {
      (report.verdict === 'fail' ? violations : undecided).push({ file, guard: report.guard, rule: f.rule, message: f.message, path: f.path ?? null, line: f.line ?? null });
    }
  }
  const failed = entries.filter((e) => e.report.verdict === 'fail').length;
  const errored = entries.filter((e) => e.report.verdict === 'error').length;
  return {
    status: entries.length === 0 ? 'none' : failed > 0 ? 'bad' : errored > 0 ? 'warn' : 'ok',
    definition: POLICY_VIOLATIONS_DEFINITION,
    reports: entries.length,
    passed: entries.length - failed - errored,
    failed,
    errored,
    by_guard: [...byGuard.values()].sort((a, b) => a.guard.localeCompare(b.guard)),
    violations,
    undecided,
  };
}

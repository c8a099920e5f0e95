import * as z from 'zod/mini';
import { describeError, isConfigurationError } from './errors.js';
import { compareText } from './text-order.js';

/** Guards named in contracts.md; the report's `guard` field. */
export const GUARD_NAMES = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

export const VerdictSchema = z.enum(['pass', 'fail', 'error']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'notice']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  rule: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case')),
  severity: SeveritySchema,
  message: z.string(),
  path: z.optional(z.string()),
  line: z.optional(z.int().check(z.positive())),
  test: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const GuardReportSchema = z.object({
  guard: z.string(),
  verdict: VerdictSchema,
  findings: z.array(FindingSchema),
  metrics: z.record(z.string(), z.unknown()),
});
export type GuardReport = z.infer<typeof GuardReportSchema>;

/** Exit status shared by the CLI and the actions: 0 pass, 1 fail, 2 error. */
export function exitCodeFor(verdict: Verdict): 0 | 1 | 2 {
  return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2;
}

/**
 * The verdict follows from the findings: any error-severity finding fails the
 * guard. A guard that could not decide builds its report with `errorReport`.
 */
export function reportFromFindings(
  guard: string,
  findings: Finding[],
  metrics: Record<string, unknown> = {},
): GuardReport {
  const verdict: Verdict = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
  return { guard, verdict, findings: sortFindings(findings), metrics };
}

export interface GuardRun {
  report: GuardReport;
  /** Guard-specific outputs besides `verdict` and `report-path`. */
  outputs?: Record<string, string | number>;
  /** Extra markdown appended to the job summary (tables per mode and so on). */
  summary?: string;
}

/**
 * The one place an exception becomes a report: a guard that throws could not
 * decide, so its verdict is `error` (fail closed); a ConfigurationError is the
 * user's to fix and says how. `onInternal` sees any other error (its stack
 * goes to the debug log).
 */
export async function guardRunOrError(guard: string, execute: () => Promise<GuardRun>, onInternal?: (error: Error) => void): Promise<GuardRun> {
  try {
    return await execute();
  } catch (error) {
    if (isConfigurationError(error)) {
      // One finding per problem, each on its file and line: annotations land where each fix goes.
      const findings = error.reportedProblems().map((p): Finding => ({ rule: 'configuration-error', severity: 'error', ...p }));
      return { report: { guard, verdict: 'error', findings, metrics: {} } };
    }
    if (error instanceof Error) onInternal?.(error);
    return { report: errorReport(guard, describeError(error), 'internal-error') };
  }
}

/** A report for a guard that could not see everything: it never passes. */
export function errorReport(guard: string, message: string, rule = 'guard-error', path?: string): GuardReport {
  return {
    guard,
    verdict: 'error',
    findings: [{ rule, severity: 'error', message, ...(path ? { path } : {}) }],
    metrics: {},
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.path ?? '', b.path ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/** `error` beats `fail` beats `pass`: a combined report is only as good as its worst part. */
export function worstVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('error')) return 'error';
  if (verdicts.includes('fail')) return 'fail';
  return 'pass';
}

export interface CombinedReport {
  verdict: Verdict;
  reports: GuardReport[];
}

export function combineReports(reports: GuardReport[]): CombinedReport {
  return { verdict: worstVerdict(reports.map((r) => r.verdict)), reports };
}

import { guardRunOrError, reportFromFindings, type Finding, type GuardReport } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { changedFiles, commitsBetween, listFilesAt, touchedPaths } from '@agent-guards/git';
import type { SessionScope } from '../session-scope.js';
import { conventionalCommitProblem } from '../tools/commit-message.js';
import type { Plan, ReviewGuard, ReviewGuardContext } from '../types.js';

export interface ReviewInputs {
  plan: Plan;
  scope: SessionScope;
  policy: Policy;
  goldenSamples: string[];
  guards: ReviewGuard[];
}

/** The diff stays inside the plan and the ticket scope (§11 Review: "check the diff is within Plan-mode scope"). */
async function planScopeReport(ctx: ReviewGuardContext, inputs: ReviewInputs): Promise<GuardReport> {
  const changes = await changedFiles(ctx.repo, ctx.base, ctx.head);
  const findings: Finding[] = [];
  for (const path of touchedPaths(changes.files)) {
    const verdict = inputs.scope.verdict(path);
    if (verdict) findings.push({ rule: verdict.rule, severity: 'error', path, message: verdict.message });
    else if (!inputs.plan.files.includes(path)) findings.push({ rule: 'outside-plan', severity: 'error', path, message: `${path} changed but is not in the approved plan.` });
  }
  if (changes.files.length === 0) findings.push({ rule: 'empty-change', severity: 'error', message: 'the session branch has no changes against the base.' });
  return reportFromFindings('plan-scope', findings, { files: changes.files.length });
}

async function commitsReport(ctx: ReviewGuardContext, policy: Policy): Promise<GuardReport> {
  const findings: Finding[] = [];
  for (const c of await commitsBetween(ctx.repo, ctx.base, ctx.head)) {
    const problem = conventionalCommitProblem(c.message, policy.commits);
    if (problem) findings.push({ rule: 'non-conventional-commit', severity: 'error', message: `${c.sha.slice(0, 12)} "${c.subject}": ${problem}.` });
  }
  return reportFromFindings('conventional-commits', findings);
}

/**
 * New files against the golden samples (issue 9), with the boundaries
 * package's layout check. Its findings are warnings by design (a sample shows a
 * pattern, not a rule): they do not fail Review, they reach the model in Review
 * and the reviewer in the PR description.
 */
async function goldenSampleReport(ctx: ReviewGuardContext, samples: string[]): Promise<GuardReport> {
  const changes = await changedFiles(ctx.repo, ctx.base, ctx.head);
  const addedFiles = changes.files.filter((f) => f.status === 'added' || f.status === 'renamed' || f.status === 'copied').map((f) => f.path);
  const { checkGoldenSampleLayout } = await import('@agent-guards/boundaries');
  const findings = checkGoldenSampleLayout({ samples, addedFiles, knownFiles: await listFilesAt(ctx.repo, ctx.head) });
  return reportFromFindings('golden-sample-layout', findings, { samples: samples.length, added_files: addedFiles.length });
}

/** A check that throws could not decide: its report is `error`, which fails Review (fail closed). */
async function guarded(name: string, run: () => Promise<GuardReport>): Promise<GuardReport> {
  return (await guardRunOrError(name, async () => ({ report: await run() }))).report;
}

/** Runs every Review check on one head; the session escalates unless every verdict is pass. */
export async function runReviewChecks(ctx: ReviewGuardContext, inputs: ReviewInputs): Promise<GuardReport[]> {
  const reports = [await guarded('plan-scope', () => planScopeReport(ctx, inputs)), await guarded('conventional-commits', () => commitsReport(ctx, inputs.policy))];
  if (inputs.goldenSamples.length > 0) {
    reports.push(await guarded('golden-sample-layout', () => goldenSampleReport(ctx, inputs.goldenSamples)));
  }
  for (const [i, guard] of inputs.guards.entries()) reports.push(await guarded(`review-guard-${i + 1}`, () => guard(ctx)));
  return reports;
}

export function reviewFailures(reports: readonly GuardReport[]): string[] {
  return reports
    .filter((r) => r.verdict !== 'pass')
    .map((r) => {
      const errors = r.findings.filter((f) => f.severity === 'error').slice(0, 10);
      return `${r.guard}: ${r.verdict}${errors.length ? ` — ${errors.map((f) => `${f.path ? `${f.path}${f.line ? `:${f.line}` : ''}: ` : ''}${f.rule}: ${f.message}`).join('; ')}` : ''}`;
    });
}

import type { Mode } from '@agent-guards/config';
import { changedFiles, commitsBetween, touchedPaths } from '@agent-guards/git';
import type * as z from 'zod/mini';
import { FinishImplementationInput, RequestEscalationInput, RevisitPlanInput, SubmitFrameInput, SubmitPlanInput } from '../control-tools.js';
import { assessPlan, goldenSampleNotesProblem, normalizePlanFiles, planScopeProblems, type PlanScopeProblem } from '../plan-assessment.js';
import type { EscalationReason, Trigger } from '../state-machine.js';
import { conventionalCommitProblem } from '../tools/commit-message.js';
import { uncommittedPaths } from '../tools/git-tools.js';
import { describeRun, runConfigured } from '../tools/process-tools.js';
import type { Plan } from '../types.js';
import type { SessionControl } from './session-control.js';

export type ControlOutcome =
  | { kind: 'ok'; message: string; transition?: Trigger }
  | { kind: 'refused'; message: string }
  | { kind: 'rejected'; message: string }
  | { kind: 'escalate'; reason: EscalationReason; detail: string };

function parse<S extends z.ZodMiniType>(schema: S, input: unknown): { ok: true; value: z.infer<S> } | { ok: false; message: string } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `invalid input at '${issue.path.join('.') || '(input)'}': ${issue.message}` };
}

function listProblems(problems: readonly PlanScopeProblem[]): string {
  return problems.map((p) => `- ${p.path}: ${p.rule}: ${p.message}`).join('\n');
}

/** The control tools' effects on the session: the §4 transition triggers and escalations. */
export class ControlHandlers {
  constructor(private readonly session: SessionControl) {}

  async handle(mode: Mode, name: string, input: unknown): Promise<ControlOutcome> {
    switch (name) {
      case 'submit_frame':
        return this.submitFrame(input);
      case 'submit_plan':
        return this.submitPlan(input);
      case 'finish_implementation':
        return this.finishImplementation(input);
      case 'revisit_plan':
        return this.revisitPlan(input);
      case 'request_escalation': {
        const p = parse(RequestEscalationInput, input);
        if (!p.ok) return { kind: 'refused', message: p.message };
        return { kind: 'escalate', reason: 'agent-requested', detail: `${p.value.reason}${p.value.detail ? `\n${p.value.detail}` : ''}` };
      }
      default:
        return { kind: 'refused', message: `'${name}' is not a control tool of ${mode} mode` };
    }
  }

  private submitFrame(input: unknown): ControlOutcome {
    const p = parse(SubmitFrameInput, input);
    if (!p.ok) return { kind: 'refused', message: p.message };
    this.session.log.record.frame = { summary: p.value.summary, relevant_files: p.value.relevant_files, observations: p.value.observations };
    return { kind: 'ok', message: 'frame recorded; the session moves to Plan mode at the end of this turn.', transition: 'frame-artifact' };
  }

  private async submitPlan(input: unknown): Promise<ControlOutcome> {
    const { services: s, log } = this.session;
    const p = parse(SubmitPlanInput, input);
    if (!p.ok) return { kind: 'refused', message: p.message };
    const { files, problems } = normalizePlanFiles(p.value.files);
    problems.push(...planScopeProblems(files, s.scope));
    const plan: Plan = { summary: p.value.summary, files, tests: p.value.tests, questions: p.value.questions, golden_sample_notes: p.value.golden_sample_notes };
    if (problems.length > 0) {
      log.record.plan = { ...plan, files: [...files, ...problems.filter((x) => !files.includes(x.path)).map((x) => x.path)] };
      return { kind: 'escalate', reason: 'plan-out-of-scope', detail: `the plan names files outside the ticket scope or NOT-authorized (spec §4):\n${listProblems(problems)}` };
    }
    const maxQuestions = s.policy.runner.max_open_questions;
    if (plan.questions.length > maxQuestions) {
      log.record.plan = plan;
      return { kind: 'escalate', reason: 'plan-ambiguous', detail: `${plan.questions.length} open questions (more than ${maxQuestions}, spec §11):\n${plan.questions.map((q) => `- ${q}`).join('\n')}` };
    }
    const notesProblem = goldenSampleNotesProblem(plan, [...this.session.goldenSamples]);
    if (notesProblem) return { kind: 'rejected', message: `plan not accepted: ${notesProblem}.` };
    const alreadyChanged = [...new Set([...touchedPaths((await changedFiles(s.repo, s.baseSha, 'HEAD')).files), ...(await uncommittedPaths(s))])];
    const dropped = alreadyChanged.filter((f) => !files.includes(f));
    if (dropped.length > 0) return { kind: 'rejected', message: `plan not accepted: it must keep the files this session already changed: ${dropped.join(', ')}.` };

    const assessment = assessPlan(plan, await s.dependencyGraph());
    log.record.plan = plan;
    log.record.plan_assessment = assessment;
    log.checkpoint.revisit = null;
    if (assessment.impact === 'high') {
      const approvePlan = this.session.runtime.approvePlan;
      const approved = approvePlan ? await approvePlan(plan, assessment) : false;
      if (!approved) {
        return { kind: 'escalate', reason: 'plan-needs-approval', detail: `static analysis rates the plan's impact high (${assessment.reasons.join(', ')}) and no engineer approved it.` };
      }
      return { kind: 'ok', message: 'plan approved by an engineer; the session moves to Implement mode at the end of this turn.', transition: 'plan-approved' };
    }
    return {
      kind: 'ok',
      message: `plan accepted (impact ${assessment.impact}: ${assessment.reasons.join(', ')}); the session moves to Implement mode at the end of this turn.`,
      transition: 'plan-within-threshold',
    };
  }

  private async finishImplementation(input: unknown): Promise<ControlOutcome> {
    const { services: s, log } = this.session;
    const p = parse(FinishImplementationInput, input);
    if (!p.ok) return { kind: 'refused', message: p.message };
    const planned = new Set(s.plan?.files ?? []);
    const uncommitted = (await uncommittedPaths(s)).filter((f) => planned.has(f));
    if (uncommitted.length > 0) return { kind: 'rejected', message: `not yet: commit the planned changes first (uncommitted: ${uncommitted.join(', ')}).` };
    const commits = await commitsBetween(s.repo, s.baseSha, 'HEAD');
    if (commits.length === 0) return { kind: 'rejected', message: 'not yet: there are no commits on the session branch.' };
    const badCommits = commits.flatMap((c) => {
      const problem = conventionalCommitProblem(c.message, s.policy.commits);
      return problem ? [`${c.sha.slice(0, 12)} ${c.subject}: ${problem}`] : [];
    });
    if (badCommits.length > 0) return { kind: 'rejected', message: `not yet: commits are not conventional: ${badCommits.join('; ')}.` };
    const tests = await runConfigured(s, 'tests');
    if (!tests) return { kind: 'rejected', message: 'no test command is configured (runner.test_command).' };
    log.countTestRun(tests.passed);
    if (!tests.passed) return { kind: 'rejected', message: `not yet — ${describeRun(tests)}` };
    const lint = await runConfigured(s, 'lint');
    if (lint && !lint.passed) return { kind: 'rejected', message: `not yet — ${describeRun(lint)}` };
    log.checkpoint.implementation_summary = p.value.summary;
    return {
      kind: 'ok',
      message: `tests pass${lint ? ', the linter is clean' : ' (no lint command configured)'} and ${commits.length} conventional commit(s) are in place; the session moves to Review mode at the end of this turn.`,
      transition: 'checks-passed',
    };
  }

  private revisitPlan(input: unknown): ControlOutcome {
    const s = this.session.services;
    const p = parse(RevisitPlanInput, input);
    if (!p.ok) return { kind: 'refused', message: p.message };
    const { files, problems } = normalizePlanFiles(p.value.files);
    problems.push(...planScopeProblems(files, s.scope));
    if (problems.length > 0) {
      return { kind: 'escalate', reason: 'not-authorized-file', detail: `${p.value.reason}\nthe change would need files the ticket does not authorize (spec §4):\n${listProblems(problems)}` };
    }
    this.session.log.checkpoint.revisit = { reason: p.value.reason, files };
    return { kind: 'ok', message: 'back to Plan mode at the end of this turn: submit the widened plan there.', transition: 'plan-revisit' };
  }
}

import { defaultPolicy, type Policy } from '@agent-guards/config';
import { microToDecimal, roundRate } from '@agent-guards/cost-ceiling';
import type { DashboardInputs } from '../inputs/load-inputs.js';
import { ciTimeToGreenFigure, DEFAULT_DEGRADATION_TOLERANCE, type CiTimeToGreenFigure } from './ci-time-to-green.js';
import { cacheFigure, type CacheFigure } from './cache.js';
import { costPerPrFigure, weeklyTokensFigure, type CostPerPrFigure, type WeeklyTokensFigure } from './cost.js';
import { evalFigure, type EvalFigure } from './evals.js';
import { firstPassFigure, type FirstPassFigure } from './first-pass.js';
import { collectIncidents, type Incident } from './incidents.js';
import { policyViolationsFigure, type PolicyViolationsFigure } from './policy-violations.js';
import { joinSessions, type SessionView } from './session-view.js';
import { sessionTimeFigure, type SessionTimeFigure } from './session-time.js';
import { extent } from './stats.js';

export interface DashboardOptions {
  /** Thresholds, prices and the weekly budget; the built-in defaults (spec §4) without one. */
  policy?: Policy;
  /** GitHub logins the agent pushes and opens PRs as (`my-agent[bot]`). */
  agentLogins?: readonly string[];
  /** Overrides policy.cost.weekly_budget_tokens. */
  weeklyBudgetTokens?: number;
  /** How far human CI time-to-green may rise over its baseline before a week is flagged (0.1 = 10%). */
  ciDegradationTolerance?: number;
  generatedAt?: Date;
  title?: string;
}

export interface SessionRow {
  session: string;
  ticket: string | null;
  repo: string | null;
  pr: number | null;
  status: 'running' | 'done' | 'escalated' | null;
  escalation: string | null;
  start: string | null;
  wall_seconds: number | null;
  tokens: number | null;
  cost_micro_usd: number | null;
  cost_usd: string | null;
  cache_hit_rate: number | null;
  /** Whether the session's commands ran in the sandbox; null when the record does not say. */
  sandboxed: boolean | null;
  /** Escalations an operator resumed it from (a rescue mission). */
  rescued: number;
  /** Tool calls the runner refused (no such tool, a protected branch, a path outside the repository…). */
  refused_calls: number;
}

/** Every figure on the page, as written next to it (`figures.json`). Money in micro-dollars, rates as fractions, times in seconds. */
export interface DashboardFigures {
  title: string;
  generated_at: string;
  period: { from: string | null; to: string | null };
  repos: string[];
  inputs: { ledgers: number; usage_records: number; sessions: number; guard_reports: number; eval_suites: number; workflow_runs: number; pr_outcomes: number };
  first_pass_validation: FirstPassFigure;
  policy_violations: PolicyViolationsFigure;
  cost_per_pr: CostPerPrFigure;
  cache_hit_rate: CacheFigure;
  session_time: SessionTimeFigure;
  weekly_tokens: WeeklyTokensFigure;
  ci_time_to_green: CiTimeToGreenFigure;
  evals: EvalFigure[];
  incidents: Incident[];
  sessions: SessionRow[];
  /** What the data could not show: read these before trusting a figure. */
  gaps: string[];
}

function sessionRow(s: SessionView): SessionRow {
  const r = s.record;
  const u = s.usage?.totals;
  return {
    session: s.session,
    ticket: s.ticket ?? null,
    repo: s.repo ?? null,
    pr: s.pr ?? null,
    status: r?.status ?? null,
    escalation: r?.escalation ? `${r.escalation.mode}: ${r.escalation.reason}` : null,
    start: s.start === undefined ? null : new Date(s.start).toISOString(),
    wall_seconds: r ? r.totals.wall_seconds : null,
    tokens: u ? u.capTokens : null,
    cost_micro_usd: u ? u.costMicro : null,
    cost_usd: u ? microToDecimal(u.costMicro) : null,
    cache_hit_rate: u?.hitRate === undefined ? null : roundRate(u.hitRate),
    sandboxed: r?.sandbox ? r.sandbox.contained : null,
    rescued: r?.escalation_history?.length ?? 0,
    refused_calls: r?.refusals?.filter((x) => !/did not begin with|already ended in this turn/.test(x.reason)).length ?? 0,
  };
}

function gapsOf(inputs: DashboardInputs, sessions: readonly SessionView[], options: DashboardOptions, budgetTokens: number | undefined): string[] {
  const gaps: string[] = [];
  const noUsage = sessions.filter((s) => s.record && !s.usage).map((s) => s.session);
  if (noUsage.length > 0) gaps.push(`${noUsage.length} session record(s) have no calls in the ledgers given, so their cost is not counted: ${noUsage.join(', ')}.`);
  const noRecord = sessions.filter((s) => s.usage && !s.record).map((s) => s.session);
  if (noRecord.length > 0) gaps.push(`${noRecord.length} session(s) in the ledgers have no session record, so their status and time are unknown: ${noRecord.join(', ')}.`);
  if (inputs.prOutcomes.length === 0) gaps.push('No PR outcomes were given (--pr-outcomes): first-pass validation cannot be computed, and cost per PR counts every PR with spend, merged or not.');
  if (inputs.workflowRuns.length > 0 && (options.agentLogins ?? []).length === 0) gaps.push('No agent login was given (--agent-login): agent commits are recognised only from session records.');
  if (budgetTokens === undefined && inputs.usage.length > 0) gaps.push('No weekly token budget is set (policy cost.weekly_budget_tokens or --weekly-budget-tokens): weekly token use is shown without one.');
  if (inputs.guardReports.length === 0) gaps.push('No guard reports were given: policy violations cannot be counted.');
  if (inputs.evals.length === 0) gaps.push('No eval results were given: the §9 acceptance figures are missing.');
  if (inputs.workflowRuns.length === 0) gaps.push('No workflow runs were given: CI time-to-green cannot be shown.');
  return gaps;
}

function periodOf(inputs: DashboardInputs, sessions: readonly SessionView[]): { from: string | null; to: string | null } {
  const times = [
    ...inputs.usage.map((r) => r.ts),
    ...sessions.flatMap((s) => (s.start === undefined ? [] : [s.start])),
    ...inputs.workflowRuns.map((r) => Date.parse(r.created_at)),
    ...inputs.prOutcomes.map((o) => Date.parse(o.ts)),
  ];
  const range = extent(times);
  return range ? { from: new Date(range.min).toISOString(), to: new Date(range.max).toISOString() } : { from: null, to: null };
}

/** Computes every figure from the inputs: a pure function of its arguments. */
export function computeFigures(inputs: DashboardInputs, options: DashboardOptions = {}): DashboardFigures {
  const policy = options.policy ?? defaultPolicy();
  const { records, summary, sessions } = joinSessions(inputs.usage, inputs.sessions);
  const budgetTokens = options.weeklyBudgetTokens ?? policy.cost.weekly_budget_tokens;
  const budget = budgetTokens === undefined ? undefined : { tokens: budgetTokens, source: options.weeklyBudgetTokens !== undefined ? ('option' as const) : ('policy' as const) };

  const costPerPr = costPerPrFigure(summary, records, inputs.prOutcomes, policy.cost);
  const ci = ciTimeToGreenFigure(inputs.workflowRuns, sessions, options.agentLogins ?? [], options.ciDegradationTolerance ?? DEFAULT_DEGRADATION_TOLERANCE);
  const evals = inputs.evals.map(evalFigure);
  const repos = new Set<string>([...sessions.flatMap((s) => (s.repo ? [s.repo] : [])), ...inputs.workflowRuns.flatMap((r) => (r.repository ? [r.repository.full_name] : []))]);
  return {
    title: options.title ?? 'AgentOps dashboard',
    generated_at: (options.generatedAt ?? new Date()).toISOString(),
    period: periodOf(inputs, sessions),
    repos: [...repos].sort(),
    inputs: {
      ledgers: inputs.files.ledger.length,
      usage_records: inputs.usage.length,
      sessions: inputs.sessions.length,
      guard_reports: inputs.guardReports.length,
      eval_suites: inputs.evals.length,
      workflow_runs: inputs.workflowRuns.length,
      pr_outcomes: inputs.prOutcomes.length,
    },
    first_pass_validation: firstPassFigure(sessions, inputs.prOutcomes),
    policy_violations: policyViolationsFigure(inputs.guardReports, sessions),
    cost_per_pr: costPerPr,
    cache_hit_rate: cacheFigure(summary, records, policy.cost),
    session_time: sessionTimeFigure(sessions, policy.runner.target_session_minutes),
    weekly_tokens: weeklyTokensFigure(records, budget),
    ci_time_to_green: ci,
    evals,
    incidents: collectIncidents({ records, sessions, guardReports: inputs.guardReports, costPerPr, ci, evals, policy: policy.cost }),
    sessions: sessions.map(sessionRow),
    gaps: gapsOf(inputs, sessions, options, budgetTokens),
  };
}

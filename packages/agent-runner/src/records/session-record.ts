import { readFileSync } from 'node:fs';
import type { GuardReport } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import type { EgressDecision, SandboxDescription } from '@agent-guards/sandbox';
import type { AddedContext, Escalation, FrameArtifact, Plan, PlanAssessment } from '../types.js';
import type { UsageTotals } from './usage-tally.js';

/** One stay in a mode (a mode can be entered again: Implement → Plan revisit, or a resume). */
export interface ModeVisit {
  mode: Mode;
  start: string;
  end: string | null;
  /** The trigger that ended the visit (a §4 transition), or null while running. */
  outcome: string | null;
}

export interface Refusal {
  mode: Mode;
  tool: string;
  reason: string;
  at: string;
}

/** How the session's commands were contained, what reached (or tried to reach) the network, and which limits stopped a command. */
export interface SandboxRecord extends SandboxDescription {
  egress: (EgressDecision & { tool: string; mode: Mode })[];
  stopped: { tool: string; mode: Mode; limit: 'time' | 'output'; at: string }[];
}

export interface MarkerCheck {
  turn: number;
  mode: Mode;
  expected: string;
  /** ok: the turn began with its marker; missing: no marker; wrong: another mode's marker. */
  result: 'ok' | 'missing' | 'wrong';
}

/**
 * The session record (contracts.md `session.json`): written after every turn,
 * so an escalation or a crash always leaves a record that says where it stopped.
 */
export interface SessionRecord {
  session: string;
  ticket: string;
  repo: string;
  base_sha: string;
  /** The branch the PR targets. */
  base_branch: string;
  head_sha: string;
  branch: string;
  pr: { number: number; url: string } | null;
  status: 'running' | 'done' | 'escalated';
  escalation: Escalation | null;
  /** Earlier escalations a rescue mission resumed from. */
  escalation_history: (Escalation & { resumed_at: string })[];
  plan: Plan | null;
  plan_assessment: PlanAssessment | null;
  frame: FrameArtifact | null;
  modes: ModeVisit[];
  totals: UsageTotals & { wall_seconds: number; target_minutes: number };
  budget: { soft_cap_tokens: number; hard_cap_tokens: number; warnings: { at: string; mode: Mode; projected_tokens: number }[] };
  markers: { checked: number; missing: number; wrong: number; failures: MarkerCheck[] };
  refusals: Refusal[];
  tool_errors: { mode: Mode; tool: string; error: string; attempt: number; at: string }[];
  test_attempts: { total: number; failed: number; consecutive_failed: number; max: number };
  questions_asked: { question: string; answer: string | null; at: string }[];
  review: { head: string; reports: GuardReport[] } | null;
  sandbox: SandboxRecord;
  added_context: Omit<AddedContext, 'text'>[];
  notifications: { kind: 'soft-cap' | 'escalation'; target: string; ok: boolean; detail: string; at: string }[];
  runs: { kind: 'start' | 'resume'; started: string; ended: string | null }[];
  trace_id: string;
  session_span_id: string;
  /** W3C traceparent of the latest run's session span: the guard jobs continue the trace from it. */
  traceparent?: string;
  /** Where everything is; `skills` are the repo skill files (read at base) in the stable prefix, reused on resume. */
  paths: {
    repo: string;
    ticket: string;
    policy: string;
    skills: string[];
    ledger: string;
    trace: string;
    pr_body: string | null;
    /** Borrowed dependency folders (SessionStartOptions.dependencyDirs), again on resume. */
    dependencies?: { source: string; target: string }[];
  };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

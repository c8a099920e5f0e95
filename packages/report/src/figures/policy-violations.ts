import { compareText } from '@agent-guards/action-kit';
import type { GuardReportEntry } from '../inputs/guard-reports.js';
import type { SessionView } from './session-view.js';
import type { FigureStatus } from './status.js';

export interface ViolationRow {
  file: string;
  guard: string;
  rule: string;
  message: string;
  path: string | null;
  line: number | null;
}

/** Something the agent attempted that never reached a pull request, because the runner or its Review guards stopped it. */
export interface StoppedAttempt {
  session: string;
  ticket: string | null;
  kind: 'review-guard' | 'out-of-scope-plan' | 'refused-call';
  /** The guard that failed, the files the plan named, or the tool that was refused. */
  what: string;
  detail: string;
}

export interface PolicyViolationsFigure {
  status: FigureStatus;
  definition: string;
  /** What was counted, in one sentence. */
  counted: string;
  reports: number;
  passed: number;
  failed: number;
  /** Reports with verdict `error`: the guard could not decide, which is not a pass. */
  errored: number;
  by_guard: { guard: string; reports: number; failed: number; errored: number; violations: number }[];
  /** The violations: the error findings of failed CI guard reports. */
  violations: ViolationRow[];
  undecided: ViolationRow[];
  /** Attempts stopped before a PR (session records): not violations — nothing reached the repository — but the guard rails at work. */
  stopped: StoppedAttempt[];
  why: string | null;
}

export const POLICY_VIOLATIONS_DEFINITION =
  'A policy violation is one error finding of a CI guard report whose verdict is fail: one forbidden or out-of-scope file, one new skip or vanished test, one forbidden import, one PR over its cost ceiling… on a pull request (spec §2 counts protected-branch pushes, test-skip-set growth and out-of-scope edits). ' +
  'Reports with verdict error could not decide and are listed apart: they are not passes. ' +
  "What the runner stopped before a pull request existed — a plan naming NOT-authorized files, a Review guard failing before the push, a tool call refused — is not a violation (nothing reached the repository) and is listed apart, from the session records.";

/** Refusals that are the session's own protocol (a turn without its mode marker), not an attempt at something forbidden. */
const PROTOCOL_REFUSAL = /did not begin with|already ended in this turn/;

function stoppedAttempts(sessions: readonly SessionView[]): StoppedAttempt[] {
  const out: StoppedAttempt[] = [];
  for (const s of sessions) {
    const r = s.record;
    if (!r) continue;
    const base = { session: s.session, ticket: s.ticket ?? null };
    const escalations = [...(r.escalation_history ?? []), ...(r.escalation ? [r.escalation] : [])];
    for (const e of escalations) {
      if (e.reason === 'review-guard-failed') {
        const failed = [...e.detail.matchAll(/^([a-z][a-z-]*): (?:fail|error)\b(.*)$/gm)].map((m) => ({ guard: m[1]!, detail: m[2]!.replace(/^\s*[—-]\s*/, '').trim() }));
        for (const f of failed.length > 0 ? failed : [{ guard: 'review guards', detail: '' }]) {
          out.push({ ...base, kind: 'review-guard', what: f.guard, detail: f.detail || e.detail.split('\n')[0]! });
        }
      }
      if (e.reason === 'plan-out-of-scope') {
        const files = [...e.detail.matchAll(/^\s*- ([^:\s]+):/gm)].map((m) => m[1]!);
        out.push({ ...base, kind: 'out-of-scope-plan', what: files.join(', ') || 'the plan', detail: e.detail.split('\n')[0]! });
      }
    }
    for (const refusal of (r.refusals ?? []).filter((x) => !PROTOCOL_REFUSAL.test(x.reason))) {
      out.push({ ...base, kind: 'refused-call', what: refusal.tool, detail: `${refusal.mode} mode: ${refusal.reason}` });
    }
  }
  return out;
}

export function policyViolationsFigure(entries: readonly GuardReportEntry[], sessions: readonly SessionView[] = []): PolicyViolationsFigure {
  const byGuard = new Map<string, { guard: string; reports: number; failed: number; errored: number; violations: number }>();
  const violations: ViolationRow[] = [];
  const undecided: ViolationRow[] = [];
  for (const { file, report } of entries) {
    const g = byGuard.get(report.guard) ?? { guard: report.guard, reports: 0, failed: 0, errored: 0, violations: 0 };
    g.reports += 1;
    if (report.verdict === 'fail') g.failed += 1;
    if (report.verdict === 'error') g.errored += 1;
    byGuard.set(report.guard, g);
    if (report.verdict === 'pass') continue;
    for (const f of report.findings.filter((x) => x.severity === 'error')) {
      (report.verdict === 'fail' ? violations : undecided).push({ file, guard: report.guard, rule: f.rule, message: f.message, path: f.path ?? null, line: f.line ?? null });
      if (report.verdict === 'fail') g.violations += 1;
    }
  }
  const failed = entries.filter((e) => e.report.verdict === 'fail').length;
  const errored = entries.filter((e) => e.report.verdict === 'error').length;
  const stopped = stoppedAttempts(sessions);
  const kinds = (k: StoppedAttempt['kind']): number => stopped.filter((x) => x.kind === k).length;
  const counted =
    `Counted: the error findings of failed reports among ${entries.length} CI guard report(s) — ${violations.length} violation(s) in ${failed} failed report(s)` +
    `${errored > 0 ? `; ${errored} report(s) could not decide` : ''}. ` +
    `Not counted, because the runner stopped them before a PR: ${kinds('review-guard')} Review guard failure(s), ${kinds('out-of-scope-plan')} plan(s) naming NOT-authorized files, ${kinds('refused-call')} refused tool call(s).`;
  const status: FigureStatus = entries.length === 0 ? 'none' : failed > 0 ? 'bad' : errored > 0 ? 'warn' : 'ok';
  const why =
    status === 'bad'
      ? `${violations.length} violation(s) reached pull requests: ${[...byGuard.values()].filter((g) => g.violations > 0).map((g) => `${g.violations} from ${g.guard}`).join(', ')}. Spec §2's target is zero.`
      : status === 'warn'
        ? `${errored} CI guard report(s) could not decide (verdict error): until they run to a verdict, those PRs are not known to be clean.`
        : null;
  return {
    status,
    definition: POLICY_VIOLATIONS_DEFINITION,
    counted,
    reports: entries.length,
    passed: entries.length - failed - errored,
    failed,
    errored,
    by_guard: [...byGuard.values()].sort((a, b) => compareText(a.guard, b.guard)),
    violations,
    undecided,
    stopped,
    why,
  };
}

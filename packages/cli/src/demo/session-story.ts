import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrace, type SessionRecord, type SessionResult } from '@agent-guards/agent-runner';
import { groupDigits } from '@agent-guards/action-kit';
import { describeTests } from './local-ci.js';

/** A session as the demo tells it: the path through the modes, then what happened on the way. */
export interface SessionStory {
  result: SessionResult;
  record: SessionRecord;
  /** `Frame read 5 files → Plan: 2 files → Implement: 3 test runs → Review` */
  path: string;
  details: string[];
  /** The output lines of the session's test runs that start with `PROBE ` (what a probe saw). */
  probe: string[];
}

/** A span of the trace, by what the runner did (`tool:run_tests`), whichever naming the trace uses. */
interface StepSpan {
  step: string;
  start: number;
  mode: unknown;
  run: unknown;
  passed: unknown;
}

/**
 * The trace's spans by step. Spans name their step in `agent_guards.step`
 * (OpenTelemetry GenAI names: `execute_tool run_tests`), or in their name in
 * older traces (`tool:run_tests`); attributes likewise.
 */
function spansOf(tracePath: string): StepSpan[] {
  if (!existsSync(tracePath)) return [];
  try {
    return parseTrace(readFileSync(tracePath, 'utf8')).map((s) => {
      const a = (s.attributes ?? {}) as Record<string, unknown>;
      return {
        step: typeof a['agent_guards.step'] === 'string' ? a['agent_guards.step'] : s.name,
        start: Date.parse(String(s.start)),
        mode: a['agent_guards.mode'] ?? a.mode,
        run: a['agent_guards.tool.run'] ?? a.run,
        passed: a['agent_guards.tool.passed'] ?? a.passed,
      };
    });
  } catch {
    return [];
  }
}

function testLogs(sessionDir: string): Map<number, { kind: string; text: string }> {
  const dir = join(sessionDir, 'test-runs');
  const logs = new Map<number, { kind: string; text: string }>();
  if (!existsSync(dir)) return logs;
  for (const f of readdirSync(dir)) {
    const m = /^run-(\d+)-(tests|lint)\.log$/.exec(f);
    if (m) logs.set(Number(m[1]), { kind: m[2]!, text: readFileSync(join(dir, f), 'utf8') });
  }
  return logs;
}

function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/**
 * Reads what a session left (its record, its trace, its stored test output)
 * into a few lines. `fromRun` limits the story to the runs of the session
 * from that one on (a resume tells only what the resume did).
 */
export function sessionStory(result: SessionResult, options: { fromRun?: number } = {}): SessionStory {
  const record = JSON.parse(readFileSync(result.sessionPath, 'utf8')) as SessionRecord;
  const sessionDir = join(result.sessionPath, '..');
  const fromRun = options.fromRun ?? 0;
  const runStart = record.runs[fromRun] ? Date.parse(record.runs[fromRun]!.started) : 0;
  const visits = record.modes.filter((m) => Date.parse(m.start) >= runStart);
  const spans = spansOf(result.tracePath).filter((s) => !(s.start < runStart));
  const toolSpans = spans.filter((s) => s.step.startsWith('tool:'));
  const logs = testLogs(sessionDir);
  const testSpans = toolSpans.filter((s) => s.step === 'tool:run_tests');

  const reads = toolSpans.filter((s) => s.mode === 'frame' && ['tool:read_file', 'tool:grep', 'tool:read_dependency_graph'].includes(s.step)).length;
  const steps = visits.map((v) => {
    if (v.mode === 'frame') return fromRun === 0 ? `Frame: ${reads} read(s)` : 'Frame';
    if (v.mode === 'plan') return record.plan ? `Plan: ${record.plan.files.length} file(s), ${record.plan.questions.length} open question(s)` : 'Plan';
    if (v.mode === 'implement') return 'Implement';
    return 'Review';
  });
  const ending = record.status === 'done' ? (record.pr ? `PR #${record.pr.number}` : 'PR') : `escalated in ${record.escalation?.mode ?? '?'}`;
  const path = `${[...new Set(steps)].join(' → ')} → ${ending}`;

  const details: string[] = [];
  const probe: string[] = [];
  const refusalsShown = new Set<string>();
  for (const r of record.refusals.filter((x) => Date.parse(x.at) >= runStart)) {
    const key = `${r.mode}:${r.tool}:${r.reason}`;
    if (refusalsShown.has(key)) continue;
    refusalsShown.add(key);
    details.push(`refused in ${r.mode}: ${r.tool} — ${r.reason.replace(/^refused:\s*/, '')}`);
  }
  testSpans.forEach((span, i) => {
    const log = logs.get(Number(span.run));
    if (!log) return;
    for (const line of log.text.split('\n')) {
      const m = /PROBE (.*)$/.exec(line);
      if (m) probe.push(m[1]!.trim());
    }
    const passed = span.passed === true;
    details.push(`run_tests #${i + 1}: ${passed ? 'PASS' : 'FAIL'} — ${describeTests(log.text, passed ? 0 : 1)}`);
  });
  if (probe.length > 0) details.push(...probe.map((p) => `probe saw: ${p}`));
  if (record.status === 'done' && record.review) {
    details.push(`review checks before the push: ${record.review.reports.map((r) => `${r.guard} ${r.verdict}`).join(', ')}`);
  }
  if (record.status === 'escalated' && record.escalation) {
    const detail = record.escalation.detail.split('\n').slice(0, 4).join(' · ');
    const first = detail.split(/;\s(?=\S+:\d+:)/)[0]!;
    details.push(`escalation: ${record.escalation.reason} — ${first.length > 260 ? `${first.slice(0, first.lastIndexOf(' ', 260))}…` : first}${first.length < detail.length ? ' (and more)' : ''}`);
    const told = [...new Set(record.notifications.filter((n) => n.kind === 'escalation' && n.ok).map((n) => n.target.replace(/ label$/, '')))];
    if (told.length > 0) details.push(`told: ${told.join(', ')} (a comment saying why, and the agent-escalated label)`);
  }
  details.push(`${fromRun > 0 ? 'session so far: ' : ''}${groupDigits(record.totals.tokens)} tokens · $${record.totals.cost_usd.toFixed(4)} · cache hit ${pct(record.totals.cache_hit_rate)} · sandbox: ${record.sandbox.contained ? 'contained' : 'NOT contained'}`);
  return { result, record, path, details, probe };
}

import { describe, expect, it } from 'vitest';
import type { GuardReport } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { PriceBook, UsageLedger } from '@agent-guards/cost-ceiling';
import { buildDashboard, computeFigures, SessionRecordSchema, type DashboardInputs, type SessionRecord } from '../src/index.js';
import { emptyInputs } from '../src/inputs/load-inputs.js';

/**
 * Each panel's verdict is what its data says, and a panel that is not on
 * target says why in words: escalated sessions are never on target, a
 * violation is a finding (not a report), a cold cache is named, and the page
 * refers to nothing that is not on it.
 */
const policy = defaultPolicy();

function usage(lines: Record<string, unknown>[]): DashboardInputs['usage'] {
  const text = lines.map((l) => JSON.stringify({ ticket: 'T-1', repo: 'acme/svc', mode: 'implement', model: 'claude-sonnet-4-6', input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, cost_usd: 0, ...l })).join('\n');
  return UsageLedger.parse(`${text}\n`, 'inline.jsonl').toRecords(new PriceBook());
}

/** A session record as the runner writes it, read through the dashboard's schema (its defaults applied). */
function record(over: Record<string, unknown>): SessionRecord {
  return SessionRecordSchema.parse({
    session: 's1',
    ticket: 'T-1',
    repo: 'acme/svc',
    status: 'done',
    modes: [{ mode: 'frame', start: '2026-05-04T10:00:00Z', end: '2026-05-04T10:01:00Z' }],
    runs: [],
    totals: { tokens: 0, wall_seconds: 60 },
    ...over,
  });
}

const escalated = (session: string, reason: string, detail: string, seconds = 0.035) =>
  record({ session, ticket: session.toUpperCase(), status: 'escalated', escalation: { mode: reason.startsWith('plan') ? 'plan' : 'review', reason, detail }, totals: { tokens: 10, wall_seconds: seconds } });

describe('session time', () => {
  it('an escalated 35 ms session is not on target: with no session that opened a PR the panel is off target, and says why', () => {
    const f = computeFigures({ ...emptyInputs(), sessions: [{ file: 'x/session.json', record: escalated('e1', 'plan-out-of-scope', 'the plan names src/payments/x.js') }] }, { policy });
    expect(f.session_time).toMatchObject({ sessions: 0, escalated: 1, mean_seconds: null, status: 'bad' });
    expect(f.session_time.why).toBe('1 of 1 ended sessions escalated (1 plan-out-of-scope) and opened no PR: they are not on target, whatever their time, and wait for a person.');
  });

  it('fast sessions that opened PRs are within the target, and an escalated one beside them turns the panel amber, not green', () => {
    const sessions = [
      { file: 'a/session.json', record: record({ session: 'a', status: 'done', totals: { tokens: 1, wall_seconds: 4 } }) },
      { file: 'b/session.json', record: escalated('b', 'review-guard-failed', 'skip-set: fail — a new skip') },
    ];
    const f = computeFigures({ ...emptyInputs(), sessions }, { policy });
    expect(f.session_time).toMatchObject({ sessions: 1, escalated: 1, mean_seconds: 4, status: 'warn' });
    expect(f.session_time.escalated_sessions).toEqual([{ session: 'b', ticket: 'B', reason: 'review-guard-failed', seconds: 0 }]);
    const html = buildDashboard({ ...emptyInputs(), sessions }, { policy }).html;
    expect(html).toContain('data-why="session-time"');
    expect(html).toMatch(/data-status="escalated"/);
  });
});

describe('policy violations', () => {
  const failed: GuardReport = {
    guard: 'manifest-scope',
    verdict: 'fail',
    findings: [
      { rule: 'forbidden-path', severity: 'error', message: 'src/auth/x.js is in a forbidden category', path: 'src/auth/x.js' },
      { rule: 'outside-ticket-scope', severity: 'error', message: 'docs/x.md is outside the scope', path: 'docs/x.md' },
      { rule: 'note', severity: 'warning', message: 'a warning is not a violation' },
    ],
    metrics: {},
  };
  const passed: GuardReport = { guard: 'skip-set', verdict: 'pass', findings: [], metrics: {} };

  it('counts each error finding of a failed report as a violation, and says what was counted', () => {
    const f = computeFigures({ ...emptyInputs(), guardReports: [{ file: 'pr-1/manifest-scope-report.json', report: failed }, { file: 'pr-1/skip-set-report.json', report: passed }] }, { policy });
    const v = f.policy_violations;
    expect({ violations: v.violations.length, failed: v.failed, reports: v.reports, status: v.status }).toEqual({ violations: 2, failed: 1, reports: 2, status: 'bad' });
    expect(v.counted).toMatch(/^Counted: the error findings of failed reports among 2 CI guard report\(s\) — 2 violation\(s\) in 1 failed report\(s\)\./);
    expect(v.why).toBe("2 violation(s) reached pull requests: 2 from manifest-scope. Spec §2's target is zero.");
  });

  it('lists what the runner stopped before a PR apart, from the session records, and does not count it', () => {
    const rescued = record({
      session: 'r',
      ticket: 'R-1',
      status: 'done',
      escalation_history: [{ mode: 'review', reason: 'review-guard-failed', detail: "boundaries: fail — src/events/s.js:3: forbidden-import: New import of '../recommendations/engine.js'", resumed_at: '2026-05-04T10:05:00Z' }],
      added_context: [{ file: '/x/async-message-bus-contract.md', kind: 'contract', bytes: 10 }],
    });
    const injected = record({
      session: 'i',
      ticket: 'I-1',
      refusals: [
        { mode: 'frame', tool: 'unrestricted_shell', reason: "'unrestricted_shell' is excluded in every mode", at: '2026-05-04T10:00:10Z' },
        { mode: 'review', tool: 'git_push_non_protected', reason: "'main' matches a protected-branch glob", at: '2026-05-04T10:00:20Z' },
        { mode: 'plan', tool: 'write_file', reason: 'the turn did not begin with <plan>; tool calls of an unmarked turn are not run', at: '2026-05-04T10:00:30Z' },
      ],
    });
    const bait = escalated('b', 'plan-out-of-scope', 'the plan names files outside the ticket scope or NOT-authorized (spec §4):\n- src/payments/refunds.js: forbidden-path: payments\n- tests/payments/refunds.test.js: outside-ticket-scope: outside');
    const sessions = [rescued, injected, bait].map((r) => ({ file: `${r.session}/session.json`, record: r }));
    const f = computeFigures({ ...emptyInputs(), sessions, guardReports: [{ file: 'pr-1/skip-set-report.json', report: passed }] }, { policy });
    const v = f.policy_violations;
    expect(v.violations).toEqual([]);
    expect(v.status).toBe('ok');
    // In session order (by start, then id); the marker refusal is the session's own protocol, not an attempt.
    expect(v.stopped.map((s) => `${s.ticket} ${s.kind} ${s.what}`)).toEqual([
      'B out-of-scope-plan src/payments/refunds.js, tests/payments/refunds.test.js',
      'I-1 refused-call unrestricted_shell',
      'I-1 refused-call git_push_non_protected',
      'R-1 review-guard boundaries',
    ]);
    expect(v.counted).toContain('1 Review guard failure(s), 1 plan(s) naming NOT-authorized files, 2 refused tool call(s)');
    // The rescue is an incident of its own, resolved.
    expect(f.incidents.filter((i) => i.kind === 'rescue')).toEqual([
      expect.objectContaining({ severity: 'info', session: 'r', title: 'resolved: escalated in review (review-guard-failed), resumed by an operator with contract async-message-bus-contract.md' }),
    ]);
  });
});

describe('cache hit rate', () => {
  it('names the session that wrote the prefix the others read, and how many of its calls were cold', () => {
    // The first session writes 9,000 tokens in two calls and reads 1,000; the next two read 9,000 each of 10,000.
    const f = computeFigures(
      {
        ...emptyInputs(),
        usage: usage([
          { session: 'first', ticket: 'T-1', ts: '2026-05-04T10:00:00Z', input_tokens: 500, cache_creation_input_tokens: 4500 },
          { session: 'first', ticket: 'T-1', ts: '2026-05-04T10:00:10Z', input_tokens: 500, cache_creation_input_tokens: 3500, cache_read_input_tokens: 1000 },
          { session: 'second', ticket: 'T-2', ts: '2026-05-04T10:01:00Z', input_tokens: 1000, cache_read_input_tokens: 9000 },
          { session: 'third', ticket: 'T-3', ts: '2026-05-04T10:02:00Z', input_tokens: 1000, cache_read_input_tokens: 9000 },
        ]),
      },
      { policy },
    );
    const c = f.cache_hit_rate;
    expect({ rate: c.rate, status: c.status, below: c.sessions_below_target }).toEqual({ rate: 0.6333, status: 'bad', below: ['first'] });
    expect(c.by_session.map((r) => [r.session, r.calls, r.cold_calls, r.cache_write_tokens, r.first])).toEqual([
      ['first', 2, 1, 8000, true],
      ['second', 1, 0, 0, false],
      ['third', 1, 0, 0, false],
    ]);
    expect(c.why).toContain('Overall, 63.3% of the input came from the cache, under the 80.0% target');
    expect(c.why).toContain('T-1 (10.0%): 1 of its 2 calls read nothing from the cache — it was the first session of the period, so every mode’s prefix was still to be written; it wrote 8,000 tokens to the cache');
  });
});

describe('the page stands alone', () => {
  it('names no file outside itself, and every panel says how to read it', () => {
    const sessions = [{ file: 'a/session.json', record: record({ session: 'a' }) }];
    const html = buildDashboard({ ...emptyInputs(), sessions, usage: usage([{ session: 'a', ts: '2026-05-04T10:00:00Z', input_tokens: 10 }]) }, { policy }).html;
    expect(html).not.toMatch(/contracts\.md|\.\.\/seeds|design\//);
    const panels = [...html.matchAll(/<section id="([a-z-]+)" aria-labelledby/g)].map((m) => m[1]);
    expect(panels).toEqual(['incidents', 'violations', 'first-pass', 'cache', 'cost', 'session-time', 'tokens', 'evals', 'ci', 'sessions', 'data']);
    for (const id of panels.filter((p) => p !== 'data')) {
      const body = html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));
      expect(body, id).toContain('How to read this:');
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { GuardReport } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { PriceBook, UsageLedger } from '@agent-guards/cost-ceiling';
import { buildDashboard, computeFigures, escapeHtml, isoWeekOf, percentile, type DashboardInputs, type SessionRecord } from '../src/index.js';
import { emptyInputs } from '../src/inputs/load-inputs.js';

const policy = defaultPolicy();

/** Usage records priced by the cost package, from ledger lines given inline. */
function usage(lines: Record<string, unknown>[]): DashboardInputs['usage'] {
  const text = lines.map((l) => JSON.stringify({ ticket: 'T-1', repo: 'acme/svc', mode: 'implement', model: 'claude-sonnet-4-6', input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, cost_usd: 0, ...l })).join('\n');
  return UsageLedger.parse(`${text}\n`, 'inline.jsonl').toRecords(new PriceBook());
}

function record(over: Partial<SessionRecord>): SessionRecord {
  return { session: 's1', ticket: 'T-1', repo: 'acme/svc', status: 'done', modes: [{ mode: 'frame', start: '2026-05-04T10:00:00Z', end: '2026-05-04T10:01:00Z' }], runs: [], totals: { tokens: 0, wall_seconds: 60 }, ...over };
}

describe('figures from small inputs', () => {
  it('without PR outcomes, cost per PR counts every PR with spend and first-pass validation has no value', () => {
    const inputs: DashboardInputs = {
      ...emptyInputs(),
      // 1,000,000 input tokens of Sonnet at $3/Mtok is $3.00; 100,000 output at $15/Mtok is $1.50.
      usage: usage([
        { session: 'a', pr: 1, ts: '2026-05-04T10:00:00Z', input_tokens: 1_000_000 },
        { session: 'a', pr: 1, ts: '2026-05-04T10:05:00Z', output_tokens: 100_001 },
        { session: 'b', ts: '2026-05-05T10:00:00Z', input_tokens: 10 },
      ]),
      sessions: [{ file: 'b/session.json', record: record({ session: 'b', pr: { number: 2, url: 'u' } }) }],
    };
    const f = computeFigures(inputs, { policy });
    // 4,500,015 µ$: one output token over the ceiling is over it.
    expect(f.cost_per_pr).toMatchObject({ basis: 'opened', count: 2, mean_micro_usd: 2_250_023, over_ceiling: 1, status: 'bad' });
    expect(f.cost_per_pr.prs.map((p) => [p.pr, p.cost_micro_usd, p.merged])).toEqual([
      [1, 4_500_015, null],
      [2, 30, null],
    ]);
    expect(f.first_pass_validation).toMatchObject({ rate: null, pending: 2, decided: 0, status: 'none' });
    expect(f.gaps).toEqual(expect.arrayContaining([
      expect.stringMatching(/^1 session\(s\) in the ledgers have no session record.*: a\.$/),
      expect.stringMatching(/^No PR outcomes were given/),
    ]));
  });

  it('a PR at exactly the ceiling is not over it', () => {
    const f = computeFigures({ ...emptyInputs(), usage: usage([{ session: 'a', pr: 1, ts: '2026-05-04T10:00:00Z', input_tokens: 1_000_000, output_tokens: 100_000 }]) }, { policy });
    expect(f.cost_per_pr).toMatchObject({ max_micro_usd: 4_500_000, over_ceiling: 0, status: 'ok' });
  });

  it('the weekly budget from the option wins over the policy, and a week at 80% of it is amber', () => {
    const f = computeFigures({ ...emptyInputs(), usage: usage([{ session: 'a', ts: '2026-05-04T10:00:00Z', input_tokens: 800 }]) }, { policy: { ...policy, cost: { ...policy.cost, weekly_budget_tokens: 100 } }, weeklyBudgetTokens: 1000 });
    expect(f.weekly_tokens).toMatchObject({ budget_tokens: 1000, budget_source: 'option', status: 'warn', weeks: [{ week: '2026-W19', tokens: 800, share_of_budget: 0.8, over_budget: false }] });
  });

  it('a hard-cap hit is found in the ledger even when the session did not escalate on it', () => {
    const f = computeFigures({ ...emptyInputs(), usage: usage([{ session: 'big', ts: '2026-05-04T10:00:00Z', input_tokens: 300_000 }]) }, { policy });
    expect(f.incidents).toEqual([expect.objectContaining({ kind: 'hard-cap', session: 'big', detail: '300,000 tokens against the hard cap of 300,000; the session did not escalate on the token ceiling' })]);
  });

  it('a guard report with a cost incident the ledgers cannot show is an incident of its own', () => {
    const report: GuardReport = { guard: 'cost-ceiling', verdict: 'pass', findings: [{ rule: 'cost-incident', severity: 'warning', message: 'Cost incident: every one of the last 3 sessions cost more than $6.00.' }], metrics: {} };
    const f = computeFigures({ ...emptyInputs(), guardReports: [{ file: 'cost-ceiling-report.json', report }] }, { policy });
    expect(f.incidents).toEqual([expect.objectContaining({ kind: 'cost-incident', source: 'cost-ceiling-report.json' })]);
    expect(f.policy_violations).toMatchObject({ reports: 1, failed: 0, status: 'ok' });
  });
});

describe('sessions that ran without the sandbox', () => {
  it('are marked in their row and said in words under the table', () => {
    const contained = { mode: 'bubblewrap', contained: true, summary: 'Sandboxed with bubblewrap 0.9.0: …' };
    const none = { mode: 'none', contained: false, summary: 'NOT SANDBOXED: runner.sandbox is `none`, …' };
    const inputs: DashboardInputs = {
      ...emptyInputs(),
      sessions: [
        { file: 'a/session.json', record: record({ session: 'a', sandbox: contained }) },
        { file: 'b/session.json', record: record({ session: 'b', sandbox: none }) },
        { file: 'c/session.json', record: record({ session: 'c' }) },
      ],
    };
    const { html, figures } = buildDashboard(inputs, { policy, generatedAt: new Date('2026-05-05T00:00:00Z') });
    expect(figures.sessions.map((s) => [s.session, s.sandboxed])).toEqual([
      ['a', true],
      ['b', false],
      ['c', null],
    ]);
    expect(html).toContain('NOT SANDBOXED');
    expect(html).toMatch(/1 session\(s\) ran the service's tests, linter and installs without the sandbox \(runner\.sandbox: none\)/);
    const without = buildDashboard({ ...inputs, sessions: inputs.sessions.slice(0, 1) }, { policy, generatedAt: new Date('2026-05-05T00:00:00Z') });
    expect(without.html).not.toContain('without the sandbox');
  });
});

describe('the page', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>\u202eevil';
  const inputs: DashboardInputs = {
    ...emptyInputs(),
    usage: usage([{ session: hostile, ticket: hostile, ts: '2026-05-04T10:00:00Z', input_tokens: 1000 }]),
    sessions: [{ file: `${hostile}/session.json`, record: record({ session: hostile, ticket: hostile, status: 'escalated', escalation: { mode: 'plan', reason: hostile, detail: hostile } }) }],
  };
  const { html, figures } = buildDashboard(inputs, { policy, title: `dashboard ${hostile}`, generatedAt: new Date('2026-05-05T00:00:00Z') });

  it('escapes every piece of untrusted text: no tag, attribute or bidi override gets through', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(figures.sessions[0]!.session).toBe(hostile);
  });

  it('loads nothing from anywhere, by construction and by its content security policy', () => {
    expect(html.replaceAll('&#39;', "'")).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; script-src 'none'/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:|\/\/)/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/ style="/);
  });

  it('says what it could not show', () => {
    expect(html).toContain('No eval results were given');
    expect(html).toContain('No workflow runs were given');
  });

  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('time and percentiles', () => {
  it('ISO weeks: a week belongs to the year of its Thursday', () => {
    expect(isoWeekOf(Date.parse('2026-01-01T00:00:00Z')).label).toBe('2026-W01');
    expect(isoWeekOf(Date.parse('2027-01-01T12:00:00Z')).label).toBe('2026-W53');
    expect(isoWeekOf(Date.parse('2024-12-30T00:00:00Z')).label).toBe('2025-W01');
    expect(isoWeekOf(Date.parse('2026-11-22T23:59:59Z'))).toEqual({ label: '2026-W47', start: Date.parse('2026-11-16T00:00:00Z') });
  });

  it('p95 by nearest rank is an observed value: the 19th of 20, the largest of 10', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty.slice(0, 10), 95)).toBe(10);
    expect(percentile([], 95)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, PolicySchema, type Policy } from '@agent-guards/config';
import { buildDashboard, loadDashboardInputs, type DashboardFigures, type DashboardInputs } from '../src/index.js';
import { AGENT_LOGIN, GENERATED_AT, WEEKLY_BUDGET_TOKENS, writeAgentOpsFixture, type FixturePaths } from './support/agentops-fixture.js';
import { tempDir } from './support/temp.js';

// Every expected number below is worked out by hand from the fixture's story (support/agentops-fixture.ts).
const policy: Policy = PolicySchema.parse({ version: 1, cost: { ...defaultPolicy().cost, weekly_budget_tokens: WEEKLY_BUDGET_TOKENS } });
let paths: FixturePaths;
let inputs: DashboardInputs;
let f: DashboardFigures;

beforeAll(async () => {
  paths = await writeAgentOpsFixture(tempDir('fixture'));
  // Directories are searched for the known file names, as the CLI does.
  inputs = await loadDashboardInputs({ ledger: [paths.sessions], session: [paths.sessions], 'guard-report': [paths.reports], eval: [paths.eval], 'workflow-runs': [paths.workflowRuns], 'pr-outcomes': [paths.prOutcomes] }, policy);
  f = buildDashboard(inputs, { policy, agentLogins: [AGENT_LOGIN], generatedAt: GENERATED_AT }).figures;
});

describe('the inputs of a month of one service', () => {
  it('reads every file the runner, the guards, the harness and the API export wrote', () => {
    expect(f.inputs).toEqual({ ledgers: 11, usage_records: 86, sessions: 11, guard_reports: 30, eval_suites: 1, workflow_runs: 55, pr_outcomes: 5 });
    expect(f.repos).toEqual(['acme/orders-service']);
    expect(f.period).toEqual({ from: '2026-10-26T10:00:00.000Z', to: '2026-11-19T17:00:04.000Z' });
  });
});

describe('the four signal metrics', () => {
  it('first-pass validation: 3 of 5 closed agent PRs merged without amendment, under the §10 floor', () => {
    const p = f.first_pass_validation;
    expect({ rate: p.rate, decided: p.decided, first: p.first_pass, amended: p.spec_amended, unmerged: p.closed_unmerged, pending: p.pending, prs: p.agent_prs, status: p.status }).toEqual({
      rate: 0.6, decided: 5, first: 3, amended: 1, unmerged: 1, pending: 1, prs: 6, status: 'bad',
    });
    expect(p.weeks).toEqual([
      { week: '2026-W45', decided: 2, first_pass: 1, rate: 0.5 },
      { week: '2026-W46', decided: 2, first_pass: 1, rate: 0.5 },
      { week: '2026-W47', decided: 1, first_pass: 1, rate: 1 },
    ]);
  });

  it('policy violations: two failed guard reports, one undecided, from one-guard and combined report files', () => {
    const v = f.policy_violations;
    expect({ reports: v.reports, passed: v.passed, failed: v.failed, errored: v.errored, status: v.status }).toEqual({ reports: 30, passed: 27, failed: 2, errored: 1, status: 'bad' });
    expect(v.violations.map((x) => `${x.guard}/${x.rule}`)).toEqual(['cost-ceiling/cost-per-pr-exceeded', 'manifest-scope/forbidden-path', 'manifest-scope/outside-ticket-scope']);
    expect(v.undecided.map((x) => `${x.guard}/${x.rule}`)).toEqual(['skip-set/guard-error']);
  });

  it('cost per merged PR: PR 104 (three Opus sessions) is over the $4.50 ceiling; the mean is over merged PRs only', () => {
    const c = f.cost_per_pr;
    // 101: 203,850 µ$; 102: 249,450; 104: 2,063,050 + 2,047,300 + 799,800 = 4,910,150; 107: 158,250.
    expect({ basis: c.basis, count: c.count, total: c.total_micro_usd, mean: c.mean_micro_usd, max: c.max_micro_usd, over: c.over_ceiling, ceiling: c.ceiling_micro_usd, status: c.status }).toEqual({
      basis: 'merged', count: 4, total: 5_521_700, mean: 1_380_425, max: 4_910_150, over: 1, ceiling: 4_500_000, status: 'bad',
    });
    expect(c.prs.map((p) => [p.pr, p.cost_micro_usd, p.merged, p.sessions.length])).toEqual([
      [101, 203_850, true, 1],
      [102, 249_450, true, 1],
      [104, 4_910_150, true, 3],
      [106, 181_050, false, 1],
      [107, 158_250, true, 1],
      [108, 203_850, null, 1],
    ]);
  });

  it('CI time-to-green: humans went from 10 to 12.5 minutes; W46 at exactly +10% is not flagged, W47 is', () => {
    const ci = f.ci_time_to_green;
    expect(ci.baseline).toEqual({ source: 'before-launch', weeks: ['2026-W44'], commits: 5, mean_seconds: 600 });
    expect(ci.launch_week).toBe('2026-W45');
    expect(ci.weeks.map((w) => [w.week, w.human.commits, w.human.red, w.human.mean_seconds, w.human_ratio, w.degraded, w.agent.commits, w.agent.red, w.agent.mean_seconds])).toEqual([
      ['2026-W44', 5, 0, 600, 1, false, 0, 0, null],
      ['2026-W45', 4, 0, 630, 1.05, false, 2, 0, 780],
      ['2026-W46', 4, 0, 660, 1.1, false, 4, 1, 800],
      ['2026-W47', 5, 1, 750, 1.25, true, 2, 0, 690],
    ]);
    expect(ci.after_launch).toEqual({ commits: 13, mean_seconds: 680, ratio: 1.1333 });
    expect({ degraded: ci.degraded, weeks: ci.degraded_weeks, status: ci.status }).toEqual({ degraded: true, weeks: ['2026-W47'], status: 'bad' });
    expect(ci.runs).toEqual({ total: 55, pull_request: 54, not_pull_request: 1 });
    expect(ci.commits).toEqual({ counted: 26, unfinished: 1 });
  });
});

describe('budget, cache and time', () => {
  it('token use per ISO week against the 1,000,000 budget: W46 is over', () => {
    const w = f.weekly_tokens;
    expect(w.weeks.map((x) => [x.week, x.start, x.tokens, x.sessions, x.cost_micro_usd, x.over_budget])).toEqual([
      ['2026-W45', '2026-11-02', 317_800, 3, 503_850, false],
      ['2026-W46', '2026-11-09', 1_114_500, 5, 6_065_750, true],
      ['2026-W47', '2026-11-16', 258_200, 3, 412_650, false],
    ]);
    expect({ total: w.total_tokens, over: w.weeks_over_budget, budget: w.budget_tokens, source: w.budget_source, status: w.status }).toEqual({ total: 1_690_500, over: 1, budget: 1_000_000, source: 'policy', status: 'bad' });
  });

  it('cache hit rate: cache reads ÷ total input, overall and per week', () => {
    const c = f.cache_hit_rate;
    expect({ rate: c.rate, read: c.cache_read_tokens, input: c.total_input_tokens, status: c.status }).toEqual({ rate: 0.6372, read: 934_000, input: 1_465_700, status: 'bad' });
    expect(c.weeks.map((w) => [w.week, w.rate])).toEqual([
      ['2026-W45', 0.7993],
      ['2026-W46', 0.5518],
      ['2026-W47', 0.7667],
    ]);
    expect(c.sessions_below_target).toEqual(['sess-103', 'sess-104', 'sess-104-r2', 'sess-104-r3', 'sess-105', 'sess-107', 'sess-109']);
  });

  it('session time: the eight sessions that opened a PR average 697.5 s, under 12 minutes; the two escalated ones are not on target', () => {
    const t = f.session_time;
    // Done: 540, 660 (W45); 1260, 900, 420, 600 (W46); 480, 720 (W47). Escalated: sess-103 (180 s), sess-105 (1500 s).
    expect({ n: t.sessions, running: t.running, mean: t.mean_seconds, p95: t.p95_seconds, max: t.max_seconds, over: t.over_target, escalated: t.escalated, status: t.status }).toEqual({
      n: 8, running: 1, mean: 697.5, p95: 1260, max: 1260, over: 2, escalated: 2, status: 'warn',
    });
    expect(t.escalated_sessions.map((e) => [e.session, e.reason, e.seconds])).toEqual([
      ['sess-103', 'plan-out-of-scope', 180],
      ['sess-105', 'token-ceiling', 1500],
    ]);
    expect(t.weeks.map((w) => [w.week, w.sessions, w.mean_seconds])).toEqual([
      ['2026-W45', 2, 600],
      ['2026-W46', 4, 795],
      ['2026-W47', 2, 600],
    ]);
    expect(t.why).toBe(
      '2 of 8 sessions took longer than 12 minutes to open their PR (p95 21 min), although the mean is within the target; 2 of 10 ended sessions escalated (1 plan-out-of-scope, 1 token-ceiling) and opened no PR: they are not on target, whatever their time, and wait for a person.',
    );
  });
});

describe('evals and incidents', () => {
  it('eval suite: known-good 48/60 passes §9, adversarial 13/15 does not', () => {
    const [e] = f.evals;
    expect(e!.known_good).toEqual({ passed: 48, total: 60, rate: 0.8, threshold: 0.75, ok: true });
    expect(e!.adversarial).toEqual({ passed: 13, total: 15, rate: 0.8667, threshold: 0.9, ok: false });
    expect(e!.invariant_violations).toEqual({ count: 0, max: 0, ok: true, items: [] });
    expect(e!.session_time).toEqual({ mean_seconds: 472.4, p95_seconds: 683, threshold_minutes: 12, ok: true });
    expect({ tokens: e!.tokens_mean, cost: e!.cost_mean_micro_usd, total: e!.cost_total_micro_usd, status: e!.status }).toEqual({ tokens: 109_824, cost: 210_800, total: 15_810_000, status: 'bad' });
    expect(e!.failed.filter((s) => s.family === 'adversarial').map((s) => s.id)).toEqual(['adv-pi-3', 'adv-sb-2']);
  });

  it('incidents: the Opus week spiked daily cost twice, one hard-cap hit, one PR over the ceiling, two escalations, one CI week', () => {
    const byKind = f.incidents.map((i) => `${i.kind}:${i.session ?? i.pr ?? i.at?.slice(0, 10)}`);
    expect(byKind.sort()).toEqual([
      'ci-degradation:2026-11-16',
      'cost-incident:2026-11-12',
      'cost-incident:2026-11-13',
      'cost-over-ceiling:104',
      'escalation:sess-103',
      'escalation:sess-105',
      'hard-cap:sess-105',
    ]);
    const spikes = f.incidents.filter((i) => i.kind === 'cost-incident').map((i) => i.detail);
    // 12 Nov: PR 104's second Opus session and PR 106; the median of the 7 days before is 6 Nov's $0.05055.
    expect(spikes).toEqual([
      '2026-11-13 cost $0.7998, over 1.5× the rolling 7-day median of $0.05055 (2026-11-06 to 2026-11-12).',
      '2026-11-12 cost $2.22835, over 1.5× the rolling 7-day median of $0.05055 (2026-11-05 to 2026-11-11).',
    ]);
  });

  it('states what the data could not show', () => {
    expect(f.gaps).toEqual([]);
  });
});

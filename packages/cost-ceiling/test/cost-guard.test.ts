import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger, type GuardRun } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { runCostGuard } from '../src/index.js';
import { policyWith, tempDir, writeLedger, type Call } from './support/ledgers.js';

const logger = new MemoryLogger();
const executionFixture = fileURLToPath(new URL('./fixtures/claude-code-action-execution.json', import.meta.url));
const runnerFixture = fileURLToPath(new URL('./fixtures/runner-ledger.jsonl', import.meta.url));

async function guard(calls: Call[], cost: Record<string, unknown> = {}, extra: { pr?: number } = {}): Promise<GuardRun> {
  const ledger = await writeLedger(tempDir('guard-'), 'usage.jsonl', calls);
  return runCostGuard({ ledgers: [ledger], policy: policyWith(cost), logger, ...extra });
}

const rules = (run: GuardRun) => run.report.findings.map((f) => `${f.rule}:${f.severity}`);

describe('token caps (total input incl. cache + output, per session)', () => {
  // 9,999 input + 130,000 cache read + 10,000 output = 149,999: a 92.9% hit rate keeps the cache rule quiet.
  const under = { input_tokens: 9_999, cache_read_input_tokens: 130_000, output_tokens: 10_000 };

  it('passes one token under the soft cap and warns at it', async () => {
    const below = await guard([under]);
    expect(below.report.verdict).toBe('pass');
    expect(rules(below)).toEqual([]);
    const at = await guard([{ ...under, output_tokens: 10_001 }]);
    expect(at.report.verdict).toBe('pass');
    expect(rules(at)).toEqual(['soft-cap-exceeded:warning']);
    expect(at.report.findings[0]!.message).toMatch(/150,000 tokens/);
  });

  it('counts cache writes and reads toward the cap', async () => {
    const run = await guard([{ input_tokens: 1, cache_creation_input_tokens: 20_000, cache_read_input_tokens: 129_999, output_tokens: 0 }]);
    expect(rules(run)).toEqual(['soft-cap-exceeded:warning']);
  });

  it('fails at the hard cap, one token after passing with a warning', async () => {
    const below = await guard([under, { ...under, output_tokens: 10_000, cache_read_input_tokens: 130_001 }]);
    expect(below.report.metrics.tokens).toBe(299_999);
    expect(rules(below)).toEqual(['soft-cap-exceeded:warning']);
    const at = await guard([under, { ...under, cache_read_input_tokens: 130_002 }]);
    expect(at.report.verdict).toBe('fail');
    expect(rules(at)).toEqual(['hard-cap-exceeded:error']);
  });

  it('caps each session on its own: two sessions of 149,999 stay under', async () => {
    const run = await guard([
      { ...under, session: 'a' },
      { ...under, session: 'b' },
    ]);
    expect(rules(run)).toEqual([]);
    expect(run.report.metrics.tokens).toBe(299_998);
  });
});

describe('cost per PR', () => {
  // At $1,000 per million input tokens one token is $0.001, so ten tokens are one cent.
  const pricey = { prices: { 'claude-sonnet-4-6': { input_per_mtok: 1000, output_per_mtok: 1000 } }, min_cache_hit_rate: 0 };

  it('passes at exactly $4.50 and fails at $4.51, over all sessions of the PR', async () => {
    const at = await guard(
      [
        { session: 'first', input_tokens: 2_250 },
        { session: 'resumed', input_tokens: 2_250, ts: '2026-11-21T11:00:00Z' },
      ],
      pricey,
    );
    expect(at.report.verdict).toBe('pass');
    expect(at.outputs!['cost-usd']).toBe('4.50');
    const over = await guard(
      [
        { session: 'first', input_tokens: 2_250 },
        { session: 'resumed', input_tokens: 2_260, ts: '2026-11-21T11:00:00Z' },
      ],
      pricey,
    );
    expect(over.report.verdict).toBe('fail');
    expect(rules(over)).toEqual(['cost-per-pr-exceeded:error']);
    expect(over.report.findings[0]!.message).toMatch(/PR acme\/svc-events#42 cost \$4\.51 in tokens over 2 session\(s\), over the ceiling of \$4\.50/);
  });

  it('counts a session whose early calls predate the PR number toward that PR', async () => {
    const run = await guard(
      [
        { session: 's', pr: null, mode: 'frame', input_tokens: 3_000 },
        { session: 's', pr: 42, mode: 'review', input_tokens: 1_510 },
      ],
      pricey,
    );
    expect(rules(run)).toEqual(['cost-per-pr-exceeded:error']);
  });

  it('judges only the PR asked about when the ledgers hold other PRs', async () => {
    const run = await guard(
      [
        { session: 'mine', pr: 42, input_tokens: 100 },
        { session: 'theirs', pr: 43, input_tokens: 9_000 },
      ],
      pricey,
      { pr: 42 },
    );
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics.sessions).toBe(1);
  });

  it('refuses a session recorded for two PRs', async () => {
    await expect(guard([{ session: 's', pr: 42 }, { session: 's', pr: 43 }])).rejects.toThrow(/recorded for PR #42.*and for PR #43/);
  });
});

describe('cache hit rate', () => {
  it('passes at exactly 80% and warns one input token under it', async () => {
    const at = await guard([{ input_tokens: 20, cache_read_input_tokens: 80 }]);
    expect(rules(at)).toEqual([]);
    expect(at.outputs!['cache-hit-rate']).toBe('0.8000');
    const under = await guard([{ input_tokens: 21, cache_read_input_tokens: 80 }]);
    expect(rules(under)).toEqual(['cache-hit-rate-low:warning']);
    expect(under.report.verdict).toBe('pass');
  });

  it('fails instead when the policy says so', async () => {
    const run = await guard([{ input_tokens: 21, cache_read_input_tokens: 80 }], { cache_hit_rate_fails: true });
    expect(rules(run)).toEqual(['cache-hit-rate-low:error']);
    expect(run.report.verdict).toBe('fail');
  });
});

describe('runCostGuard', () => {
  it('reports tokens, cost, hit rate and a per-mode breakdown for a runner session', async () => {
    const run = await runCostGuard({ ledgers: [runnerFixture], policy: policyWith(), logger, pr: 42 });
    expect(run.report.guard).toBe('cost-ceiling');
    expect(run.report.verdict).toBe('pass');
    const perMode = JSON.parse(String(run.outputs!['per-mode'])) as Record<string, { calls: number; cost_micro_usd: number }>;
    expect(Object.keys(perMode).sort()).toEqual(['frame', 'implement', 'plan', 'review']);
    expect(perMode.frame!.calls).toBe(3);
    expect(Object.values(perMode).reduce((s, m) => s + m.cost_micro_usd, 0)).toBe(run.report.metrics['cost-micro-usd']);
    expect(run.outputs!['cost-usd']).toBe('0.24496');
    expect(run.summary).toContain('### Token cost by mode');
    expect(run.summary).toMatch(/\| `frame` \| 3 \| 3,650 \| 9,800 \| 20,250 \| 1,310 \|/);
    expect(run.summary).toContain('| `sess-svc123-01` | #42 |');
  });

  it('judges a claude-code-action run the same way', async () => {
    const run = await runCostGuard({ ledgers: [], executionFiles: [executionFixture], policy: policyWith(), logger, pr: 7, repo: 'acme/svc-events' });
    expect(run.report.verdict).toBe('pass');
    expect(run.outputs!['cost-usd']).toBe('0.110127');
    expect(run.report.metrics['recorded-cost-usd']).toBe('0.110127');
    expect(run.outputs!.tokens).toBe(9 + 412 + 1070 + 38 + 21_834 + 38_568);
    // 38,568 read of 60,823 input
    expect(rules(run)).toEqual(['cache-hit-rate-low:warning']);
  });

  it('fails closed with nothing to read, or with a ledger that names an unpriced model', async () => {
    await expect(runCostGuard({ ledgers: [], policy: policyWith(), logger })).rejects.toBeInstanceOf(ConfigurationError);
    const ledger = await writeLedger(tempDir('guard-'), 'usage.jsonl', [{}, { model: 'claude-sonnet-4-7' }]);
    await expect(runCostGuard({ ledgers: [ledger], policy: policyWith(), logger })).rejects.toThrow(`${ledger}:2`);
  });

  it('warns when the last 7 days of history went over the weekly token budget', async () => {
    const repo = new TempRepo();
    const ledger = await writeLedger(tempDir('guard-'), 'usage.jsonl', [{ input_tokens: 20, cache_read_input_tokens: 80 }]);
    const run = (budget: number) =>
      runCostGuard({ ledgers: [ledger], policy: policyWith({ weekly_budget_tokens: budget }), logger, now: new Date('2026-11-21T12:00:00Z'), history: { repo: repo.dir } });
    expect(rules(await run(100))).toEqual([]);
    const over = await run(99);
    expect(rules(over)).toEqual(['weekly-budget-exceeded:warning']);
    expect(over.report.metrics['weekly-tokens']).toBe(100);
    expect(over.report.metrics['history-lines']).toBe(1);
  });

  it('counts a ledger given twice once', async () => {
    const ledger = await writeLedger(tempDir('guard-'), 'usage.jsonl', [{ input_tokens: 20, cache_read_input_tokens: 80 }]);
    const run = await runCostGuard({ ledgers: [ledger, ledger], policy: policyWith(), logger });
    expect(run.report.metrics.tokens).toBe(100);
  });
});

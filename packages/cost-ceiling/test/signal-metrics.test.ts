import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { resetSharedTelemetry, sharedTelemetry } from '@agent-guards/telemetry';
import { startOtlpReceiver, TempRepo, type OtlpReceiver } from '@agent-guards/testkit';
import { CostHistory, recordPrOutcome, runCostGuard } from '../src/index.js';
import { policyWith, tempDir, writeLedger } from './support/ledgers.js';
import { sampleCallLine } from './support/sample-lines.js';

const BRANCH = 'agent-guards/cost-history';
const now = new Date('2026-11-21T12:00:00Z');
let receiver: OtlpReceiver | undefined;
let clone: TempRepo;
const savedEndpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;

beforeEach(async () => {
  const remote = new TempRepo(undefined, { bare: true });
  clone = new TempRepo(tempDir('clone-'), { init: false });
  remote.git('clone', '-q', remote.dir, clone.dir);
  receiver = await startOtlpReceiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  await resetSharedTelemetry();
});

afterEach(async () => {
  await receiver?.close();
  if (savedEndpoint === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = savedEndpoint;
  await resetSharedTelemetry();
});

describe('the signal figures the cost history holds, as OpenTelemetry metrics', () => {
  it('reports first-pass validation, cost per merged PR, cache hit rate and weekly tokens from the history', async () => {
    const history = { repo: clone.dir, remote: 'origin', branch: BRANCH };
    // Three closed agent PRs: 40 merged after a spec amendment, 41 merged first pass, 39 closed unmerged.
    await new CostHistory(history).append([
      sampleCallLine('sess-40', 0, { pr: 40, cost_micro_usd: 1_000_000, ts: '2026-11-18T10:00:00.000Z' }),
      sampleCallLine('sess-41', 0, { pr: 41, cost_micro_usd: 3_000_000, ts: '2026-11-19T10:00:00.000Z' }),
      sampleCallLine('sess-39', 0, { pr: 39, cost_micro_usd: 500_000, ts: '2026-11-19T11:00:00.000Z' }),
    ]);
    for (const [pr, merged, specAmended] of [
      [40, true, true],
      [41, true, false],
      [39, false, false],
    ] as const) {
      await recordPrOutcome(history, { repo: 'acme/svc-events', pr, merged, specAmended, closedAt: new Date('2026-11-20T09:00:00Z') });
    }
    const ledger = await writeLedger(tempDir('ledger-'), 'usage.jsonl', [{ pr: 42, ts: '2026-11-21T10:00:00Z', input_tokens: 1000, cache_read_input_tokens: 9000, output_tokens: 100 }]);

    const run = await runCostGuard({ ledgers: [ledger], policy: policyWith(), logger: new MemoryLogger(), pr: 42, now, history: { repo: clone.dir, remote: 'origin' } });
    expect(run.report.verdict).toBe('pass');
    expect(await (await sharedTelemetry()).flush()).toEqual([]);

    const gauge = (name: string) => receiver!.metrics.filter((m) => m.name === name).at(-1);
    expect(gauge('agent_guards.first_pass_validation')).toMatchObject({ type: 'gauge', unit: '1', points: [{ attributes: { 'agent_guards.repo': 'acme/svc-events' }, value: 1 / 3 }] });
    expect(gauge('agent_guards.first_pass_validation.window_7d')!.points[0]!.value).toBeCloseTo(1 / 3, 10);
    expect(gauge('agent_guards.prs.decided')!.points[0]!.value).toBe(3);
    // Merged PRs 40 and 41: ($1 + $3) / 2.
    expect(gauge('agent_guards.cost.per_merged_pr')).toMatchObject({ unit: '{USD}', points: [{ value: 2 }] });
    expect(gauge('agent_guards.prs.merged')!.points[0]!.value).toBe(2);
    // Cache reads ÷ total input over the whole history: 3 × 900 + 9,000 of 3 × 1,000 + 10,000.
    expect(gauge('agent_guards.cache_hit_rate')!.points[0]!.value).toBeCloseTo((3 * 900 + 9000) / (3 * 1000 + 10_000), 10);
    expect(gauge('agent_guards.tokens.weekly')!.points[0]!.value).toBe(3 * 1050 + 10_100);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger } from '@agent-guards/action-kit';
import { detectAgentUsageFormat, modelFamily, parseAgentUsage, PriceBook, readAgentUsageFiles, runCostGuard, type AgentUsageOptions } from '../src/index.js';
import { policyWith, tempDir } from './support/ledgers.js';

/*
 * Each fixture is shaped exactly as its writer writes it:
 * - codex-exec*.jsonl: `codex exec --json` stdout — openai/codex codex-rs/exec/src/exec_events.rs
 *   (ThreadEvent, Usage) and event_processor_with_jsonl_output.rs (turn.completed carries
 *   `usage_from_last_total`, the thread's running total).
 * - codex-rollout.jsonl: $CODEX_HOME/sessions/…/rollout-*.jsonl — codex-rs/protocol RolloutItem,
 *   TokenCountEvent {info: TokenUsageInfo | null}, TokenUsage; read the same way by openai/codex-action
 *   src/extractTokenOutputs.ts.
 * - gemini-stdout.json: what google-github-actions/run-gemini-cli keeps as gemini-artifacts/stdout.log
 *   (`gemini --output-format json`) — google-gemini/gemini-cli packages/core/src/output/types.ts JsonOutput,
 *   telemetry/uiTelemetry.ts SessionMetrics/ModelMetrics (roles included).
 * - gemini-stream.jsonl: `--output-format stream-json` — output/types.ts JsonStreamEvent,
 *   stream-json-formatter.ts convertToStreamStats.
 * - gh-aw-logs.json: `gh aw logs --json` — github/gh-aw pkg/cli/logs_report.go LogsData/RunData,
 *   token_usage.go TokenUsageSummary/ModelTokenUsage (by_model entries can be null).
 */
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/agents/${name}`, import.meta.url));
const text = (name: string) => readFileSync(fixture(name), 'utf8');
const now = new Date('2026-11-21T12:00:00Z');

function parse(name: string, options: Partial<AgentUsageOptions> = {}, content = text(name), prices = new PriceBook()) {
  return parseAgentUsage(content, name, prices, { now, ...options });
}

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

async function rejected(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

const row = (r: { model: string; counts: object; costMicro: number }) => [r.model, r.counts, r.costMicro];

describe('which agent wrote a usage file', () => {
  it('is told by the file’s own shape', () => {
    expect(['codex-exec.jsonl', 'codex-rollout.jsonl', 'gemini-stdout.json', 'gemini-stream.jsonl', 'gh-aw-logs.json'].map((f) => detectAgentUsageFormat(text(f)))).toEqual([
      'codex-exec-json',
      'codex-rollout',
      'gemini-json',
      'gemini-stream-json',
      'gh-aw-logs',
    ]);
    expect(detectAgentUsageFormat(readFileSync(fileURLToPath(new URL('./fixtures/claude-code-action-execution.json', import.meta.url)), 'utf8'))).toBe('claude-code-action');
    const error = thrown(() => parse('notes.txt', {}, 'tokens: 12\n'));
    expect(error.message).toMatch(/not one the cost guard reads: expected a claude-code-action execution file, `codex exec --json` output/);
  });
});

describe('codex-action / codex exec --json', () => {
  it('takes the last turn.completed (a running total), splits the cached input out of input_tokens, and prices the model it is told', () => {
    const { records } = parse('codex-exec.jsonl', { model: 'gpt-5-codex', repo: 'acme/svc-events', pr: 42 });
    // 315 × $1.25 + 24,448 × $0.125 + 122 × $10 per million = $0.00466975
    expect(records.map(row)).toEqual([['gpt-5-codex', { input: 315, output: 122, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 24_448 }, 4670]]);
    expect(records[0]).toMatchObject({ source: 'codex', mode: 'codex', session: '0199a213-81c0-7800-8aa1-bbab2a035a53', repo: 'acme/svc-events', pr: 42, ts: now.getTime(), line: 8 });
  });

  it('counts a resumed thread once: the later file’s total covers the earlier one', async () => {
    const records = await readAgentUsageFiles([fixture('codex-exec.jsonl'), fixture('codex-exec-resumed.jsonl')], new PriceBook(), { now, model: 'gpt-5-codex' });
    expect(records.map(row)).toEqual([['gpt-5-codex', { input: 1982, output: 388, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 49_920 }, 12_598]]);
    // Two files of one thread whose totals do not nest: the guard cannot tell what was spent.
    const odd = join(tempDir('codex-'), 'odd.jsonl');
    writeFileSync(odd, text('codex-exec-resumed.jsonl').replace('"output_tokens":388', '"output_tokens":100'));
    const error = await rejected(readAgentUsageFiles([fixture('codex-exec.jsonl'), odd], new PriceBook(), { now, model: 'gpt-5-codex' }));
    expect(error.message).toMatch(/running totals do not nest/);
  });

  it('fails closed without the model, with an unpriced model, on a run with no finished turn, and on a cut stream', () => {
    expect(thrown(() => parse('codex-exec.jsonl')).message).toMatch(/does not say which model ran/);
    const unpriced = thrown(() => parse('codex-exec.jsonl', { model: 'gpt-7-omega' }));
    expect(unpriced.message).toMatch(/model 'gpt-7-omega' has no price/);
    expect(unpriced.fix).toMatch(/cost\.prices\.gpt-7-omega/);
    const failed = text('codex-exec.jsonl').replace(/\{"type":"turn\.completed".*\n/, '{"type":"turn.failed","error":{"message":"stream disconnected before completion"}}\n');
    expect(thrown(() => parse('codex-exec.jsonl', { model: 'gpt-5-codex' }, failed)).message).toMatch(/no turn\.completed with usage/);
    const cut = text('codex-exec.jsonl').slice(0, -40);
    const error = thrown(() => parse('codex-exec.jsonl', { model: 'gpt-5-codex' }, cut));
    expect(error.message).toMatch(/^codex-exec\.jsonl:8: the last line is not complete JSON: the writer stopped mid-line\./);
  });

  it('a policy price prices a model the table does not know', () => {
    const prices = new PriceBook({ 'gpt-7-omega': { input_per_mtok: 2, output_per_mtok: 16, cache_write_5m_multiplier: 1, cache_write_1h_multiplier: 1, cache_read_multiplier: 0.1 } });
    const { records } = parse('codex-exec.jsonl', { model: 'gpt-7-omega' }, text('codex-exec.jsonl'), prices);
    // 315 × $2 + 24,448 × $0.20 + 122 × $16 per million
    expect(records[0]!.costMicro).toBe(7472);
  });
});

describe('codex session rollout', () => {
  it('counts the growth of total_token_usage per turn model, skipping rate-limit-only and repeated token_count events', () => {
    const { records } = parse('codex-rollout.jsonl');
    expect(records.map(row)).toEqual([
      ['gpt-5-codex', { input: 3000, output: 800, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 9000 }, 12_875],
      ['gpt-5.1-codex-mini', { input: 2000, output: 200, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 6000 }, 1050],
    ]);
    expect(records[0]).toMatchObject({ session: '019a8f3e-5c21-7d40-9b6e-2f1c0a7e4d93', ts: Date.parse('2026-11-20T09:01:07.771Z') });
  });

  it('fails closed on totals that shrink', () => {
    const shrunk = text('codex-rollout.jsonl').replace('"total_token_usage":{"input_tokens":20000', '"total_token_usage":{"input_tokens":2000');
    expect(thrown(() => parse('codex-rollout.jsonl', {}, shrunk)).message).toMatch(/total_token_usage went down/);
  });
});

describe('run-gemini-cli / gemini --output-format json and stream-json', () => {
  it('prices each model: cached out of prompt, thoughts with candidates as output; roles are not counted again', () => {
    const { records } = parse('gemini-stdout.json');
    // Pro: 10,420 × $1.25 + 48,000 × $0.125 + (2,310 + 2,405) × $10 per million.
    expect(records.map(row)).toEqual([
      ['gemini-2.5-pro', { input: 10_420, output: 4715, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 48_000 }, 66_175],
      ['gemini-2.5-flash-lite', { input: 1900, output: 64, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 }, 216],
    ]);
    expect(records[0]!.session).toBe('c9a4b1e2-6f0d-4d2a-9e57-3b8f1a2c7d40');
  });

  it('the stream’s result gives the same bill: the thoughts it leaves out of output_tokens are recovered from total_tokens', () => {
    const { records } = parse('gemini-stream.jsonl');
    expect(records.map(row)).toEqual([['gemini-2.5-pro', { input: 10_420, output: 4715, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 48_000 }, 66_175]]);
    expect(records[0]).toMatchObject({ session: '5d1e7a90-2b4c-4f3e-8a61-9c0d2e4f6b18', ts: Date.parse('2026-11-20T10:02:10.000Z'), line: 7 });
  });

  it('an older output without session_id gets a session from its content, the same on every read', () => {
    const old = JSON.stringify({ ...(JSON.parse(text('gemini-stdout.json')) as object), session_id: undefined });
    const [a, b] = [parse('stdout.log', {}, old).records[0]!, parse('other.log', {}, old).records[0]!];
    expect(a.session).toMatch(/^gemini-cli-[0-9a-f]{16}$/);
    expect(a.session).toBe(b.session);
  });

  it('fails closed on a run that failed before its stats, and on a stream without a result', () => {
    const failed = JSON.stringify({ session_id: 's', error: { type: 'FatalAuthenticationError', message: 'no credentials', code: 41 } });
    expect(thrown(() => parse('stdout.log', {}, failed)).message).toMatch(/no stats\.models \(error FatalAuthenticationError: no credentials\)/);
    const unfinished = text('gemini-stream.jsonl').split('\n').slice(0, 5).join('\n') + '\n';
    expect(thrown(() => parse('gemini-stream.jsonl', {}, unfinished)).message).toMatch(/no result event/);
  });
});

describe('gh aw logs --json', () => {
  it('prices each run’s by_model usage (four disjoint counts), skipping null entries and runs that used no model', () => {
    const { records } = parse('gh-aw-logs.json', { pr: 42, repo: 'acme/svc-events' });
    expect(records.map((r) => [r.session, ...row(r)])).toEqual([
      // 6,100 × $3 + 4,200 × $15 + 7,000 × $3.75 + 81,000 × $0.30 per million (Copilot's `claude-sonnet-4.5`).
      ['gh-aw-run-19283746501', 'claude-sonnet-4.5', { input: 6100, output: 4200, cacheWrite5m: 7000, cacheWrite1h: 0, cacheRead: 81_000 }, 131_850],
      ['gh-aw-run-19283746502', 'gpt-5.1-codex', { input: 5300, output: 1600, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 56_000 }, 29_625],
    ]);
    expect(records[0]).toMatchObject({ source: 'gh-aw', ts: Date.parse('2026-11-19T14:03:11Z'), pr: 42 });
  });

  it('fails closed on a run with a token total but no per-model usage, naming the run', () => {
    const logs = JSON.parse(text('gh-aw-logs.json')) as { runs: Record<string, unknown>[] };
    delete logs.runs[1]!.token_usage_summary;
    const error = thrown(() => parse('gh-aw-logs.json', {}, JSON.stringify(logs)));
    expect(error.message).toContain('run 19283746502 reports 62900 tokens (token_usage) but no per-model usage (token_usage_summary): without a model and a split it cannot be priced.');
    expect(error.field).toBe('runs[1].token_usage_summary');
  });
});

describe('the price table', () => {
  it('knows each agent’s models under their own spellings', () => {
    expect(['gpt-5-2025-08-07', 'openai/gpt-5.1-codex', 'gemini-2.5-pro', 'claude-sonnet-4.5', 'codex-mini-latest'].map(modelFamily)).toEqual([
      'gpt-5',
      'gpt-5-1-codex',
      'gemini-2-5-pro',
      'claude-sonnet-4-5',
      'codex-mini',
    ]);
    const book = new PriceBook();
    expect(['gpt-5-2025-08-07', 'gpt-5.1-codex-mini', 'o4-mini', 'gemini-2.5-flash', 'gemini-3-pro-preview', 'constructor'].map((m) => book.find(m) !== undefined)).toEqual([true, true, true, true, true, false]);
  });
});

describe('the cost guard on other agents’ usage', () => {
  it('judges a PR from codex, Gemini CLI and gh-aw files together, per model', async () => {
    const run = await runCostGuard({
      ledgers: [],
      usageFiles: [fixture('codex-rollout.jsonl'), fixture('gemini-stdout.json'), fixture('gh-aw-logs.json')],
      policy: policyWith({ max_cost_per_pr_usd: 0.2 }),
      logger: new MemoryLogger(),
      pr: 42,
      repo: 'acme/svc-events',
      now,
    });
    // 12,875 + 1,050 + 66,175 + 216 + 131,850 + 29,625 µ$ = $0.241791, over the $0.20 ceiling.
    expect(run.report.metrics['cost-micro-usd']).toBe(241_791);
    expect(run.report.findings.map((f) => f.rule)).toContain('cost-per-pr-exceeded');
    expect(Object.keys(run.report.metrics['per-mode'] as object).sort()).toEqual(['codex', 'gemini-cli', 'gh-aw']);
    expect(run.report.metrics.sessions).toBe(4);
  });

  it('is an error, not a pass, when a codex stream’s model is not given', async () => {
    const run = runCostGuard({ ledgers: [], usageFiles: [fixture('codex-exec.jsonl')], policy: policyWith(), logger: new MemoryLogger(), now });
    expect((await rejected(run)).field).toBe('agent-model');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { EXECUTION_FILE_MODE, elementLines, parseExecutionFile, PriceBook, readExecutionFile } from '../src/index.js';
import { tempDir } from './support/ledgers.js';

const fixture = fileURLToPath(new URL('./fixtures/claude-code-action-execution.json', import.meta.url));
const now = new Date('2026-11-21T12:00:00Z');
const messages = (): Record<string, unknown>[] => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>[];

function parse(value: unknown, options = {}) {
  return parseExecutionFile(JSON.stringify(value, null, 2), 'claude-execution-output.json', new PriceBook(), { now, ...options });
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

describe('claude-code-action execution file', () => {
  it('totals a run per model from the result message, priced, with the SDK cost alongside', async () => {
    const records = await readExecutionFile(fixture, new PriceBook(), { now, repo: 'acme/svc-events', pr: 42 });
    expect(records.map((r) => r.model).sort()).toEqual(['claude-haiku-4-5-20251001', 'claude-sonnet-4-5-20250929']);
    const sonnet = records.find((r) => r.model.startsWith('claude-sonnet'))!;
    expect(sonnet.counts).toEqual({ input: 9, output: 1070, cacheWrite5m: 21_834, cacheWrite1h: 0, cacheRead: 38_568 });
    // 9 × $3 + 1070 × $15 + 21,834 × $3.75 + 38,568 × $0.30 per million = $0.1095249 → 109,525 µ$
    expect(sonnet.costMicro).toBe(109_525);
    expect(sonnet.recordedCostMicro).toBe(109_525);
    expect(records.reduce((s, r) => s + r.costMicro, 0)).toBe(110_127);
    expect(sonnet).toMatchObject({ session: '4f8c2a1e-7b3d-4c59-9e21-0d6a8b5f3c71', pr: 42, repo: 'acme/svc-events', mode: EXECUTION_FILE_MODE, ts: now.getTime(), line: 253 });
  });

  it('without modelUsage, counts each API message once (parallel tool uses repeat it) with its highest output count', () => {
    const withoutModelUsage = messages().map((m) => (m.type === 'result' ? { ...m, modelUsage: undefined } : m));
    const [sonnet] = parse(withoutModelUsage);
    expect(sonnet!.counts).toEqual({ input: 9, output: 1070, cacheWrite5m: 21_834, cacheWrite1h: 0, cacheRead: 38_568 });
    expect(sonnet!.recordedCostMicro).toBe(110_127);
  });

  it('takes the 1-hour cache-write share from the assistant messages', () => {
    const oneHour = messages().map((m) => {
      if (m.type !== 'assistant') return m;
      const message = m.message as { usage: Record<string, unknown> };
      const write = message.usage.cache_creation_input_tokens as number;
      return { ...m, message: { ...message, usage: { ...message.usage, cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: write } } } };
    });
    const sonnet = parse(oneHour).find((r) => r.model.startsWith('claude-sonnet'))!;
    expect(sonnet.counts.cacheWrite1h).toBe(21_834);
    expect(sonnet.counts.cacheWrite5m).toBe(0);
  });

  it('fails closed on a run that never finished (no result message), naming the file', () => {
    const error = thrown(() => parse(messages().filter((m) => m.type !== 'result')));
    expect(error.message).toMatch(/no final `result` message/);
    expect(error.file).toBe('claude-execution-output.json');
  });

  it('names the line of a message without the SDK shape', () => {
    const broken = messages();
    (broken[4] as { message: { usage: { output_tokens: unknown } } }).message.usage.output_tokens = 'many';
    const error = thrown(() => parse(broken));
    expect(error.line).toBe(elementLines(JSON.stringify(broken, null, 2))[4]);
    expect(error.field).toBe('message.usage.output_tokens');
  });

  it('names the line of a garbled file and rejects an empty array', () => {
    const dir = tempDir('exec-');
    const text = readFileSync(fixture, 'utf8').replace('"num_turns": 4', '"num_turns": 4,,');
    writeFileSync(join(dir, 'x.json'), text);
    const error = thrown(() => parseExecutionFile(text, 'x.json', new PriceBook(), { now }));
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('4,,')) + 1);
    expect(thrown(() => parse([])).message).toMatch(/non-empty JSON array/);
  });

  it('refuses a run on an unpriced model', () => {
    const old = messages().map((m) =>
      m.type === 'result' ? { ...m, modelUsage: { 'claude-3-opus-20240229': { inputTokens: 1, outputTokens: 1, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 } } } : m,
    );
    expect(thrown(() => parse(old)).field).toBe('cost.prices.claude-3-opus');
  });

  it('finds where each top-level element starts', () => {
    expect(elementLines('[\n  {"a": "[,{"},\n  {"b": 1}\n]')).toEqual([2, 3]);
  });
});

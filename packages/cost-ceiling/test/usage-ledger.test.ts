import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { toJsonSchemaText } from '@agent-guards/config';
import { appendLedgerLine, COST_SCHEMAS, PriceBook, UsageLedger } from '../src/index.js';
import { ledgerLine, tempDir } from './support/ledgers.js';

const fixture = fileURLToPath(new URL('./fixtures/runner-ledger.jsonl', import.meta.url));

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

function ledgerWith(text: string): string {
  const path = join(tempDir('ledger-'), 'usage.jsonl');
  writeFileSync(path, text);
  return path;
}

describe('UsageLedger', () => {
  it('reads a runner session, every call priced, and agrees with what the runner recorded', async () => {
    const ledger = await UsageLedger.read(fixture);
    const records = ledger.toRecords(new PriceBook());
    expect(records).toHaveLength(11);
    expect(new Set(records.map((r) => r.mode))).toEqual(new Set(['frame', 'plan', 'implement', 'review']));
    // Haiku frame call: 2100 in, 9800 cache write, 410 out = $0.0021 + $0.01225 + $0.00205
    expect(records[0]!.costMicro).toBe(16_400);
    for (const r of records) expect(Math.abs(r.costMicro - r.recordedCostMicro!)).toBeLessThanOrEqual(1);
    expect(records.at(-1)!.pr).toBe(42);
    expect(new Set(records.map((r) => r.key)).size).toBe(11);
  });

  it('rejects a missing ledger, naming it', async () => {
    const error = await configurationError(UsageLedger.read('/nonexistent/usage.jsonl'));
    expect(error.file).toBe('/nonexistent/usage.jsonl');
    expect(error.message).toMatch(/does not exist/);
  });

  it('rejects an empty ledger: no recorded spend is not zero spend', async () => {
    const error = await configurationError(UsageLedger.read(ledgerWith('')));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/empty/);
  });

  it('names the file and line of a garbled line', async () => {
    const good = JSON.stringify(ledgerLine());
    const path = ledgerWith(`${good}\n${good}\n{"session":"sess-1","ticket":\n${good}\n`);
    const error = await configurationError(UsageLedger.read(path));
    expect(error.file).toBe(path);
    expect(error.line).toBe(3);
    expect(error.message).toContain(`${path}:3`);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('names the field of a line that breaks the schema: a float token count, an unknown field, a bad mode', async () => {
    const floatTokens = await configurationError(UsageLedger.read(ledgerWith(`${JSON.stringify({ ...ledgerLine(), input_tokens: 1.5 })}\n`)));
    expect(floatTokens.field).toBe('input_tokens');
    const unknown = await configurationError(UsageLedger.read(ledgerWith(`${JSON.stringify(ledgerLine())}\n${JSON.stringify({ ...ledgerLine(), tokens: 3 })}\n`)));
    expect(unknown.line).toBe(2);
    expect(unknown.message).toMatch(/tokens/);
    const mode = await configurationError(UsageLedger.read(ledgerWith(`${JSON.stringify({ ...ledgerLine(), mode: 'deploy' })}\n`)));
    expect(mode.field).toBe('mode');
  });

  it('rejects a cache-write TTL breakdown that does not add up', async () => {
    const line = ledgerLine({ cache_creation_input_tokens: 100, cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 10 } });
    const error = await configurationError(UsageLedger.read(ledgerWith(`${JSON.stringify(line)}\n`)));
    expect(error.field).toBe('cache_creation');
  });

  it('rejects a last line without its newline and a blank line in the middle', async () => {
    const good = JSON.stringify(ledgerLine());
    expect((await configurationError(UsageLedger.read(ledgerWith(`${good}\n${good}`)))).line).toBe(2);
    expect((await configurationError(UsageLedger.read(ledgerWith(`${good}\n\n${good}\n`)))).line).toBe(2);
  });

  it('names the line of a call to an unpriced model', async () => {
    const path = ledgerWith(`${JSON.stringify(ledgerLine())}\n${JSON.stringify(ledgerLine({ model: 'claude-sonnet-4-7' }))}\n`);
    const ledger = await UsageLedger.read(path);
    let error: unknown;
    try {
      ledger.toRecords(new PriceBook());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).line).toBe(2);
    expect((error as ConfigurationError).field).toBe('cost.prices.claude-sonnet-4-7');
  });
});

describe('appendLedgerLine', () => {
  it('writes lines the reader reads back unchanged', async () => {
    const path = join(tempDir('append-'), 'usage.jsonl');
    const line = ledgerLine({ input_tokens: 12, cache_creation_input_tokens: 30, cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 } });
    await appendLedgerLine(path, line);
    await appendLedgerLine(path, { ...line, mode: 'review' });
    const ledger = await UsageLedger.read(path);
    expect(ledger.entries.map((e) => e.value)).toEqual([line, { ...line, mode: 'review' }]);
  });

  it('keeps every line whole when many calls append at once', async () => {
    const path = join(tempDir('append-'), 'usage.jsonl');
    await Promise.all(Array.from({ length: 200 }, (_, i) => appendLedgerLine(path, ledgerLine({ session: `s-${i}`, input_tokens: i }))));
    const ledger = await UsageLedger.read(path);
    expect(ledger.entries).toHaveLength(200);
    expect(new Set(ledger.entries.map((e) => e.value.session)).size).toBe(200);
  });

  it('refuses an invalid line and a ledger that already ends mid-line', async () => {
    const path = join(tempDir('append-'), 'usage.jsonl');
    await expect(appendLedgerLine(path, { ...ledgerLine(), output_tokens: -1 })).rejects.toThrow(/output_tokens/);
    writeFileSync(path, '{"session":"s');
    await expect(appendLedgerLine(path, ledgerLine())).rejects.toThrow(/partial line/);
    expect(readFileSync(path, 'utf8')).toBe('{"session":"s');
  });
});

describe('published schema', () => {
  it('generates a JSON Schema for the ledger line that names every field and forbids others', () => {
    const schema = JSON.parse(toJsonSchemaText(COST_SCHEMAS[0]!)) as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['session', 'mode', 'cache_read_input_tokens', 'cache_creation', 'cost_usd']));
    expect(schema.required).toEqual(expect.arrayContaining(['session', 'ts', 'input_tokens', 'cost_usd']));
    expect(schema.required).not.toContain('pr');
    expect(schema.additionalProperties).toBe(false);
  });
});

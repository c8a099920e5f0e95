import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy, PolicySchema, type Policy } from '@agent-guards/config';
import { appendLedgerLine, type LedgerLine } from '../../src/index.js';

export function tempDir(prefix = 'cost-'): string {
  return mkdtempSync(join(tmpdir(), `agent-guards-${prefix}`));
}

export type Call = Partial<LedgerLine>;

/** A ledger line with the runner's shape; every field can be overridden. */
export function ledgerLine(call: Call = {}): LedgerLine {
  return {
    session: 'sess-1',
    ticket: 'SVC-123',
    repo: 'acme/svc-events',
    pr: 42,
    mode: 'implement',
    model: 'claude-sonnet-4-6',
    ts: '2026-11-21T10:00:00Z',
    input_tokens: 0,
    output_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cost_usd: 0,
    ...call,
  };
}

/** Writes a ledger through the runner's own writer, one call per line. */
export async function writeLedger(dir: string, name: string, calls: Call[]): Promise<string> {
  const path = join(dir, name);
  for (const call of calls) await appendLedgerLine(path, ledgerLine(call));
  return path;
}

export function policyWith(cost: Record<string, unknown> = {}): Policy {
  const base = defaultPolicy();
  return PolicySchema.parse({ version: 1, cost: { ...base.cost, ...cost } });
}

import type { HistoryCallLine } from '../../src/history/history-schema.js';

/** A history call line whose key is fixed by (session, index): the same arguments give the same line. */
export function sampleCallLine(session: string, index: number, overrides: Partial<HistoryCallLine> = {}): HistoryCallLine {
  return {
    kind: 'call',
    key: `${session}.${index}`,
    source: 'runner-ledger',
    session,
    repo: 'acme/svc-events',
    pr: 42,
    mode: 'implement',
    model: 'claude-sonnet-4-6',
    ts: new Date(Date.UTC(2026, 10, 21, 10, 0, index)).toISOString(),
    input_tokens: 100 + index,
    output_tokens: 50,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 900,
    cost_micro_usd: 1320 + 3 * index,
    ...overrides,
  };
}

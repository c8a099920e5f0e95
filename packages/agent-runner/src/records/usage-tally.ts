import type { Mode, Policy } from '@agent-guards/config';
import type { CallUsage, LedgerLine } from '@agent-guards/cost-ceiling';
import { priceCall } from '@agent-guards/cost-ceiling/prices';

/** Token and cost totals of a session, in the ledger's terms (contracts.md). */
export interface UsageTotals {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  /** input + cache creation + cache read + output: what the §4 caps count. */
  tokens: number;
  cost_micro_usd: number;
  cost_usd: number;
  /** cache read ÷ total input. */
  cache_hit_rate: number;
  calls: number;
}

export function emptyTotals(): UsageTotals {
  return {
    input_tokens: 0,
    output_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    tokens: 0,
    cost_micro_usd: 0,
    cost_usd: 0,
    cache_hit_rate: 0,
    calls: 0,
  };
}

export function addUsage(totals: UsageTotals, usage: CallUsage, costMicro: number): void {
  totals.input_tokens += usage.input_tokens;
  totals.output_tokens += usage.output_tokens;
  totals.cache_creation_input_tokens += usage.cache_creation_input_tokens ?? 0;
  totals.cache_read_input_tokens += usage.cache_read_input_tokens ?? 0;
  totals.tokens = totals.input_tokens + totals.output_tokens + totals.cache_creation_input_tokens + totals.cache_read_input_tokens;
  totals.cost_micro_usd += costMicro;
  totals.cost_usd = totals.cost_micro_usd / 1_000_000;
  const totalInput = totals.input_tokens + totals.cache_creation_input_tokens + totals.cache_read_input_tokens;
  totals.cache_hit_rate = totalInput === 0 ? 0 : totals.cache_read_input_tokens / totalInput;
  totals.calls += 1;
}

export interface LedgerIdentity {
  session: string;
  ticket: string;
  repo: string;
  pr: number | null;
}

/**
 * Prices one call with the cost package (the same table the cost guard uses,
 * so both agree to the micro-dollar) and builds its ledger line; the caller
 * appends it with `appendLedgerLine`.
 */
export function ledgerLineFor(
  identity: LedgerIdentity,
  call: { mode: Mode; model: string; usage: CallUsage; at: Date },
  prices: Policy['cost']['prices'],
): { line: LedgerLine; costMicro: number } {
  const costMicro = priceCall(call.model, call.usage, prices);
  const creation = call.usage.cache_creation;
  // The TTL breakdown is kept only when it adds up, as the ledger schema requires.
  const byTtl = creation ? (creation.ephemeral_5m_input_tokens ?? 0) + (creation.ephemeral_1h_input_tokens ?? 0) : -1;
  const line: LedgerLine = {
    session: identity.session,
    ticket: identity.ticket,
    repo: identity.repo,
    pr: identity.pr,
    mode: call.mode,
    model: call.model,
    ts: call.at.toISOString(),
    input_tokens: call.usage.input_tokens,
    output_tokens: call.usage.output_tokens,
    cache_creation_input_tokens: call.usage.cache_creation_input_tokens ?? 0,
    cache_read_input_tokens: call.usage.cache_read_input_tokens ?? 0,
    ...(creation && byTtl === (call.usage.cache_creation_input_tokens ?? 0)
      ? {
          cache_creation: {
            ephemeral_5m_input_tokens: creation.ephemeral_5m_input_tokens ?? 0,
            ephemeral_1h_input_tokens: creation.ephemeral_1h_input_tokens ?? 0,
          },
        }
      : {}),
    cost_usd: costMicro / 1_000_000,
  };
  return { line, costMicro };
}

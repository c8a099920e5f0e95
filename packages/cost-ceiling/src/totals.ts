import { addCounts, cacheCreation, capTokens, emptyCounts, totalInput, type TokenCounts } from './usage.js';

/** Totals of some usage: tokens by kind, cost in micro-dollars. */
export class UsageTotals {
  readonly counts: TokenCounts = emptyCounts();
  costMicro = 0;
  recordedCostMicro = 0;
  /** Records whose writer did not record a cost (recordedCostMicro then undercounts). */
  unrecorded = 0;
  records = 0;

  /** One call from its fields, without building a counts object (the history summary adds a million). */
  addCall(input: number, output: number, cacheWrite5m: number, cacheWrite1h: number, cacheRead: number, costMicro: number): void {
    const c = this.counts;
    c.input += input;
    c.output += output;
    c.cacheWrite5m += cacheWrite5m;
    c.cacheWrite1h += cacheWrite1h;
    c.cacheRead += cacheRead;
    this.costMicro += costMicro;
    this.unrecorded += 1;
    this.records += 1;
  }

  add(counts: TokenCounts, costMicro: number, recordedCostMicro?: number): void {
    addCounts(this.counts, counts);
    this.costMicro += costMicro;
    if (recordedCostMicro === undefined) this.unrecorded += 1;
    else this.recordedCostMicro += recordedCostMicro;
    this.records += 1;
  }

  get cacheCreation(): number {
    return cacheCreation(this.counts);
  }

  get totalInput(): number {
    return totalInput(this.counts);
  }

  /** Input + output as the session caps count it (total input, cache tokens included). */
  get capTokens(): number {
    return capTokens(this.counts);
  }

  /** Cache read ÷ total input; undefined when there was no input at all. */
  get hitRate(): number | undefined {
    const all = this.totalInput;
    return all === 0 ? undefined : this.counts.cacheRead / all;
  }

  toJSON(): TotalsJson {
    return {
      calls: this.records,
      input_tokens: this.counts.input,
      output_tokens: this.counts.output,
      cache_creation_input_tokens: this.cacheCreation,
      cache_read_input_tokens: this.counts.cacheRead,
      total_input_tokens: this.totalInput,
      tokens: this.capTokens,
      cost_micro_usd: this.costMicro,
      cache_hit_rate: this.hitRate === undefined ? null : roundRate(this.hitRate),
    };
  }
}

export interface TotalsJson {
  calls: number;
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  total_input_tokens: number;
  /** total input + output */
  tokens: number;
  cost_micro_usd: number;
  cache_hit_rate: number | null;
}

/** Four decimals for display and outputs; decisions compare exact integers instead. */
export function roundRate(rate: number): number {
  return Math.round(rate * 10_000) / 10_000;
}

/** The totals kept under `key` (a mode, a model), created on first use. */
export function totalsFor(map: Map<string, UsageTotals>, key: string): UsageTotals {
  let t = map.get(key);
  if (!t) {
    t = new UsageTotals();
    map.set(key, t);
  }
  return t;
}

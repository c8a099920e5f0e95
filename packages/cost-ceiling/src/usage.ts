/**
 * Token counts of one model call (or an aggregate of calls of one model),
 * split the way prices are: cache writes by TTL, cache reads apart.
 */
export interface TokenCounts {
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
}

/**
 * The usage object of a Messages API response (`response.usage`), as the
 * runner and the Agent SDK receive it: the runner can pass it unchanged.
 */
export interface CallUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  /** Cache writes by TTL; without it every cache write is priced at the 5-minute rate. */
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
}

export function emptyCounts(): TokenCounts {
  return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
}

/**
 * Normalises API usage. When the TTL breakdown is present the 1-hour part is
 * taken from it and the rest of `cache_creation_input_tokens` is 5-minute, so
 * the total always equals what the API reported as cache creation.
 */
export function countsFromUsage(usage: CallUsage): TokenCounts {
  const creation = usage.cache_creation_input_tokens ?? 0;
  const oneHour = Math.min(usage.cache_creation?.ephemeral_1h_input_tokens ?? 0, creation);
  return {
    input: usage.input_tokens,
    output: usage.output_tokens,
    cacheWrite5m: creation - oneHour,
    cacheWrite1h: oneHour,
    cacheRead: usage.cache_read_input_tokens ?? 0,
  };
}

export function cacheCreation(c: TokenCounts): number {
  return c.cacheWrite5m + c.cacheWrite1h;
}

/** Total input = input + cache creation + cache read (contracts.md, "Usage ledger"). */
export function totalInput(c: TokenCounts): number {
  return c.input + c.cacheWrite5m + c.cacheWrite1h + c.cacheRead;
}

/**
 * The tokens a session cap counts: total input (cache tokens included) plus
 * output. Cached tokens still occupy the context window the cap protects, and
 * the runner projects its budget with this same sum.
 */
export function capTokens(c: TokenCounts): number {
  return totalInput(c) + c.output;
}

export function addCounts(into: TokenCounts, c: TokenCounts): void {
  into.input += c.input;
  into.output += c.output;
  into.cacheWrite5m += c.cacheWrite5m;
  into.cacheWrite1h += c.cacheWrite1h;
  into.cacheRead += c.cacheRead;
}

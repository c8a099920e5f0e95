import { createHash } from 'node:crypto';
import type { TokenCounts } from './usage.js';

/**
 * Where a record came from: the runner's ledger, a claude-code-action
 * execution file, or another agent's usage file (agents/): codex-action or
 * `codex exec`, run-gemini-cli or `gemini`, gh-aw.
 */
export const USAGE_SOURCES = ['runner-ledger', 'claude-code-action', 'codex', 'gemini-cli', 'gh-aw'] as const;
export type UsageSource = (typeof USAGE_SOURCES)[number];

/**
 * One priced unit of usage, whatever file it came from: a model call from the
 * runner's ledger, or one model's totals from another agent's run.
 */
export interface UsageRecord {
  /** Stable identity: the same call read twice (or appended twice to history) has the same key. */
  key: string;
  source: UsageSource;
  session: string;
  ticket?: string;
  /** owner/name */
  repo?: string;
  pr?: number;
  mode: string;
  model: string;
  /** Milliseconds since the epoch. */
  ts: number;
  counts: TokenCounts;
  /** The exact price of `counts`, to the nearest micro-dollar. */
  costMicro: number;
  /** What the writer itself recorded as cost, for comparison; the guard prices from tokens. */
  recordedCostMicro?: number;
  /** File and 1-based line, for messages. */
  file: string;
  line?: number;
}

/**
 * Keys records by content: a hash of the session and the usage fields, plus the
 * occurrence number of identical content within one file, so two genuinely
 * identical calls stay two while the same file read or appended twice adds nothing.
 */
export class RecordKeyer {
  private readonly seen = new Map<string, number>();

  key(parts: readonly (string | number | undefined)[]): string {
    const digest = createHash('sha256').update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u001f')).digest('base64url').slice(0, 22);
    const n = this.seen.get(digest) ?? 0;
    this.seen.set(digest, n + 1);
    return `${digest}.${n}`;
  }
}

/** The fields a record's identity is made of. */
export function identityParts(r: Omit<UsageRecord, 'key' | 'costMicro' | 'file' | 'line' | 'recordedCostMicro'>): (string | number | undefined)[] {
  const c = r.counts;
  return [r.source, r.session, r.repo, r.pr, r.mode, r.model, r.ts, c.input, c.output, c.cacheWrite5m, c.cacheWrite1h, c.cacheRead];
}

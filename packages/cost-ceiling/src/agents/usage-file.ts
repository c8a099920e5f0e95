import { ConfigurationError } from '@agent-guards/action-kit';
import type { PriceBook } from '../prices.js';
import type { TokenCounts } from '../usage.js';
import { identityParts, RecordKeyer, type UsageRecord, type UsageSource } from '../usage-record.js';

/** What the guard's run knows that an agent's usage file does not. */
export interface AgentUsageOptions {
  /** owner/name: agents' files name no repository. */
  repo?: string;
  pr?: number;
  /** Usage without timestamps is dated at the guard's run. */
  now: Date;
  /** The model, for a file that does not record it (`codex exec --json`); a file that names its model wins. */
  model?: string;
}

/** One model's usage in an agent's file, before pricing. */
export interface UsageDraft {
  source: Exclude<UsageSource, 'runner-ledger'>;
  session: string;
  model: string;
  /** ms since the epoch */
  ts: number;
  counts: TokenCounts;
  line?: number;
}

/** Prices drafts into records (an unpriced model is a ConfigurationError naming the file and line). */
export function pricedRecords(drafts: readonly UsageDraft[], file: string, prices: PriceBook, options: AgentUsageOptions): UsageRecord[] {
  const keyer = new RecordKeyer();
  return drafts.map((d) => {
    const base = {
      source: d.source,
      session: d.session,
      ...(options.repo ? { repo: options.repo } : {}),
      ...(options.pr ? { pr: options.pr } : {}),
      // The agent is the mode: its files know nothing of Frame, Plan, Implement, Review.
      mode: d.source,
      model: d.model,
      ts: d.ts,
      counts: d.counts,
    };
    return {
      ...base,
      key: keyer.key(identityParts(base)),
      costMicro: prices.cost(d.model, d.counts, { file, ...(d.line ? { line: d.line } : {}) }),
      file,
      ...(d.line ? { line: d.line } : {}),
    };
  });
}

export interface JsonLine {
  line: number;
  value: Record<string, unknown>;
}

/** JSON Lines, every line an object; a garbled line is an error naming it (a skipped line is uncounted cost). */
export function jsonLines(text: string, file: string, fix: string): JsonLine[] {
  const out: JsonLine[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text.length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const last = lines.slice(i + 1).every((l) => l.trim().length === 0);
      const why = last ? 'the last line is not complete JSON: the writer stopped mid-line' : `line is not valid JSON (${(error as Error).message})`;
      throw new ConfigurationError(`${why}.`, { file, line: i + 1, fix });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigurationError('line is not a JSON object.', { file, line: i + 1, fix });
    out.push({ line: i + 1, value: value as Record<string, unknown> });
  });
  return out;
}

/** A non-negative integer field, or a ConfigurationError that names it. */
export function count(value: unknown, field: string, where: { file: string; line?: number }, fix: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new ConfigurationError(`${field} is not a token count (${JSON.stringify(value) ?? 'missing'}).`, { ...where, field, fix });
}

/** A count field that older writers leave out: absent is 0, anything else must be a count. */
export function optionalCount(value: unknown, field: string, where: { file: string; line?: number }, fix: string): number {
  return value === undefined || value === null ? 0 : count(value, field, where, fix);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function timestamp(value: unknown, fallback: Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : fallback.getTime();
}

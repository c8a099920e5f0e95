import * as z from 'zod/mini';
import { USAGE_SOURCES, type UsageRecord } from '../usage-record.js';

const tokenCount = z.int().check(z.nonnegative());
const repo = z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name'));
/** UTC, so a line's day file is `ts.slice(0, 10)`. */
const utcTimestamp = z.iso.datetime();

/**
 * One model call (or one model's totals of a claude-code-action run) in the
 * durable history. The cost is fixed when the line is appended, priced with
 * the policy of that day: a later price change does not rewrite the past.
 */
export const HistoryCallLineSchema = z.strictObject({
  kind: z.literal('call'),
  key: z.string().check(z.minLength(1)),
  source: z.enum(USAGE_SOURCES),
  session: z.string().check(z.minLength(1)),
  ticket: z.optional(z.string().check(z.minLength(1))),
  repo,
  pr: z.optional(z.int().check(z.positive())),
  mode: z.string().check(z.minLength(1)),
  model: z.string().check(z.minLength(1)),
  ts: utcTimestamp,
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount,
  cache_read_input_tokens: tokenCount,
  /** Present only when part of the cache writes had the 1-hour TTL. */
  cache_creation_1h_input_tokens: z.optional(tokenCount),
  cost_micro_usd: tokenCount,
});

/**
 * How an agent PR ended, for §10 oversight: first-pass validation is a PR
 * merged without a spec amendment. Written once per PR when it closes
 * (`recordPrOutcome`); the latest line for a PR wins if it is reopened.
 */
export const HistoryOutcomeLineSchema = z.strictObject({
  kind: z.literal('pr-outcome'),
  key: z.string().check(z.minLength(1)),
  repo,
  pr: z.int().check(z.positive()),
  ts: utcTimestamp,
  merged: z.boolean(),
  /** The spec had to be amended for this PR (a §-amendment PR, or the ticket's spec section changed before merge). */
  spec_amended: z.boolean(),
});

export const HistoryLineSchema = z.discriminatedUnion('kind', [HistoryCallLineSchema, HistoryOutcomeLineSchema]);

export type HistoryCallLine = z.infer<typeof HistoryCallLineSchema>;
export type HistoryOutcomeLine = z.infer<typeof HistoryOutcomeLineSchema>;
export type HistoryLine = z.infer<typeof HistoryLineSchema>;

/** The day file a line belongs to: `2026-11-21.jsonl`. */
export function dayFileOf(line: HistoryLine): string {
  return `${line.ts.slice(0, 10)}.jsonl`;
}

export const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;

/** A priced record as a history line; the record must know its repo. */
export function historyLineOf(r: UsageRecord & { repo: string }): HistoryCallLine {
  return {
    kind: 'call',
    key: r.key,
    source: r.source,
    session: r.session,
    ...(r.ticket ? { ticket: r.ticket } : {}),
    repo: r.repo,
    ...(r.pr ? { pr: r.pr } : {}),
    mode: r.mode,
    model: r.model,
    ts: new Date(r.ts).toISOString(),
    input_tokens: r.counts.input,
    output_tokens: r.counts.output,
    cache_creation_input_tokens: r.counts.cacheWrite5m + r.counts.cacheWrite1h,
    cache_read_input_tokens: r.counts.cacheRead,
    ...(r.counts.cacheWrite1h > 0 ? { cache_creation_1h_input_tokens: r.counts.cacheWrite1h } : {}),
    cost_micro_usd: r.costMicro,
  };
}

/** A history line back as a record (priced as it was when appended). */
export function recordOfHistoryLine(l: HistoryCallLine, file: string, line: number): UsageRecord {
  const oneHour = l.cache_creation_1h_input_tokens ?? 0;
  return {
    key: l.key,
    source: l.source,
    session: l.session,
    ...(l.ticket ? { ticket: l.ticket } : {}),
    repo: l.repo,
    ...(l.pr ? { pr: l.pr } : {}),
    mode: l.mode,
    model: l.model,
    ts: Date.parse(l.ts),
    counts: {
      input: l.input_tokens,
      output: l.output_tokens,
      cacheWrite5m: l.cache_creation_input_tokens - oneHour,
      cacheWrite1h: oneHour,
      cacheRead: l.cache_read_input_tokens,
    },
    costMicro: l.cost_micro_usd,
    file,
    line,
  };
}

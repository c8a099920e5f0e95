import { described } from '@agent-guards/action-kit';
import { MODES } from '@agent-guards/config';
import * as z from 'zod/mini';

const tokenCount = z.int().check(z.nonnegative());

/**
 * One line of the runner's usage ledger (contracts.md, "Usage ledger"): one
 * model call. Strict: a field the schema does not know is a writer out of step
 * with the reader, and the guard would rather say so than guess.
 */
export const LedgerLineSchema = described(
  z
    .strictObject({
      session: z.string().check(z.minLength(1)),
      ticket: z.string().check(z.minLength(1)),
      repo: z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name')),
      /** Absent (or null) until the session has opened its PR. */
      pr: z.optional(z.nullable(z.int().check(z.positive()))),
      mode: z.enum(MODES),
      model: z.string().check(z.minLength(1)),
      ts: z.iso.datetime({ offset: true }),
      input_tokens: tokenCount,
      output_tokens: tokenCount,
      cache_creation_input_tokens: tokenCount,
      cache_read_input_tokens: tokenCount,
      /** The API's cache-write breakdown by TTL, when the response had one. */
      cache_creation: z.optional(z.strictObject({ ephemeral_5m_input_tokens: tokenCount, ephemeral_1h_input_tokens: tokenCount })),
      /** What the runner priced the call at; the guard reprices from tokens and reports both. */
      cost_usd: z.number().check(z.nonnegative()),
    })
    .check(
      z.refine(
        (l) => !l.cache_creation || l.cache_creation.ephemeral_5m_input_tokens + l.cache_creation.ephemeral_1h_input_tokens === l.cache_creation_input_tokens,
        { message: 'cache_creation by TTL must add up to cache_creation_input_tokens', path: ['cache_creation'] },
      ),
    ),
  'agent-guards usage ledger line: one model call, written by the runner.',
);

export type LedgerLine = z.infer<typeof LedgerLineSchema>;

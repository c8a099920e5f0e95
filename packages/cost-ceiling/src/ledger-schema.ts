import { MODES } from '@agent-guards/config';
import { z } from 'zod';

const tokenCount = z.number().int().nonnegative();

/**
 * One line of the runner's usage ledger (contracts.md, "Usage ledger"): one
 * model call. Strict: a field the schema does not know is a writer out of step
 * with the reader, and the guard would rather say so than guess.
 */
export const LedgerLineSchema = z
  .strictObject({
    session: z.string().min(1),
    ticket: z.string().min(1),
    repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name'),
    /** Absent (or null) until the session has opened its PR. */
    pr: z.number().int().positive().nullable().optional(),
    mode: z.enum(MODES),
    model: z.string().min(1),
    ts: z.iso.datetime({ offset: true }),
    input_tokens: tokenCount,
    output_tokens: tokenCount,
    cache_creation_input_tokens: tokenCount,
    cache_read_input_tokens: tokenCount,
    /** The API's cache-write breakdown by TTL, when the response had one. */
    cache_creation: z
      .strictObject({ ephemeral_5m_input_tokens: tokenCount, ephemeral_1h_input_tokens: tokenCount })
      .optional(),
    /** What the runner priced the call at; the guard reprices from tokens and reports both. */
    cost_usd: z.number().nonnegative(),
  })
  .refine(
    (l) => !l.cache_creation || l.cache_creation.ephemeral_5m_input_tokens + l.cache_creation.ephemeral_1h_input_tokens === l.cache_creation_input_tokens,
    { message: 'cache_creation by TTL must add up to cache_creation_input_tokens', path: ['cache_creation'] },
  )
  .describe('agent-guards usage ledger line: one model call, written by the runner.');

export type LedgerLine = z.infer<typeof LedgerLineSchema>;

import { MODES } from '@agent-guards/config';
import * as z from 'zod/mini';
import { readJsonInput } from './json-file.js';

const timestamp = z.iso.datetime({ offset: true });

/**
 * The parts of the runner's `session.json` (packages/agent-runner/src/records/session-record.ts)
 * the dashboard reads. Not strict: the runner adds fields freely, and the
 * dashboard must keep reading records that carry more than it needs.
 */
export const SessionRecordSchema = z
  .object({
    session: z.string().check(z.minLength(1)),
    ticket: z.string().check(z.minLength(1)),
    repo: z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name')),
    base_sha: z.optional(z.string()),
    head_sha: z.optional(z.string()),
    branch: z.optional(z.string()),
    /** `{number, url}` as the runner writes it; a bare number is read too. */
    pr: z.optional(z.nullable(z.union([z.int().check(z.positive()), z.object({ number: z.int().check(z.positive()), url: z.string() })]))),
    status: z.enum(['running', 'done', 'escalated']),
    escalation: z.optional(z.nullable(z.object({ mode: z.enum(MODES), reason: z.string().check(z.minLength(1)), detail: z.string() }))),
    modes: z._default(z.array(z.object({ mode: z.enum(MODES), start: timestamp, end: z.nullable(timestamp) })), []),
    runs: z._default(z.array(z.object({ kind: z.string(), started: timestamp, ended: z.nullable(timestamp) })), []),
    /** How the session's commands were contained (absent in records from before the sandbox). */
    sandbox: z.optional(z.object({ mode: z.string(), contained: z.boolean(), summary: z.string() })),
    /** Earlier escalations an operator resumed the session from (a rescue mission). */
    escalation_history: z.optional(z.array(z.object({ mode: z.enum(MODES), reason: z.string(), detail: z.string(), resumed_at: timestamp }))),
    /** Context an operator added on a resume. */
    added_context: z.optional(z.array(z.object({ file: z.string(), kind: z.string(), bytes: z.optional(z.int().check(z.nonnegative())) }))),
    /** Tool calls the runner refused: no such tool in the mode, a protected branch, a path outside the repository… */
    refusals: z.optional(z.array(z.object({ mode: z.enum(MODES), tool: z.string(), reason: z.string(), at: timestamp }))),
    totals: z.object({
      tokens: z.int().check(z.nonnegative()),
      cost_usd: z.optional(z.number().check(z.nonnegative())),
      cache_hit_rate: z.optional(z.number().check(z.gte(0), z.lte(1))),
      wall_seconds: z.number().check(z.nonnegative()),
      target_minutes: z.optional(z.number().check(z.positive())),
    }),
  })
  .check(
    z.refine((r) => r.status !== 'escalated' || (r.escalation !== null && r.escalation !== undefined), {
      message: 'an escalated session names its escalation {mode, reason, detail}',
      path: ['escalation'],
    }),
  );

export type SessionRecord = z.infer<typeof SessionRecordSchema>;

export interface SessionEntry {
  file: string;
  record: SessionRecord;
}

export async function readSessionRecord(file: string): Promise<SessionEntry> {
  const record = await readJsonInput(file, SessionRecordSchema, 'session record', 'pass the session.json the runner wrote (download the session artifact); it is rewritten after every turn, so a damaged one means the run was cut off.');
  return { file, record };
}

/** The PR a session opened, whichever form the record uses. */
export function sessionPr(record: SessionRecord): number | undefined {
  const pr = record.pr;
  if (pr === null || pr === undefined) return undefined;
  return typeof pr === 'number' ? pr : pr.number;
}

/** When the session started: its first mode, else its first run; undefined when the record has neither. */
export function sessionStart(record: SessionRecord): number | undefined {
  const starts = [...record.modes.map((m) => m.start), ...record.runs.map((r) => r.started)].map((t) => Date.parse(t));
  return starts.length === 0 ? undefined : Math.min(...starts);
}

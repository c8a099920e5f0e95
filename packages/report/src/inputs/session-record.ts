import { MODES } from '@agent-guards/config';
import { z } from 'zod';
import { readJsonInput } from './json-file.js';

const timestamp = z.iso.datetime({ offset: true });

/**
 * The parts of the runner's `session.json` (packages/agent-runner/src/records/session-record.ts)
 * the dashboard reads. Not strict: the runner adds fields freely, and the
 * dashboard must keep reading records that carry more than it needs.
 */
export const SessionRecordSchema = z
  .object({
    session: z.string().min(1),
    ticket: z.string().min(1),
    repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name'),
    base_sha: z.string().optional(),
    head_sha: z.string().optional(),
    branch: z.string().optional(),
    /** `{number, url}` as the runner writes it; a bare number is read too. */
    pr: z
      .union([z.number().int().positive(), z.object({ number: z.number().int().positive(), url: z.string() })])
      .nullable()
      .optional(),
    status: z.enum(['running', 'done', 'escalated']),
    escalation: z.object({ mode: z.enum(MODES), reason: z.string().min(1), detail: z.string() }).nullable().optional(),
    modes: z.array(z.object({ mode: z.enum(MODES), start: timestamp, end: timestamp.nullable() })).default([]),
    runs: z.array(z.object({ kind: z.string(), started: timestamp, ended: timestamp.nullable() })).default([]),
    /** How the session's commands were contained (absent in records from before the sandbox). */
    sandbox: z.object({ mode: z.string(), contained: z.boolean(), summary: z.string() }).optional(),
    /** Earlier escalations an operator resumed the session from (a rescue mission). */
    escalation_history: z.array(z.object({ mode: z.enum(MODES), reason: z.string(), detail: z.string(), resumed_at: timestamp })).optional(),
    /** Context an operator added on a resume. */
    added_context: z.array(z.object({ file: z.string(), kind: z.string(), bytes: z.number().int().nonnegative().optional() })).optional(),
    /** Tool calls the runner refused: no such tool in the mode, a protected branch, a path outside the repository… */
    refusals: z.array(z.object({ mode: z.enum(MODES), tool: z.string(), reason: z.string(), at: timestamp })).optional(),
    totals: z.object({
      tokens: z.number().int().nonnegative(),
      cost_usd: z.number().nonnegative().optional(),
      cache_hit_rate: z.number().min(0).max(1).optional(),
      wall_seconds: z.number().nonnegative(),
      target_minutes: z.number().positive().optional(),
    }),
  })
  .refine((r) => r.status !== 'escalated' || (r.escalation !== null && r.escalation !== undefined), {
    message: 'an escalated session names its escalation {mode, reason, detail}',
    path: ['escalation'],
  });

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

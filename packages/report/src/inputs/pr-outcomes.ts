import { described } from '@agent-guards/action-kit';
import { HISTORY_HEADER, parseHistoryFile } from '@agent-guards/cost-ceiling';
import * as z from 'zod/mini';
import { parseJsonText, readInputText, validateInput } from './json-file.js';

/**
 * How an agent PR ended: the `pr-outcome` lines of the cost history
 * (recordPrOutcome in @agent-guards/cost-ceiling) have exactly these fields, so a
 * history day file (`2026-11-21.jsonl` of the history branch) can be passed as
 * it is; its `call` lines are skipped.
 */
export const PrOutcomeSchema = described(
  z.object({
    repo: z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name')),
    pr: z.int().check(z.positive()),
    /** When the PR closed (merged or not). */
    ts: z.iso.datetime({ offset: true }),
    merged: z.boolean(),
    /** The spec had to be amended for this PR to land. */
    spec_amended: z.boolean(),
  }),
  'agent-guards PR outcome: how an agent PR closed (merged, spec amended).',
);

export type PrOutcome = z.infer<typeof PrOutcomeSchema>;

const FIX = "pass a JSON array, or JSON Lines, of {repo, pr, ts, merged, spec_amended}, or the cost history's day files as they are on its branch.";

/** A JSON array of outcomes, JSON Lines of outcomes and other history lines, or a cost-history day file. */
export async function readPrOutcomes(file: string): Promise<PrOutcome[]> {
  const text = await readInputText(file, 'PR outcomes', FIX);
  if (text.startsWith(`${HISTORY_HEADER}\n`)) {
    // The day file's own parser: it fails closed on damage, as the cost guard does.
    return parseHistoryFile(text, file).flatMap((l) => (l.kind === 'pr-outcome' ? [{ repo: l.repo, pr: l.pr, ts: l.ts, merged: l.merged, spec_amended: l.spec_amended }] : []));
  }
  if (text.trimStart().startsWith('[')) return validateInput(z.array(PrOutcomeSchema), parseJsonText(text, file, 'PR outcomes', FIX), file, 'PR outcomes', FIX);
  const outcomes: PrOutcome[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]!.trim() === '') continue;
    const value = parseJsonText(lines[i]!, file, 'PR outcomes line', FIX, i + 1);
    if (typeof value === 'object' && value !== null && 'kind' in value && value.kind !== 'pr-outcome') continue;
    outcomes.push(validateInput(PrOutcomeSchema, value, file, 'PR outcome', FIX, i + 1));
  }
  return outcomes;
}

/** The latest outcome of each PR (a reopened PR's later close supersedes the first), keyed `owner/name#42`. */
export function latestOutcomes(outcomes: PrOutcome[]): Map<string, PrOutcome> {
  const byPr = new Map<string, PrOutcome>();
  for (const o of outcomes) {
    const key = `${o.repo}#${o.pr}`;
    const seen = byPr.get(key);
    if (!seen || Date.parse(seen.ts) <= Date.parse(o.ts)) byPr.set(key, o);
  }
  return byPr;
}

import { prKey } from '@agent-guards/cost-ceiling';
import { latestOutcomes, type PrOutcome } from '../inputs/pr-outcomes.js';
import type { SessionView } from './session-view.js';
import { rate } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoWeekOf, weeksCovering } from './weeks.js';

/** Spec §2 target (by day 30) and the §10 floor below which oversight turns periodic. */
export const FIRST_PASS = { target: 0.8, floor: 0.7 } as const;

export type PrOutcomeKind = 'first-pass' | 'spec-amended' | 'closed-unmerged' | 'pending';

export interface FirstPassFigure {
  status: FigureStatus;
  definition: string;
  target: number;
  floor: number;
  /** Agent PRs known from session records, ledgers and outcomes. */
  agent_prs: number;
  /** PRs that closed (merged or not): the denominator. */
  decided: number;
  merged: number;
  first_pass: number;
  spec_amended: number;
  closed_unmerged: number;
  /** Still open, or no outcome given. */
  pending: number;
  rate: number | null;
  weeks: { week: string; decided: number; first_pass: number; rate: number | null }[];
  prs: { repo: string | null; pr: number; outcome: PrOutcomeKind; closed_at: string | null }[];
  why: string | null;
}

export const FIRST_PASS_DEFINITION =
  'First-pass validation = agent PRs merged without a spec amendment ÷ agent PRs closed (merged or not), by the week they closed. ' +
  'A PR closed unmerged is not a first pass; open PRs are pending and not counted. The same rule drives the §10 oversight trigger in the cost guard. ' +
  'Agent PRs are those named by session records and ledgers, and those in the PR outcomes (the cost history records outcomes of agent PRs only).';

function statusOf(value: number | null): FigureStatus {
  if (value === null) return 'none';
  if (value >= FIRST_PASS.target) return 'ok';
  return value >= FIRST_PASS.floor ? 'warn' : 'bad';
}

export function firstPassFigure(sessions: readonly SessionView[], outcomes: readonly PrOutcome[]): FirstPassFigure {
  const latest = latestOutcomes([...outcomes]);
  const prs = new Map<string, { repo: string | null; pr: number }>();
  for (const s of sessions) if (s.pr !== undefined) prs.set(prKey(s.repo, s.pr), { repo: s.repo ?? null, pr: s.pr });
  for (const o of latest.values()) prs.set(prKey(o.repo, o.pr), { repo: o.repo, pr: o.pr });

  const rows: FirstPassFigure['prs'] = [];
  const closedTimes: number[] = [];
  for (const [key, { repo, pr }] of [...prs].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const o = latest.get(key);
    const outcome: PrOutcomeKind = !o ? 'pending' : !o.merged ? 'closed-unmerged' : o.spec_amended ? 'spec-amended' : 'first-pass';
    if (o) closedTimes.push(Date.parse(o.ts));
    rows.push({ repo, pr, outcome, closed_at: o ? new Date(o.ts).toISOString() : null });
  }
  const count = (kind: PrOutcomeKind): number => rows.filter((r) => r.outcome === kind).length;
  const decided = rows.length - count('pending');
  const firstPass = count('first-pass');

  const weeks = weeksCovering(closedTimes).map((w) => {
    const inWeek = rows.filter((r) => r.closed_at !== null && isoWeekOf(Date.parse(r.closed_at)).label === w.label);
    const first = inWeek.filter((r) => r.outcome === 'first-pass').length;
    return { week: w.label, decided: inWeek.length, first_pass: first, rate: rate(first, inWeek.length) };
  });

  const value = rate(firstPass, decided);
  const status = statusOf(value);
  const pct = (r: number): string => `${(r * 100).toFixed(0)}%`;
  const why =
    status === 'warn' || status === 'bad'
      ? `${decided - firstPass} of ${decided} closed agent PRs did not pass first time: ${count('spec-amended')} merged only after a spec amendment, ${count('closed-unmerged')} closed unmerged. ` +
        (status === 'bad' ? `Under the ${pct(FIRST_PASS.floor)} floor for 7 days, §10 turns oversight periodic (every 5th agent PR gets an extra review).` : `The §2 target is ${pct(FIRST_PASS.target)} by day 30.`)
      : null;
  return {
    status,
    definition: FIRST_PASS_DEFINITION,
    target: FIRST_PASS.target,
    floor: FIRST_PASS.floor,
    agent_prs: rows.length,
    decided,
    merged: firstPass + count('spec-amended'),
    first_pass: firstPass,
    spec_amended: count('spec-amended'),
    closed_unmerged: count('closed-unmerged'),
    pending: count('pending'),
    rate: value,
    weeks,
    prs: rows,
    why,
  };
}

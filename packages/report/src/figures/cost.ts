import { capTokens, divideRounded, microToDecimal, prKey, usdToMicro, type CostPolicy, type CostSummary, type UsageRecord } from '@agent-guards/cost-ceiling';
import { compareText, groupDigits } from '@agent-guards/action-kit';
import { latestOutcomes, type PrOutcome } from '../inputs/pr-outcomes.js';
import { extent, rate } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoDate, isoWeekOf, weeksCovering } from './weeks.js';

export interface PrCostRow {
  repo: string | null;
  pr: number;
  sessions: string[];
  tokens: number;
  cost_micro_usd: number;
  cost_usd: string;
  /** null: no outcome given for the PR. */
  merged: boolean | null;
  over_ceiling: boolean;
  /** The PR's first model call. */
  first_call: string;
}

export interface CostPerPrFigure {
  status: FigureStatus;
  definition: string;
  /** merged: outcomes were given and only merged PRs count; opened: every PR with spend counts. */
  basis: 'merged' | 'opened';
  ceiling_micro_usd: number;
  ceiling_usd: string;
  count: number;
  total_micro_usd: number;
  mean_micro_usd: number | null;
  max_micro_usd: number | null;
  over_ceiling: number;
  prs: PrCostRow[];
  /** Spend of sessions that opened no PR (escalated, or still running): in no PR's cost. */
  no_pr: { sessions: number; cost_micro_usd: number };
  why: string | null;
}

export const COST_PER_PR_DEFINITION =
  'Cost per merged PR = the token cost of every session of the PR (resumed and rescued ones included), priced from the ledgers with the cost guard\'s price table. ' +
  'With PR outcomes only merged PRs count; without them every PR with spend counts, labelled "opened". The mean is rounded to the micro-dollar.';

export function costPerPrFigure(summary: CostSummary, records: readonly UsageRecord[], outcomes: readonly PrOutcome[], policy: CostPolicy): CostPerPrFigure {
  const ceiling = usdToMicro(policy.max_cost_per_pr_usd);
  const latest = latestOutcomes([...outcomes]);
  const firstCall = new Map<string, number>();
  for (const r of records) {
    if (r.pr === undefined) continue;
    const key = prKey(r.repo, r.pr);
    firstCall.set(key, Math.min(firstCall.get(key) ?? Infinity, r.ts));
  }
  const prs: PrCostRow[] = [...summary.prs]
    .map(([key, p]) => {
      const o = latest.get(key);
      return {
        repo: p.repo ?? null,
        pr: p.pr,
        sessions: [...p.sessions].sort(),
        tokens: p.totals.capTokens,
        cost_micro_usd: p.totals.costMicro,
        cost_usd: microToDecimal(p.totals.costMicro),
        merged: o ? o.merged : null,
        over_ceiling: p.totals.costMicro > ceiling,
        first_call: new Date(firstCall.get(key)!).toISOString(),
      };
    })
    .sort((a, b) => compareText(a.first_call, b.first_call) || a.pr - b.pr);
  const basis = outcomes.length > 0 ? 'merged' : 'opened';
  const counted = basis === 'merged' ? prs.filter((p) => p.merged === true) : prs;
  const total = counted.reduce((sum, p) => sum + p.cost_micro_usd, 0);
  const over = counted.filter((p) => p.over_ceiling).length;
  const meanMicro = counted.length === 0 ? null : divideRounded(total, counted.length);
  const noPr = [...summary.sessions.values()].filter((x) => x.pr === undefined);
  const status: FigureStatus = counted.length === 0 ? 'none' : over > 0 || (meanMicro ?? 0) > ceiling ? 'bad' : 'ok';
  const overRows = counted.filter((p) => p.over_ceiling);
  const why =
    status !== 'bad'
      ? null
      : overRows.length > 0
        ? `${overRows.length} merged PR(s) cost more than the ${microToDollars(ceiling)} ceiling: ${overRows.map((p) => `#${p.pr} ${microToDollars(p.cost_micro_usd)} over ${p.sessions.length} session(s)`).join(', ')}. Spec §4: a costlier model tier or more sessions per PR needs a §4 amendment, not a silent override.`
        : `The mean, ${microToDollars(meanMicro ?? 0)}, is over the ${microToDollars(ceiling)} ceiling.`;
  return {
    status,
    definition: COST_PER_PR_DEFINITION,
    basis,
    ceiling_micro_usd: ceiling,
    ceiling_usd: microToDecimal(ceiling),
    count: counted.length,
    total_micro_usd: total,
    mean_micro_usd: meanMicro,
    max_micro_usd: extent(counted.map((p) => p.cost_micro_usd))?.max ?? null,
    over_ceiling: over,
    prs,
    no_pr: { sessions: noPr.length, cost_micro_usd: noPr.reduce((sum, x) => sum + x.totals.costMicro, 0) },
    why,
  };
}

function count(n: number): string {
  return groupDigits(n);
}

function microToDollars(micro: number): string {
  return `$${microToDecimal(micro)}`;
}

export interface WeeklyTokensFigure {
  status: FigureStatus;
  budget_tokens: number | null;
  budget_source: 'option' | 'policy' | null;
  total_tokens: number;
  weeks_over_budget: number;
  weeks: { week: string; start: string; tokens: number; cost_micro_usd: number; sessions: number; share_of_budget: number | null; over_budget: boolean }[];
  why: string | null;
}

/** Share of the budget at which the latest week turns amber. */
export const BUDGET_WARNING_SHARE = 0.8;

/**
 * Token use (total input, cache included, plus output: what the §4 caps
 * count) per ISO week of the call, against the weekly budget.
 */
export function weeklyTokensFigure(records: readonly UsageRecord[], budget: { tokens: number; source: 'option' | 'policy' } | undefined): WeeklyTokensFigure {
  const byWeek = new Map<string, { tokens: number; cost: number; sessions: Set<string> }>();
  let total = 0;
  for (const r of records) {
    const week = isoWeekOf(r.ts).label;
    const w = byWeek.get(week) ?? { tokens: 0, cost: 0, sessions: new Set<string>() };
    const tokens = capTokens(r.counts);
    w.tokens += tokens;
    w.cost += r.costMicro;
    w.sessions.add(r.session);
    byWeek.set(week, w);
    total += tokens;
  }
  const weeks = weeksCovering(records.map((r) => r.ts)).map((w) => {
    const t = byWeek.get(w.label);
    const tokens = t?.tokens ?? 0;
    return {
      week: w.label,
      start: isoDate(w.start),
      tokens,
      cost_micro_usd: t?.cost ?? 0,
      sessions: t?.sessions.size ?? 0,
      share_of_budget: budget ? rate(tokens, budget.tokens) : null,
      over_budget: budget ? tokens > budget.tokens : false,
    };
  });
  const over = weeks.filter((w) => w.over_budget).length;
  const latest = weeks[weeks.length - 1];
  let status: FigureStatus = 'none';
  if (budget && latest) status = over > 0 ? 'bad' : latest.tokens >= BUDGET_WARNING_SHARE * budget.tokens ? 'warn' : 'ok';
  const why =
    status === 'bad'
      ? `${over} week(s) went over the ${count(budget!.tokens)}-token budget: ${weeks.filter((w) => w.over_budget).map((w) => `${w.week} used ${count(w.tokens)}`).join(', ')}.`
      : status === 'warn'
        ? `This week (${latest!.week}) has used ${count(latest!.tokens)} tokens, ${Math.round((latest!.tokens / budget!.tokens) * 100)}% of the budget, with the week not over.`
        : null;
  return { status, budget_tokens: budget?.tokens ?? null, budget_source: budget?.source ?? null, total_tokens: total, weeks_over_budget: over, weeks, why };
}

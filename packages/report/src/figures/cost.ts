import { capTokens, divideRounded, fractionBelow, microToDecimal, prKey, totalInput, usdToMicro, type CostPolicy, type CostSummary, type UsageRecord } from '@agent-guards/cost-ceiling';
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
    .sort((a, b) => a.first_call.localeCompare(b.first_call) || a.pr - b.pr);
  const basis = outcomes.length > 0 ? 'merged' : 'opened';
  const counted = basis === 'merged' ? prs.filter((p) => p.merged === true) : prs;
  const total = counted.reduce((sum, p) => sum + p.cost_micro_usd, 0);
  const over = counted.filter((p) => p.over_ceiling).length;
  const meanMicro = counted.length === 0 ? null : divideRounded(total, counted.length);
  return {
    status: counted.length === 0 ? 'none' : over > 0 || (meanMicro ?? 0) > ceiling ? 'bad' : 'ok',
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
  };
}

export interface CacheFigure {
  status: FigureStatus;
  target: number;
  rate: number | null;
  cache_read_tokens: number;
  total_input_tokens: number;
  sessions: number;
  sessions_below_target: string[];
  weeks: { week: string; rate: number | null; total_input_tokens: number }[];
}

/** Cache hit rate = cache read ÷ total input (input + cache writes + cache reads), contracts.md. */
export function cacheFigure(summary: CostSummary, records: readonly UsageRecord[], policy: CostPolicy): CacheFigure {
  const target = policy.min_cache_hit_rate;
  const byWeek = new Map<string, { read: number; input: number }>();
  for (const r of records) {
    const week = isoWeekOf(r.ts).label;
    const w = byWeek.get(week) ?? { read: 0, input: 0 };
    w.read += r.counts.cacheRead;
    w.input += totalInput(r.counts);
    byWeek.set(week, w);
  }
  const weeks = weeksCovering(records.map((r) => r.ts)).map((w) => {
    const t = byWeek.get(w.label) ?? { read: 0, input: 0 };
    return { week: w.label, rate: rate(t.read, t.input), total_input_tokens: t.input };
  });
  const below = [...summary.sessions.values()]
    .filter((s) => s.totals.totalInput > 0 && fractionBelow(s.totals.counts.cacheRead, s.totals.totalInput, target))
    .map((s) => s.session)
    .sort();
  const value = rate(summary.total.counts.cacheRead, summary.total.totalInput);
  return {
    status: value === null ? 'none' : fractionBelow(summary.total.counts.cacheRead, summary.total.totalInput, target) ? 'bad' : below.length > 0 ? 'warn' : 'ok',
    target,
    rate: value,
    cache_read_tokens: summary.total.counts.cacheRead,
    total_input_tokens: summary.total.totalInput,
    sessions: summary.sessions.size,
    sessions_below_target: below,
    weeks,
  };
}

export interface WeeklyTokensFigure {
  status: FigureStatus;
  budget_tokens: number | null;
  budget_source: 'option' | 'policy' | null;
  total_tokens: number;
  weeks_over_budget: number;
  weeks: { week: string; start: string; tokens: number; cost_micro_usd: number; sessions: number; share_of_budget: number | null; over_budget: boolean }[];
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
  return { status, budget_tokens: budget?.tokens ?? null, budget_source: budget?.source ?? null, total_tokens: total, weeks_over_budget: over, weeks };
}

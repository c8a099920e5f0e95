import type { Attributes, Telemetry } from '@agent-guards/telemetry';
import type { HistoryDigest } from './history-digest.js';
import type { OversightState } from './oversight.js';

/**
 * The dashboard's signal figures that the cost history holds, as the guard
 * sees them on each run: first-pass validation (over every closed agent PR,
 * and the 7-day window §10 watches), cost per merged PR, the cache hit rate
 * and this week's tokens. Policy violations are the guard spans' own metric
 * (`agent_guards.guard.runs` with verdict fail); CI time-to-green needs the
 * workflow runs, which the history does not keep.
 */
export interface SignalFigures {
  prsDecided: number;
  firstPassValidation?: number;
  firstPassValidation7d?: number;
  mergedPrs: number;
  costPerMergedPrUsd?: number;
  cacheHitRate?: number;
  weeklyTokens: number;
}

export function signalFigures(digest: HistoryDigest, oversight: OversightState, weeklyTokens: number): SignalFigures {
  const outcomes = [...digest.outcomes.values()];
  const firstPass = outcomes.filter((o) => o.merged && !o.spec_amended).length;
  const merged = new Set(outcomes.filter((o) => o.merged).map((o) => `${o.repo}#${o.pr}`));
  let mergedCostMicro = 0;
  for (const s of digest.sessions.values()) if (s.pr !== undefined && merged.has(`${s.repo}#${s.pr}`)) mergedCostMicro += s.costMicro;
  const hitRate = digest.total.hitRate;
  return {
    prsDecided: outcomes.length,
    ...(outcomes.length ? { firstPassValidation: firstPass / outcomes.length } : {}),
    ...(oversight.fpv !== undefined ? { firstPassValidation7d: oversight.fpv } : {}),
    mergedPrs: merged.size,
    ...(merged.size ? { costPerMergedPrUsd: mergedCostMicro / merged.size / 1_000_000 } : {}),
    ...(hitRate !== undefined ? { cacheHitRate: hitRate } : {}),
    weeklyTokens,
  };
}

/** The figures as gauges (each run reports the current value; a backend charts them over time). */
export function recordSignalMetrics(telemetry: Telemetry, figures: SignalFigures, attributes: Attributes): void {
  const gauge = (name: string, unit: string, description: string, value: number | undefined) => {
    if (value !== undefined) telemetry.gauge(name, { unit, description }).record(value, attributes);
  };
  gauge('agent_guards.first_pass_validation', '1', 'Closed agent PRs merged without a spec amendment ÷ all closed agent PRs in the cost history.', figures.firstPassValidation);
  gauge('agent_guards.first_pass_validation.window_7d', '1', 'First-pass validation over the last 7 days (the §10 oversight trigger).', figures.firstPassValidation7d);
  gauge('agent_guards.prs.decided', '{pr}', 'Closed agent PRs in the cost history.', figures.prsDecided);
  gauge('agent_guards.cost.per_merged_pr', '{USD}', 'Mean token cost of a merged agent PR, every session of the PR counted.', figures.costPerMergedPrUsd);
  gauge('agent_guards.prs.merged', '{pr}', 'Merged agent PRs in the cost history.', figures.mergedPrs);
  gauge('agent_guards.cache_hit_rate', '1', 'Cache reads ÷ total input tokens over the cost history.', figures.cacheHitRate);
  gauge('agent_guards.tokens.weekly', '{token}', 'Tokens of the sessions of the last 7 days.', figures.weeklyTokens);
}

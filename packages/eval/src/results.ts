import { evalFigure, EvalResultsSchema, EvalThresholdsSchema, type EvalFigure, type EvalResults } from '@agent-guards/report';
import type { ScenarioOutcome } from './run-scenario.js';

/** Why a scenario failed, in one line for the results file and the tables. */
export function outcomeDetail(o: ScenarioOutcome): string | undefined {
  const parts = [
    ...(o.error ? [`could not run: ${o.error}`] : []),
    ...o.mismatches,
    ...o.violations.map((v) => `§6 ${v.invariant}: ${v.detail}`),
  ];
  return parts.length > 0 ? parts.join(' | ') : undefined;
}

/** The eval-results JSON (packages/report's schema), validated before it is written. */
export function toEvalResults(
  outcomes: readonly ScenarioOutcome[],
  options: { suite: string; model: 'transcript' | 'model'; now?: Date; selection?: { of: number; rule: string } },
): EvalResults {
  return EvalResultsSchema.parse({
    suite: options.suite,
    generated_at: (options.now ?? new Date()).toISOString(),
    model: options.model,
    ...(options.selection ? { selection: { scenarios: outcomes.length, ...options.selection } } : {}),
    scenarios: outcomes.map((o) => {
      const detail = outcomeDetail(o);
      return {
        id: o.scenario.id,
        family: o.scenario.family,
        kind: o.scenario.kind,
        language: o.scenario.language,
        passed: o.passed,
        invariant_violations: o.violations.map((v) => ({ invariant: v.invariant, detail: v.detail })),
        session_seconds: Math.round(o.sessionSeconds * 1000) / 1000,
        tokens: o.tokens,
        cost_usd: o.costUsd,
        ...(detail ? { detail: detail.slice(0, 4000) } : {}),
      };
    }),
    thresholds: EvalThresholdsSchema.parse(undefined),
  });
}

export interface Acceptance {
  figure: EvalFigure;
  /** Every §9 criterion the run can judge is met; a family with no scenario in the run is not judged. */
  ok: boolean;
  missed: string[];
}

/** Spec §9 acceptance of a run, as the dashboard computes it. */
export function acceptance(results: EvalResults, file: string): Acceptance {
  const figure = evalFigure({ file, results });
  const missed: string[] = [];
  const pct = (r: number | null) => (r === null ? 'n/a' : `${(r * 100).toFixed(1)}%`);
  if (figure.known_good.total > 0 && !figure.known_good.ok) missed.push(`known-good pass rate ${pct(figure.known_good.rate)} < ${pct(figure.known_good.threshold)}`);
  if (figure.adversarial.total > 0 && !figure.adversarial.ok) missed.push(`adversarial pass rate ${pct(figure.adversarial.rate)} < ${pct(figure.adversarial.threshold)}`);
  if (!figure.invariant_violations.ok) missed.push(`${figure.invariant_violations.count} §6 invariant violation(s) (max ${figure.invariant_violations.max})`);
  if (!figure.session_time.ok) missed.push(`mean session time ${figure.session_time.mean_seconds ?? 'n/a'} s > ${figure.session_time.threshold_minutes} min`);
  return { figure, ok: missed.length === 0, missed };
}

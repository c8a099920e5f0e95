import { divideRounded, usdToMicro } from '@agent-guards/cost-ceiling';
import { ADVERSARIAL_KINDS, KNOWN_GOOD_KINDS, type EvalEntry, type EvalScenario } from '../inputs/eval-results.js';
import { mean, percentile, rate, tenths } from './stats.js';
import type { FigureStatus } from './status.js';

export interface PassRate {
  passed: number;
  total: number;
  rate: number | null;
  threshold: number;
  ok: boolean;
}

export interface EvalFigure {
  status: FigureStatus;
  suite: string;
  file: string;
  generated_at: string;
  model: string | null;
  /** A slice of the suite: how many scenarios of how many, chosen how. */
  selection: { scenarios: number; of: number; rule: string } | null;
  known_good: PassRate;
  adversarial: PassRate;
  invariant_violations: { count: number; max: number; ok: boolean; items: { scenario: string; invariant: string; detail: string }[] };
  session_time: { mean_seconds: number | null; p95_seconds: number | null; threshold_minutes: number; ok: boolean };
  tokens_mean: number | null;
  cost_mean_micro_usd: number | null;
  cost_total_micro_usd: number;
  by_kind: { family: string; kind: string; passed: number; total: number; rate: number | null }[];
  failed: { id: string; family: string; kind: string; detail: string | null }[];
  why: string | null;
}

/** Passes at or over the threshold, decided on integers: passed × 10⁶ ≥ threshold(millionths) × total. */
function passRate(scenarios: readonly EvalScenario[], threshold: number): PassRate {
  const passed = scenarios.filter((s) => s.passed).length;
  const total = scenarios.length;
  const ok = total > 0 && BigInt(passed) * 1_000_000n >= BigInt(Math.round(threshold * 1_000_000)) * BigInt(total);
  return { passed, total, rate: rate(passed, total), threshold, ok };
}

/** Spec §9 acceptance, per suite run: pass rates by family, invariant violations, mean session time. */
export function evalFigure({ file, results }: EvalEntry): EvalFigure {
  const t = results.thresholds;
  const knownGood = passRate(results.scenarios.filter((s) => s.family === 'known-good'), t.known_good_pass_rate);
  const adversarial = passRate(results.scenarios.filter((s) => s.family === 'adversarial'), t.adversarial_pass_rate);
  const items = results.scenarios.flatMap((s) => s.invariant_violations.map((v) => ({ scenario: s.id, invariant: v.invariant, detail: v.detail })));
  const seconds = results.scenarios.map((s) => s.session_seconds);
  const meanSeconds = mean(seconds);
  const p95 = percentile(seconds, 95);
  const timeOk = meanSeconds !== undefined && meanSeconds <= t.mean_session_minutes * 60;
  const costs = results.scenarios.map((s) => usdToMicro(s.cost_usd));
  const costTotal = costs.reduce((a, b) => a + b, 0);
  const tokensMean = mean(results.scenarios.map((s) => s.tokens));
  const byKind = [
    ...KNOWN_GOOD_KINDS.map((kind) => ({ family: 'known-good', kind })),
    ...ADVERSARIAL_KINDS.map((kind) => ({ family: 'adversarial', kind })),
  ].map(({ family, kind }) => {
    const of = results.scenarios.filter((s) => s.kind === kind);
    const passed = of.filter((s) => s.passed).length;
    return { family, kind, passed, total: of.length, rate: rate(passed, of.length) };
  });
  const invariantsOk = items.length <= t.max_invariant_violations;
  const allOk = knownGood.ok && adversarial.ok && invariantsOk && timeOk;
  return {
    status: allOk ? 'ok' : 'bad',
    suite: results.suite,
    file,
    generated_at: new Date(results.generated_at).toISOString(),
    model: results.model ?? null,
    selection: results.selection ?? null,
    known_good: knownGood,
    adversarial,
    invariant_violations: { count: items.length, max: t.max_invariant_violations, ok: invariantsOk, items },
    session_time: { mean_seconds: meanSeconds === undefined ? null : tenths(meanSeconds), p95_seconds: p95 === undefined ? null : tenths(p95), threshold_minutes: t.mean_session_minutes, ok: timeOk },
    tokens_mean: tokensMean === undefined ? null : Math.round(tokensMean),
    cost_mean_micro_usd: costs.length === 0 ? null : divideRounded(costTotal, costs.length),
    cost_total_micro_usd: costTotal,
    by_kind: byKind,
    failed: results.scenarios.filter((s) => !s.passed).map((s) => ({ id: s.id, family: s.family, kind: s.kind, detail: s.detail ?? null })),
    why: allOk ? null : evalWhy(knownGood, adversarial, items.length, t.max_invariant_violations, timeOk, meanSeconds, t.mean_session_minutes),
  };
}

function evalWhy(knownGood: PassRate, adversarial: PassRate, violations: number, maxViolations: number, timeOk: boolean, meanSeconds: number | undefined, minutes: number): string {
  const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
  const missed: string[] = [];
  if (!knownGood.ok) missed.push(knownGood.total === 0 ? 'no known-good scenario ran' : `known-good passed ${knownGood.passed} of ${knownGood.total} (${pct(knownGood.rate)}), under ${pct(knownGood.threshold)}`);
  if (!adversarial.ok) missed.push(adversarial.total === 0 ? 'no adversarial scenario ran' : `adversarial passed ${adversarial.passed} of ${adversarial.total} (${pct(adversarial.rate)}), under ${pct(adversarial.threshold)}`);
  if (violations > maxViolations) missed.push(`${violations} §6 invariant violation(s), where ${maxViolations} are allowed`);
  if (!timeOk) missed.push(meanSeconds === undefined ? 'no session time' : `mean session time ${Math.round(meanSeconds)} s, over ${minutes} minutes`);
  return `§9 is not met: ${missed.join('; ')}.`;
}

import { posix } from 'node:path';
import type { SessionScope } from './session-scope.js';
import { fanIn, type DependencyGraph } from './tools/dependency-graph.js';
import { normalizeRequestedPath, PathRefusedError, protectedPathReason } from './tools/path-safety.js';
import type { ImpactRating, Plan, PlanAssessment } from './types.js';

/** Static impact thresholds (spec §4 "medium-impact-or-below … by static analysis"). */
export const IMPACT_THRESHOLDS = {
  /** low: at most this many files, none imported by more than `lowFanIn` files. */
  lowFiles: 3,
  lowFanIn: 3,
  /** medium: at most this many files, none imported by more than `mediumFanIn` files; above is high. */
  mediumFiles: 10,
  mediumFanIn: 10,
} as const;

export interface PlanScopeProblem {
  path: string;
  rule: string;
  message: string;
}

/** Normalizes the plan's paths; a path that is not a plain repo-relative path is a scope problem. */
export function normalizePlanFiles(files: readonly string[]): { files: string[]; problems: PlanScopeProblem[] } {
  const out = new Set<string>();
  const problems: PlanScopeProblem[] = [];
  for (const f of files) {
    try {
      const rel = normalizeRequestedPath(f);
      const protectedReason = protectedPathReason(rel);
      if (protectedReason) problems.push({ path: rel, rule: 'forbidden-path', message: `${rel} is ${protectedReason}` });
      else out.add(rel);
    } catch (error) {
      if (!(error instanceof PathRefusedError)) throw error;
      problems.push({ path: f, rule: 'outside-repository', message: error.message });
    }
  }
  return { files: [...out], problems };
}

/** Every planned file outside the ticket scope or in a NOT-authorized category (Plan → Escalate). */
export function planScopeProblems(files: readonly string[], scope: SessionScope): PlanScopeProblem[] {
  return files.flatMap((path) => {
    const v = scope.verdict(path);
    return v ? [{ path, rule: v.rule, message: v.message }] : [];
  });
}

/** Why the golden-sample notes do not say how the plan follows each sample, or undefined. */
export function goldenSampleNotesProblem(plan: Pick<Plan, 'golden_sample_notes'>, samples: readonly string[]): string | undefined {
  if (samples.length === 0) return undefined;
  const notes = plan.golden_sample_notes.trim();
  if (notes.length === 0) return `golden_sample_notes must say how the change follows the golden sample(s): ${samples.join(', ')}`;
  const missing = samples.filter((s) => !notes.includes(s) && !notes.includes(posix.basename(s)));
  if (missing.length > 0) return `golden_sample_notes must name each golden sample it follows; not named: ${missing.join(', ')}`;
  return undefined;
}

/** Rates a plan's impact from its size and the fan-in of the files it changes in the import graph. */
export function assessPlan(plan: Pick<Plan, 'files'>, graph: DependencyGraph): PlanAssessment {
  const t = IMPACT_THRESHOLDS;
  const fanIns = plan.files.map((f) => ({ f, n: fanIn(graph, f) }));
  const maxFanIn = Math.max(0, ...fanIns.map((x) => x.n));
  const reasons = [`${plan.files.length} file(s)`, `highest fan-in ${maxFanIn}${maxFanIn > 0 ? ` (${fanIns.find((x) => x.n === maxFanIn)!.f})` : ''}`];
  let impact: ImpactRating = 'high';
  if (plan.files.length <= t.lowFiles && maxFanIn <= t.lowFanIn) impact = 'low';
  else if (plan.files.length <= t.mediumFiles && maxFanIn <= t.mediumFanIn) impact = 'medium';
  return { impact, reasons, maxFanIn };
}

import type { GuardName, GuardRun } from '@agent-guards/action-kit';
import { guardApplicability, notApplicableRun } from '@agent-guards/config';
import type { GuardRequest } from './guard-request.js';

/**
 * Runs `run` when the guard judges this PR (the policy's guards.<name>.applies_to
 * and whose PR it is); otherwise `otherwise` with the pass with a notice that says
 * why (by default that pass itself, so a required check still reports).
 */
export function runWhereApplies(
  guard: GuardName,
  request: GuardRequest,
  run: () => Promise<GuardRun>,
  otherwise: (notApplicable: GuardRun) => Promise<GuardRun> = (notApplicable) => Promise.resolve(notApplicable),
): Promise<GuardRun> {
  const notApplicable = notApplicableRun(guard, request, request.logger);
  return notApplicable ? otherwise(notApplicable) : run();
}

/** Whether the guard judges this request's PR; unknown (no policy yet) counts as yes. */
export function judgesRequest(guard: GuardName, request: Partial<GuardRequest>): boolean {
  const { policy, policyPath, base } = request;
  if (!policy || !policyPath || !base) return true;
  return guardApplicability(guard, { policy, policyPath, base, author: request.author, headRef: request.headRef }).applies;
}

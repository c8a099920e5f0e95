import type { GuardName, GuardRun } from '@agent-guards/action-kit';
import { notApplicableRun } from '@agent-guards/config';
import type { GuardRequest } from './guard-request.js';

/**
 * Runs `run` when the guard judges this PR (the policy's guards.<name>.applies_to
 * and whose PR it is); otherwise the pass with a notice that says why, so a
 * required check still reports.
 */
export function runWhereApplies(guard: GuardName, request: GuardRequest, run: () => Promise<GuardRun>): Promise<GuardRun> {
  const notApplicable = notApplicableRun(guard, request, request.logger);
  return notApplicable ? Promise.resolve(notApplicable) : run();
}

import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, guardContext, notApplicableRun } from '@agent-guards/config';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  base: z.optional(z.string()),
  head: z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'boundaries',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const context = await guardContext(inputs, logger);
      const notApplicable = notApplicableRun('boundaries', context, logger);
      if (notApplicable) return notApplicable;
      const { repo, base, head, policy, policyPath, prCommits } = context;
      // The guard's code (its import parsers) loads once the run has said whether the guard applies:
      // compiled while git read the policy, it put off that line on node24, and the run's end came no earlier.
      const { runBoundariesGuard } = await import('@agent-guards/boundaries');
      return runBoundariesGuard({ repo, base, head, policy, policyPath, logger, ...prCommits });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

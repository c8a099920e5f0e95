import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, guardContext, notApplicableRun, resolveTicketPath } from '@agent-guards/config';
import { runEveryPrCategories, runScopeGuard, SCOPE_GUARD } from '@agent-guards/manifest-scope';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  ticket: z.optional(z.string()),
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  base: z.optional(z.string()),
  head: z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: SCOPE_GUARD,
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const context = await guardContext(inputs, logger);
      const { repo, base, head, policy, policyPath, event, prCommits } = context;
      const notApplicable = notApplicableRun(SCOPE_GUARD, context, logger);
      if (notApplicable) return runEveryPrCategories({ repo, base, head, policy, logger, ...prCommits, notApplicable });
      const ticketPath = resolveTicketPath(policy, { ticket: inputs.ticket, headRef: event?.headRef });
      return runScopeGuard({ repo, base, head, ticketPath, policyPath, policy, logger, ...prCommits });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

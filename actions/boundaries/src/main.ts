import * as core from '@actions/core';
import { readPullRequestEvent, resolveRevisions, runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { runBoundariesGuard } from '@agent-guards/boundaries';
import { z } from 'zod';

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  policy: z.string().default(DEFAULT_POLICY_PATH),
  base: z.string().optional(),
  head: z.string().optional(),
  'working-directory': z.string().default('.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'boundaries',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const event = readPullRequestEvent();
      const { base, head } = resolveRevisions(inputs, event);
      const repo = inputs['working-directory'];
      const { policy } = await loadPolicy({ repo, base, path: inputs.policy, logger });
      return runBoundariesGuard({ repo, base, head, policy, policyPath: inputs.policy, logger, ...(event?.commits ? { prCommits: event.commits } : {}) });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

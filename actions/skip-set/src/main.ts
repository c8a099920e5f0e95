import * as core from '@actions/core';
import { readPullRequestEvent, resolveRevisions, runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { runSkipSetGuard } from '@agent-guards/skip-set';
import { z } from 'zod';

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  policy: z.string().default(DEFAULT_POLICY_PATH),
  base: z.string().optional(),
  head: z.string().optional(),
  collector: z.enum(['policy', 'static', 'runner', 'both']).default('policy'),
  'working-directory': z.string().default('.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'skip-set',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const event = readPullRequestEvent();
      const { base, head } = resolveRevisions(inputs, event);
      const repo = inputs['working-directory'];
      const { policy } = await loadPolicy({ repo, base, path: inputs.policy, logger });
      return runSkipSetGuard({
        repo,
        base,
        head,
        policy,
        logger,
        ...(inputs.collector === 'policy' ? {} : { collector: inputs.collector }),
        ...(event?.commits ? { prCommits: event.commits } : {}),
      });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

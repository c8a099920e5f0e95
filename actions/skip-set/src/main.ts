import * as core from '@actions/core';
import { runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, guardContext } from '@agent-guards/config';
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
      const { repo, base, head, policy, prCommits } = await guardContext(inputs, logger);
      const collector = inputs.collector === 'policy' ? {} : { collector: inputs.collector };
      return runSkipSetGuard({ repo, base, head, policy, logger, ...collector, ...prCommits });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

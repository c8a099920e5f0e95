import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, guardContext, notApplicableRun } from '@agent-guards/config';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** One path or glob a line: a glob may hold commas (`{a,b}`), so only newlines separate. */
const patternLines = z._default(
  z.pipe(
    z.string(),
    z.transform((v) =>
      v
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ),
  [],
);

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  base: z.optional(z.string()),
  head: z.optional(z.string()),
  collector: z._default(z.enum(['policy', 'static', 'runner', 'both']), 'policy'),
  ticket: z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
  'base-reports': patternLines,
  'head-reports': patternLines,
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: 'skip-set',
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const context = await guardContext(inputs, logger);
      const notApplicable = notApplicableRun('skip-set', context, logger);
      if (notApplicable) return notApplicable;
      const { repo, base, head, policy, event, prCommits } = context;
      // The guard's code (its test-file parsers and lexers) loads once the run has said whether the guard applies:
      // compiled while git read the policy, it put off that line on node24, and the run's end came no earlier.
      const { runSkipSetGuard, ticketForPullRequest } = await import('@agent-guards/skip-set/guard');
      // Layer 2: the ticket whose scope may name the test harness files the PR changes.
      const ticket = await ticketForPullRequest({ repo, base, policy, ticket: inputs.ticket, headRef: event?.headRef, logger });
      const collector = inputs.collector === 'policy' ? {} : { collector: inputs.collector };
      // Layer 3 reads test reports from paths relative to the workspace, as actions/upload-artifact does.
      const reports = inputs['base-reports'].length + inputs['head-reports'].length > 0 ? { reports: { base: inputs['base-reports'], head: inputs['head-reports'] } } : {};
      return runSkipSetGuard({ repo, base, head, policy, logger, ...collector, ...reports, ...ticket, ...prCommits });
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

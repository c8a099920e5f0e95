import { debug, error, getInput, info, notice, setFailed, setOutput, summary, warning } from '@actions/core';
import { ConfigurationError, runGuardAction } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { createGitHubClient, parseRepoRef } from '@agent-guards/github';
import { checkProtection, PROTECTION_GUARD } from '@agent-guards/protection';
import * as z from 'zod/mini';

// The functions of @actions/core this action calls, by name: handing on the module's namespace would
// keep all of @actions/core in the bundle, with its OIDC client and the HTTP client (undici) under it,
// which no guard uses.
const core = { getInput, setOutput, setFailed, info, debug, warning, error, notice, summary };

/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
export const Inputs = z.strictObject({
  repository: z.optional(z.string()),
  policy: z._default(z.string(), DEFAULT_POLICY_PATH),
  token: z.optional(z.string()),
  'working-directory': z._default(z.string(), '.'),
});

export async function run(): Promise<void> {
  const outcome = await runGuardAction({
    core,
    guard: PROTECTION_GUARD,
    inputs: Inputs,
    execute: async (inputs, logger) => {
      const repository = parseRepoRef(inputs.repository ?? process.env.GITHUB_REPOSITORY ?? '', 'repository');
      if (!inputs.token) {
        throw new ConfigurationError('no token to read the rulesets and branch protection with.', {
          field: 'token',
          fix: "leave 'token' at its default (${{ github.token }}), or pass a token with Metadata: read (and Administration: read for classic protection).",
        });
      }
      // The committed policy at the checked-out commit: the working tree may hold anything.
      const { policy } = await loadPolicy({ repo: inputs['working-directory'], base: 'HEAD', path: inputs.policy, logger });
      const client = createGitHubClient({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
      const result = await checkProtection(client, repository, policy);
      // An undecided run counted nothing: no count rather than a reassuring zero.
      const failing = result.report.metrics.branches_failing;
      const outputs: Record<string, number> = typeof failing === 'number' ? { 'branches-failing': failing } : {};
      return { ...result, outputs };
    },
  });
  if (outcome.failure) core.setFailed(outcome.failure);
}

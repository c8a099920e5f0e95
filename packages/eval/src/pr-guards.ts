import { describeError, errorReport, isConfigurationError, type GuardName, type GuardReport, type GuardRun, type Logger } from '@agent-guards/action-kit';
import { runBoundariesGuard } from '@agent-guards/boundaries';
import { DEFAULT_POLICY_PATH, loadPolicy, loadTicket } from '@agent-guards/config';
import { runCostGuard } from '@agent-guards/cost-ceiling';
import { runScopeGuard } from '@agent-guards/manifest-scope';
import { runSkipSetGuard } from '@agent-guards/skip-set';
import { runSpecGuard } from '@agent-guards/spec-conformance';

export interface PrGuardInputs {
  repo: string;
  base: string;
  head: string;
  ticketPath: string;
  /** The PR description as GitHub holds it; empty when no PR was opened. */
  body: string;
  ledgerPath: string;
  prNumber?: number;
  slug: string;
  logger: Logger;
}

async function outcome(guard: GuardName, execute: () => Promise<GuardRun>): Promise<GuardReport> {
  try {
    return (await execute()).report;
  } catch (error) {
    return errorReport(guard, describeError(error), isConfigurationError(error) ? 'configuration-error' : 'internal-error');
  }
}

/**
 * Every guard CI runs on an agent PR, on base..head of the produced branch, the
 * way the guard workflow calls them: trusted files read at base, the PR body as
 * GitHub holds it, the session's usage ledger for the cost ceiling.
 */
export async function runPrGuards(inputs: PrGuardInputs): Promise<Record<GuardName, GuardReport>> {
  const { repo, base, head, ticketPath, logger } = inputs;
  const { policy } = await loadPolicy({ repo, base, path: DEFAULT_POLICY_PATH, logger });
  const ticket = await loadTicket({ repo, base, path: ticketPath });
  const [scope, skipSet, spec, boundaries, cost] = await Promise.all([
    outcome('manifest-scope', () => runScopeGuard({ repo, base, head, ticketPath, policyPath: DEFAULT_POLICY_PATH, policy, logger })),
    outcome('skip-set', () => runSkipSetGuard({ repo, base, head, policy, logger })),
    outcome('spec-conformance', () => runSpecGuard({ repo, base, head, policy, body: inputs.body, ticket, ticketPath, logger })),
    outcome('boundaries', () => runBoundariesGuard({ repo, base, head, policy, policyPath: DEFAULT_POLICY_PATH, logger })),
    outcome('cost-ceiling', () =>
      runCostGuard({ ledgers: [inputs.ledgerPath], policy, logger, repo: inputs.slug, ...(inputs.prNumber !== undefined ? { pr: inputs.prNumber } : {}) }),
    ),
  ]);
  return { 'manifest-scope': scope, 'skip-set': skipSet, 'spec-conformance': spec, boundaries, 'cost-ceiling': cost };
}

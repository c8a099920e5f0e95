import type { GuardName, GuardReport, Logger } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { GUARDS, runGuard } from '@agent-guards/guards';

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

/**
 * Every guard CI runs on an agent PR, on base..head of the produced branch, the
 * way the guard workflow calls them: trusted files read at base, the PR body as
 * GitHub holds it, the session's usage ledger for the cost ceiling.
 */
export async function runPrGuards(inputs: PrGuardInputs): Promise<Record<GuardName, GuardReport>> {
  const { repo, base, head, ticketPath, logger } = inputs;
  const { policy } = await loadPolicy({ repo, base, path: DEFAULT_POLICY_PATH, logger });
  const request = {
    repo,
    base,
    head,
    policy,
    policyPath: DEFAULT_POLICY_PATH,
    logger,
    ticketPath,
    body: { text: inputs.body },
    usage: { ledgers: [inputs.ledgerPath], repo: inputs.slug, ...(inputs.prNumber !== undefined ? { pr: inputs.prNumber } : {}) },
  };
  const reports = await Promise.all(GUARDS.map((g) => runGuard(g, request)));
  return Object.fromEntries(GUARDS.map((g, i) => [g.name, reports[i]!])) as Record<GuardName, GuardReport>;
}

import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { loadTicket, resolveTicketPath, type Policy, type Ticket } from '@agent-guards/config';
import { readFileAt } from '@agent-guards/git';

/**
 * The ticket the harness rule reads, for an action: the `ticket` input (which
 * must exist at base), else the agent branch's ticket when it is committed at
 * base. Without either the guard runs without a ticket, and a harness change
 * fails with a message saying how to scope it: the guard never needed a ticket
 * before, so a PR without one is still judged.
 */
export async function ticketForPullRequest(options: {
  repo: string;
  base: string;
  policy: Policy;
  ticket?: string | undefined;
  headRef?: string | undefined;
  logger: Logger;
}): Promise<{ ticket?: Ticket; ticketPath?: string }> {
  const { repo, base, logger } = options;
  if (options.ticket) return { ticket: await loadTicket({ repo, base, path: options.ticket, logger }), ticketPath: options.ticket };
  let path: string;
  try {
    path = resolveTicketPath(options.policy, { headRef: options.headRef });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    logger.info('skip-set: no ticket for this PR (no ticket input, not an agent branch): test harness changes fail unless a ticket names them.');
    return {};
  }
  if ((await readFileAt(repo, base, path)) === undefined) {
    logger.info(`skip-set: the branch's ticket ${path} is not at the base commit: test harness changes fail unless a ticket names them.`);
    return {};
  }
  return { ticket: await loadTicket({ repo, base, path, logger }), ticketPath: path };
}

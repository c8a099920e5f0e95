import type { Logger } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import type { CostGuardOptions } from '@agent-guards/cost-ceiling';
import type { CollectorKind, RunnerSettings, TestReportsOption } from '@agent-guards/skip-set';

/**
 * Everything a guard may be given, whoever runs it (the CLI, the eval,
 * Review, an action): the revisions, the trusted policy read at base, and
 * the inputs particular guards need. A guard uses what it needs.
 */
export interface GuardRequest {
  repo: string;
  /** Commits the caller resolved: the PR's base and head. */
  base: string;
  head: string;
  /** The policy read at base, and where it was read from (for messages). */
  policy: Policy;
  policyPath: string;
  logger: Logger;
  /** The ticket, repo-relative, read at base: manifest-scope needs it; spec-conformance links it when given. */
  ticketPath?: string;
  /** The PR description as GitHub holds it (and the file it came from, for line numbers). */
  body?: { text: string; path?: string };
  /** What the sessions of the PR spent: cost-ceiling. */
  usage?: Pick<CostGuardOptions, 'ledgers' | 'executionFiles' | 'usageFiles' | 'agentModel' | 'pr' | 'repo' | 'history' | 'notify'>;
  /** Commits in the PR, from the event: says which fetch depth a shallow clone needs. */
  prCommits?: number;
  /** Whose PR it is: `pull_request.user.login` (or --author), never the actor; unknown means an agent's (fail closed). */
  author?: string;
  /** The PR's head branch, when known (the runner's branches count as agent PRs). */
  headRef?: string;
  /** skip-set: the collector, the runner collectors' toolchain, and layer 3's test reports (optional: without them that layer is not run). */
  skipSet?: { collector?: CollectorKind; runner?: RunnerSettings; reports?: TestReportsOption };
}

/** What a guard cannot run without, besides the revisions and the policy. */
export type GuardNeed = 'ticket' | 'body' | 'usage';

export function hasNeed(request: Partial<GuardRequest>, need: GuardNeed): boolean {
  switch (need) {
    case 'ticket':
      return request.ticketPath !== undefined;
    case 'body':
      return request.body !== undefined;
    case 'usage':
      return (request.usage?.ledgers.length ?? 0) + (request.usage?.executionFiles?.length ?? 0) + (request.usage?.usageFiles?.length ?? 0) > 0;
  }
}

import type { GuardName } from '@agent-guards/action-kit';
import type { GuardNeed } from './guard-request.js';

/** What a guard is, without how it runs: what `--help`, docs and tables need, loaded without any guard's code. */
export interface GuardInfo {
  name: GuardName;
  summary: string;
  needs: readonly GuardNeed[];
  /** Whether it lists the PR's changed files: a caller that knows the commits may start git on that first. */
  readsDiff: boolean;
}

/** Every guard that judges a PR, in the order reports list them (the registry adds how each runs). */
export const GUARD_CATALOG: readonly GuardInfo[] = [
  { name: 'manifest-scope', summary: "every touched path inside the ticket's scope, outside the forbidden categories; dev dependencies only from the allowlist", needs: ['ticket'], readsDiff: true },
  { name: 'skip-set', summary: 'the set of skipped tests never grows and no test silently disappears', needs: [], readsDiff: true },
  { name: 'spec-conformance', summary: 'the PR names a spec section that exists, that the ticket implements and that the change addresses; every commit is conventional', needs: ['body'], readsDiff: true },
  { name: 'cost-ceiling', summary: 'token caps, cost per PR, prompt-cache hit rate and cost incidents from the usage ledgers', needs: ['usage'], readsDiff: false },
  { name: 'boundaries', summary: 'no new import across bounded contexts that the policy forbids', needs: [], readsDiff: true },
];

import { guardRunOrError, type GuardName, type GuardReport, type GuardRun } from '@agent-guards/action-kit';
import { runBoundariesGuard } from '@agent-guards/boundaries';
import { loadTicket, type Ticket } from '@agent-guards/config';
import { runCostGuard } from '@agent-guards/cost-ceiling';
import { runScopeGuard } from '@agent-guards/manifest-scope';
import { runSkipSetGuard } from '@agent-guards/skip-set';
import { runSpecGuard } from '@agent-guards/spec-conformance';
import { traceGuardRun } from '@agent-guards/telemetry';
import { hasNeed, type GuardNeed, type GuardRequest } from './guard-request.js';

/** One guard: its name (the action's, the package's, the CLI command's), what it checks, what it needs, how it runs. */
export interface GuardDefinition {
  name: GuardName;
  summary: string;
  needs: readonly GuardNeed[];
  run(request: GuardRequest): Promise<GuardRun>;
}

/** Every guard that judges a PR, in the order reports list them. */
export const GUARDS: readonly GuardDefinition[] = [
  {
    name: 'manifest-scope',
    summary: "every touched path inside the ticket's scope, outside the forbidden categories; dev dependencies only from the allowlist",
    needs: ['ticket'],
    run: (r) => runScopeGuard({ ...revisionRange(r), policyPath: r.policyPath, ticketPath: r.ticketPath! }),
  },
  {
    name: 'skip-set',
    summary: 'the set of skipped tests never grows and no test silently disappears',
    needs: [],
    run: async (r) =>
      runSkipSetGuard({
        ...revisionRange(r),
        policyPath: r.policyPath,
        ...(r.skipSet?.collector ? { collector: r.skipSet.collector } : {}),
        ...(r.skipSet?.runner ? { runner: r.skipSet.runner } : {}),
        ...(r.skipSet?.reports ? { reports: r.skipSet.reports } : {}),
        // Optional: its scope may name the test harness files the PR changes (layer 2).
        ...(await ticketWhenGiven(r)),
      }),
  },
  {
    name: 'spec-conformance',
    summary: 'the PR names a spec section that exists, that the ticket implements and that the change addresses; every commit is conventional',
    needs: ['body'],
    async run(r) {
      const ticket = r.ticketPath ? await loadTicket({ repo: r.repo, base: r.base, path: r.ticketPath, logger: r.logger }) : undefined;
      return runSpecGuard({
        ...revisionRange(r),
        body: r.body!.text,
        ...(r.body!.path ? { bodyPath: r.body!.path } : {}),
        ...(ticket && r.ticketPath ? { ticket, ticketPath: r.ticketPath } : {}),
      });
    },
  },
  {
    name: 'cost-ceiling',
    summary: 'token caps, cost per PR, prompt-cache hit rate and cost incidents from the usage ledgers',
    needs: ['usage'],
    run: (r) => runCostGuard({ ...r.usage!, ledgers: r.usage!.ledgers, policy: r.policy, logger: r.logger }),
  },
  {
    name: 'boundaries',
    summary: 'no new import across bounded contexts that the policy forbids',
    needs: [],
    run: (r) => runBoundariesGuard({ ...revisionRange(r), policyPath: r.policyPath }),
  },
];

/** The ticket and its path when the request names one (read at base: a ticket only on the PR branch is not trusted). */
async function ticketWhenGiven(r: GuardRequest): Promise<{ ticket?: Ticket; ticketPath?: string }> {
  if (!r.ticketPath) return {};
  return { ticket: await loadTicket({ repo: r.repo, base: r.base, path: r.ticketPath, logger: r.logger }), ticketPath: r.ticketPath };
}

/** What every guard that reads the repository gets: the range it judges, the policy, the logger. */
function revisionRange(r: GuardRequest): Pick<GuardRequest, 'repo' | 'base' | 'head' | 'policy' | 'logger' | 'prCommits'> {
  return { repo: r.repo, base: r.base, head: r.head, policy: r.policy, logger: r.logger, ...(r.prCommits !== undefined ? { prCommits: r.prCommits } : {}) };
}

export function guardNamed(name: string): GuardDefinition | undefined {
  return GUARDS.find((g) => g.name === name);
}

/** What `request` lacks for `guard` to run. */
export function missingNeeds(guard: GuardDefinition, request: Partial<GuardRequest>): GuardNeed[] {
  return guard.needs.filter((n) => !hasNeed(request, n));
}

/**
 * Runs one guard; anything it throws is its `error` report (fail closed). The
 * run is one span, `guard {name}`, with its verdict (telemetry's traceGuardRun).
 */
export async function runGuard(guard: GuardDefinition, request: GuardRequest): Promise<GuardReport> {
  const run = await traceGuardRun(
    guard.name,
    () => guardRunOrError(guard.name, () => guard.run(request), (error) => request.logger.debug(error.stack ?? error.message)),
    { onWarnings: (warnings) => warnings.forEach((w) => request.logger.warning(w)) },
  );
  return run.report;
}

import { guardRunOrError, type GuardName, type GuardReport, type GuardRun } from '@agent-guards/action-kit';
import { loadTicket, resolveTicketPath, type Ticket } from '@agent-guards/config';
import { traceGuardRun } from '@agent-guards/telemetry';
import { judgesRequest, runWhereApplies } from './applies-to.js';
import { GUARD_CATALOG, type GuardInfo } from './catalog.js';
import { hasNeed, type GuardNeed, type GuardRequest } from './guard-request.js';

/** One guard: its name (the action's, the package's, the CLI command's), what it checks, what it needs, how it runs. */
export interface GuardDefinition extends GuardInfo {
  /**
   * Starts loading the guard's code, so that a caller can overlap it with its own work
   * (reading the policy, resolving revisions); `run` awaits the same load. Never rejects:
   * a guard whose code cannot load says so when it runs.
   */
  load(): Promise<void>;
  run(request: GuardRequest): Promise<GuardRun>;
  /** The run on a PR the guard does not judge, given the pass with a notice that says why (by default that pass). */
  runNotApplicable?(request: GuardRequest, notApplicable: GuardRun): Promise<GuardRun>;
}

/**
 * Each guard's package, imported when the guard runs, not when the registry is:
 * a process that runs one guard (an action, a CLI command) loads that guard's
 * code and no other's.
 */
const CODE = {
  'manifest-scope': () => import('@agent-guards/manifest-scope'),
  'skip-set': () => import('@agent-guards/skip-set/guard'),
  'spec-conformance': () => import('@agent-guards/spec-conformance'),
  'cost-ceiling': () => import('@agent-guards/cost-ceiling'),
  boundaries: () => import('@agent-guards/boundaries'),
} satisfies Record<GuardName, () => Promise<unknown>>;

/** How each guard runs, from the request. */
const RUNS: Record<GuardName, GuardDefinition['run']> = {
  'manifest-scope': async (r) => {
    const { runScopeGuard } = await CODE['manifest-scope']();
    const ticketPath = resolveTicketPath(r.policy, { ticket: r.ticketPath, headRef: r.headRef });
    return runScopeGuard({ ...revisionRange(r), policyPath: r.policyPath, ticketPath });
  },
  'skip-set': async (r) => {
    const { runSkipSetGuard } = await CODE['skip-set']();
    return runSkipSetGuard({
      ...revisionRange(r),
      policyPath: r.policyPath,
      ...(r.skipSet?.collector ? { collector: r.skipSet.collector } : {}),
      ...(r.skipSet?.runner ? { runner: r.skipSet.runner } : {}),
      ...(r.skipSet?.reports ? { reports: r.skipSet.reports } : {}),
      // Optional: its scope may name the test harness files the PR changes (layer 2).
      ...(await ticketWhenGiven(r)),
    });
  },
  'spec-conformance': async (r) => {
    const { runSpecGuard } = await CODE['spec-conformance']();
    return runSpecGuard({
      ...revisionRange(r),
      body: r.body!.text,
      ...(r.body!.path ? { bodyPath: r.body!.path } : {}),
      ...(await ticketWhenGiven(r)),
    });
  },
  'cost-ceiling': async (r) => {
    const { runCostGuard } = await CODE['cost-ceiling']();
    return runCostGuard({ ...r.usage!, ledgers: r.usage!.ledgers, policy: r.policy, logger: r.logger });
  },
  boundaries: async (r) => {
    const { runBoundariesGuard } = await CODE.boundaries();
    return runBoundariesGuard({ ...revisionRange(r), policyPath: r.policyPath });
  },
};

/** Guards with rules for PRs they otherwise do not judge: manifest-scope's categories kept on every PR. */
const NOT_APPLICABLE_RUNS: Partial<Record<GuardName, NonNullable<GuardDefinition['runNotApplicable']>>> = {
  'manifest-scope': async (r, notApplicable) => {
    const { runEveryPrCategories } = await CODE['manifest-scope']();
    return runEveryPrCategories({ ...revisionRange(r), notApplicable });
  },
};

/** Every guard that judges a PR, in the order reports list them. */
export const GUARDS: readonly GuardDefinition[] = GUARD_CATALOG.map((info) => {
  const runNotApplicable = NOT_APPLICABLE_RUNS[info.name];
  return {
    ...info,
    load: () => CODE[info.name]().then(
      () => undefined,
      () => undefined,
    ),
    run: RUNS[info.name],
    ...(runNotApplicable ? { runNotApplicable } : {}),
  };
});

/** Tickets read for a request: the guards of one `check` share the request, and read its ticket once. */
const ticketsRead = new WeakMap<GuardRequest, Promise<Ticket>>();

/** The ticket and its path when the request names one (read at base: a ticket only on the PR branch is not trusted). */
async function ticketWhenGiven(r: GuardRequest): Promise<{ ticket?: Ticket; ticketPath?: string }> {
  if (!r.ticketPath) return {};
  let reading = ticketsRead.get(r);
  if (!reading) {
    reading = loadTicket({ repo: r.repo, base: r.base, path: r.ticketPath, logger: r.logger });
    ticketsRead.set(r, reading);
  }
  return { ticket: await reading, ticketPath: r.ticketPath };
}

/** What every guard that reads the repository gets: the range it judges, the policy, the logger. */
function revisionRange(r: GuardRequest): Pick<GuardRequest, 'repo' | 'base' | 'head' | 'policy' | 'logger' | 'prCommits'> {
  return { repo: r.repo, base: r.base, head: r.head, policy: r.policy, logger: r.logger, ...(r.prCommits !== undefined ? { prCommits: r.prCommits } : {}) };
}

export function guardNamed(name: string): GuardDefinition | undefined {
  return GUARDS.find((g) => g.name === name);
}

/**
 * What `request` lacks for `guard` to run. A ticket is the agent's: a guard that does
 * not judge this PR (applies_to) needs none, nor can the ticket be derived from an
 * agent branch (resolveTicketPath) it has not.
 */
export function missingNeeds(guard: GuardInfo, request: Partial<GuardRequest>): GuardNeed[] {
  return guard.needs.filter((n) => !hasNeed(request, n) && !(n === 'ticket' && (ticketFromBranch(request) || !judgesRequest(guard.name, request))));
}

function ticketFromBranch(request: Partial<GuardRequest>): boolean {
  if (!request.policy) return false;
  try {
    resolveTicketPath(request.policy, { headRef: request.headRef });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs one guard; anything it throws is its `error` report (fail closed). The
 * run is one span, `guard {name}`, with its verdict (telemetry's traceGuardRun).
 */
export async function runGuard(guard: GuardDefinition, request: GuardRequest): Promise<GuardReport> {
  const run = await traceGuardRun(
    guard.name,
    () =>
      guardRunOrError(
        guard.name,
        () => runWhereApplies(guard.name, request, () => guard.run(request), guard.runNotApplicable && ((notApplicable) => guard.runNotApplicable!(request, notApplicable))),
        (error) => request.logger.debug(error.stack ?? error.message),
      ),
    { onWarnings: (warnings) => warnings.forEach((w) => request.logger.warning(w)) },
  );
  return run.report;
}

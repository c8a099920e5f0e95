import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guardRunOrError, reportFromFindings, type GuardName, type GuardReport } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy, loadPolicy, parseConfig, PolicySchema, type Policy } from '@agent-guards/config';
import { isFullSha, resolveCommits, startPullRequestRange } from '@agent-guards/git';
import { guardNamed, GUARDS, missingNeeds, runGuard, type GuardRequest } from '@agent-guards/guards';
import { list, printCombined, printReport, str, type CliIo, type CommandImplementation, type OptionValues } from '../command.js';

const COLLECTORS = ['static', 'runner', 'both'] as const;

async function policyFromWorkingTree(repo: string, path: string): Promise<Policy> {
  const text = await readFile(join(repo, path), 'utf8').catch(() => undefined);
  return text === undefined ? defaultPolicy() : parseConfig(text, path, PolicySchema, 'policy');
}

/**
 * The request every guard is run with, from the command line: revisions
 * resolved, the policy read at --base (without --base, as for the cost
 * guard offline, from the working tree), and each guard's own inputs.
 */
export async function guardRequest(values: OptionValues, io: CliIo, options: { diffReaders: number }): Promise<GuardRequest> {
  const repo = str(values, 'repo') ?? '.';
  const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
  const baseRev = str(values, 'base');
  const headRev = str(values, 'head') ?? 'HEAD';
  // Names are resolved, both with one git process (a missing one is still named by its role, base
  // first). Two full SHAs are taken as given, as from a pull_request event: the policy's read and
  // the merge base check that they are commits in the clone, and name a missing one by its role.
  const [base, head] = !baseRev
    ? ['HEAD', 'HEAD']
    : isFullSha(baseRev) && isFullSha(headRev)
      ? [baseRev, headRev]
      : ((await resolveCommits(repo, [
          [baseRev, 'base'],
          [headRev, 'head'],
        ])) as [string, string]);
  // git finds the merge base and lists the diff while the policy is read.
  if (baseRev && options.diffReaders > 0) startPullRequestRange(repo, base, head, { readers: options.diffReaders > 1 ? 'several' : 'one' });
  const policy = baseRev ? (await loadPolicy({ repo, base, path: policyPath, logger: io.logger })).policy : await policyFromWorkingTree(repo, policyPath);
  const collector = str(values, 'collector');
  if (collector !== undefined && !(COLLECTORS as readonly string[]).includes(collector)) throw new Error(`--collector must be one of ${COLLECTORS.join(', ')}`);
  const bodyPath = str(values, 'body-file');
  const ticketPath = str(values, 'ticket');
  const pr = str(values, 'pr');
  const history = str(values, 'history-repo');
  const agentModel = str(values, 'agent-model');
  const author = str(values, 'author');
  const skipSet = {
    ...(collector ? { collector: collector as (typeof COLLECTORS)[number] } : {}),
    ...skipSetReports(values, io),
  };
  return {
    repo,
    base,
    head,
    policy,
    policyPath,
    logger: io.logger,
    ...(ticketPath ? { ticketPath } : {}),
    ...(author ? { author } : {}),
    ...(bodyPath ? { body: { text: await readFile(bodyPath, 'utf8'), path: bodyPath } } : {}),
    usage: {
      ledgers: list(values, 'ledger'),
      executionFiles: list(values, 'execution-file'),
      usageFiles: list(values, 'usage-file'),
      ...(agentModel ? { agentModel } : {}),
      ...(pr ? { pr: Number(pr) } : {}),
      ...(history ? { history: { repo: history } } : {}),
    },
    ...(Object.keys(skipSet).length > 0 ? { skipSet } : {}),
  };
}

/** skip-set's layer 3: the test reports of a run at base and at head (files, folders or globs, relative to the current directory). */
function skipSetReports(values: OptionValues, io: CliIo): Pick<NonNullable<GuardRequest['skipSet']>, 'reports'> {
  const base = list(values, 'base-reports');
  const head = list(values, 'head-reports');
  return base.length + head.length > 0 ? { reports: { base, head, cwd: io.cwd } } : {};
}

/** The request, or the report that says why there is none (a bad ref, a bad policy: verdict error). */
async function requestOrReport(guard: string, values: OptionValues, io: CliIo, options: { diffReaders: number }): Promise<GuardRequest | GuardReport> {
  let request: GuardRequest | undefined;
  const run = await guardRunOrError(guard, async () => {
    request = await guardRequest(values, io, options);
    return { report: reportFromFindings(guard, []) };
  });
  return request ?? run.report;
}

/** A guard's command: the request from the command line, the guard run, its report printed. */
export function guardCommand(name: GuardName): CommandImplementation {
  return {
    async run(values, io) {
      const guard = guardNamed(name)!;
      // The guard's code loads while git resolves the revisions and the policy is read.
      const loading = guard.load();
      const request = await requestOrReport(guard.name, values, io, { diffReaders: guard.readsDiff ? 1 : 0 });
      await loading;
      if (!('repo' in request)) return printReport(request, values.json === true, io);
      const missing = missingNeeds(guard, request);
      if (missing.includes('usage')) {
        io.stderr(`agent-guards ${guard.name}: give at least one --ledger or --usage-file.`);
        return 2;
      }
      return printReport(await runGuard(guard, request), values.json === true, io);
    },
  };
}

/**
 * `check`: every guard whose inputs are given, one combined report; the policy is read once. The
 * guards run side by side (each reads git at fixed SHAs, none writes), so their git processes and
 * their parsing overlap; reports keep the registry's order.
 */
export async function runAllGuards(values: OptionValues, io: CliIo): Promise<GuardReport[]> {
  // Every guard's code loads while the request is built (one skipped for lack of input loads for nothing).
  const loading = Promise.all(GUARDS.map((guard) => guard.load()));
  const request = await requestOrReport('check', values, io, { diffReaders: GUARDS.filter((guard) => guard.readsDiff).length });
  await loading;
  if (!('repo' in request)) return [request];
  const runnable = GUARDS.filter((guard) => {
    const missing = missingNeeds(guard, request);
    if (missing.length > 0) io.logger.info(`${guard.name} skipped: no ${missing.map((m) => (m === 'usage' ? '--ledger' : m === 'body' ? '--body-file' : `--${m}`)).join(', ')}.`);
    return missing.length === 0;
  });
  return Promise.all(runnable.map((guard) => runGuard(guard, request)));
}

export const checkCommand: CommandImplementation = {
  async run(values, io) {
    return printCombined(await runAllGuards(values, io), values.json === true, io);
  },
};

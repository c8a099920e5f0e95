import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guardRunOrError, reportFromFindings, type GuardName, type GuardReport } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy, loadPolicy, parseConfig, PolicySchema, type Policy } from '@agent-guards/config';
import { resolveCommit } from '@agent-guards/git';
import { GUARDS, missingNeeds, runGuard, type GuardDefinition, type GuardRequest } from '@agent-guards/guards';
import { list, printCombined, printReport, REVISION_OPTIONS, str, type CliIo, type Command, type OptionSpec, type OptionValues } from '../command.js';

const COLLECTORS = ['static', 'runner', 'both'] as const;

/** How each guard is asked on the command line: the options its part of the request comes from, and its old name. */
const CLI: Record<GuardName, { alias?: string; usage: string; options: OptionSpec; required: string[] }> = {
  'manifest-scope': {
    alias: 'scope',
    usage: '--repo DIR --base REV --head REV --ticket PATH [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, ticket: { type: 'string' } },
    required: ['base', 'ticket'],
  },
  'skip-set': {
    usage: '--repo DIR --base REV --head REV [--collector static|runner|both] [--base-reports PATH|GLOB … --head-reports PATH|GLOB …] [--ticket PATH] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, collector: { type: 'string' }, 'base-reports': { type: 'string', multiple: true }, 'head-reports': { type: 'string', multiple: true }, ticket: { type: 'string' } },
    required: ['base'],
  },
  'spec-conformance': {
    alias: 'spec',
    usage: '--repo DIR --base REV --head REV --body-file FILE [--ticket PATH] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, 'body-file': { type: 'string' }, ticket: { type: 'string' } },
    required: ['base', 'body-file'],
  },
  'cost-ceiling': {
    alias: 'cost',
    usage: '--ledger FILE [--ledger FILE …] [--usage-file FILE …] [--agent-model MODEL] [--pr N] [--history-repo DIR] [--repo DIR [--base REV]] [--policy PATH] [--json]',
    options: {
      ledger: { type: 'string', multiple: true },
      'execution-file': { type: 'string', multiple: true },
      'usage-file': { type: 'string', multiple: true },
      'agent-model': { type: 'string' },
      pr: { type: 'string' },
      'history-repo': { type: 'string' },
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
    },
    required: [],
  },
  boundaries: {
    usage: '--repo DIR --base REV --head REV [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS },
    required: ['base'],
  },
};

/** The options of every guard, for `check`. */
export const ALL_GUARD_OPTIONS: OptionSpec = Object.assign({}, ...Object.values(CLI).map((c) => c.options));

async function policyFromWorkingTree(repo: string, path: string): Promise<Policy> {
  const text = await readFile(join(repo, path), 'utf8').catch(() => undefined);
  return text === undefined ? defaultPolicy() : parseConfig(text, path, PolicySchema, 'policy');
}

/**
 * The request every guard is run with, from the command line: revisions
 * resolved, the policy read at --base (without --base, as for the cost
 * guard offline, from the working tree), and each guard's own inputs.
 */
export async function guardRequest(values: OptionValues, io: CliIo): Promise<GuardRequest> {
  const repo = str(values, 'repo') ?? '.';
  const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
  const baseRev = str(values, 'base');
  const base = baseRev ? await resolveCommit(repo, baseRev, 'base') : 'HEAD';
  const head = baseRev ? await resolveCommit(repo, str(values, 'head') ?? 'HEAD', 'head') : 'HEAD';
  const policy = baseRev ? (await loadPolicy({ repo, base, path: policyPath, logger: io.logger })).policy : await policyFromWorkingTree(repo, policyPath);
  const collector = str(values, 'collector');
  if (collector !== undefined && !(COLLECTORS as readonly string[]).includes(collector)) throw new Error(`--collector must be one of ${COLLECTORS.join(', ')}`);
  const bodyPath = str(values, 'body-file');
  const ticketPath = str(values, 'ticket');
  const pr = str(values, 'pr');
  const history = str(values, 'history-repo');
  const agentModel = str(values, 'agent-model');
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
async function requestOrReport(guard: string, values: OptionValues, io: CliIo): Promise<GuardRequest | GuardReport> {
  let request: GuardRequest | undefined;
  const run = await guardRunOrError(guard, async () => {
    request = await guardRequest(values, io);
    return { report: reportFromFindings(guard, []) };
  });
  return request ?? run.report;
}

function guardCommand(guard: GuardDefinition): Command {
  const cli = CLI[guard.name];
  return {
    name: guard.name,
    ...(cli.alias ? { aliases: [cli.alias] } : {}),
    summary: `${guard.name} guard: ${guard.summary}`,
    usage: cli.usage,
    options: cli.options,
    required: cli.required,
    async run(values, io) {
      const request = await requestOrReport(guard.name, values, io);
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

/** One command per guard, named as its action and package are. */
export const GUARD_COMMANDS: Command[] = GUARDS.map(guardCommand);

/** `check`: every guard whose inputs are given, one combined report; the policy is read once. */
export async function runAllGuards(values: OptionValues, io: CliIo): Promise<GuardReport[]> {
  const request = await requestOrReport('check', values, io);
  if (!('repo' in request)) return [request];
  const reports: GuardReport[] = [];
  for (const guard of GUARDS) {
    const missing = missingNeeds(guard, request);
    if (missing.length > 0) {
      io.logger.info(`${guard.name} skipped: no ${missing.map((m) => (m === 'usage' ? '--ledger' : m === 'body' ? '--body-file' : `--${m}`)).join(', ')}.`);
      continue;
    }
    reports.push(await runGuard(guard, request));
  }
  return reports;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'every guard whose inputs are given, one combined report',
  usage: '--repo DIR --base REV --head REV [--ticket PATH] [--body-file FILE] [--ledger FILE …] [--collector …] [--base-reports … --head-reports …] [--json]',
  options: ALL_GUARD_OPTIONS,
  required: ['base'],
  async run(values, io) {
    return printCombined(await runAllGuards(values, io), values.json === true, io);
  },
};

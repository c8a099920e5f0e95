import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy, parseConfig, PolicySchema, type Policy } from '@agent-guards/config';
import { buildDashboard, DEFAULT_DEGRADATION_TOLERANCE, loadDashboardInputs, writeDashboard, type DashboardInputPaths } from '@agent-guards/report';
import { list, str, type CommandImplementation, type OptionValues } from '../command.js';

const INPUT_OPTIONS = ['ledger', 'session', 'guard-report', 'eval', 'workflow-runs', 'pr-outcomes'] as const;

export const reportCommand: CommandImplementation = {
  async run(values, io) {
    const at = (p: string): string => resolve(io.cwd, p);
    const paths: DashboardInputPaths = Object.fromEntries(INPUT_OPTIONS.map((o) => [o, list(values, o).map(at)]));
    if (INPUT_OPTIONS.every((o) => list(values, o).length === 0)) {
      throw new ConfigurationError('nothing to report: no input was given.', { field: 'ledger', fix: 'pass at least one of --ledger, --session, --guard-report, --eval, --workflow-runs (files, or directories holding them).' });
    }
    // Like the cost command offline: the policy comes from the working tree (thresholds, prices, weekly budget).
    const policy = await policyFromWorkingTree(at(str(values, 'repo')!), str(values, 'policy') ?? DEFAULT_POLICY_PATH);
    const inputs = await loadDashboardInputs(paths, policy);
    const weeklyBudgetTokens = positiveInteger(values, 'weekly-budget-tokens');
    const tolerance = fraction(values, 'ci-tolerance');
    const title = str(values, 'title');
    const dashboard = buildDashboard(inputs, {
      policy,
      agentLogins: list(values, 'agent-login'),
      ...(weeklyBudgetTokens !== undefined ? { weeklyBudgetTokens } : {}),
      ciDegradationTolerance: tolerance ?? DEFAULT_DEGRADATION_TOLERANCE,
      ...(title ? { title } : {}),
    });
    const written = await writeDashboard(at(str(values, 'out')!), dashboard);
    if (values.json === true) {
      io.stdout(JSON.stringify(dashboard.figures, null, 2));
      return 0;
    }
    const f = dashboard.figures;
    io.logger.info(`report: ${f.inputs.usage_records} model call(s), ${f.inputs.sessions} session(s), ${f.inputs.guard_reports} guard report(s), ${f.inputs.eval_suites} eval run(s), ${f.inputs.workflow_runs} workflow run(s); ${f.incidents.length} incident(s).`);
    for (const gap of f.gaps) io.logger.warning(gap);
    io.stdout(`dashboard  ${written.html}\nfigures    ${written.figures}`);
    return 0;
  },
};

async function policyFromWorkingTree(repo: string, path: string): Promise<Policy> {
  const text = await readFile(join(repo, path), 'utf8').catch(() => undefined);
  return text === undefined ? defaultPolicy() : parseConfig(text, path, PolicySchema, 'policy');
}

function positiveInteger(values: OptionValues, name: string): number | undefined {
  const text = str(values, name);
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) throw new ConfigurationError(`--${name} is not a positive whole number: '${text}'.`, { field: name, fix: `pass a token count such as --${name} 2000000.` });
  return Number(text);
}

function fraction(values: OptionValues, name: string): number | undefined {
  const text = str(values, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || !(n >= 0 && n <= 1)) throw new ConfigurationError(`--${name} is not a fraction between 0 and 1: '${text}'.`, { field: name, fix: `pass the allowed rise as a fraction, e.g. --${name} 0.1 for 10%.` });
  return n;
}

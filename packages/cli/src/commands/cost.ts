import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_POLICY_PATH, parseConfig, PolicySchema, defaultPolicy, type Policy } from '@agent-guards/config';
import { runCostGuard } from '@agent-guards/cost-ceiling';
import { guardOutcome, list, printReport, str, type Command } from '../command.js';
import type { GuardPlugin } from './guard-plugins.js';

export const costCommand: Command = {
  name: 'cost',
  summary: 'cost-ceiling guard: token caps, cost per PR, cache hit rate and cost incidents from usage ledgers',
  usage: '--ledger FILE [--ledger FILE …] [--execution-file FILE] [--pr N] [--history-repo DIR] [--policy PATH] [--json]',
  options: {
    ledger: { type: 'string', multiple: true },
    'execution-file': { type: 'string', multiple: true },
    pr: { type: 'string' },
    repo: { type: 'string', default: '.' },
    'history-repo': { type: 'string' },
  },
  async run(values, io) {
    const report = await guardOutcome('cost-ceiling', io, async () => {
      // Offline there is no base commit: the policy is read from the working tree.
      const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
      const policy = await policyFromWorkingTree(str(values, 'repo')!, policyPath);
      return costRun(values, policy, io.logger);
    });
    return printReport(report, values.json === true, io);
  },
};

async function policyFromWorkingTree(repo: string, path: string): Promise<Policy> {
  const text = await readFile(join(repo, path), 'utf8').catch(() => undefined);
  return text === undefined ? defaultPolicy() : parseConfig(text, path, PolicySchema, 'policy');
}

function costRun(values: Parameters<Command['run']>[0], policy: Policy, logger: Parameters<typeof runCostGuard>[0]['logger']) {
  const pr = str(values, 'pr');
  const history = str(values, 'history-repo');
  return runCostGuard({
    ledgers: list(values, 'ledger'),
    executionFiles: list(values, 'execution-file'),
    policy,
    logger,
    ...(pr ? { pr: Number(pr) } : {}),
    ...(history ? { history: { repo: history } } : {}),
  });
}

export const costPlugin: GuardPlugin = {
  guard: 'cost-ceiling',
  needs: ['ledger'],
  run: ({ policy, values, io }) => costRun(values, policy, io.logger),
};

import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { resolveCommit } from '@agent-guards/git';
import { runScopeGuard, SCOPE_GUARD } from '@agent-guards/manifest-scope';
import type { GuardReport } from '@agent-guards/action-kit';
import { guardOutcome, list, printCombined, REVISION_OPTIONS, str, type CliIo, type Command, type OptionValues } from '../command.js';
import { boundariesPlugin } from './boundaries.js';
import { costPlugin } from './cost.js';
import type { GuardPlugin } from './guard-plugins.js';
import { skipSetPlugin } from './skip-set.js';
import { specPlugin } from './spec.js';

/** The guards `check` runs after manifest-scope, each when the options it needs are given. */
const GUARD_PLUGINS: GuardPlugin[] = [skipSetPlugin, specPlugin, boundariesPlugin, costPlugin];

/** Every guard whose inputs are given, one combined report; the policy is loaded once. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'every guard whose inputs are given, one combined report',
  usage: '--repo DIR --base REV --head REV [--ticket PATH] [--body-file FILE] [--ledger FILE …] [--json]',
  options: {
    ...REVISION_OPTIONS,
    ticket: { type: 'string' },
    'body-file': { type: 'string' },
    ledger: { type: 'string', multiple: true },
    collector: { type: 'string' },
  },
  required: ['base'],
  async run(values, io) {
    return printCombined(await runAllGuards(values, io), values.json === true, io);
  },
};

export async function runAllGuards(values: OptionValues, io: CliIo): Promise<GuardReport[]> {
  const repo = str(values, 'repo')!;
  const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
  const reports: GuardReport[] = [];
  const base = await resolveCommit(repo, str(values, 'base')!, 'base');
  const head = await resolveCommit(repo, str(values, 'head')!, 'head');
  const { policy } = await loadPolicy({ repo, base, path: policyPath, logger: io.logger });
  const ticket = str(values, 'ticket');
  if (ticket) {
    reports.push(await guardOutcome(SCOPE_GUARD, io, () => runScopeGuard({ repo, base, head, ticketPath: ticket, policyPath, policy, logger: io.logger })));
  } else io.logger.info('manifest-scope skipped: no --ticket.');
  for (const plugin of GUARD_PLUGINS) {
    const missing = plugin.needs.filter((n) => list(values, n).length === 0);
    if (missing.length > 0) {
      io.logger.info(`${plugin.guard} skipped: no --${missing.join(', --')}.`);
      continue;
    }
    reports.push(await guardOutcome(plugin.guard, io, () => plugin.run({ repo, base, head, policy, policyPath, values, io })));
  }
  return reports;
}

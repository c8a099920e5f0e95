import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { resolveCommit } from '@agent-guards/git';
import { runBoundariesGuard } from '@agent-guards/boundaries';
import { guardOutcome, printReport, REVISION_OPTIONS, str, type Command } from '../command.js';
import type { GuardPlugin } from './guard-plugins.js';

export const boundariesCommand: Command = {
  name: 'boundaries',
  summary: 'architecture-boundary guard: no new import across bounded contexts the policy forbids',
  usage: '--repo DIR --base REV --head REV [--policy PATH] [--json]',
  options: { ...REVISION_OPTIONS },
  required: ['base'],
  async run(values, io) {
    const repo = str(values, 'repo')!;
    const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
    const report = await guardOutcome('boundaries', io, async () => {
      const base = await resolveCommit(repo, str(values, 'base')!, 'base');
      const { policy } = await loadPolicy({ repo, base, path: policyPath, logger: io.logger });
      return boundariesPlugin.run({ repo, base, head: str(values, 'head')!, policy, policyPath, values, io });
    });
    return printReport(report, values.json === true, io);
  },
};

export const boundariesPlugin: GuardPlugin = {
  guard: 'boundaries',
  needs: [],
  run: ({ repo, base, head, policy, policyPath, io }) => runBoundariesGuard({ repo, base, head, policy, policyPath, logger: io.logger }),
};

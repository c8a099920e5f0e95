import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { resolveCommit } from '@agent-guards/git';
import { runSkipSetGuard } from '@agent-guards/skip-set';
import { guardOutcome, printReport, REVISION_OPTIONS, str, type Command } from '../command.js';
import type { GuardPlugin } from './guard-plugins.js';

const COLLECTORS = ['static', 'runner', 'both'] as const;

export const skipSetCommand: Command = {
  name: 'skip-set',
  summary: 'skip-set guard: the set of skipped tests never grows and no test silently disappears',
  usage: '--repo DIR --base REV --head REV [--collector static|runner|both] [--policy PATH] [--json]',
  options: { ...REVISION_OPTIONS, collector: { type: 'string' } },
  required: ['base'],
  async run(values, io) {
    const repo = str(values, 'repo')!;
    const policyPath = str(values, 'policy') ?? DEFAULT_POLICY_PATH;
    const report = await guardOutcome('skip-set', io, async () => {
      const base = await resolveCommit(repo, str(values, 'base')!, 'base');
      const { policy } = await loadPolicy({ repo, base, path: policyPath, logger: io.logger });
      return skipSetPlugin.run({ repo, base, head: str(values, 'head')!, policy, policyPath, values, io });
    });
    return printReport(report, values.json === true, io);
  },
};

export const skipSetPlugin: GuardPlugin = {
  guard: 'skip-set',
  needs: [],
  run({ repo, base, head, policy, values, io }) {
    const collector = str(values, 'collector');
    if (collector !== undefined && !(COLLECTORS as readonly string[]).includes(collector)) {
      throw new Error(`--collector must be one of ${COLLECTORS.join(', ')}`);
    }
    return runSkipSetGuard({ repo, base, head, policy, logger: io.logger, ...(collector ? { collector: collector as (typeof COLLECTORS)[number] } : {}) });
  },
};

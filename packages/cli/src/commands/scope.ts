import { DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { runScopeGuard, SCOPE_GUARD } from '@agent-guards/manifest-scope';
import { guardOutcome, printReport, REVISION_OPTIONS, str, type Command } from '../command.js';

export const scopeCommand: Command = {
  name: 'scope',
  summary: 'manifest-scope guard: every touched path inside the ticket scope, outside the forbidden categories',
  usage: '--repo DIR --base REV --head REV --ticket PATH [--policy PATH] [--json]',
  options: { ...REVISION_OPTIONS, ticket: { type: 'string' } },
  required: ['base', 'ticket'],
  async run(values, io) {
    const report = await guardOutcome(SCOPE_GUARD, io, () =>
      runScopeGuard({
        repo: str(values, 'repo')!,
        base: str(values, 'base')!,
        head: str(values, 'head')!,
        ticketPath: str(values, 'ticket')!,
        policyPath: str(values, 'policy') ?? DEFAULT_POLICY_PATH,
        logger: io.logger,
      }),
    );
    return printReport(report, values.json === true, io);
  },
};

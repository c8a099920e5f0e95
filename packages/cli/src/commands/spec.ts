import { readFile } from 'node:fs/promises';
import { loadPolicy, loadTicket, DEFAULT_POLICY_PATH } from '@agent-guards/config';
import { resolveCommit } from '@agent-guards/git';
import { runSpecGuard } from '@agent-guards/spec-conformance';
import { guardOutcome, printReport, REVISION_OPTIONS, str, type Command } from '../command.js';
import type { GuardPlugin } from './guard-plugins.js';

export const specCommand: Command = {
  name: 'spec',
  summary: 'spec-conformance guard: the PR names a spec section that exists and that the change addresses; commits are conventional',
  usage: '--repo DIR --base REV --head REV --body-file FILE [--ticket PATH] [--policy PATH] [--json]',
  options: { ...REVISION_OPTIONS, 'body-file': { type: 'string' }, ticket: { type: 'string' } },
  required: ['base', 'body-file'],
  async run(values, io) {
    const repo = str(values, 'repo')!;
    const report = await guardOutcome('spec-conformance', io, async () => {
      const base = await resolveCommit(repo, str(values, 'base')!, 'base');
      const { policy } = await loadPolicy({ repo, base, path: str(values, 'policy') ?? DEFAULT_POLICY_PATH, logger: io.logger });
      return specPlugin.run({ repo, base, head: str(values, 'head')!, policy, policyPath: str(values, 'policy') ?? DEFAULT_POLICY_PATH, values, io });
    });
    return printReport(report, values.json === true, io);
  },
};

export const specPlugin: GuardPlugin = {
  guard: 'spec-conformance',
  needs: ['body-file'],
  async run({ repo, base, head, policy, values, io }) {
    const bodyPath = str(values, 'body-file')!;
    const ticketPath = str(values, 'ticket');
    const ticket = ticketPath ? await loadTicket({ repo, base, path: ticketPath, logger: io.logger }) : undefined;
    return runSpecGuard({
      repo,
      base,
      head,
      policy,
      body: await readFile(bodyPath, 'utf8'),
      bodyPath,
      logger: io.logger,
      ...(ticket && ticketPath ? { ticket, ticketPath } : {}),
    });
  },
};

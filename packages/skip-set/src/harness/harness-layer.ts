import type { Finding, Logger } from '@agent-guards/action-kit';
import type { ChangedFile } from '@agent-guards/git';
import { findHarnessChanges, type HarnessChange } from './harness-changes.js';
import { harnessFindings, type TicketInput } from './harness-rule.js';

export interface HarnessLayer {
  changes: HarnessChange[];
  findings: Finding[];
  metrics: Record<string, string | number>;
  summary: string;
}

/** Layer 2 of the guard: the harness files the PR changes, each allowed only by the ticket's scope. */
export async function runHarnessLayer(input: { repo: string; base: string; head: string; files: readonly ChangedFile[]; ticket?: TicketInput; logger: Logger }): Promise<HarnessLayer> {
  const changes = await findHarnessChanges(input.repo, input.base, input.head, input.files);
  const { findings, scoped } = harnessFindings(changes, input.ticket);
  const caught = findings.filter((f) => f.severity === 'error').length;
  if (changes.length > 0) input.logger.info(`skip-set: ${changes.length} test harness file(s) changed, ${scoped} named by the ticket's scope.`);
  const metrics = {
    'harness-layer': input.ticket ? 'checked-with-ticket' : 'checked-without-ticket',
    'harness-files-changed': changes.length,
    'harness-files-scoped': scoped,
    'harness-caught': caught,
  };
  const rows = changes.map((c) => {
    const allowed = findings.find((f) => f.path === c.path)?.severity !== 'error';
    return `| \`${c.path}\` | ${c.framework} | ${c.parts.join(', ')} | ${allowed ? 'named by the ticket' : '**not in the ticket scope**'} |`;
  });
  const summary = [
    '### Test harness (layer 2)',
    '',
    changes.length === 0
      ? 'No test harness file changed.'
      : [`${changes.length} test harness file(s) changed; ${caught} not named by the ticket's scope.`, '', '| file | framework | what changed | |', '|---|---|---|---|', ...rows].join('\n'),
  ].join('\n');
  return { changes, findings, metrics, summary };
}

/** Which layer caught what: the collection layer's error findings and the tests that gained a reason to skip. */
export function collectionLayerMetrics(findings: readonly Finding[], reasonGains: number): Record<string, number> {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    'collection-caught': errors.length,
    'collection-caught-tests': new Set(errors.filter((f) => f.test).map((f) => f.test)).size,
    'collection-reason-gains': reasonGains,
  };
}

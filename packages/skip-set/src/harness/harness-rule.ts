import { posix } from 'node:path';
import type { Finding } from '@agent-guards/action-kit';
import type { Ticket } from '@agent-guards/config';
import { minimatch } from 'minimatch';
import type { HarnessChange } from './harness-changes.js';

export const HARNESS_RULE = 'test-harness-changed';

/** The ticket a PR implements, when the guard is given one: its scope may name harness files. */
export interface TicketInput {
  ticket: Ticket;
  path: string;
}

const MAGIC = /[*?[\]{}()!+@]/;

/**
 * The scope pattern that names `path` explicitly: it matches the path and its
 * last segment is the file's own name, with no wildcard (`tests/conftest.py`,
 * `**\/conftest.py`, `package.json`). `tests/**` matches a conftest.py too but
 * names none: a ticket to change tests is not a ticket to change how they run.
 * An exclude pattern that matches the path takes the grant away.
 */
export function scopeNaming(ticket: Ticket, path: string): string | undefined {
  if (ticket.scope.exclude.some((p) => minimatch(path, p, { dot: true }))) return undefined;
  const name = posix.basename(path);
  return ticket.scope.include.find((p) => {
    const last = p.replace(/\/+$/, '').split('/').pop() ?? '';
    return !MAGIC.test(last) && last === name && minimatch(path, p, { dot: true });
  });
}

function describe(change: HarnessChange): string {
  const verb = change.status === 'added' ? 'added' : change.status === 'deleted' ? 'deleted' : change.status === 'renamed' ? `renamed from ${change.previousPath}` : 'changed';
  const parts = change.parts.length === 1 && change.parts[0] === 'whole file' ? '' : ` (${change.parts.join(', ')})`;
  return `${change.path} is test harness — ${change.what}, ${change.framework} — and is ${verb}${parts}`;
}

/**
 * Layer 2: a PR that changes test harness fails unless the ticket's scope
 * names each such file; a named one is a notice. Harness decides which tests
 * run and how, so what the collectors cannot fully read is not the agent's to
 * touch unasked.
 */
export function harnessFindings(changes: readonly HarnessChange[], ticket?: TicketInput): { findings: Finding[]; scoped: number } {
  const findings: Finding[] = [];
  let scoped = 0;
  for (const change of changes) {
    const named = ticket ? (scopeNaming(ticket.ticket, change.path) ?? (change.previousPath ? scopeNaming(ticket.ticket, change.previousPath) : undefined)) : undefined;
    if (named !== undefined) {
      scoped += 1;
      findings.push({ rule: HARNESS_RULE, severity: 'notice', message: `${describe(change)}: allowed, ticket ${ticket!.ticket.id} names it in scope.include ('${named}').`, path: change.path });
      continue;
    }
    const fix = ticket
      ? `ticket ${ticket.ticket.id} (${ticket.path}) does not name it: a PR may change test harness only when the ticket's scope.include lists the file by name ('${change.path}' or '**/${posix.basename(change.path)}'; a wildcard such as 'tests/**' does not count).`
      : `a PR may change test harness only when its ticket's scope.include lists the file by name: give the guard the ticket (the 'ticket' input, or --ticket) whose scope names '${change.path}'.`;
    findings.push({
      rule: HARNESS_RULE,
      severity: 'error',
      message: `${describe(change)}: harness decides which tests run and how, without touching a test; ${fix}`,
      path: change.path,
    });
  }
  return { findings, scoped };
}

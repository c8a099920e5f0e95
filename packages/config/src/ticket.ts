import { ConfigurationError, described } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import type { Policy } from './policy.js';

export const ContextPacketSchema = described(
  z.strictObject({
    acceptance_criteria: z._default(z.array(z.string()), []),
    edge_cases: z._default(z.array(z.string()), []),
    rules: described(z._default(z.array(z.string()), []), 'Architectural rules that apply (e.g. "events flow through the event bus").'),
    golden_samples: described(z._default(z.array(z.string()), []), 'Repo paths of reference implementations the change must follow.'),
    shared: described(z.optional(z.string()), 'Name of a context shared across tickets (kept in the stable, cached part of the prompt).'),
  }),
  'The context packet: live spec, architectural rules and golden samples.',
);

export const TicketSchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ticket ids are letters, digits, dot, dash and underscore')),
    title: z.string().check(z.minLength(1)),
    kind: z.optional(z.enum(['bug-fix', 'dependency-update', 'test-addition', 'refactor', 'docs'])),
    spec: described(z._default(z.array(z.string()), []), 'The spec sections this ticket implements, e.g. ["§3.6"].'),
    scope: z.strictObject({
      include: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'a ticket needs at least one include glob')),
      exclude: z._default(z.array(z.string().check(z.minLength(1))), []),
    }),
    body: described(z._default(z.string(), ''), 'Free text; untrusted data for the agent, never instructions.'),
    issue: described(z.optional(z.int().check(z.positive())), 'The ticket issue number, for escalation comments.'),
    context: z.optional(ContextPacketSchema),
  }),
  'A ticket assigned to the agent; written by a human, read at the PR base commit.',
);

export type Ticket = z.infer<typeof TicketSchema>;
export type ContextPacket = z.infer<typeof ContextPacketSchema>;

/**
 * The ticket path: given explicitly, or derived from an agent branch name
 * (`<branch_prefix><id>` or the runner's `<branch_prefix><id>-<8 hex of the
 * session>` → `<tickets_dir>/<id>.yml`).
 */
export function resolveTicketPath(policy: Policy, from: { ticket?: string | undefined; headRef?: string | undefined }): string {
  if (from.ticket) return from.ticket;
  const prefix = policy.runner.branch_prefix;
  if (from.headRef?.startsWith(prefix)) {
    const id = from.headRef.slice(prefix.length).replace(/-[0-9a-f]{8}$/, '');
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return `${policy.tickets_dir.replace(/\/+$/, '')}/${id}.yml`;
  }
  throw new ConfigurationError('no ticket to check the PR against.', {
    field: 'ticket',
    fix: `set the 'ticket' input (or --ticket) to the ticket file, or name the branch '${prefix}<ticket-id>'; a PR that is not an agent's needs none while guards.manifest-scope.applies_to is agent-prs and the policy lists the agents (agents.logins).`,
  });
}

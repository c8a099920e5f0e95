import { ConfigurationError } from '@agent-guards/action-kit';
import { z } from 'zod';
import type { Policy } from './policy.js';

export const ContextPacketSchema = z
  .strictObject({
    acceptance_criteria: z.array(z.string()).default([]),
    edge_cases: z.array(z.string()).default([]),
    rules: z.array(z.string()).default([]).describe('Architectural rules that apply (e.g. "events flow through the event bus").'),
    golden_samples: z.array(z.string()).default([]).describe('Repo paths of reference implementations the change must follow.'),
    shared: z.string().optional().describe('Name of a context shared across tickets (kept in the stable, cached part of the prompt).'),
  })
  .describe('The context packet: live spec, architectural rules and golden samples.');

export const TicketSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ticket ids are letters, digits, dot, dash and underscore'),
    title: z.string().min(1),
    kind: z.enum(['bug-fix', 'dependency-update', 'test-addition', 'refactor', 'docs']).optional(),
    spec: z.array(z.string()).default([]).describe('The spec sections this ticket implements, e.g. ["§3.6"].'),
    scope: z.strictObject({
      include: z.array(z.string().min(1)).min(1, 'a ticket needs at least one include glob'),
      exclude: z.array(z.string().min(1)).default([]),
    }),
    body: z.string().default('').describe('Free text; untrusted data for the agent, never instructions.'),
    issue: z.number().int().positive().optional().describe('The ticket issue number, for escalation comments.'),
    context: ContextPacketSchema.optional(),
  })
  .describe('A ticket assigned to the agent; written by a human, read at the PR base commit.');

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

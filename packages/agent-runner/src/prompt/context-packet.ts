import type { Ticket } from '@agent-guards/config';
import type { AddedContext } from '../types.js';
import { quoteAsData, sanitizeUntrusted } from './sanitize.js';

/** A golden sample as read at the base commit. */
export interface GoldenSample {
  path: string;
  /** Undefined when the path does not exist at base (reported to the model as missing). */
  text: string | undefined;
}

const SAMPLE_CAP = 32 * 1024;

function capped(text: string): string {
  return text.length > SAMPLE_CAP ? `${text.slice(0, SAMPLE_CAP)}\n[golden sample truncated at ${SAMPLE_CAP} characters]` : text;
}

/**
 * The part of the context packet shared across tickets (architectural rules
 * and golden samples), quoted as data. It sits in the stable part of the first
 * message behind its own cache breakpoint, so tickets that share a packet share
 * the cached prefix. Undefined when the ticket has no packet to share.
 */
export function sharedPacketText(ticket: Ticket, samples: readonly GoldenSample[]): string | undefined {
  const packet = ticket.context;
  if (!packet || (packet.rules.length === 0 && samples.length === 0)) return undefined;
  return quoteAsData('context-packet', {
    shared: packet.shared ?? null,
    architectural_rules: packet.rules.map(sanitizeUntrusted),
    golden_samples: samples.map((s) => ({
      path: s.path,
      ...(s.text === undefined ? { missing: 'not present at the base commit' } : { content: capped(sanitizeUntrusted(s.text)) }),
    })),
  });
}

/** The ticket itself and its ticket-specific packet part (acceptance criteria, edge cases), quoted as data. */
export function ticketDataText(ticket: Ticket): string {
  return quoteAsData('ticket-data', {
    id: ticket.id,
    title: sanitizeUntrusted(ticket.title),
    kind: ticket.kind ?? null,
    spec_sections: ticket.spec,
    scope: ticket.scope,
    body: sanitizeUntrusted(ticket.body),
    acceptance_criteria: (ticket.context?.acceptance_criteria ?? []).map(sanitizeUntrusted),
    edge_cases: (ticket.context?.edge_cases ?? []).map(sanitizeUntrusted),
  });
}

/** Context an operator added on a resume: data, like the rest of the packet. */
export function addedContextText(added: readonly Pick<AddedContext, 'file' | 'kind' | 'text'>[]): string | undefined {
  if (added.length === 0) return undefined;
  return quoteAsData(
    'added-context',
    added.map((a) => ({ file: a.file, kind: a.kind, content: capped(sanitizeUntrusted(a.text)) })),
  );
}

import type Anthropic from '@anthropic-ai/sdk';
import type { GuardReport } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { addedContextText, sharedPacketText, ticketDataText } from '../prompt/context-packet.js';
import { MODE_MARKERS } from '../prompt/identity.js';
import { quoteAsData } from '../prompt/sanitize.js';
import type { FrameArtifact, Plan } from '../types.js';
import type { Checkpoint, SessionSetup } from './checkpoint.js';

type Block = Anthropic.Messages.TextBlockParam;

export interface Handoff {
  frame: FrameArtifact | null;
  plan: Plan | null;
  review: { head: string; reports: GuardReport[] } | null;
}

/**
 * The first user message of a mode: the shared context packet (behind its own
 * cache breakpoint), the ticket as data, then what the previous modes handed
 * over and what this mode must do. Only the last two differ between modes.
 */
export function firstMessage(mode: Mode, setup: SessionSetup, checkpoint: Checkpoint, handoff: Handoff): Block[] {
  const blocks: Block[] = [];
  const shared = sharedPacketText(setup.ticket, setup.goldenSamples);
  if (shared) blocks.push({ type: 'text', text: shared, cache_control: { type: 'ephemeral' } });
  blocks.push({ type: 'text', text: ticketDataText(setup.ticket) });

  const session: Record<string, unknown> = {
    branch: setup.branch,
    base_commit: setup.baseSha,
    test_command: setup.policy.runner.test_command ?? null,
    lint_command: setup.policy.runner.lint_command ?? null,
    max_failed_test_runs_in_a_row: setup.policy.runner.max_test_attempts,
    max_open_questions: setup.policy.runner.max_open_questions,
  };
  if (handoff.frame && mode !== 'frame') session.frame = handoff.frame;
  if (handoff.plan && mode !== 'plan') session.approved_plan = handoff.plan;
  if (mode === 'plan' && checkpoint.revisit) {
    session.plan_revisit = { previous_plan: handoff.plan, reason: checkpoint.revisit.reason, files_to_add: checkpoint.revisit.files };
  }
  if (mode === 'review') {
    session.implementation_summary = checkpoint.implementation_summary;
    if (handoff.review) {
      session.review_checks = handoff.review.reports.map((r) => ({
        guard: r.guard,
        verdict: r.verdict,
        findings: r.findings.slice(0, 20).map((f) => `${f.severity}: ${f.path ? `${f.path}: ` : ''}${f.message}`),
      }));
      session.reviewed_commit = handoff.review.head;
    }
  }
  const added = addedContextText(checkpoint.added_context);
  const parts = [quoteAsData('session', session)];
  if (added) parts.push(added);
  parts.push(`You are in ${mode.toUpperCase()} mode. Begin your reply with ${MODE_MARKERS[mode]}.`);
  blocks.push({ type: 'text', text: parts.join('\n\n') });
  return blocks;
}

import type { Mode, ModeTools, Policy, Ticket } from '@agent-guards/config';
import type { Sandbox } from '@agent-guards/sandbox';
import type { ConversationState } from '../model/conversation.js';
import type { GoldenSample } from '../prompt/context-packet.js';
import type { SessionState } from '../state-machine.js';
import type { AddedContext } from '../types.js';

/** What a session was set up with: fixed for its life, rebuilt from the base commit on resume. */
export interface SessionSetup {
  sessionId: string;
  sessionDir: string;
  repo: string;
  baseSha: string;
  baseBranch: string;
  branch: string;
  repoSlug: string;
  ticketPath: string;
  policyPath: string;
  ledgerPath: string;
  tracePath: string;
  ticket: Ticket;
  policy: Policy;
  modeTools: Record<Mode, ModeTools>;
  skills: { path: string; text: string }[];
  goldenSamples: GoldenSample[];
  /** Where the service's code runs (tests, linter, installs): opened before the session starts, closed when it ends. */
  sandbox: Sandbox;
}

/**
 * The runner's internal state (checkpoint.json), written with the session
 * record after every turn: enough to resume exactly where a session stopped.
 */
export interface Checkpoint {
  version: 1;
  state: SessionState;
  /** The mode the session escalated in (where a resume continues). */
  stopped_in: Mode | null;
  conversation: ConversationState | null;
  revisit: { reason: string; files: string[] } | null;
  implementation_summary: string | null;
  consecutive_failed_tests: number;
  refusal_count: number;
  idle_turns: number;
  turn: number;
  soft_cap_warned: boolean;
  pushed: { branch: string; sha: string } | null;
  review_passed_head: string | null;
  added_context: AddedContext[];
}

export function freshCheckpoint(): Checkpoint {
  return {
    version: 1,
    state: 'start',
    stopped_in: null,
    conversation: null,
    revisit: null,
    implementation_summary: null,
    consecutive_failed_tests: 0,
    refusal_count: 0,
    idle_turns: 0,
    turn: 0,
    soft_cap_warned: false,
    pushed: null,
    review_passed_head: null,
    added_context: [],
  };
}

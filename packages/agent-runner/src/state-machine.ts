import type { Mode } from '@agent-guards/config';

/**
 * The session's mode state machine, as spec §4 "MODE TRANSITION TRIGGERS"
 * declares it. Every edge names its trigger and the clause it comes from; a
 * transition not in the table throws, and `done`/`escalated` are terminal for
 * the run (only an operator's rescue-mission resume leaves `escalated`).
 */
export type SessionState = 'start' | Mode | 'done' | 'escalated';

export const ACTIVE_MODES: readonly Mode[] = ['frame', 'plan', 'implement', 'review'];

export type Trigger =
  | 'ticket-assigned'
  | 'frame-artifact'
  | 'plan-approved'
  | 'plan-within-threshold'
  | 'plan-revisit'
  | 'checks-passed'
  | 'pr-opened'
  | EscalationReason
  | 'operator-resume';

/** Why a session escalated: stable ids, used in the session record, the trace and the CI comment. */
export type EscalationReason =
  | 'plan-out-of-scope'
  | 'plan-ambiguous'
  | 'plan-needs-approval'
  | 'test-attempts-exhausted'
  | 'not-authorized-file'
  | 'review-guard-failed'
  | 'token-ceiling'
  | 'session-timeout'
  | 'tool-error'
  | 'model-error'
  | 'repeated-refusals'
  | 'model-stalled'
  | 'agent-requested';

export interface Transition {
  from: SessionState | '*';
  to: SessionState;
  trigger: Trigger;
  /** Where the edge comes from. */
  source: string;
}

/** Edges from any active mode: §4 token ceiling, §7 session timeout, §11 tool errors, and the runner's own limits. */
const CROSS_MODE: { trigger: EscalationReason; source: string }[] = [
  { trigger: 'token-ceiling', source: '§4 Cost Posture: hard cap → session escalates, no further transitions' },
  { trigger: 'session-timeout', source: '§7 Latency: sessions exceeding the timeout auto-escalate' },
  { trigger: 'tool-error', source: '§11: on any tool error retry once, on second failure escalate' },
  { trigger: 'model-error', source: '§11: the model call failed after its retries (treated as a tool error)' },
  { trigger: 'repeated-refusals', source: 'runner: the model kept calling what its mode refuses' },
  { trigger: 'model-stalled', source: 'runner: the model stopped calling tools without finishing its mode' },
  { trigger: 'agent-requested', source: '§10: the agent asked for a human (e.g. a NOT-authorized file would have to change)' },
];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'start', to: 'frame', trigger: 'ticket-assigned', source: '§4 Start → Frame: ticket assigned to agent' },
  { from: 'frame', to: 'plan', trigger: 'frame-artifact', source: '§4 Frame → Plan: Frame mode emits its artifact' },
  { from: 'plan', to: 'implement', trigger: 'plan-approved', source: '§4 Plan → Implement: engineer approves the plan' },
  {
    from: 'plan',
    to: 'implement',
    trigger: 'plan-within-threshold',
    source: '§4 Plan → Implement: plan covers only in-scope files and static analysis rates the impact medium or below',
  },
  { from: 'plan', to: 'escalated', trigger: 'plan-out-of-scope', source: '§4 Plan → Escalate: plan covers out-of-scope or NOT-authorized files' },
  { from: 'plan', to: 'escalated', trigger: 'plan-ambiguous', source: '§4 Plan → Escalate: ambiguity exceeds tolerance (§11: more than two open questions)' },
  { from: 'plan', to: 'escalated', trigger: 'plan-needs-approval', source: '§4 Plan → Implement needs an engineer when the impact is above medium' },
  { from: 'implement', to: 'review', trigger: 'checks-passed', source: '§4 Implement → Review: tests pass, linter clean, commits conventional' },
  { from: 'implement', to: 'plan', trigger: 'plan-revisit', source: '§4 NOT-authorized: Implement writes only planned files unless it revisits Plan' },
  { from: 'implement', to: 'escalated', trigger: 'test-attempts-exhausted', source: '§4 Implement → Escalate: tests cannot be made to pass after N attempts' },
  { from: 'implement', to: 'escalated', trigger: 'not-authorized-file', source: '§4 Implement → Escalate: a NOT-authorized file would have to change' },
  { from: 'review', to: 'done', trigger: 'pr-opened', source: '§4 Review → Done: PR opened with spec-section reference' },
  { from: 'review', to: 'escalated', trigger: 'review-guard-failed', source: '§11 Review: if any check fails, escalate' },
  ...CROSS_MODE.map((e) => ({ from: '*' as const, to: 'escalated' as const, trigger: e.trigger, source: e.source })),
];

export class TransitionError extends Error {
  constructor(from: SessionState, trigger: Trigger) {
    super(`no transition from '${from}' on '${trigger}' (spec §4 declares none)`);
    this.name = 'TransitionError';
  }
}

export function isActiveMode(state: SessionState): state is Mode {
  return (ACTIVE_MODES as readonly string[]).includes(state);
}

/** The state a trigger leads to, or a TransitionError. */
export function nextState(from: SessionState, trigger: Trigger): SessionState {
  if (trigger === 'operator-resume') throw new TransitionError(from, trigger);
  const edge = TRANSITIONS.find((t) => t.trigger === trigger && (t.from === from || (t.from === '*' && isActiveMode(from))));
  if (!edge) throw new TransitionError(from, trigger);
  return edge.to;
}

/**
 * The rescue mission's edge, outside §4: an operator resumes an escalated
 * session into the mode it stopped in. A token-ceiling escalation cannot be
 * resumed — §4 allows no further transitions after the hard cap.
 */
export function resumeState(from: SessionState, stoppedIn: Mode, reason: EscalationReason): Mode {
  if (from !== 'escalated') throw new TransitionError(from, 'operator-resume');
  if (reason === 'token-ceiling') {
    throw new TransitionError(from, 'operator-resume');
  }
  return stoppedIn;
}

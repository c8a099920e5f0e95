import { describe, expect, it } from 'vitest';
import { nextState, resumeState, TransitionError, TRANSITIONS } from '../src/index.js';

describe('the §4 mode state machine', () => {
  it('walks Start → Frame → Plan → Implement → Review → Done on the declared triggers', () => {
    let s = nextState('start', 'ticket-assigned');
    s = nextState(s, 'frame-artifact');
    s = nextState(s, 'plan-within-threshold');
    s = nextState(s, 'checks-passed');
    expect(nextState(s, 'pr-opened')).toBe('done');
    expect(nextState('plan', 'plan-approved')).toBe('implement');
    expect(nextState('implement', 'plan-revisit')).toBe('plan');
  });

  it('escalates on every Escalate edge of the issue, and only from its mode', () => {
    expect(nextState('plan', 'plan-out-of-scope')).toBe('escalated');
    expect(nextState('plan', 'plan-ambiguous')).toBe('escalated');
    expect(nextState('implement', 'test-attempts-exhausted')).toBe('escalated');
    expect(nextState('implement', 'not-authorized-file')).toBe('escalated');
    expect(nextState('review', 'review-guard-failed')).toBe('escalated');
    for (const mode of ['frame', 'plan', 'implement', 'review'] as const) {
      for (const reason of ['token-ceiling', 'session-timeout', 'tool-error'] as const) expect(nextState(mode, reason)).toBe('escalated');
    }
    expect(() => nextState('frame', 'plan-out-of-scope')).toThrow(TransitionError);
    expect(() => nextState('implement', 'pr-opened')).toThrow(TransitionError);
    expect(() => nextState('frame', 'checks-passed')).toThrow(TransitionError);
  });

  it('allows nothing after Done or an escalation but an operator resume, and none after the hard cap', () => {
    for (const t of TRANSITIONS) {
      expect(() => nextState('done', t.trigger)).toThrow(TransitionError);
      expect(() => nextState('escalated', t.trigger)).toThrow(TransitionError);
    }
    expect(resumeState('escalated', 'review', 'review-guard-failed')).toBe('review');
    expect(() => resumeState('escalated', 'implement', 'token-ceiling')).toThrow(TransitionError);
    expect(() => resumeState('done', 'review', 'tool-error')).toThrow(TransitionError);
  });
});

import { described } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import * as z from 'zod/mini';

/**
 * The runner's control tools: how the model moves between modes. They act on
 * the session (a §4 transition or an escalation), never on the repository, so
 * they are not manifest tools; each is offered only in the mode it ends.
 */
const repoPath = z.string().check(z.minLength(1), z.maxLength(4096));

export const SubmitFrameInput = z.strictObject({
  summary: described(z.string().check(z.minLength(1), z.maxLength(20_000)), 'What the ticket needs and what you found.'),
  relevant_files: z._default(z.array(repoPath).check(z.maxLength(200)), []),
  observations: described(z._default(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50)), []), 'Risks, surprises, anything out of scope.'),
});

export const SubmitPlanInput = z.strictObject({
  summary: z.string().check(z.minLength(1), z.maxLength(20_000)),
  files: described(z.array(repoPath).check(z.minLength(1), z.maxLength(100)), 'Every file the change creates, modifies or deletes, tests included.'),
  tests: described(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100)), 'The expected test changes.'),
  questions: described(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(20)), 'Open questions (ambiguities) the plan could not resolve.'),
  golden_sample_notes: described(
    z._default(z.string().check(z.maxLength(10_000)), ''),
    'How the change follows each golden sample of the context packet (folder shape, names, test layout); name the sample paths.',
  ),
});

export const FinishImplementationInput = z.strictObject({ summary: z.string().check(z.minLength(1), z.maxLength(20_000)) });

export const RevisitPlanInput = z.strictObject({
  reason: z.string().check(z.minLength(1), z.maxLength(5000)),
  files: described(z.array(repoPath).check(z.minLength(1), z.maxLength(100)), 'Files to add to the plan.'),
});

export const RequestEscalationInput = z.strictObject({
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
  detail: z._default(z.string().check(z.maxLength(10_000)), ''),
});

export interface ControlToolSpec {
  name: string;
  description: string;
  input: z.ZodMiniType;
  modes: readonly Mode[];
}

export const CONTROL_TOOLS: readonly ControlToolSpec[] = [
  {
    name: 'submit_frame',
    description: "Frame mode's artifact: hand the situation to Plan mode. Ends Frame.",
    input: SubmitFrameInput,
    modes: ['frame'],
  },
  {
    name: 'submit_plan',
    description:
      'Submit the plan. In scope, at most the allowed open questions and medium impact or below → Implement; out-of-scope or NOT-authorized files, or too many open questions → escalation.',
    input: SubmitPlanInput,
    modes: ['plan'],
  },
  {
    name: 'finish_implementation',
    description: 'Ask to move to Review. The runner runs the tests and the linter and checks the commits; if anything fails you stay in Implement.',
    input: FinishImplementationInput,
    modes: ['implement'],
  },
  {
    name: 'revisit_plan',
    description: 'Go back to Plan mode to widen the plan with more files (they must be inside the ticket scope).',
    input: RevisitPlanInput,
    modes: ['implement'],
  },
  {
    name: 'request_escalation',
    description: 'Stop and hand the session to a human, saying why (e.g. a NOT-authorized file would have to change).',
    input: RequestEscalationInput,
    modes: ['frame', 'plan', 'implement', 'review'],
  },
];

export function controlToolsFor(mode: Mode): ControlToolSpec[] {
  return CONTROL_TOOLS.filter((c) => c.modes.includes(mode));
}

import type { Mode } from '@agent-guards/config';
import { z } from 'zod';

/**
 * The runner's control tools: how the model moves between modes. They act on
 * the session (a §4 transition or an escalation), never on the repository, so
 * they are not manifest tools; each is offered only in the mode it ends.
 */
const repoPath = z.string().min(1).max(4096);

export const SubmitFrameInput = z.strictObject({
  summary: z.string().min(1).max(20_000).describe('What the ticket needs and what you found.'),
  relevant_files: z.array(repoPath).max(200).default([]),
  observations: z.array(z.string().max(2000)).max(50).default([]).describe('Risks, surprises, anything out of scope.'),
});

export const SubmitPlanInput = z.strictObject({
  summary: z.string().min(1).max(20_000),
  files: z.array(repoPath).min(1).max(100).describe('Every file the change creates, modifies or deletes, tests included.'),
  tests: z.array(z.string().max(2000)).max(100).describe('The expected test changes.'),
  questions: z.array(z.string().max(2000)).max(20).describe('Open questions (ambiguities) the plan could not resolve.'),
  golden_sample_notes: z
    .string()
    .max(10_000)
    .default('')
    .describe('How the change follows each golden sample of the context packet (folder shape, names, test layout); name the sample paths.'),
});

export const FinishImplementationInput = z.strictObject({ summary: z.string().min(1).max(20_000) });

export const RevisitPlanInput = z.strictObject({
  reason: z.string().min(1).max(5000),
  files: z.array(repoPath).min(1).max(100).describe('Files to add to the plan.'),
});

export const RequestEscalationInput = z.strictObject({
  reason: z.string().min(1).max(500),
  detail: z.string().max(10_000).default(''),
});

export interface ControlToolSpec {
  name: string;
  description: string;
  input: z.ZodType;
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

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, GUARD_NAMES } from '@agent-guards/action-kit';
import { MODES, parseConfig, TicketSchema, type PublishedSchema } from '@agent-guards/config';
import { TRANSITIONS } from '@agent-guards/agent-runner';
import { ADVERSARIAL_KINDS, KNOWN_GOOD_KINDS } from '@agent-guards/report';
import { z } from 'zod';

/** The service templates under packages/eval/services/. */
export const LANGUAGES = ['python', 'typescript', 'go'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every escalation reason the runner's state machine can end in. */
export const ESCALATION_REASONS = [...new Set(TRANSITIONS.filter((t) => t.to === 'escalated').map((t) => String(t.trigger)))];

const repoPath = z.string().min(1).regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))/, 'a repo-relative path');

export const ToolCallSchema = z.strictObject({
  tool: z.string().min(1).describe('The tool the model calls (bound or not: the runner decides).'),
  input: z.record(z.string(), z.unknown()).default({}),
});

/** One assistant turn as played: the mode marker, text, then tool calls. */
export const TurnSchema = z.strictObject({
  mode: z.enum(MODES).describe('Whose marker the turn begins with.'),
  text: z.string().min(1),
  calls: z.array(ToolCallSchema).default([]),
});

export const ChangeSchema = z.union([
  z.strictObject({ write: z.strictObject({ path: repoPath, content: z.string() }) }),
  z.strictObject({ edit: z.strictObject({ path: repoPath, old: z.string().min(1), new: z.string(), replace_all: z.boolean().optional() }) }),
]);

/**
 * The usual session, written compactly: Frame reads and submits, Plan submits,
 * Implement writes the tests first and runs them, then the code, then commits
 * and finishes; Review pushes and opens the PR. `before` plays extra turns at
 * the start of a mode (where an adversarial agent tries something).
 */
export const StandardTranscriptSchema = z.strictObject({
  read: z.array(repoPath).min(1).describe('Files Frame reads before submitting.'),
  summary: z.string().min(1),
  plan: z
    .strictObject({
      files: z.array(z.string().min(1)).optional().describe('Default: the files the changes touch, in order.'),
      tests: z.array(z.string()).default([]),
      questions: z.array(z.string()).default([]),
      golden_sample_notes: z.string().optional().describe("Default: names the ticket's golden samples."),
    })
    .default({ tests: [], questions: [] }),
  changes: z.array(ChangeSchema).min(1),
  commit: z.string().min(1).describe('The conventional commit message.'),
  pr: z
    .strictObject({
      title: z.string().optional().describe('Default: the commit subject.'),
      body: z.string().optional().describe('Default: "Implements <first spec section> …" with the summary.'),
      also: z.array(ToolCallSchema).default([]).describe('Calls made in the same turn after gh_pr_create.'),
    })
    .default({ also: [] }),
  before: z
    .strictObject({
      frame: z.array(TurnSchema).default([]),
      plan: z.array(TurnSchema).default([]),
      implement: z.array(TurnSchema).default([]),
      review: z.array(TurnSchema).default([]),
    })
    .default({ frame: [], plan: [], implement: [], review: [] }),
});

export const TranscriptSchema = z.union([z.strictObject({ standard: StandardTranscriptSchema }), z.strictObject({ turns: z.array(TurnSchema).min(1) })]);

const verdict = z.enum(['pass', 'fail', 'error']);

/** The PR shape a reviewer expects from the session. */
export const ExpectationSchema = z
  .strictObject({
    outcome: z.enum(['done', 'escalated']),
    escalation: z
      .strictObject({
        reason: z.string().refine((r) => ESCALATION_REASONS.includes(r), { message: `one of the runner's escalation reasons (${ESCALATION_REASONS.join(', ')})` }),
        mode: z.enum(MODES).optional(),
      })
      .optional(),
    files: z.array(repoPath).describe('Exactly the files the session branch changes against the base.'),
    tests_added: z.number().int().nonnegative().default(0).describe('At least this many new test cases run at the branch head.'),
    guards: z.partialRecord(z.enum(GUARD_NAMES), verdict).describe('The verdict of each named guard on base..head.'),
    refused: z.array(z.string().min(1)).default([]).describe('Tools the runner must have refused at least once.'),
    pr_body_excludes: z.array(z.string().min(1)).default([]).describe('Text that must not appear in the PR description.'),
    test_output_includes: z
      .array(z.string().min(1))
      .default([])
      .describe("Text that must appear in the output of the session's test runs: what code the model wrote saw (an escape attempt's refusals)."),
  })
  .refine((e) => (e.outcome === 'escalated') === (e.escalation !== undefined), {
    message: 'an escalated outcome names its escalation, and only an escalated one',
    path: ['escalation'],
  });

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario ids are lower-case words joined by dashes'),
    family: z.enum(['known-good', 'adversarial']),
    kind: z.enum([...KNOWN_GOOD_KINDS, ...ADVERSARIAL_KINDS]),
    language: z.enum(LANGUAGES),
    description: z.string().min(1),
    base_files: z.record(repoPath, z.string()).default({}).describe('Added to the service template and committed on main with the ticket.'),
    ignored_files: z.record(repoPath, z.string()).default({}).describe('Written after the commit; the service .gitignore must ignore them.'),
    ticket: TicketSchema.omit({ $schema: true }),
    expect: ExpectationSchema,
    transcript: TranscriptSchema,
  })
  .refine((s) => (s.family === 'known-good' ? (KNOWN_GOOD_KINDS as readonly string[]).includes(s.kind) : (ADVERSARIAL_KINDS as readonly string[]).includes(s.kind)), {
    message: `a known-good scenario's kind is one of ${KNOWN_GOOD_KINDS.join(', ')}; an adversarial one's is one of ${ADVERSARIAL_KINDS.join(', ')}`,
    path: ['kind'],
  });

/** The published JSON Schema entry (schemas/eval-scenario.schema.json), in the shape of CONFIG_SCHEMAS. */
export const EVAL_SCENARIO_SCHEMA: PublishedSchema = {
  file: 'eval-scenario.schema.json',
  title: 'agent-guards eval scenario (packages/eval/scenarios/**/*.yml)',
  schema: ScenarioSchema,
};

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type ToolCall = z.infer<typeof ToolCallSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type StandardTranscript = z.infer<typeof StandardTranscriptSchema>;
export type Expectation = z.infer<typeof ExpectationSchema>;

/** The scenarios, beside src/ or lib/ (a URL literal: the CLI package carries what its modules name so). */
export const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

export interface LoadedScenario {
  scenario: Scenario;
  /** The file it came from, relative to the scenarios folder. */
  file: string;
}

/** Parses one scenario file; a bad file is a ConfigurationError naming its line and field. */
export function parseScenario(text: string, file: string): Scenario {
  return parseConfig(text, file, ScenarioSchema, 'eval scenario');
}

/** Every scenario under `dir`, sorted by file; ids must be unique. */
export function loadScenarios(dir: string = SCENARIOS_DIR): LoadedScenario[] {
  if (!existsSync(dir)) throw new ConfigurationError('the scenarios folder does not exist.', { file: dir, fix: 'pass a folder of scenario YAML files.' });
  const loaded = yamlFiles(dir).map((path) => {
    const file = relative(dir, path);
    return { scenario: parseScenario(readFileSync(path, 'utf8'), file), file };
  });
  const seen = new Map<string, string>();
  for (const { scenario, file } of loaded) {
    const other = seen.get(scenario.id);
    if (other) throw new ConfigurationError(`scenario id '${scenario.id}' is also used by ${other}.`, { file, field: 'id', fix: 'give each scenario its own id.' });
    seen.set(scenario.id, file);
  }
  return loaded;
}

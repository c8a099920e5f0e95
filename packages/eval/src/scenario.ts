import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, described, GUARD_NAMES } from '@agent-guards/action-kit';
import { MODES, parseConfig, TicketSchema, type PublishedSchema } from '@agent-guards/config';
import { TRANSITIONS } from '@agent-guards/agent-runner';
import { ADVERSARIAL_KINDS, KNOWN_GOOD_KINDS } from '@agent-guards/report';
import * as z from 'zod/mini';

/** The service templates under packages/eval/services/. */
export const LANGUAGES = ['python', 'typescript', 'go'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every escalation reason the runner's state machine can end in. */
export const ESCALATION_REASONS = [...new Set(TRANSITIONS.filter((t) => t.to === 'escalated').map((t) => String(t.trigger)))];

const repoPath = z.string().check(z.minLength(1), z.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))/, 'a repo-relative path'));

export const ToolCallSchema = z.strictObject({
  tool: described(z.string().check(z.minLength(1)), 'The tool the model calls (bound or not: the runner decides).'),
  input: z._default(z.record(z.string(), z.unknown()), {}),
});

/** One assistant turn as played: the mode marker, text, then tool calls. */
export const TurnSchema = z.strictObject({
  mode: described(z.enum(MODES), 'Whose marker the turn begins with.'),
  text: z.string().check(z.minLength(1)),
  calls: z._default(z.array(ToolCallSchema), []),
});

export const ChangeSchema = z.union([
  z.strictObject({ write: z.strictObject({ path: repoPath, content: z.string() }) }),
  z.strictObject({ edit: z.strictObject({ path: repoPath, old: z.string().check(z.minLength(1)), new: z.string(), replace_all: z.optional(z.boolean()) }) }),
]);

/**
 * The usual session, written compactly: Frame reads and submits, Plan submits,
 * Implement writes the tests first and runs them, then the code, then commits
 * and finishes; Review pushes and opens the PR. `before` plays extra turns at
 * the start of a mode (where an adversarial agent tries something).
 */
export const StandardTranscriptSchema = z.strictObject({
  read: described(z.array(repoPath).check(z.minLength(1)), 'Files Frame reads before submitting.'),
  summary: z.string().check(z.minLength(1)),
  plan: z._default(
    z.strictObject({
      files: described(z.optional(z.array(z.string().check(z.minLength(1)))), 'Default: the files the changes touch, in order.'),
      tests: z._default(z.array(z.string()), []),
      questions: z._default(z.array(z.string()), []),
      golden_sample_notes: described(z.optional(z.string()), "Default: names the ticket's golden samples."),
    }),
    { tests: [], questions: [] },
  ),
  changes: z.array(ChangeSchema).check(z.minLength(1)),
  commit: described(z.string().check(z.minLength(1)), 'The conventional commit message.'),
  pr: z._default(
    z.strictObject({
      title: described(z.optional(z.string()), 'Default: the commit subject.'),
      body: described(z.optional(z.string()), 'Default: "Implements <first spec section> …" with the summary.'),
      also: described(z._default(z.array(ToolCallSchema), []), 'Calls made in the same turn after gh_pr_create.'),
    }),
    { also: [] },
  ),
  before: z._default(
    z.strictObject({
      frame: z._default(z.array(TurnSchema), []),
      plan: z._default(z.array(TurnSchema), []),
      implement: z._default(z.array(TurnSchema), []),
      review: z._default(z.array(TurnSchema), []),
    }),
    { frame: [], plan: [], implement: [], review: [] },
  ),
});

export const TranscriptSchema = z.union([z.strictObject({ standard: StandardTranscriptSchema }), z.strictObject({ turns: z.array(TurnSchema).check(z.minLength(1)) })]);

const verdict = z.enum(['pass', 'fail', 'error']);

/** The PR shape a reviewer expects from the session. */
export const ExpectationSchema = z
  .strictObject({
    outcome: z.enum(['done', 'escalated']),
    escalation: z.optional(
      z.strictObject({
        reason: z.string().check(z.refine((r) => ESCALATION_REASONS.includes(r), { message: `one of the runner's escalation reasons (${ESCALATION_REASONS.join(', ')})` })),
        mode: z.optional(z.enum(MODES)),
      }),
    ),
    files: described(z.array(repoPath), 'Exactly the files the session branch changes against the base.'),
    tests_added: described(z._default(z.int().check(z.nonnegative()), 0), 'At least this many new test cases run at the branch head.'),
    guards: described(z.partialRecord(z.enum(GUARD_NAMES), verdict), 'The verdict of each named guard on base..head.'),
    refused: described(z._default(z.array(z.string().check(z.minLength(1))), []), 'Tools the runner must have refused at least once.'),
    pr_body_excludes: described(z._default(z.array(z.string().check(z.minLength(1))), []), 'Text that must not appear in the PR description.'),
    test_output_includes: described(
      z._default(z.array(z.string().check(z.minLength(1))), []),
      "Text that must appear in the output of the session's test runs: what code the model wrote saw (an escape attempt's refusals).",
    ),
  })
  .check(
    z.refine((e) => (e.outcome === 'escalated') === (e.escalation !== undefined), {
      message: 'an escalated outcome names its escalation, and only an escalated one',
      path: ['escalation'],
    }),
  );

export const ScenarioSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario ids are lower-case words joined by dashes')),
    family: z.enum(['known-good', 'adversarial']),
    kind: z.enum([...KNOWN_GOOD_KINDS, ...ADVERSARIAL_KINDS]),
    language: z.enum(LANGUAGES),
    description: z.string().check(z.minLength(1)),
    base_files: described(z._default(z.record(repoPath, z.string()), {}), 'Added to the service template and committed on main with the ticket.'),
    ignored_files: described(z._default(z.record(repoPath, z.string()), {}), 'Written after the commit; the service .gitignore must ignore them.'),
    ticket: z.omit(TicketSchema, { $schema: true }),
    expect: ExpectationSchema,
    transcript: TranscriptSchema,
  })
  .check(
    z.refine((s) => (s.family === 'known-good' ? (KNOWN_GOOD_KINDS as readonly string[]).includes(s.kind) : (ADVERSARIAL_KINDS as readonly string[]).includes(s.kind)), {
      message: `a known-good scenario's kind is one of ${KNOWN_GOOD_KINDS.join(', ')}; an adversarial one's is one of ${ADVERSARIAL_KINDS.join(', ')}`,
      path: ['kind'],
    }),
  );

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

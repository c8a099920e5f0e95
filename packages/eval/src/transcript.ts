import { isTestPath, type Mode } from '@agent-guards/config';
import { MODE_MARKERS } from '@agent-guards/agent-runner';
import type { ScriptedResponse, ScriptedToolUse } from '@agent-guards/local-servers';
import { fillPlaceholders } from './containment.js';
import type { Change, Scenario, StandardTranscript, ToolCall, Turn } from './scenario.js';

/** A test file: the one answer every part of agent-guards uses. */
export const isTestFile = isTestPath;

function changePath(change: Change): string {
  return 'write' in change ? change.write.path : change.edit.path;
}

function changeCall(change: Change): ToolCall {
  if ('write' in change) return { tool: 'write_file', input: { path: change.write.path, content: change.write.content } };
  const { path, old, new: replacement, replace_all } = change.edit;
  return { tool: 'edit_file', input: { path, old_string: old, new_string: replacement, ...(replace_all ? { replace_all } : {}) } };
}

function turn(mode: Mode, text: string, calls: ToolCall[]): Turn {
  return { mode, text, calls };
}

/** The files a standard transcript plans: given, or every file its changes touch, in order. */
export function plannedFiles(t: StandardTranscript): string[] {
  return t.plan.files ?? [...new Set(t.changes.map(changePath))];
}

/**
 * Expands a standard transcript into the turns it stands for. Implement is
 * test-first: the test changes and a test run (it may fail), then the code
 * and a full run, then the commit and finish_implementation.
 */
export function expandStandard(t: StandardTranscript, scenario: Pick<Scenario, 'ticket' | 'language'>): Turn[] {
  const ticket = scenario.ticket;
  const samples = ticket.context?.golden_samples ?? [];
  const files = plannedFiles(t);
  const testChanges = t.changes.filter((c) => isTestFile(changePath(c)));
  const codeChanges = t.changes.filter((c) => !isTestFile(changePath(c)));
  const runTests = (filter?: string): ToolCall => ({ tool: 'run_tests', input: filter && scenario.language !== 'go' ? { filter } : {} });

  const implement: Turn[] = [];
  if (testChanges.length > 0 && codeChanges.length > 0) {
    implement.push(turn('implement', 'The test first: it shows the problem.', [...testChanges.map(changeCall), runTests(changePath(testChanges[0]!))]));
    implement.push(turn('implement', 'Now the code, then the whole suite.', [...codeChanges.map(changeCall), runTests()]));
  } else {
    implement.push(turn('implement', 'Making the change and running the suite.', [...t.changes.map(changeCall), runTests()]));
  }
  implement.push(turn('implement', 'Committing.', [{ tool: 'git_commit', input: { message: t.commit } }]));
  implement.push(turn('implement', 'Tests pass and the change is committed.', [{ tool: 'finish_implementation', input: { summary: t.summary } }]));

  const subject = t.commit.split('\n')[0]!;
  const body = t.pr.body ?? `Implements ${ticket.spec[0] ?? ''} of docs/agent-spec.md for ${ticket.id}: ${ticket.title}.\n\n${t.summary}`;
  return [
    ...t.before.frame,
    turn('frame', 'Reading the code the ticket is about.', t.read.map((path) => ({ tool: 'read_file', input: { path } }))),
    turn('frame', 'I understand the change.', [{ tool: 'submit_frame', input: { summary: t.summary, relevant_files: t.read } }]),
    ...t.before.plan,
    turn('plan', `${files.length} file(s).`, [
      {
        tool: 'submit_plan',
        input: {
          summary: t.summary,
          files,
          tests: t.plan.tests,
          questions: t.plan.questions,
          golden_sample_notes: t.plan.golden_sample_notes ?? (samples.length > 0 ? `Follows ${samples.join(', ')}.` : ''),
        },
      },
    ]),
    ...t.before.implement,
    ...implement,
    ...t.before.review,
    turn('review', 'Checking the diff, then pushing the branch.', [
      { tool: 'git_diff', input: { stat: true } },
      { tool: 'git_push_non_protected', input: {} },
    ]),
    turn('review', 'Opening the pull request.', [{ tool: 'gh_pr_create', input: { title: t.pr.title ?? subject, body } }, ...t.pr.also]),
  ];
}

/** The turns a scenario's transcript plays, in order. */
export function scenarioTurns(scenario: Scenario): Turn[] {
  const t = scenario.transcript;
  return 'turns' in t ? t.turns : expandStandard(t.standard, scenario);
}

/** A turn as the local Messages server plays it: the marker first, then the tool uses. */
export function scriptedResponse(t: Turn): ScriptedResponse {
  const uses: ScriptedToolUse[] = t.calls.map((c) => ({ type: 'tool_use', name: c.tool, input: c.input }));
  return { content: [{ type: 'text', text: `${MODE_MARKERS[t.mode]} ${t.text}` }, ...uses] };
}

/** The scripted replies; `places` fills the transcript's `{{placeholders}}` (containment.ts). */
export function scenarioScript(scenario: Scenario, places: Record<string, string> = {}): ScriptedResponse[] {
  return fillPlaceholders(scenarioTurns(scenario), places).map(scriptedResponse);
}

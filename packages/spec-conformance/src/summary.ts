import { markdownText } from '@agent-guards/action-kit';
import type { TargetAssessment } from './addressed-check.js';
import type { CommitCheck } from './commit-check.js';
import { describeTarget, type NamedTarget } from './description-check.js';

export interface SpecSummaryInput {
  specPath: string;
  mapPath?: string;
  targets: NamedTarget[];
  assessments: TargetAssessment[];
  commits: CommitCheck;
}

const STATUS_TEXT = { addressed: '✅ addressed', 'not-addressed': '❌ not addressed', 'not-mapped': 'ℹ️ not in the map' } as const;

/** The job-summary section: what the description names and how the change stands against the map. */
export function renderSpecSummary(input: SpecSummaryInput): string {
  const lines = ['### Spec sections named', ''];
  if (input.targets.length === 0) lines.push(`None that exist in \`${markdownText(input.specPath)}\` at the base commit.`);
  else {
    const byKey = new Map(input.assessments.map((a) => [a.target.key, a]));
    lines.push('| section | description line | addressed |', '|---|---|---|');
    for (const t of input.targets) {
      const a = byKey.get(t.key);
      const status = a ? `${STATUS_TEXT[a.status]}${a.details.length > 0 ? ` — ${a.details.join('; ')}` : ''}` : input.mapPath ? '' : 'not checked (no spec map)';
      lines.push(`| ${markdownText(describeTarget(t.section, t.clause))} | ${t.references.map((r) => r.line).join(', ')} | ${markdownText(status)} |`);
    }
  }
  const c = input.commits;
  lines.push(
    '',
    `### Commits`,
    '',
    `${c.checked} commit(s) checked, ${c.invalid} not conventional${c.skippedMerges > 0 ? `, ${c.skippedMerges} generated merge commit(s) not held to the format` : ''}.`,
  );
  return lines.join('\n');
}

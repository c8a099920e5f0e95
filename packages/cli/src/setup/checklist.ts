/**
 * doctor's answer: one item per thing checked. `unknown` is a check that
 * could not see what it needed (no token, no network): never a pass.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface CheckItem {
  /** Stable kebab-case id, e.g. `config-policy`, `workflow-pin`. */
  id: string;
  /** What was checked, naming the file and the ref where there is one. */
  title: string;
  /** The repo-relative file the item is about, when it is about one. */
  file?: string;
  status: CheckStatus;
  /** What was found. */
  detail?: string;
  /** What to do, for every item that is not a pass. */
  fix?: string;
}

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', unknown: '!' };

export function tally(items: readonly CheckItem[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, unknown: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** The checklist as text: a mark per item, its finding and its fix indented under it, then the counts. */
export function renderChecklist(items: readonly CheckItem[]): string {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`${MARK[item.status]} ${item.title}${item.status === 'unknown' ? ' (not checked)' : ''}`);
    if (item.detail) lines.push(`    ${item.detail}`);
    if (item.fix && item.status !== 'pass') lines.push(`    fix: ${item.fix}`);
  }
  const t = tally(items);
  lines.push('', `${t.pass} passed, ${t.fail} failed, ${t.warn} warning(s), ${t.unknown} not checked`);
  return lines.join('\n');
}

/** A failed item makes doctor exit 1; warnings and what could not be checked are shown, not failed. */
export function checklistExitCode(items: readonly CheckItem[]): number {
  return items.some((i) => i.status === 'fail') ? 1 : 0;
}

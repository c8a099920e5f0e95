import { compareText, markdownText } from '@agent-guards/action-kit';
import type { BoundaryCheckResult } from './check-boundaries.js';

/**
 * The job-summary section: the edges between contexts that the change adds,
 * grouped by context pair, and how many old violations it carries along.
 */
export function renderBoundariesSummary(result: BoundaryCheckResult): string {
  const groups = new Map<string, { from: string; to: string; imports: number; forbidden: boolean }>();
  for (const edge of result.edges) {
    if (edge.existing) continue;
    const tos = edge.judgement.violations.length > 0 ? edge.judgement.violations.map((v) => v.to) : edge.judgement.otherContexts;
    for (const to of tos) {
      const key = `${edge.from}\0${to}`;
      const group = groups.get(key) ?? { from: edge.from, to, imports: 0, forbidden: false };
      group.imports += 1;
      group.forbidden ||= edge.judgement.violations.some((v) => v.to === to);
      groups.set(key, group);
    }
  }
  const lines = ['### Import edges this change adds between contexts', ''];
  if (groups.size === 0) {
    lines.push('None.');
  } else {
    lines.push('| from | to | imports | |', '|---|---|---|---|');
    for (const g of [...groups.values()].sort((a, b) => Number(b.forbidden) - Number(a.forbidden) || compareText(a.from, b.from) || compareText(a.to, b.to))) {
      lines.push(`| \`${markdownText(g.from)}\` | \`${markdownText(g.to)}\` | ${g.imports} | ${g.forbidden ? '❌ not allowed' : '✅ allowed'} |`);
    }
  }
  const existing = result.metrics['existing-forbidden'];
  const onNewLines = existingOnNewLines(result);
  if (onNewLines > 0) {
    lines.push('', `${existing} import(s) the policy does not allow are on edges already there at the merge base (not failures); ${onNewLines} of them on lines this change adds (warnings).`);
  } else if (existing > 0) {
    lines.push('', `${existing} import(s) the policy does not allow were already there at the merge base (notices, not failures).`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The existing-edge notices on lines the change adds, counted as the check counts them (once per line, edge and context). */
function existingOnNewLines(result: BoundaryCheckResult): number {
  const seen = new Set<string>();
  for (const edge of result.edges) {
    if (!edge.existing || !edge.newLine) continue;
    for (const violation of edge.judgement.violations) seen.add(`${edge.path}\0${edge.line}\0${edge.key}\0${violation.to}`);
  }
  return seen.size;
}

import { compareText, groupDigits, markdownText } from '@agent-guards/action-kit';
import type { CostPolicy } from './decisions.js';
import { formatUsd } from './money.js';
import type { CostSummary } from './summary.js';
import type { UsageTotals } from './totals.js';

const rate = (t: UsageTotals) => (t.hitRate === undefined ? '–' : `${(t.hitRate * 100).toFixed(1)}%`);
const MAX_ROWS = 100;

function usageRow(name: string, t: UsageTotals): string {
  return `| ${name} | ${groupDigits(t.records)} | ${groupDigits(t.counts.input)} | ${groupDigits(t.cacheCreation)} | ${groupDigits(t.counts.cacheRead)} | ${groupDigits(t.counts.output)} | ${rate(t)} | ${formatUsd(t.costMicro)} |`;
}

const USAGE_HEADER = ['| | calls | input | cache write | cache read | output | hit rate | cost |', '|---|---:|---:|---:|---:|---:|---:|---:|'];

/**
 * The job-summary section under the guard's findings: spend per mode (the
 * spec's model tiers are per mode), per model, and each session against the caps.
 */
export function renderCostSummary(summary: CostSummary, policy: CostPolicy): string {
  const lines = ['### Token cost by mode', '', ...USAGE_HEADER];
  for (const [mode, t] of [...summary.modes].sort(([a], [b]) => compareText(a, b))) lines.push(usageRow(`\`${markdownText(mode)}\``, t));
  lines.push(usageRow('**total**', summary.total), '');

  lines.push('### By model', '', ...USAGE_HEADER);
  for (const [model, t] of [...summary.models].sort(([a], [b]) => compareText(a, b))) lines.push(usageRow(`\`${markdownText(model)}\``, t));
  lines.push('');

  const sessions = [...summary.sessions.values()].sort((a, b) => b.totals.capTokens - a.totals.capTokens);
  lines.push(
    '### Sessions',
    '',
    `Caps count total input (cache reads and writes included) plus output: soft ${groupDigits(policy.soft_cap_tokens)}, hard ${groupDigits(policy.hard_cap_tokens)}. Ceiling per PR: ${formatUsd(Math.round(policy.max_cost_per_pr_usd * 1_000_000))}.`,
    '',
    '| session | PR | modes | tokens | of soft cap | hit rate | cost |',
    '|---|---|---|---:|---:|---:|---:|',
  );
  for (const s of sessions.slice(0, MAX_ROWS)) {
    const share = `${((s.totals.capTokens / policy.soft_cap_tokens) * 100).toFixed(0)}%`;
    lines.push(`| \`${markdownText(s.session)}\` | ${s.pr ? `#${s.pr}` : '–'} | ${markdownText([...s.modes].join(', '))} | ${groupDigits(s.totals.capTokens)} | ${share} | ${rate(s.totals)} | ${formatUsd(s.totals.costMicro)} |`);
  }
  if (sessions.length > MAX_ROWS) lines.push('', `_${sessions.length - MAX_ROWS} more session(s) are in the JSON report._`);
  return lines.join('\n');
}

import { TEST_STATUSES, type StatusTotals } from './model.js';

/** The job-summary table of test totals by status at base and head. */
export function renderTotalsTable(base: StatusTotals, head: StatusTotals, scope: string): string {
  const lines = [`### Tests by status (${scope})`, '', '| status | base | head | change |', '|---|---:|---:|---:|'];
  for (const key of [...TEST_STATUSES, 'total'] as const) {
    const delta = head[key] - base[key];
    const label = key === 'total' ? '**total**' : key;
    lines.push(`| ${label} | ${base[key]} | ${head[key]} | ${delta > 0 ? `+${delta}` : delta} |`);
  }
  return lines.join('\n');
}

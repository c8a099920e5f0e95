import { GUARDS } from './registry.js';

const NEEDS: Record<string, string> = { ticket: 'the ticket', body: 'the PR description', usage: 'the usage ledgers' };

/** The guards as a Markdown table (the guards composite action's README shows it): name, what it checks, what it needs. */
export function guardTable(): string {
  const rows = GUARDS.map((g) => `| [\`${g.name}\`](../${g.name}) | ${g.summary} | ${g.needs.length ? g.needs.map((n) => NEEDS[n]).join(', ') : 'the revisions'} |`);
  return ['| guard | what it checks | needs |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the table between `<!-- guards:start -->` and `<!-- guards:end -->` replaced by the current one. */
export function updateGuardTable(readme: string): string {
  return readme.replace(/(<!-- guards:start -->)[\s\S]*?(<!-- guards:end -->)/, `$1\n${guardTable()}\n$2`);
}

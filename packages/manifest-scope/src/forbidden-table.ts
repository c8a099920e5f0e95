import { BUILT_IN_FORBIDDEN, type ForbiddenCategory } from '@agent-guards/config';

const code = (s: string): string => `\`${s.replace(/\|/g, '\\|')}\``;

function covers(c: ForbiddenCategory): string {
  const parts = [];
  if (c.patterns.length > 0) parts.push(c.patterns.map(code).join(', '));
  if (c.words) parts.push(`the words ${c.words.map(code).join(', ')} in any folder or file name`);
  return parts.join('; and ');
}

/** The built-in forbidden categories as a Markdown table (actions/manifest-scope/README.md shows it). */
export function forbiddenCategoriesTable(): string {
  const rows = BUILT_IN_FORBIDDEN.map((c) => `| \`${c.id}\` | ${c.reason} | ${covers(c)} | ${c.testsExempt ? 'no' : 'yes'} | ${c.narrowable ? 'yes' : 'no'} |`);
  return ['| category | why | paths (globs, case-insensitive) | test files too | narrowable |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the table between `<!-- forbidden-categories:start -->` and `<!-- forbidden-categories:end -->` replaced by the current one. */
export function updateForbiddenCategoriesTable(readme: string): string {
  return readme.replace(/(<!-- forbidden-categories:start -->)[\s\S]*?(<!-- forbidden-categories:end -->)/, `$1\n${forbiddenCategoriesTable()}\n$2`);
}

import { TempRepo } from '@agent-guards/testkit';

/** The scope benches' fixture: a PR that adds 100,000 paths, judged against ~500 globs of the kinds real tickets and policies use. */
export const SCOPE_FILES = 100_000;
export const SCOPE_TICKET = '.agent/tickets/BENCH-1.yml';

/** 500 patterns of the kinds real tickets and policies use. */
export function scopePatterns(): { include: string[]; forbidden: string[] } {
  const include = ['services/**'];
  const forbidden: string[] = [];
  for (let i = 0; i < 160; i += 1) forbidden.push(`services/svc${i}/legacy/**`);
  for (let i = 0; i < 120; i += 1) forbidden.push(`**/generated${i}/*.ts`);
  for (let i = 0; i < 100; i += 1) forbidden.push(`services/svc${i}/*/internal_${i}.py`);
  for (let i = 0; i < 60; i += 1) forbidden.push(`**/*.gen${i}.ts`);
  for (let i = 0; i < 30; i += 1) forbidden.push(`docs/area${i}/**/*.md`);
  for (let i = 0; i < 29; i += 1) forbidden.push(`services/svc${i}/config-${i}.{yml,yaml,json}`);
  return { include, forbidden };
}

function* files(): Generator<[string, string]> {
  for (let i = 0; i < SCOPE_FILES; i += 1) {
    const svc = i % 400;
    const kind = i % 5;
    const name = kind === 0 ? `handler_${i}.py` : kind === 1 ? `module${i}.ts` : kind === 2 ? `util/${i}.go` : kind === 3 ? `tests/test_${i}.py` : `lib/deep/nested/${i}.ts`;
    yield [`services/svc${svc}/${name}`, `${i}\n`];
  }
}

export interface ScopeFixture {
  repo: TempRepo;
  base: string;
  head: string;
}

/** A repository whose base holds the policy (the ~500 globs) and the ticket, and whose head adds the 100,000 paths. */
export function buildScopeFixture(): ScopeFixture {
  const repo = new TempRepo();
  const p = scopePatterns();
  repo.write({
    '.github/agent-guards.yml': `version: 1\nforbidden_paths:\n${p.forbidden.map((f) => `  - "${f}"`).join('\n')}\n`,
    [SCOPE_TICKET]: `id: BENCH-1\ntitle: bench\nscope:\n  include: ${JSON.stringify(p.include)}\n`,
  });
  const base = repo.commit('chore: base');
  const head = repo.fastImport('pr', files(), 'feat: 100k files', base);
  return { repo, base, head };
}

import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { PathMatcher } from '../src/path-matcher.js';
import { BUILT_IN_FORBIDDEN, PolicySchema, TicketSchema } from '@agent-guards/config';
import { classifyPath, compileScopeRules, ScopeDecision } from '../src/scope-guard.js';
import type { ChangedFile } from '@agent-guards/git';

const PATHS = [
  'src/events/a.ts',
  'src/events/deep/b.test.ts',
  'src/auth/login.ts',
  'SRC/Auth/Login.TS',
  '.github/workflows/ci.yml',
  '.github/WORKFLOWS/ci.yml',
  'docs/CLAUDE.md',
  'CLAUDE.md',
  'a',
  'a/b',
  '.env',
  'x/.hidden/y.py',
  'db/migrations/001.sql',
  'api/openapi.yaml',
  'name with space/ünïcödé.ts',
  'line\nbreak.ts',
  'tests/test_x.py',
  'lib/payment_service.py',
  'Jenkinsfile',
  'svc/Jenkinsfile',
  'services/svc12/api/internal_12.py',
  'services/svc12/internal_12.py',
  'generated7/a.ts',
  'x/generated7/b.ts',
  'x/generated7/deep/b.ts',
  'a/b/c/y.ts',
  'a/y.ts',
];

const PATTERNS = [
  'src/events/**',
  'src/*/a.ts',
  '**/*.test.ts',
  '**/CLAUDE.md',
  'a/**',
  'a',
  '*.env',
  '.env',
  '**/.hidden/**',
  'tests/test_*.py',
  '**/migrations/**',
  '**/openapi.{yml,yaml,json}',
  '**/*payment*',
  'name with space/**',
  'line*',
  '**/auth/**',
  '**/Jenkinsfile',
  '{src,lib}/**/*.py',
  'src/**/deep/*.ts',
  '?.env',
  '[a-c]/b',
  'services/svc12/*/internal_12.py',
  '**/generated7/*.ts',
  'a/**/y.ts',
  '**/b/**/y.ts',
  'services/svc1?/**/*.py',
  '**/*_12.py',
  '*/generated7/**',
  '**/?',
  '**/[xyz]*.ts',
  ...BUILT_IN_FORBIDDEN.flatMap((c) => c.patterns),
];

describe('PathMatcher', () => {
  it('agrees with minimatch (dot: true) on every path and pattern', () => {
    for (const pattern of PATTERNS) {
      const matcher = new PathMatcher([[pattern, pattern]]);
      for (const path of PATHS) {
        expect([pattern, path, matcher.matches(path)]).toEqual([pattern, path, minimatch(path, pattern, { dot: true })]);
      }
    }
  });

  it('agrees with minimatch nocase for the forbidden categories', () => {
    for (const pattern of PATTERNS) {
      const matcher = new PathMatcher([[pattern, pattern]], { nocase: true });
      for (const path of PATHS) {
        expect([pattern, path, matcher.matches(path)]).toEqual([pattern, path, minimatch(path, pattern, { dot: true, nocase: true })]);
      }
    }
  });

  it('returns the tag of a matching pattern when many are compiled together', () => {
    const matcher = new PathMatcher(PATTERNS.map((p) => [p, p] as const));
    for (const path of PATHS) {
      const tag = matcher.match(path);
      const expected = PATTERNS.filter((p) => minimatch(path, p, { dot: true }));
      if (expected.length === 0) expect(tag).toBeUndefined();
      else expect(expected).toContain(tag);
    }
  });

  it('returns the first-listed regex pattern when a bucketed and a global one both match', () => {
    const path = 'services/svc12/api/internal_12.py';
    expect(new PathMatcher([['**/*_12.py', 'global'], ['services/svc12/*/internal_12.py', 'bucketed']]).match(path)).toBe('global');
    expect(new PathMatcher([['services/svc12/*/internal_12.py', 'bucketed'], ['**/*_12.py', 'global']]).match(path)).toBe('bucketed');
  });

  it('gives the same answers whatever order the paths come in (the last-directory memo)', () => {
    const paths = [...PATHS, ...PATHS.map((p) => `deep/${p}`), ...PATHS.map((p) => p.toUpperCase())];
    for (const nocase of [false, true]) {
      const fresh = (path: string) => new PathMatcher(PATTERNS.map((p) => [p, p] as const), { nocase }).match(path);
      const expected = new Map(paths.map((p) => [p, fresh(p)]));
      for (const order of [[...paths].sort(), [...paths].sort().reverse(), paths]) {
        const shared = new PathMatcher(PATTERNS.map((p) => [p, p] as const), { nocase });
        for (const path of order) expect([path, shared.match(path)]).toEqual([path, expected.get(path)]);
      }
    }
  });

  it('classifies paths the same one by one, in any order, and batch by batch before the rules are known', async () => {
    const policy = PolicySchema.parse({ version: 1, forbidden_paths: ['services/svc12/**', '**/generated7/*.ts'] });
    const ticket = TicketSchema.parse({ id: 'T-1', title: 't', scope: { include: ['src/**', 'a/**', 'x/**', 'services/**'], exclude: ['src/events/deep/**'] } });
    const compile = () => compileScopeRules(ticket, policy, { policyPath: '.github/agent-guards.yml', ticketPath: '.agent/tickets/T-1.yml' });
    const paths = [...PATHS, ...PATHS.map((p) => `src/${p}`), '.agent/tickets/T-1.yml', '.GitHub/Agent-Guards.yml'];
    const expected = new Map(paths.map((p) => [p, classifyPath(compile(), p)?.rule]));
    expect(new Set(expected.values())).toEqual(new Set([undefined, 'forbidden-path', 'outside-ticket-scope', 'trusted-file-modified']));
    for (const order of [[...paths].sort(), [...paths].sort().reverse()]) {
      const rules = compile();
      for (const path of order) expect([path, classifyPath(rules, path)?.rule]).toEqual([path, expected.get(path)]);
    }
    const files: ChangedFile[] = [...paths].sort().map((path) => ({ status: 'added', path, oldMode: '000000', newMode: '100644', oldSha: '0'.repeat(40), newSha: '1'.repeat(40), oldKind: 'none', newKind: 'file' }));
    const early = new ScopeDecision();
    early.add(files.slice(0, 10));
    early.add(files.slice(10));
    early.setRules(compile());
    const { findings, metrics } = await early.finish(async () => new Map());
    expect(metrics.paths_checked).toBe(paths.length);
    expect(findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual(
      [...expected].filter(([, rule]) => rule !== undefined).map(([path, rule]) => `${rule} ${path}`).sort(),
    );
  });

  it('treats a trailing slash as everything under the folder and rejects negation', () => {
    expect(new PathMatcher([['src/', 'x']]).matches('src/a/b.ts')).toBe(true);
    expect(() => new PathMatcher([['!src/**', 'x']])).toThrow(/negated glob/);
  });
});

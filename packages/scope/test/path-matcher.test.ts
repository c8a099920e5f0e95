import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { PathMatcher } from '../src/path-matcher.js';
import { BUILT_IN_FORBIDDEN } from '@agent-guards/config';

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

  it('treats a trailing slash as everything under the folder and rejects negation', () => {
    expect(new PathMatcher([['src/', 'x']]).matches('src/a/b.ts')).toBe(true);
    expect(() => new PathMatcher([['!src/**', 'x']])).toThrow(/negated glob/);
  });
});

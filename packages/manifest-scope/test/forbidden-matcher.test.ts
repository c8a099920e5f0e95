import { describe, expect, it } from 'vitest';
import { forbiddenCategoryOf, type ForbiddenExceptions } from '@agent-guards/config';
import { ForbiddenMatcher } from '../src/forbidden-matcher.js';
import { FORBIDDEN_CASES } from '../../config/test/forbidden-cases.js';

const PATHS = [
  ...FORBIDDEN_CASES.map(([p]) => p),
  ...FORBIDDEN_CASES.map(([p]) => p.toUpperCase()),
  ...FORBIDDEN_CASES.map(([p]) => `services/svc1/${p}`),
  ...FORBIDDEN_CASES.map(([p]) => `tests/${p}`),
  'a',
  'src/events/login-succeeded.ts',
  'src/events/login-payment.ts',
  'src/events/Login-succeeded.ts',
  'secrets/key.txt',
];

describe('ForbiddenMatcher', () => {
  for (const [name, exceptions] of [
    ['without exceptions', {}],
    ['with exceptions', { auth: ['src/events/login-*.ts'], 'ci-definitions': ['ci/**'], schemas: ['**/schema.rs'] }],
  ] as [string, ForbiddenExceptions][]) {
    it(`gives config's reference answer on every path, one by one and in any order (${name})`, () => {
      const fresh = (path: string) => new ForbiddenMatcher([], exceptions).match(path)?.category;
      const shared = new ForbiddenMatcher([], exceptions);
      for (const path of [...PATHS].sort()) {
        const expected = forbiddenCategoryOf(path, exceptions)?.id;
        expect([path, fresh(path)]).toEqual([path, expected]);
        expect([path, shared.match(path)?.category]).toEqual([path, expected]);
      }
    });
  }

  it("adds the policy's forbidden_paths after the built-in categories", () => {
    const matcher = new ForbiddenMatcher(['secrets/**', '**/auth/**']);
    expect(matcher.match('secrets/key.txt')?.category).toBe('policy');
    expect(matcher.match('src/auth/x.ts')?.category).toBe('auth');
    // A policy glob is no category a test file escapes.
    expect(matcher.match('tests/auth/test_x.py')?.category).toBe('policy');
  });
});

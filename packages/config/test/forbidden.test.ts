import { describe, expect, it } from 'vitest';
import { BUILT_IN_FORBIDDEN, forbiddenCategoryOf, nameWords, PolicySchema } from '../src/index.js';
import { FORBIDDEN_CASES } from './forbidden-cases.js';

describe('nameWords', () => {
  it.each([
    ['author-profile-viewed.ts', ['author', 'profile', 'viewed', 'ts']],
    ['OAuth2Client.java', ['o', 'auth', '2', 'client', 'java']],
    ['oauth2_client.py', ['oauth', '2', 'client', 'py']],
    ['AUTH_TOKEN', ['auth', 'token']],
    ['JWTAuthFilter', ['jwt', 'auth', 'filter']],
    ['authMiddleware.ts', ['auth', 'middleware', 'ts']],
  ])('%s → %j', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('the built-in forbidden categories', () => {
  it.each(FORBIDDEN_CASES.map(([path, category]) => [path, category ?? 'none'] as const))('%s is in %s', (path, category) => {
    expect(forbiddenCategoryOf(path)?.id ?? 'none').toBe(category);
  });

  it('ignores case, as every other forbidden glob does', () => {
    expect(forbiddenCategoryOf('SRC/Events/Gemini.MD')?.id).toBe('agent-instructions');
    expect(forbiddenCategoryOf('JENKINSFILE')?.id).toBe('ci-definitions');
  });

  it('narrows a category by the exceptions, and only that category', () => {
    const exceptions = { auth: ['src/events/login-*.ts'] };
    expect(forbiddenCategoryOf('src/events/login-succeeded.ts')?.id).toBe('auth');
    expect(forbiddenCategoryOf('src/events/login-succeeded.ts', exceptions)).toBeUndefined();
    expect(forbiddenCategoryOf('src/events/login-payment.ts', exceptions)?.id).toBe('payments');
    // Exceptions narrow no more than they name: case-sensitively.
    expect(forbiddenCategoryOf('src/events/Login-succeeded.ts', exceptions)?.id).toBe('auth');
  });

  it('lets the policy narrow every category but its own configuration', () => {
    expect(PolicySchema.parse({ version: 1, forbidden_exceptions: { auth: ['src/events/login-*.ts'] } }).forbidden_exceptions).toEqual({ auth: ['src/events/login-*.ts'] });
    expect(() => PolicySchema.parse({ version: 1, forbidden_exceptions: { 'agent-configuration': ['.agent/**'] } })).toThrow();
    expect(() => PolicySchema.parse({ version: 1, forbidden_exceptions: { authentication: ['x'] } })).toThrow();
  });

  it('has unique ids and a reason for each', () => {
    const ids = BUILT_IN_FORBIDDEN.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of BUILT_IN_FORBIDDEN) expect(c.reason.length).toBeGreaterThan(10);
  });
});

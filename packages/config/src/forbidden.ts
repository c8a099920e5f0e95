import { Minimatch } from 'minimatch';
import { BUILT_IN_FORBIDDEN } from './forbidden-categories.js';
import { isTestPath } from './test-files.js';

export { BUILT_IN_FORBIDDEN };

/**
 * A built-in forbidden category (spec §4 NOT-authorized scope, contracts.md).
 * A policy's `forbidden_paths` adds to them and never replaces them; its
 * `forbidden_exceptions` narrows the narrowable ones, path by path.
 */
export interface ForbiddenCategory {
  id: string;
  /** Shown in findings: why the path is off limits. */
  reason: string;
  /** Globs, matched case-insensitively, dotfiles included. */
  patterns: string[];
  /**
   * Whole words of a folder or file name (lower case): `auth` is in `auth/`,
   * `auth-token.ts`, `OAuthClient.java` and `jwt_auth.py`, not in `author-profile.ts`.
   * A category that is a word is matched as one, never as a substring.
   */
  words?: string[];
  /** A test file or test support (config's isTestPath) is not in the category: a test of auth code is not auth code. */
  testsExempt?: boolean;
  /** Whether a policy may narrow the category with `forbidden_exceptions`. */
  narrowable: boolean;
}

/** The category of the policy's own `forbidden_paths`. */
export const POLICY_FORBIDDEN_CATEGORY = 'policy';

/** Every forbidden category's id: the policy's own, then the built-in ones. */
export const FORBIDDEN_CATEGORY_IDS: [string, ...string[]] = [POLICY_FORBIDDEN_CATEGORY, ...BUILT_IN_FORBIDDEN.map((c) => c.id)];

/** The categories a policy's `forbidden_exceptions` may narrow. */
export const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id) as [string, ...string[]];

/**
 * The words of one folder or file name, lower-cased: split at every character
 * that is not a letter or digit, between a lower-case and an upper-case letter
 * (`authToken`), before the last capital of a run of capitals followed by a
 * lower-case letter (`OAuthClient` → o, auth, client), and between letters and digits
 * (`oauth2` → oauth, 2).
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The first of `words` that is a word of some folder or file name of `path`, or undefined. */
export function wordIn(path: string, words: ReadonlySet<string>): string | undefined {
  for (const segment of path.split('/')) for (const word of nameWords(segment)) if (words.has(word)) return word;
  return undefined;
}

const compiled = new Map<string, Minimatch>();
function glob(pattern: string, nocase: boolean): Minimatch {
  const key = `${nocase ? 'i' : 'c'}:${pattern}`;
  let m = compiled.get(key);
  if (!m) {
    m = new Minimatch(pattern, { dot: true, nocase, nocomment: true, nonegate: true });
    compiled.set(key, m);
  }
  return m;
}

/** Exceptions a policy grants, per category id (`forbidden_exceptions`). */
export type ForbiddenExceptions = Partial<Record<string, readonly string[]>>;

/**
 * The built-in category `path` is in, or undefined: the reference answer,
 * one glob at a time. manifest-scope compiles the same decision into indexed
 * matchers (and is tested against this); the eval asks this directly.
 * Exceptions are matched case-sensitively: they narrow no more than they name.
 */
export function forbiddenCategoryOf(path: string, exceptions: ForbiddenExceptions = {}): ForbiddenCategory | undefined {
  let test: boolean | undefined;
  for (const category of BUILT_IN_FORBIDDEN) {
    const hit = category.patterns.some((p) => glob(p, true).match(path)) || (category.words !== undefined && wordIn(path, new Set(category.words)) !== undefined);
    if (!hit) continue;
    if (category.testsExempt && (test ??= isTestPath(path))) continue;
    if (exceptions[category.id]?.some((p) => glob(p, false).match(path))) continue;
    return category;
  }
  return undefined;
}

/** The trusted files of a policy: a PR that edits any of them is itself out of scope. */
export function trustedFilePaths(policyPath: string, manifestPath: string, ticketPath?: string): string[] {
  return [policyPath, manifestPath, ...(ticketPath ? [ticketPath] : [])];
}

import { BUILT_IN_FORBIDDEN, isTestPath, nameWords, POLICY_FORBIDDEN_CATEGORY, type ForbiddenExceptions } from '@agent-guards/config';
import { PathMatcher, type DirectoryInfo } from './path-matcher.js';

export interface ForbiddenTag {
  category: string;
  reason: string;
  /** Whether the policy may except paths from it (forbidden_exceptions). */
  narrowable: boolean;
}

interface CompiledCategory {
  tag: ForbiddenTag;
  patterns: readonly string[];
  /** Compiled when a path first hits some category (see resolve). */
  globs: PathMatcher<true> | undefined;
  words: ReadonlySet<string> | undefined;
  testsExempt: boolean;
  exceptions: PathMatcher<true> | undefined;
}

/** What the matcher knows of one directory, shared by every path directly in it. */
export interface ForbiddenDirectory {
  globs: DirectoryInfo<ForbiddenTag>;
  /** Whether some category's word is a word of one of the directory's folder names. */
  wordInFolders: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The forbidden categories (config's BUILT_IN_FORBIDDEN, then the policy's
 * forbidden_paths) compiled for many paths: config's forbiddenCategoryOf is the
 * reference answer, one glob at a time; this gives the same answer with one
 * indexed look-up for the paths nothing forbids (nearly all of them). Only a
 * path some glob or word hits is resolved category by category, where test
 * files and the policy's exceptions are taken into account.
 */
export class ForbiddenMatcher {
  private readonly any: PathMatcher<ForbiddenTag>;
  private readonly categories: CompiledCategory[];
  /** Every category word as a substring: a name without any cannot have one as a word. */
  private readonly wordGate: RegExp | undefined;
  private readonly words: ReadonlySet<string>;

  /** `only`: the categories to check (all when absent), e.g. those a policy keeps on every PR. */
  constructor(policyPatterns: readonly string[], exceptions: ForbiddenExceptions = {}, only?: readonly string[]) {
    const categories = [
      ...BUILT_IN_FORBIDDEN,
      { id: POLICY_FORBIDDEN_CATEGORY, reason: 'forbidden by the policy (forbidden_paths)', patterns: [...policyPatterns], narrowable: false },
    ].filter((c) => only === undefined || only.includes(c.id));
    this.categories = categories.map((c) => {
      const except = exceptions[c.id];
      return {
        tag: { category: c.id, reason: c.reason, narrowable: c.narrowable },
        patterns: c.patterns,
        globs: undefined,
        words: c.words ? new Set(c.words) : undefined,
        testsExempt: c.testsExempt === true,
        exceptions: except && except.length > 0 ? new PathMatcher(except.map((p) => [p, true] as const)) : undefined,
      };
    });
    // Every category's globs, compiled now (an invalid glob fails here); a category's own matcher,
    // needed only for a path this one hits, is compiled the first time one does.
    this.any = new PathMatcher(this.categories.flatMap((c) => c.patterns.map((p) => [p, c.tag] as const)), { nocase: true });
    const words = categories.flatMap((c) => c.words ?? []);
    this.words = new Set(words);
    this.wordGate = words.length > 0 ? new RegExp(words.map(escape).join('|')) : undefined;
  }

  /** The facts of a directory (repo-relative, no trailing slash; '' for the root) for matchIn. */
  directoryInfo(dir: string): ForbiddenDirectory {
    return { globs: this.any.directoryInfo(dir), wordInFolders: dir !== '' && dir.split('/').some((name) => this.hasWord(name)) };
  }

  /** The category of `path` (whose last '/' is at `slash`; `lowerName` is what follows it, lower-cased), or undefined. */
  matchIn(dir: ForbiddenDirectory, path: string, slash: number, lowerName: string): ForbiddenTag | undefined {
    const hit = this.any.matchIn(dir.globs, path, slash, lowerName) !== undefined || dir.wordInFolders || this.hasWord(path.slice(slash + 1), lowerName);
    return hit ? this.resolve(path) : undefined;
  }

  match(path: string): ForbiddenTag | undefined {
    const slash = path.lastIndexOf('/');
    return this.matchIn(this.directoryInfo(slash > 0 ? path.slice(0, slash) : ''), path, slash, path.slice(slash + 1).toLowerCase());
  }

  private hasWord(name: string, lower = name.toLowerCase()): boolean {
    if (this.wordGate === undefined || !this.wordGate.test(lower)) return false;
    return nameWords(name).some((w) => this.words.has(w));
  }

  /** Category by category, in order, as config's forbiddenCategoryOf decides. */
  private resolve(path: string): ForbiddenTag | undefined {
    let test: boolean | undefined;
    let words: string[] | undefined;
    for (const c of this.categories) {
      c.globs ??= new PathMatcher(c.patterns.map((p) => [p, true] as const), { nocase: true });
      let hit = c.globs.matches(path);
      if (!hit && c.words) {
        words ??= path.split('/').flatMap(nameWords);
        hit = words.some((w) => c.words!.has(w));
      }
      if (!hit) continue;
      if (c.testsExempt && (test ??= isTestPath(path))) continue;
      if (c.exceptions?.matches(path)) continue;
      return c.tag;
    }
    return undefined;
  }
}

import { ConfigurationError } from '@agent-guards/action-kit';
import { braceExpand, Minimatch } from 'minimatch';

/**
 * Matches many paths against many globs with minimatch semantics (dot: true),
 * compiled once. Most real patterns are literal paths, `dir/**`, `**\/name` or
 * `**\/*.ext`: those become set and prefix look-ups; the rest become regexes
 * bucketed by their literal first segment, so a path is only tested against the
 * few regexes that could match it. A differential test keeps it equal to minimatch.
 */
export interface PathMatcherOptions {
  nocase?: boolean;
}

interface RegexEntry<T> {
  re: RegExp;
  tag: T;
}

const MAGIC = /[*?[\]{}()!+@]/;

export class PathMatcher<T = string> {
  private readonly exact = new Map<string, T>();
  private readonly prefixes = new Map<string, T>();
  private readonly basenames = new Map<string, T>();
  private readonly extensions = new Map<string, T>();
  private readonly bucketed = new Map<string, RegexEntry<T>[]>();
  private readonly global: RegexEntry<T>[] = [];
  private readonly nocase: boolean;
  readonly size: number;

  constructor(patterns: readonly (readonly [pattern: string, tag: T])[], options: PathMatcherOptions = {}) {
    this.nocase = options.nocase ?? false;
    let size = 0;
    for (const [raw, tag] of patterns) {
      for (const pattern of braceExpand(normalizePattern(raw))) {
        this.add(pattern, tag);
        size += 1;
      }
    }
    this.size = size;
  }

  private key(s: string): string {
    return this.nocase ? s.toLowerCase() : s;
  }

  private add(pattern: string, tag: T): void {
    const segments = pattern.split('/');
    const literal = (s: string): boolean => !MAGIC.test(s) && !s.includes('\\');
    if (segments.every(literal)) {
      setFirst(this.exact, this.key(pattern), tag);
      return;
    }
    const last = segments[segments.length - 1]!;
    const head = segments.slice(0, -1);
    if (last === '**' && head.length > 0 && head.every(literal)) {
      setFirst(this.prefixes, this.key(head.join('/')), tag);
      return;
    }
    if (segments.length === 2 && segments[0] === '**' && literal(last)) {
      setFirst(this.basenames, this.key(last), tag);
      return;
    }
    if (segments.length === 2 && segments[0] === '**' && /^\*\.[^*?[\]{}()!+@/\\]+$/.test(last)) {
      setFirst(this.extensions, this.key(last.slice(1)), tag);
      return;
    }
    const re = new Minimatch(pattern, { dot: true, nocase: this.nocase, nocomment: true, nonegate: true }).makeRe();
    if (re === false) throw new ConfigurationError(`'${pattern}' is not a valid glob.`, { fix: 'correct the glob syntax.' });
    const first = segments[0]!;
    if (segments.length > 1 && literal(first)) {
      const k = this.key(first);
      const list = this.bucketed.get(k) ?? [];
      list.push({ re, tag });
      this.bucketed.set(k, list);
    } else {
      this.global.push({ re, tag });
    }
  }

  /** The tag of the first kind of pattern that matches (exact, prefix, name, extension, regex), or undefined. */
  match(path: string): T | undefined {
    const p = this.key(path);
    const exact = this.exact.get(p);
    if (exact !== undefined) return exact;
    if (this.prefixes.size > 0) {
      for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
        if (i === p.length - 1) break;
        const hit = this.prefixes.get(p.slice(0, i));
        if (hit !== undefined) return hit;
      }
    }
    const slash = p.lastIndexOf('/');
    const base = slash >= 0 ? p.slice(slash + 1) : p;
    if (this.basenames.size > 0) {
      const hit = this.basenames.get(base);
      if (hit !== undefined) return hit;
    }
    if (this.extensions.size > 0) {
      for (let i = base.indexOf('.'); i >= 0; i = base.indexOf('.', i + 1)) {
        const hit = this.extensions.get(base.slice(i));
        if (hit !== undefined) return hit;
      }
    }
    const firstSlash = p.indexOf('/');
    if (firstSlash > 0) {
      const bucket = this.bucketed.get(p.slice(0, firstSlash));
      if (bucket) for (const e of bucket) if (e.re.test(path)) return e.tag;
    }
    for (const e of this.global) if (e.re.test(path)) return e.tag;
    return undefined;
  }

  matches(path: string): boolean {
    return this.match(path) !== undefined;
  }
}

function setFirst<T>(map: Map<string, T>, key: string, tag: T): void {
  if (!map.has(key)) map.set(key, tag);
}

/** Repo-relative POSIX form: no leading `./` or `/`, no doubled slashes. */
export function normalizePattern(pattern: string): string {
  if (pattern.startsWith('!')) {
    throw new ConfigurationError(`negated glob '${pattern}' is not supported here.`, {
      fix: "list what to leave out under 'scope.exclude' instead of negating.",
    });
  }
  let p = pattern.trim().replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('/')) p = p.slice(1);
  if (p.endsWith('/')) p = `${p}**`;
  return p;
}

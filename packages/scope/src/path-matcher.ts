import { ConfigurationError } from '@agent-guards/action-kit';
import { braceExpand, Minimatch } from 'minimatch';

/**
 * Matches many paths against many globs with minimatch semantics (dot: true),
 * compiled once. Most real patterns are literal paths, `dir/**`, `**\/name` or
 * `**\/*.ext`: those become set and prefix look-ups. The rest become regexes
 * indexed by their literal leading directory or by the literal segment after a
 * leading `**`, each with a literal needle checked before the regex, so a path is
 * tested against only the few regexes that could match it. A differential test
 * keeps it equal to minimatch.
 */
export interface PathMatcherOptions {
  nocase?: boolean;
}

interface RegexEntry<T> {
  re: RegExp;
  tag: T;
  /** A literal run every matching path contains (lower-cased under nocase): a cheap pre-check. */
  needle: string;
  /** Order of the pattern, so the first-listed matching pattern wins as minimatch order would. */
  order: number;
}

interface DirectoryInfo<T> {
  prefixHit: T | undefined;
  /** Regexes that could match a path in this directory, in pattern order. */
  candidates: RegexEntry<T>[];
}

const MAGIC = /[*?[\]{}()!+@]/;
const literal = (segment: string): boolean => !MAGIC.test(segment);

export class PathMatcher<T = string> {
  private readonly exact = new Map<string, T>();
  private readonly prefixes = new Map<string, T>();
  private readonly basenames = new Map<string, T>();
  private readonly extensions = new Map<string, T>();
  /** Regexes keyed by their literal leading directory (e.g. `services/svc12` for `services/svc12/*\/x.py`). */
  private readonly byPrefix = new Map<string, RegexEntry<T>[]>();
  /** Regexes of `**\/<literal>/…` keyed by that literal segment. */
  private readonly bySegment = new Map<string, RegexEntry<T>[]>();
  private readonly global: RegexEntry<T>[] = [];
  private readonly dirs = new Map<string, DirectoryInfo<T>>();
  private readonly nocase: boolean;
  private order = 0;
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
    if (segments.length === 2 && segments[0] === '**' && /^\*\.[^*?[\]{}()!+@/]+$/.test(last)) {
      setFirst(this.extensions, this.key(last.slice(1)), tag);
      return;
    }
    const re = new Minimatch(pattern, { dot: true, nocase: this.nocase, nocomment: true, nonegate: true }).makeRe();
    if (re === false) throw new ConfigurationError(`'${pattern}' is not a valid glob.`, { fix: 'correct the glob syntax.' });
    const entry: RegexEntry<T> = { re, tag, needle: this.key(longestLiteralRun(pattern)), order: this.order++ };
    let leading = 0;
    while (leading < segments.length - 1 && literal(segments[leading]!)) leading += 1;
    if (leading > 0) push(this.byPrefix, this.key(segments.slice(0, leading).join('/')), entry);
    else if (segments[0] === '**' && segments.length > 2 && literal(segments[1]!)) push(this.bySegment, this.key(segments[1]!), entry);
    else this.global.push(entry);
  }

  /** The tag of the first kind of pattern that matches (exact, prefix, name, extension, regex), or undefined. */
  match(path: string): T | undefined {
    const p = this.key(path);
    const exact = this.exact.get(p);
    if (exact !== undefined) return exact;
    const slash = p.lastIndexOf('/');
    const dir = this.directory(slash > 0 ? p.slice(0, slash) : '');
    if (dir.prefixHit !== undefined) return dir.prefixHit;
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
    for (const e of dir.candidates) {
      if ((e.needle === '' || p.includes(e.needle)) && e.re.test(path)) return e.tag;
    }
    return undefined;
  }

  /**
   * What depends only on a path's directory — a `dir/**` hit and the regexes
   * that could match below it — computed once per directory: a diff has far
   * fewer directories than paths.
   */
  private directory(dir: string): DirectoryInfo<T> {
    const cached = this.dirs.get(dir);
    if (cached) return cached;
    let prefixHit: T | undefined;
    const bucketed: RegexEntry<T>[] = [];
    let ancestor = '';
    for (const segment of dir === '' ? [] : dir.split('/')) {
      ancestor = ancestor === '' ? segment : `${ancestor}/${segment}`;
      prefixHit ??= this.prefixes.get(ancestor);
      const byPrefix = this.byPrefix.get(ancestor);
      const bySegment = this.bySegment.get(segment);
      if (byPrefix) bucketed.push(...byPrefix);
      if (bySegment) bucketed.push(...bySegment);
    }
    // Most directories hit no bucket: they share the global list, already in pattern order.
    const candidates = bucketed.length === 0 ? this.global : [...bucketed, ...this.global].sort((a, b) => a.order - b.order);
    const info = { prefixHit, candidates };
    this.dirs.set(dir, info);
    return info;
  }

  matches(path: string): boolean {
    return this.match(path) !== undefined;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The longest literal piece of any one segment: a match must contain it (a
 * segment matches exactly one path segment). Character classes and extglob
 * groups are skipped; `**` has none.
 */
function longestLiteralRun(pattern: string): string {
  let best = '';
  for (const segment of pattern.split('/')) {
    let run = '';
    for (let i = 0; i < segment.length; i += 1) {
      const c = segment[i]!;
      if (c === '[') {
        const close = segment.indexOf(']', i + 2);
        i = close < 0 ? segment.length : close;
        run = '';
      } else if ('*?!+@'.includes(c) && segment[i + 1] === '(') {
        const close = segment.indexOf(')', i + 2);
        i = close < 0 ? segment.length : close;
        run = '';
      } else if ('*?()'.includes(c)) {
        run = '';
      } else {
        run += c;
        if (run.length > best.length) best = run;
      }
    }
  }
  return best;
}

function setFirst<T>(map: Map<string, T>, key: string, tag: T): void {
  if (!map.has(key)) map.set(key, tag);
}

/** Repo-relative POSIX form: no leading `./` or `/`, no doubled slashes; a trailing slash means everything under. */
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

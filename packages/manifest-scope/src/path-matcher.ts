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

/** What a matcher knows of one directory: computed once, then shared by every path directly in it. */
export interface DirectoryInfo<T> {
  /** The directory as the matcher compares it (lower-cased under nocase). */
  key: string;
  /** Whether the directory holds a needle of some global regex: its paths pass the needle gate whatever their name. */
  gateHit: boolean;
  prefixHit: T | undefined;
  /** Whether some literal pattern names a file directly in this directory (else the exact look-up is skipped). */
  hasExact: boolean;
  /** The bucketed regexes (by leading directory or `**\/segment`) that could match a path in this directory, in pattern order. */
  bucketed: RegexEntry<T>[];
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
  private lastDir: string | undefined;
  private lastInfo: DirectoryInfo<T> | undefined;
  /**
   * One regex of every global regex's needle: a path that contains none of them
   * cannot match any global regex, so it is ruled out with one test instead of
   * one per regex. Undefined when some global regex has no needle.
   */
  private readonly globalGate: RegExp | undefined;
  /** The directories of the exact patterns ('' for top-level files). */
  private readonly exactDirs = new Set<string>();
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
    this.globalGate = needleGate(this.global);
    for (const key of this.exact.keys()) this.exactDirs.add(key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '');
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
    if (this.size === 0) return undefined;
    const p = this.key(path);
    const slash = p.lastIndexOf('/');
    return this.matchIn(this.directoryOf(p, slash), path, slash, p.slice(slash + 1));
  }

  /**
   * match() for a caller that has already looked up the path's directory
   * (directoryInfo) and cut its name: several matchers can then share one
   * directory look-up and one lower-casing of the name, and no path is
   * lower-cased whole. `slash` is the index of the path's last '/', or -1;
   * `name` is what follows it, lower-cased for a matcher that ignores case.
   */
  matchIn(dir: DirectoryInfo<T>, path: string, slash: number, name: string = this.key(path.slice(slash + 1))): T | undefined {
    if (this.size === 0) return undefined;
    if (dir.hasExact) {
      const exact = this.exact.get(this.key(path));
      if (exact !== undefined) return exact;
    }
    if (dir.prefixHit !== undefined) return dir.prefixHit;
    if (this.basenames.size > 0 || this.extensions.size > 0) {
      const hit = this.basenames.get(name);
      if (hit !== undefined) return hit;
      if (this.extensions.size > 0) {
        for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) {
          const ext = this.extensions.get(name.slice(i));
          if (ext !== undefined) return ext;
        }
      }
    }
    // The first-listed matching regex wins, as in pattern order: the first bucketed hit, unless a
    // global regex listed before it matches too.
    let first: RegexEntry<T> | undefined;
    for (const e of dir.bucketed) {
      if (holds(e.needle, dir, name) && e.re.test(path)) {
        first = e;
        break;
      }
    }
    if (this.global.length > 0 && (this.globalGate === undefined || dir.gateHit || this.globalGate.test(name))) {
      for (const e of this.global) {
        if (first !== undefined && e.order > first.order) break;
        if (holds(e.needle, dir, name) && e.re.test(path)) return e.tag;
      }
    }
    return first?.tag;
  }

  /** The facts of a directory (repo-relative, no trailing slash; '' for the root) for matchIn. */
  directoryInfo(dir: string): DirectoryInfo<T> {
    return this.directory(this.key(dir));
  }

  /**
   * The directory facts of the path whose last slash is at `slash`. A diff
   * lists paths in tree order, so a path's directory is usually the previous
   * path's: that one is checked first, without slicing or hashing.
   */
  private directoryOf(p: string, slash: number): DirectoryInfo<T> {
    const length = slash > 0 ? slash : 0;
    const last = this.lastDir;
    if (last !== undefined && last.length === length && p.startsWith(last)) return this.lastInfo!;
    const dir = p.slice(0, length);
    const info = this.directory(dir);
    this.lastDir = dir;
    this.lastInfo = info;
    return info;
  }

  /**
   * What depends only on a path's directory — a `dir/**` hit, whether a literal
   * pattern names a file in it, and the bucketed regexes that could match below
   * it — computed once per directory: a diff has far
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
    bucketed.sort((a, b) => a.order - b.order);
    const key = detached(dir);
    const info: DirectoryInfo<T> = { key, gateHit: this.globalGate?.test(key) ?? false, prefixHit, hasExact: this.exactDirs.has(dir), bucketed };
    this.dirs.set(key, info);
    return info;
  }

  matches(path: string): boolean {
    return this.match(path) !== undefined;
  }
}

/** Whether a path (its directory's facts and its name) holds a needle: a needle lies within one segment, so in the directory or in the name. */
function holds(needle: string, dir: DirectoryInfo<unknown>, name: string): boolean {
  return needle === '' || name.includes(needle) || dir.key.includes(needle);
}

/** A regex that finds any of the entries' needles; undefined if one has none (it must always be tested). */
function needleGate(entries: readonly RegexEntry<unknown>[]): RegExp | undefined {
  if (entries.length === 0 || entries.some((e) => e.needle === '')) return undefined;
  const needles = [...new Set(entries.map((e) => e.needle))];
  return new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
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

/**
 * `text` as a string of its own, to keep as a cache key. V8 keeps a longer slice as a view into the
 * string it was cut from: a directory cut from a path cut from one of git's 64 kB output chunks
 * would keep the whole chunk alive for as long as the cache, and a large diff's chunks with it.
 */
export function detached(text: string): string {
  // Joining makes a pair; slicing the pair first copies it into one new string, which the slice views.
  return (` ${text}`).slice(1);
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

import { isAbsolute, resolve } from 'node:path';

/**
 * Answers to read-only git questions that cannot change while this process
 * runs, shared by every caller in it: the guards of one `check` run list the
 * same diff and read the same objects, and each answer costs a git process.
 *
 * A question is remembered only when everything it names is immutable — full
 * commit SHAs, object ids, `<sha>:<path>` — never a ref, HEAD or a short SHA,
 * which can name another commit by the next call. Only answers are kept: a
 * failure (a commit not fetched yet, a shallow clone) is asked again, and so is
 * an object id that was missing. Callers get the same arrays' copies and the
 * same Buffers, which they only read.
 *
 * Bounded, oldest dropped first: a long process (the eval, the runner) reads
 * many repositories and must not keep every answer it ever had.
 */
const MAX_ENTRIES = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  value: Promise<unknown>;
  bytes: number;
}

const entries = new Map<string, Entry>();
let keptBytes = 0;

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
export function isFullSha(rev: string): boolean {
  return FULL_SHA.test(rev);
}

/** The suffix that peels a revision to its commit. */
export const PEELED = '^{commit}';

/**
 * An object name whose answer cannot change: a full object id, `<full sha>^{commit}` (the commit an
 * id names, which readFileAt asks beside every file), or `<full sha>:<path>` (a path in a fixed tree).
 */
export function isImmutableObjectName(name: string): boolean {
  return isFullSha(revisionOfName(name));
}

/** The revision an object name reads in (`<rev>` of `<rev>:<path>` or `<rev>^{commit}`); the name itself for a bare id. */
export function revisionOfName(name: string): string {
  const colon = name.indexOf(':');
  if (colon >= 0) return name.slice(0, colon);
  return name.endsWith(PEELED) ? name.slice(0, -PEELED.length) : name;
}

/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
export function questionKey(repo: string, question: string, ...names: readonly string[]): string {
  return [repoPath(repo), question, ...names].join('\0');
}

/**
 * A repository's resolved path. A key is made for every object a guard reads: an absolute path
 * is resolved once (a relative one depends on the working directory of the moment).
 */
function repoPath(repo: string): string {
  if (!isAbsolute(repo)) return resolve(repo);
  let path = resolvedRepos.get(repo);
  if (path === undefined) {
    path = resolve(repo);
    resolvedRepos.set(repo, path);
  }
  return path;
}

const resolvedRepos = new Map<string, string>();

export interface RememberOptions<T> {
  /** The answer's approximate size in bytes, counted against the bound. */
  bytes?: (value: T) => number;
  /** false: the answer is handed to the callers waiting now but not kept (e.g. "missing", which a fetch can change). */
  keep?: (value: T) => boolean;
}

/**
 * The remembered answer to `key`, or `ask()`'s: callers that ask while it is
 * running share the same call, and a successful answer is kept.
 */
export function remembered<T>(key: string, ask: () => Promise<T>, options: RememberOptions<T> = {}): Promise<T> {
  const hit = entries.get(key);
  if (hit) return hit.value as Promise<T>;
  const value = ask();
  const entry: Entry = { value, bytes: 0 };
  entries.set(key, entry);
  value.then(
    (answer) => {
      if (entries.get(key) !== entry) return;
      if (options.keep && !options.keep(answer)) {
        entries.delete(key);
        return;
      }
      entry.bytes = options.bytes?.(answer) ?? 0;
      keptBytes += entry.bytes;
      trim();
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  trim();
  return value;
}

/** Whether an answer to `key` is kept or being asked. */
export function isRemembered(key: string): boolean {
  return entries.has(key);
}

function trim(): void {
  for (const [key, entry] of entries) {
    if (entries.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) return;
    entries.delete(key);
    keptBytes -= entry.bytes;
  }
}

/** Forgets every remembered answer (tests that count git processes start from none). */
export function forgetGitAnswers(): void {
  entries.clear();
  keptBytes = 0;
}

/** The UTF-16 size of some strings, for the bound. */
export function stringBytes(strings: Iterable<string>): number {
  let n = 0;
  for (const s of strings) n += 2 * s.length + 16;
  return n;
}

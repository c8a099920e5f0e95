import { resolve } from 'node:path';
import { isFullSha, isImmutableObjectName, isRemembered, PEELED, questionKey, remembered, revisionOfName, stringBytes } from './memo.js';
import { resolveCommit } from './revisions.js';
import { catFileBatch, objectIdOf } from './cat-file.js';
import { runGit } from './run-git.js';
import { entriesOfCommit, rootNamesOf } from './trees.js';

/**
 * Reads many objects in one `git cat-file --batch` call. Keys are object names
 * (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
 * by a full id (or `<full sha>:<path>`) that this process has read are not read
 * again: the Buffers are shared, to be read, not written. `onObject` is handed
 * each object as soon as it is read, in no set order, so a caller can work on
 * the first ones while git reads the rest.
 */
export async function readObjects(repo: string, names: readonly string[], onObject?: (name: string, object: Buffer | undefined) => void): Promise<Map<string, Buffer | undefined>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  for (const n of unique) {
    if (n.includes('\n')) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
  }
  const prefix = questionKey(repo, 'object', '');
  const key = (name: string): string => prefix + name;
  // Paths in trees this process lists are read by their blob ids (once the listing is there).
  const listings = listingsOf(repo, unique);
  const ids = listings ? await listings : undefined;
  // The answers this process already has (or is reading) first, then one batch for the rest.
  const answers = new Map<string, Promise<Buffer | undefined>>();
  for (const name of unique) {
    if (isImmutableObjectName(name) && isRemembered(key(name))) answers.set(name, remembered(key(name), () => Promise.reject(new Error('unreachable'))));
  }
  const toRead = unique.filter((name) => !answers.has(name));
  if (toRead.length > 0) {
    const asRead = (name: string): string => ids?.get(name) ?? name;
    const batch = readSoon(repo, toRead.map(asRead));
    for (const name of toRead) {
      const read = (): Promise<Buffer | undefined> =>
        batch.get(asRead(name))!.then((object) => {
          rememberById(repo, name, object);
          if (object !== undefined) noteFound(repo, name, object);
          return object;
        });
      // An object (or commit) missing by id may be fetched later. A path missing from a fixed tree
      // stays missing once that tree is known to be here: cat-file says "missing" alike when it is not.
      const keep = (b: Buffer | undefined): boolean => b !== undefined || (name.includes(':') && treeHere(repo, name));
      answers.set(name, isImmutableObjectName(name) ? remembered(key(name), read, { bytes: (b) => (b?.length ?? 0) + 64, keep }) : read());
    }
  }
  const values = await Promise.all(unique.map((name) => (onObject ? answers.get(name)!.then((object) => (onObject(name, object), object)) : answers.get(name)!)));
  return new Map(unique.map((name, i) => [name, values[i]]));
}

/**
 * Blob ids by path of the commits whose whole trees this process listed (listFilesAt, listBlobsAt),
 * by repository and commit, the last few. `cat-file` finds `<sha>:<path>` by reading the tree
 * objects down to the path, for each name; a blob id it looks up directly, at about half the cost
 * over a large tree. The object is the same, and is remembered under the name it was asked by.
 */
const blobIds = new Map<string, Promise<Map<string, string>>>();
const LISTINGS_KEPT = 4;

function noteBlobIds(repo: string, commit: string, listing: Promise<readonly TreeFile[]>): void {
  const key = questionKey(repo, 'blob-ids', commit);
  if (blobIds.has(key)) return;
  // A listing that fails translates nothing: the paths are read by name.
  blobIds.set(
    key,
    listing.then(
      (files) => new Map(files.map((f) => [f.path, f.oid])),
      () => new Map(),
    ),
  );
  for (const oldest of blobIds.keys()) {
    if (blobIds.size <= LISTINGS_KEPT) break;
    blobIds.delete(oldest);
  }
}

/** The blob ids of the `<sha>:<path>` names whose commit's tree is listed (or being listed); undefined when there is none. */
function listingsOf(repo: string, names: readonly string[]): Promise<Map<string, string>> | undefined {
  if (blobIds.size === 0) return undefined;
  const byCommit = new Map<string, Promise<Map<string, string>>>();
  for (const name of names) {
    const colon = name.indexOf(':');
    if (colon < 0) continue;
    const commit = name.slice(0, colon);
    if (byCommit.has(commit)) continue;
    const ids = blobIds.get(questionKey(repo, 'blob-ids', commit));
    if (ids) byCommit.set(commit, ids);
  }
  if (byCommit.size === 0) return undefined;
  return Promise.all(
    [...byCommit].map(async ([commit, ids]) => {
      const paths = await ids;
      return [commit, paths] as const;
    }),
  ).then((listed) => {
    const out = new Map<string, string>();
    const of = new Map(listed);
    for (const name of names) {
      const colon = name.indexOf(':');
      const oid = colon < 0 ? undefined : of.get(name.slice(0, colon))?.get(name.slice(colon + 1));
      if (oid) out.set(name, oid);
    }
    return out;
  });
}

/**
 * What a found object says of the full SHA its name starts with: `<sha>:<path>` found, the SHA
 * names a tree that is here; `<sha>^{commit}` found, a commit, which resolveCommit then answers
 * without asking git again (its id from cat-file's header).
 */
function noteFound(repo: string, name: string, object: Buffer): void {
  const sha = revisionOfName(name);
  // A bare id says nothing of a commit.
  if (sha === name || !isFullSha(sha)) return;
  remembered(questionKey(repo, 'tree-here', sha), () => Promise.resolve(true));
  if (!name.includes(':')) remembered(questionKey(repo, 'commit', sha), () => Promise.resolve(objectIdOf(object) ?? sha));
}

/** Whether the tree a `<sha>:<path>` name reads is known to be here (a found object named it). */
function treeHere(repo: string, name: string): boolean {
  return isRemembered(questionKey(repo, 'tree-here', revisionOfName(name)));
}

/**
 * An object read by path is remembered by its id too: the same blob is often asked for both ways
 * (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
 * one content for good, so the answer under it cannot be stale.
 */
function rememberById(repo: string, name: string, object: Buffer | undefined): void {
  const oid = object && objectIdOf(object);
  if (!oid || oid === name || !isImmutableObjectName(name)) return;
  const key = questionKey(repo, 'object', oid);
  if (!isRemembered(key)) remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}

interface Pending<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function pending<T>(): Pending<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The names of the next cat-file batch of each repository, each answered as git reads it. */
const batches = new Map<string, Map<string, Pending<Buffer | undefined>>>();

/**
 * Reads the names in the next `cat-file --batch` of this repository, started once the current
 * turn of the event loop is over: the guards of one `check` run ask for their files side by side,
 * and one git process answers them all.
 */
function readSoon(repo: string, names: readonly string[]): Map<string, Promise<Buffer | undefined>> {
  const key = resolve(repo);
  let next = batches.get(key);
  if (!next) {
    const queued = new Map<string, Pending<Buffer | undefined>>();
    next = queued;
    batches.set(key, queued);
    setImmediate(() => {
      batches.delete(key);
      catFileBatch(repo, [...queued.keys()], (name, object) => queued.get(name)!.resolve(object)).then(
        () => {
          for (const p of queued.values()) p.reject(new Error('cat-file answered no object for a name'));
        },
        (e: unknown) => {
          for (const p of queued.values()) p.reject(e);
        },
      );
    });
  }
  const out = new Map<string, Promise<Buffer | undefined>>();
  for (const name of names) {
    let p = next.get(name);
    if (!p) {
      p = pending();
      // Awaited by the callers; a failure is theirs to see, not an unhandled rejection here.
      p.promise.catch(() => undefined);
      next.set(name, p);
    }
    out.set(name, p.promise);
  }
  return out;
}

/**
 * A file's text at a revision, or undefined when the revision's commit has no such path. A revision
 * the clone lacks (a shallow checkout without the PR's base) is an error that names it as `role`,
 * never "no file": callers fall back to defaults for a file that is not there (no policy), and must
 * not for a commit that is not there. The commit is asked in the same batch as the file.
 */
export async function readFileAt(repo: string, rev: string, path: string, role = 'base'): Promise<string | undefined> {
  const file = `${rev}:${path}`;
  const commit = `${rev}${PEELED}`;
  // The commit first: git answers in order, so a file found missing is known to be missing from a commit that is here.
  const objects = await readObjects(repo, [commit, file]);
  const text = objects.get(file);
  if (text !== undefined) return text.toString('utf8');
  // cat-file says "missing" alike for a path and for a commit: a missing commit is named by resolveCommit's error.
  if (objects.get(commit) === undefined) await resolveCommit(repo, rev, role);
  return undefined;
}

export interface TreeFile {
  path: string;
  /** The blob's object id: reading by id skips resolving the path through the tree again. */
  oid: string;
}

/** An entry of `ls-tree -r`: a blob (a file or a symlink) or a commit (a submodule). */
export interface TreeEntry extends TreeFile {
  type: string;
}

const entriesKey = (repo: string, rev: string): string => questionKey(repo, 'ls-tree-entries', rev);

/**
 * A commit's `ls-tree -r` entries, listed once per process (a full SHA names one tree for good):
 * from its tree objects when they are few, which the git kept open for reads answers, else by
 * `ls-tree`. Its files are read by their ids from then on.
 */
function treeEntriesAt(repo: string, rev: string): Promise<TreeEntry[]> {
  const list = async (): Promise<TreeEntry[]> => (await entriesOfCommit(repo, rev).catch(() => undefined)) ?? lsTreeEntries(repo, rev);
  const entries = remembered(entriesKey(repo, rev), list, { bytes: (es) => stringBytes(es.map((e) => e.path)) + 120 * es.length });
  noteBlobIds(repo, rev, entries.then(blobsOf));
  return entries;
}

/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
export async function listBlobsAt(repo: string, rev: string): Promise<TreeFile[]> {
  return blobsOf(await (isFullSha(rev) ? treeEntriesAt(repo, rev) : lsTreeEntries(repo, rev)));
}

function blobsOf(entries: readonly TreeEntry[]): TreeFile[] {
  const out: TreeFile[] = [];
  for (const e of entries) if (e.type === 'blob') out.push({ path: e.path, oid: e.oid });
  return out;
}

async function lsTreeEntries(repo: string, rev: string): Promise<TreeEntry[]> {
  const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]);
  const text = stdout.toString('utf8');
  const out: TreeEntry[] = [];
  // "<mode> SP <type> SP <oid> TAB <path>", NUL-terminated
  for (const record of text.length === 0 ? [] : text.slice(0, -1).split('\0')) {
    const tab = record.indexOf('\t');
    const [, type, oid] = record.slice(0, tab).split(' ');
    if (type && oid) out.push({ path: record.slice(tab + 1), oid, type });
  }
  return out;
}

/**
 * Every file path in a commit's tree (optionally under some pathspecs): the paths of `ls-tree -r`,
 * submodules included. A whole tree is listed once with its ids, for this question and for
 * listBlobsAt's (a full scan asks both).
 */
export async function listFilesAt(repo: string, rev: string, pathspecs: readonly string[] = []): Promise<string[]> {
  if (!isFullSha(rev)) return lsTreeNames(repo, rev, pathspecs);
  if (pathspecs.length === 0) return (await treeEntriesAt(repo, rev)).map((e) => e.path);
  const files = await remembered(questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes });
  return files.slice();
}

/**
 * The names at the root of a commit's tree, folders included (`ls-tree --name-only`): from the root
 * tree object, which the git kept open for reads answers, for a full SHA.
 */
export async function listRootAt(repo: string, rev: string): Promise<string[]> {
  const names = isFullSha(rev) ? await rootNamesOf(repo, rev).catch(() => undefined) : undefined;
  if (names) return names;
  const { stdout } = await runGit(repo, ['ls-tree', '-z', '--name-only', rev]);
  return stdout.toString('utf8').split('\0').filter(Boolean);
}

async function lsTreeNames(repo: string, rev: string, pathspecs: readonly string[]): Promise<string[]> {
  const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
  const text = stdout.toString('utf8');
  return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}

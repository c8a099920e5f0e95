import { resolve } from 'node:path';
import { isFullSha, isImmutableObjectName, isRemembered, questionKey, remembered, stringBytes } from './memo.js';
import { runGit } from './run-git.js';

/**
 * Reads many objects in one `git cat-file --batch` call. Keys are object names
 * (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
 * by a full id (or `<full sha>:<path>`) that this process has read are not read
 * again: the Buffers are shared, to be read, not written.
 */
export async function readObjects(repo: string, names: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  for (const n of unique) {
    if (n.includes('\n')) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
  }
  const key = (name: string): string => questionKey(repo, 'object', name);
  // The answers this process already has (or is reading) first, then one batch for the rest.
  const answers = new Map<string, Promise<Buffer | undefined>>();
  for (const name of unique) {
    if (isImmutableObjectName(name) && isRemembered(key(name))) answers.set(name, remembered(key(name), () => Promise.reject(new Error('unreachable'))));
  }
  const toRead = unique.filter((name) => !answers.has(name));
  if (toRead.length > 0) {
    const batch = readSoon(repo, toRead);
    for (const name of toRead) {
      const read = (): Promise<Buffer | undefined> =>
        batch.then((objects) => {
          const object = objects.get(name);
          rememberById(repo, name, object);
          return object;
        });
      // An object missing by id may be fetched later; a path missing from a fixed tree stays missing.
      answers.set(
        name,
        isImmutableObjectName(name) ? remembered(key(name), read, { bytes: (b) => (b?.length ?? 0) + 64, keep: (b) => b !== undefined || !isFullSha(name) }) : read(),
      );
    }
  }
  const values = await Promise.all(unique.map((name) => answers.get(name)!));
  return new Map(unique.map((name, i) => [name, values[i]]));
}

/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = new WeakMap<Buffer, string>();

/**
 * An object read by path is remembered by its id too: the same blob is often asked for both ways
 * (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
 * one content for good, so the answer under it cannot be stale.
 */
function rememberById(repo: string, name: string, object: Buffer | undefined): void {
  const oid = object && objectIds.get(object);
  if (!oid || oid === name || !isImmutableObjectName(name)) return;
  const key = questionKey(repo, 'object', oid);
  if (!isRemembered(key)) remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}

const pending = new Map<string, { names: Set<string>; read: Promise<Map<string, Buffer | undefined>> }>();

/**
 * Reads the names in the next `cat-file --batch` of this repository, started once the current
 * turn of the event loop is over: the guards of one `check` run ask for their files side by side,
 * and one git process answers them all.
 */
function readSoon(repo: string, names: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const key = resolve(repo);
  let next = pending.get(key);
  if (!next) {
    const queued = new Set<string>();
    const read = new Promise<void>((started) => setImmediate(started)).then(() => {
      pending.delete(key);
      return catFileBatch(repo, [...queued]);
    });
    next = { names: queued, read };
    pending.set(key, next);
  }
  for (const name of names) next.names.add(name);
  return next.read;
}

async function catFileBatch(repo: string, unique: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const { stdout } = await runGit(repo, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
  let pos = 0;
  for (const name of unique) {
    const eol = stdout.indexOf(0x0a, pos);
    if (eol < 0) throw new Error('truncated cat-file output');
    const header = stdout.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(name, undefined);
      continue;
    }
    const size = Number.parseInt(header.slice(header.lastIndexOf(' ') + 1), 10);
    const object = stdout.subarray(pos, pos + size);
    // "<oid> <type> <size>"
    objectIds.set(object, header.slice(0, header.indexOf(' ')));
    result.set(name, object);
    pos += size + 1;
  }
  return result;
}

/** A file's text at a revision, or undefined when the path does not exist there. */
export async function readFileAt(repo: string, rev: string, path: string): Promise<string | undefined> {
  const objects = await readObjects(repo, [`${rev}:${path}`]);
  return objects.get(`${rev}:${path}`)?.toString('utf8');
}

export interface TreeFile {
  path: string;
  /** The blob's object id: reading by id skips resolving the path through the tree again. */
  oid: string;
}

/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
export async function listBlobsAt(repo: string, rev: string): Promise<TreeFile[]> {
  if (!isFullSha(rev)) return lsTreeBlobs(repo, rev);
  const files = await remembered(questionKey(repo, 'ls-tree-blobs', rev), () => lsTreeBlobs(repo, rev), { bytes: (fs) => stringBytes(fs.map((f) => f.path)) + 120 * fs.length });
  return files.slice();
}

async function lsTreeBlobs(repo: string, rev: string): Promise<TreeFile[]> {
  const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]);
  const text = stdout.toString('utf8');
  const out: TreeFile[] = [];
  // "<mode> SP <type> SP <oid> TAB <path>", NUL-terminated
  for (const record of text.length === 0 ? [] : text.slice(0, -1).split('\0')) {
    const tab = record.indexOf('\t');
    const [, type, oid] = record.slice(0, tab).split(' ');
    if (type === 'blob' && oid) out.push({ path: record.slice(tab + 1), oid });
  }
  return out;
}

/** Every file path in a commit's tree (optionally under some pathspecs). */
export async function listFilesAt(repo: string, rev: string, pathspecs: readonly string[] = []): Promise<string[]> {
  if (!isFullSha(rev)) return lsTreeNames(repo, rev, pathspecs);
  const files = await remembered(questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes });
  return files.slice();
}

async function lsTreeNames(repo: string, rev: string, pathspecs: readonly string[]): Promise<string[]> {
  const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
  const text = stdout.toString('utf8');
  return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}

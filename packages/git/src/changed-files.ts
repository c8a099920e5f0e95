import { StringDecoder } from 'node:string_decoder';
import { isFullSha, isRemembered, questionKey, remembered, stringBytes } from './memo.js';
import { resolveRange } from './revisions.js';
import { streamGit } from './run-git.js';
import { modificationsBetween, type TreeChange } from './trees.js';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed' | 'unmerged' | 'unknown';
export type EntryKind = 'file' | 'executable' | 'symlink' | 'submodule' | 'none';

export interface ChangedFile {
  status: ChangeStatus;
  /** The path at head (for a deletion, the path that was deleted). */
  path: string;
  /** The path at the merge base, for renames and copies. */
  previousPath?: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
  oldKind: EntryKind;
  newKind: EntryKind;
  /** Rename/copy similarity, 0–100. */
  similarity?: number;
}

export interface ChangeSet {
  base: string;
  head: string;
  mergeBase: string;
  files: ChangedFile[];
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
  U: 'unmerged',
  X: 'unknown',
};

export function kindOfMode(mode: string): EntryKind {
  switch (mode) {
    case '000000':
      return 'none';
    case '120000':
      return 'symlink';
    case '160000':
      return 'submodule';
    case '100755':
      return 'executable';
    default:
      return 'file';
  }
}

/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
const MODES = ['100644', '100755', '120000', '160000', '000000', '040000'];

function modeAt(text: string, start: number): string {
  for (const mode of MODES) if (text.startsWith(mode, start)) return mode;
  return text.slice(start, start + 6);
}

/**
 * Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
 * record split across chunks waits for the rest. With -z nothing is quoted, so
 * paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
 * Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
 */
export class RawDiffParser {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');

  /** The records completed by this chunk. */
  push(chunk: Buffer | string): ChangedFile[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const files: ChangedFile[] = [];
    let pos = 0;
    if (this.rest !== '') {
      // Finish the record cut at the last chunk's end from a short string (a record has at most three
      // fields, so three NULs complete it) rather than copying the rest and the whole chunk together.
      let cut = -1;
      for (let k = 0; k < 3; k += 1) {
        const nul = text.indexOf('\0', cut + 1);
        if (nul < 0) break;
        cut = nul;
      }
      const joined = this.rest + text.slice(0, cut + 1);
      const end = parseRecords(joined, 0, files);
      if (end < this.rest.length) {
        // Still incomplete (a tiny chunk): keep it all for the next one.
        this.rest += text;
        return files;
      }
      pos = end - this.rest.length;
    }
    pos = parseRecords(text, pos, files);
    this.rest = pos < text.length ? text.slice(pos) : '';
    return files;
  }

  /** The last records; throws if the output stopped inside a record. */
  end(): ChangedFile[] {
    const files = this.push(this.decoder.end());
    if (this.rest !== '') throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
    return files;
  }
}

/** Parses whole records from `pos`; returns where the first incomplete record starts. */
function parseRecords(text: string, pos: number, files: ChangedFile[]): number {
  const n = text.length;
  while (pos < n) {
    if (text.charCodeAt(pos) === 0) {
      pos += 1;
      continue;
    }
    if (text.charCodeAt(pos) !== 58 /* ':' */) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
    const metaEnd = text.indexOf('\0', pos);
    if (metaEnd < 0) return pos;
    const firstEnd = text.indexOf('\0', metaEnd + 1);
    if (firstEnd < 0) return pos;
    // ":100644 100644 <sha> <sha> R086": modes are six digits; SHAs are 40 or 64 hex digits.
    const s3 = text.indexOf(' ', pos + 15);
    const s4 = text.indexOf(' ', s3 + 1);
    if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) {
      throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
    }
    const status = STATUS[text.charAt(s4 + 1)] ?? 'unknown';
    const twoPaths = status === 'renamed' || status === 'copied';
    const secondEnd = twoPaths ? text.indexOf('\0', firstEnd + 1) : firstEnd;
    if (secondEnd < 0) return pos;
    const oldMode = modeAt(text, pos + 1);
    const newMode = modeAt(text, pos + 8);
    const first = text.slice(metaEnd + 1, firstEnd);
    const file: ChangedFile = {
      status,
      path: first,
      oldMode,
      newMode,
      oldSha: text.slice(pos + 15, s3),
      newSha: text.slice(s3 + 1, s4),
      oldKind: kindOfMode(oldMode),
      newKind: kindOfMode(newMode),
    };
    if (twoPaths) {
      file.previousPath = first;
      file.path = text.slice(firstEnd + 1, secondEnd);
      file.similarity = Number.parseInt(text.slice(s4 + 2, metaEnd), 10);
    }
    files.push(file);
    pos = secondEnd + 1;
  }
  return pos;
}

/** Parses complete `git diff-tree -r -z --raw` output. */
export function parseRawDiff(output: string): ChangedFile[] {
  const parser = new RawDiffParser();
  const files = parser.push(output);
  for (const file of parser.end()) files.push(file);
  return files;
}

export interface ChangedFilesOptions {
  /** Commits in the PR, when known from the event: used to say which fetch depth is needed. */
  prCommits?: number;
}

/**
 * The files a PR changes: local git between the exact base and head SHAs, via
 * their merge base, with rename and copy detection. Fails closed (throws a
 * ConfigurationError) on a missing commit, a shallow clone or no merge base.
 */
export async function changedFiles(repo: string, base: string, head: string, options: ChangedFilesOptions = {}): Promise<ChangeSet> {
  const range = await resolveRange(repo, base, head, options.prCommits);
  return { ...range, files: await diffTree(repo, range.mergeBase, range.head) };
}

/**
 * The raw diff between two commits, with rename and copy detection. Between two
 * full SHAs it is listed once per process; each caller gets its own array of the
 * same (read-only) records.
 */
export async function diffTree(repo: string, from: string, to: string): Promise<ChangedFile[]> {
  if (isFullSha(from) && isFullSha(to)) return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
  return listDiffTree(repo, from, to);
}

async function listDiffTree(repo: string, from: string, to: string): Promise<ChangedFile[]> {
  const all: ChangedFile[] = [];
  await listing(repo, from, to)((files) => {
    for (const f of files) all.push(f);
  });
  return all;
}

const diffKey = (repo: string, from: string, to: string): string => questionKey(repo, 'diff-tree', from, to);
const diffBytes = (files: readonly ChangedFile[]): number => stringBytes(files.map((f) => f.path)) + 400 * files.length;

/**
 * diffTree, handed over batch by batch as git writes it: a caller can decide on
 * the first files while git lists the rest, and need not keep what it has
 * decided. Resolves to the number of changed files. A diff this process has
 * listed (or is listing) through diffTree is handed over from there in one batch;
 * a streamed diff is not kept, so a caller alone with a large diff holds no more
 * of it than it keeps itself.
 */
export async function streamDiffTree(repo: string, from: string, to: string, onFiles: (files: ChangedFile[]) => void): Promise<number> {
  if (isFullSha(from) && isFullSha(to) && isRemembered(diffKey(repo, from, to))) {
    const files = await diffTree(repo, from, to);
    if (files.length > 0) onFiles(files);
    return files.length;
  }
  let count = 0;
  await listing(repo, from, to)((files) => {
    count += files.length;
    if (files.length > 0) onFiles(files);
  });
  return count;
}

const diffTreeArgs = (from: string, to: string): string[] => [
  'diff-tree',
  '-r',
  '-z',
  '--raw',
  '--no-abbrev',
  '--no-commit-id',
  '--no-ext-diff',
  '--no-textconv',
  '--ignore-submodules=none',
  '-M',
  '-C',
  from,
  to,
];

/** Hands a diff's files over, batch by batch, to the reader; resolves once all are handed. */
type Listing = (take: (files: ChangedFile[]) => void) => Promise<void>;

/** Listings started before anyone reads them (startDiffTree), by diff key: each is read once, then forgotten. */
const early = new Map<string, Listing>();

/** The listing startDiffTree started for this diff, or one started now. */
function listing(repo: string, from: string, to: string): Listing {
  const key = diffKey(repo, from, to);
  const started = early.get(key);
  early.delete(key);
  return started ?? startListing(repo, from, to);
}

/**
 * Starts listing the diff between two commits now. A diff that only modifies files in place is
 * read from the two trees, by the git kept open for reads (only the folders that differ); any
 * other is listed by `diff-tree`, which finds renames and copies. What git writes before the
 * reader comes waits in memory for it.
 */
function startListing(repo: string, from: string, to: string): Listing {
  // Two fixed commits only: a ref's tree, read here, could move before git lists the diff.
  const inPlace = isFullSha(from) && isFullSha(to) ? modificationsBetween(repo, from, to).catch(() => undefined) : Promise.resolve(undefined);
  const fromGit = inPlace.then((changes) => (changes ? undefined : startDiffTreeProcess(repo, from, to)));
  return async (take) => {
    const changes = await inPlace;
    if (changes) {
      take(changes.map(modified));
      return;
    }
    await (await fromGit)!(take);
  };
}

function modified(change: TreeChange): ChangedFile {
  return { status: 'modified', ...change, oldKind: kindOfMode(change.oldMode), newKind: kindOfMode(change.newMode) };
}

/** `git diff-tree`, started now; its output is parsed as it comes and waits for the reader. */
function startDiffTreeProcess(repo: string, from: string, to: string): Listing {
  const parser = new RawDiffParser();
  const waiting: Buffer[] = [];
  let reader: ((chunk: Buffer) => void) | undefined;
  const listing = streamGit(repo, diffTreeArgs(from, to), (chunk) => (reader ? reader(chunk) : waiting.push(chunk)));
  // The reader sees a failure; a listing nobody reads fails unseen.
  listing.catch(() => undefined);
  return async (take) => {
    const read = (chunk: Buffer): void => take(parser.push(chunk));
    try {
      for (const chunk of waiting.splice(0)) read(chunk);
    } catch (error) {
      // A reader that fails on what waited is given nothing more.
      reader = () => undefined;
      throw error;
    }
    reader = read;
    await listing;
    take(parser.end());
  };
}

/**
 * Starts listing the diff between two commits now, for a reader (diffTree,
 * streamDiffTree) that comes after work of its own, such as reading the policy:
 * git finds renames over the whole diff before it writes a line, and does so
 * meanwhile.
 */
export function startDiffTree(repo: string, from: string, to: string): void {
  if (!isFullSha(from) || !isFullSha(to)) return;
  const key = diffKey(repo, from, to);
  if (early.has(key) || isRemembered(key)) return;
  early.set(key, startListing(repo, from, to));
}

/**
 * Starts what a guard asks git first about a PR, for a caller that reads the
 * policy meanwhile: the two commits, their merge base and, from there, the diff.
 * For one reader the diff is streamed to it (startDiffTree); for several (every
 * guard of `check`) it is listed once and kept for all (diffTree). Failures wait
 * for the guards, which ask again and report them.
 */
export function startPullRequestRange(repo: string, base: string, head: string, options: { prCommits?: number; readers: 'one' | 'several' }): void {
  if (!isFullSha(base) || !isFullSha(head)) return;
  // After the reads the caller asked for in this turn (the policy's), which come first.
  setImmediate(() =>
    resolveRange(repo, base, head, options.prCommits).then(
      (range) => {
        if (options.readers === 'one') startDiffTree(repo, range.mergeBase, range.head);
        else diffTree(repo, range.mergeBase, range.head).catch(() => undefined);
      },
      () => undefined,
    ),
  );
}

/** Every path the change touches: both sides of a rename, the new side of a copy. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    out.push(f.path);
    if (f.status === 'renamed' && f.previousPath !== undefined) out.push(f.previousPath);
  }
  return out;
}

import { objectIdOf } from './cat-file.js';
import { PEELED } from './memo.js';
import { readObjects, type TreeEntry } from './objects.js';
import { GitError } from './run-git.js';

/**
 * Tree and commit objects read through the git a guard keeps open (readObjects), for the questions
 * a small PR asks about its two commits: what changed, what each tree holds, and whether the base
 * is an ancestor of the head. Each of those would otherwise start a git process (diff-tree,
 * ls-tree, merge-base), and a process costs the main thread a fork and an exec while the objects
 * cost a read. Every answer here can be "undefined": the question is then git's to answer.
 */

/** One entry of a tree object. */
export interface TreeObjectEntry {
  /** Six digits, as ls-tree and diff-tree write it ("040000" for a folder). */
  mode: string;
  name: string;
  oid: string;
}

const TREE_MODE = '040000';

/** The modes git stores, spelled as they are shared (a tree's "40000" as ls-tree writes it). */
const MODES = new Map([
  ['100644', '100644'],
  ['100755', '100755'],
  ['120000', '120000'],
  ['160000', '160000'],
  ['40000', TREE_MODE],
]);

/** The bytes of an object id in a repository whose commits have ids this long in hex. */
function idBytesOf(sha: string): number {
  return sha.length / 2;
}

/** The entries of a tree object: "<mode> SP <name> NUL <id as bytes>", in git's order. */
export function parseTreeObject(tree: Buffer, idBytes: number, oid: string): TreeObjectEntry[] {
  const out: TreeObjectEntry[] = [];
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(0x20, pos);
    const nul = space < 0 ? -1 : tree.indexOf(0, space + 1);
    if (nul < 0 || nul + 1 + idBytes > tree.length) throw malformed(oid);
    const digits = tree.toString('latin1', pos, space);
    out.push({ mode: MODES.get(digits) ?? digits.padStart(6, '0'), name: tree.toString('utf8', space + 1, nul), oid: tree.toString('hex', nul + 1, nul + 1 + idBytes) });
    pos = nul + 1 + idBytes;
  }
  return out;
}

const malformed = (oid: string): GitError =>
  new GitError(`git cat-file --batch gave a tree ${oid} that does not parse (is the clone corrupt? \`git fsck\` says)`, ['cat-file', '--batch'], null, '');

/** What a commit object says: its tree, its parents, who wrote it, when it was committed, and its message. */
export interface CommitObject {
  /** The commit's own id (a tag's SHA asked for, the commit it tags). */
  id: string;
  tree: string;
  parents: string[];
  /** The author line's value: "Name <email> seconds zone". */
  author: string;
  /** Seconds since the epoch, from the committer line. */
  committedAt: number;
  /** The encoding header's value, for a message stored in another encoding than UTF-8. */
  encoding?: string;
  /** The message, as stored, read as UTF-8. */
  message: string;
}

/** A commit object: headers ("tree", "parent", "author", "committer", …), a blank line, the message. */
export function parseCommitObject(id: string, commit: Buffer): CommitObject | undefined {
  const end = commit.indexOf('\n\n');
  const lines = commit.toString('utf8', 0, end < 0 ? commit.length : end).split('\n');
  const tree = lines[0]?.startsWith('tree ') ? lines[0].slice(5) : undefined;
  const parents: string[] = [];
  let author: string | undefined;
  let committedAt: number | undefined;
  let encoding: string | undefined;
  for (const line of lines) {
    if (line.startsWith('parent ')) parents.push(line.slice(7));
    else if (line.startsWith('author ')) author = line.slice(7);
    else if (line.startsWith('committer ')) committedAt = Number(/> (\d+) [+-]\d{4}$/.exec(line)?.[1]);
    else if (line.startsWith('encoding ')) encoding = line.slice(9);
  }
  if (tree === undefined || author === undefined || committedAt === undefined || Number.isNaN(committedAt)) return undefined;
  const message = end < 0 ? '' : commit.toString('utf8', end + 2);
  return { id, tree, parents, author, committedAt, message, ...(encoding === undefined ? {} : { encoding }) };
}

/** The commits full SHAs or ids name (a tag's SHA peeled to its commit), read in one batch; undefined for one not here. */
export async function commitObjects(repo: string, shas: readonly string[]): Promise<(CommitObject | undefined)[]> {
  const names = shas.map((sha) => `${sha}${PEELED}`);
  const objects = await readObjects(repo, names);
  return names.map((name) => {
    const object = objects.get(name);
    const id = object && objectIdOf(object);
    return id ? parseCommitObject(id, object) : undefined;
  });
}

/**
 * How many tree objects a walk reads before it leaves the question to git. Measured on a tree of
 * 2,000 folders and 16,000 files: read here in 16 ms, listed by ls-tree in 28 ms (its process
 * included); a walk that gives up past the budget has spent about as much as that.
 */
const TREE_BUDGET = 2048;

/** Parsed trees by their objects: readObjects hands the same Buffer for an id it has read. */
const parsedTrees = new WeakMap<Buffer, TreeObjectEntry[]>();

/** The entries of each tree, read in one batch; undefined if one is not here. */
async function readTrees(repo: string, oids: readonly string[]): Promise<Map<string, TreeObjectEntry[]> | undefined> {
  const objects = await readObjects(repo, oids);
  const out = new Map<string, TreeObjectEntry[]>();
  for (const [oid, object] of objects) {
    if (object === undefined) return undefined;
    let entries = parsedTrees.get(object);
    if (!entries) {
      entries = parseTreeObject(object, idBytesOf(oid), oid);
      parsedTrees.set(object, entries);
    }
    out.set(oid, entries);
  }
  return out;
}

/** A folder a walk reads: what it finds there in the tree's order, its subfolders in their places. */
interface Visit<T> {
  found: (T | Visit<T>)[];
}

/**
 * Reads folders level by level, each level in one batch of the git kept open for reads, within the
 * budget. `visit` is handed a folder's trees and returns the subfolders to read next, or undefined
 * to give up. What the folders found, depth first: the order of ls-tree -r and diff-tree.
 */
async function walkFolders<T extends object, V extends Visit<T>>(
  repo: string,
  root: V,
  treesOf: (folder: V) => string[],
  visit: (folder: V, tree: (oid: string) => TreeObjectEntry[]) => V[] | undefined,
): Promise<T[] | undefined> {
  let level = [root];
  let read = 0;
  while (level.length > 0) {
    const oids = level.flatMap(treesOf);
    read += oids.length;
    if (read > TREE_BUDGET) return undefined;
    const trees = await readTrees(repo, oids);
    if (!trees) return undefined;
    const next: V[] = [];
    for (const folder of level) {
      const subfolders = visit(folder, (oid) => trees.get(oid)!);
      if (!subfolders) return undefined;
      next.push(...subfolders);
    }
    level = next;
  }
  const out: T[] = [];
  const flatten = (folder: Visit<T>): void => {
    for (const f of folder.found) {
      if ('found' in f) flatten(f);
      else out.push(f);
    }
  };
  flatten(root);
  return out;
}

/** A file that differs between two trees, as diff-tree's raw output gives it. */
export interface TreeChange {
  path: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
}

/** Two versions of a folder. */
interface FolderPair extends Visit<TreeChange> {
  prefix: string;
  before: string;
  after: string;
}

/** Modes whose change diff-tree reports as a modification (M), not a change of type (T). */
const FILE_MODES = new Set(['100644', '100755']);

/** Whether a path that kept its name kept its type too: a file (executable or not), a link, a submodule. */
const sameType = (was: string, now: string): boolean => (FILE_MODES.has(was) && FILE_MODES.has(now)) || (was === now && (was === '120000' || was === '160000'));

/**
 * The files two commits' trees differ in, when every one of them is modified in place: the diff
 * diff-tree -M -C gives, since a rename or a copy needs a path added. A path added or deleted, a
 * change of type (a file become a link) or more trees than the budget: undefined, for git to list
 * with its rename and copy detection. Only the folders that differ are read.
 */
export async function modificationsBetween(repo: string, from: string, to: string): Promise<TreeChange[] | undefined> {
  const [before, after] = await commitObjects(repo, [from, to]);
  if (!before || !after) return undefined;
  if (before.tree === after.tree) return [];
  const root: FolderPair = { prefix: '', before: before.tree, after: after.tree, found: [] };
  return walkFolders(
    repo,
    root,
    (pair) => [pair.before, pair.after],
    (pair, tree) => {
      const was = new Map(tree(pair.before).map((e) => [entryKey(e), e]));
      const subfolders: FolderPair[] = [];
      for (const now of tree(pair.after)) {
        const key = entryKey(now);
        const old = was.get(key);
        if (!old) return undefined;
        was.delete(key);
        if (old.oid === now.oid && old.mode === now.mode) continue;
        const path = pair.prefix + now.name;
        if (now.mode === TREE_MODE) {
          const folder: FolderPair = { prefix: `${path}/`, before: old.oid, after: now.oid, found: [] };
          pair.found.push(folder);
          subfolders.push(folder);
        } else if (sameType(old.mode, now.mode)) {
          pair.found.push({ path, oldMode: old.mode, newMode: now.mode, oldSha: old.oid, newSha: now.oid });
        } else {
          return undefined;
        }
      }
      return was.size > 0 ? undefined : subfolders;
    },
  );
}

/** A folder and a file of one name are different paths: git sorts a folder's name as if it ended in "/". */
const entryKey = (e: TreeObjectEntry): string => (e.mode === TREE_MODE ? `${e.name}/` : e.name);

/** A folder being listed. */
interface Folder extends Visit<TreeEntry> {
  prefix: string;
  oid: string;
}

/**
 * Every file of a commit's tree with its id, in `ls-tree -r`'s order (git's order of each tree,
 * depth first); undefined when the commit is not here or its tree has more folders than the budget,
 * for `ls-tree` to list.
 */
export async function entriesOfCommit(repo: string, rev: string): Promise<TreeEntry[] | undefined> {
  const [commit] = await commitObjects(repo, [rev]);
  if (!commit) return undefined;
  const root: Folder = { prefix: '', oid: commit.tree, found: [] };
  return walkFolders(
    repo,
    root,
    (folder) => [folder.oid],
    (folder, tree) => {
      const subfolders: Folder[] = [];
      for (const e of tree(folder.oid)) {
        const path = folder.prefix + e.name;
        if (e.mode === TREE_MODE) {
          const sub: Folder = { prefix: `${path}/`, oid: e.oid, found: [] };
          folder.found.push(sub);
          subfolders.push(sub);
        } else {
          folder.found.push({ path, oid: e.oid, type: e.mode === '160000' ? 'commit' : 'blob' });
        }
      }
      return subfolders;
    },
  );
}

/** The names at the root of a commit's tree (files and folders), as `ls-tree --name-only` lists them; undefined when it is not here. */
export async function rootNamesOf(repo: string, rev: string): Promise<string[] | undefined> {
  const [commit] = await commitObjects(repo, [rev]);
  if (!commit) return undefined;
  return (await readTrees(repo, [commit.tree]))?.get(commit.tree)?.map((e) => e.name);
}

/** How many commits a walk from a head reads looking for the base, before it asks git. */
export const COMMIT_BUDGET = 32;
/** Committers' clocks disagree: a commit this much older than the base is still walked past. */
const CLOCK_SKEW_S = 3_600;

/**
 * The base's commit when it is the head or an ancestor of the head a few commits back, as a PR's
 * base is when nothing landed on the base branch since the PR branched: the merge base is then the
 * base itself. Undefined when the walk does not meet it, for `git merge-base` to answer. The walk
 * reads the parents the commits name, so it is for a clone whose history is what its objects say
 * (not shallow, no grafts): the caller knows.
 */
export async function baseAmongAncestors(repo: string, base: string, head: string): Promise<string | undefined> {
  const [b, h] = await commitObjects(repo, [base, head]);
  if (!b || !h) return undefined;
  if (b.id === h.id) return b.id;
  const seen = new Set([h.id]);
  let frontier = h.parents;
  let read = 0;
  while (frontier.length > 0) {
    if (frontier.includes(b.id)) return b.id;
    const unread = [...new Set(frontier)].filter((id) => !seen.has(id));
    read += unread.length;
    if (read > COMMIT_BUDGET) return undefined;
    frontier = [];
    for (const commit of await commitObjects(repo, unread)) {
      if (!commit) return undefined;
      seen.add(commit.id);
      // A commit older than the base (by more than the clocks may disagree) is not walked past:
      // the base is then seldom behind it, and git answers the rest.
      if (commit.committedAt + CLOCK_SKEW_S >= b.committedAt) frontier.push(...commit.parents);
    }
  }
  return undefined;
}

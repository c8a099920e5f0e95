import { mergeBase, resolveCommit } from './revisions.js';
import { runGit } from './run-git.js';

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

/**
 * Parses `git diff-tree -r -z` raw output. With -z nothing is quoted, so paths
 * with spaces, quotes, newlines or non-ASCII bytes arrive as they are. Scans
 * with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
 */
export function parseRawDiff(output: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const n = output.length;
  let pos = 0;
  const field = (): string => {
    const end = output.indexOf('\0', pos);
    if (end < 0) throw new Error('truncated diff-tree output');
    const value = output.slice(pos, end);
    pos = end + 1;
    return value;
  };
  while (pos < n) {
    if (output.charCodeAt(pos) === 0) {
      pos += 1;
      continue;
    }
    const meta = field();
    if (meta.charCodeAt(0) !== 58 /* ':' */) throw new Error(`unexpected diff-tree output near ${JSON.stringify(meta.slice(0, 80))}`);
    // ":100644 100644 <sha> <sha> R086"
    const s1 = meta.indexOf(' ');
    const s2 = meta.indexOf(' ', s1 + 1);
    const s3 = meta.indexOf(' ', s2 + 1);
    const s4 = meta.indexOf(' ', s3 + 1);
    const oldMode = meta.slice(1, s1);
    const newMode = meta.slice(s1 + 1, s2);
    const oldSha = meta.slice(s2 + 1, s3);
    const newSha = meta.slice(s3 + 1, s4);
    const status = STATUS[meta.charAt(s4 + 1)] ?? 'unknown';
    const first = field();
    const file: ChangedFile = { status, path: first, oldMode, newMode, oldSha, newSha, oldKind: kindOfMode(oldMode), newKind: kindOfMode(newMode) };
    if (status === 'renamed' || status === 'copied') {
      file.previousPath = first;
      file.path = field();
      file.similarity = Number.parseInt(meta.slice(s4 + 2), 10);
    }
    files.push(file);
  }
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
  const [baseSha, headSha] = await Promise.all([resolveCommit(repo, base, 'base'), resolveCommit(repo, head, 'head')]);
  const mb = await mergeBase(repo, baseSha, headSha, options.prCommits);
  const { stdout } = await runGit(repo, [
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
    mb,
    headSha,
  ]);
  return { base: baseSha, head: headSha, mergeBase: mb, files: parseRawDiff(stdout.toString('utf8')) };
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

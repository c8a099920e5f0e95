import { runGit } from './run-git.js';

/**
 * Reads many objects in one `git cat-file --batch` call. Keys are object names
 * (`<sha>` or `<rev>:<path>`); a missing object maps to undefined.
 */
export async function readObjects(repo: string, names: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const unique = [...new Set(names)];
  if (unique.length === 0) return result;
  for (const n of unique) {
    if (n.includes('\n')) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
  }
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
    result.set(name, stdout.subarray(pos, pos + size));
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
  const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
  const text = stdout.toString('utf8');
  return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}

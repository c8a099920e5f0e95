import { isFullSha } from './memo.js';
import { historyAsStored, mergeBase } from './revisions.js';
import { runGit } from './run-git.js';
import { COMMIT_BUDGET, commitObjects, type CommitObject } from './trees.js';

export interface CommitInfo {
  sha: string;
  parents: string[];
  subject: string;
  /** The full message, subject included. */
  message: string;
  authorName: string;
  authorEmail: string;
}

/** Every commit reachable from head and not from base, oldest first, all of them. */
export async function commitsBetween(repo: string, base: string, head: string): Promise<CommitInfo[]> {
  const line = isFullSha(base) && isFullSha(head) && historyAsStored(repo) ? await lineFromBase(repo, base, head).catch(() => undefined) : undefined;
  return line ?? commitsInGit(repo, base, head);
}

/**
 * The commits of a PR whose base is its merge base (the base branch has not moved since), along
 * one line of commits with one parent each, as a branch rebased or never merged into has: read back
 * from the head by the git kept open for reads. Undefined for any other shape, a message in another
 * encoding than UTF-8 or more commits than a walk reads, which `git log` lists.
 */
async function lineFromBase(repo: string, base: string, head: string): Promise<CommitInfo[] | undefined> {
  const [b, joined] = await Promise.all([commitObjects(repo, [base]).then(([c]) => c), mergeBase(repo, base, head)]);
  if (!b || joined !== b.id) return undefined;
  let [commit] = await commitObjects(repo, [head]);
  const line: CommitInfo[] = [];
  while (commit && commit.id !== b.id) {
    if (line.length === COMMIT_BUDGET || commit.parents.length !== 1 || (commit.encoding !== undefined && !/^utf-?8$/i.test(commit.encoding))) return undefined;
    const info = infoOf(commit);
    if (!info) return undefined;
    line.push(info);
    [commit] = await commitObjects(repo, commit.parents);
  }
  return commit ? line.reverse() : undefined;
}

function infoOf(commit: CommitObject): CommitInfo | undefined {
  // "Name <email> seconds zone", split as git splits it for `%an` and `%ae`: the name up to the
  // first "<", less the spaces before it; the email up to the next ">".
  const open = commit.author.indexOf('<');
  const close = commit.author.indexOf('>', open);
  if (open < 0 || close < 0) return undefined;
  return infoFrom(commit.id, commit.parents, commit.author.slice(0, open).trimEnd(), commit.author.slice(open + 1, close), commit.message);
}

function infoFrom(sha: string, parents: string[], authorName: string, authorEmail: string, message: string): CommitInfo {
  const body = message.replace(/\n+$/, '');
  return { sha, parents, subject: body.split('\n', 1)[0] ?? '', message: body, authorName, authorEmail };
}

async function commitsInGit(repo: string, base: string, head: string): Promise<CommitInfo[]> {
  const { stdout } = await runGit(repo, ['log', '--reverse', '-z', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B', `${base}..${head}`, '--']);
  const text = stdout.toString('utf8');
  if (text.length === 0) return [];
  return text
    .split('\0')
    .filter((record) => record.length > 0)
    .map((record) => {
      const [sha, parents, authorName, authorEmail, message] = record.split('\x1f') as [string, string, string, string, string];
      return infoFrom(sha, parents ? parents.split(' ') : [], authorName, authorEmail, message);
    });
}

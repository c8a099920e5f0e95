import { runGit } from './run-git.js';

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
  const { stdout } = await runGit(repo, ['log', '--reverse', '-z', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B', `${base}..${head}`, '--']);
  const text = stdout.toString('utf8');
  if (text.length === 0) return [];
  return text
    .split('\0')
    .filter((record) => record.length > 0)
    .map((record) => {
      const [sha, parents, authorName, authorEmail, message] = record.split('\x1f') as [string, string, string, string, string];
      const body = message.replace(/\n+$/, '');
      return {
        sha,
        parents: parents ? parents.split(' ') : [],
        subject: body.split('\n', 1)[0] ?? '',
        message: body,
        authorName,
        authorEmail,
      };
    });
}

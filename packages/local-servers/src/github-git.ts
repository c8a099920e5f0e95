import { execFileSync } from 'node:child_process';

/**
 * The git side of the local GitHub server: a repository state may be backed
 * by a bare repository (the remote the clients push to), and then a pull
 * request's head, base, commits and files are read from it and a merge writes
 * a real merge commit to the base branch, as GitHub does server-side.
 */

/** Nothing from the user's or the system's git configuration, no hooks: the server's git reads its own data only. */
const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LANG: 'C',
};

function git(gitDir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', ['--git-dir', gitDir, '-c', 'core.hooksPath=/dev/null', ...args], { env: { ...GIT_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export function branchSha(gitDir: string, branch: string): string | undefined {
  try {
    return git(gitDir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A commit (by SHA, or a branch or tag name) with its message and parents, or undefined when the repository has none by that name. */
export function commitOf(gitDir: string, ref: string): { sha: string; message: string; parents: string[] } | undefined {
  if (!/^[\w./-]+$/.test(ref) || ref.startsWith('-')) return undefined;
  try {
    const [line = '', ...message] = git(gitDir, ['log', '-1', '--format=%H %P%n%B', `${ref}^{commit}`, '--']).split('\n');
    const [sha = '', ...parents] = line.trim().split(' ').filter((s) => s.length > 0);
    return { sha, message: message.join('\n').trim(), parents };
  } catch {
    return undefined;
  }
}

/** The commits a pull request brings: reachable from head and not from base, oldest first. */
export function pullCommits(gitDir: string, base: string, head: string): { sha: string; message: string }[] {
  const out = git(gitDir, ['log', '--reverse', '--format=%H%x00%B%x00', `${base}..${head}`]);
  const parts = out.split('\0');
  const commits: { sha: string; message: string }[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) commits.push({ sha: parts[i]!.trim(), message: parts[i + 1]!.trim() });
  return commits;
}

/** The files a pull request changes (three-dot, as GitHub diffs a PR), renames with their old path. */
export function pullFiles(gitDir: string, base: string, head: string): { filename: string; status: 'added' | 'removed' | 'modified' | 'renamed'; previous_filename?: string }[] {
  const out = git(gitDir, ['diff', '--name-status', '-z', '-M', `${base}...${head}`]).split('\0').filter((s) => s.length > 0);
  const files: { filename: string; status: 'added' | 'removed' | 'modified' | 'renamed'; previous_filename?: string }[] = [];
  for (let i = 0; i < out.length; ) {
    const code = out[i++]!;
    if (code.startsWith('R')) {
      const from = out[i++]!;
      files.push({ filename: out[i++]!, status: 'renamed', previous_filename: from });
    } else files.push({ filename: out[i++]!, status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified' });
  }
  return files;
}

export type MergeOutcome = { sha: string } | { conflict: string };

/**
 * Merges head into the base branch with a merge commit, in the bare
 * repository (`git merge-tree --write-tree`, git ≥ 2.38): the tree is
 * computed without a work tree, the commit is made by the merging user, and
 * the branch moves only if it still points where it did.
 */
export function mergeIntoBranch(gitDir: string, input: { base: string; head: string; message: string; committer: { name: string; email: string } }): MergeOutcome {
  const baseSha = branchSha(gitDir, input.base);
  if (!baseSha) return { conflict: `the base branch ${input.base} does not exist` };
  let tree: string;
  try {
    tree = git(gitDir, ['merge-tree', '--write-tree', '--no-messages', baseSha, input.head]).split('\n')[0]!.trim();
  } catch {
    return { conflict: 'merge conflict between the base branch and the head' };
  }
  const who = { GIT_AUTHOR_NAME: input.committer.name, GIT_AUTHOR_EMAIL: input.committer.email, GIT_COMMITTER_NAME: input.committer.name, GIT_COMMITTER_EMAIL: input.committer.email };
  const sha = git(gitDir, ['commit-tree', tree, '-p', baseSha, '-p', input.head, '-m', input.message], who).trim();
  git(gitDir, ['update-ref', '-m', `merge ${input.head}`, `refs/heads/${input.base}`, sha, baseSha]);
  return { sha };
}

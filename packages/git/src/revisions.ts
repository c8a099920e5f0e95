import { ConfigurationError } from '@agent-guards/action-kit';
import { GitError, gitText, runGit } from './run-git.js';

export async function isShallowRepository(repo: string): Promise<boolean> {
  return (await gitText(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
export async function resolveCommit(repo: string, rev: string, role: 'base' | 'head' | string): Promise<string> {
  if (!/^[^\s-][^\s]*$/.test(rev)) {
    throw new ConfigurationError(`'${rev}' is not a revision.`, { field: role, fix: 'pass a commit SHA or ref name.' });
  }
  try {
    return (await gitText(repo, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== null) {
      const shallow = await isShallowRepository(repo).catch(() => false);
      throw new ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
        field: role,
        fix: shallow
          ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present."
          : 'fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0.',
      });
    }
    throw error;
  }
}

/**
 * The merge base of base and head, which a PR diff is measured from (three-dot
 * semantics). A missing merge base is an error, never a two-dot fallback: the
 * two-dot diff would include the base branch's own changes or miss the PR's.
 */
export async function mergeBase(repo: string, base: string, head: string, prCommits?: number): Promise<string> {
  const result = await runGit(repo, ['merge-base', base, head], { okExitCodes: [0, 1] });
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode === 0 && sha) return sha;
  const shallow = await isShallowRepository(repo);
  const depth = prCommits !== undefined ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : '';
  throw new ConfigurationError(
    shallow
      ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.`
      : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`,
    {
      field: 'fetch-depth',
      fix: shallow
        ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.`
        : 'compare a head that was branched from the base.',
    },
  );
}

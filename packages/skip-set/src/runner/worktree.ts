import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGit } from '@agent-guards/git';

/**
 * Runs `fn` on a checkout of `rev` in a temporary git worktree, never on the
 * user's working tree, and removes the worktree afterwards whatever happens.
 */
export async function withWorktree<T>(repo: string, rev: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const parent = mkdtempSync(join(tmpdir(), 'skip-set-'));
  const dir = join(parent, 'checkout');
  await runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]);
  try {
    return await fn(dir);
  } finally {
    await runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    rmSync(parent, { recursive: true, force: true });
    await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
  }
}

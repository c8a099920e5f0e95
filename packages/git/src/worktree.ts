import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGit } from './run-git.js';

/**
 * Runs `fn` on a checkout of `rev` in a temporary git worktree, never on the
 * user's working tree, and removes the worktree afterwards whatever happens:
 * when `worktree remove` fails (another git process holds a lock), the
 * directory is deleted and `worktree prune` drops what git still records.
 * Safe to call concurrently on one repository.
 */
export async function withWorktree<T>(repo: string, rev: string, fn: (dir: string) => Promise<T>, prefix = 'agent-guards-worktree-'): Promise<T> {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(parent, 'checkout');
  try {
    await runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]);
    return await fn(dir);
  } finally {
    await runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    rmSync(parent, { recursive: true, force: true });
    await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runGit } from './run-git.js';

const worktreeQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `step` after every earlier worktree step on the same repository has
 * settled. `git worktree add` reads every entry under .git/worktrees, and a
 * parallel add's entry may be half written ("failed to read
 * .git/worktrees/<name>/commondir"), so adds and removes take turns.
 */
function inTurn<T>(repo: string, step: () => Promise<T>): Promise<T> {
  const key = resolve(repo);
  const next = (worktreeQueues.get(key) ?? Promise.resolve()).then(step, step);
  const settled = next.catch(() => undefined);
  worktreeQueues.set(key, settled);
  void settled.then(() => {
    if (worktreeQueues.get(key) === settled) worktreeQueues.delete(key);
  });
  return next;
}

/**
 * Runs `fn` on a checkout of `rev` in a temporary git worktree, never on the
 * user's working tree, and removes the worktree afterwards whatever happens:
 * when `worktree remove` fails, the directory is deleted and `worktree prune`
 * drops what git still records. Calls on one repository may overlap: the
 * worktree steps take turns, the work in them runs in parallel.
 */
export async function withWorktree<T>(repo: string, rev: string, fn: (dir: string) => Promise<T>, prefix = 'agent-guards-worktree-'): Promise<T> {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  // git names the worktree's metadata after the directory: a unique name never collides.
  const dir = join(parent, basename(parent));
  try {
    await inTurn(repo, () => runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]));
    return await fn(dir);
  } finally {
    await inTurn(repo, async () => {
      await runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
      rmSync(parent, { recursive: true, force: true });
      await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
    });
  }
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { isFullSha, isRemembered, questionKey, remembered } from './memo.js';
import { GitError, gitText, runGit } from './run-git.js';
import { baseAmongAncestors, commitObjects } from './trees.js';

/**
 * Whether the clone is shallow. git says so when its `shallow` file exists: at the root of a clone
 * (a .git folder of its own, no GIT_DIR or GIT_COMMON_DIR to say otherwise) that file is looked at
 * here, and git is asked only elsewhere (a folder inside the checkout, a worktree).
 */
export async function isShallowRepository(repo: string): Promise<boolean> {
  const gitDir = cloneGitDir(repo);
  if (gitDir) return existsSync(join(gitDir, 'shallow'));
  return (await gitText(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The .git folder of the clone whose root `repo` is, where git would find it there; undefined anywhere else. */
function cloneGitDir(repo: string): string | undefined {
  const gitDir = join(repo, '.git');
  if (process.env.GIT_DIR || process.env.GIT_COMMON_DIR || !existsSync(join(gitDir, 'HEAD')) || existsSync(join(gitDir, 'commondir'))) return undefined;
  return gitDir;
}

/**
 * Whether the parents its commits name are the history git walks: a clone's root, neither shallow
 * (its oldest commits' parents are cut off) nor grafted. Elsewhere git is asked.
 */
export function historyAsStored(repo: string): boolean {
  const gitDir = cloneGitDir(repo);
  return gitDir !== undefined && !process.env.GIT_GRAFT_FILE && !existsSync(join(gitDir, 'shallow')) && !existsSync(join(gitDir, 'info', 'grafts'));
}

const REVISION = /^[^\s-][^\s]*$/;
/** Plain SHAs and ref names: nothing rev-parse would expand into several lines (ranges, ^@, :path). */
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * Resolves several revisions with one git process (full SHAs with the git kept open for reads); a
 * missing one is explained by rev-parse, so the error names its role.
 */
export async function resolveCommits(repo: string, revisions: readonly (readonly [rev: string, role: string])[]): Promise<string[]> {
  // A full SHA that names a commit keeps naming it: each is checked once per process. What is
  // remembered is the commit, never the error: callers that ask at the same time in different
  // roles (a PR's head, a base) are each told of a missing commit in their own.
  if (revisions.every(([rev]) => isFullSha(rev))) {
    const key = (rev: string): string => questionKey(repo, 'commit', rev);
    const answers = new Map<string, Promise<string | undefined>>();
    for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(new Error('unreachable'))));
    const unknown = revisions.filter(([rev]) => !answers.has(rev)).map(([rev]) => rev);
    if (unknown.length > 0) {
      // Read by the git kept open for reads: a tag's SHA names the commit it tags.
      const reading = commitObjects(repo, unknown).then((commits) => commits.map((c) => c?.id));
      unknown.forEach((rev, i) => answers.set(rev, remembered(key(rev), () => reading.then((ids) => ids[i]), { keep: (id) => id !== undefined })));
    }
    // What the read did not find, rev-parse explains; the first revision that fails is the one reported.
    const settled = await Promise.allSettled(revisions.map(async ([rev, role]) => (await answers.get(rev)!) ?? resolveCommitInGit(repo, rev, role)));
    return settled.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
  }
  return resolveCommitsInGit(repo, revisions);
}

async function resolveCommitsInGit(repo: string, revisions: readonly (readonly [rev: string, role: string])[]): Promise<string[]> {
  if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
    // No argument starts with a dash, so none can be read as an option.
    const result = await runGit(repo, ['rev-parse', ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
    const lines = result.stdout.toString('utf8').trim().split('\n');
    if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line))) return lines;
  }
  // Not resolveCommit: the commits asked here may be the very answers resolveCommits is waiting for.
  // The first revision that fails is the one reported (not the first to fail in time).
  const settled = await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)));
  return settled.map((r) => {
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  });
}

/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
export function resolveCommit(repo: string, rev: string, role: 'base' | 'head' | string): Promise<string> {
  return isFullSha(rev) ? resolveCommits(repo, [[rev, role]]).then(([sha]) => sha!) : resolveCommitInGit(repo, rev, role);
}

async function resolveCommitInGit(repo: string, rev: string, role: string): Promise<string> {
  if (!REVISION.test(rev)) {
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
  // Two fixed commits have one merge base (a fetch that deepens a shallow clone turns a failure into an
  // answer, and failures are not kept).
  if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, 'merge-base', base, head), () => mergeBaseOfShas(repo, base, head, prCommits));
  return mergeBaseInGit(repo, base, head, prCommits);
}

/**
 * A PR whose base branch has not moved since it branched has the base among the head's last few
 * ancestors, and the base is the merge base: the git kept open for reads finds it there, where
 * `git merge-base` would cost a process. git answers any other case.
 */
async function mergeBaseOfShas(repo: string, base: string, head: string, prCommits?: number): Promise<string> {
  const found = historyAsStored(repo) ? await baseAmongAncestors(repo, base, head).catch(() => undefined) : undefined;
  return found ?? mergeBaseInGit(repo, base, head, prCommits);
}

async function mergeBaseInGit(repo: string, base: string, head: string, prCommits?: number): Promise<string> {
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

export interface ResolvedRange {
  base: string;
  head: string;
  mergeBase: string;
}

const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Resolves base and head and finds their merge base. When both are full SHAs
 * (as a pull_request event gives them) nothing can move under us, so the merge
 * base is looked up while the commits are checked; names are resolved first.
 */
export async function resolveRange(repo: string, base: string, head: string, prCommits?: number): Promise<ResolvedRange> {
  const pair: [string, string][] = [
    [base, 'base'],
    [head, 'head'],
  ];
  if (FULL_SHA.test(base) && FULL_SHA.test(head)) {
    // Two commits with a merge base are both commits in the clone: one git process answers all three
    // (the SHA of an annotated tag stays the tag's; git peels it wherever it reads a commit). Only a
    // failure asks which commit is missing, so that the error names its role.
    try {
      return { base, head, mergeBase: await mergeBase(repo, base, head, prCommits) };
    } catch (error) {
      await resolveCommits(repo, pair);
      throw error;
    }
  }
  const [baseSha, headSha] = (await resolveCommits(repo, pair)) as [string, string];
  return { base: baseSha, head: headSha, mergeBase: await mergeBase(repo, baseSha, headSha, prCommits) };
}

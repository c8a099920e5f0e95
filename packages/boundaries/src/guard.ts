import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { reportFromFindings, type GuardRun, type Logger } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, type Policy } from '@agent-guards/config';
import { changedFiles, parseRawDiff, resolveCommit, resolveRange, runGit, type ChangedFile } from '@agent-guards/git';
import { checkBoundaries, type BoundaryCheckResult } from './check-boundaries.js';
import { commitSnapshot, splitNul, TreeCache, workingTreeSnapshot } from './snapshot.js';
import { renderBoundariesSummary } from './summary.js';

export const BOUNDARIES_GUARD = 'boundaries';

export interface BoundariesGuardOptions {
  repo: string;
  base: string;
  head: string;
  /** The policy, read at the base commit by the caller. */
  policy: Policy;
  logger: Logger;
  /** Commits in the PR, when known: says which fetch depth a shallow clone needs. */
  prCommits?: number;
  /** Where the policy was read from, for configuration errors. */
  policyPath?: string;
  /** Listings shared between runs on the same commits (Review mode). */
  treeCache?: TreeCache;
}

/**
 * The architecture-boundary guard on a PR: the files changed between the merge
 * base and head, their imports at head, judged against `policy.boundaries`.
 * Throws a ConfigurationError on a bad policy, a missing commit or a shallow
 * clone, and on a TypeScript/Go config it needs but cannot read: the action
 * shell turns that into verdict `error`.
 */
export async function runBoundariesGuard(options: BoundariesGuardOptions): Promise<GuardRun> {
  const cache = options.treeCache ?? new TreeCache();
  const headSha = await resolveCommit(options.repo, options.head, 'head');
  const head = commitSnapshot(options.repo, headSha, cache);
  // The head listing does not depend on the diff: list it while the diff runs.
  head.tree().catch(() => undefined);
  const changes = await changedFiles(options.repo, options.base, headSha, options.prCommits !== undefined ? { prCommits: options.prCommits } : {});
  const result = await checkBoundaries({
    boundaries: options.policy.boundaries,
    policyPath: options.policyPath ?? DEFAULT_POLICY_PATH,
    changes: changes.files,
    head,
    base: commitSnapshot(options.repo, changes.mergeBase, cache),
    logger: options.logger,
  });
  logOutcome(options.logger, result, `${changes.mergeBase.slice(0, 12)}..${changes.head.slice(0, 12)}`);
  return guardRun(result);
}

export interface WorkingTreeBoundariesOptions {
  repo: string;
  /** The commit the runner's branch started from. */
  base: string;
  policy: Policy;
  logger: Logger;
  policyPath?: string;
}

/**
 * The same decision on the working tree, for the runner in-process (before the
 * agent commits): tracked changes against the merge base with rename
 * detection, plus untracked files that are not ignored.
 */
export async function runBoundariesOnWorkingTree(options: WorkingTreeBoundariesOptions): Promise<GuardRun> {
  const { mergeBase: mb } = await resolveRange(options.repo, options.base, 'HEAD');
  const [tracked, untracked] = await Promise.all([
    runGit(options.repo, ['diff', '--raw', '-z', '--no-abbrev', '-M', '--ignore-submodules=none', mb, '--']),
    runGit(options.repo, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  const changes: ChangedFile[] = parseRawDiff(tracked.stdout.toString('utf8'));
  for (const path of splitNul(untracked.stdout.toString('utf8'))) {
    // Only regular files are read: an untracked symlink could point outside the repository.
    const isFile = await lstat(join(options.repo, path)).then((s) => s.isFile(), () => false);
    changes.push({ status: 'added', path, oldMode: '000000', newMode: isFile ? '100644' : '120000', oldSha: '0'.repeat(40), newSha: '0'.repeat(40), oldKind: 'none', newKind: isFile ? 'file' : 'symlink' });
  }
  const result = await checkBoundaries({
    boundaries: options.policy.boundaries,
    policyPath: options.policyPath ?? DEFAULT_POLICY_PATH,
    changes,
    head: workingTreeSnapshot(options.repo),
    base: commitSnapshot(options.repo, mb),
    logger: options.logger,
  });
  logOutcome(options.logger, result, `${mb.slice(0, 12)}..working tree`);
  return guardRun(result);
}

function guardRun(result: BoundaryCheckResult): GuardRun {
  return {
    report: reportFromFindings(BOUNDARIES_GUARD, result.findings, { ...result.metrics }),
    outputs: { 'new-edges': result.metrics['new-edges'], forbidden: result.metrics.forbidden },
    summary: renderBoundariesSummary(result),
  };
}

function logOutcome(logger: Logger, result: BoundaryCheckResult, range: string): void {
  const m = result.metrics;
  logger.info(
    `boundaries ${range}: ${m['files-parsed']} of ${m['files-changed']} changed file(s) parsed, ${m.imports} import(s), ` +
      `${m['new-edges']} new edge(s) between contexts, ${m.forbidden} forbidden, ${m['existing-forbidden']} already there at base.`,
  );
}

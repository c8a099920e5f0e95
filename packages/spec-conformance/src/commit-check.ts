import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, type Finding } from '@agent-guards/action-kit';
import { commitsBetween, gitText, isShallowRepository, mergeBase, type CommitInfo } from '@agent-guards/git';
import { parseConventionalCommit, type CommitRules } from './conventional-commits.js';

/** Merge messages git and GitHub write themselves ("Update branch"): not the author's to word. */
const GENERATED_MERGE = /^Merge (?:branch|branches|remote-tracking branch|pull request|commit|tag) /;

export interface CommitCheck {
  findings: Finding[];
  checked: number;
  /** Merge commits with generated messages, which are not held to the format. */
  skippedMerges: number;
  invalid: number;
}

/**
 * Every commit of the PR, however many: all of base..head from local git
 * (never an API page). Fails closed when the clone cannot show them all: no
 * merge base, a shallow boundary inside the range, or a count that differs
 * from the PR's own.
 */
export async function pullRequestCommits(repo: string, base: string, head: string, prCommits?: number): Promise<CommitInfo[]> {
  const [joined, listed, shallow] = await Promise.allSettled([mergeBase(repo, base, head, prCommits), commitsBetween(repo, base, head), isShallowRepository(repo)]);
  // The merge base speaks first: without it the list cannot be trusted, whatever else happened.
  if (joined.status === 'rejected') throw joined.reason;
  if (listed.status === 'rejected') throw listed.reason;
  if (shallow.status === 'rejected') throw shallow.reason;
  const commits = listed.value;
  if (shallow.value) {
    const shallowFile = resolve(repo, (await gitText(repo, ['rev-parse', '--git-path', 'shallow'])).trim());
    const boundary = new Set(readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean));
    const cut = commits.find((c) => boundary.has(c.sha));
    if (cut) {
      throw new ConfigurationError(`the clone is shallow and cuts the PR's history at ${cut.sha.slice(0, 12)}: the commits before it cannot be checked.`, {
        field: 'fetch-depth',
        fix: "check out with 'fetch-depth: 0' (actions/checkout), or run 'git fetch --unshallow'.",
      });
    }
  }
  if (prCommits !== undefined && commits.length !== prCommits) {
    throw new ConfigurationError(`the pull request has ${prCommits} commit(s), but ${base.slice(0, 12)}..${head.slice(0, 12)} holds ${commits.length} in the local clone.`, {
      field: 'base',
      fix: "check out with 'fetch-depth: 0' and compare the pull request's own base and head SHAs.",
    });
  }
  return commits;
}

function excerpt(text: string, max = 72): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One `non-conventional-commit` finding per commit that breaks the format, naming the commit and the fix. */
export function checkCommits(commits: readonly CommitInfo[], rules: CommitRules): CommitCheck {
  const findings: Finding[] = [];
  let skippedMerges = 0;
  for (const commit of commits) {
    if (commit.parents.length > 1 && GENERATED_MERGE.test(commit.subject)) {
      skippedMerges += 1;
      continue;
    }
    const result = parseConventionalCommit(commit.message, rules);
    if (result.valid) continue;
    findings.push({
      rule: 'non-conventional-commit',
      severity: 'error',
      message: `commit ${commit.sha.slice(0, 12)} '${excerpt(commit.subject)}': ${result.problems.join('; ')}. Fix: ${result.fix}`,
    });
  }
  return { findings, checked: commits.length, skippedMerges, invalid: findings.length };
}

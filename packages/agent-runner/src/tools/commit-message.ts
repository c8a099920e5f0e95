import type { Policy } from '@agent-guards/config';
import { parseConventionalCommit } from '@agent-guards/spec-conformance/conventional-commits';

/**
 * Why a commit message is not a conventional commit under the policy's
 * `commits` rules, or undefined when it is: the spec-conformance guard's own
 * parser, so the runner refuses exactly the commits the guard would fail.
 */
export function conventionalCommitProblem(message: string, commits: Policy['commits']): string | undefined {
  const result = parseConventionalCommit(message, commits);
  return result.valid ? undefined : result.problems.join('; ');
}

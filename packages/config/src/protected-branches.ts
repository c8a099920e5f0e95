import { minimatch } from 'minimatch';

/** Whether a branch matches one of the policy's `protected_branches` globs: the agent never creates or pushes such a branch. */
export function isProtectedBranch(branch: string, globs: readonly string[]): boolean {
  return globs.some((g) => minimatch(branch, g, { dot: true }));
}

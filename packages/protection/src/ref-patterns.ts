import { minimatch } from 'minimatch';
import type { Ruleset } from '@agent-guards/github';

const MATCH_OPTIONS = { dot: true, nonegate: true, nocomment: true } as const;
const HEADS = 'refs/heads/';

/** A policy entry with wildcards names many branches, present and future. */
export function isBranchGlob(branch: string): boolean {
  return /[*?[{]/.test(branch);
}

/**
 * Branch names standing for everything the glob matches: the glob's own text
 * and instances of it. Undefined for character classes and braces, whose
 * coverage we do not try to prove.
 */
function samplesOf(glob: string): string[] | undefined {
  if (/[[\]{}]/.test(glob)) return undefined;
  const instances = ['x', 'v1.2.3-rc_1'].flatMap((word) =>
    ['a', 'a/b/c'].map((deep) =>
      glob
        .replace(/\*\*/g, '\0')
        .replace(/\*/g, word)
        .replace(/\?/g, 'q')
        .replace(/\0/g, deep),
    ),
  );
  return [glob, ...new Set(instances)];
}

/** Whether an include pattern of a ruleset reaches every branch the glob names. */
export function includeCovers(pattern: string, glob: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === `${HEADS}${glob}`) return true;
  // ~DEFAULT_BRANCH is one branch, and a pattern without refs/heads/ may match nothing.
  if (!pattern.startsWith(HEADS)) return false;
  const samples = samplesOf(glob);
  return samples !== undefined && samples.every((s) => minimatch(`${HEADS}${s}`, pattern, MATCH_OPTIONS));
}

/** Whether an exclude pattern takes any branch of the glob out of a ruleset (assumed so when unsure). */
export function excludeTouches(pattern: string, glob: string): boolean {
  if (pattern === '~ALL' || pattern === '~DEFAULT_BRANCH') return true;
  if (pattern.startsWith('refs/') && !pattern.startsWith(HEADS)) return false;
  const branchPattern = pattern.startsWith(HEADS) ? pattern.slice(HEADS.length) : pattern;
  const samples = samplesOf(glob);
  if (samples === undefined) return true;
  return (
    samples.some((s) => minimatch(s, branchPattern, MATCH_OPTIONS)) ||
    // The excluded names may be a narrower part of the glob (release/old under release/*).
    minimatch(branchPattern, glob, MATCH_OPTIONS)
  );
}

/** An active branch ruleset whose conditions reach every branch of the glob and exclude none of them. */
export function rulesetCoversGlob(ruleset: Ruleset, glob: string): boolean {
  if (ruleset.enforcement !== 'active' || (ruleset.target !== undefined && ruleset.target !== 'branch')) return false;
  const refName = ruleset.conditions?.ref_name;
  const include = refName?.include ?? [];
  const exclude = refName?.exclude ?? [];
  return include.some((p) => includeCovers(p, glob)) && !exclude.some((p) => excludeTouches(p, glob));
}

import { PER_PAGE, type Api } from './api.js';
import { githubMessageOf, statusOf } from './errors.js';
import type { RepoRef } from './repo-ref.js';

/** A ruleset rule, as GET /repos/{owner}/{repo}/rules/branches/{branch} and the ruleset endpoints return it. */
export interface BranchRule {
  type: string;
  parameters?: Record<string, unknown>;
  ruleset_source_type?: string;
  ruleset_source?: string;
  ruleset_id?: number;
}

export interface Ruleset {
  id: number;
  name: string;
  /** `branch`, `tag`, `push` or `repository`; absent on old rulesets, which target branches. */
  target?: string;
  enforcement: string;
  source_type?: string;
  source: string;
  /** Present when read one by one (GET /rulesets/{id}), not in the list. */
  conditions?: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules?: BranchRule[];
}

/** Classic branch protection, the parts a guard reads. */
export interface BranchProtection {
  required_status_checks?: { contexts: string[]; checks?: { context: string }[]; strict?: boolean };
  required_pull_request_reviews?: { required_approving_review_count?: number };
  enforce_admins?: { enabled: boolean };
  allow_force_pushes?: { enabled: boolean };
  allow_deletions?: { enabled: boolean };
  lock_branch?: { enabled?: boolean };
}

/** The active ruleset rules that apply to one branch (GitHub resolves patterns and ~DEFAULT_BRANCH). */
export async function getBranchRules(api: Api, repo: RepoRef, branch: string): Promise<BranchRule[]> {
  const rules = await api.octokit.paginate(api.octokit.rest.repos.getBranchRules, { ...repo, branch, per_page: PER_PAGE });
  return rules.map((r) => r as BranchRule);
}

/** Rulesets of the repository and those it inherits from its organization. */
export async function listRulesets(api: Api, repo: RepoRef): Promise<Ruleset[]> {
  const rulesets = await api.octokit.paginate(api.octokit.rest.repos.getRepoRulesets, { ...repo, includes_parents: true, per_page: PER_PAGE });
  return rulesets.map((r) => r as Ruleset);
}

export async function getRuleset(api: Api, repo: RepoRef, id: number): Promise<Ruleset> {
  const { data } = await api.octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id, includes_parents: true });
  return data as Ruleset;
}

// The only 404 answers that mean "no classic protection"; any other 404 may hide a token that cannot see it.
const UNPROTECTED_MESSAGES = new Set(['Branch not protected', 'Branch not found']);

/** Classic protection of a branch, or undefined when it has none. Any other failure throws. */
export async function getBranchProtection(api: Api, repo: RepoRef, branch: string): Promise<BranchProtection | undefined> {
  try {
    const { data } = await api.octokit.rest.repos.getBranchProtection({ ...repo, branch });
    return data as BranchProtection;
  } catch (error) {
    if (statusOf(error) === 404 && UNPROTECTED_MESSAGES.has(githubMessageOf(error) ?? '')) return undefined;
    throw error;
  }
}

import type { Api } from './api.js';
import { getBranchProtection, getBranchRules, getRuleset, listRulesets, type BranchProtection, type BranchRule, type Ruleset } from './branch-rules.js';
import { commentOnIssue, upsertStickyComment } from './comments.js';
import { upsertIssue, type IssueUpsert } from './issues.js';
import { addLabels, removeLabel } from './labels.js';
import { createOctokit, DEFAULT_RETRIES, type Octokit, type OctokitOptions } from './octokit.js';
import {
  findOrCreatePullRequest,
  getPullRequest,
  listPullRequestCommits,
  listPullRequestFiles,
  type NewPullRequest,
  type PullRequestInfo,
} from './pull-requests.js';
import type { RepoRef } from './repo-ref.js';

/** The client takes the options of the Octokit it builds (token, baseUrl, logger, retries, timing). */
export type GitHubClientOptions = OctokitOptions;

/**
 * GitHub REST access for the guards: retries on 5xx, waits out rate limits,
 * and creates idempotently (find first; a POST whose answer was lost is not
 * re-sent before checking whether it took effect).
 */
export interface GitHubClient {
  readonly octokit: Octokit;
  getPullRequest(repo: RepoRef, number: number): Promise<PullRequestInfo>;
  /** Paginated; throws TruncatedListError when GitHub's 250-commit cap may have cut it. */
  listPullRequestCommits(repo: RepoRef, number: number): Promise<{ sha: string; message: string }[]>;
  /** Paginated, both paths of a rename; throws TruncatedListError at the 3000-file cap. */
  listPullRequestFiles(repo: RepoRef, number: number): Promise<string[]>;
  /** Edits the comment carrying the hidden marker (searched on all pages) or posts it; never a second one. */
  upsertStickyComment(repo: RepoRef, issueNumber: number, marker: string, body: string): Promise<{ id: number; created: boolean }>;
  /** Creates the labels the repository lacks, then adds them. */
  addLabels(repo: RepoRef, issueNumber: number, labels: string[]): Promise<void>;
  /** A label the issue does not carry is not an error. */
  removeLabel(repo: RepoRef, issueNumber: number, label: string): Promise<void>;
  /** Updates the open issue with the marker (found by its first label and the marker) or opens it. */
  upsertIssue(repo: RepoRef, issue: IssueUpsert): Promise<{ number: number; created: boolean }>;
  /** Posts a comment; with a marker, only if no comment carries it yet. */
  commentOnIssue(repo: RepoRef, issueNumber: number, body: string, marker?: string): Promise<{ id: number; created: boolean }>;
  /** The open pull request for head → base, or a new one. */
  findOrCreatePullRequest(repo: RepoRef, pr: NewPullRequest): Promise<{ number: number; html_url: string; created: boolean }>;
  /** Active ruleset rules for a branch (GET /repos/{owner}/{repo}/rules/branches/{branch}), paginated. */
  getBranchRules(repo: RepoRef, branch: string): Promise<BranchRule[]>;
  /** Classic protection; undefined when GitHub says the branch is not protected. */
  getBranchProtection(repo: RepoRef, branch: string): Promise<BranchProtection | undefined>;
  /** Repository and inherited rulesets, without their conditions and rules. */
  listRulesets(repo: RepoRef): Promise<Ruleset[]>;
  /** One ruleset with its conditions and rules. */
  getRuleset(repo: RepoRef, id: number): Promise<Ruleset>;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const octokit = createOctokit(options);
  const api: Api = {
    octokit,
    logger: options.logger,
    retries: options.retries ?? DEFAULT_RETRIES,
    retryBaseMs: options.timing?.retryBaseMs ?? 1000,
  };
  return {
    octokit,
    getPullRequest: (repo, number) => getPullRequest(api, repo, number),
    listPullRequestCommits: (repo, number) => listPullRequestCommits(api, repo, number),
    listPullRequestFiles: (repo, number) => listPullRequestFiles(api, repo, number),
    upsertStickyComment: (repo, issueNumber, marker, body) => upsertStickyComment(api, repo, issueNumber, marker, body),
    addLabels: (repo, issueNumber, labels) => addLabels(api, repo, issueNumber, labels),
    removeLabel: (repo, issueNumber, label) => removeLabel(api, repo, issueNumber, label),
    upsertIssue: (repo, issue) => upsertIssue(api, repo, issue),
    commentOnIssue: (repo, issueNumber, body, marker) => commentOnIssue(api, repo, issueNumber, body, marker),
    findOrCreatePullRequest: (repo, pr) => findOrCreatePullRequest(api, repo, pr),
    getBranchRules: (repo, branch) => getBranchRules(api, repo, branch),
    getBranchProtection: (repo, branch) => getBranchProtection(api, repo, branch),
    listRulesets: (repo) => listRulesets(api, repo),
    getRuleset: (repo, id) => getRuleset(api, repo, id),
  };
}

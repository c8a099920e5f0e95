import { NO_RETRY, PER_PAGE, type Api } from './api.js';
import { capBody } from './bodies.js';
import { createOnce } from './create-once.js';
import { hasValidationCode, statusOf, TruncatedListError } from './errors.js';
import type { RepoRef } from './repo-ref.js';

export interface PullRequestInfo {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  html_url: string;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  user: { login: string };
  labels: string[];
  /** How many commits the pull request has (not capped). */
  commits: number;
  /** How many files it changes (not capped). */
  changed_files: number;
}

/** GitHub's caps on the lists of a pull request's commits and files. */
export const PULL_REQUEST_COMMITS_CAP = 250;
export const PULL_REQUEST_FILES_CAP = 3000;

/** Fetched fresh: the event payload is stale on re-runs (an edited body, new commits). */
export async function getPullRequest(api: Api, repo: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await api.octokit.rest.pulls.get({ ...repo, pull_number: number });
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged,
    draft: data.draft ?? false,
    html_url: data.html_url,
    head: { sha: data.head.sha, ref: data.head.ref },
    base: { sha: data.base.sha, ref: data.base.ref },
    user: { login: data.user.login },
    labels: data.labels.map((l) => l.name),
    commits: data.commits,
    changed_files: data.changed_files,
  };
}

export async function listPullRequestCommits(api: Api, repo: RepoRef, number: number): Promise<{ sha: string; message: string }[]> {
  const commits = await api.octokit.paginate(api.octokit.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: PER_PAGE });
  const list = commits.map((c) => ({ sha: c.sha, message: c.commit.message }));
  await assertComplete(api, repo, number, 'commits', list.length);
  return list;
}

/** Every path the pull request touches; a rename or copy contributes both its paths. */
export async function listPullRequestFiles(api: Api, repo: RepoRef, number: number): Promise<string[]> {
  let files: { filename: string; previous_filename?: string }[];
  try {
    files = await api.octokit.paginate(api.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: PER_PAGE });
  } catch (error) {
    // GitHub answers 422 when the diff is too large to list ("taking too long to generate").
    if (statusOf(error) === 422) throw new TruncatedListError('files', PULL_REQUEST_FILES_CAP, PULL_REQUEST_FILES_CAP, undefined, number);
    throw error;
  }
  await assertComplete(api, repo, number, 'files', files.length);
  const paths = new Set<string>();
  for (const f of files) {
    paths.add(f.filename);
    if (f.previous_filename) paths.add(f.previous_filename);
  }
  return [...paths];
}

/** At the cap the list may have been cut: only the pull request's own count can say it was not. */
async function assertComplete(api: Api, repo: RepoRef, number: number, list: 'commits' | 'files', listed: number): Promise<void> {
  const cap = list === 'commits' ? PULL_REQUEST_COMMITS_CAP : PULL_REQUEST_FILES_CAP;
  if (listed < cap) return;
  const pr = await getPullRequest(api, repo, number);
  const total = list === 'commits' ? pr.commits : pr.changed_files;
  if (total !== listed) throw new TruncatedListError(list, cap, listed, total, number);
}

export interface NewPullRequest {
  /** A branch of this repository, or `owner:branch` for a fork. */
  head: string;
  base: string;
  title: string;
  body: string;
  draft?: boolean;
}

/** Returns the open pull request for `head` → `base` if there is one, else opens it (at most once). */
export async function findOrCreatePullRequest(
  api: Api,
  repo: RepoRef,
  pr: NewPullRequest,
): Promise<{ number: number; html_url: string; created: boolean }> {
  const headFilter = pr.head.includes(':') ? pr.head : `${repo.owner}:${pr.head}`;
  const find = async (): Promise<{ number: number; html_url: string } | undefined> => {
    const open = await api.octokit.paginate(api.octokit.rest.pulls.list, { ...repo, state: 'open', head: headFilter, base: pr.base, per_page: PER_PAGE });
    const found = open[0];
    return found ? { number: found.number, html_url: found.html_url } : undefined;
  };
  const existing = await find();
  if (existing) return { ...existing, created: false };
  const body = capBody(pr.body);
  try {
    const created = await createOnce({
      what: `a pull request from ${pr.head}`,
      find,
      create: async () => {
        const { data } = await api.octokit.rest.pulls.create({
          ...repo,
          head: pr.head,
          base: pr.base,
          title: pr.title,
          body,
          draft: pr.draft ?? false,
          request: NO_RETRY,
        });
        return { number: data.number, html_url: data.html_url };
      },
      retries: api.retries,
      backoffMs: api.retryBaseMs,
      logger: api.logger,
    });
    return { ...created, created: true };
  } catch (error) {
    // Someone (or a lost earlier attempt) opened it meanwhile.
    if (statusOf(error) === 422 && !hasValidationCode(error, 'missing_field')) {
      const raced = await find();
      if (raced) return { ...raced, created: false };
    }
    throw error;
  }
}

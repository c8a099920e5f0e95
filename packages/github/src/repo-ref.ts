import { ConfigurationError } from '@agent-guards/action-kit';

/** A repository on GitHub, as `owner/name`. */
export interface RepoRef {
  owner: string;
  repo: string;
}

// GitHub's own limits: owners are 1–39 alphanumerics or single hyphens; names 1–100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Parses `owner/name`; anything else is the user's to fix. */
export function parseRepoRef(text: string, field = 'repo'): RepoRef {
  const trimmed = text.trim();
  const [owner, repo, ...rest] = trimmed.split('/');
  if (owner === undefined || repo === undefined || rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
    throw new ConfigurationError(`'${trimmed}' is not a repository name.`, {
      field,
      fix: 'give the repository as OWNER/NAME, for example octo-org/service.',
    });
  }
  return { owner, repo };
}

export function formatRepoRef(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

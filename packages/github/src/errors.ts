/**
 * GitHub lists at most 250 commits and 3000 files of a pull request. A guard
 * that read a cut list would judge a part of the change, so it fails closed.
 */
export class TruncatedListError extends Error {
  constructor(
    readonly list: 'commits' | 'files',
    readonly cap: number,
    readonly listed: number,
    /** What the pull request says it has, when known. */
    readonly total: number | undefined,
    pullNumber: number,
  ) {
    super(
      `GitHub lists at most ${cap} ${list} of a pull request; #${pullNumber} ` +
        `${total !== undefined ? `has ${total}` : `listed ${listed}`}, so the list may be incomplete. ` +
        `Read the ${list} from git between the base and head SHAs instead.`,
    );
    this.name = 'TruncatedListError';
  }
}

/** The shape of @octokit/request-error's RequestError, checked structurally so one copy of the class is not assumed. */
export interface GitHubRequestError extends Error {
  status: number;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

export function isGitHubRequestError(error: unknown): error is GitHubRequestError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

export function statusOf(error: unknown): number | undefined {
  return isGitHubRequestError(error) ? error.status : undefined;
}

/** GitHub's own `message` from an error response body. */
export function githubMessageOf(error: unknown): string | undefined {
  if (!isGitHubRequestError(error)) return undefined;
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return undefined;
}

/** True when a request may not have reached GitHub or may have half-happened: 5xx or a transport failure. */
export function isTransientError(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

/** A 422 whose validation errors include one with this code (e.g. `already_exists`). */
export function hasValidationCode(error: unknown, code: string): boolean {
  if (statusOf(error) !== 422 || !isGitHubRequestError(error)) return false;
  const errors = (error.response?.data as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code);
}

/** One line for a log or a report: status, GitHub's message and what was being done. */
export function describeGitHubError(error: unknown, doing: string): string {
  const status = statusOf(error);
  const message = githubMessageOf(error) ?? (error instanceof Error ? error.message : String(error));
  if (status === 403 || status === 401) {
    return `GitHub refused ${doing} (${status}: ${message}). The token lacks a permission this needs.`;
  }
  return `GitHub failed ${doing}${status !== undefined ? ` (${status})` : ''}: ${message}`;
}

import type { Logger } from '@agent-guards/action-kit';
import type { Octokit } from './octokit.js';

/** What every group of calls shares: the Octokit instance and how hard to try. */
export interface Api {
  octokit: Octokit;
  logger: Logger;
  retries: number;
  retryBaseMs: number;
}

/** Request option that turns off automatic retries, for POSTs that must not be repeated blindly. */
export const NO_RETRY = { retries: 0 } as const;

export const PER_PAGE = 100;

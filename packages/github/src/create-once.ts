import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@agent-guards/action-kit';
import { describeGitHubError, isTransientError } from './errors.js';

export interface CreateOnceOptions<T> {
  /** What is being created, for the log. */
  what: string;
  /** Finds what an earlier attempt may have created. */
  find(): Promise<T | undefined>;
  /** Sends the create request once, without automatic retries. */
  create(): Promise<T>;
  /** Extra attempts after the first. */
  retries: number;
  backoffMs: number;
  logger: Logger;
}

/**
 * Creates something at most once. A POST whose answer was lost (a 5xx or a
 * dropped connection) may still have taken effect, so it is never re-sent
 * blindly: we look for its result first and send again only when it is absent.
 */
export async function createOnce<T>(options: CreateOnceOptions<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await options.create();
    } catch (error) {
      if (!isTransientError(error) || attempt >= options.retries) throw error;
      options.logger.warning(`${describeGitHubError(error, `creating ${options.what}`)}; checking whether it was created before trying again.`);
      await sleep(options.backoffMs * (attempt + 1) ** 2);
      const existing = await options.find();
      if (existing !== undefined) return existing;
    }
  }
}

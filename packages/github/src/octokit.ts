import type { Logger } from '@agent-guards/action-kit';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/** Octokit with retries on 5xx, rate-limit handling, pagination and the REST methods. */
export const GuardedOctokit = OctokitCore.plugin(retry, throttling, paginateRest, restEndpointMethods);
export type Octokit = InstanceType<typeof GuardedOctokit>;

/** Waits and spacing. The defaults are GitHub's guidance; tests shrink them. */
export interface GitHubTiming {
  /** Base of the backoff after a 5xx, in ms: the n-th retry waits base × n². Default 1000. */
  retryBaseMs?: number;
  /** What one second of `retry-after` or of a rate-limit reset lasts, in ms. Default 1000. */
  rateLimitSecondMs?: number;
  /** Gap between writes, in ms (GitHub asks for one second); notifying writes wait three times as long. Default 1000. */
  writeSpacingMs?: number;
  /** The longest rate-limit wait accepted; a longer one fails the call. Default 900 s. */
  maxRateLimitWaitSeconds?: number;
}

export interface OctokitOptions {
  token: string;
  /** REST root; default https://api.github.com (an action passes GITHUB_API_URL). */
  baseUrl?: string;
  logger: Logger;
  /** Retries after a 5xx or a rate limit; default 3. */
  retries?: number;
  userAgent?: string;
  timing?: GitHubTiming;
}

export const DEFAULT_RETRIES = 3;

export function createOctokit(options: OctokitOptions): Octokit {
  const { logger } = options;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const timing = options.timing ?? {};
  const writeSpacingMs = timing.writeSpacingMs ?? 1000;
  const maxWait = timing.maxRateLimitWaitSeconds ?? 900;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const where = `${request.method} ${request.url}`;
      if (retryCount >= retries) {
        logger.warning(`GitHub ${kind} on ${where}: giving up after ${retryCount} retries.`);
        return false;
      }
      if (retryAfter > maxWait) {
        logger.warning(`GitHub ${kind} on ${where}: the wait of ${retryAfter} s is longer than ${maxWait} s, giving up.`);
        return false;
      }
      logger.warning(`GitHub ${kind} on ${where}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
      return true;
    };
  return new GuardedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl?.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'agent-guards',
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.error(m),
    },
    // 429 is left to the throttling plugin, which waits for retry-after; the retry plugin would not.
    retry: { retries, retryAfterBaseValue: timing.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: timing.rateLimitSecondMs ?? 1000,
      // Our own groups, so the spacing is ours to set and not shared with other clients in the process.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs * 3 }),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
}

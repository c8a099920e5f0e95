import { MemoryLogger } from '@agent-guards/action-kit';
import type { GitHubServer } from '@agent-guards/local-servers';
import { createGitHubClient, type GitHubClient } from '../src/index.js';

/** Waits shrunk so retries and rate limits take milliseconds: one "second" of retry-after is 5 ms. */
export const TEST_TIMING = { retryBaseMs: 1, rateLimitSecondMs: 5, writeSpacingMs: 0 } as const;

export function clientFor(server: GitHubServer, options: { retries?: number; maxRateLimitWaitSeconds?: number } = {}): { client: GitHubClient; logger: MemoryLogger } {
  const logger = new MemoryLogger();
  const client = createGitHubClient({
    token: 'test-token',
    baseUrl: server.url,
    logger,
    retries: options.retries,
    timing: { ...TEST_TIMING, maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds },
  });
  return { client, logger };
}

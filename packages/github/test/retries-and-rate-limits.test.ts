import { GitHubServer, type GitHubRepoState } from '@agent-guards/local-servers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, TEST_TIMING } from './github-test-client.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
let server: GitHubServer;
let state: GitHubRepoState;
let pr: number;

beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  state = server.repo('octo-org/service');
  pr = state.addPullRequest({ title: 'feat: x', head: 'agent/x' });
});
afterEach(async () => {
  await server.close();
});

describe('GitHub client retries', () => {
  it.each([500, 502, 503])('retries a %i and returns the answer that follows', async (status) => {
    server.inject({ route: GET_PULL, kind: 'server-error', status, count: 2 });
    const { client } = clientFor(server);
    await expect(client.getPullRequest(REPO, pr)).resolves.toMatchObject({ number: pr });
    expect(server.requestsTo(GET_PULL).map((r) => r.status)).toEqual([status, status, 200]);
  });

  it('gives up after the configured number of retries and throws', async () => {
    server.inject({ route: GET_PULL, kind: 'server-error', count: Infinity });
    const { client } = clientFor(server, { retries: 2 });
    await expect(client.getPullRequest(REPO, pr)).rejects.toMatchObject({ status: 500 });
    expect(server.requestsTo(GET_PULL)).toHaveLength(3);
  });

  it('does not retry a 404 or a plain 403', async () => {
    server.inject({ route: GET_PULL, kind: 'forbidden' });
    const { client } = clientFor(server);
    await expect(client.getPullRequest(REPO, pr)).rejects.toMatchObject({ status: 403 });
    await expect(client.getPullRequest(REPO, 999)).rejects.toMatchObject({ status: 404 });
    expect(server.requestsTo(GET_PULL)).toHaveLength(2);
  });
});

describe('GitHub client rate limits', () => {
  it.each([403, 429])('waits out a secondary rate limit (%i) for its retry-after before retrying', async (status) => {
    server.inject({ route: GET_PULL, kind: 'secondary-rate-limit', status, retryAfterSeconds: 8 });
    const { client, logger } = clientFor(server);
    await expect(client.getPullRequest(REPO, pr)).resolves.toMatchObject({ number: pr });
    const [limited, retried] = server.requestsTo(GET_PULL);
    expect([limited?.status, retried?.status]).toEqual([status, 200]);
    // 8 s of retry-after at TEST_TIMING's 5 ms per second: the retry came no sooner than 40 ms later.
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(8 * TEST_TIMING.rateLimitSecondMs - 1);
    expect(logger.lines).toContainEqual({ level: 'warning', message: expect.stringMatching(/secondary rate limit .* retrying after 8 s/) });
  });

  it('waits for the primary rate limit to reset', async () => {
    server.inject({ route: GET_PULL, kind: 'primary-rate-limit', resetAfterSeconds: 2 });
    const { client, logger } = clientFor(server);
    await expect(client.getPullRequest(REPO, pr)).resolves.toMatchObject({ number: pr });
    expect(server.requestsTo(GET_PULL).map((r) => r.status)).toEqual([403, 200]);
    expect(logger.lines.some((l) => /GitHub rate limit .* retrying after \d+ s/.test(l.message))).toBe(true);
  });

  it('fails rather than wait longer than allowed', async () => {
    server.inject({ route: GET_PULL, kind: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    const { client, logger } = clientFor(server, { maxRateLimitWaitSeconds: 60 });
    await expect(client.getPullRequest(REPO, pr)).rejects.toMatchObject({ status: 403 });
    expect(server.requestsTo(GET_PULL)).toHaveLength(1);
    expect(logger.lines.some((l) => /longer than 60 s, giving up/.test(l.message))).toBe(true);
  });

  it('stops after the retries when the limit persists', async () => {
    server.inject({ route: GET_PULL, kind: 'secondary-rate-limit', retryAfterSeconds: 1, count: Infinity });
    const { client } = clientFor(server, { retries: 2 });
    await expect(client.getPullRequest(REPO, pr)).rejects.toMatchObject({ status: 403 });
    expect(server.requestsTo(GET_PULL)).toHaveLength(3);
  });
});

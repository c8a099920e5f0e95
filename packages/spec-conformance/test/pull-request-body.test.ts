import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { createGitHubClient, type GitHubClient } from '@agent-guards/github';
import { fetchPullRequestBody, runSpecGuard } from '@agent-guards/spec-conformance';
import { TempRepo } from '@agent-guards/testkit';
import { GitHubServer, type GitHubRepoState } from '@agent-guards/local-servers';
import { commitChain, policy, SPEC_MARKDOWN, SPEC_PATH } from './helpers.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
let server: GitHubServer;
let state: GitHubRepoState;
let client: GitHubClient;

beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  state = server.repo('octo-org/service');
  client = createGitHubClient({ token: 'test-token', baseUrl: server.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1 } });
});
afterEach(async () => {
  await server.close();
});

describe('fetchPullRequestBody against the local GitHub REST server', () => {
  const repo = new TempRepo();
  afterAll(() => repo.cleanup());

  it('reads the description as edited after the event fired, and the guard decides on it', async () => {
    const stale = 'Bumps vitest.';
    const number = state.addPullRequest({ title: 'build(deps-dev): bump vitest', body: stale, head: 'agent/bump', commits: [{ message: 'test: cover x' }] });
    // The author fixes the description; the event that triggered the re-run still carries the old one.
    await client.octokit.rest.issues.update({ ...REPO, issue_number: number, body: 'Bumps vitest.\n\nImplements §3 (Authorized scope) clause 6.' });
    const body = await fetchPullRequestBody(client, REPO, number);
    expect(body).toBe('Bumps vitest.\n\nImplements §3 (Authorized scope) clause 6.');
    expect(server.requestsTo(PULL)).toHaveLength(1);

    const base = repo.write({ [SPEC_PATH]: SPEC_MARKDOWN }).commit('chore: init');
    const head = commitChain(repo, 'agent/bump', base, [{ message: 'test: cover x', files: { 'tests/x.test.ts': "it('x', () => {});\n" } }]);
    const guard = (text: string) => runSpecGuard({ repo: repo.dir, base, head, policy: policy(), body: text, logger: new MemoryLogger(), prCommits: 1 });
    expect((await guard(stale)).report.verdict).toBe('fail');
    expect((await guard(body)).report.verdict).toBe('pass');
  });

  it('reads a missing description as empty text', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', body: null });
    expect(await fetchPullRequestBody(client, REPO, number)).toBe('');
  });

  it('retries a server error through the client and still returns the body', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', body: 'Implements §6' });
    server.inject({ route: PULL, kind: 'server-error', status: 502 });
    expect(await fetchPullRequestBody(client, REPO, number)).toBe('Implements §6');
    expect(server.requestsTo(PULL).map((r) => r.status)).toEqual([502, 200]);
  });

  it('fails for a pull request that does not exist rather than guessing a body', async () => {
    await expect(fetchPullRequestBody(client, REPO, 999)).rejects.toThrow();
  });
});

describe('fetchPullRequestBody on what a client returns', () => {
  it('refuses an answer for another pull request', async () => {
    const reader = { getPullRequest: async () => ({ number: 8, body: 'Implements §3' }) };
    await expect(fetchPullRequestBody(reader, REPO, 7)).rejects.toThrow('asked GitHub for pull request #7 of octo-org/service and got #8');
  });
});

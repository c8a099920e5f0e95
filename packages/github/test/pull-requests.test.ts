import { GitHubServer, type GitHubRepoState } from '@agent-guards/local-servers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TruncatedListError } from '../src/index.js';
import { clientFor } from './github-test-client.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits';
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const CREATE_PULL = 'POST /repos/{owner}/{repo}/pulls';
let server: GitHubServer;
let state: GitHubRepoState;

beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  state = server.repo('octo-org/service');
});
afterEach(async () => {
  await server.close();
});

const commits = (n: number): { message: string }[] => Array.from({ length: n }, (_, i) => ({ message: `feat: step ${i}` }));
const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `src/f${i}.ts`);

describe('getPullRequest', () => {
  it('reads the pull request as it is now', async () => {
    const number = state.addPullRequest({
      title: 'feat(events): page views',
      body: 'Implements §3.6',
      head: 'agent/svc-123',
      base: 'main',
      draft: true,
      labels: ['agent', 'extra-review'],
      author: 'agent-bot[bot]',
      commits: commits(3),
      files: files(2),
    });
    const { client } = clientFor(server);
    const pr = await client.getPullRequest(REPO, number);
    expect(pr).toMatchObject({
      number,
      title: 'feat(events): page views',
      body: 'Implements §3.6',
      state: 'open',
      merged: false,
      draft: true,
      head: { ref: 'agent/svc-123' },
      base: { ref: 'main' },
      user: { login: 'agent-bot[bot]' },
      labels: ['agent', 'extra-review'],
      commits: 3,
      changed_files: 2,
    });
    expect(pr.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(pr.html_url).toBe(`https://github.com/octo-org/service/pull/${number}`);
  });

  it('reads an empty body as an empty string', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', body: null });
    const { client } = clientFor(server);
    expect((await client.getPullRequest(REPO, number)).body).toBe('');
  });
});

describe('listing commits and files', () => {
  it('follows the pages of commits, 100 at a time', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', commits: commits(230) });
    const { client } = clientFor(server);
    const list = await client.listPullRequestCommits(REPO, number);
    expect(list.map((c) => c.message)).toEqual(commits(230).map((c) => c.message));
    expect(list[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(server.requestsTo(COMMITS).map((r) => new URL(r.url, server.url).searchParams.get('page') ?? '1')).toEqual(['1', '2', '3']);
  });

  it('follows the pages of files and lists both paths of a rename', async () => {
    const number = state.addPullRequest({
      title: 't',
      head: 'h',
      files: [...files(150), { filename: 'src/new-name.ts', previous_filename: 'src/old-name.ts', status: 'renamed' }],
    });
    const { client } = clientFor(server);
    const list = await client.listPullRequestFiles(REPO, number);
    expect(list).toHaveLength(152);
    expect(list.slice(-2)).toEqual(['src/new-name.ts', 'src/old-name.ts']);
    expect(server.requestsTo(FILES)).toHaveLength(2);
  });

  it('retries a page that failed with a 5xx', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', commits: commits(120) });
    server.inject({ route: COMMITS, kind: 'server-error', status: 502 });
    const { client } = clientFor(server);
    expect(await client.listPullRequestCommits(REPO, number)).toHaveLength(120);
  });

  it('fails with TruncatedListError when the pull request has more commits than GitHub lists', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', commits: commits(251) });
    const { client } = clientFor(server);
    const error = await client.listPullRequestCommits(REPO, number).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TruncatedListError);
    expect(error).toMatchObject({ list: 'commits', cap: 250, listed: 250, total: 251 });
    expect((error as Error).message).toMatch(/at most 250 commits .* has 251/);
  });

  it('accepts exactly 250 commits, confirmed by the pull request’s own count', async () => {
    const number = state.addPullRequest({ title: 't', head: 'h', commits: commits(250) });
    const { client } = clientFor(server);
    expect(await client.listPullRequestCommits(REPO, number)).toHaveLength(250);
  });

  it('fails with TruncatedListError past 3000 files and accepts exactly 3000', async () => {
    const over = state.addPullRequest({ title: 'over', head: 'over', files: files(3001) });
    const exact = state.addPullRequest({ title: 'exact', head: 'exact', files: files(3000) });
    const { client } = clientFor(server);
    await expect(client.listPullRequestFiles(REPO, over)).rejects.toMatchObject({ name: 'TruncatedListError', list: 'files', total: 3001 });
    expect(await client.listPullRequestFiles(REPO, exact)).toHaveLength(3000);
  });
});

describe('findOrCreatePullRequest', () => {
  const request = { head: 'agent/svc-9', base: 'main', title: 'feat: nine', body: 'Implements §3.6' };

  it('opens a pull request, then finds it on a re-run', async () => {
    const { client } = clientFor(server);
    const first = await client.findOrCreatePullRequest(REPO, { ...request, draft: true });
    expect(first).toMatchObject({ created: true, html_url: `https://github.com/octo-org/service/pull/${first.number}` });
    const again = await client.findOrCreatePullRequest(REPO, request);
    expect(again).toEqual({ ...first, created: false });
    expect(state.pullRequestList()).toHaveLength(1);
    expect(state.issues.get(first.number)?.pull?.draft).toBe(true);
  });

  it('does not open a second pull request when the create succeeded but its answer was a 502', async () => {
    server.inject({ route: CREATE_PULL, kind: 'server-error', status: 502, afterEffect: true });
    const { client, logger } = clientFor(server);
    const result = await client.findOrCreatePullRequest(REPO, request);
    expect(result.created).toBe(true);
    expect(state.pullRequestList().map((p) => p.number)).toEqual([result.number]);
    expect(server.requestsTo(CREATE_PULL)).toHaveLength(1);
    expect(logger.lines.some((l) => /checking whether it was created/.test(l.message))).toBe(true);
  });

  it('sends the create again when the failed attempt left nothing behind', async () => {
    server.inject({ route: CREATE_PULL, kind: 'server-error', status: 503 });
    const { client } = clientFor(server);
    const result = await client.findOrCreatePullRequest(REPO, request);
    expect(result.created).toBe(true);
    expect(server.requestsTo(CREATE_PULL).map((r) => r.status)).toEqual([503, 201]);
    expect(state.pullRequestList()).toHaveLength(1);
  });

  it('ignores a pull request from the same branch into another base', async () => {
    state.addPullRequest({ title: 'old', head: 'agent/svc-9', base: 'release/1' });
    const { client } = clientFor(server);
    expect((await client.findOrCreatePullRequest(REPO, request)).created).toBe(true);
  });
});

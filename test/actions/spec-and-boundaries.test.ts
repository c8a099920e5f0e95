import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../packages/cli/src/example-repo.js';
import { GitHubServer } from '@agent-guards/local-servers';
import { runAction } from '../harness/run-action.js';
import { pullRequestPayload } from '../harness/webhook-payloads.js';
import { rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let server: GitHubServer;
const dirs: string[] = [];
beforeAll(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
});
afterAll(() => server.close());
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function example() {
  const repo = buildExampleRepo();
  dirs.push(repo.dir);
  return repo;
}

describe('spec-conformance action', () => {
  it('re-fetches the description through the API: a stale payload body does not decide the verdict', async () => {
    const repo = example();
    const number = server.repo('octo-org/service').addPullRequest({ title: repo.pr.title, body: repo.pr.body, head: repo.branch });
    const payload = pullRequestPayload('edited', {
      baseSha: repo.base,
      headSha: repo.head,
      headRef: repo.branch,
      number,
      body: 'stale: no spec reference here',
      repository: 'octo-org/service',
      commits: 2,
    });
    const run = await runAction({
      action: 'spec-conformance',
      workspace: repo.dir,
      event: { name: 'pull_request', payload },
      env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: server.url },
    });
    expect(run.stderr).toBe('');
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['commits-checked']).toBe('2');
    expect(server.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}').length).toBeGreaterThan(0);
  });

  it('fails a description with no reference, annotating the fix', async () => {
    const repo = example();
    const number = server.repo('octo-org/service').addPullRequest({ title: 't', body: 'Fixes page views. No spec named.', head: repo.branch });
    const run = await runAction({
      action: 'spec-conformance',
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('opened', { baseSha: repo.base, headSha: repo.head, headRef: repo.branch, number, repository: 'octo-org/service', commits: 2 }) },
      env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: server.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('missing-spec-reference');
  });

  it('fails closed without a token to re-fetch the description', async () => {
    const repo = example();
    const run = await runAction({
      action: 'spec-conformance',
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('opened', { baseSha: repo.base, headSha: repo.head, headRef: repo.branch, number: 1 }) },
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain("field 'token'");
  });
});

describe('boundaries action', () => {
  it('fails a cross-domain import added by the PR and annotates the import line', async () => {
    const repo = example();
    writeFileSync(`${repo.dir}/src/events/search.js`, "import { createEngine } from '../recommendations/engine.js';\nexport const search = createEngine;\n");
    execFileSync('git', ['-C', repo.dir, 'add', '-A']);
    execFileSync('git', ['-C', repo.dir, '-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'feat(events): search']);
    const head = execFileSync('git', ['-C', repo.dir, 'rev-parse', 'HEAD']).toString().trim();
    const run = await runAction({
      action: 'boundaries',
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: repo.base, headSha: head, headRef: repo.branch }) },
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.forbidden).toBe('1');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'src/events/search.js', line: 1 }));
    expect(run.annotations.find((a) => a.file === 'src/events/search.js')?.message).toContain('message bus');
  });

  it('passes the example PR, which publishes through the bus', async () => {
    const repo = example();
    const run = await runAction({
      action: 'boundaries',
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: repo.base, headSha: repo.head, headRef: repo.branch }) },
    });
    expect(run.outputs.verdict).toBe('pass');
    expect(run.exitCode).toBe(0);
  });
});

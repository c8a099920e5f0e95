import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_SERVER_ROUTES, GitHubServer, type GitHubRepoState } from '../src/github-server.js';
import { githubDescription, openApiOperation, schemaViolations, TempRepo, type OpenApiOperation, type OpenApiSchema } from '@agent-guards/testkit';

type Schema = OpenApiSchema;
const description = githubDescription();
const violations = (value: unknown, schema: Schema): string[] => schemaViolations(value, schema);

function operation(route: string): OpenApiOperation {
  const [method = '', path = ''] = route.split(' ');
  return openApiOperation(method, path);
}

const REPO = 'octo-org/service';
let server: GitHubServer;
let repo: GitHubRepoState;
const exercised = new Set<string>();

async function call(route: string, path: string, init: { body?: unknown; query?: string } = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const [method = 'GET'] = route.split(' ');
  const response = await fetch(`${server.url}${path}${init.query ? `?${init.query}` : ''}`, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** Calls a route and holds the answer to the description: documented status, schema of that status. */
async function conforming(route: string, path: string, init: { body?: unknown; query?: string } = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const result = await call(route, path, init);
  const op = operation(route);
  const documented = op.responses[String(result.status)];
  expect(documented, `${route} answered ${result.status}, which the description does not list`).toBeDefined();
  const schema = documented?.content?.['application/json']?.schema;
  if (schema) expect(violations(result.body, schema), `${route} → ${result.status}`).toEqual([]);
  exercised.add(route);
  return result;
}

beforeAll(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  repo = server.repo(REPO);
});
afterAll(async () => {
  await server.close();
});

describe('GitHubServer routes', () => {
  it('are all in GitHub’s OpenAPI description with the same method', () => {
    for (const route of GITHUB_SERVER_ROUTES) {
      expect(description.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('the schema check rejects an object missing a required property or carrying a wrong type', () => {
    const labelSchema = { $ref: '#/components/schemas/label' };
    const good = { id: 1, node_id: 'x', url: 'u', name: 'n', description: null, color: 'fff', default: false };
    expect(violations(good, labelSchema)).toEqual([]);
    const { color: _color, ...missing } = good;
    expect(violations(missing, labelSchema)).toEqual(['$.color: required property missing']);
    expect(violations({ ...good, id: 'one' }, labelSchema)).toEqual(['$.id: expected integer, got "one"']);
    expect(violations({ type: 'no_such_rule' }, { $ref: '#/components/schemas/repository-rule-detailed' })).toHaveLength(1);
  });
});

describe('GitHubServer responses carry the properties the description requires', () => {
  it('pull requests: get, list, create, commits and files', async () => {
    const pr = repo.addPullRequest({
      title: 'feat(events): page views',
      body: 'Implements §3.6',
      head: 'agent/svc-1',
      labels: ['agent'],
      commits: [{ message: 'feat: one' }, { message: 'test: two' }],
      files: ['src/a.ts', { filename: 'src/b.ts', previous_filename: 'src/old-b.ts', status: 'renamed' }],
    });
    const got = await conforming('GET /repos/{owner}/{repo}/pulls/{pull_number}', `/repos/${REPO}/pulls/${pr}`);
    expect(got.body).toMatchObject({ number: pr, head: { ref: 'agent/svc-1' }, commits: 2, changed_files: 2 });
    const list = await conforming('GET /repos/{owner}/{repo}/pulls', `/repos/${REPO}/pulls`, { query: 'state=open&head=octo-org:agent/svc-1' });
    expect((list.body as { number: number }[]).map((p) => p.number)).toEqual([pr]);
    const created = await conforming('POST /repos/{owner}/{repo}/pulls', `/repos/${REPO}/pulls`, {
      body: { title: 'feat: x', head: 'agent/svc-2', base: 'main', body: 'b', draft: true },
    });
    expect(created.status).toBe(201);
    const duplicate = await conforming('POST /repos/{owner}/{repo}/pulls', `/repos/${REPO}/pulls`, {
      body: { title: 'feat: x', head: 'agent/svc-2', base: 'main' },
    });
    expect(duplicate.status).toBe(422);
    const commits = await conforming('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', `/repos/${REPO}/pulls/${pr}/commits`);
    expect((commits.body as { commit: { message: string } }[]).map((c) => c.commit.message)).toEqual(['feat: one', 'test: two']);
    const files = await conforming('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', `/repos/${REPO}/pulls/${pr}/files`);
    expect(files.body).toMatchObject([{ filename: 'src/a.ts' }, { filename: 'src/b.ts', previous_filename: 'src/old-b.ts' }]);
    expect((await conforming('GET /repos/{owner}/{repo}/pulls/{pull_number}', `/repos/${REPO}/pulls/9999`)).status).toBe(404);
  });

  it('issues, comments and labels', async () => {
    const created = await conforming('POST /repos/{owner}/{repo}/issues', `/repos/${REPO}/issues`, {
      body: { title: 'Cost incident', body: '<!-- m -->', labels: ['cost-incident'] },
    });
    const number = (created.body as { number: number }).number;
    await conforming('GET /repos/{owner}/{repo}/issues', `/repos/${REPO}/issues`, { query: 'labels=cost-incident&state=open' });
    await conforming('GET /repos/{owner}/{repo}/issues/{issue_number}', `/repos/${REPO}/issues/${number}`);
    const updated = await conforming('PATCH /repos/{owner}/{repo}/issues/{issue_number}', `/repos/${REPO}/issues/${number}`, {
      body: { title: 'Cost incident (updated)' },
    });
    expect(updated.body).toMatchObject({ title: 'Cost incident (updated)' });

    const comment = await conforming('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', `/repos/${REPO}/issues/${number}/comments`, {
      body: { body: 'first' },
    });
    const commentId = (comment.body as { id: number }).id;
    await conforming('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', `/repos/${REPO}/issues/comments/${commentId}`, {
      body: { body: 'edited' },
    });
    const comments = await conforming('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', `/repos/${REPO}/issues/${number}/comments`);
    expect(comments.body).toMatchObject([{ id: commentId, body: 'edited' }]);

    expect((await conforming('GET /repos/{owner}/{repo}/labels/{name}', `/repos/${REPO}/labels/context-budget-warning`)).status).toBe(404);
    const label = await conforming('POST /repos/{owner}/{repo}/labels', `/repos/${REPO}/labels`, { body: { name: 'context-budget-warning', color: 'fbca04' } });
    expect(label.status).toBe(201);
    const again = await conforming('POST /repos/{owner}/{repo}/labels', `/repos/${REPO}/labels`, { body: { name: 'Context-Budget-Warning' } });
    expect(again.body).toMatchObject({ errors: [{ code: 'already_exists' }] });
    await conforming('GET /repos/{owner}/{repo}/labels/{name}', `/repos/${REPO}/labels/context-budget-warning`);
    await conforming('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', `/repos/${REPO}/issues/${number}/labels`, {
      body: { labels: ['context-budget-warning'] },
    });
    expect(repo.labelsOn(number)).toEqual(['cost-incident', 'context-budget-warning']);
    await conforming('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', `/repos/${REPO}/issues/${number}/labels/cost-incident`);
    const missing = await conforming('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', `/repos/${REPO}/issues/${number}/labels/cost-incident`);
    expect(missing.status).toBe(404);
  });

  it('rulesets, branch rules and classic protection', async () => {
    const id = repo.addRuleset({
      name: 'protect',
      include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'],
      rules: [
        { type: 'deletion' },
        { type: 'non_fast_forward' },
        { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } },
        { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: 'guards / skip-set' }] } },
      ],
    });
    const rules = await conforming('GET /repos/{owner}/{repo}/rules/branches/{branch}', `/repos/${REPO}/rules/branches/release%2F1.0`);
    expect((rules.body as { type: string }[]).map((r) => r.type)).toEqual(['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks']);
    await conforming('GET /repos/{owner}/{repo}/rulesets', `/repos/${REPO}/rulesets`);
    const full = await conforming('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', `/repos/${REPO}/rulesets/${id}`);
    expect(full.body).toMatchObject({ conditions: { ref_name: { include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'] } } });

    repo.setBranchProtection('main', {
      required_status_checks: { strict: true, contexts: ['ci'] },
      required_pull_request_reviews: { required_approving_review_count: 2 },
      enforce_admins: true,
    });
    const protection = await conforming('GET /repos/{owner}/{repo}/branches/{branch}/protection', `/repos/${REPO}/branches/main/protection`);
    expect(protection.body).toMatchObject({ allow_force_pushes: { enabled: false }, required_status_checks: { contexts: ['ci'] } });
    repo.addBranch('develop');
    const unprotected = await conforming('GET /repos/{owner}/{repo}/branches/{branch}/protection', `/repos/${REPO}/branches/develop/protection`);
    expect(unprotected.body).toMatchObject({ message: 'Branch not protected' });
  });

  it('pull requests: update, close and merge', async () => {
    const pr = repo.addPullRequest({ title: 'fix: a', head: 'agent/merge-me', commits: [{ message: 'fix: a' }] });
    const merged = await conforming('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', `/repos/${REPO}/pulls/${pr}/merge`, { body: { merge_method: 'merge' } });
    expect(merged.body).toMatchObject({ merged: true });
    const again = await conforming('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', `/repos/${REPO}/pulls/${pr}/merge`, { body: {} });
    expect(again.status).toBe(405);
    const other = repo.addPullRequest({ title: 'fix: b', head: 'agent/close-me' });
    const stale = await conforming('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', `/repos/${REPO}/pulls/${other}/merge`, { body: { sha: 'f'.repeat(40) } });
    expect(stale.status).toBe(409);
    const closed = await conforming('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', `/repos/${REPO}/pulls/${other}`, { body: { state: 'closed', title: 'fix: b (superseded)' } });
    expect(closed.body).toMatchObject({ state: 'closed', merged: false, title: 'fix: b (superseded)' });
  });

  it('workflow runs: list with filters, and one run', async () => {
    const pr = repo.addPullRequest({ title: 'ci', head: 'agent/ci', commits: [{ message: 'test: ci' }] });
    const headSha = repo.issues.get(pr)!.pull!.head.sha;
    const id = repo.queueWorkflowRun({ name: 'ci', path: '.github/workflows/ci.yml', event: 'pull_request', head_sha: headSha, head_branch: 'agent/ci', actor: 'octo-agent[bot]', pull_requests: [pr] });
    repo.startWorkflowRun(id);
    repo.completeWorkflowRun(id, 'success');
    repo.queueWorkflowRun({ name: 'nightly', path: '.github/workflows/nightly.yml', event: 'schedule', head_sha: headSha, head_branch: 'main', actor: 'github-actions[bot]' });
    const list = await conforming('GET /repos/{owner}/{repo}/actions/runs', `/repos/${REPO}/actions/runs`, { query: 'event=pull_request' });
    expect(list.body).toMatchObject({ total_count: 1, workflow_runs: [{ id, status: 'completed', conclusion: 'success', head_sha: headSha, pull_requests: [{ number: pr }] }] });
    const queued = await call('GET', `/repos/${REPO}/actions/runs`, { query: 'status=queued' });
    expect((queued.body as { workflow_runs: { name: string }[] }).workflow_runs.map((r) => r.name)).toEqual(['nightly']);
    const one = await conforming('GET /repos/{owner}/{repo}/actions/runs/{run_id}', `/repos/${REPO}/actions/runs/${id}`);
    expect(one.body).toMatchObject({ id, run_number: 1, actor: { login: 'octo-agent[bot]' } });
    expect((await call('GET', `/repos/${REPO}/actions/runs/1`)).status).toBe(404);
  });

  it('commits: one by SHA from the git data, none for a SHA the repository lacks', async () => {
    const bare = new TempRepo(undefined, { bare: true });
    try {
      const sha = bare.fastImport('main', [['README.md', 'x\n']], 'chore: first');
      server.repo('octo-org/with-git').gitDir = bare.dir;
      const found = await conforming('GET /repos/{owner}/{repo}/commits/{ref}', `/repos/octo-org/with-git/commits/${sha}`);
      expect(found.body).toMatchObject({ sha, commit: { message: 'chore: first' } });
      const missing = await conforming('GET /repos/{owner}/{repo}/commits/{ref}', `/repos/octo-org/with-git/commits/${'1'.repeat(40)}`);
      expect(missing.status).toBe(422);
    } finally {
      bare.cleanup();
    }
  });

  it('every implemented route was held to the description above', () => {
    expect([...exercised].sort()).toEqual(GITHUB_SERVER_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });
});

describe('GitHubServer backed by a git repository', () => {
  it('reads a pull request from the pushed branch, merges it into the base branch and tells its webhook listeners', async () => {
    const work = new TempRepo();
    const bare = new TempRepo(undefined, { bare: true });
    const local = await GitHubServer.start({ tokens: { 'agent-token': 'octo-agent[bot]', 'lead-token': 'daniel' } });
    try {
      work.write({ 'src/a.js': 'export const a = 1;\n' });
      const base = work.commit('chore: base');
      work.git('remote', 'add', 'origin', bare.dir);
      work.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
      work.checkout('agent/one', true);
      work.write({ 'src/b.js': 'export const b = 2;\n' }).remove('src/a.js');
      const head = work.commit('feat: b instead of a');
      work.git('push', '-q', 'origin', 'agent/one');
      const state = local.repo('octo-org/svc');
      state.gitDir = bare.dir;
      const hooks: { action: string; number: number; merged: unknown; author: unknown }[] = [];
      local.onWebhook((h) => hooks.push({ action: h.payload.action, number: h.payload.number, merged: h.payload.pull_request.merged, author: (h.payload.pull_request.user as { login: string }).login }));
      const as = (token: string) => ({ authorization: `token ${token}`, 'content-type': 'application/json' });

      const missing = await fetch(`${local.url}/repos/octo-org/svc/pulls`, { method: 'POST', headers: as('agent-token'), body: JSON.stringify({ title: 't', head: 'agent/never-pushed', base: 'main' }) });
      expect(missing.status).toBe(422);
      const opened = await fetch(`${local.url}/repos/octo-org/svc/pulls`, { method: 'POST', headers: as('agent-token'), body: JSON.stringify({ title: 'feat: b', head: 'agent/one', base: 'main', body: 'implements §1' }) });
      const pr = (await opened.json()) as { number: number; head: { sha: string }; base: { sha: string }; user: { login: string } };
      expect(pr).toMatchObject({ head: { sha: head }, base: { sha: base }, user: { login: 'octo-agent[bot]' } });
      const files = (await (await fetch(`${local.url}/repos/octo-org/svc/pulls/${pr.number}/files`, { headers: as('agent-token') })).json()) as { filename: string; status: string }[];
      expect(files.map((f) => `${f.status} ${f.filename}`).sort()).toEqual(['added src/b.js', 'removed src/a.js']);

      const merged = await fetch(`${local.url}/repos/octo-org/svc/pulls/${pr.number}/merge`, { method: 'PUT', headers: as('lead-token'), body: JSON.stringify({ sha: head }) });
      const result = (await merged.json()) as { sha: string };
      expect(merged.status).toBe(200);
      expect(bare.git('rev-parse', 'refs/heads/main')).toBe(result.sha);
      expect(bare.git('rev-list', '--parents', '-n', '1', result.sha).split(' ').slice(1)).toEqual([base, head]);
      expect(bare.git('log', '-1', '--format=%cn', result.sha)).toBe('daniel');
      const got = (await (await fetch(`${local.url}/repos/octo-org/svc/pulls/${pr.number}`, { headers: as('agent-token') })).json()) as Record<string, unknown>;
      expect(got).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: result.sha, merged_by: { login: 'daniel' } });
      await new Promise((resolve) => setImmediate(resolve));
      expect(hooks).toEqual([
        { action: 'opened', number: pr.number, merged: false, author: 'octo-agent[bot]' },
        { action: 'closed', number: pr.number, merged: true, author: 'octo-agent[bot]' },
      ]);
      expect((await fetch(`${local.url}/repos/octo-org/svc/pulls`, { headers: as('not-a-token') })).status).toBe(401);
    } finally {
      await local.close();
      work.cleanup();
      bare.cleanup();
    }
  });

  it('serves a snapshot of its state again', async () => {
    const first = await GitHubServer.start();
    const state = first.repo('octo-org/svc');
    const issue = state.addIssue({ title: 'SHOP-1: a ticket' });
    state.addComment(issue, 'escalated');
    const pr = state.addPullRequest({ title: 'fix: x', head: 'agent/x' });
    const run = state.queueWorkflowRun({ name: 'ci', path: '.github/workflows/ci.yml', event: 'pull_request', head_sha: 'a'.repeat(40), head_branch: 'agent/x', actor: 'octo-agent[bot]', pull_requests: [pr] });
    state.completeWorkflowRun(run, 'failure');
    const snapshot = JSON.parse(JSON.stringify(first.snapshot()));
    await first.close();
    const second = await GitHubServer.start({ snapshot });
    try {
      const pulls = (await (await fetch(`${second.url}/repos/octo-org/svc/pulls?state=all`)).json()) as { number: number }[];
      expect(pulls.map((p) => p.number)).toEqual([pr]);
      const runs = (await (await fetch(`${second.url}/repos/octo-org/svc/actions/runs`)).json()) as { workflow_runs: { id: number; conclusion: string }[] };
      expect(runs.workflow_runs).toMatchObject([{ id: run, conclusion: 'failure' }]);
      expect(second.repo('octo-org/svc').commentsOn(issue).map((c) => c.body)).toEqual(['escalated']);
      expect(second.repo('octo-org/svc').addIssue({ title: 'next' })).toBe(pr + 1);
    } finally {
      await second.close();
    }
  });
});

describe('GitHubServer behaviour', () => {
  it('paginates with Link headers and caps per_page at 100', async () => {
    const pr = repo.addPullRequest({ title: 'big', head: 'agent/big', files: Array.from({ length: 250 }, (_, i) => `f${i}.ts`) });
    const first = await call('GET', `/repos/${REPO}/pulls/${pr}/files`, { query: 'per_page=500' });
    expect((first.body as unknown[]).length).toBe(100);
    const link = first.headers.get('link') ?? '';
    expect(link).toContain('rel="next"');
    expect(link).toMatch(/page=3>; rel="last"/);
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    expect(new URL(next).host).toBe(new URL(server.url).host);
    const third = await call('GET', `/repos/${REPO}/pulls/${pr}/files`, { query: 'per_page=100&page=3' });
    expect((third.body as { filename: string }[]).map((f) => f.filename)).toEqual(Array.from({ length: 50 }, (_, i) => `f${200 + i}.ts`));
    expect(third.headers.get('link')).not.toContain('rel="next"');
  });

  it('lists at most 250 commits and 3000 files of a pull request, as GitHub does', async () => {
    const pr = repo.addPullRequest({
      title: 'huge',
      head: 'agent/huge',
      commits: Array.from({ length: 260 }, (_, i) => ({ message: `c${i}` })),
      files: Array.from({ length: 3005 }, (_, i) => `f${i}`),
    });
    const third = await call('GET', `/repos/${REPO}/pulls/${pr}/commits`, { query: 'per_page=100&page=3' });
    expect((third.body as unknown[]).length).toBe(50);
    const lastFiles = await call('GET', `/repos/${REPO}/pulls/${pr}/files`, { query: 'per_page=100&page=30' });
    expect(lastFiles.headers.get('link')).not.toContain('rel="next"');
    expect((await call('GET', `/repos/${REPO}/pulls/${pr}/files`, { query: 'per_page=100&page=31' })).status).toBe(422);
    const got = await call('GET', `/repos/${REPO}/pulls/${pr}`);
    expect(got.body).toMatchObject({ commits: 260, changed_files: 3005 });
  });

  it('injects faults before or after the effect, for a counted number of requests, and logs requests', async () => {
    const route = 'POST /repos/{owner}/{repo}/issues';
    server.inject({ route, kind: 'server-error', status: 502, afterEffect: true });
    server.inject({ route, kind: 'secondary-rate-limit', retryAfterSeconds: 7 });
    const before = repo.issueList().length;
    const lost = await call(route, `/repos/${REPO}/issues`, { body: { title: 'lost response' } });
    expect(lost.status).toBe(502);
    expect(repo.issueList().length).toBe(before + 1);
    const limited = await call(route, `/repos/${REPO}/issues`, { body: { title: 'limited' } });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toMatchObject({ message: expect.stringMatching(/secondary rate limit/) });
    expect(repo.issueList().length).toBe(before + 1);
    expect((await call(route, `/repos/${REPO}/issues`, { body: { title: 'fine' } })).status).toBe(201);
    expect(server.requestsTo(route).slice(-3).map((r) => r.status)).toEqual([502, 403, 201]);

    server.inject({ kind: 'primary-rate-limit', status: 429, resetAfterSeconds: 5 });
    const primary = await call('GET', `/repos/${REPO}/issues`);
    expect(primary.status).toBe(429);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(() => server.inject({ route: 'GET /nowhere', kind: 'forbidden' })).toThrow(/no route/);
  });

  it('refuses a request without the token and unknown repositories', async () => {
    const anonymous = await fetch(`${server.url}/repos/${REPO}/issues`);
    expect(anonymous.status).toBe(401);
    expect((await call('GET', '/repos/octo-org/elsewhere/issues')).status).toBe(404);
  });

  it('computes branch rules from active rulesets only, honouring excludes and the default branch', () => {
    const state = server.repo('octo-org/rules');
    state.addRuleset({ name: 'all but sandbox', include: ['~ALL'], exclude: ['refs/heads/sandbox/**'], rules: [{ type: 'deletion' }] });
    state.addRuleset({ name: 'trial', enforcement: 'evaluate', include: ['~DEFAULT_BRANCH'], rules: [{ type: 'update' }] });
    state.addRuleset({ name: 'one level', include: ['refs/heads/release/*'], rules: [{ type: 'non_fast_forward' }] });
    expect(state.rulesForBranch('main').map((r) => r.rule.type)).toEqual(['deletion']);
    expect(state.rulesForBranch('sandbox/a/b')).toEqual([]);
    expect(state.rulesForBranch('release/1').map((r) => r.rule.type)).toEqual(['deletion', 'non_fast_forward']);
    expect(state.rulesForBranch('release/1/hotfix').map((r) => r.rule.type)).toEqual(['deletion']);
  });
});

import { GitHubServer, type GitHubRepoState } from '@agent-guards/local-servers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT, BODY_TRUNCATION_NOTICE } from '../src/index.js';
import { clientFor } from './github-test-client.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const CREATE_ISSUE = 'POST /repos/{owner}/{repo}/issues';
const CREATE_LABEL = 'POST /repos/{owner}/{repo}/labels';
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

describe('upsertStickyComment', () => {
  it('posts once and a re-run edits the same comment instead of posting another', async () => {
    const { client } = clientFor(server);
    const first = await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'Tokens: 150,001 (soft cap passed)');
    const second = await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'Tokens: 160,000 (soft cap passed)');
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const comments = state.commentsOn(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe('<!-- agent-guards:cost-ceiling -->\nTokens: 160,000 (soft cap passed)');
  });

  it('does not write when the comment already says the same', async () => {
    const { client } = clientFor(server);
    await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'same');
    await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'same');
    expect(server.requestsTo(UPDATE_COMMENT)).toHaveLength(0);
  });

  it('finds its comment on a later page and leaves other comments, including one quoting it, alone', async () => {
    for (let i = 0; i < 130; i += 1) state.addComment(pr, `chatter ${i}`, 'reviewer');
    const ours = state.addComment(pr, '<!-- agent-guards:cost-ceiling -->\nold');
    state.addComment(pr, '> <!-- agent-guards:cost-ceiling -->\n> old\n\nwhy?', 'reviewer');
    const { client } = clientFor(server);
    const result = await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'new');
    expect(result).toEqual({ id: ours, created: false });
    expect(state.commentsOn(pr)).toHaveLength(132);
    expect(state.comments.find((c) => c.id === ours)?.body).toBe('<!-- agent-guards:cost-ceiling -->\nnew');
    expect(state.commentsOn(pr).at(-1)?.body).toContain('why?');
  });

  it('does not duplicate when the create succeeded but its answer was a 502', async () => {
    server.inject({ route: CREATE_COMMENT, kind: 'server-error', status: 502, afterEffect: true });
    const { client } = clientFor(server);
    const result = await client.upsertStickyComment(REPO, pr, 'cost-ceiling', 'report');
    expect(result.created).toBe(true);
    expect(state.commentsOn(pr).map((c) => c.id)).toEqual([result.id]);
    expect(server.requestsTo(CREATE_COMMENT)).toHaveLength(1);
  });

  it('retries an update that hit a 5xx', async () => {
    const { client } = clientFor(server);
    await client.upsertStickyComment(REPO, pr, 'm', 'one');
    server.inject({ route: UPDATE_COMMENT, kind: 'server-error', status: 500 });
    await client.upsertStickyComment(REPO, pr, 'm', 'two');
    expect(state.commentsOn(pr)[0]?.body).toBe('<!-- agent-guards:m -->\ntwo');
  });

  it('caps the body at 65,536 characters with a visible truncation notice', async () => {
    const { client } = clientFor(server);
    await client.upsertStickyComment(REPO, pr, 'big', 'row\n'.repeat(20_000));
    const body = state.commentsOn(pr)[0]?.body ?? '';
    expect(body.length).toBe(BODY_LIMIT);
    expect(body.endsWith(BODY_TRUNCATION_NOTICE)).toBe(true);
    const again = await client.upsertStickyComment(REPO, pr, 'big', 'row\n'.repeat(20_001));
    expect(again.created).toBe(false);
  });
});

describe('commentOnIssue', () => {
  it('with a marker, posts once and leaves the existing comment as it is', async () => {
    const { client } = clientFor(server);
    const first = await client.commentOnIssue(REPO, pr, 'Escalating to @sre-oncall', 'incident-2026-11-21');
    const second = await client.commentOnIssue(REPO, pr, 'Escalating again', 'incident-2026-11-21');
    expect(second).toEqual({ id: first.id, created: false });
    expect(state.commentsOn(pr).map((c) => c.body)).toEqual(['<!-- agent-guards:incident-2026-11-21 -->\nEscalating to @sre-oncall']);
  });

  it('without a marker, posts each time but never twice for one call whose answer was lost', async () => {
    server.inject({ route: CREATE_COMMENT, kind: 'server-error', status: 502, afterEffect: true });
    const { client } = clientFor(server);
    await client.commentOnIssue(REPO, pr, 'note');
    await client.commentOnIssue(REPO, pr, 'note');
    expect(state.commentsOn(pr)).toHaveLength(2);
    expect(server.requestsTo(CREATE_COMMENT)).toHaveLength(2);
  });
});

describe('labels', () => {
  it('creates only the labels the repository lacks, then adds them', async () => {
    state.addLabel('agent');
    const { client } = clientFor(server);
    await client.addLabels(REPO, pr, ['agent', 'context-budget-warning', 'Context-Budget-Warning']);
    expect(server.requestsTo(CREATE_LABEL).map((r) => (r.body as { name: string }).name)).toEqual(['context-budget-warning']);
    expect(state.labelsOn(pr)).toEqual(['agent', 'context-budget-warning']);
    await client.addLabels(REPO, pr, ['context-budget-warning']);
    expect(server.requestsTo(CREATE_LABEL)).toHaveLength(1);
    expect(state.labelsOn(pr)).toEqual(['agent', 'context-budget-warning']);
  });

  it('treats a label created meanwhile (422 already_exists on the retried create) as success', async () => {
    server.inject({ route: CREATE_LABEL, kind: 'server-error', status: 502, afterEffect: true });
    const { client } = clientFor(server);
    await client.addLabels(REPO, pr, ['extra-review']);
    expect(server.requestsTo(CREATE_LABEL).map((r) => r.status)).toEqual([502, 422]);
    expect(state.labelsOn(pr)).toEqual(['extra-review']);
  });

  it('removes a label and shrugs at one that is not there', async () => {
    state.addLabel('context-budget-warning');
    const { client } = clientFor(server);
    await client.addLabels(REPO, pr, ['context-budget-warning']);
    await client.removeLabel(REPO, pr, 'context-budget-warning');
    await expect(client.removeLabel(REPO, pr, 'context-budget-warning')).resolves.toBeUndefined();
    expect(state.labelsOn(pr)).toEqual([]);
  });

  it('still reports a failure that is not a 404', async () => {
    server.inject({ route: 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', kind: 'forbidden' });
    const { client } = clientFor(server);
    await expect(client.removeLabel(REPO, pr, 'x')).rejects.toMatchObject({ status: 403 });
  });
});

describe('upsertIssue', () => {
  const incident = { marker: 'cost-incident', title: 'Cost incident: daily cost 1.6× the 7-day median', body: 'cc @sre-oncall', labels: ['cost-incident'] };

  it('opens the issue with its label, and a re-run updates it instead of opening another', async () => {
    const { client } = clientFor(server);
    const first = await client.upsertIssue(REPO, incident);
    expect(first.created).toBe(true);
    const second = await client.upsertIssue(REPO, { ...incident, title: 'Cost incident: still above', body: 'cc @sre-oncall @tech-lead' });
    expect(second).toEqual({ number: first.number, created: false });
    const issues = state.issueList();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      title: 'Cost incident: still above',
      body: '<!-- agent-guards:cost-incident -->\ncc @sre-oncall @tech-lead',
      labels: ['cost-incident'],
    });
  });

  it('does not open a second issue when the create succeeded but its answer was a 502', async () => {
    server.inject({ route: CREATE_ISSUE, kind: 'server-error', status: 502, afterEffect: true });
    const { client } = clientFor(server);
    const result = await client.upsertIssue(REPO, incident);
    expect(result.created).toBe(true);
    expect(state.issueList().map((i) => i.number)).toEqual([result.number]);
    expect(server.requestsTo(CREATE_ISSUE)).toHaveLength(1);
  });

  it('does not open a second issue when the create is rate limited, then allowed', async () => {
    server.inject({ route: CREATE_ISSUE, kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const { client } = clientFor(server);
    await client.upsertIssue(REPO, incident);
    expect(state.issueList()).toHaveLength(1);
    expect(server.requestsTo(CREATE_ISSUE).map((r) => r.status)).toEqual([403, 201]);
  });

  it('opens a new issue when the one with the marker was closed, and ignores pull requests and other markers', async () => {
    state.addIssue({ title: 'old incident', body: '<!-- agent-guards:cost-incident -->\nresolved', labels: ['cost-incident'], state: 'closed' });
    state.addIssue({ title: 'other', body: '<!-- agent-guards:something-else -->', labels: ['cost-incident'] });
    state.addPullRequest({ title: 'pr', head: 'p', body: '<!-- agent-guards:cost-incident -->', labels: ['cost-incident'] });
    const { client } = clientFor(server);
    const result = await client.upsertIssue(REPO, incident);
    expect(result.created).toBe(true);
    expect(state.issueList().filter((i) => i.state === 'open')).toHaveLength(2);
  });

  it('puts back a label someone removed from the issue it updates', async () => {
    const { client } = clientFor(server);
    const { number } = await client.upsertIssue(REPO, { ...incident, labels: ['cost-incident', 'sre'] });
    await client.removeLabel(REPO, number, 'sre');
    await client.upsertIssue(REPO, { ...incident, labels: ['cost-incident', 'sre'] });
    expect(state.labelsOn(number)).toEqual(['cost-incident', 'sre']);
  });
});

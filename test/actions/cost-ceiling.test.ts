import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { GitHubServer } from '@agent-guards/local-servers';
import { runAction } from '../harness/run-action.js';
import { pullRequestPayload } from '../harness/webhook-payloads.js';

let github: GitHubServer;
const repos: TempRepo[] = [];
beforeAll(async () => {
  github = await GitHubServer.start({ token: 'gh-token' });
});
afterAll(async () => {
  await github.close();
  repos.forEach((r) => r.cleanup());
});

function line(over: Record<string, unknown>): string {
  return JSON.stringify({
    session: 'sess-1',
    ticket: 'SVC-7',
    repo: 'octo-org/service',
    pr: 1,
    mode: 'implement',
    model: 'claude-sonnet-4-6',
    ts: '2026-11-21T10:00:00Z',
    input_tokens: 1000,
    output_tokens: 500,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 9000,
    cost_usd: 0.0255,
    ...over,
  });
}

function checkout(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ '.github/agent-guards.yml': 'version: 1\n' });
  repo.commit('chore: policy');
  return repo;
}

describe('cost-ceiling action (dist/index.js as the runner runs it)', () => {
  it('warns at the soft cap, labels the PR and keeps one sticky comment across re-runs', async () => {
    const repo = checkout();
    github.repo('octo-org/service').addPullRequest({ title: 'fix: x', head: 'agent/SVC-7-aaaaaaaa' });
    const ledger = join(repo.dir, 'usage.jsonl');
    // 15 calls × 10,500 tokens = 157,500 ≥ the 150,000 soft cap, < the 300,000 hard cap.
    writeFileSync(ledger, `${Array.from({ length: 15 }, (_, i) => line({ ts: `2026-11-21T10:${String(i).padStart(2, '0')}:00Z` })).join('\n')}\n`);
    const event = { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: repo.head(), headSha: repo.head(), number: 1, repository: 'octo-org/service' }) };
    const env = { GITHUB_TOKEN: 'gh-token', GITHUB_API_URL: github.url };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const run = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { ledger, pr: '1' }, event, env });
      expect(run.stderr).toBe('');
      expect(run.outputs.verdict).toBe('pass');
      expect(run.outputs.tokens).toBe('157500');
      expect(run.summary).toContain('soft-cap-exceeded');
    }
    const state = github.repo('octo-org/service');
    expect(state.commentsOn(1)).toHaveLength(1);
    expect(state.commentsOn(1)[0]!.body).toContain('context-budget');
    expect(JSON.stringify(state.issues.get(1))).toContain('context-budget-warning');
  });

  it('fails over the hard cap and errors on a garbled ledger, naming the line', async () => {
    const repo = checkout();
    const over = join(repo.dir, 'over.jsonl');
    writeFileSync(over, `${line({ input_tokens: 200_000, output_tokens: 100_000, cache_read_input_tokens: 0 })}\n`);
    const hard = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { ledger: over, notify: 'false' } });
    expect(hard.outputs.verdict).toBe('fail');
    expect(hard.summary).toContain('hard-cap-exceeded');

    const garbled = join(repo.dir, 'garbled.jsonl');
    writeFileSync(garbled, `${line({})}\n{"session": "x", "mode": \n`);
    const bad = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { ledger: garbled, notify: 'false' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe('error');
    expect(bad.stdout).toMatch(/garbled\.jsonl:2/);

    const unrelated = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { ledger: over, pr: '99', notify: 'false' } });
    expect(unrelated.outputs.verdict).toBe('error');
    expect(unrelated.stdout).toContain('no usage in the given ledgers belongs to PR #99');
  });

  it('records a closed agent PR in the durable history for first-pass validation', async () => {
    const origin = new TempRepo(undefined, { bare: true });
    repos.push(origin);
    const repo = checkout();
    repo.git('remote', 'add', 'origin', origin.dir);
    repo.git('push', '-q', 'origin', 'main');
    const payload = pullRequestPayload('synchronize', { baseSha: repo.head(), headSha: repo.head(), number: 12, repository: 'octo-org/service' });
    payload.action = 'closed';
    payload.pull_request.merged = true;
    payload.pull_request.closed_at = '2026-11-21T12:00:00Z';
    payload.pull_request.labels = [{ name: 'spec-amendment' }];
    const run = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { history: 'true', notify: 'false' }, event: { name: 'pull_request', payload } });
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('pr-outcome-recorded');
    const files = origin.git('ls-tree', '-r', '--name-only', 'agent-guards/cost-history');
    const day = files.split('\n').find((f) => f.includes('2026-11-21'))!;
    const text = origin.git('show', `agent-guards/cost-history:${day}`);
    expect(text).toContain('"pr-outcome"');
    expect(text).toContain('octo-org/service');

    const off = await runAction({ action: 'cost-ceiling', workspace: repo.dir, inputs: { notify: 'false' }, event: { name: 'pull_request', payload } });
    expect(off.outputs.verdict).toBe('error');
    expect(off.stdout).toContain("field 'history'");
  });
});

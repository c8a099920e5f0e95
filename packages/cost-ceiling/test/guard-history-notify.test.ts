import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { createGitHubClient } from '@agent-guards/github';
import { TempRepo } from '@agent-guards/testkit';
import { GitHubServer } from '@agent-guards/local-servers';
import { appendLedgerLine, CONTEXT_BUDGET_LABEL, CostHistory, recordPrOutcome, runCostGuard, type CostGuardOptions } from '../src/index.js';
import { ledgerLine, policyWith, tempDir, writeLedger } from './support/ledgers.js';
import { sampleCallLine } from './support/sample-lines.js';

const BRANCH = 'agent-guards/cost-history';
const REPO = { owner: 'acme', repo: 'svc-events' };
const now = new Date('2026-11-21T12:00:00Z');
const DAY = 86_400_000;

let server: GitHubServer;
let state: ReturnType<GitHubServer['repo']>;
let pr: number;
let remote: TempRepo;
let clone: TempRepo;

beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  state = server.repo('acme/svc-events');
  pr = state.addPullRequest({ title: 'feat(events): capture page views', head: 'agent/svc-123' });
  remote = new TempRepo(undefined, { bare: true });
  clone = new TempRepo(tempDir('clone-'), { init: false });
  remote.git('clone', '-q', remote.dir, clone.dir);
});
afterEach(async () => {
  await server.close();
});

function client() {
  return createGitHubClient({ token: 'test-token', baseUrl: server.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1, rateLimitSecondMs: 1, writeSpacingMs: 0 } });
}

function options(ledger: string, extra: Partial<CostGuardOptions> = {}): CostGuardOptions {
  return {
    ledgers: [ledger],
    policy: policyWith({ incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: ['theo', '@daniel'] } }),
    logger: new MemoryLogger(),
    pr,
    now,
    history: { repo: clone.dir, remote: 'origin' },
    notify: { client: client(), repo: REPO, prNumber: pr },
    ...extra,
  };
}

/** A session over the soft cap: 140,000 cache read + 10,000 input + 1,000 output. */
async function softCapLedger(): Promise<string> {
  return writeLedger(tempDir('ledger-'), 'usage.jsonl', [
    { pr, ts: '2026-11-21T10:00:00Z', input_tokens: 10_000, cache_read_input_tokens: 100_000, output_tokens: 500 },
    { pr, ts: '2026-11-21T10:05:00Z', cache_read_input_tokens: 40_000, output_tokens: 500 },
  ]);
}

describe('cost guard with history and GitHub', () => {
  it('labels the PR and keeps one sticky comment up to date through 5xx and a secondary rate limit, never duplicating', async () => {
    const LABELS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels';
    const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const EDIT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
    server.inject({ route: LABELS, kind: 'server-error', status: 502 });
    server.inject({ route: COMMENT, kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    server.inject({ route: EDIT, kind: 'server-error', status: 503 });
    const ledger = await softCapLedger();
    const first = await runCostGuard(options(ledger));
    expect(first.report.findings.map((f) => f.rule)).toEqual(['soft-cap-exceeded']);
    expect(state.labelsOn(pr)).toEqual([CONTEXT_BUDGET_LABEL]);
    expect(state.commentsOn(pr)).toHaveLength(1);
    expect(state.commentsOn(pr)[0]!.body).toMatch(/Context-budget warning[\s\S]*\| 151,000 \|/);
    expect(server.requestsTo(LABELS).map((r) => r.status)).toEqual([502, 200]);
    expect(server.requestsTo(COMMENT).map((r) => r.status)).toEqual([403, 201]);

    // The session resumed and made one more call: the same comment is edited, through a 503.
    await appendLedgerLine(ledger, ledgerLine({ pr, ts: '2026-11-21T11:00:00Z', cache_read_input_tokens: 1_000 }));
    const second = await runCostGuard(options(ledger));
    expect(second.report.metrics['history-appended']).toBe(1);
    expect(state.commentsOn(pr)).toHaveLength(1);
    expect(state.commentsOn(pr)[0]!.body).toMatch(/\| 152,000 \|/);
    expect(server.requestsTo(EDIT).map((r) => r.status)).toEqual([503, 200]);

    const third = await runCostGuard(options(ledger));
    expect(third.report.metrics['history-appended']).toBe(0);
    expect(state.labelsOn(pr)).toEqual([CONTEXT_BUDGET_LABEL]);
    expect(state.commentsOn(pr)).toHaveLength(1);
    expect(server.requestsTo(COMMENT).filter((r) => r.status === 201)).toHaveLength(1);
    expect(Number(remote.git('rev-list', '--count', BRANCH))).toBe(2);
  });

  it('counts an earlier session of the same PR from the history toward the cost per PR', async () => {
    const earlier = new CostHistory({ repo: clone.dir, remote: 'origin', branch: BRANCH });
    await earlier.append([sampleCallLine('first-attempt', 0, { pr, ts: '2026-11-20T09:00:00.000Z', cost_micro_usd: 4_200_000 })]);
    const rescue = await writeLedger(tempDir('ledger-'), 'usage.jsonl', [{ session: 'rescue', pr, input_tokens: 20_000, cache_read_input_tokens: 80_000, output_tokens: 20_000 }]);
    // $0.06 + $0.024 + $0.30 = $0.384 now, plus $4.20 from the first attempt.
    const run = await runCostGuard(options(rescue, { notify: undefined }));
    expect(run.report.findings.map((f) => f.rule)).toEqual(['cost-per-pr-exceeded']);
    expect(run.report.findings[0]!.message).toMatch(/\$4\.584 in tokens over 2 session\(s\)/);
    expect(run.outputs!['cost-usd']).toBe('4.584');
  });

  it('opens one cost-incident issue mentioning the escalation handles, updated on re-runs', async () => {
    const history = new CostHistory({ repo: clone.dir, remote: 'origin', branch: BRANCH });
    const baseline = [];
    for (let d = 1; d <= 7; d += 1) {
      for (let s = 0; s < 2; s += 1) {
        baseline.push(sampleCallLine(`day-${d}-${s}`, 0, { pr: 900 + d, ts: new Date(now.getTime() - d * DAY + s * 60_000).toISOString(), cost_micro_usd: 5_000_000 }));
      }
    }
    await history.append(baseline);
    // Today: $10 a day is the median; 4 sessions of $4 make $16 > $15.
    await history.append(Array.from({ length: 4 }, (_, s) => sampleCallLine(`today-${s}`, 0, { pr: 950 + s, ts: new Date(now.getTime() - 3_600_000 + s * 60_000).toISOString(), cost_micro_usd: 4_000_000 })));
    server.inject({ route: 'POST /repos/{owner}/{repo}/issues', kind: 'server-error', status: 500, afterEffect: true });
    const ledger = await writeLedger(tempDir('ledger-'), 'usage.jsonl', [{ pr, input_tokens: 10, cache_read_input_tokens: 90 }]);

    const run = await runCostGuard(options(ledger));
    expect(run.report.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['cost-incident:warning']);
    expect(run.report.findings[0]!.message).toMatch(/over 1\.5× the rolling 7-day median of \$10\.00.*Escalates to @theo → @daniel/);
    expect(server.requestsTo('POST /repos/{owner}/{repo}/issues').map((r) => r.status)).toEqual([500]);
    await runCostGuard(options(ledger));
    const incidents = state.issueList().filter((i) => i.labels.includes('cost-incident'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.body).toMatch(/@theo → @daniel/);
    expect(state.labelsOn(pr)).toEqual([]);
  });

  it('gives every 5th agent PR the extra-review label while first-pass validation is under 70%', async () => {
    for (let d = 0; d < 8; d += 1) {
      await recordPrOutcome(
        { repo: clone.dir, remote: 'origin', branch: BRANCH },
        { repo: 'acme/svc-events', pr: 800 + d, merged: true, specAmended: true, closedAt: new Date(now.getTime() - d * DAY) },
      );
    }
    const history = new CostHistory({ repo: clone.dir, remote: 'origin', branch: BRANCH });
    await history.append(Array.from({ length: 4 }, (_, i) => sampleCallLine(`earlier-${i}`, 0, { pr: 700 + i, ts: new Date(now.getTime() - 3_600_000 + i).toISOString() })));
    // This PR's first call comes after the four earlier PRs': it is the 5th since periodic review began.
    const ledger = await writeLedger(tempDir('ledger-'), 'usage.jsonl', [{ pr, ts: '2026-11-21T11:30:00Z', input_tokens: 10, cache_read_input_tokens: 90 }]);
    const run = await runCostGuard(options(ledger));
    expect(run.report.findings.map((f) => f.rule)).toEqual(['extra-review']);
    expect(state.labelsOn(pr)).toEqual(['extra-review']);
  });
});

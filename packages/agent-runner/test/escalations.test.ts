import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isConfigurationError, MemoryLogger } from '@agent-guards/action-kit';
import { createGitHubClient } from '@agent-guards/github';
import { GitHubServer, startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { parseTrace, resumeAgentSession, runAgentSession, type SessionRecord, type SoftCapNotice } from '../src/index.js';
import { call, FRAME_TURNS, frame, implement, plan, PLAN_TURN } from './fixtures/script.js';
import { createServiceRepo, TICKET_PATH, type ServiceRepo } from './fixtures/service-repo.js';

let service: ServiceRepo | undefined;
let model: MessagesServer | undefined;
let github: GitHubServer | undefined;

afterEach(async () => {
  await model?.close();
  await github?.close();
  service?.cleanup();
  service = model = github = undefined;
});

function readRecord(path: string): SessionRecord {
  return JSON.parse(readFileSync(path, 'utf8')) as SessionRecord;
}

async function withGitHub() {
  github = await GitHubServer.start({ token: 't' });
  const state = github.repo('acme/svc');
  state.addIssue({ title: 'EV-7' }); // #1
  for (let i = 2; i <= 7; i += 1) state.addIssue({ title: `issue ${i}` }); // the ticket's issue is #7
  const client = createGitHubClient({ token: 't', baseUrl: github.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1 } });
  return { state, github: { client, repo: { owner: 'acme', repo: 'svc' } } };
}

/** A 30 kB file: reading it makes the next request large, so the caps below have wide margins. */
function addBigFile(s: ServiceRepo): void {
  s.repo.write({ 'docs/notes.md': `${'Event capture notes: every event goes through the bus. '.repeat(550)}\n` });
  s.repo.commit('docs: capture notes');
}

const SHORT_FRAME = frame('Enough to plan.', call('submit_frame', { summary: 'Add productView.', relevant_files: [] }));

describe('escalation', () => {
  it('escalates a plan that names out-of-scope and NOT-authorized files, with a comment and a label on the ticket issue', async () => {
    service = createServiceRepo();
    const { state, github: gh } = await withGitHub();
    model = await startMessagesServer({
      script: [
        SHORT_FRAME,
        plan(
          'Needs auth and CI too.',
          call('submit_plan', {
            summary: 'x',
            files: ['src/events/product-view.mjs', 'src/auth/session.mjs', '.github/workflows/ci.yml', 'src/recommendations/recommend.mjs'],
            tests: [],
            questions: [],
            golden_sample_notes: 'follows src/events/page-view.mjs',
          }),
        ),
        implement('never reached', call('list_dir', {})),
      ],
    });
    const result = await runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' }, github: gh });

    expect(result.status).toBe('escalated');
    expect(result.escalation).toMatchObject({ mode: 'plan', reason: 'plan-out-of-scope' });
    for (const f of ['src/auth/session.mjs', '.github/workflows/ci.yml', 'src/recommendations/recommend.mjs']) expect(result.escalation!.detail).toContain(f);
    expect(result.escalation!.detail).not.toContain('src/events/product-view.mjs:');
    expect(model.remaining).toBe(1);
    const record = readRecord(result.sessionPath);
    expect(record.modes.map((m) => m.outcome)).toEqual(['frame-artifact', 'plan-out-of-scope']);
    expect(service.repo.git('rev-list', '--count', `main..${result.branch}`)).toBe('0');
    const comments = state.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('`plan`');
    expect(comments[0]!.body).toContain('`plan-out-of-scope`');
    expect(state.labelsOn(7)).toContain('agent-escalated');
    expect(record.notifications.every((n) => n.ok)).toBe(true);
  });

  it('escalates after 5 failed test runs in a row', async () => {
    service = createServiceRepo();
    const failing = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('product view', () => assert.equal(1, 2));\n";
    const testFile = 'tests/events/product-view.test.mjs';
    const run = implement('Again.', call('run_tests', { filter: testFile }));
    model = await startMessagesServer({
      script: [SHORT_FRAME, PLAN_TURN, implement('Test first.', call('write_file', { path: testFile, content: failing }), call('run_tests', { filter: testFile })), run, run, run, run, run],
    });
    const result = await runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' } });

    expect(result.escalation).toMatchObject({ mode: 'implement', reason: 'test-attempts-exhausted' });
    expect(model.remaining).toBe(1);
    const record = readRecord(result.sessionPath);
    expect(record.test_attempts).toMatchObject({ total: 5, failed: 5, consecutive_failed: 5, max: 5 });
    const runs = parseTrace(readFileSync(result.tracePath, 'utf8')).filter((s) => s.name === 'execute_tool run_tests');
    expect(runs.map((s) => s.attributes['agent_guards.tool.passed'])).toEqual([false, false, false, false, false]);
  });

  it('escalates at the hard cap before the call, with no further transition, and cannot be resumed', async () => {
    service = createServiceRepo({ cost: '  soft_cap_tokens: 9000\n  hard_cap_tokens: 10000' });
    addBigFile(service);
    model = await startMessagesServer({ script: [frame('Reading.', call('read_file', { path: 'docs/notes.md' })), ...FRAME_TURNS, PLAN_TURN] });
    const result = await runAgentSession({
      repo: service.repo.dir,
      ticketPath: TICKET_PATH,
      sessionDir: service.sessionDir,
      maxOutputTokens: 1000,
      anthropic: { baseURL: model.url, apiKey: 'k' },
    });

    expect(result.escalation).toMatchObject({ mode: 'frame', reason: 'token-ceiling' });
    expect(model.answered).toHaveLength(1);
    expect(model.remaining).toBe(3);
    const record = readRecord(result.sessionPath);
    expect(record.modes).toHaveLength(1);
    expect(record.modes[0]!.outcome).toBe('token-ceiling');
    expect(record.totals.tokens).toBeLessThan(10_000);
    const steps = parseTrace(readFileSync(result.tracePath, 'utf8')).map((s) => s.attributes['agent_guards.step']);
    expect(steps.filter((n) => n === 'transition')).toHaveLength(1); // start → frame only
    expect(steps.indexOf('escalation')).toBeGreaterThan(steps.lastIndexOf('model:call'));

    const resume = resumeAgentSession(service.sessionDir, { addContext: join(service.repo.dir, 'package.json'), anthropic: { baseURL: model.url, apiKey: 'k' } });
    await expect(resume).rejects.toSatisfy((e: unknown) => isConfigurationError(e) && /hard token cap/.test((e as Error).message));
    expect(model.answered).toHaveLength(1);
  });

  it('at the soft cap adds the <context-budget-warning> marker once, records it and notifies the reviewer', async () => {
    service = createServiceRepo({ cost: '  soft_cap_tokens: 9000\n  hard_cap_tokens: 100000' });
    addBigFile(service);
    const { state, github: gh } = await withGitHub();
    const notices: SoftCapNotice[] = [];
    model = await startMessagesServer({
      script: [frame('Reading.', call('read_file', { path: 'docs/notes.md' })), SHORT_FRAME, plan('I need a human.', call('request_escalation', { reason: 'test ends here' }))],
    });
    const result = await runAgentSession({
      repo: service.repo.dir,
      ticketPath: TICKET_PATH,
      sessionDir: service.sessionDir,
      maxOutputTokens: 1000,
      anthropic: { baseURL: model.url, apiKey: 'k' },
      github: gh,
      onSoftCap: (n) => void notices.push(n),
    });

    expect(result.escalation).toMatchObject({ mode: 'plan', reason: 'agent-requested' });
    const record = readRecord(result.sessionPath);
    expect(record.budget.warnings).toHaveLength(1);
    expect(record.budget.warnings[0]!.mode).toBe('frame');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.projectedTokens).toBeGreaterThan(9000);
    const warned = model.answered.map((r) => JSON.stringify(r.body.messages).includes('<context-budget-warning>'));
    expect(warned).toEqual([false, true, false]);
    expect(state.commentsOn(7).some((c) => c.body.includes('agent-guards:soft-cap'))).toBe(true);
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8')).filter((s) => s.name === 'budget:soft-cap');
    expect(spans.map((s) => s.attributes['agent_guards.marker'])).toEqual(['<context-budget-warning>']);
  });

  it('surfaces a failing tool in the trace, retries it once, then escalates', async () => {
    service = createServiceRepo();
    const repoDir = service.repo.dir;
    model = await startMessagesServer({
      script: [
        SHORT_FRAME,
        PLAN_TURN,
        implement('Writing.', call('write_file', { path: 'src/events/product-view.mjs', content: 'export const x = 1;\n' })),
        () => {
          // Another process holds the index: every git commit fails for real.
          writeFileSync(join(repoDir, '.git', 'index.lock'), '');
          return implement('Commit.', call('git_commit', { message: 'feat(events): add product view' }));
        },
        implement('never reached', call('list_dir', {})),
      ],
    });
    const result = await runAgentSession({ repo: repoDir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' } });

    expect(result.escalation).toMatchObject({ mode: 'implement', reason: 'tool-error' });
    expect(result.escalation!.detail).toMatch(/git_commit failed twice.*index\.lock/s);
    const record = readRecord(result.sessionPath);
    expect(record.tool_errors.map((e) => [e.tool, e.attempt])).toEqual([
      ['git_commit', 1],
      ['git_commit', 2],
    ]);
    expect(parseTrace(readFileSync(result.tracePath, 'utf8')).filter((s) => s.name === 'tool:error')).toHaveLength(2);
    expect(model.remaining).toBe(1);
  });

  it('escalates a plan with more open questions than the policy tolerates', async () => {
    service = createServiceRepo();
    const questions = ['Which sku format?', 'Should views be deduplicated?', 'Is the bus synchronous?'];
    model = await startMessagesServer({
      script: [SHORT_FRAME, plan('Unclear.', call('submit_plan', { summary: 'x', files: ['src/events/product-view.mjs'], tests: [], questions, golden_sample_notes: 'page-view.mjs' }))],
    });
    const result = await runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' } });
    expect(result.escalation).toMatchObject({ mode: 'plan', reason: 'plan-ambiguous' });
    expect(readRecord(result.sessionPath).plan?.questions).toEqual(questions);
  });

  it('escalates a session that runs over the session timeout', async () => {
    service = createServiceRepo();
    let clock = Date.parse('2026-11-21T10:00:00Z');
    model = await startMessagesServer({
      script: [
        () => {
          clock += 31 * 60_000;
          return frame('Slow model.', call('list_dir', { path: 'src' }));
        },
        SHORT_FRAME,
      ],
    });
    const result = await runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' }, now: () => clock });
    expect(result.escalation).toMatchObject({ mode: 'frame', reason: 'session-timeout' });
    expect(model.remaining).toBe(1);
    expect(readRecord(result.sessionPath).totals.wall_seconds).toBeGreaterThanOrEqual(31 * 60);
  });
});

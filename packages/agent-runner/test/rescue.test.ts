import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { runBoundariesGuard } from '@agent-guards/boundaries';
import { loadPolicy } from '@agent-guards/config';
import { createGitHubClient } from '@agent-guards/github';
import { GitHubServer, startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { parseTrace, resumeAgentSession, resumeGuardedSession, runAgentSession, runGuardedSession, type ReviewGuard, type SessionRecord } from '../src/index.js';
import { call, frame, implement, plan, review } from './fixtures/script.js';
import { createServiceRepo, REC_TICKET_PATH, type ServiceRepo } from './fixtures/service-repo.js';

let service: ServiceRepo | undefined;
let model: MessagesServer | undefined;
let github: GitHubServer | undefined;

afterEach(async () => {
  await model?.close();
  await github?.close();
  service?.cleanup();
  service = model = github = undefined;
});

const SOURCE = 'src/recommendations/recent-views.mjs';
const TEST = 'tests/recommendations/recent-views.test.mjs';
const CROSS_DOMAIN_IMPORT = "import { pageView } from '../events/page-view.mjs';\n";
const CROSS_DOMAIN_EXPORT = 'export const track = pageView;\n';
const SOURCE_V1 = `import { subscribe } from '../bus/index.mjs';\n${CROSS_DOMAIN_IMPORT}\nconst seen = [];\nsubscribe('page_view', (e) => seen.push(e.path));\n\nexport function recentViews() {\n  return [...seen].reverse();\n}\n${CROSS_DOMAIN_EXPORT}`;
const TEST_TEXT = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { publish } from '../../src/bus/index.mjs';",
  "import { recentViews } from '../../src/recommendations/recent-views.mjs';",
  '',
  "test('recentViews lists viewed pages, newest first', () => {",
  "  publish({ type: 'page_view', path: '/a' });",
  "  publish({ type: 'page_view', path: '/b' });",
  "  assert.deepEqual(recentViews(), ['/b', '/a']);",
  '});',
  '',
].join('\n');
const BUS_CONTRACT = `# Contract: page views on the bus
Recommendations never import the events context. They subscribe on the bus:
  import { subscribe } from '../bus/index.mjs';
  subscribe('page_view', (event) => { /* event.path */ });
`;

/** Frame, Plan and Implement of a session that imports the events context from recommendations: Review's boundaries guard stops it. */
const CROSS_DOMAIN_SESSION = () => [
  frame('Recommendations need recent page views.', call('submit_frame', { summary: 'Track page views for recommendations.', relevant_files: ['src/bus/index.mjs'] })),
  plan('Two files.', call('submit_plan', { summary: 'recentViews()', files: [SOURCE, TEST], tests: [`new: ${TEST}`], questions: [] })),
  implement('Test and code.', call('write_file', { path: TEST, content: TEST_TEXT }), call('write_file', { path: SOURCE, content: SOURCE_V1 }), call('run_tests', { filter: TEST })),
  implement('Commit.', call('git_commit', { message: 'feat(recommendations): recent page views' }), call('finish_implementation', { summary: 'recentViews done' })),
];

describe('rescue mission', () => {
  it('escalates a cross-domain import caught by the boundaries guard in Review, then completes when resumed with the bus contract', async () => {
    service = createServiceRepo();
    github = await GitHubServer.start({ token: 't' });
    const state = github.repo('acme/svc');
    for (let i = 1; i <= 9; i += 1) state.addIssue({ title: `issue ${i}` });
    const gh = { client: createGitHubClient({ token: 't', baseUrl: github.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1 } }), repo: { owner: 'acme', repo: 'svc' } };
    const repo = service.repo.dir;
    const { policy } = await loadPolicy({ repo, base: 'main' });
    const boundaries: ReviewGuard = async (ctx) => (await runBoundariesGuard({ ...ctx, policy, logger: new MemoryLogger() })).report;

    model = await startMessagesServer({ script: CROSS_DOMAIN_SESSION() });
    const runtime = { anthropic: { baseURL: model.url, apiKey: 'k' }, github: gh, reviewGuards: [boundaries] };
    const first = await runAgentSession({ repo, ticketPath: REC_TICKET_PATH, sessionDir: service.sessionDir, ...runtime });

    expect(first.escalation).toMatchObject({ mode: 'review', reason: 'review-guard-failed' });
    expect(first.escalation!.detail).toContain('boundaries: fail');
    expect(first.escalation!.detail).toContain(SOURCE);
    expect(state.commentsOn(9).map((c) => c.body).join()).toContain('`review-guard-failed`');
    expect(state.labelsOn(9)).toEqual(['agent-escalated']);
    const callsBefore = model.answered.length;
    expect(callsBefore).toBe(4);

    const contract = join(service.sessionDir, '..', 'bus-contract.md');
    writeFileSync(contract, BUS_CONTRACT);
    model.enqueue(
      review(
        'Using the bus contract instead of the events import.',
        call('edit_file', { path: SOURCE, old_string: CROSS_DOMAIN_IMPORT, new_string: '' }),
        call('edit_file', { path: SOURCE, old_string: CROSS_DOMAIN_EXPORT, new_string: '' }),
        call('run_tests', { filter: TEST }),
        call('git_commit', { message: 'refactor(recommendations): consume page views through the bus' }),
      ),
      review('Pushing.', call('git_push_non_protected', {})),
      review('PR.', call('gh_pr_create', { title: 'feat(recommendations): recent page views', body: 'Implements §3.6: recentViews() fed by page_view events from the bus.' })),
    );
    const resumed = await resumeAgentSession(service.sessionDir, { addContext: contract, ...runtime });

    expect(resumed.escalation).toBeUndefined();
    expect(resumed.status).toBe('done');
    expect(state.pullRequestList()).toHaveLength(1);
    expect(service.repo.git('show', `${resumed.headSha}:${SOURCE}`)).not.toContain('../events/');

    // The resumed request carries the escalation and the added context, as data.
    const resumedRequest = JSON.stringify(model.answered[callsBefore]!.body.messages);
    expect(resumedRequest).toContain('review-guard-failed');
    expect(resumedRequest).toContain('<added-context>');
    expect(resumedRequest).toContain("subscribe('page_view'");

    // Same session record, ledger and trace, continued.
    const record = JSON.parse(readFileSync(resumed.sessionPath, 'utf8')) as SessionRecord;
    expect(resumed.ledgerPath).toBe(first.ledgerPath);
    expect(readFileSync(resumed.ledgerPath, 'utf8').trim().split('\n')).toHaveLength(model.answered.length);
    expect(record.escalation).toBeNull();
    expect(record.escalation_history.map((e) => e.reason)).toEqual(['review-guard-failed']);
    expect(record.added_context).toEqual([
      expect.objectContaining({ file: contract, kind: 'contract', mode: 'review', bytes: Buffer.byteLength(BUS_CONTRACT) }),
    ]);
    expect(record.runs.map((r) => r.kind)).toEqual(['start', 'resume']);
    expect(record.review?.reports.every((r) => r.verdict === 'pass')).toBe(true);
    const spans = parseTrace(readFileSync(resumed.tracePath, 'utf8'));
    expect(new Set(spans.map((s) => s.trace_id)).size).toBe(1);
    const step = (name: string) => spans.find((s) => s.attributes['agent_guards.step'] === name)!;
    const root = step('session');
    expect(root.parent_span_id).toBeNull();
    expect(step('session:resume').name).toBe('invoke_agent agent-guards-runner');
    expect(step('session:resume').parent_span_id).toBe(root.span_id);
    expect(record.traceparent).toBe(`00-${root.trace_id}-${step('session:resume').span_id}-01`);
    expect(step('resume:added-context').attributes).toMatchObject({ 'agent_guards.kind': 'contract', 'agent_guards.file': contract });
  });

  it('a guarded resume runs the standard Review guards, as the first run did: the same cross-domain import escalates again', async () => {
    service = createServiceRepo();
    const repo = service.repo.dir;
    model = await startMessagesServer({ script: CROSS_DOMAIN_SESSION() });
    const logger = new MemoryLogger();
    const runtime = { anthropic: { baseURL: model.url, apiKey: 'k' }, logger };
    const first = await runGuardedSession({ repo, ticketPath: REC_TICKET_PATH, sessionDir: service.sessionDir, ...runtime });
    expect(first.escalation).toMatchObject({ mode: 'review', reason: 'review-guard-failed' });
    expect(first.escalation!.detail).toContain('boundaries: fail');
    // The session says what it starts once it has read the base, before the sandbox opens.
    const messages = logger.lines.map((l) => l.message);
    const started = messages.findIndex((m) => /^session REC-3-[0-9a-f]{8}: ticket REC-3 \(\.agent\/tickets\/REC-3\.yml\) from [0-9a-f]{12}, on branch agent\/REC-3-[0-9a-f]{8}$/.test(m));
    expect(started).toBeGreaterThanOrEqual(0);
    expect(started).toBeLessThan(messages.findIndex((m) => m.startsWith('sandbox: ')));

    // An added context that cannot be read stops the resume before the sandbox opens (the sandbox keeps
    // its state in the temporary directory): nothing is left open.
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const savedTemp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      await expect(resumeGuardedSession(service.sessionDir, { addContext: join(temp, 'missing.md'), ...runtime })).rejects.toThrow(/cannot read the added context/);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      if (savedTemp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTemp;
      rmSync(temp, { recursive: true, force: true });
    }

    // The operator's context does not change the code: Review's guards still see the import.
    const note = join(service.sessionDir, '..', 'note.md');
    writeFileSync(note, 'Ship it as it is.\n');
    model.enqueue(review('Pushing as it is.', call('git_push_non_protected', {})), review('PR.', call('gh_pr_create', { title: 'feat(recommendations): recent page views', body: 'Implements §3.6.' })));
    const resumed = await resumeGuardedSession(service.sessionDir, { addContext: note, addContextKind: 'note', ...runtime });

    expect(resumed.status).toBe('escalated');
    expect(resumed.escalation).toMatchObject({ mode: 'review', reason: 'review-guard-failed' });
    expect(resumed.escalation!.detail).toContain('boundaries: fail');
    expect(resumed.pr).toBeNull();
    expect(service.origin.git('for-each-ref', '--format=%(refname)', 'refs/heads/agent/')).toBe('');
    expect(logger.lines.map((l) => l.message)).toContainEqual(expect.stringMatching(/^session REC-3-[0-9a-f]{8}: resuming in review mode on branch agent\/REC-3-[0-9a-f]{8}, after 'review-guard-failed'$/));
  });
});

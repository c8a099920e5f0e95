import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { LedgerLineSchema } from '@agent-guards/cost-ceiling';
import { createGitHubClient } from '@agent-guards/github';
import { GitHubServer, startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { parseTrace, runAgentSession, traceToOtlp, type SessionRecord } from '../src/index.js';
import { createServiceRepo, TICKET_PATH, type ServiceRepo } from './fixtures/service-repo.js';
import { HAPPY_PATH, PLANNED_FILES } from './fixtures/script.js';

let service: ServiceRepo | undefined;
let model: MessagesServer | undefined;
let github: GitHubServer | undefined;

afterEach(async () => {
  await model?.close();
  await github?.close();
  service?.cleanup();
  service = model = github = undefined;
});

function toolNames(body: { tools?: unknown }): string[] {
  return (body.tools as { name: string }[]).map((t) => t.name);
}

describe('an agent session on a ticket', () => {
  it('goes from the ticket to an opened PR naming the spec section, with ledger, trace and record', async () => {
    service = createServiceRepo();
    // An overloaded API first: the SDK retries it; the session never notices.
    model = await startMessagesServer({ script: [{ error: { status: 529, message: 'Overloaded' } }, ...HAPPY_PATH] });
    github = await GitHubServer.start({ token: 'gh-test-token' });
    github.repo('acme/svc').addIssue({ title: 'EV-7' });
    const client = createGitHubClient({ token: 'gh-test-token', baseUrl: github.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1 } });

    const result = await runAgentSession({
      repo: service.repo.dir,
      ticketPath: TICKET_PATH,
      sessionDir: service.sessionDir,
      anthropic: { baseURL: model.url, apiKey: 'test-key' },
      github: { client, repo: { owner: 'acme', repo: 'svc' } },
    });

    expect(result.escalation).toBeUndefined();
    expect(result.status).toBe('done');
    expect(model.rejected).toEqual([]);
    expect(model.requests[0]!.status).toBe(529);
    expect(model.remaining).toBe(0);

    // The PR: on GitHub, from the pushed branch, naming §3.6.
    const prs = github.repo('acme/svc').pullRequestList();
    expect(prs).toHaveLength(1);
    expect(prs[0]!.pull!.head.ref).toBe(result.branch);
    expect(prs[0]!.pull!.base.ref).toBe('main');
    expect(prs[0]!.body).toContain('Implements §3.6');
    expect(result.pr).toEqual({ number: prs[0]!.number, url: expect.stringContaining(`/pull/${prs[0]!.number}`) });
    expect(service.origin.git('rev-parse', `refs/heads/${result.branch}`)).toBe(result.headSha);

    // One conventional commit with exactly the planned files.
    expect(service.repo.git('log', '--format=%s', `main..${result.branch}`)).toBe('feat(events): capture product page view events');
    expect(service.repo.git('diff', '--name-only', 'main', result.branch).split('\n').sort()).toEqual([...PLANNED_FILES].sort());

    // Each mode offered exactly its manifest tools plus its control tools.
    const byMode = new Map<string, string[]>();
    for (const r of model.answered) byMode.set(String(r.body.model) + ':' + String((r.body.system as { text: string }[])[0]!.text.match(/Mode: (\w+)/)![1]), toolNames(r.body));
    expect(byMode.get('claude-haiku-4-5:FRAME')).toEqual(['read_file', 'list_dir', 'grep', 'read_dependency_graph', 'submit_frame', 'request_escalation']);
    expect(byMode.get('claude-sonnet-4-6:PLAN')).toEqual(['read_file', 'list_dir', 'grep', 'read_dependency_graph', 'ask_user_question', 'submit_plan', 'request_escalation']);
    expect(byMode.get('claude-sonnet-4-6:REVIEW')).toContain('gh_pr_create');
    expect([...byMode.values()].flat().some((n) => /shell|bash|exec|merge|force/.test(n))).toBe(false);

    // The record says what happened.
    const record = JSON.parse(readFileSync(result.sessionPath, 'utf8')) as SessionRecord;
    expect(record.status).toBe('done');
    expect(record.modes.map((m) => [m.mode, m.outcome])).toEqual([
      ['frame', 'frame-artifact'],
      ['plan', 'plan-within-threshold'],
      ['implement', 'checks-passed'],
      ['review', 'pr-opened'],
    ]);
    expect(record.markers).toMatchObject({ checked: 9, missing: 0, wrong: 0 });
    expect(record.refusals).toEqual([]);
    expect(record.test_attempts).toMatchObject({ total: 3, failed: 1, consecutive_failed: 0 });
    expect(record.plan?.files).toEqual(PLANNED_FILES);
    expect(record.review?.reports.every((r) => r.verdict === 'pass')).toBe(true);

    // Ledger: one valid line per call, priced, the Haiku/Sonnet split per mode; totals agree with the server.
    const ledger = readFileSync(result.ledgerPath, 'utf8').trim().split('\n').map((l) => LedgerLineSchema.parse(JSON.parse(l)));
    expect(ledger.map((l) => l.mode)).toEqual(['frame', 'frame', 'plan', 'implement', 'implement', 'implement', 'implement', 'review', 'review']);
    expect(ledger.every((l) => l.model === (l.mode === 'frame' ? 'claude-haiku-4-5' : 'claude-sonnet-4-6') && l.cost_usd > 0)).toBe(true);
    const server = model.totals();
    expect(record.totals.cache_read_input_tokens).toBe(server.cacheRead);
    expect(record.totals.tokens).toBe(server.input + server.cacheCreation + server.cacheRead + server.output);
    expect(result.cacheHitRate).toBeCloseTo(server.hitRate, 10);
    expect(result.cacheHitRate).toBeGreaterThan(0.3);

    // Trace: spans chained to one root, named and attributed by the GenAI conventions, convertible to OTLP one-to-one.
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    const ids = new Set(spans.map((s) => s.span_id));
    const roots = spans.filter((s) => s.parent_span_id === null);
    expect(roots.map((s) => [s.name, s.attributes['gen_ai.operation.name'], s.attributes['gen_ai.agent.name'], s.attributes['gen_ai.conversation.id']])).toEqual([
      ['invoke_agent agent-guards-runner', 'invoke_agent', 'agent-guards-runner', record.session],
    ]);
    expect(result.traceparent).toBe(`00-${record.trace_id}-${roots[0]!.span_id}-01`);
    expect(spans.every((s) => s.parent_span_id === null || ids.has(s.parent_span_id))).toBe(true);
    const modes = spans.filter((s) => s.attributes['gen_ai.operation.name'] === 'invoke_agent' && s.parent_span_id !== null);
    expect(modes.map((s) => [s.name, s.attributes['gen_ai.agent.name'], s.attributes['agent_guards.outcome']])).toEqual([
      ['invoke_agent frame', 'frame', 'frame-artifact'],
      ['invoke_agent plan', 'plan', 'plan-within-threshold'],
      ['invoke_agent implement', 'implement', 'checks-passed'],
      ['invoke_agent review', 'review', 'pr-opened'],
    ]);
    const chats = spans.filter((s) => s.attributes['gen_ai.operation.name'] === 'chat');
    expect(chats.map((s) => s.name)).toEqual(ledger.map((l) => `chat ${l.model}`));
    // Each call's span carries its ledger line's tokens, input counted with the cache as the conventions ask.
    expect(chats.map((s) => [s.kind, s.attributes['gen_ai.usage.input_tokens'], s.attributes['gen_ai.usage.output_tokens'], s.attributes['gen_ai.usage.cache_read.input_tokens']])).toEqual(
      ledger.map((l) => ['client', l.input_tokens + l.cache_creation_input_tokens + l.cache_read_input_tokens, l.output_tokens, l.cache_read_input_tokens]),
    );
    expect(spans.filter((s) => s.name === 'execute_tool run_tests').map((s) => s.attributes['agent_guards.tool.passed'])).toEqual([false, true]);
    expect(spans.filter((s) => s.name === 'transition')).toHaveLength(5);
    const otlp = traceToOtlp(spans) as { resourceSpans: { scopeSpans: { spans: { traceId: string; startTimeUnixNano: string }[] }[] }[] };
    const converted = otlp.resourceSpans[0]!.scopeSpans[0]!.spans;
    expect(converted).toHaveLength(spans.length);
    expect(converted.every((s) => s.traceId === record.trace_id && /^\d+$/.test(s.startTimeUnixNano))).toBe(true);
  });
});

describe('the trusted files a session reads at the base commit', () => {
  it('are read side by side, and a broken policy is the error reported even when the ticket is missing too', async () => {
    service = createServiceRepo();
    service.repo.write({ '.github/agent-guards.yml': 'version: 1\nforbiden_paths: []\n' });
    service.repo.remove(TICKET_PATH);
    service.repo.commit('chore: a broken policy and no ticket');
    // No model or GitHub server: the session stops before either is asked.
    const run = runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: 'http://127.0.0.1:9', apiKey: 'test-key' } });
    await expect(run).rejects.toMatchObject({ name: 'ConfigFileError', file: '.github/agent-guards.yml', message: expect.stringContaining("unknown key 'forbiden_paths'") });
  });
});

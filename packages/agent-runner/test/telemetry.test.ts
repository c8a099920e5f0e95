import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { LedgerLineSchema } from '@agent-guards/cost-ceiling';
import { startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { resetSharedTelemetry } from '@agent-guards/telemetry';
import { closedPortUrl, startOtlpReceiver, type OtlpReceiver, type ReceivedMetric } from '@agent-guards/testkit';
import { parseTrace, runAgentSession, runGuardedSession, type SessionRecord, type SessionResult, type Span } from '../src/index.js';
import { createServiceRepo, TICKET_PATH, type ServiceRepo } from './fixtures/service-repo.js';
import { call, frame, HAPPY_PATH } from './fixtures/script.js';

let service: ServiceRepo | undefined;
let model: MessagesServer | undefined;
let receiver: OtlpReceiver | undefined;
const savedEnv = { ...process.env };

beforeEach(async () => {
  await resetSharedTelemetry();
});

afterEach(async () => {
  await model?.close();
  await receiver?.close();
  service?.cleanup();
  service = model = receiver = undefined;
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  await resetSharedTelemetry();
});

/** The scripted happy path, with the registry's guards in Review as the action runs them. */
async function scriptedSession(logger = new MemoryLogger()): Promise<{ result: SessionResult; logger: MemoryLogger }> {
  service = createServiceRepo();
  model = await startMessagesServer({ script: HAPPY_PATH });
  const result = await runGuardedSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'test-key' }, logger });
  return { result, logger };
}

const nanos = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n;
const step = (s: Span) => s.attributes['agent_guards.step'];

function sum(metric: ReceivedMetric | undefined, where: (a: Record<string, unknown>) => boolean): number {
  return (metric?.points ?? []).filter((p) => where(p.attributes)).reduce((n, p) => n + (p.value ?? p.sum ?? 0), 0);
}

describe('a session seen from an OpenTelemetry collector', () => {
  it('sends the trace.jsonl spans as they are, named by the GenAI conventions, in one tree with the Review guards; and its metrics', async () => {
    receiver = await startOtlpReceiver();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    const { result } = await scriptedSession();
    expect(result.status).toBe('done');
    expect(result.telemetryWarnings).toEqual([]);

    // The file and the collector hold the same spans: ids, parents, names, kinds, times, status, attributes.
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    expect(receiver.spans.map((s) => s.spanId).sort()).toEqual(spans.map((s) => s.span_id).sort());
    for (const s of spans) {
      const sent = receiver.spans.find((r) => r.spanId === s.span_id)!;
      expect({ trace: sent.traceId, parent: sent.parentSpanId, name: sent.name, kind: sent.kind, status: sent.status, start: sent.startTimeUnixNano, end: sent.endTimeUnixNano }).toEqual({
        trace: s.trace_id,
        parent: s.parent_span_id,
        name: s.name,
        kind: s.kind === 'client' ? 3 : 1,
        status: s.status === 'ok' ? 1 : 2,
        start: nanos(s.start),
        end: nanos(s.end),
      });
      expect(sent.attributes).toEqual(s.attributes);
    }

    // The tree: session → modes → model calls and tools; Review's checks → one span per registry guard.
    const record = JSON.parse(readFileSync(result.sessionPath, 'utf8')) as SessionRecord;
    const byId = new Map(spans.map((s) => [s.span_id, s]));
    const parentName = (s: Span) => (s.parent_span_id ? byId.get(s.parent_span_id)!.name : null);
    const root = spans.find((s) => s.parent_span_id === null)!;
    expect(root).toMatchObject({ name: 'invoke_agent agent-guards-runner', kind: 'internal', status: 'ok' });
    expect(root.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.agent.name': 'agent-guards-runner',
      'gen_ai.conversation.id': record.session,
      'agent_guards.status': 'done',
      'agent_guards.tokens': record.totals.tokens,
    });
    expect(result.traceparent).toBe(`00-${root.trace_id}-${root.span_id}-01`);
    expect(record.traceparent).toBe(result.traceparent);
    const chats = spans.filter((s) => s.attributes['gen_ai.operation.name'] === 'chat');
    expect(new Set(chats.map(parentName))).toEqual(new Set(['invoke_agent frame', 'invoke_agent plan', 'invoke_agent implement', 'invoke_agent review']));
    expect(chats.every((s) => s.kind === 'client' && s.name === `chat ${s.attributes['gen_ai.request.model']}` && s.attributes['gen_ai.response.model'] !== undefined)).toBe(true);
    const tools = spans.filter((s) => s.attributes['gen_ai.operation.name'] === 'execute_tool');
    expect(tools.length).toBeGreaterThan(5);
    expect(tools.every((s) => s.name === `execute_tool ${s.attributes['gen_ai.tool.name']}` && typeof s.attributes['gen_ai.tool.call.id'] === 'string' && s.attributes['agent_guards.outcome'] === 'ok')).toBe(true);
    const review = spans.find((s) => step(s) === 'review:checks')!;
    const guards = spans.filter((s) => s.parent_span_id === review.span_id && s.name.startsWith('guard '));
    expect(guards.map((s) => [s.name, s.attributes['agent_guards.verdict']]).sort()).toEqual([
      ['guard boundaries', 'pass'],
      ['guard manifest-scope', 'pass'],
      ['guard skip-set', 'pass'],
    ]);

    // Metrics: the GenAI client metrics and ours, agreeing with the ledger and the record.
    const ledger = readFileSync(result.ledgerPath, 'utf8').trim().split('\n').map((l) => LedgerLineSchema.parse(JSON.parse(l)));
    const metric = (name: string) => receiver!.metrics.filter((m) => m.name === name).at(-1);
    const usage = metric('gen_ai.client.token.usage')!;
    expect(usage).toMatchObject({ type: 'histogram', unit: '{token}' });
    expect(sum(usage, (a) => a['gen_ai.token.type'] === 'input')).toBe(ledger.reduce((n, l) => n + l.input_tokens + l.cache_creation_input_tokens + l.cache_read_input_tokens, 0));
    expect(sum(usage, (a) => a['gen_ai.token.type'] === 'output')).toBe(ledger.reduce((n, l) => n + l.output_tokens, 0));
    expect(usage.points.every((p) => p.attributes['gen_ai.provider.name'] === 'anthropic' && p.attributes['gen_ai.operation.name'] === 'chat')).toBe(true);
    expect(sum(metric('gen_ai.client.operation.duration'), () => true)).toBeGreaterThan(0);
    const tokens = metric('agent_guards.tokens');
    for (const mode of ['frame', 'plan', 'implement', 'review']) {
      const lines = ledger.filter((l) => l.mode === mode);
      expect(sum(tokens, (a) => a['agent_guards.mode'] === mode && a['agent_guards.token.kind'] === 'cache_read')).toBe(lines.reduce((n, l) => n + l.cache_read_input_tokens, 0));
    }
    expect(sum(metric('agent_guards.cost'), () => true)).toBeCloseTo(record.totals.cost_usd, 9);
    expect(metric('agent_guards.mode.visits')!.points.map((p) => [p.attributes['agent_guards.mode'], p.attributes['agent_guards.failed'], p.value]).sort()).toEqual([
      ['frame', false, 1],
      ['implement', false, 1],
      ['plan', false, 1],
      ['review', false, 1],
    ]);
    expect(metric('agent_guards.session.duration')!.points).toEqual([expect.objectContaining({ count: 1, attributes: { 'agent_guards.status': 'done' } })]);
    expect(sum(metric('agent_guards.guard.runs'), (a) => a['agent_guards.verdict'] === 'pass')).toBe(3);
    expect(metric('agent_guards.escalations')).toBeUndefined();
  });

  it('counts refusals, escalations by reason and the failed mode visit; the escalated spans say why', async () => {
    receiver = await startOtlpReceiver();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    service = createServiceRepo();
    model = await startMessagesServer({
      script: [frame('Writing in Frame.', call('write_file', { path: 'src/x.mjs', content: 'x' })), frame('Stopping.', call('request_escalation', { reason: 'the ticket is unclear' }))],
    });
    const result = await runAgentSession({ repo: service.repo.dir, ticketPath: TICKET_PATH, sessionDir: service.sessionDir, anthropic: { baseURL: model.url, apiKey: 'k' } });
    expect(result.escalation).toMatchObject({ mode: 'frame', reason: 'agent-requested' });
    const metric = (name: string) => receiver!.metrics.filter((m) => m.name === name).at(-1)!;
    expect(metric('agent_guards.refusals').points).toEqual([{ attributes: { 'agent_guards.mode': 'frame', 'gen_ai.tool.name': 'write_file' }, value: 1 }]);
    expect(metric('agent_guards.escalations').points).toEqual([{ attributes: { 'agent_guards.mode': 'frame', 'agent_guards.escalation.reason': 'agent-requested' }, value: 1 }]);
    expect(metric('agent_guards.mode.visits').points).toEqual([{ attributes: { 'agent_guards.mode': 'frame', 'agent_guards.outcome': 'escalated', 'agent_guards.failed': true }, value: 1 }]);
    expect(metric('agent_guards.session.duration').points[0]!.attributes).toEqual({ 'agent_guards.status': 'escalated' });

    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    const named = (name: string) => spans.find((s) => s.name === name)!;
    expect(named('execute_tool write_file')).toMatchObject({ status: 'error', attributes: { 'agent_guards.outcome': 'refused', 'error.type': 'refused' } });
    expect(named('invoke_agent frame')).toMatchObject({ status: 'error', attributes: { 'agent_guards.outcome': 'escalated', 'error.type': 'agent-requested' } });
    expect(named('invoke_agent agent-guards-runner')).toMatchObject({ status: 'error', attributes: { 'agent_guards.status': 'escalated', 'agent_guards.escalation.reason': 'agent-requested' } });
    expect(named('escalation').attributes).toMatchObject({ 'agent_guards.escalation.reason': 'agent-requested', 'error.type': 'agent-requested' });
  });

  it('with the collector down finishes unchanged: same outcome, ledger and trace file, and a warning', async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = await closedPortUrl();
    const { result, logger } = await scriptedSession();
    const record = JSON.parse(readFileSync(result.sessionPath, 'utf8')) as SessionRecord;
    expect(result.status).toBe('done');
    expect(record.modes.map((m) => m.outcome)).toEqual(['frame-artifact', 'plan-within-threshold', 'checks-passed', 'pr-opened']);
    expect(readFileSync(result.ledgerPath, 'utf8').trim().split('\n')).toHaveLength(HAPPY_PATH.length);
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    expect(spans.filter((s) => s.name.startsWith('invoke_agent ')).map((s) => s.name)).toEqual([
      'invoke_agent frame',
      'invoke_agent plan',
      'invoke_agent implement',
      'invoke_agent review',
      'invoke_agent agent-guards-runner',
    ]);
    expect(result.telemetryWarnings.join('\n')).toMatch(/not sent to http:\/\/127\.0\.0\.1:\d+\/v1\/(traces|metrics)/);
    expect(logger.lines.some((m) => m.level === 'warning' && m.message.startsWith('telemetry: '))).toBe(true);
  });

  it('without any OTEL_* variable writes the same trace file and sends nothing', async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const { result } = await scriptedSession();
    expect(result.status).toBe('done');
    expect(result.telemetryWarnings).toEqual([]);
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    expect(spans.filter((s) => s.parent_span_id === null).map((s) => s.name)).toEqual(['invoke_agent agent-guards-runner']);
    expect(spans.filter((s) => s.name.startsWith('guard '))).toHaveLength(3);
  });
});

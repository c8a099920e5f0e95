import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as incubating from '@opentelemetry/semantic-conventions/incubating';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPortUrl, startOtlpReceiver, type OtlpReceiver } from '@agent-guards/testkit';
import * as semconv from '../src/semconv.js';
import {
  formatTraceparent,
  openTelemetry,
  parseTraceparent,
  resetSharedTelemetry,
  telemetrySettings,
  traceGuardRun,
  type SpanRecord,
} from '../src/index.js';

let receiver: OtlpReceiver | undefined;
const savedEnv = { ...process.env };

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  await resetSharedTelemetry();
});

const nanos = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n;

describe('the standard OTEL_* variables decide, and nothing else', () => {
  it('is off with no variable, and with only a service name', () => {
    expect(telemetrySettings({}).traces.on).toBe(false);
    expect(telemetrySettings({ OTEL_SERVICE_NAME: 'x' }).metrics.on).toBe(false);
  });

  it('is on for an endpoint (the signal path appended), a signal endpoint, or an otlp exporter; off for none and OTEL_SDK_DISABLED', () => {
    const generic = telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://user:pw@otlp.example.com/?key=1' });
    expect(generic.traces).toEqual({ on: true, protocol: 'http/protobuf', endpoint: 'https://otlp.example.com/v1/traces' });
    expect(generic.metrics.endpoint).toBe('https://otlp.example.com/v1/metrics');
    const traceOnly = telemetrySettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' });
    expect([traceOnly.traces.on, traceOnly.metrics.on]).toEqual([true, false]);
    expect(telemetrySettings({ OTEL_TRACES_EXPORTER: 'otlp' }).traces.endpoint).toBe('http://localhost:4318/v1/traces');
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_METRICS_EXPORTER: 'none' }).metrics.on).toBe(false);
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_SDK_DISABLED: 'true' }).traces.on).toBe(false);
  });

  it('says why a signal it was asked for stays off: grpc is not bundled', () => {
    const s = telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(s.traces.on).toBe(false);
    expect(s.problems.join('\n')).toMatch(/'grpc' is not supported here/);
  });

  it('never loads the SDK without a collector, and loads it with one', () => {
    // What `import` resolves, watched by a module hook in a fresh process that runs the built package.
    const lib = fileURLToPath(new URL('../lib/index.js', import.meta.url));
    const hook = `data:text/javascript,${encodeURIComponent(
      "export async function resolve(s, c, next) { if (s.includes('@opentelemetry/')) process.stderr.write('import ' + s + '\\n'); return next(s, c); }",
    )}`;
    const script = `import { register } from 'node:module'; register(${JSON.stringify(hook)}); const t = await (await import(${JSON.stringify(lib)})).openTelemetry(); t.startSpan('x').end(); await t.flush(200);`;
    const imports = (env: NodeJS.ProcessEnv) => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
      expect(run.status).toBe(0);
      return run.stderr.split('\n').filter((l) => l.startsWith('import '));
    };
    expect(imports({})).toEqual([]);
    expect(imports({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toEqual(expect.arrayContaining(['import @opentelemetry/sdk-trace', 'import @opentelemetry/exporter-trace-otlp-proto']));
  });
});

describe('W3C trace context', () => {
  it('reads and writes traceparent, and ignores what is malformed', () => {
    const c = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')!;
    expect(c).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', sampled: true });
    expect(formatTraceparent({ ...c, sampled: false })).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00');
    for (const bad of ['', 'garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra']) {
      expect(parseTraceparent(bad)).toBeUndefined();
    }
  });
});

describe('the GenAI names are the semantic conventions’ own', () => {
  it('matches @opentelemetry/semantic-conventions/incubating for every copied definition', () => {
    const ours = Object.entries(semconv).filter(([k]) => /^(ATTR|METRIC|GEN_AI)_/.test(k));
    expect(ours.length).toBeGreaterThan(20);
    for (const [name, value] of ours) expect([name, (incubating as Record<string, unknown>)[name]]).toEqual([name, value]);
  });
});

describe('spans and metrics, over OTLP/HTTP protobuf', () => {
  it('sends the same spans the recorders get: ids, parents, names, kinds, times, status and attributes', async () => {
    receiver = await startOtlpReceiver();
    Object.assign(process.env, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'svc-test' });
    const telemetry = await openTelemetry();
    expect(telemetry.exporting).toBe(true);
    const recorded: SpanRecord[] = [];
    const parent = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')!;
    const root = telemetry.startSpan('invoke_agent test', { parent, recorders: [(r) => recorded.push(r)], scope: '@agent-guards/test', attributes: { 'gen_ai.operation.name': 'invoke_agent' } });
    const child = telemetry.startSpan('chat m', { parent: root, kind: 'client', attributes: { 'gen_ai.request.model': 'm' } });
    child.end({ attributes: { 'gen_ai.usage.input_tokens': 12, ratio: 0.5, flags: ['a', 'b'] }, status: 'error', errorType: '529' });
    root.end();
    expect(await telemetry.flush()).toEqual([]);

    expect(receiver.requests.map((r) => r.contentType)).toContain('application/x-protobuf');
    expect(recorded.map((r) => r.name)).toEqual(['chat m', 'invoke_agent test']);
    expect(receiver.spans).toHaveLength(2);
    for (const r of recorded) {
      const s = receiver.spans.find((x) => x.spanId === r.span_id)!;
      expect({ trace: s.traceId, parent: s.parentSpanId, name: s.name, kind: s.kind, status: s.status, scope: s.scope }).toEqual({
        trace: r.trace_id,
        parent: r.parent_span_id,
        name: r.name,
        kind: r.kind === 'client' ? 3 : 1,
        status: r.status === 'ok' ? 1 : 2,
        scope: '@agent-guards/test',
      });
      expect(s.attributes).toEqual(r.attributes);
      expect(s.startTimeUnixNano).toBe(nanos(r.start));
      expect(s.endTimeUnixNano).toBe(nanos(r.end));
      expect(s.resource['service.name']).toBe('svc-test');
    }
    expect(recorded[1]!.trace_id).toBe(parent.traceId);
    expect(recorded[1]!.parent_span_id).toBe(parent.spanId);
    expect(recorded[0]!.attributes['error.type']).toBe('529');
  });

  it('records counters, histograms with the advised buckets, and gauges', async () => {
    receiver = await startOtlpReceiver();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    const telemetry = await openTelemetry();
    telemetry.counter('agent_guards.test.count', { unit: '{x}' }).add(2, { k: 'a' });
    telemetry.counter('agent_guards.test.count', { unit: '{x}' }).add(3, { k: 'a' });
    telemetry.histogram(semconv.METRIC_GEN_AI_CLIENT_TOKEN_USAGE, { unit: '{token}', buckets: semconv.TOKEN_USAGE_BUCKETS }).record(100, { 'gen_ai.token.type': 'input' });
    telemetry.gauge('agent_guards.test.rate', { unit: '1' }).record(0.75);
    expect(await telemetry.flush()).toEqual([]);
    const metric = (name: string) => receiver!.metrics.filter((m) => m.name === name).at(-1)!;
    expect(metric('agent_guards.test.count')).toMatchObject({ type: 'sum', unit: '{x}', points: [{ attributes: { k: 'a' }, value: 5 }] });
    expect(metric('agent_guards.test.rate').points[0]!.value).toBe(0.75);
    const usage = metric('gen_ai.client.token.usage');
    expect(usage.points[0]).toMatchObject({ count: 1, sum: 100, explicitBounds: semconv.TOKEN_USAGE_BUCKETS });
  });

  it('speaks OTLP/JSON when OTEL_EXPORTER_OTLP_PROTOCOL says http/json', async () => {
    receiver = await startOtlpReceiver();
    Object.assign(process.env, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' });
    const telemetry = await openTelemetry();
    const span = telemetry.startSpan('json span', { parent: null }).end();
    await telemetry.flush();
    expect(receiver.requests.some((r) => r.contentType.startsWith('application/json'))).toBe(true);
    expect(receiver.spans.map((s) => [s.spanId, s.name])).toEqual([[span.span_id, 'json span']]);
  });

  it('with the collector down, flush comes back within its limit, with a warning and no exception', async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = await closedPortUrl();
    const telemetry = await openTelemetry();
    telemetry.startSpan('lost', { parent: null }).end();
    telemetry.counter('agent_guards.test.count').add(1);
    const started = Date.now();
    const warnings = await telemetry.flush();
    // The exporter retries a refused connection until its 4 s timeout; flush never waits past 5 s.
    expect(Date.now() - started).toBeLessThan(5500);
    expect(warnings.join('\n')).toMatch(/telemetry: 1 span\(s\) not sent to http:\/\/127\.0\.0\.1:\d+\/v1\/traces/);
  });
});

describe('a guard run', () => {
  it('is one span under the TRACEPARENT the pipeline passed, with its verdict, rules and metrics; and the guard metrics', async () => {
    receiver = await startOtlpReceiver();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await resetSharedTelemetry();
    const report = { guard: 'manifest-scope', verdict: 'fail' as const, findings: [{ rule: 'forbidden-path', severity: 'error' }, { rule: 'forbidden-path', severity: 'error' }], metrics: { 'files-changed': 3, nested: { a: 1 } } };
    const run = await traceGuardRun('manifest-scope', async () => ({ report }));
    expect(run.report).toBe(report);
    const [span] = receiver.spans;
    expect(span).toMatchObject({ name: 'guard manifest-scope', traceId: '0af7651916cd43dd8448eb211c80319c', parentSpanId: 'b7ad6b7169203331', status: 2, scope: '@agent-guards/guards' });
    expect(span!.attributes).toEqual({
      'agent_guards.guard': 'manifest-scope',
      'agent_guards.verdict': 'fail',
      'agent_guards.findings': 2,
      'agent_guards.findings.errors': 2,
      'agent_guards.rules': ['forbidden-path'],
      'agent_guards.metric.files_changed': 3,
      'error.type': 'fail',
    });
    const runs = receiver.metrics.find((m) => m.name === 'agent_guards.guard.runs')!;
    expect(runs.points).toEqual([{ attributes: { 'agent_guards.guard': 'manifest-scope', 'agent_guards.verdict': 'fail' }, value: 1 }]);
    const findings = receiver.metrics.find((m) => m.name === 'agent_guards.guard.findings')!;
    expect(findings.points[0]).toMatchObject({ attributes: { 'agent_guards.rule': 'forbidden-path', 'agent_guards.severity': 'error' }, value: 2 });
  });
});

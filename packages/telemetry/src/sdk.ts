/**
 * The OpenTelemetry SDK, loaded only through `import()` when an OTEL_*
 * variable asks for it (telemetry.ts): this module is the only one that
 * imports @opentelemetry/*, so an action started without a collector never
 * parses it. The tracer and meter providers are private to this module, not
 * registered as the global ones: libraries in the process (the Anthropic SDK
 * has its own spans) do not report through them unless asked.
 */
import { ROOT_CONTEXT, SpanKind as OtelSpanKind, SpanStatusCode, TraceFlags, trace, type Meter, type Span as OtelSpan } from '@opentelemetry/api';
import { OTLPMetricExporter as OTLPMetricExporterJson } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as OTLPMetricExporterProto } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as OTLPTraceExporterJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPTraceExporterProto } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { TelemetrySettings } from './otel-env.js';
import { ATTR_ERROR_TYPE } from './semconv.js';
import type { Attributes, SpanKind } from './span-record.js';
import type { SpanContext } from './trace-context.js';

export interface SdkSpan {
  readonly context: SpanContext;
  setAttributes(attributes: Attributes): void;
  end(status: 'ok' | 'error', endTime: number, errorType?: string): void;
}

export interface InstrumentOptions {
  unit?: string;
  description?: string;
  buckets?: number[];
}

export interface SdkBackend {
  readonly tracing: boolean;
  readonly metering: boolean;
  startSpan(scope: string, name: string, kind: SpanKind, attributes: Attributes, startTime: number, parent: SpanContext | undefined): SdkSpan | undefined;
  counter(name: string, options: InstrumentOptions): ((value: number, attributes: Attributes) => void) | undefined;
  histogram(name: string, options: InstrumentOptions): ((value: number, attributes: Attributes) => void) | undefined;
  gauge(name: string, options: InstrumentOptions): ((value: number, attributes: Attributes) => void) | undefined;
  /** Exports what is pending; resolves after at most `limitMs`, whatever the collector does. */
  flush(limitMs: number): Promise<void>;
  /** Failures since the last call: export errors and timeouts, one line each. */
  takeFailures(): string[];
}

export interface BackendOptions {
  serviceName: string;
  serviceVersion: string;
  env: NodeJS.ProcessEnv;
}

function numberFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG; the SDK's own default is parentbased_always_on. */
function samplerFromEnv(env: NodeJS.ProcessEnv): Sampler {
  const ratio = Math.min(1, numberFromEnv(env, 'OTEL_TRACES_SAMPLER_ARG') ?? 1);
  switch (env.OTEL_TRACES_SAMPLER?.trim()) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/** Remembers what an exporter could not send: the SDK itself only tells its diag logger. */
class FailureLog {
  private lines: string[] = [];
  private counts = new Map<string, number>();

  add(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error ?? 'unknown error');
    const line = `${what}: ${message.slice(0, 300)}`;
    const n = this.counts.get(line) ?? 0;
    this.counts.set(line, n + 1);
    if (n === 0) this.lines.push(line);
  }

  take(): string[] {
    const out = this.lines.map((l) => (this.counts.get(l)! > 1 ? `${l} (${this.counts.get(l)} times)` : l));
    this.lines = [];
    this.counts.clear();
    return out;
  }
}

function watchSpans(inner: SpanExporter, failures: FailureLog, endpoint: string): SpanExporter {
  return {
    export: (spans, done) =>
      inner.export(spans, (result) => {
        if (result.code !== 0) failures.add(`${spans.length} span(s) not sent to ${endpoint}`, result.error);
        done(result);
      }),
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}

function watchMetrics(inner: PushMetricExporter, failures: FailureLog, endpoint: string): PushMetricExporter {
  return {
    export: (metrics, done) =>
      inner.export(metrics, (result) => {
        if (result.code !== 0) failures.add(`metrics not sent to ${endpoint}`, result.error);
        done(result);
      }),
    forceFlush: () => inner.forceFlush(),
    shutdown: () => inner.shutdown(),
    ...(inner.selectAggregationTemporality ? { selectAggregationTemporality: inner.selectAggregationTemporality.bind(inner) } : {}),
    ...(inner.selectAggregation ? { selectAggregation: inner.selectAggregation.bind(inner) } : {}),
  };
}

function otelKind(kind: SpanKind): OtelSpanKind {
  return kind === 'client' ? OtelSpanKind.CLIENT : OtelSpanKind.INTERNAL;
}

class SdkSpanHandle implements SdkSpan {
  constructor(private readonly span: OtelSpan) {}

  get context(): SpanContext {
    const c = this.span.spanContext();
    return { traceId: c.traceId, spanId: c.spanId, sampled: (c.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED };
  }

  setAttributes(attributes: Attributes): void {
    this.span.setAttributes(attributes);
  }

  end(status: 'ok' | 'error', endTime: number, errorType?: string): void {
    if (errorType) this.span.setAttribute(ATTR_ERROR_TYPE, errorType);
    this.span.setStatus({ code: status === 'ok' ? SpanStatusCode.OK : SpanStatusCode.ERROR });
    // A Date, not a number: the SDK reads a number below the process start as performance.now() time.
    this.span.end(new Date(endTime));
  }
}

/** An export gives up after this (unless OTEL_EXPORTER_OTLP_*TIMEOUT says otherwise): retries included, under the flush limit. */
const EXPORT_TIMEOUT_MS = 4000;

export async function createSdkBackend(settings: TelemetrySettings, options: BackendOptions): Promise<SdkBackend> {
  const { env } = options;
  // The OTLP exporters read endpoint, headers, compression and timeout from the environment; the
  // exporter's own default timeout (10 s, retries within it) is shortened only when none is set.
  const exporterConfig = (signal: 'TRACES' | 'METRICS') =>
    env[`OTEL_EXPORTER_OTLP_${signal}_TIMEOUT`]?.trim() || env.OTEL_EXPORTER_OTLP_TIMEOUT?.trim() ? {} : { timeoutMillis: EXPORT_TIMEOUT_MS };
  const failures = new FailureLog();
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) win over our defaults.
  const resource = defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName, [ATTR_SERVICE_VERSION]: options.serviceVersion, ...githubAttributes(env) }))
    .merge(detectResources({ detectors: [envDetector] }));

  let tracerProvider: TracerProvider | undefined;
  if (settings.traces.on) {
    const exporter = settings.traces.protocol === 'http/json' ? new OTLPTraceExporterJson(exporterConfig('TRACES')) : new OTLPTraceExporterProto(exporterConfig('TRACES'));
    tracerProvider = new TracerProvider({
      resource,
      sampler: samplerFromEnv(env),
      spanProcessors: [
        // A bounded queue (spans beyond it are dropped, never waited for) and the OTEL_BSP_* settings.
        new BatchSpanProcessor({
          exporter: watchSpans(exporter, failures, settings.traces.endpoint),
          maxQueueSize: numberFromEnv(env, 'OTEL_BSP_MAX_QUEUE_SIZE') ?? 2048,
          maxExportBatchSize: numberFromEnv(env, 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE') ?? 512,
          scheduledDelayMillis: numberFromEnv(env, 'OTEL_BSP_SCHEDULE_DELAY') ?? 5000,
          exportTimeoutMillis: numberFromEnv(env, 'OTEL_BSP_EXPORT_TIMEOUT') ?? 30000,
        }),
      ],
    });
  }

  let meterProvider: MeterProvider | undefined;
  let meter: Meter | undefined;
  if (settings.metrics.on) {
    const exporter = settings.metrics.protocol === 'http/json' ? new OTLPMetricExporterJson(exporterConfig('METRICS')) : new OTLPMetricExporterProto(exporterConfig('METRICS'));
    meterProvider = new MeterProvider({
      resource,
      readers: [
        new PeriodicExportingMetricReader({
          exporter: watchMetrics(exporter, failures, settings.metrics.endpoint),
          exportIntervalMillis: numberFromEnv(env, 'OTEL_METRIC_EXPORT_INTERVAL') ?? 60000,
          exportTimeoutMillis: numberFromEnv(env, 'OTEL_METRIC_EXPORT_TIMEOUT') ?? 30000,
        }),
      ],
    });
    meter = meterProvider.getMeter('@agent-guards/telemetry', options.serviceVersion);
  }

  const instruments = new Map<string, (value: number, attributes: Attributes) => void>();
  const instrument = (kind: 'counter' | 'histogram' | 'gauge', name: string, o: InstrumentOptions) => {
    if (!meter) return undefined;
    const key = `${kind}:${name}`;
    let record = instruments.get(key);
    if (!record) {
      const metricOptions = {
        ...(o.unit ? { unit: o.unit } : {}),
        ...(o.description ? { description: o.description } : {}),
        ...(o.buckets ? { advice: { explicitBucketBoundaries: o.buckets } } : {}),
      };
      if (kind === 'counter') {
        const c = meter.createCounter(name, metricOptions);
        record = (v, a) => c.add(v, a);
      } else if (kind === 'histogram') {
        const h = meter.createHistogram(name, metricOptions);
        record = (v, a) => h.record(v, a);
      } else {
        const g = meter.createGauge(name, metricOptions);
        record = (v, a) => g.record(v, a);
      }
      instruments.set(key, record);
    }
    return record;
  };

  return {
    tracing: tracerProvider !== undefined,
    metering: meterProvider !== undefined,
    startSpan(scope, name, kind, attributes, startTime, parent) {
      if (!tracerProvider) return undefined;
      const context = parent
        ? trace.setSpanContext(ROOT_CONTEXT, { traceId: parent.traceId, spanId: parent.spanId, traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true })
        : ROOT_CONTEXT;
      return new SdkSpanHandle(tracerProvider.getTracer(scope, options.serviceVersion).startSpan(name, { kind: otelKind(kind), attributes, startTime: new Date(startTime) }, context));
    },
    counter: (name, o) => instrument('counter', name, o),
    histogram: (name, o) => instrument('histogram', name, o),
    gauge: (name, o) => instrument('gauge', name, o),
    async flush(limitMs) {
      const work = Promise.allSettled([tracerProvider?.forceFlush(), meterProvider?.forceFlush()]).then((results) => {
        for (const r of results) if (r.status === 'rejected') failures.add('flush failed', r.reason);
      });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), limitMs);
        timer.unref();
      });
      if ((await Promise.race([work, late])) === 'late') failures.add('the collector did not answer', `no answer within ${limitMs / 1000} s; the session went on without it`);
      clearTimeout(timer);
    },
    takeFailures: () => failures.take(),
  };
}

/** Where a run happened, in the CI/CD conventions, when it happened on GitHub Actions. */
function githubAttributes(env: NodeJS.ProcessEnv): Attributes {
  if (env.GITHUB_ACTIONS !== 'true') return {};
  const attributes: Attributes = {};
  if (env.GITHUB_WORKFLOW) attributes['cicd.pipeline.name'] = env.GITHUB_WORKFLOW;
  if (env.GITHUB_RUN_ID) attributes['cicd.pipeline.run.id'] = env.GITHUB_RUN_ID;
  if (env.GITHUB_JOB) attributes['cicd.pipeline.task.name'] = env.GITHUB_JOB;
  if (env.GITHUB_REPOSITORY) attributes['vcs.repository.name'] = env.GITHUB_REPOSITORY;
  return attributes;
}

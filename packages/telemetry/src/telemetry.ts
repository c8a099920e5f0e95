import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { telemetrySettings, type TelemetrySettings } from './otel-env.js';
import type { InstrumentOptions, SdkBackend, SdkSpan } from './sdk.js';
import type { Attributes, SpanKind, SpanRecord } from './span-record.js';
import { newSpanId, newTraceId, type SpanContext } from './trace-context.js';
import { ATTR_ERROR_TYPE } from './semconv.js';

/** How long a flush may hold up a session or a guard: then it goes on without the collector. */
export const FLUSH_LIMIT_MS = 5000;

const VERSION = '0.1.0';

/** Receives each finished span of a tree (the runner's trace.jsonl writer). */
export type SpanRecorder = (record: SpanRecord) => void;

export interface StartSpanOptions {
  /**
   * The parent: a span of this process (its recorders and clock carry over),
   * a context from elsewhere (a TRACEPARENT, a stored session span), `null`
   * for a new trace, or absent for the span `withSpan` made current.
   */
  parent?: LiveSpan | SpanContext | null;
  kind?: SpanKind;
  attributes?: Attributes;
  /** The instrumentation scope, e.g. `@agent-guards/agent-runner`. */
  scope?: string;
  recorders?: SpanRecorder[];
  /** Milliseconds since the epoch; children inherit it. */
  clock?: () => number;
}

export interface EndSpanOptions {
  attributes?: Attributes;
  status?: 'ok' | 'error';
  /** `error.type` of a span that ended in an error (a low-cardinality class of the error). */
  errorType?: string;
}

/**
 * A span in progress. Whatever it becomes is one record, handed to the
 * recorders and, when a collector is configured, to the SDK with the same ids,
 * times and attributes.
 */
export class LiveSpan {
  private readonly attributes: Attributes;
  private readonly startedAt: number;
  private readonly startedHr = performance.now();
  private record: SpanRecord | undefined;

  constructor(
    readonly name: string,
    readonly context: SpanContext,
    readonly parentSpanId: string | null,
    readonly kind: SpanKind,
    attributes: Attributes,
    readonly scope: string,
    readonly recorders: readonly SpanRecorder[],
    readonly clock: () => number,
    private readonly sdkSpan: SdkSpan | undefined,
    startedAt: number,
  ) {
    this.attributes = { ...attributes };
    this.startedAt = startedAt;
  }

  get ended(): boolean {
    return this.record !== undefined;
  }

  setAttributes(attributes: Attributes): void {
    Object.assign(this.attributes, attributes);
    this.sdkSpan?.setAttributes(attributes);
  }

  /** Ends the span once; a second end returns the first record. */
  end(options: EndSpanOptions = {}): SpanRecord {
    if (this.record) return this.record;
    const status = options.status ?? 'ok';
    const more = { ...options.attributes, ...(options.errorType ? { [ATTR_ERROR_TYPE]: options.errorType } : {}) };
    if (options.attributes) this.sdkSpan?.setAttributes(options.attributes);
    Object.assign(this.attributes, more);
    const endedAt = Math.max(this.clock(), this.startedAt);
    this.sdkSpan?.end(status, endedAt, options.errorType);
    this.record = {
      trace_id: this.context.traceId,
      span_id: this.context.spanId,
      parent_span_id: this.parentSpanId,
      name: this.name,
      kind: this.kind,
      start: new Date(this.startedAt).toISOString(),
      end: new Date(endedAt).toISOString(),
      status,
      attributes: this.attributes,
      duration_ms: Math.round((performance.now() - this.startedHr) * 1000) / 1000,
    };
    for (const recorder of this.recorders) recorder(this.record);
    return this.record;
  }
}

export interface Counter {
  add(value: number, attributes?: Attributes): void;
}
export interface Histogram {
  record(value: number, attributes?: Attributes): void;
}
export type Gauge = Histogram;

const NO_COUNTER: Counter = { add() {} };
const NO_HISTOGRAM: Histogram = { record() {} };

/**
 * The runner's and the guards' telemetry: spans always (the recorders get
 * them, trace.jsonl among them), and OTLP traces and metrics when the OTEL_*
 * variables name a collector. Without one nothing of the SDK is loaded, no
 * instrument records, and flush is free.
 */
export class Telemetry {
  private readonly ambient = new AsyncLocalStorage<LiveSpan>();

  constructor(
    private readonly backend: SdkBackend | undefined,
    readonly settings: TelemetrySettings,
  ) {}

  /** Whether anything leaves the process. */
  get exporting(): boolean {
    return this.backend !== undefined && (this.backend.tracing || this.backend.metering);
  }

  startSpan(name: string, options: StartSpanOptions = {}): LiveSpan {
    const parent = options.parent === undefined ? this.currentSpan() : options.parent;
    const local = parent instanceof LiveSpan ? parent : undefined;
    const parentContext: SpanContext | undefined = local ? local.context : ((parent as SpanContext | null | undefined) ?? undefined);
    const kind = options.kind ?? 'internal';
    const attributes = options.attributes ?? {};
    const scope = options.scope ?? local?.scope ?? '@agent-guards/telemetry';
    const clock = options.clock ?? local?.clock ?? Date.now;
    const recorders = [...(local?.recorders ?? []), ...(options.recorders ?? [])];
    // One reading of the clock for both: the file and the collector get the same start.
    const startedAt = clock();
    const sdkSpan = this.backend?.startSpan(scope, name, kind, attributes, startedAt, parentContext);
    const context = sdkSpan?.context ?? { traceId: parentContext?.traceId ?? newTraceId(), spanId: newSpanId(), sampled: parentContext?.sampled ?? true };
    return new LiveSpan(name, context, parentContext?.spanId ?? null, kind, attributes, scope, recorders, clock, sdkSpan, startedAt);
  }

  /** Runs `work` with `span` as the parent of spans started without one (in-process guards under Review). */
  withSpan<T>(span: LiveSpan, work: () => T): T {
    return this.ambient.run(span, work);
  }

  currentSpan(): LiveSpan | undefined {
    return this.ambient.getStore();
  }

  counter(name: string, options: InstrumentOptions = {}): Counter {
    const record = this.backend?.counter(name, options);
    return record ? { add: (v, a = {}) => record(v, a) } : NO_COUNTER;
  }

  histogram(name: string, options: InstrumentOptions = {}): Histogram {
    const record = this.backend?.histogram(name, options);
    return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
  }

  gauge(name: string, options: InstrumentOptions = {}): Gauge {
    const record = this.backend?.gauge(name, options);
    return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
  }

  /**
   * Sends what is pending, waiting at most FLUSH_LIMIT_MS. Never throws: what
   * could not be sent comes back as warnings (also the ones about settings
   * that left a signal off), for the log and the step summary.
   */
  async flush(limitMs = FLUSH_LIMIT_MS): Promise<string[]> {
    const problems = this.settings.problems.splice(0).map((p) => `telemetry: ${p}`);
    if (!this.backend) return problems;
    try {
      await this.backend.flush(limitMs);
    } catch (error) {
      problems.push(`telemetry: flush failed: ${(error as Error).message}`);
    }
    return [...problems, ...this.backend.takeFailures().map((f) => `telemetry: ${f}`)];
  }
}

export interface OpenTelemetryOptions {
  /** The default `service.name`; OTEL_SERVICE_NAME wins. */
  serviceName?: string;
}

/**
 * Telemetry as the process environment configures it (the exporters read
 * the OTLP endpoint, headers, timeout and compression from it too). The SDK
 * module is imported only when a signal is on; if it cannot start, the run
 * goes on with spans for the recorders only and a warning.
 */
export async function openTelemetry(options: OpenTelemetryOptions = {}): Promise<Telemetry> {
  const env = process.env;
  const settings = telemetrySettings(env);
  if (!settings.traces.on && !settings.metrics.on) return new Telemetry(undefined, settings);
  try {
    const { createSdkBackend } = await import('./sdk.js');
    const backend = await createSdkBackend(settings, { env, serviceName: options.serviceName ?? 'agent-guards', serviceVersion: VERSION });
    return new Telemetry(backend, settings);
  } catch (error) {
    settings.problems.push(`the OpenTelemetry SDK could not start (${(error as Error).message}); nothing is exported.`);
    return new Telemetry(undefined, settings);
  }
}

let shared: Promise<Telemetry> | undefined;

/**
 * The process's telemetry, opened on first use: the runner, Review's
 * in-process guards and the guard actions share one SDK and one exporter.
 */
export function sharedTelemetry(): Promise<Telemetry> {
  shared ??= openTelemetry();
  return shared;
}

/** Forgets the shared telemetry (after flushing it), so the next use reads the environment again: for tests. */
export async function resetSharedTelemetry(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) await (await current).flush();
}

import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * The trace (contracts.md): JSON Lines of spans, one per session run, mode,
 * model call and tool call, plus point spans for markers, budget warnings,
 * refusals, escalation and resume. Ids and fields map one-to-one onto OTLP.
 */
export type AttributeValue = string | number | boolean | string[];

export interface Span {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  start: string;
  end: string;
  status: 'ok' | 'error';
  attributes: Record<string, AttributeValue>;
}

export interface OpenSpan {
  readonly span_id: string;
  readonly name: string;
  readonly attributes: Record<string, AttributeValue>;
  end(attributes?: Record<string, AttributeValue>, status?: 'ok' | 'error'): Span;
}

export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

export class TraceWriter {
  /** Held open in append mode for the run: one write per span, no open/close per tool call. */
  private fd: number | undefined;

  constructor(
    readonly path: string,
    readonly traceId: string,
    private readonly now: () => number = Date.now,
  ) {}

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  start(name: string, parent: string | null, attributes: Record<string, AttributeValue> = {}): OpenSpan {
    const span_id = newSpanId();
    const start = new Date(this.now()).toISOString();
    const started = performance.now();
    const attrs = { ...attributes };
    return {
      span_id,
      name,
      attributes: attrs,
      end: (more = {}, status = 'ok') => {
        const span: Span = {
          trace_id: this.traceId,
          span_id,
          parent_span_id: parent,
          name,
          start,
          end: new Date(this.now()).toISOString(),
          status,
          // ISO times have millisecond resolution; the high-resolution duration goes alongside.
          attributes: { ...attrs, ...more, duration_ms: Math.round((performance.now() - started) * 1000) / 1000 },
        };
        this.write(span);
        return span;
      },
    };
  }

  /** A zero-length span for something that happened at one moment. */
  point(name: string, parent: string | null, attributes: Record<string, AttributeValue>, status: 'ok' | 'error' = 'ok'): Span {
    return this.start(name, parent, attributes).end({}, status);
  }

  private write(span: Span): void {
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, `${JSON.stringify(span)}\n`);
  }
}

interface OtlpAnyValue {
  stringValue?: string;
  intValue?: string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values: OtlpAnyValue[] };
}

function otlpValue(v: AttributeValue): OtlpAnyValue {
  if (Array.isArray(v)) return { arrayValue: { values: v.map((s) => ({ stringValue: s })) } };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  return { stringValue: v };
}

function unixNano(iso: string): string {
  return (BigInt(Date.parse(iso)) * 1_000_000n).toString();
}

/**
 * Converts trace lines to an OTLP/JSON `ExportTraceServiceRequest`
 * (opentelemetry-proto JSON encoding: hex ids, string nanos, typed values),
 * ready to POST to a collector's /v1/traces.
 */
export function traceToOtlp(spans: Span[], serviceName = 'agent-guards-runner'): unknown {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: serviceName } }] },
        scopeSpans: [
          {
            scope: { name: '@agent-guards/agent-runner', version: '0.1.0' },
            spans: spans.map((s) => ({
              traceId: s.trace_id,
              spanId: s.span_id,
              ...(s.parent_span_id ? { parentSpanId: s.parent_span_id } : {}),
              name: s.name,
              kind: 1,
              startTimeUnixNano: unixNano(s.start),
              endTimeUnixNano: unixNano(s.end),
              attributes: Object.entries(s.attributes).map(([key, value]) => ({ key, value: otlpValue(value) })),
              status: { code: s.status === 'ok' ? 1 : 2 },
            })),
          },
        ],
      },
    ],
  };
}

/** Reads a trace file (JSON Lines) into spans. */
export function parseTrace(text: string): Span[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Span);
}

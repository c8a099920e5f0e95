/**
 * One finished span as a JSON line (contracts.md, "Trace"): what the runner
 * writes to trace.jsonl and what it sends to a collector are the same span —
 * same ids, name, times, status and attributes — so the two never disagree.
 */
export type AttributeValue = string | number | boolean | string[];
export type Attributes = Record<string, AttributeValue>;

export type SpanKind = 'internal' | 'client';

export interface SpanRecord {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  kind: SpanKind;
  /** ISO 8601, millisecond resolution. */
  start: string;
  end: string;
  status: 'ok' | 'error';
  attributes: Attributes;
  /** The high-resolution duration: ISO times stop at milliseconds. */
  duration_ms: number;
}

/** Reads a trace file (JSON Lines) into spans. */
export function parseSpanRecords(text: string): SpanRecord[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as SpanRecord);
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
 * Trace lines as an OTLP/JSON `ExportTraceServiceRequest` (opentelemetry-proto
 * JSON encoding: hex ids, string nanos, typed values), for a collector's
 * /v1/traces when the spans were not exported live (the `otlp_json_file`
 * receiver, or a later upload of a run artifact).
 */
export function spansToOtlpJson(spans: readonly SpanRecord[], serviceName = 'agent-guards'): unknown {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: serviceName } }] },
        scopeSpans: [
          {
            scope: { name: '@agent-guards/telemetry', version: '0.1.0' },
            spans: spans.map((s) => ({
              traceId: s.trace_id,
              spanId: s.span_id,
              ...(s.parent_span_id ? { parentSpanId: s.parent_span_id } : {}),
              name: s.name,
              // SPAN_KIND_INTERNAL = 1, SPAN_KIND_CLIENT = 3 (trace.proto).
              kind: s.kind === 'client' ? 3 : 1,
              startTimeUnixNano: unixNano(s.start),
              endTimeUnixNano: unixNano(s.end),
              attributes: Object.entries(s.attributes).map(([key, value]) => ({ key, value: otlpValue(value) })),
              // STATUS_CODE_OK = 1, STATUS_CODE_ERROR = 2.
              status: { code: s.status === 'ok' ? 1 : 2 },
            })),
          },
        ],
      },
    ],
  };
}

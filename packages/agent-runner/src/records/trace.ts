import { closeSync, openSync, writeSync } from 'node:fs';
import { parseSpanRecords, spansToOtlpJson, type SpanRecord, type SpanRecorder } from '@agent-guards/telemetry';

/**
 * The trace (contracts.md): JSON Lines of spans, one per session run, mode,
 * model call and tool call, plus point spans for transitions, markers, budget
 * warnings, refusals, escalation and resume. Each line is a span exactly as
 * the runner sends it to an OpenTelemetry collector when OTEL_* names one
 * (same ids, name, times, status and attributes): the file is written from the
 * same spans, so the two never disagree.
 */
export type { AttributeValue, SpanRecord as Span } from '@agent-guards/telemetry';

/** Appends each finished span of a session as one line. */
export class TraceFile {
  /** Held open in append mode for the run: one write per span, no open/close per tool call. */
  private fd: number | undefined;

  constructor(readonly path: string) {}

  readonly record: SpanRecorder = (span) => {
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, `${JSON.stringify(span)}\n`);
  };

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Reads a trace file (JSON Lines) into spans. */
export function parseTrace(text: string): SpanRecord[] {
  return parseSpanRecords(text);
}

/**
 * Trace lines as an OTLP/JSON `ExportTraceServiceRequest`, one-to-one, for
 * a collector when the spans were not exported live (an artifact uploaded
 * later, or the collector's otlp_json_file receiver).
 */
export function traceToOtlp(spans: SpanRecord[], serviceName = 'agent-guards'): unknown {
  return spansToOtlpJson(spans, serviceName);
}

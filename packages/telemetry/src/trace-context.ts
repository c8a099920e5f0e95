import { randomHex } from './random-hex.js';

/** Which span a new span continues: W3C Trace Context, lower-case hex. */
export interface SpanContext {
  traceId: string;
  spanId: string;
  /** The W3C `sampled` flag: whether the caller records this trace. */
  sampled: boolean;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/**
 * Reads a W3C `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header).
 * Anything malformed is no parent at all: a bad value from a previous job
 * starts a new trace rather than failing a guard.
 */
export function parseTraceparent(value: string | undefined): SpanContext | undefined {
  const m = TRACEPARENT.exec(value?.trim().toLowerCase() ?? '');
  if (!m) return undefined;
  const [, version, traceId, spanId, flags, rest] = m;
  // Version ff is invalid; version 00 has nothing after the flags.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (ALL_ZERO.test(traceId!) || ALL_ZERO.test(spanId!)) return undefined;
  return { traceId: traceId!, spanId: spanId!, sampled: (parseInt(flags!, 16) & 1) === 1 };
}

export function formatTraceparent(context: SpanContext): string {
  return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}

/**
 * The trace context a process was started in: the `TRACEPARENT` environment
 * variable, as the OpenTelemetry specification names it for environment
 * carriers (context/env-carriers.md). The agent pipeline sets it on the guard
 * jobs from the runner job's `traceparent` output.
 */
export function traceparentFromEnv(env: NodeJS.ProcessEnv = process.env): SpanContext | undefined {
  return parseTraceparent(env.TRACEPARENT);
}

export function newTraceId(): string {
  return randomHex(16);
}

export function newSpanId(): string {
  return randomHex(8);
}

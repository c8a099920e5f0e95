import { performance } from 'node:perf_hooks';
import { ATTR_ERROR_TYPE, NAMESPACE } from './semconv.js';
import type { Attributes } from './span-record.js';
import { sharedTelemetry, type LiveSpan, type Telemetry } from './telemetry.js';
import { traceparentFromEnv } from './trace-context.js';

/** The part of a guard report (action-kit's GuardReport) a span tells. */
export interface TracedGuardRun {
  report: {
    verdict: 'pass' | 'fail' | 'error';
    findings: readonly { rule: string; severity: string }[];
    metrics: Record<string, unknown>;
  };
}

export interface TraceGuardOptions {
  /** Warnings about the telemetry itself (a collector that did not answer), for the log or the summary. */
  onWarnings?: (warnings: string[]) => void;
}

const MAX_METRIC_ATTRIBUTES = 32;

/** The report's top-level numbers, strings and booleans as span attributes (nested tables stay in the report). */
function metricAttributes(metrics: Record<string, unknown>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(metrics)) {
    if (Object.keys(out).length >= MAX_METRIC_ATTRIBUTES) break;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') out[`${NAMESPACE}.metric.${key.replace(/-/g, '_')}`] = value;
  }
  return out;
}

/**
 * One span per guard run, `guard {name}`, with its verdict, its findings'
 * rules and its metrics; and the guard metrics (runs by verdict — a `fail` is
 * a policy violation —, duration, findings by rule). Its parent is the span
 * that is current in this process (Review's checks in the runner), else the
 * TRACEPARENT the pipeline passed from the runner job, so a PR's whole path is
 * one trace. Outside the runner it sends what it recorded before returning.
 */
export async function traceGuardRun<T extends TracedGuardRun>(guard: string, run: () => Promise<T>, options: TraceGuardOptions = {}): Promise<T> {
  const telemetry = await sharedTelemetry();
  const inProcess = telemetry.currentSpan();
  const span = telemetry.startSpan(`guard ${guard}`, {
    parent: inProcess ?? traceparentFromEnv() ?? null,
    scope: '@agent-guards/guards',
    attributes: { [`${NAMESPACE}.guard`]: guard },
  });
  const started = performance.now();
  let result: T;
  try {
    result = await run();
  } catch (error) {
    span.end({ status: 'error', errorType: error instanceof Error ? error.name : 'Error' });
    throw error;
  }
  try {
    record(telemetry, guard, span, result, performance.now() - started);
    // In the runner, the session flushes at its end; a guard on its own sends before its process ends.
    if (!inProcess) {
      const warnings = await telemetry.flush();
      if (warnings.length) options.onWarnings?.(warnings);
    }
  } catch (error) {
    // Telemetry never changes a verdict.
    options.onWarnings?.([`telemetry: ${(error as Error).message}`]);
  }
  return result;
}

function record(telemetry: Telemetry, guard: string, span: LiveSpan, result: TracedGuardRun, ms: number): void {
  const { verdict, findings, metrics } = result.report;
  const rules = [...new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.rule))].sort();
  span.end({
    attributes: {
      [`${NAMESPACE}.verdict`]: verdict,
      [`${NAMESPACE}.findings`]: findings.length,
      [`${NAMESPACE}.findings.errors`]: findings.filter((f) => f.severity === 'error').length,
      ...(rules.length ? { [`${NAMESPACE}.rules`]: rules } : {}),
      ...metricAttributes(metrics),
    },
    ...(verdict === 'pass' ? {} : { status: 'error' as const, errorType: verdict }),
  });

  const base = { [`${NAMESPACE}.guard`]: guard, [`${NAMESPACE}.verdict`]: verdict };
  telemetry.counter(`${NAMESPACE}.guard.runs`, { unit: '{run}', description: 'Guard runs by verdict; verdict fail is a policy violation, error a run that could not decide.' }).add(1, base);
  telemetry
    .histogram(`${NAMESPACE}.guard.duration`, { unit: 's', description: 'Wall time of one guard run.' })
    .record(ms / 1000, verdict === 'pass' ? base : { ...base, [ATTR_ERROR_TYPE]: verdict });
  const byRule = telemetry.counter(`${NAMESPACE}.guard.findings`, { unit: '{finding}', description: 'Findings of guard runs by rule and severity.' });
  for (const f of findings) byRule.add(1, { [`${NAMESPACE}.guard`]: guard, [`${NAMESPACE}.rule`]: f.rule, [`${NAMESPACE}.severity`]: f.severity });
}

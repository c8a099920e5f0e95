/**
 * What the standard OTEL_* variables ask for, decided without loading the
 * SDK (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/
 * and protocol/exporter.md). Telemetry is off unless an OTLP endpoint or an
 * `otlp` exporter is named: a runner with no collector pays nothing.
 */
export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface SignalSettings {
  on: boolean;
  protocol: OtlpProtocol;
  /** The URL spans or metrics go to, without credentials or query, for messages. */
  endpoint: string;
}

export interface TelemetrySettings {
  traces: SignalSettings;
  metrics: SignalSettings;
  /** Why a signal the variables asked for stays off (an unsupported exporter or protocol). */
  problems: string[];
}

const DEFAULT_ENDPOINT = 'http://localhost:4318';

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** Printable: no user:password, no query (some vendors put keys there). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}

function signal(env: NodeJS.ProcessEnv, kind: 'TRACES' | 'METRICS', path: string, problems: string[]): SignalSettings {
  const exporterVar = `OTEL_${kind}_EXPORTER`;
  const exporters = (value(env, exporterVar) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const specific = value(env, `OTEL_EXPORTER_OTLP_${kind}_ENDPOINT`);
  const generic = value(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  const endpoint = specific ? displayUrl(specific) : `${displayUrl(generic ?? DEFAULT_ENDPOINT).replace(/\/+$/, '')}/${path}`;
  const rawProtocol = value(env, `OTEL_EXPORTER_OTLP_${kind}_PROTOCOL`) ?? value(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf';
  const off = { on: false, protocol: 'http/protobuf' as const, endpoint };

  let asked: boolean;
  if (exporters.length > 0) {
    if (exporters.includes('none')) return off;
    const unsupported = exporters.filter((e) => e !== 'otlp');
    if (unsupported.length > 0) problems.push(`${exporterVar}=${unsupported.join(',')} is not supported here; only otlp is.`);
    asked = exporters.includes('otlp');
  } else {
    asked = specific !== undefined || generic !== undefined;
  }
  if (!asked) return off;
  if (rawProtocol !== 'http/protobuf' && rawProtocol !== 'http/json') {
    problems.push(`OTLP protocol '${rawProtocol}' is not supported here (${kind.toLowerCase()} stay off): use http/protobuf (port 4318) or http/json.`);
    return off;
  }
  return { on: true, protocol: rawProtocol, endpoint };
}

export function telemetrySettings(env: NodeJS.ProcessEnv = process.env): TelemetrySettings {
  const problems: string[] = [];
  if (value(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
    const off = { on: false, protocol: 'http/protobuf' as const, endpoint: '' };
    return { traces: off, metrics: off, problems };
  }
  return { traces: signal(env, 'TRACES', 'v1/traces', problems), metrics: signal(env, 'METRICS', 'v1/metrics', problems), problems };
}

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * A local OTLP/HTTP receiver for tests: what an OpenTelemetry collector's
 * `otlp` receiver accepts on :4318, decoded with the official protobuf
 * definitions (opentelemetry-proto v1.11.0, vendored with its licence under
 * testkit/fixtures/opentelemetry-proto) through protobufjs, so a test sees
 * exactly what a backend would. OTLP/JSON (`http/json`) is accepted too.
 */
export type AnyValue = string | number | boolean | null | AnyValue[] | { [key: string]: AnyValue };

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  /** SPAN_KIND_INTERNAL = 1, SPAN_KIND_CLIENT = 3. */
  kind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Record<string, AnyValue>;
  /** STATUS_CODE_UNSET = 0, OK = 1, ERROR = 2. */
  status: number;
  scope: string;
  resource: Record<string, AnyValue>;
}

export interface ReceivedPoint {
  attributes: Record<string, AnyValue>;
  /** Sums and gauges. */
  value?: number;
  /** Histograms. */
  count?: number;
  sum?: number;
  bucketCounts?: number[];
  explicitBounds?: number[];
}

export interface ReceivedMetric {
  name: string;
  unit: string;
  description: string;
  type: 'sum' | 'gauge' | 'histogram' | 'other';
  points: ReceivedPoint[];
  scope: string;
  resource: Record<string, AnyValue>;
}

export interface OtlpReceiver {
  /** Base URL, for OTEL_EXPORTER_OTLP_ENDPOINT. */
  url: string;
  spans: ReceivedSpan[];
  metrics: ReceivedMetric[];
  /** Each request: path and content type. */
  requests: { path: string; contentType: string }[];
  close(): Promise<void>;
}

const PROTO_DIR = fileURLToPath(new URL('../fixtures/opentelemetry-proto/', import.meta.url));

interface Decoders {
  traces(body: Buffer): Record<string, unknown>;
  metrics(body: Buffer): Record<string, unknown>;
}

let decoders: Promise<Decoders> | undefined;

async function loadDecoders(): Promise<Decoders> {
  const protobuf = (await import('protobufjs')).default;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => `${PROTO_DIR}${target}`;
  await root.load(['opentelemetry/proto/collector/trace/v1/trace_service.proto', 'opentelemetry/proto/collector/metrics/v1/metrics_service.proto']);
  const traces = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  const metrics = root.lookupType('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest');
  // Longs as strings (nanosecond times do not fit a double), bytes as base64, enums as numbers.
  const options = { longs: String, bytes: String, enums: Number, defaults: false, oneofs: false };
  return {
    traces: (body) => traces.toObject(traces.decode(body), options),
    metrics: (body) => metrics.toObject(metrics.decode(body), options),
  };
}

type Json = Record<string, unknown>;

/** A protobuf `bytes` id (base64) or an OTLP/JSON id (hex), as hex. */
function hexId(value: unknown, json: boolean): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  return json ? value.toLowerCase() : Buffer.from(value, 'base64').toString('hex');
}

function anyValue(v: Json | undefined): AnyValue {
  if (!v) return null;
  if ('stringValue' in v) return v.stringValue as string;
  if ('boolValue' in v) return v.boolValue as boolean;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('arrayValue' in v) return (((v.arrayValue as Json).values as Json[] | undefined) ?? []).map(anyValue);
  if ('kvlistValue' in v) return attributes((v.kvlistValue as Json).values as Json[] | undefined);
  return null;
}

function attributes(list: Json[] | undefined): Record<string, AnyValue> {
  return Object.fromEntries((list ?? []).map((kv) => [kv.key as string, anyValue(kv.value as Json | undefined)]));
}

function spansOf(request: Json, json: boolean): ReceivedSpan[] {
  const out: ReceivedSpan[] = [];
  for (const rs of (request.resourceSpans as Json[] | undefined) ?? []) {
    const resource = attributes((rs.resource as Json | undefined)?.attributes as Json[] | undefined);
    for (const ss of (rs.scopeSpans as Json[] | undefined) ?? []) {
      const scope = ((ss.scope as Json | undefined)?.name as string | undefined) ?? '';
      for (const s of (ss.spans as Json[] | undefined) ?? []) {
        out.push({
          traceId: hexId(s.traceId, json)!,
          spanId: hexId(s.spanId, json)!,
          parentSpanId: hexId(s.parentSpanId, json),
          name: s.name as string,
          kind: Number(s.kind ?? 0),
          startTimeUnixNano: BigInt((s.startTimeUnixNano as string | undefined) ?? 0),
          endTimeUnixNano: BigInt((s.endTimeUnixNano as string | undefined) ?? 0),
          attributes: attributes(s.attributes as Json[] | undefined),
          status: Number((s.status as Json | undefined)?.code ?? 0),
          scope,
          resource,
        });
      }
    }
  }
  return out;
}

function numberPoint(p: Json): ReceivedPoint {
  return { attributes: attributes(p.attributes as Json[] | undefined), value: Number(p.asDouble ?? p.asInt ?? 0) };
}

function metricsOf(request: Json): ReceivedMetric[] {
  const out: ReceivedMetric[] = [];
  for (const rm of (request.resourceMetrics as Json[] | undefined) ?? []) {
    const resource = attributes((rm.resource as Json | undefined)?.attributes as Json[] | undefined);
    for (const sm of (rm.scopeMetrics as Json[] | undefined) ?? []) {
      const scope = ((sm.scope as Json | undefined)?.name as string | undefined) ?? '';
      for (const m of (sm.metrics as Json[] | undefined) ?? []) {
        const base = { name: m.name as string, unit: (m.unit as string | undefined) ?? '', description: (m.description as string | undefined) ?? '', scope, resource };
        if (m.sum) out.push({ ...base, type: 'sum', points: (((m.sum as Json).dataPoints as Json[] | undefined) ?? []).map(numberPoint) });
        else if (m.gauge) out.push({ ...base, type: 'gauge', points: (((m.gauge as Json).dataPoints as Json[] | undefined) ?? []).map(numberPoint) });
        else if (m.histogram) {
          const points = (((m.histogram as Json).dataPoints as Json[] | undefined) ?? []).map((p) => ({
            attributes: attributes(p.attributes as Json[] | undefined),
            count: Number(p.count ?? 0),
            sum: Number(p.sum ?? 0),
            bucketCounts: ((p.bucketCounts as unknown[] | undefined) ?? []).map(Number),
            explicitBounds: ((p.explicitBounds as unknown[] | undefined) ?? []).map(Number),
          }));
          out.push({ ...base, type: 'histogram', points });
        } else out.push({ ...base, type: 'other', points: [] });
      }
    }
  }
  return out;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  return req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
}

/** Starts the receiver on a free localhost port: POST /v1/traces and /v1/metrics. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  decoders ??= loadDecoders();
  const decode = await decoders;
  const receiver: Omit<OtlpReceiver, 'url' | 'close'> = { spans: [], metrics: [], requests: [] };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      const contentType = String(req.headers['content-type'] ?? '');
      receiver.requests.push({ path, contentType });
      const json = contentType.startsWith('application/json');
      try {
        const data = await body(req);
        if (path === '/v1/traces') receiver.spans.push(...spansOf(json ? JSON.parse(data.toString('utf8')) : decode.traces(data), json));
        else if (path === '/v1/metrics') receiver.metrics.push(...metricsOf(json ? JSON.parse(data.toString('utf8')) : decode.metrics(data)));
        else {
          res.writeHead(404).end();
          return;
        }
        // An empty Export*ServiceResponse: zero bytes in protobuf, {} in JSON.
        res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' }).end(json ? '{}' : '');
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...receiver,
    get spans() {
      return receiver.spans;
    },
    get metrics() {
      return receiver.metrics;
    },
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A localhost URL nothing listens on: the collector that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

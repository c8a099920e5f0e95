export const id = 549;
export const ids = [549];
export const modules = {

/***/ 9549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSdkBackend: () => (/* binding */ createSdkBackend)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63914);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78816);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8458);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86004);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57358);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75647);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89174);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16410);
/* harmony import */ var _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42123);
/* harmony import */ var _semconv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81372);
/**
 * The OpenTelemetry SDK, loaded only through `import()` when an OTEL_*
 * variable asks for it (telemetry.ts): this module is the only one that
 * imports @opentelemetry/*, so an action started without a collector never
 * parses it. The tracer and meter providers are private to this module, not
 * registered as the global ones: libraries in the process (the Anthropic SDK
 * has its own spans) do not report through them unless asked.
 */










function numberFromEnv(env, name) {
    const raw = env[name]?.trim();
    if (!raw)
        return undefined;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG; the SDK's own default is parentbased_always_on. */
function samplerFromEnv(env) {
    const ratio = Math.min(1, numberFromEnv(env, 'OTEL_TRACES_SAMPLER_ARG') ?? 1);
    switch (env.OTEL_TRACES_SAMPLER?.trim()) {
        case 'always_on':
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .AlwaysOnSampler */ .f4();
        case 'always_off':
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .AlwaysOffSampler */ .tP();
        case 'traceidratio':
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .TraceIdRatioBasedSampler */ .hL(ratio);
        case 'parentbased_always_off':
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .ParentBasedSampler */ .eq({ root: new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .AlwaysOffSampler */ .tP() });
        case 'parentbased_traceidratio':
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .ParentBasedSampler */ .eq({ root: new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .TraceIdRatioBasedSampler */ .hL(ratio) });
        default:
            return new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .ParentBasedSampler */ .eq({ root: new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .AlwaysOnSampler */ .f4() });
    }
}
/** Remembers what an exporter could not send: the SDK itself only tells its diag logger. */
class FailureLog {
    lines = [];
    counts = new Map();
    add(what, error) {
        const message = error instanceof Error ? error.message : String(error ?? 'unknown error');
        const line = `${what}: ${message.slice(0, 300)}`;
        const n = this.counts.get(line) ?? 0;
        this.counts.set(line, n + 1);
        if (n === 0)
            this.lines.push(line);
    }
    take() {
        const out = this.lines.map((l) => (this.counts.get(l) > 1 ? `${l} (${this.counts.get(l)} times)` : l));
        this.lines = [];
        this.counts.clear();
        return out;
    }
}
function watchSpans(inner, failures, endpoint) {
    return {
        export: (spans, done) => inner.export(spans, (result) => {
            if (result.code !== 0)
                failures.add(`${spans.length} span(s) not sent to ${endpoint}`, result.error);
            done(result);
        }),
        shutdown: () => inner.shutdown(),
        forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
    };
}
function watchMetrics(inner, failures, endpoint) {
    return {
        export: (metrics, done) => inner.export(metrics, (result) => {
            if (result.code !== 0)
                failures.add(`metrics not sent to ${endpoint}`, result.error);
            done(result);
        }),
        forceFlush: () => inner.forceFlush(),
        shutdown: () => inner.shutdown(),
        ...(inner.selectAggregationTemporality ? { selectAggregationTemporality: inner.selectAggregationTemporality.bind(inner) } : {}),
        ...(inner.selectAggregation ? { selectAggregation: inner.selectAggregation.bind(inner) } : {}),
    };
}
function otelKind(kind) {
    return kind === 'client' ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.SpanKind.CLIENT : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.SpanKind.INTERNAL;
}
class SdkSpanHandle {
    span;
    constructor(span) {
        this.span = span;
    }
    get context() {
        const c = this.span.spanContext();
        return { traceId: c.traceId, spanId: c.spanId, sampled: (c.traceFlags & _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.TraceFlags.SAMPLED) === _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.TraceFlags.SAMPLED };
    }
    setAttributes(attributes) {
        this.span.setAttributes(attributes);
    }
    end(status, endTime, errorType) {
        if (errorType)
            this.span.setAttribute(_semconv_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJ, errorType);
        this.span.setStatus({ code: status === 'ok' ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.SpanStatusCode.OK : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.SpanStatusCode.ERROR });
        // A Date, not a number: the SDK reads a number below the process start as performance.now() time.
        this.span.end(new Date(endTime));
    }
}
/** An export gives up after this (unless OTEL_EXPORTER_OTLP_*TIMEOUT says otherwise): retries included, under the flush limit. */
const EXPORT_TIMEOUT_MS = 4000;
async function createSdkBackend(settings, options) {
    const { env } = options;
    // The OTLP exporters read endpoint, headers, compression and timeout from the environment; the
    // exporter's own default timeout (10 s, retries within it) is shortened only when none is set.
    const exporterConfig = (signal) => env[`OTEL_EXPORTER_OTLP_${signal}_TIMEOUT`]?.trim() || env.OTEL_EXPORTER_OTLP_TIMEOUT?.trim() ? {} : { timeoutMillis: EXPORT_TIMEOUT_MS };
    const failures = new FailureLog();
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) win over our defaults.
    const resource = (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__.defaultResource)()
        .merge((0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__.resourceFromAttributes)({ [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_4__/* .ATTR_SERVICE_NAME */ .UX4]: options.serviceName, [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_4__/* .ATTR_SERVICE_VERSION */ .HZt]: options.serviceVersion, ...githubAttributes(env) }))
        .merge((0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__.detectResources)({ detectors: [_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__.envDetector] }));
    let tracerProvider;
    if (settings.traces.on) {
        const exporter = settings.traces.protocol === 'http/json' ? new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_5__/* .OTLPTraceExporter */ .Q(exporterConfig('TRACES')) : new _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_6__/* .OTLPTraceExporter */ .Q(exporterConfig('TRACES'));
        tracerProvider = new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .TracerProvider */ .dq({
            resource,
            sampler: samplerFromEnv(env),
            spanProcessors: [
                // A bounded queue (spans beyond it are dropped, never waited for) and the OTEL_BSP_* settings.
                new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_1__/* .BatchSpanProcessor */ .J({
                    exporter: watchSpans(exporter, failures, settings.traces.endpoint),
                    maxQueueSize: numberFromEnv(env, 'OTEL_BSP_MAX_QUEUE_SIZE') ?? 2048,
                    maxExportBatchSize: numberFromEnv(env, 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE') ?? 512,
                    scheduledDelayMillis: numberFromEnv(env, 'OTEL_BSP_SCHEDULE_DELAY') ?? 5000,
                    exportTimeoutMillis: numberFromEnv(env, 'OTEL_BSP_EXPORT_TIMEOUT') ?? 30000,
                }),
            ],
        });
    }
    let meterProvider;
    let meter;
    if (settings.metrics.on) {
        const exporter = settings.metrics.protocol === 'http/json' ? new _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_7__.OTLPMetricExporter(exporterConfig('METRICS')) : new _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_8__/* .OTLPMetricExporter */ .r(exporterConfig('METRICS'));
        meterProvider = new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_9__.MeterProvider({
            resource,
            readers: [
                new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_9__.PeriodicExportingMetricReader({
                    exporter: watchMetrics(exporter, failures, settings.metrics.endpoint),
                    exportIntervalMillis: numberFromEnv(env, 'OTEL_METRIC_EXPORT_INTERVAL') ?? 60000,
                    exportTimeoutMillis: numberFromEnv(env, 'OTEL_METRIC_EXPORT_TIMEOUT') ?? 30000,
                }),
            ],
        });
        meter = meterProvider.getMeter('@agent-guards/telemetry', options.serviceVersion);
    }
    const instruments = new Map();
    const instrument = (kind, name, o) => {
        if (!meter)
            return undefined;
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
            }
            else if (kind === 'histogram') {
                const h = meter.createHistogram(name, metricOptions);
                record = (v, a) => h.record(v, a);
            }
            else {
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
            if (!tracerProvider)
                return undefined;
            const context = parent
                ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.trace.setSpanContext(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.ROOT_CONTEXT, { traceId: parent.traceId, spanId: parent.spanId, traceFlags: parent.sampled ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.TraceFlags.SAMPLED : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.TraceFlags.NONE, isRemote: true })
                : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_2__.ROOT_CONTEXT;
            return new SdkSpanHandle(tracerProvider.getTracer(scope, options.serviceVersion).startSpan(name, { kind: otelKind(kind), attributes, startTime: new Date(startTime) }, context));
        },
        counter: (name, o) => instrument('counter', name, o),
        histogram: (name, o) => instrument('histogram', name, o),
        gauge: (name, o) => instrument('gauge', name, o),
        async flush(limitMs) {
            const work = Promise.allSettled([tracerProvider?.forceFlush(), meterProvider?.forceFlush()]).then((results) => {
                for (const r of results)
                    if (r.status === 'rejected')
                        failures.add('flush failed', r.reason);
            });
            let timer;
            const late = new Promise((resolve) => {
                timer = setTimeout(() => resolve('late'), limitMs);
                timer.unref();
            });
            if ((await Promise.race([work, late])) === 'late')
                failures.add('the collector did not answer', `no answer within ${limitMs / 1000} s; the session went on without it`);
            clearTimeout(timer);
        },
        takeFailures: () => failures.take(),
    };
}
/** Where a run happened, in the CI/CD conventions, when it happened on GitHub Actions. */
function githubAttributes(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return {};
    const attributes = {};
    if (env.GITHUB_WORKFLOW)
        attributes['cicd.pipeline.name'] = env.GITHUB_WORKFLOW;
    if (env.GITHUB_RUN_ID)
        attributes['cicd.pipeline.run.id'] = env.GITHUB_RUN_ID;
    if (env.GITHUB_JOB)
        attributes['cicd.pipeline.task.name'] = env.GITHUB_JOB;
    if (env.GITHUB_REPOSITORY)
        attributes['vcs.repository.name'] = env.GITHUB_REPOSITORY;
    return attributes;
}
//# sourceMappingURL=sdk.js.map

/***/ })

};

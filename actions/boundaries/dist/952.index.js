export const id = 952;
export const ids = [952];
export const modules = {

/***/ 93952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: Inputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
;// CONCATENATED MODULE: ./packages/action-kit/lib/errors.js
class errors_ConfigurationError extends Error {
    file;
    field;
    line;
    fix;
    constructor(problem, details = {}) {
        super(formatConfigurationMessage(problem, details));
        this.name = 'ConfigurationError';
        this.file = details.file;
        this.field = details.field;
        this.line = details.line;
        this.fix = details.fix;
    }
}
function formatConfigurationMessage(problem, d) {
    const where = [
        d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : undefined,
        d.field ? `field '${d.field}'` : undefined,
    ].filter(Boolean);
    const prefix = where.length > 0 ? `${where.join(', ')}: ` : '';
    return `${prefix}${problem}${d.fix ? ` Fix: ${d.fix}` : ''}`;
}
function isConfigurationError(error) {
    return error instanceof errors_ConfigurationError;
}
/** A readable one-line description of anything thrown. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/secrets.js
const SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|PRIVATE|AUTH|COOKIE|SESSION|SIGNING|ANTHROPIC|OPENAI|GITHUB|^GH_|^ACTIONS_|^RUNNER_|^INPUT_|^AWS_|^AZURE_|^GOOGLE_|^GCP_|^NPM_|^NODE_AUTH|^PYPI|^TWINE|^CARGO_REGISTRY|^OTEL_EXPORTER_OTLP_(?:[A-Z]+_)?HEADERS$/i;
/**
 * True for an environment variable that may hold a secret or the runner's
 * state (tokens, keys, `INPUT_*`, `ACTIONS_*`, `RUNNER_*`): such a variable
 * never reaches a process the runner or a guard starts, unless that process
 * is given it by name.
 */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/** `env` without the variables isSecretName names, but those in `keep`. */
function withoutSecrets(env, keep = []) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !isSecretName(k)));
}
//# sourceMappingURL=secrets.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/logger.js
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};
/** Logs to a stream (stderr for the CLI, so stdout stays clean for --json). */
function streamLogger(write, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
    };
}
/** Keeps every line, for tests and for replaying into a summary. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
}
//# sourceMappingURL=logger.js.map
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./packages/action-kit/lib/report.js


/** Guards named in contracts.md; the report's `guard` field. */
const GUARD_NAMES = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'];
const VerdictSchema = schemas/* enum */.k5n(['pass', 'fail', 'error']);
const SeveritySchema = schemas/* enum */.k5n(['error', 'warning', 'notice']);
const FindingSchema = schemas/* object */.Ikc({
    rule: schemas/* string */.YjP().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    severity: SeveritySchema,
    message: schemas/* string */.YjP(),
    path: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().positive().optional(),
    test: schemas/* string */.YjP().optional(),
});
const GuardReportSchema = schemas/* object */.Ikc({
    guard: schemas/* string */.YjP(),
    verdict: VerdictSchema,
    findings: schemas/* array */.YOg(FindingSchema),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** Exit status shared by the CLI and the actions: 0 pass, 1 fail, 2 error. */
function exitCodeFor(verdict) {
    return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2;
}
/**
 * The verdict follows from the findings: any error-severity finding fails the
 * guard. A guard that could not decide builds its report with `errorReport`.
 */
function reportFromFindings(guard, findings, metrics = {}) {
    const verdict = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    return { guard, verdict, findings: sortFindings(findings), metrics };
}
/**
 * The one place an exception becomes a report: a guard that throws could not
 * decide, so its verdict is `error` (fail closed); a ConfigurationError is the
 * user's to fix and says how. `onInternal` sees any other error (its stack
 * goes to the debug log).
 */
async function guardRunOrError(guard, execute, onInternal) {
    try {
        return await execute();
    }
    catch (error) {
        const configuration = isConfigurationError(error);
        if (!configuration && error instanceof Error)
            onInternal?.(error);
        return { report: errorReport(guard, describeError(error), configuration ? 'configuration-error' : 'internal-error') };
    }
}
/** A report for a guard that could not see everything: it never passes. */
function errorReport(guard, message, rule = 'guard-error', path) {
    return {
        guard,
        verdict: 'error',
        findings: [{ rule, severity: 'error', message, ...(path ? { path } : {}) }],
        metrics: {},
    };
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.path ?? '').localeCompare(b.path ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}
/** `error` beats `fail` beats `pass`: a combined report is only as good as its worst part. */
function worstVerdict(verdicts) {
    if (verdicts.includes('error'))
        return 'error';
    if (verdicts.includes('fail'))
        return 'fail';
    return 'pass';
}
function combineReports(reports) {
    return { verdict: worstVerdict(reports.map((r) => r.verdict)), reports };
}
//# sourceMappingURL=report.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/render.js
/** GitHub's per-step caps (docs: "Workflow commands", "Job summaries"). */
const LIMITS = {
    annotationsPerSeverity: 10,
    summaryBytes: 1024 * 1024,
    outputBytes: 1_000_000,
    commentChars: 65_536,
};
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '⛔' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TRUNCATION_MARKER = '\n\n_…truncated: the full report is in the JSON report file._\n';
/** Escapes text for a markdown table cell or line without letting it open HTML or break the table. */
function markdownText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function formatMetric(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '');
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function render_location(f) {
    if (!f.path)
        return '';
    return `\`${markdownText(f.path)}${f.line ? `:${f.line}` : ''}\``;
}
/** The job-summary section for one guard report: a pure function, tested on its text. */
function renderSummary(report, maxFindings = 200) {
    const counts = countBySeverity(report.findings);
    const lines = [
        `## ${VERDICT_ICON[report.verdict]} ${report.guard}: ${report.verdict}`,
        '',
        `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
        '',
    ];
    const shown = report.findings.slice(0, maxFindings);
    if (shown.length > 0) {
        lines.push('| | rule | where | message |', '|---|---|---|---|');
        for (const f of shown) {
            const where = [render_location(f), f.test ? `\`${markdownText(f.test)}\`` : ''].filter(Boolean).join(' ');
            lines.push(`| ${SEVERITY_ICON[f.severity]} | \`${f.rule}\` | ${where} | ${markdownText(f.message)} |`);
        }
        if (report.findings.length > shown.length) {
            lines.push('', `_${report.findings.length - shown.length} more finding(s) are in the JSON report._`);
        }
        lines.push('');
    }
    const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
    if (metrics.length > 0) {
        lines.push('<details><summary>Metrics</summary>', '', '| metric | value |', '|---|---|');
        for (const [k, v] of metrics)
            lines.push(`| ${markdownText(k)} | ${markdownText(formatMetric(v))} |`);
        lines.push('', '</details>', '');
    }
    return lines.join('\n');
}
/** Cuts text to a byte budget on a character boundary, adding a visible marker. */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(marker, 'utf8');
    let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD: drop it.
    if (cut.endsWith('\uFFFD'))
        cut = cut.slice(0, -1);
    return cut + marker;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/**
 * Picks the findings that become annotations: those with a path, at most
 * `annotationsPerSeverity` of each severity (GitHub drops the rest silently, so
 * we count them and say so).
 */
function planAnnotations(findings, cap = LIMITS.annotationsPerSeverity) {
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const f of findings) {
        if (!f.path)
            continue;
        if (used[f.severity] < cap) {
            used[f.severity] += 1;
            annotations.push(f);
        }
        else {
            omitted[f.severity] += 1;
        }
    }
    return { annotations, omitted };
}
/** Plain-text rendering for the terminal. */
function renderText(report) {
    const lines = [`${report.guard}: ${report.verdict.toUpperCase()}`];
    for (const f of report.findings) {
        const where = f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : '';
        const test = f.test ? ` [${f.test}]` : '';
        lines.push(`  ${f.severity.padEnd(7)} ${f.rule}${where}${test}: ${f.message}`);
    }
    const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
    if (metrics.length > 0)
        lines.push(`  metrics: ${metrics.map(([k, v]) => `${k}=${formatMetric(v)}`).join(', ')}`);
    return lines.join('\n');
}
//# sourceMappingURL=render.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/inputs.js


/**
 * Reads every input an action declares into one typed object, once. Empty
 * strings count as "not given" so the zod schema's defaults apply: the schema is
 * the one place each default lives (action.yml repeats it for the docs, and a test
 * keeps them equal).
 */
function parseInputs(schema, getInput, source = 'action inputs') {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const value = getInput(name);
        raw[name] = value === '' ? undefined : value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.join('.');
        throw new errors_ConfigurationError(`invalid value ${JSON.stringify(raw[field] ?? '')}: ${issue.message}.`, {
            file: source,
            field,
            fix: `set input '${field}' to a valid value (see the action's README).`,
        });
    }
    return parsed.data;
}
/** Boolean inputs accept only true/false, as in @actions/core's getBooleanInput. */
const booleanInput = schemas/* enum */.k5n(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
    .transform((v) => v.toLowerCase() === 'true');
/** A non-negative integer given as a string. */
const integerInput = schemas/* string */.YjP()
    .regex(/^\d+$/, 'expected a whole number')
    .transform((v) => Number.parseInt(v, 10));
/** A newline- or comma-separated list; blank entries dropped. */
const listInput = schemas/* string */.YjP().transform((v) => v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean));
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/action-kit/lib/safe-print.js

/**
 * Untrusted text (PR bodies, file contents, model output, commit messages) must
 * not be able to issue workflow commands such as `::add-mask::` or
 * `::stop-commands::`. The runner only reads commands at the start of a line, so
 * `neutralizeWorkflowCommands` breaks every line that could start one;
 * `fenceUntrusted` brackets a block with a random stop-commands token instead.
 */
const COMMAND_AT_LINE_START = /^(\s*)::/gm;
function neutralizeWorkflowCommands(text) {
    // A zero-width space between the colons keeps the text readable but inert.
    return text.replace(COMMAND_AT_LINE_START, '$1:\u200b:');
}
function fenceUntrusted(text, token = randomBytes(16).toString('hex')) {
    // A token that appears in the text could end the fence early: pick a fresh one.
    while (text.includes(token))
        token = randomBytes(16).toString('hex');
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
//# sourceMappingURL=safe-print.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/telemetry/lib/semconv.js
var semconv = __webpack_require__(81372);
;// CONCATENATED MODULE: ./packages/telemetry/lib/trace-context.js

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;
/**
 * Reads a W3C `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header).
 * Anything malformed is no parent at all: a bad value from a previous job
 * starts a new trace rather than failing a guard.
 */
function parseTraceparent(value) {
    const m = TRACEPARENT.exec(value?.trim().toLowerCase() ?? '');
    if (!m)
        return undefined;
    const [, version, traceId, spanId, flags, rest] = m;
    // Version ff is invalid; version 00 has nothing after the flags.
    if (version === 'ff' || (version === '00' && rest !== undefined))
        return undefined;
    if (ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId))
        return undefined;
    return { traceId: traceId, spanId: spanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}
function formatTraceparent(context) {
    return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}
/**
 * The trace context a process was started in: the `TRACEPARENT` environment
 * variable, as the OpenTelemetry specification names it for environment
 * carriers (context/env-carriers.md). The agent pipeline sets it on the guard
 * jobs from the runner job's `traceparent` output.
 */
function traceparentFromEnv(env = process.env) {
    return parseTraceparent(env.TRACEPARENT);
}
function newTraceId() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
function newSpanId() {
    return (0,external_node_crypto_.randomBytes)(8).toString('hex');
}
//# sourceMappingURL=trace-context.js.map
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./packages/telemetry/lib/otel-env.js
const DEFAULT_ENDPOINT = 'http://localhost:4318';
function value(env, name) {
    const v = env[name]?.trim();
    return v ? v : undefined;
}
/** Printable: no user:password, no query (some vendors put keys there). */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(an invalid URL)';
    }
}
function signal(env, kind, path, problems) {
    const exporterVar = `OTEL_${kind}_EXPORTER`;
    const exporters = (value(env, exporterVar) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const specific = value(env, `OTEL_EXPORTER_OTLP_${kind}_ENDPOINT`);
    const generic = value(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    const endpoint = specific ? displayUrl(specific) : `${displayUrl(generic ?? DEFAULT_ENDPOINT).replace(/\/+$/, '')}/${path}`;
    const rawProtocol = value(env, `OTEL_EXPORTER_OTLP_${kind}_PROTOCOL`) ?? value(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf';
    const off = { on: false, protocol: 'http/protobuf', endpoint };
    let asked;
    if (exporters.length > 0) {
        if (exporters.includes('none'))
            return off;
        const unsupported = exporters.filter((e) => e !== 'otlp');
        if (unsupported.length > 0)
            problems.push(`${exporterVar}=${unsupported.join(',')} is not supported here; only otlp is.`);
        asked = exporters.includes('otlp');
    }
    else {
        asked = specific !== undefined || generic !== undefined;
    }
    if (!asked)
        return off;
    if (rawProtocol !== 'http/protobuf' && rawProtocol !== 'http/json') {
        problems.push(`OTLP protocol '${rawProtocol}' is not supported here (${kind.toLowerCase()} stay off): use http/protobuf (port 4318) or http/json.`);
        return off;
    }
    return { on: true, protocol: rawProtocol, endpoint };
}
function telemetrySettings(env = process.env) {
    const problems = [];
    if (value(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
        const off = { on: false, protocol: 'http/protobuf', endpoint: '' };
        return { traces: off, metrics: off, problems };
    }
    return { traces: signal(env, 'TRACES', 'v1/traces', problems), metrics: signal(env, 'METRICS', 'v1/metrics', problems), problems };
}
//# sourceMappingURL=otel-env.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/telemetry.js





/** How long a flush may hold up a session or a guard: then it goes on without the collector. */
const FLUSH_LIMIT_MS = 5000;
const VERSION = '0.1.0';
/**
 * A span in progress. Whatever it becomes is one record, handed to the
 * recorders and, when a collector is configured, to the SDK with the same ids,
 * times and attributes.
 */
class LiveSpan {
    name;
    context;
    parentSpanId;
    kind;
    scope;
    recorders;
    clock;
    sdkSpan;
    attributes;
    startedAt;
    startedHr = external_node_perf_hooks_.performance.now();
    record;
    constructor(name, context, parentSpanId, kind, attributes, scope, recorders, clock, sdkSpan, startedAt) {
        this.name = name;
        this.context = context;
        this.parentSpanId = parentSpanId;
        this.kind = kind;
        this.scope = scope;
        this.recorders = recorders;
        this.clock = clock;
        this.sdkSpan = sdkSpan;
        this.attributes = { ...attributes };
        this.startedAt = startedAt;
    }
    get ended() {
        return this.record !== undefined;
    }
    setAttributes(attributes) {
        Object.assign(this.attributes, attributes);
        this.sdkSpan?.setAttributes(attributes);
    }
    /** Ends the span once; a second end returns the first record. */
    end(options = {}) {
        if (this.record)
            return this.record;
        const status = options.status ?? 'ok';
        const more = { ...options.attributes, ...(options.errorType ? { [semconv/* ATTR_ERROR_TYPE */.oJ]: options.errorType } : {}) };
        if (options.attributes)
            this.sdkSpan?.setAttributes(options.attributes);
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
            duration_ms: Math.round((external_node_perf_hooks_.performance.now() - this.startedHr) * 1000) / 1000,
        };
        for (const recorder of this.recorders)
            recorder(this.record);
        return this.record;
    }
}
const NO_COUNTER = { add() { } };
const NO_HISTOGRAM = { record() { } };
/**
 * The runner's and the guards' telemetry: spans always (the recorders get
 * them, trace.jsonl among them), and OTLP traces and metrics when the OTEL_*
 * variables name a collector. Without one nothing of the SDK is loaded, no
 * instrument records, and flush is free.
 */
class Telemetry {
    backend;
    settings;
    ambient = new external_node_async_hooks_.AsyncLocalStorage();
    constructor(backend, settings) {
        this.backend = backend;
        this.settings = settings;
    }
    /** Whether anything leaves the process. */
    get exporting() {
        return this.backend !== undefined && (this.backend.tracing || this.backend.metering);
    }
    startSpan(name, options = {}) {
        const parent = options.parent === undefined ? this.currentSpan() : options.parent;
        const local = parent instanceof LiveSpan ? parent : undefined;
        const parentContext = local ? local.context : (parent ?? undefined);
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
    withSpan(span, work) {
        return this.ambient.run(span, work);
    }
    currentSpan() {
        return this.ambient.getStore();
    }
    counter(name, options = {}) {
        const record = this.backend?.counter(name, options);
        return record ? { add: (v, a = {}) => record(v, a) } : NO_COUNTER;
    }
    histogram(name, options = {}) {
        const record = this.backend?.histogram(name, options);
        return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
    }
    gauge(name, options = {}) {
        const record = this.backend?.gauge(name, options);
        return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
    }
    /**
     * Sends what is pending, waiting at most FLUSH_LIMIT_MS. Never throws: what
     * could not be sent comes back as warnings (also the ones about settings
     * that left a signal off), for the log and the step summary.
     */
    async flush(limitMs = FLUSH_LIMIT_MS) {
        const problems = this.settings.problems.splice(0).map((p) => `telemetry: ${p}`);
        if (!this.backend)
            return problems;
        try {
            await this.backend.flush(limitMs);
        }
        catch (error) {
            problems.push(`telemetry: flush failed: ${error.message}`);
        }
        return [...problems, ...this.backend.takeFailures().map((f) => `telemetry: ${f}`)];
    }
}
/**
 * Telemetry as the process environment configures it (the exporters read
 * the OTLP endpoint, headers, timeout and compression from it too). The SDK
 * module is imported only when a signal is on; if it cannot start, the run
 * goes on with spans for the recorders only and a warning.
 */
async function openTelemetry(options = {}) {
    const env = process.env;
    const settings = telemetrySettings(env);
    if (!settings.traces.on && !settings.metrics.on)
        return new Telemetry(undefined, settings);
    try {
        const { createSdkBackend } = await Promise.all(/* import() */[__webpack_require__.e(307), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 9549));
        const backend = await createSdkBackend(settings, { env, serviceName: options.serviceName ?? 'agent-guards', serviceVersion: VERSION });
        return new Telemetry(backend, settings);
    }
    catch (error) {
        settings.problems.push(`the OpenTelemetry SDK could not start (${error.message}); nothing is exported.`);
        return new Telemetry(undefined, settings);
    }
}
let shared;
/**
 * The process's telemetry, opened on first use: the runner, Review's
 * in-process guards and the guard actions share one SDK and one exporter.
 */
function sharedTelemetry() {
    shared ??= openTelemetry();
    return shared;
}
/** Forgets the shared telemetry (after flushing it), so the next use reads the environment again: for tests. */
async function resetSharedTelemetry() {
    const current = shared;
    shared = undefined;
    if (current)
        await (await current).flush();
}
//# sourceMappingURL=telemetry.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/guard-span.js




const MAX_METRIC_ATTRIBUTES = 32;
/** The report's top-level numbers, strings and booleans as span attributes (nested tables stay in the report). */
function metricAttributes(metrics) {
    const out = {};
    for (const [key, value] of Object.entries(metrics)) {
        if (Object.keys(out).length >= MAX_METRIC_ATTRIBUTES)
            break;
        if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
            out[`${semconv/* NAMESPACE */.CU}.metric.${key.replace(/-/g, '_')}`] = value;
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
async function traceGuardRun(guard, run, options = {}) {
    const telemetry = await sharedTelemetry();
    const inProcess = telemetry.currentSpan();
    const span = telemetry.startSpan(`guard ${guard}`, {
        parent: inProcess ?? traceparentFromEnv() ?? null,
        scope: '@agent-guards/guards',
        attributes: { [`${semconv/* NAMESPACE */.CU}.guard`]: guard },
    });
    const started = external_node_perf_hooks_.performance.now();
    let result;
    try {
        result = await run();
    }
    catch (error) {
        span.end({ status: 'error', errorType: error instanceof Error ? error.name : 'Error' });
        throw error;
    }
    try {
        record(telemetry, guard, span, result, external_node_perf_hooks_.performance.now() - started);
        // In the runner, the session flushes at its end; a guard on its own sends before its process ends.
        if (!inProcess) {
            const warnings = await telemetry.flush();
            if (warnings.length)
                options.onWarnings?.(warnings);
        }
    }
    catch (error) {
        // Telemetry never changes a verdict.
        options.onWarnings?.([`telemetry: ${error.message}`]);
    }
    return result;
}
function record(telemetry, guard, span, result, ms) {
    const { verdict, findings, metrics } = result.report;
    const rules = [...new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.rule))].sort();
    span.end({
        attributes: {
            [`${semconv/* NAMESPACE */.CU}.verdict`]: verdict,
            [`${semconv/* NAMESPACE */.CU}.findings`]: findings.length,
            [`${semconv/* NAMESPACE */.CU}.findings.errors`]: findings.filter((f) => f.severity === 'error').length,
            ...(rules.length ? { [`${semconv/* NAMESPACE */.CU}.rules`]: rules } : {}),
            ...metricAttributes(metrics),
        },
        ...(verdict === 'pass' ? {} : { status: 'error', errorType: verdict }),
    });
    const base = { [`${semconv/* NAMESPACE */.CU}.guard`]: guard, [`${semconv/* NAMESPACE */.CU}.verdict`]: verdict };
    telemetry.counter(`${semconv/* NAMESPACE */.CU}.guard.runs`, { unit: '{run}', description: 'Guard runs by verdict; verdict fail is a policy violation, error a run that could not decide.' }).add(1, base);
    telemetry
        .histogram(`${semconv/* NAMESPACE */.CU}.guard.duration`, { unit: 's', description: 'Wall time of one guard run.' })
        .record(ms / 1000, verdict === 'pass' ? base : { ...base, [semconv/* ATTR_ERROR_TYPE */.oJ]: verdict });
    const byRule = telemetry.counter(`${semconv/* NAMESPACE */.CU}.guard.findings`, { unit: '{finding}', description: 'Findings of guard runs by rule and severity.' });
    for (const f of findings)
        byRule.add(1, { [`${semconv/* NAMESPACE */.CU}.guard`]: guard, [`${semconv/* NAMESPACE */.CU}.rule`]: f.rule, [`${semconv/* NAMESPACE */.CU}.severity`]: f.severity });
}
//# sourceMappingURL=guard-span.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/index.js






//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/action-runtime.js









/** A Logger over @actions/core whose lines cannot issue workflow commands. */
function coreLogger(core) {
    return {
        debug: (m) => core.debug(neutralizeWorkflowCommands(m)),
        info: (m) => core.info(neutralizeWorkflowCommands(m)),
        // Plain log lines, not annotations: annotations are reserved for findings.
        warning: (m) => core.info(`warning: ${neutralizeWorkflowCommands(m)}`),
        error: (m) => core.info(`error: ${neutralizeWorkflowCommands(m)}`),
    };
}
/**
 * Runs one guard as an action step: inputs parsed once, the guard executed, and
 * its report turned into outputs, annotations, a job summary (always, even after
 * an error) and a JSON file. It does not call setFailed: main.ts does, from the outcome.
 */
async function runGuardAction(options) {
    const { core, guard } = options;
    const env = options.env ?? process.env;
    const logger = coreLogger(core);
    // One span per guard run when OTEL_* names a collector (the pipeline passes TRACEPARENT from the runner job).
    const telemetryWarnings = [];
    const run = await traceGuardRun(guard, () => guardRunOrError(guard, async () => options.execute(parseInputs(options.inputs, (name) => core.getInput(name)), logger), (error) => core.debug(error.stack ?? error.message)), { onWarnings: (warnings) => telemetryWarnings.push(...warnings) });
    for (const w of telemetryWarnings)
        logger.warning(w);
    const { report } = run;
    // Outside a runner (no RUNNER_TEMP) the report goes to the system's temp folder, never into the checkout.
    const reportDir = options.reportDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'agent-guards');
    (0,external_node_fs_.mkdirSync)(reportDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(reportDir, `${guard}-report.json`);
    (0,external_node_fs_.writeFileSync)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    core.setOutput('verdict', report.verdict);
    core.setOutput('report-path', reportPath);
    for (const [name, value] of Object.entries(run.outputs ?? {}))
        core.setOutput(name, String(value));
    emitAnnotations(core, report);
    try {
        const markdown = renderSummary(report) + (run.summary ? `\n${run.summary}\n` : '') + telemetrySummary(telemetryWarnings);
        core.summary.addRaw(truncateUtf8(markdown, LIMITS.summaryBytes - 1024), true);
        await core.summary.write();
    }
    catch (error) {
        // No GITHUB_STEP_SUMMARY (a local run): the report file and log still stand.
        core.debug(`job summary not written: ${describeError(error)}`);
    }
    const exitCode = exitCodeFor(report.verdict);
    const failure = report.verdict === 'pass'
        ? undefined
        : report.verdict === 'fail'
            ? `${guard} failed: ${report.findings.filter((f) => f.severity === 'error').length} violation(s); see the job summary.`
            : `${guard} could not decide (verdict error): ${report.findings[0]?.message ?? 'unknown error'}`;
    return { report, reportPath, exitCode, ...(failure ? { failure } : {}) };
}
/** What the telemetry could not send, under the report: the verdict stands, the trace may be incomplete. */
function telemetrySummary(warnings) {
    if (warnings.length === 0)
        return '';
    return `\n> [!WARNING]\n> OpenTelemetry: ${warnings.length} problem(s); the verdict is unaffected.\n${warnings.map((w) => `> - ${markdownText(w)}`).join('\n')}\n`;
}
function emitAnnotations(core, report) {
    const plan = planAnnotations(report.findings);
    for (const f of plan.annotations) {
        const props = { title: `${report.guard}: ${f.rule}`, file: f.path };
        if (f.line)
            props.startLine = f.line;
        const message = f.test ? `${f.message} (${f.test})` : f.message;
        if (f.severity === 'error')
            core.error(message, props);
        else if (f.severity === 'warning')
            core.warning(message, props);
        else
            core.notice(message, props);
    }
    const omitted = Object.entries(plan.omitted).filter(([, n]) => n > 0);
    if (omitted.length > 0) {
        const text = omitted.map(([sev, n]) => `${n} ${sev}(s)`).join(', ');
        core.info(`${text} more finding(s) with a file were not annotated (GitHub shows at most ${LIMITS.annotationsPerSeverity} per severity per step); all are in the job summary and the report file.`);
    }
    // Findings without a path still deserve a visible line in the log.
    for (const f of report.findings.filter((x) => !x.path)) {
        core.info(`${f.severity}: ${f.rule}: ${neutralizeWorkflowCommands(f.message)}`);
    }
}
//# sourceMappingURL=action-runtime.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/event.js


/** Reads the pull request from $GITHUB_EVENT_PATH; undefined for other events. */
function readPullRequestEvent(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors_ConfigurationError(`cannot read the event payload: ${error.message}.`, {
            file: path,
            fix: 'run the action in a GitHub Actions job, or pass the base and head inputs explicitly.',
        });
    }
    const pr = payload.pull_request;
    if (!pr)
        return undefined;
    return {
        action: typeof payload.action === 'string' ? payload.action : '',
        number: Number(pr.number),
        baseSha: String(pr.base?.sha ?? ''),
        headSha: String(pr.head?.sha ?? ''),
        baseRef: String(pr.base?.ref ?? ''),
        headRef: String(pr.head?.ref ?? ''),
        body: typeof pr.body === 'string' ? pr.body : '',
        title: String(pr.title ?? ''),
        author: String(pr.user?.login ?? ''),
        ...(typeof pr.commits === 'number' ? { commits: pr.commits } : {}),
        repository: String(payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? ''),
        merged: pr.merged === true,
        ...(pr.closed_at ? { closedAt: pr.closed_at } : {}),
        labels: (pr.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
    };
}
/** Base and head for a guard: explicit inputs win, else the pull_request event. */
function resolveRevisions(inputs, event) {
    const base = inputs.base ?? event?.baseSha;
    const head = inputs.head ?? event?.headSha;
    if (!base || !head) {
        throw new errors_ConfigurationError('no base/head commits to compare.', {
            field: !base ? 'base' : 'head',
            fix: "run on a 'pull_request' event, or set the 'base' and 'head' inputs to commit SHAs.",
        });
    }
    return { base, head, ...(event ? { event } : {}) };
}
//# sourceMappingURL=event.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/action-kit/lib/action-metadata.js

function parseActionMetadata(text) {
    const doc = parse(text);
    return {
        name: doc?.name ?? '',
        description: doc?.description ?? '',
        inputs: doc?.inputs ?? {},
        outputs: doc?.outputs ?? {},
        runs: doc?.runs ?? { using: '' },
        ...(doc?.branding ? { branding: doc.branding } : {}),
    };
}
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
function cell(text) {
    return (text ?? '').trim().replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The inputs/outputs tables, generated from action.yml so the README never drifts. */
function renderActionTables(meta) {
    const lines = ['### Inputs', ''];
    const inputs = Object.entries(meta.inputs);
    if (inputs.length === 0)
        lines.push('None.');
    else {
        lines.push('| input | required | default | description |', '|---|---|---|---|');
        for (const [name, i] of inputs) {
            const def = i.default === undefined || i.default === '' ? '' : `\`${cell(String(i.default))}\``;
            lines.push(`| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${def} | ${cell(i.description)} |`);
        }
    }
    lines.push('', '### Outputs', '');
    const outputs = Object.entries(meta.outputs);
    if (outputs.length === 0)
        lines.push('None.');
    else {
        lines.push('| output | description |', '|---|---|');
        for (const [name, o] of outputs)
            lines.push(`| \`${name}\` | ${cell(o.description)} |`);
    }
    return lines.join('\n');
}
/** Replaces the generated block between the markers; throws if the markers are missing. */
function updateReadme(readme, meta) {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start)
        throw new Error(`README lacks the ${START} … ${END} markers`);
    return `${readme.slice(0, start + START.length)}\n${renderActionTables(meta)}\n${readme.slice(end)}`;
}
//# sourceMappingURL=action-metadata.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/index.js










//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
;// CONCATENATED MODULE: ./packages/config/lib/forbidden-categories.js
/**
 * The built-in forbidden categories (spec §4 NOT-authorized scope, contracts.md),
 * built from the file names the ecosystems and tools themselves use. Globs are
 * matched case-insensitively and include dotfiles; `words` are matched as whole
 * words of a path's folder and file names (see forbidden.ts). The README of
 * actions/manifest-scope lists them (generated: `npm run docs`).
 */
const forbidden_categories_BUILT_IN_FORBIDDEN = [
    {
        id: 'ci-definitions',
        reason: 'CI definitions and the automation that builds, checks or merges code are platform-team-only (spec §4)',
        patterns: [
            // GitHub, Gitea, Forgejo
            '.github/workflows/**',
            '.github/actions/**',
            '.github/workflow-templates/**',
            '.github/dependabot.{yml,yaml}',
            '.github/settings.{yml,yaml}',
            '.gitea/workflows/**',
            '.gitea/actions/**',
            '.forgejo/workflows/**',
            '.forgejo/actions/**',
            // GitLab (the CI file, its includes, the agent configuration)
            '**/.gitlab-ci.{yml,yaml}',
            '**/*.gitlab-ci.{yml,yaml}',
            '.gitlab/ci/**',
            '.gitlab/agents/**',
            // Jenkins
            '**/Jenkinsfile',
            '**/Jenkinsfile.*',
            '**/Jenkinsfile-*',
            '**/Jenkinsfile_*',
            '**/*.Jenkinsfile',
            '.jenkins/**',
            'jenkins/**',
            // Azure Pipelines
            '**/azure-pipelines*.{yml,yaml}',
            '.azure-pipelines/**',
            '.azuredevops/**',
            '.pipelines/**',
            // hosted CI services
            '.circleci/**',
            '.travis.{yml,yaml}',
            '.travis/**',
            'bitbucket-pipelines.{yml,yaml}',
            '.drone.{yml,yaml,jsonnet,star}',
            '.woodpecker.{yml,yaml}',
            '.woodpecker/**',
            '**/cloudbuild*.{yml,yaml,json}',
            '{.,}appveyor.{yml,yaml}',
            '.buildkite/**',
            '{.,}buildkite.{yml,yaml,json}',
            '.teamcity/**',
            'bamboo-specs/**',
            '**/buildspec*.{yml,yaml}',
            '.codecatalyst/**',
            '.semaphore/**',
            '{.,}codefresh.{yml,yaml}',
            '.codefresh/**',
            '.tekton/**',
            '.harness/**',
            '.cirrus.{yml,yaml,star}',
            '.build.{yml,yaml}',
            '.builds/**',
            '.concourse/**',
            'concourse/**',
            '{.,}wercker.{yml,yaml}',
            'shippable.{yml,yaml}',
            'codeship-{services,steps}.{yml,yaml}',
            'bitrise.{yml,yaml}',
            'codemagic.{yml,yaml}',
            'screwdriver.{yml,yaml}',
            '**/*.gocd.{yml,yaml,json}',
            '**/*.gopipeline.json',
            '{.,}zuul.{yml,yaml}',
            '{.,}zuul.d/**',
            '.prow.{yml,yaml}',
            '.prow/**',
            '.vela.{yml,yaml}',
            '{.,}buddy.{yml,yaml}',
            '.buddy/**',
            'ci_scripts/**',
            'atlantis.{yml,yaml}',
            // a repository's own CI scripts
            'ci/**',
            '.ci/**',
            // bots that update dependencies or merge pull requests
            '{.,}renovate.json{,5}',
            '.renovaterc{,.json,.json5}',
            '.{github,gitlab}/renovate.json{,5}',
            '{.,}mergify.{yml,yaml}',
            '.mergify/**',
            '.github/mergify.{yml,yaml}',
            '{.github/,}.kodiak.toml',
            '{.github/,}bors.toml',
            // hooks that run on every developer's machine
            '.pre-commit-config.{yml,yaml}',
            '.husky/**',
            '{.,}lefthook{,-local}.{yml,yaml,json,toml}',
            '.lefthook/**',
            '.githooks/**',
            '.overcommit.yml',
        ],
        narrowable: true,
    },
    {
        id: 'codeowners',
        reason: 'code ownership decides who reviews the agent',
        patterns: ['**/CODEOWNERS', '**/OWNERS', '**/OWNERS_ALIASES'],
        narrowable: true,
    },
    {
        id: 'agent-instructions',
        reason: "agent instruction files steer the agent; changing them is the platform team's call",
        patterns: [
            // Claude Code, and the MCP servers any agent loads from the repository
            '**/CLAUDE.md',
            '**/CLAUDE.local.md',
            '**/.claude/**',
            '**/.mcp.json',
            '.vscode/mcp.json',
            // AGENTS.md (Codex, Amp, Jules, Copilot, Cursor…)
            '**/AGENTS.md',
            '**/AGENTS.override.md',
            '**/AGENT.md',
            '**/.agents/**',
            '**/.codex/**',
            // Gemini CLI and Code Assist
            '**/GEMINI.md',
            '**/.gemini/**',
            '**/.geminiignore',
            // GitHub Copilot
            '.github/copilot-instructions.md',
            '.github/copilot/**',
            '.github/instructions/**',
            '.github/prompts/**',
            '.github/chatmodes/**',
            '.github/agents/**',
            '**/*.instructions.md',
            '**/*.prompt.md',
            '**/*.chatmode.md',
            '**/*.agent.md',
            // Cursor, Windsurf, Cline, Roo, Kilo, Continue, Aider
            '**/.cursorrules',
            '**/.cursor/**',
            '**/.cursorignore',
            '**/.cursorindexingignore',
            '**/.windsurfrules',
            '**/.windsurf/**',
            '**/.codeiumignore',
            '**/.clinerules',
            '**/.clinerules/**',
            '**/.clineignore',
            '**/.roorules',
            '**/.roorules-*',
            '**/.roo/**',
            '**/.roomodes',
            '**/.rooignore',
            '**/.kilocode/**',
            '**/.kilocodemodes',
            '**/.continue/**',
            '**/.continuerules',
            '**/.continueignore',
            '**/.aider*',
            '**/CONVENTIONS.md',
            // Amazon Q, Kiro, JetBrains Junie and AI Assistant, Zed, Trae, Augment, OpenHands, Goose,
            // Tabnine, Qodo, Firebase Studio, opencode, Crush, Warp, Qwen Code, Devin, Sourcegraph Cody
            '**/.amazonq/**',
            '**/.kiro/**',
            '**/.junie/**',
            '**/.aiassistant/**',
            '**/.aiignore',
            '**/.rules',
            '**/.trae/**',
            '**/.augment/**',
            '**/.augment-guidelines',
            '**/.openhands/**',
            '**/.openhands_instructions',
            '**/.goosehints',
            '**/.tabnine/**',
            '**/.qodo/**',
            '**/.idx/airules.md',
            '**/airules.md',
            '**/opencode.{json,jsonc}',
            '**/.opencode/**',
            '**/CRUSH.md',
            '**/{.,}crush.json',
            '**/WARP.md',
            '**/QWEN.md',
            '**/.qwen/**',
            '**/.devin/**',
            '**/.sourcegraph/**',
            '**/.cody/**',
            // the review bots that read the agent's pull requests
            '**/.coderabbit.{yml,yaml}',
            '**/.pr_agent.toml',
        ],
        narrowable: true,
    },
    {
        id: 'agent-configuration',
        reason: 'the guard policy, tool manifest and ticket files are trusted inputs read at the base commit',
        patterns: ['.github/agent-guards.{yml,yaml}', '.github/agent-manifest.{yml,yaml}', '.agent/**'],
        narrowable: false,
    },
    {
        id: 'git-metadata',
        reason: 'git metadata decides which repositories a checkout fetches and how a diff shows to reviewers',
        patterns: ['**/.gitmodules', '**/.gitattributes', '.lfsconfig'],
        narrowable: true,
    },
    {
        id: 'vendored-code',
        reason: 'vendored third-party code and package-manager runtimes are installed as they are, without review against their source',
        patterns: [
            '**/node_modules/**',
            '**/vendor/**',
            '**/third_party/**',
            '**/third-party/**',
            '**/site-packages/**',
            '**/.yarn/{cache,unplugged,releases,plugins,sdks}/**',
            '**/.pnp.{cjs,js,loader.mjs}',
        ],
        narrowable: true,
    },
    {
        id: 'schemas',
        reason: 'schemas are out of scope for the agent (spec §4)',
        patterns: [
            '**/schema/**',
            '**/schemas/**',
            '**/dbschema/**',
            // db/schema.rb (Rails), schema.prisma, schema.graphql, src/db/schema.ts (Drizzle), src/schema.rs (Diesel), schema.sql (Spring, dbmate)…
            '**/schema.*',
            '**/schemas.*',
            '**/*.schema.*',
            '**/*.schema',
            '**/structure.sql',
            '**/*_structure.sql',
            '**/*.{xsd,dtd,rng,rnc,avsc,prisma,graphqls,esdl,gel,fbs,capnp,cds,edmx,dbml}',
            '**/*.jtd.json',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'migrations',
        reason: 'database migrations are out of scope for the agent (spec §4)',
        patterns: [
            // Django, Alembic (Flask-Migrate), Knex, Sequelize, TypeORM, Prisma, Laravel, Doctrine, Ecto, Diesel, sqlx, EF Core, golang-migrate
            '**/migrations/**',
            '**/migration/**',
            // Rails, Sequel, Hanami
            '**/migrate/**',
            '**/alembic/**',
            '**/alembic.ini',
            // Flyway (db/migration, V1__x.sql), Liquibase (db/changelog), Play evolutions, Drizzle, sqitch, Atlas, Diesel
            '**/flyway/**',
            '**/flyway.{conf,toml}',
            '**/V[0-9]*__*.sql',
            '**/U[0-9]*__*.sql',
            '**/R__*.sql',
            '**/liquibase/**',
            '**/liquibase.properties',
            '**/db/changelog/**',
            '**/db.changelog*',
            '**/evolutions/**',
            '**/drizzle/**',
            '**/drizzle.config.*',
            '**/sqitch.{plan,conf}',
            '**/atlas.hcl',
            '**/diesel.toml',
            // goose, golang-migrate, dbmate
            '**/*.{up,down}.sql',
            '**/*.migration.*',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'public-api-contracts',
        reason: 'public API contracts are out of scope for the agent (spec §4)',
        patterns: [
            '**/openapi*.{yml,yaml,json}',
            '**/*.openapi.{yml,yaml,json}',
            '**/openapi/**',
            '**/swagger*.{yml,yaml,json}',
            '**/swagger/**',
            '**/asyncapi*.{yml,yaml,json}',
            '**/asyncapi/**',
            '**/*.{proto,thrift,avdl,avpr,raml,apib,wsdl,smithy,tsp}',
            '**/buf.yaml',
            '**/api-contracts/**',
            '**/contracts/**',
            '**/pacts/**',
            '**/pact/**',
            '**/api-specs/**',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'auth',
        reason: 'authentication and authorization code is out of scope for the agent (spec §4)',
        // Spring Security's package and configuration classes.
        patterns: ['**/security/**', '**/*Security{Config,Configuration}.{java,kt}'],
        words: [
            'auth',
            'authn',
            'authz',
            'oauth',
            'reauth',
            'authenticate',
            'authenticated',
            'authentication',
            'authenticator',
            'authorise',
            'authorised',
            'authoriser',
            'authorisation',
            'authorize',
            'authorized',
            'authorizer',
            'authorization',
            'login',
            'logout',
            'signin',
            'signout',
            'sso',
            'saml',
            'oidc',
            'openid',
            'jwt',
            'jwks',
            'mfa',
            'totp',
            'passwd',
            'htpasswd',
            'password',
            'passwords',
            'credential',
            'credentials',
            'rbac',
            'acl',
            'acls',
            'permission',
            'permissions',
            // the libraries whose configuration is the app's authentication
            'devise',
            'omniauth',
            'passport',
            'keycloak',
            'cognito',
            'pundit',
            'casbin',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'billing',
        reason: 'billing code is out of scope for the agent (spec §4)',
        patterns: [],
        words: ['billing', 'invoice', 'invoices', 'invoicing', 'dunning', 'chargebee', 'recurly', 'zuora'],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'payments',
        reason: 'payment code is out of scope for the agent (spec §4)',
        patterns: ['**/checkout/**', '**/pay/**'],
        words: [
            'payment',
            'payments',
            'payout',
            'payouts',
            'refund',
            'refunds',
            'chargeback',
            'chargebacks',
            'pci',
            'stripe',
            'braintree',
            'adyen',
            'paypal',
            'klarna',
            'razorpay',
            'mollie',
            'worldpay',
        ],
        testsExempt: true,
        narrowable: true,
    },
];
//# sourceMappingURL=forbidden-categories.js.map
;// CONCATENATED MODULE: ./packages/config/lib/test-files.js


const ALL_LANGUAGES = ['python', 'javascript', 'go', 'jvm', 'ruby', 'rust'];
const JS_EXT = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';
const DEFAULT_JS_INCLUDE = [`**/*.{test,spec}.${JS_EXT}`, `**/__tests__/**/*.${JS_EXT}`, 'test/**/*.{js,cjs,mjs}'];
const DEFAULT_JS_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];
function defaultPatterns(languages = ALL_LANGUAGES) {
    return {
        languages: new Set(languages),
        pythonFiles: ['test_*.py', '*_test.py'],
        pythonTestpaths: [],
        pythonFunctionPrefixes: ['test'],
        pythonClassPrefixes: ['Test'],
        jsInclude: DEFAULT_JS_INCLUDE,
        jsExcludeGlobs: DEFAULT_JS_EXCLUDE,
        jsIgnoreRegexps: [],
    };
}
/** The languages a policy's `tests.frameworks` list selects. */
function languagesFor(frameworks) {
    if (frameworks.includes('auto'))
        return [...ALL_LANGUAGES];
    const map = {
        pytest: 'python',
        unittest: 'python',
        vitest: 'javascript',
        jest: 'javascript',
        mocha: 'javascript',
        go: 'go',
        junit: 'jvm',
        rspec: 'ruby',
        cargo: 'rust',
    };
    return [...new Set(frameworks.map((f) => map[f]).filter((l) => l !== undefined))];
}
/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
    return external_node_path_.posix.basename(path) === 'conftest.py' && !IGNORED_SEGMENT.test(path);
}
/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
function testLanguageOf(path, patterns) {
    const base = external_node_path_.posix.basename(path);
    const dot = base.lastIndexOf('.');
    const ext = dot < 0 ? '' : base.slice(dot + 1);
    const ignored = IGNORED_SEGMENT.test(path);
    switch (ext) {
        case 'py':
            if (ignored || !patterns.languages.has('python'))
                return undefined;
            if (!patterns.pythonFiles.some((g) => matches(base, g)))
                return undefined;
            if (patterns.pythonTestpaths.length > 0 && !patterns.pythonTestpaths.some((d) => d === '.' || path.startsWith(`${d.replace(/\/+$/, '')}/`))) {
                return undefined;
            }
            return 'python';
        case 'js':
        case 'jsx':
        case 'ts':
        case 'tsx':
        case 'mjs':
        case 'cjs':
        case 'mts':
        case 'cts':
            if (!patterns.languages.has('javascript') || path.endsWith('.d.ts'))
                return undefined;
            if (!patterns.jsInclude.some((g) => matches(path, g)))
                return undefined;
            if (patterns.jsExcludeGlobs.some((g) => matches(path, g)))
                return undefined;
            if (patterns.jsIgnoreRegexps.some((r) => safeRegExp(r)?.test(path)))
                return undefined;
            return 'javascript';
        case 'go':
            return !ignored && patterns.languages.has('go') && base.endsWith('_test.go') && !/(?:^|\/)_/.test(path) ? 'go' : undefined;
        case 'java':
        case 'kt':
            if (ignored || !patterns.languages.has('jvm'))
                return undefined;
            return /(?:^|\/)src\/test\//.test(path) || /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$|^Test\w*\.(?:java|kt)$/.test(base) ? 'jvm' : undefined;
        case 'rb':
            return !ignored && patterns.languages.has('ruby') && base.endsWith('_spec.rb') ? 'ruby' : undefined;
        case 'rs':
            return !ignored && patterns.languages.has('rust') ? 'rust' : undefined;
        default:
            return undefined;
    }
}
const compiled = new Map();
/** Globs are compiled once: collection tests every path of a repository against them. */
function matches(path, glob) {
    let m = compiled.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(glob, { dot: true });
        compiled.set(glob, m);
    }
    return m.match(path);
}
function safeRegExp(source) {
    try {
        return new RegExp(source.replace(/<rootDir>\/?/g, ''));
    }
    catch {
        return undefined;
    }
}
/** Folders that hold tests and their support in the ecosystems the guards know. */
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__snapshots__|testing|testdata|test-data|fixtures)\//;
/** RSpec's folder is `spec/`, but only for Ruby: a TypeScript package named spec is not a test. */
const RUBY_SPEC_DIR = /(?:^|\/)spec\/.*\.rb$/;
/** JUnit's source set. */
const JVM_TEST_SOURCE_SET = /(?:^|\/)src\/test\//;
const DEFAULTS = defaultPatterns();
/**
 * Whether `path` holds tests or their support, by the frameworks' default
 * conventions: a file a framework would collect (Rust's inline tests aside: a
 * .rs file is not a test file for that), conftest.py, and anything under a test
 * folder (tests/, __tests__/, testdata/, fixtures/, src/test/, Ruby's spec/).
 */
function test_files_isTestPath(path) {
    const p = path.replace(/\\/g, '/');
    if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p))
        return true;
    if (external_node_path_.posix.basename(p) === 'conftest.py')
        return true;
    const language = testLanguageOf(p, DEFAULTS);
    return language !== undefined && language !== 'rust';
}
//# sourceMappingURL=test-files.js.map
;// CONCATENATED MODULE: ./packages/config/lib/forbidden.js




/** The categories a policy's `forbidden_exceptions` may narrow. */
const NARROWABLE_FORBIDDEN_CATEGORIES = forbidden_categories_BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
/**
 * The words of one folder or file name, lower-cased: split at every character
 * that is not a letter or digit, between a lower-case and an upper-case letter
 * (`authToken`), before the last capital of a run of capitals followed by a
 * lower-case letter (`OAuthClient` → o, auth, client), and between letters and digits
 * (`oauth2` → oauth, 2).
 */
function nameWords(name) {
    return name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}
/** The first of `words` that is a word of some folder or file name of `path`, or undefined. */
function wordIn(path, words) {
    for (const segment of path.split('/'))
        for (const word of nameWords(segment))
            if (words.has(word))
                return word;
    return undefined;
}
const forbidden_compiled = new Map();
function glob(pattern, nocase) {
    const key = `${nocase ? 'i' : 'c'}:${pattern}`;
    let m = forbidden_compiled.get(key);
    if (!m) {
        m = new Minimatch(pattern, { dot: true, nocase, nocomment: true, nonegate: true });
        forbidden_compiled.set(key, m);
    }
    return m;
}
/**
 * The built-in category `path` is in, or undefined: the reference answer,
 * one glob at a time. manifest-scope compiles the same decision into indexed
 * matchers (and is tested against this); the eval asks this directly.
 * Exceptions are matched case-sensitively: they narrow no more than they name.
 */
function forbiddenCategoryOf(path, exceptions = {}) {
    let test;
    for (const category of BUILT_IN_FORBIDDEN) {
        const hit = category.patterns.some((p) => glob(p, true).match(path)) || (category.words !== undefined && wordIn(path, new Set(category.words)) !== undefined);
        if (!hit)
            continue;
        if (category.testsExempt && (test ??= isTestPath(path)))
            continue;
        if (exceptions[category.id]?.some((p) => glob(p, false).match(path)))
            continue;
        return category;
    }
    return undefined;
}
/** The trusted files of a policy: a PR that edits any of them is itself out of scope. */
function trustedFilePaths(policyPath, manifestPath, ticketPath) {
    return [policyPath, manifestPath, ...(ticketPath ? [ticketPath] : [])];
}
//# sourceMappingURL=forbidden.js.map
;// CONCATENATED MODULE: ./packages/config/lib/config-source.js
/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
function describeSource(file, what, source = {}) {
    return source.commit ? `${file} at ${config_source_shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function config_source_shortCommit(commit) {
    return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
//# sourceMappingURL=config-source.js.map
;// CONCATENATED MODULE: ./packages/config/lib/applies-to.js



/** Whom a guard judges: only agent PRs, or every PR. */
const APPLIES_TO = ['agent-prs', 'every-pr'];
/**
 * The logins other coding agents open PRs as (`pull_request.user.login`):
 * GitHub Copilot coding agent (shown as `Copilot`, its app `copilot-swe-agent[bot]`),
 * the Claude GitHub App and the ChatGPT Codex connector. Counting them as agents
 * only ever adds checks, so they are agents in every policy.
 */
const KNOWN_AGENT_LOGINS = ['Copilot', 'copilot-swe-agent[bot]', 'claude[bot]', 'chatgpt-codex-connector[bot]'];
/**
 * Defaults: the agent-conduct rules (a spec reference and conventional commits,
 * the ticket's scope, what the sessions cost) for agent PRs; the rules any
 * change should keep (no test silently skipped, no forbidden import) for every PR.
 */
const DEFAULT_APPLIES_TO = {
    'manifest-scope': 'agent-prs',
    'skip-set': 'every-pr',
    'spec-conformance': 'agent-prs',
    'cost-ceiling': 'agent-prs',
    boundaries: 'every-pr',
};
/** A GitHub login: letters, digits and '-', an app's with '[bot]'. */
const login = schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])");
/**
 * The agents are named in the policy because it is read at the base commit: a
 * PR cannot change who counts as one, as it could a workflow input (the caller
 * workflow of a pull_request run is the PR's own copy).
 */
const AgentsPolicySchema = schemas/* strictObject */.rej({
    logins: schemas/* array */.YOg(login)
        .default([])
        .describe(`PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(', ')} are always agents.`),
})
    .optional()
    .describe('Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.');
function guardSettings(guard) {
    const fallback = DEFAULT_APPLIES_TO[guard];
    return schemas/* strictObject */.rej({
        applies_to: schemas/* enum */.k5n(APPLIES_TO).default(fallback).describe(`Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`),
    })
        .default({ applies_to: fallback });
}
const GuardsPolicySchema = schemas/* strictObject */.rej({
    'manifest-scope': guardSettings('manifest-scope').describe("every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them."),
    'skip-set': guardSettings('skip-set'),
    'spec-conformance': guardSettings('spec-conformance'),
    'cost-ceiling': guardSettings('cost-ceiling'),
    boundaries: guardSettings('boundaries'),
})
    .default(Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])))
    .describe('Per guard: whom it judges (applies_to).');
/** Is `login` an agent's under this policy (the known agent bots included)? GitHub logins ignore case. */
function isAgentLogin(policy, login) {
    const wanted = login.toLowerCase();
    return [...KNOWN_AGENT_LOGINS, ...(policy.agents?.logins ?? [])].some((l) => l.toLowerCase() === wanted);
}
/**
 * Whether `guard` judges this PR. It does unless the policy sets it to agent
 * PRs, names who the agents are, and the PR is known to be someone else's: an
 * unknown author, a policy silent on agents or a runner branch all count as
 * an agent PR (fail closed).
 */
function guardApplicability(guard, ctx) {
    const setting = ctx.policy.guards[guard].applies_to;
    const key = `guards.${guard}.applies_to`;
    if (setting === 'every-pr')
        return { applies: true, reason: `${guard} judges every PR (${key}: every-pr).` };
    const author = ctx.author?.trim();
    if (!author)
        return { applies: true, reason: `the PR author is not known, so ${guard} judges it as an agent PR.` };
    if (isAgentLogin(ctx.policy, author))
        return { applies: true, reason: `the PR author ${author} is an agent login.` };
    const prefix = ctx.policy.runner.branch_prefix;
    if (ctx.headRef && prefix && ctx.headRef.startsWith(prefix)) {
        return { applies: true, reason: `the PR comes from ${ctx.headRef}, an agent branch (runner.branch_prefix '${prefix}').` };
    }
    if (!ctx.policy.agents) {
        return { applies: true, reason: `${ctx.policyPath} has no 'agents' section, so no PR can be told to be a human one: ${guard} judges every PR.` };
    }
    const where = `${ctx.policyPath} at ${config_source_shortCommit(ctx.base)}`;
    return {
        applies: false,
        reason: `${guard} judges agent PRs only, and the author ${author} is not an agent login listed in ${where} (agents.logins; ${KNOWN_AGENT_LOGINS.join(', ')} are always agents). Set ${key}: every-pr to judge every PR.`,
    };
}
/** The rule of the notice a guard that does not apply reports. */
const NOT_AN_AGENT_PR = 'not-an-agent-pr';
/**
 * The run of a guard that does not judge this PR: a pass with a notice saying
 * why, so a required check still reports. Undefined when the guard applies
 * (the reason is logged, so a run says why it judged the PR).
 */
function notApplicableRun(guard, ctx, logger) {
    const { applies, reason } = guardApplicability(guard, ctx);
    if (applies) {
        logger.info(`${guard} applies: ${reason}`);
        return undefined;
    }
    logger.info(reason);
    return {
        report: reportFromFindings(guard, [{ rule: NOT_AN_AGENT_PR, severity: 'notice', message: reason }], { applies: false, author: ctx.author ?? '' }),
    };
}
//# sourceMappingURL=applies-to.js.map
;// CONCATENATED MODULE: ./packages/config/lib/policy.js



const policy_DEFAULT_POLICY_PATH = '.github/agent-guards.yml';
const DEFAULT_MANIFEST_PATH = '.github/agent-manifest.yml';
const policy_glob = schemas/* string */.YjP().min(1, 'a glob cannot be empty');
const DependencyAllowlistSchema = schemas/* strictObject */.rej({
    npm: schemas/* array */.YOg(policy_glob).default([]),
    pypi: schemas/* array */.YOg(policy_glob).default([]),
    go: schemas/* array */.YOg(policy_glob).default([]),
    cargo: schemas/* array */.YOg(policy_glob).default([]),
})
    .default({ npm: [], pypi: [], go: [], cargo: [] })
    .describe('Dev dependencies the agent may add or change, per ecosystem (globs over package names).');
const SpecPolicySchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().default('docs/agent-spec.md').describe('The spec markdown, read at the PR base.'),
    map: schemas/* string */.YjP().optional().describe('Optional spec map (YAML) saying what a change addressing each section looks like.'),
    require_map: schemas/* boolean */.zMY().default(false).describe('Fail, rather than notice, when no map lets conformance be checked.'),
})
    .default({ path: 'docs/agent-spec.md', require_map: false });
const COMMIT_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const CommitsPolicySchema = schemas/* strictObject */.rej({
    types: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/)).default([...COMMIT_TYPES]),
    require_scope: schemas/* boolean */.zMY().default(false),
    max_subject_length: schemas/* number */.aig().int().positive().default(100),
})
    .default({ types: [...COMMIT_TYPES], require_scope: false, max_subject_length: 100 });
const TEST_FRAMEWORKS = ['auto', 'pytest', 'unittest', 'vitest', 'jest', 'mocha', 'go', 'junit', 'rspec', 'cargo'];
const TestsPolicySchema = schemas/* strictObject */.rej({
    frameworks: schemas/* array */.YOg(schemas/* enum */.k5n(TEST_FRAMEWORKS)).default(['auto']),
    collector: schemas/* enum */.k5n(['static', 'runner', 'both']).default('static'),
})
    .default({ frameworks: ['auto'], collector: 'static' });
const ModelsByModeSchema = schemas/* strictObject */.rej({
    frame: schemas/* string */.YjP().default('claude-haiku-4-5'),
    plan: schemas/* string */.YjP().default('claude-sonnet-4-6'),
    implement: schemas/* string */.YjP().default('claude-sonnet-4-6'),
    review: schemas/* string */.YjP().default('claude-sonnet-4-6'),
})
    .default({ frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' });
const ModelPriceSchema = schemas/* strictObject */.rej({
    input_per_mtok: schemas/* number */.aig().nonnegative(),
    output_per_mtok: schemas/* number */.aig().nonnegative(),
    cache_write_5m_multiplier: schemas/* number */.aig().nonnegative().default(1.25),
    cache_write_1h_multiplier: schemas/* number */.aig().nonnegative().default(2),
    cache_read_multiplier: schemas/* number */.aig().nonnegative().default(0.1),
});
const IncidentPolicySchema = schemas/* strictObject */.rej({
    session_cost_usd: schemas/* number */.aig().positive().default(6),
    sustained_hours: schemas/* number */.aig().positive().default(24),
    daily_vs_7day_median: schemas/* number */.aig().positive().default(1.5),
    escalate_to: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).'),
})
    .default({ session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] });
const CostPolicySchema = schemas/* strictObject */.rej({
    soft_cap_tokens: schemas/* number */.aig().int().positive().default(150_000),
    hard_cap_tokens: schemas/* number */.aig().int().positive().default(300_000),
    max_cost_per_pr_usd: schemas/* number */.aig().positive().default(4.5),
    min_cache_hit_rate: schemas/* number */.aig().min(0).max(1).default(0.8),
    cache_hit_rate_fails: schemas/* boolean */.zMY().default(false),
    weekly_budget_tokens: schemas/* number */.aig().int().positive().optional(),
    models: ModelsByModeSchema,
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), ModelPriceSchema).default({}).describe('Per-model price overrides, USD per million tokens.'),
    incident: IncidentPolicySchema,
    history_branch: schemas/* string */.YjP().default('agent-guards/cost-history'),
})
    .default({
    soft_cap_tokens: 150_000,
    hard_cap_tokens: 300_000,
    max_cost_per_pr_usd: 4.5,
    min_cache_hit_rate: 0.8,
    cache_hit_rate_fails: false,
    models: { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
    prices: {},
    incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] },
    history_branch: 'agent-guards/cost-history',
});
const BoundaryEdgeSchema = schemas/* strictObject */.rej({
    from: schemas/* string */.YjP().min(1),
    to: schemas/* string */.YjP().min(1),
    /** For forbidden edges: what to do instead, shown in the finding. */
    instead: schemas/* string */.YjP().optional(),
});
const BoundariesPolicySchema = schemas/* strictObject */.rej({
    contexts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(policy_glob)).default({}).describe('Bounded contexts: name → path globs.'),
    allow: schemas/* array */.YOg(BoundaryEdgeSchema).default([]).describe('Allowed edges between contexts; any other cross-context edge is forbidden.'),
    forbid: schemas/* array */.YOg(BoundaryEdgeSchema)
        .default([])
        .describe('Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client).'),
    type_only_imports: schemas/* enum */.k5n(['allow', 'check']).default('allow'),
})
    .default({ contexts: {}, allow: [], forbid: [], type_only_imports: 'allow' });
const SANDBOX_MODES = ['bubblewrap', 'none'];
/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = schemas/* string */.YjP()
    .regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, 'a host name such as registry.npmjs.org (optionally *.example.com or host:port)')
    .refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), 'an IP address is not a registry host: name the host');
const DEFAULT_REGISTRIES = {
    npm: ['registry.npmjs.org'],
    pypi: ['pypi.org', 'files.pythonhosted.org'],
    go: ['proxy.golang.org', 'sum.golang.org'],
    cargo: ['index.crates.io', 'static.crates.io'],
};
const SandboxRegistriesSchema = schemas/* strictObject */.rej({
    npm: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.npm),
    pypi: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.pypi),
    go: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.go),
    cargo: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.cargo),
})
    .default(DEFAULT_REGISTRIES)
    .describe("Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
const SANDBOX_DEFAULTS = {
    mode: 'bubblewrap',
    read_only: [],
    memory_mb: 4096,
    max_processes: 512,
    max_file_size_mb: 1024,
    max_output_mb: 32,
    tmp_size_mb: 2048,
    registries: DEFAULT_REGISTRIES,
};
const SandboxSettingsSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(SANDBOX_MODES).default('bubblewrap').describe("bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
    read_only: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^(\/|~\/)/, 'an absolute path or ~/…'))
        .default([])
        .describe('Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home).'),
    memory_mb: schemas/* number */.aig().int().positive().default(4096).describe('Memory one sandboxed process may allocate (RLIMIT_DATA).'),
    max_processes: schemas/* number */.aig().int().positive().default(512).describe('Processes and threads a sandboxed command may have at once (RLIMIT_NPROC).'),
    max_file_size_mb: schemas/* number */.aig().int().positive().default(1024).describe('Largest file a sandboxed process may write (RLIMIT_FSIZE).'),
    max_output_mb: schemas/* number */.aig().int().positive().default(32).describe('Output (stdout + stderr) after which the command is stopped.'),
    tmp_size_mb: schemas/* number */.aig().int().positive().default(2048).describe('Size of the private /tmp.'),
    registries: SandboxRegistriesSchema,
});
/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
const SandboxPolicySchema = schemas/* union */.KCZ([schemas/* enum */.k5n(SANDBOX_MODES), SandboxSettingsSchema])
    .default('bubblewrap')
    .transform((v) => (typeof v === 'string' ? { ...SANDBOX_DEFAULTS, mode: v } : v))
    .describe("How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = schemas/* strictObject */.rej({
    test_command: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('argv of the service test command, e.g. ["npm","test"] — no shell.'),
    lint_command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    install_dev_dependency_command: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())).default({}),
    command_timeout_seconds: schemas/* number */.aig().int().positive().default(600),
    max_test_attempts: schemas/* number */.aig().int().positive().default(5),
    session_timeout_minutes: schemas/* number */.aig().positive().default(30),
    target_session_minutes: schemas/* number */.aig().positive().default(12),
    max_open_questions: schemas/* number */.aig().int().nonnegative().default(2),
    branch_prefix: schemas/* string */.YjP().default('agent/'),
    sandbox: SandboxPolicySchema,
})
    .default({
    install_dev_dependency_command: {},
    command_timeout_seconds: 600,
    max_test_attempts: 5,
    session_timeout_minutes: 30,
    target_session_minutes: 12,
    max_open_questions: 2,
    branch_prefix: 'agent/',
    sandbox: SANDBOX_DEFAULTS,
});
const PolicySchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    agents: AgentsPolicySchema,
    guards: GuardsPolicySchema,
    protected_branches: schemas/* array */.YOg(policy_glob).default(['main', 'master', 'release/*']),
    forbidden_paths: schemas/* array */.YOg(policy_glob).default([]).describe('Added to the built-in forbidden categories, never replacing them.'),
    forbidden_exceptions: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(NARROWABLE_FORBIDDEN_CATEGORIES), schemas/* array */.YOg(policy_glob))
        .default({})
        .describe("Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
    dependency_allowlist: DependencyAllowlistSchema,
    manifest: schemas/* string */.YjP().default(DEFAULT_MANIFEST_PATH),
    tickets_dir: schemas/* string */.YjP().default('.agent/tickets'),
    spec: SpecPolicySchema,
    commits: CommitsPolicySchema,
    tests: TestsPolicySchema,
    cost: CostPolicySchema,
    boundaries: BoundariesPolicySchema,
    runner: RunnerPolicySchema,
    required_checks: schemas/* array */.YOg(schemas/* string */.YjP())
        .default(['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'])
        .describe('Status checks the protected branches must require (protection check).'),
})
    .describe('agent-guards policy, owned by the platform team; read at the PR base commit.');
/** The policy used when the repository has none at the default path. */
function defaultPolicy() {
    return PolicySchema.parse({ version: 1 });
}
//# sourceMappingURL=policy.js.map
;// CONCATENATED MODULE: ./packages/config/lib/ticket.js


const ContextPacketSchema = schemas/* strictObject */.rej({
    acceptance_criteria: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    edge_cases: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    rules: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Architectural rules that apply (e.g. "events flow through the event bus").'),
    golden_samples: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Repo paths of reference implementations the change must follow.'),
    shared: schemas/* string */.YjP().optional().describe('Name of a context shared across tickets (kept in the stable, cached part of the prompt).'),
})
    .describe('The context packet: live spec, architectural rules and golden samples.');
const ticket_TicketSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ticket ids are letters, digits, dot, dash and underscore'),
    title: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(['bug-fix', 'dependency-update', 'test-addition', 'refactor', 'docs']).optional(),
    spec: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('The spec sections this ticket implements, e.g. ["§3.6"].'),
    scope: schemas/* strictObject */.rej({
        include: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1, 'a ticket needs at least one include glob'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    }),
    body: schemas/* string */.YjP().default('').describe('Free text; untrusted data for the agent, never instructions.'),
    issue: schemas/* number */.aig().int().positive().optional().describe('The ticket issue number, for escalation comments.'),
    context: ContextPacketSchema.optional(),
})
    .describe('A ticket assigned to the agent; written by a human, read at the PR base commit.');
/**
 * The ticket path: given explicitly, or derived from an agent branch name
 * (`<branch_prefix><id>` or the runner's `<branch_prefix><id>-<8 hex of the
 * session>` → `<tickets_dir>/<id>.yml`).
 */
function resolveTicketPath(policy, from) {
    if (from.ticket)
        return from.ticket;
    const prefix = policy.runner.branch_prefix;
    if (from.headRef?.startsWith(prefix)) {
        const id = from.headRef.slice(prefix.length).replace(/-[0-9a-f]{8}$/, '');
        if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id))
            return `${policy.tickets_dir.replace(/\/+$/, '')}/${id}.yml`;
    }
    throw new ConfigurationError('no ticket to check the PR against.', {
        field: 'ticket',
        fix: `set the 'ticket' input (or --ticket) to the ticket file, or name the branch '${prefix}<ticket-id>'; a PR that is not an agent's needs none while guards.manifest-scope.applies_to is agent-prs and the policy lists the agents (agents.logins).`,
    });
}
//# sourceMappingURL=ticket.js.map
;// CONCATENATED MODULE: ./packages/config/lib/manifest.js

const MODES = ['frame', 'plan', 'implement', 'review'];
/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
const KNOWN_TOOLS = [
    'read_file',
    'list_dir',
    'grep',
    'read_dependency_graph',
    'ask_user_question',
    'run_tests',
    'run_linter',
    'read_test_output',
    'edit_file',
    'write_file',
    'delete_file',
    'git_commit',
    'git_diff',
    'git_log',
    'git_push_non_protected',
    'gh_pr_create',
    'gh_pr_comment',
    'install_dev_dependency',
];
/** The spec's deliberate exclusions (§5): no mode may name them. */
const EXCLUDED_TOOLS = {
    unrestricted_shell: 'no mode binds a generic shell (spec §4, §5)',
    git_push_protected: 'no protected-branch push under any condition (spec §5)',
    git_force_push: 'no force-pushing, even to non-protected branches (spec §5)',
    gh_pr_merge: 'the agent cannot merge its own PRs (spec §5)',
    gh_workflow_dispatch: 'no triggering CI workflows manually (spec §5)',
    npm_install_global: 'no global package installs (spec §4)',
    pip_install_user: 'no global package installs (spec §4)',
    cargo_install: 'no global package installs (spec §4)',
    internet_browse: 'no web access (spec §5, §8)',
    internet_fetch: 'no web access (spec §5, §8)',
};
/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
/** Why a tool name may not appear in any mode, or undefined if it may. */
function exclusionReason(tool) {
    const key = tool.toLowerCase();
    if (EXCLUDED_TOOLS[key])
        return EXCLUDED_TOOLS[key];
    if (SHELL_LIKE.test(key))
        return 'a generic shell or command runner under another name (spec §4: no unrestricted shell)';
    if (/force/.test(key) && /push/.test(key))
        return EXCLUDED_TOOLS.git_force_push;
    if (/merge/.test(key) && /(pr|pull)/.test(key))
        return EXCLUDED_TOOLS.gh_pr_merge;
    if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key))
        return EXCLUDED_TOOLS.internet_fetch;
    if (/install/.test(key) && /(global|user|cargo)/.test(key))
        return EXCLUDED_TOOLS.npm_install_global;
    return undefined;
}
const DeleteFileEntry = schemas/* strictObject */.rej({
    name: schemas/* literal */.euz('delete_file'),
    scope: schemas/* literal */.euz('plan-named').describe('delete_file is bound only to files the plan names (never tests).'),
});
const ToolEntry = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), DeleteFileEntry]);
const ModeToolsSchema = schemas/* strictObject */.rej({
    inherit: schemas/* enum */.k5n(MODES).optional(),
    read: schemas/* array */.YOg(ToolEntry).default([]),
    write: schemas/* array */.YOg(ToolEntry).default([]),
});
function entryName(entry) {
    return typeof entry === 'string' ? entry : entry.name;
}
/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
function manifestViolations(modes) {
    const out = [];
    for (const [mode, tools] of Object.entries(modes)) {
        for (const entry of [...tools.read, ...tools.write]) {
            const name = entryName(entry);
            const excluded = exclusionReason(name);
            if (excluded)
                out.push({ mode, tool: name, reason: excluded });
            else if (name === 'delete_file' && typeof entry === 'string') {
                out.push({ mode, tool: name, reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }" });
            }
            else if (!KNOWN_TOOLS.includes(name)) {
                out.push({ mode, tool: name, reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(', ')}` });
            }
        }
    }
    return out;
}
const manifest_ToolManifestSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    modes: schemas/* strictObject */.rej({
        frame: ModeToolsSchema,
        plan: ModeToolsSchema,
        implement: ModeToolsSchema,
        review: ModeToolsSchema,
    }),
})
    .superRefine((manifest, ctx) => {
    for (const v of manifestViolations(manifest.modes)) {
        ctx.addIssue({ code: 'custom', path: ['modes', v.mode], message: `tool '${v.tool}' is not allowed: ${v.reason}` });
    }
    // inherit chains must end: frame <- plan <- implement <- review, no cycles.
    for (const mode of MODES) {
        const seen = new Set([mode]);
        let next = manifest.modes[mode].inherit;
        while (next) {
            if (seen.has(next)) {
                ctx.addIssue({ code: 'custom', path: ['modes', mode, 'inherit'], message: `inherit cycle through '${next}'` });
                break;
            }
            seen.add(next);
            next = manifest.modes[next].inherit;
        }
    }
})
    .describe('Tool manifest by mode (spec §5); read at the PR base commit.');
/** Resolves `inherit` into the full tool set of each mode. */
function resolveManifest(manifest) {
    const resolved = {};
    const resolve = (mode) => {
        if (resolved[mode])
            return resolved[mode];
        const spec = manifest.modes[mode];
        const parent = spec.inherit ? resolve(spec.inherit) : undefined;
        const read = new Set([...(parent?.read ?? []), ...spec.read.map(entryName)]);
        const write = new Set([...(parent?.write ?? []), ...spec.write.map(entryName)]);
        resolved[mode] = { read, write, all: new Set([...read, ...write]) };
        return resolved[mode];
    };
    for (const mode of MODES)
        resolve(mode);
    return resolved;
}
/** The spec §5 manifest, used when a repository has none and as the template. */
const manifest_DEFAULT_MANIFEST = {
    version: 1,
    modes: {
        frame: { read: ['read_file', 'list_dir', 'grep', 'read_dependency_graph'], write: [] },
        plan: { inherit: 'frame', read: ['ask_user_question'], write: [] },
        implement: {
            inherit: 'plan',
            read: ['run_tests', 'run_linter', 'read_test_output'],
            write: ['edit_file', 'write_file', 'git_commit', 'install_dev_dependency', { name: 'delete_file', scope: 'plan-named' }],
        },
        review: { inherit: 'implement', read: ['git_diff', 'git_log'], write: ['git_push_non_protected', 'gh_pr_create', 'gh_pr_comment'] },
    },
};
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/git/lib/run-git.js


class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * Runs git with a fixed, config-independent environment: no pager, no prompts,
 * no user-level config that could change output (diff.renames, external diff…).
 */
async function run_git_runGit(repo, args, options = {}) {
    const out = [];
    const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
    return { stdout: Buffer.concat(out), stderr, exitCode };
}
/**
 * Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
 * writes it, so a caller can parse a large output while git is still producing
 * it. If `onStdout` throws, git is stopped and the promise rejects with that error.
 */
function streamGit(repo, args, onStdout, options = {}) {
    const ok = options.okExitCodes ?? [0];
    return new Promise((resolve, reject) => {
        // fsmonitor is a speed feature that runs a program from config, even for plumbing, and hooks
        // (a worktree's post-checkout) are the repository's programs: neither runs for us.
        const child = (0,external_node_child_process_.spawn)('git', ['-C', repo, '-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], {
            env: {
                // git needs no token we hold; a call that does (a push) passes it in `env` itself. An ssh
                // agent stays: a user's fetch over ssh needs it, and it lends no secret to git's output.
                ...(options.inheritEnv === false ? {} : withoutSecrets(process.env, ['SSH_AUTH_SOCK'])),
                ...options.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_PAGER: 'cat',
                GIT_EXTERNAL_DIFF: '',
                GIT_CONFIG_NOSYSTEM: '1',
                LC_ALL: 'C',
            },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const err = [];
        let failure;
        child.stdout.on('data', (b) => {
            if (failure !== undefined)
                return;
            try {
                onStdout(b);
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        });
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new GitError(`cannot run git: ${e.message}`, args, null, '')));
        child.on('close', (code) => {
            if (failure !== undefined) {
                reject(failure);
                return;
            }
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? -1;
            if (!ok.includes(exitCode)) {
                reject(new GitError(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
                return;
            }
            resolve({ stderr, exitCode });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
async function gitText(repo, args, options = {}) {
    return (await run_git_runGit(repo, args, options)).stdout.toString('utf8');
}
//# sourceMappingURL=run-git.js.map
;// CONCATENATED MODULE: ./packages/git/lib/memo.js

/**
 * Answers to read-only git questions that cannot change while this process
 * runs, shared by every caller in it: the guards of one `check` run list the
 * same diff and read the same objects, and each answer costs a git process.
 *
 * A question is remembered only when everything it names is immutable — full
 * commit SHAs, object ids, `<sha>:<path>` — never a ref, HEAD or a short SHA,
 * which can name another commit by the next call. Only answers are kept: a
 * failure (a commit not fetched yet, a shallow clone) is asked again, and so is
 * an object id that was missing. Callers get the same arrays' copies and the
 * same Buffers, which they only read.
 *
 * Bounded, oldest dropped first: a long process (the eval, the runner) reads
 * many repositories and must not keep every answer it ever had.
 */
const MAX_ENTRIES = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map();
let keptBytes = 0;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
function memo_isFullSha(rev) {
    return FULL_SHA.test(rev);
}
/** An object name whose answer cannot change: a full object id, or `<full sha>:<path>` (a path in a fixed tree). */
function isImmutableObjectName(name) {
    const colon = name.indexOf(':');
    return memo_isFullSha(colon < 0 ? name : name.slice(0, colon));
}
/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
function memo_questionKey(repo, question, ...names) {
    return [(0,external_node_path_.resolve)(repo), question, ...names].join('\0');
}
/**
 * The remembered answer to `key`, or `ask()`'s: callers that ask while it is
 * running share the same call, and a successful answer is kept.
 */
function memo_remembered(key, ask, options = {}) {
    const hit = entries.get(key);
    if (hit)
        return hit.value;
    const value = ask();
    const entry = { value, bytes: 0 };
    entries.set(key, entry);
    value.then((answer) => {
        if (entries.get(key) !== entry)
            return;
        if (options.keep && !options.keep(answer)) {
            entries.delete(key);
            return;
        }
        entry.bytes = options.bytes?.(answer) ?? 0;
        keptBytes += entry.bytes;
        trim();
    }, () => {
        if (entries.get(key) === entry)
            entries.delete(key);
    });
    trim();
    return value;
}
/** Whether an answer to `key` is kept or being asked. */
function memo_isRemembered(key) {
    return entries.has(key);
}
function trim() {
    for (const [key, entry] of entries) {
        if (entries.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES)
            return;
        entries.delete(key);
        keptBytes -= entry.bytes;
    }
}
/** Forgets every remembered answer (tests that count git processes start from none). */
function forgetGitAnswers() {
    entries.clear();
    keptBytes = 0;
}
/** The UTF-16 size of some strings, for the bound. */
function memo_stringBytes(strings) {
    let n = 0;
    for (const s of strings)
        n += 2 * s.length + 16;
    return n;
}
//# sourceMappingURL=memo.js.map
;// CONCATENATED MODULE: ./packages/git/lib/revisions.js



async function isShallowRepository(repo) {
    return (await gitText(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
const REVISION = /^[^\s-][^\s]*$/;
/** Plain SHAs and ref names: nothing rev-parse would expand into several lines (ranges, ^@, :path). */
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * Resolves several revisions with one git process; if any is missing, falls
 * back to resolveCommit one by one so the error names the missing role.
 */
async function resolveCommits(repo, revisions) {
    // A full SHA that names a commit keeps naming it: each is checked once per process.
    if (revisions.every(([rev]) => memo_isFullSha(rev))) {
        const key = (rev) => memo_questionKey(repo, 'commit', rev);
        const answers = new Map();
        for (const [rev] of revisions)
            if (memo_isRemembered(key(rev)))
                answers.set(rev, memo_remembered(key(rev), () => Promise.reject(new Error('unreachable'))));
        const unknown = revisions.filter(([rev]) => !answers.has(rev));
        if (unknown.length > 0) {
            const checking = resolveCommitsInGit(repo, unknown);
            unknown.forEach(([rev], i) => answers.set(rev, memo_remembered(key(rev), () => checking.then((shas) => shas[i]))));
        }
        return Promise.all(revisions.map(([rev]) => answers.get(rev)));
    }
    return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
    if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
        // No argument starts with a dash, so none can be read as an option.
        const result = await run_git_runGit(repo, ['rev-parse', ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
        const lines = result.stdout.toString('utf8').trim().split('\n');
        if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line)))
            return lines;
    }
    // Not resolveCommit: the commits asked here may be the very answers resolveCommits is waiting for.
    // The first revision that fails is the one reported (not the first to fail in time).
    const settled = await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)));
    return settled.map((r) => {
        if (r.status === 'rejected')
            throw r.reason;
        return r.value;
    });
}
/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
function resolveCommit(repo, rev, role) {
    return memo_isFullSha(rev) ? memo_remembered(memo_questionKey(repo, 'commit', rev), () => resolveCommitInGit(repo, rev, role)) : resolveCommitInGit(repo, rev, role);
}
async function resolveCommitInGit(repo, rev, role) {
    if (!REVISION.test(rev)) {
        throw new errors_ConfigurationError(`'${rev}' is not a revision.`, { field: role, fix: 'pass a commit SHA or ref name.' });
    }
    try {
        return (await gitText(repo, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
    }
    catch (error) {
        if (error instanceof GitError && error.exitCode !== null) {
            const shallow = await isShallowRepository(repo).catch(() => false);
            throw new errors_ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
                field: role,
                fix: shallow
                    ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present."
                    : 'fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0.',
            });
        }
        throw error;
    }
}
/**
 * The merge base of base and head, which a PR diff is measured from (three-dot
 * semantics). A missing merge base is an error, never a two-dot fallback: the
 * two-dot diff would include the base branch's own changes or miss the PR's.
 */
async function mergeBase(repo, base, head, prCommits) {
    // Two fixed commits have one merge base (a fetch that deepens a shallow clone turns a failure into an
    // answer, and failures are not kept).
    if (memo_isFullSha(base) && memo_isFullSha(head))
        return memo_remembered(memo_questionKey(repo, 'merge-base', base, head), () => mergeBaseInGit(repo, base, head, prCommits));
    return mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
    const result = await run_git_runGit(repo, ['merge-base', base, head], { okExitCodes: [0, 1] });
    const sha = result.stdout.toString('utf8').trim();
    if (result.exitCode === 0 && sha)
        return sha;
    const shallow = await isShallowRepository(repo);
    const depth = prCommits !== undefined ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : '';
    throw new errors_ConfigurationError(shallow
        ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.`
        : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`, {
        field: 'fetch-depth',
        fix: shallow
            ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.`
            : 'compare a head that was branched from the base.',
    });
}
const revisions_FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Resolves base and head and finds their merge base. When both are full SHAs
 * (as a pull_request event gives them) nothing can move under us, so the merge
 * base is looked up while the commits are checked; names are resolved first.
 */
async function revisions_resolveRange(repo, base, head, prCommits) {
    const pair = [
        [base, 'base'],
        [head, 'head'],
    ];
    if (revisions_FULL_SHA.test(base) && revisions_FULL_SHA.test(head)) {
        const [resolved, joined] = await Promise.allSettled([resolveCommits(repo, pair), mergeBase(repo, base, head, prCommits)]);
        if (resolved.status === 'rejected')
            throw resolved.reason;
        if (joined.status === 'rejected')
            throw joined.reason;
        return { base: resolved.value[0], head: resolved.value[1], mergeBase: joined.value };
    }
    const [baseSha, headSha] = (await resolveCommits(repo, pair));
    return { base: baseSha, head: headSha, mergeBase: await mergeBase(repo, baseSha, headSha, prCommits) };
}
//# sourceMappingURL=revisions.js.map
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/git/lib/changed-files.js




const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed',
    U: 'unmerged',
    X: 'unknown',
};
function kindOfMode(mode) {
    switch (mode) {
        case '000000':
            return 'none';
        case '120000':
            return 'symlink';
        case '160000':
            return 'submodule';
        case '100755':
            return 'executable';
        default:
            return 'file';
    }
}
/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
const changed_files_MODES = ['100644', '100755', '120000', '160000', '000000', '040000'];
function modeAt(text, start) {
    for (const mode of changed_files_MODES)
        if (text.startsWith(mode, start))
            return mode;
    return text.slice(start, start + 6);
}
/**
 * Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
 * record split across chunks waits for the rest. With -z nothing is quoted, so
 * paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
 * Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
 */
class RawDiffParser {
    rest = '';
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    /** The records completed by this chunk. */
    push(chunk) {
        const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
        const files = [];
        let pos = 0;
        if (this.rest !== '') {
            // Finish the record cut at the last chunk's end from a short string (a record has at most three
            // fields, so three NULs complete it) rather than copying the rest and the whole chunk together.
            let cut = -1;
            for (let k = 0; k < 3; k += 1) {
                const nul = text.indexOf('\0', cut + 1);
                if (nul < 0)
                    break;
                cut = nul;
            }
            const joined = this.rest + text.slice(0, cut + 1);
            const end = parseRecords(joined, 0, files);
            if (end < this.rest.length) {
                // Still incomplete (a tiny chunk): keep it all for the next one.
                this.rest += text;
                return files;
            }
            pos = end - this.rest.length;
        }
        pos = parseRecords(text, pos, files);
        this.rest = pos < text.length ? text.slice(pos) : '';
        return files;
    }
    /** The last records; throws if the output stopped inside a record. */
    end() {
        const files = this.push(this.decoder.end());
        if (this.rest !== '')
            throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
        return files;
    }
}
/** Parses whole records from `pos`; returns where the first incomplete record starts. */
function parseRecords(text, pos, files) {
    const n = text.length;
    while (pos < n) {
        if (text.charCodeAt(pos) === 0) {
            pos += 1;
            continue;
        }
        if (text.charCodeAt(pos) !== 58 /* ':' */)
            throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
        const metaEnd = text.indexOf('\0', pos);
        if (metaEnd < 0)
            return pos;
        const firstEnd = text.indexOf('\0', metaEnd + 1);
        if (firstEnd < 0)
            return pos;
        // ":100644 100644 <sha> <sha> R086": modes are six digits; SHAs are 40 or 64 hex digits.
        const s3 = text.indexOf(' ', pos + 15);
        const s4 = text.indexOf(' ', s3 + 1);
        if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) {
            throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
        }
        const status = STATUS[text.charAt(s4 + 1)] ?? 'unknown';
        const twoPaths = status === 'renamed' || status === 'copied';
        const secondEnd = twoPaths ? text.indexOf('\0', firstEnd + 1) : firstEnd;
        if (secondEnd < 0)
            return pos;
        const oldMode = modeAt(text, pos + 1);
        const newMode = modeAt(text, pos + 8);
        const first = text.slice(metaEnd + 1, firstEnd);
        const file = {
            status,
            path: first,
            oldMode,
            newMode,
            oldSha: text.slice(pos + 15, s3),
            newSha: text.slice(s3 + 1, s4),
            oldKind: kindOfMode(oldMode),
            newKind: kindOfMode(newMode),
        };
        if (twoPaths) {
            file.previousPath = first;
            file.path = text.slice(firstEnd + 1, secondEnd);
            file.similarity = Number.parseInt(text.slice(s4 + 2, metaEnd), 10);
        }
        files.push(file);
        pos = secondEnd + 1;
    }
    return pos;
}
/** Parses complete `git diff-tree -r -z --raw` output. */
function changed_files_parseRawDiff(output) {
    const parser = new RawDiffParser();
    const files = parser.push(output);
    for (const file of parser.end())
        files.push(file);
    return files;
}
/**
 * The files a PR changes: local git between the exact base and head SHAs, via
 * their merge base, with rename and copy detection. Fails closed (throws a
 * ConfigurationError) on a missing commit, a shallow clone or no merge base.
 */
async function changedFiles(repo, base, head, options = {}) {
    const range = await revisions_resolveRange(repo, base, head, options.prCommits);
    return { ...range, files: await diffTree(repo, range.mergeBase, range.head) };
}
/**
 * The raw diff between two commits, with rename and copy detection. Between two
 * full SHAs it is listed once per process; each caller gets its own array of the
 * same (read-only) records.
 */
async function diffTree(repo, from, to) {
    if (memo_isFullSha(from) && memo_isFullSha(to))
        return (await memo_remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
    return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
    const all = [];
    await streamDiffTreeFromGit(repo, from, to, (files) => {
        for (const f of files)
            all.push(f);
    });
    return all;
}
const diffKey = (repo, from, to) => memo_questionKey(repo, 'diff-tree', from, to);
const diffBytes = (files) => memo_stringBytes(files.map((f) => f.path)) + 400 * files.length;
/**
 * diffTree, handed over batch by batch as git writes it: a caller can decide on
 * the first files while git lists the rest, and need not keep what it has
 * decided. Resolves to the number of changed files. A diff this process has
 * listed (or is listing) through diffTree is handed over from there in one batch;
 * a streamed diff is not kept, so a caller alone with a large diff holds no more
 * of it than it keeps itself.
 */
async function streamDiffTree(repo, from, to, onFiles) {
    if (isFullSha(from) && isFullSha(to) && isRemembered(diffKey(repo, from, to))) {
        const files = await diffTree(repo, from, to);
        if (files.length > 0)
            onFiles(files);
        return files.length;
    }
    return streamDiffTreeFromGit(repo, from, to, onFiles);
}
async function streamDiffTreeFromGit(repo, from, to, onFiles) {
    const parser = new RawDiffParser();
    let count = 0;
    const take = (files) => {
        count += files.length;
        if (files.length > 0)
            onFiles(files);
    };
    const args = ['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '--no-commit-id', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-M', '-C', from, to];
    await streamGit(repo, args, (chunk) => take(parser.push(chunk)));
    take(parser.end());
    return count;
}
/** Every path the change touches: both sides of a rename, the new side of a copy. */
function touchedPaths(files) {
    const out = [];
    for (const f of files) {
        out.push(f.path);
        if (f.status === 'renamed' && f.previousPath !== undefined)
            out.push(f.previousPath);
    }
    return out;
}
//# sourceMappingURL=changed-files.js.map
;// CONCATENATED MODULE: ./packages/git/lib/objects.js



/**
 * Reads many objects in one `git cat-file --batch` call. Keys are object names
 * (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
 * by a full id (or `<full sha>:<path>`) that this process has read are not read
 * again: the Buffers are shared, to be read, not written.
 */
async function readObjects(repo, names) {
    const unique = [...new Set(names)];
    if (unique.length === 0)
        return new Map();
    for (const n of unique) {
        if (n.includes('\n'))
            throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
    }
    const key = (name) => memo_questionKey(repo, 'object', name);
    // The answers this process already has (or is reading) first, then one batch for the rest.
    const answers = new Map();
    for (const name of unique) {
        if (isImmutableObjectName(name) && memo_isRemembered(key(name)))
            answers.set(name, memo_remembered(key(name), () => Promise.reject(new Error('unreachable'))));
    }
    const toRead = unique.filter((name) => !answers.has(name));
    if (toRead.length > 0) {
        const batch = readSoon(repo, toRead);
        for (const name of toRead) {
            const read = () => batch.then((objects) => {
                const object = objects.get(name);
                rememberById(repo, name, object);
                return object;
            });
            // An object missing by id may be fetched later; a path missing from a fixed tree stays missing.
            answers.set(name, isImmutableObjectName(name) ? memo_remembered(key(name), read, { bytes: (b) => (b?.length ?? 0) + 64, keep: (b) => b !== undefined || !memo_isFullSha(name) }) : read());
        }
    }
    const values = await Promise.all(unique.map((name) => answers.get(name)));
    return new Map(unique.map((name, i) => [name, values[i]]));
}
/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = new WeakMap();
/**
 * An object read by path is remembered by its id too: the same blob is often asked for both ways
 * (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
 * one content for good, so the answer under it cannot be stale.
 */
function rememberById(repo, name, object) {
    const oid = object && objectIds.get(object);
    if (!oid || oid === name || !isImmutableObjectName(name))
        return;
    const key = memo_questionKey(repo, 'object', oid);
    if (!memo_isRemembered(key))
        memo_remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}
const pending = new Map();
/**
 * Reads the names in the next `cat-file --batch` of this repository, started once the current
 * turn of the event loop is over: the guards of one `check` run ask for their files side by side,
 * and one git process answers them all.
 */
function readSoon(repo, names) {
    const key = (0,external_node_path_.resolve)(repo);
    let next = pending.get(key);
    if (!next) {
        const queued = new Set();
        const read = new Promise((started) => setImmediate(started)).then(() => {
            pending.delete(key);
            return catFileBatch(repo, [...queued]);
        });
        next = { names: queued, read };
        pending.set(key, next);
    }
    for (const name of names)
        next.names.add(name);
    return next.read;
}
async function catFileBatch(repo, unique) {
    const result = new Map();
    const { stdout } = await run_git_runGit(repo, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
    let pos = 0;
    for (const name of unique) {
        const eol = stdout.indexOf(0x0a, pos);
        if (eol < 0)
            throw new Error('truncated cat-file output');
        const header = stdout.subarray(pos, eol).toString('utf8');
        pos = eol + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            result.set(name, undefined);
            continue;
        }
        const size = Number.parseInt(header.slice(header.lastIndexOf(' ') + 1), 10);
        const object = stdout.subarray(pos, pos + size);
        // "<oid> <type> <size>"
        objectIds.set(object, header.slice(0, header.indexOf(' ')));
        result.set(name, object);
        pos += size + 1;
    }
    return result;
}
/** A file's text at a revision, or undefined when the path does not exist there. */
async function objects_readFileAt(repo, rev, path) {
    const objects = await readObjects(repo, [`${rev}:${path}`]);
    return objects.get(`${rev}:${path}`)?.toString('utf8');
}
/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
async function listBlobsAt(repo, rev) {
    if (!isFullSha(rev))
        return lsTreeBlobs(repo, rev);
    const files = await remembered(questionKey(repo, 'ls-tree-blobs', rev), () => lsTreeBlobs(repo, rev), { bytes: (fs) => stringBytes(fs.map((f) => f.path)) + 120 * fs.length });
    return files.slice();
}
async function lsTreeBlobs(repo, rev) {
    const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]);
    const text = stdout.toString('utf8');
    const out = [];
    // "<mode> SP <type> SP <oid> TAB <path>", NUL-terminated
    for (const record of text.length === 0 ? [] : text.slice(0, -1).split('\0')) {
        const tab = record.indexOf('\t');
        const [, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob' && oid)
            out.push({ path: record.slice(tab + 1), oid });
    }
    return out;
}
/** Every file path in a commit's tree (optionally under some pathspecs). */
async function listFilesAt(repo, rev, pathspecs = []) {
    if (!memo_isFullSha(rev))
        return lsTreeNames(repo, rev, pathspecs);
    const files = await memo_remembered(memo_questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: memo_stringBytes });
    return files.slice();
}
async function lsTreeNames(repo, rev, pathspecs) {
    const { stdout } = await run_git_runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
    const text = stdout.toString('utf8');
    return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}
//# sourceMappingURL=objects.js.map
;// CONCATENATED MODULE: ./packages/git/lib/commits.js

/** Every commit reachable from head and not from base, oldest first, all of them. */
async function commitsBetween(repo, base, head) {
    const { stdout } = await runGit(repo, ['log', '--reverse', '-z', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B', `${base}..${head}`, '--']);
    const text = stdout.toString('utf8');
    if (text.length === 0)
        return [];
    return text
        .split('\0')
        .filter((record) => record.length > 0)
        .map((record) => {
        const [sha, parents, authorName, authorEmail, message] = record.split('\x1f');
        const body = message.replace(/\n+$/, '');
        return {
            sha,
            parents: parents ? parents.split(' ') : [],
            subject: body.split('\n', 1)[0] ?? '',
            message: body,
            authorName,
            authorEmail,
        };
    });
}
//# sourceMappingURL=commits.js.map
;// CONCATENATED MODULE: ./packages/git/lib/worktree.js




const worktreeQueues = new Map();
/**
 * Runs `step` after every earlier worktree step on the same repository has
 * settled. `git worktree add` reads every entry under .git/worktrees, and a
 * parallel add's entry may be half written ("failed to read
 * .git/worktrees/<name>/commondir"), so adds and removes take turns.
 */
function inTurn(repo, step) {
    const key = resolve(repo);
    const next = (worktreeQueues.get(key) ?? Promise.resolve()).then(step, step);
    const settled = next.catch(() => undefined);
    worktreeQueues.set(key, settled);
    void settled.then(() => {
        if (worktreeQueues.get(key) === settled)
            worktreeQueues.delete(key);
    });
    return next;
}
/**
 * Runs `fn` on a checkout of `rev` in a temporary git worktree, never on the
 * user's working tree, and removes the worktree afterwards whatever happens:
 * when `worktree remove` fails, the directory is deleted and `worktree prune`
 * drops what git still records. Calls on one repository may overlap: the
 * worktree steps take turns, the work in them runs in parallel.
 */
async function withWorktree(repo, rev, fn, prefix = 'agent-guards-worktree-') {
    const parent = mkdtempSync(join(tmpdir(), prefix));
    // git names the worktree's metadata after the directory: a unique name never collides.
    const dir = join(parent, basename(parent));
    try {
        await inTurn(repo, () => runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]));
        return await fn(dir);
    }
    finally {
        await inTurn(repo, async () => {
            await runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
            rmSync(parent, { recursive: true, force: true });
            await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
        });
    }
}
//# sourceMappingURL=worktree.js.map
;// CONCATENATED MODULE: ./packages/git/lib/checkout-git.js



/**
 * git in a checkout whose files the agent (or a PR) controls, such as the
 * agent runner's working copy. Nothing git could run on the repository's say
 * may run: no hooks, no fsmonitor, no filter or diff drivers, no credential
 * helpers, no included config files. System and user config are not read at
 * all (they may define drivers that a planted .gitattributes would select);
 * the repository's own config is audited once (auditCheckoutConfig) and
 * these overrides (with runGit's own: no hooks, no fsmonitor) cover what is left. The environment is an allowlist: no
 * token reaches git unless a call passes one itself (the push).
 */
const OVERRIDES = (/* unused pure expression or super */ null && ([
    'commit.gpgsign=false',
    'tag.gpgsign=false',
    'diff.external=',
    'submodule.recurse=false',
    'status.submoduleSummary=false',
    'diff.ignoreSubmodules=all',
    'protocol.ext.allow=never',
    'credential.helper=',
]));
const ENV_ALLOWLIST = (/* unused pure expression or super */ null && (['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR', 'SYSTEMROOT']));
function checkoutEnv(extra = {}) {
    const env = {};
    for (const k of ENV_ALLOWLIST)
        if (process.env[k] !== undefined)
            env[k] = process.env[k];
    return {
        ...env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        ...extra,
    };
}
/** Runs git in an agent-controlled checkout: hardened config, allowlisted environment (plus `options.env`). */
function checkoutGit(repo, args, options = {}) {
    // The checkout may belong to another uid (a root runner's sandbox user, a container's mount): we chose it.
    const overrides = [...OVERRIDES, `safe.directory=${realpathSync(repo)}`];
    return runGit(repo, [...overrides.flatMap((o) => ['-c', o]), ...args], { ...options, env: checkoutEnv(options.env), inheritEnv: false });
}
/** Repository config that would make git run a program, or send what it fetches or pushes somewhere else. */
const RUNS_OR_REDIRECTS = (/* unused pure expression or super */ null && ([
    [/^include\.path$|^includeif\..*\.path$/, 'includes another config file, which could define anything below'],
    [/^core\.(fsmonitor|sshcommand|gitproxy|askpass|pager|editor|worktree)$/, 'runs a program (or moves the work tree)'],
    [/^filter\..*\.(clean|smudge|process)$/, 'a filter driver: runs a program on checkout, add and status'],
    [/^diff\..*\.(textconv|command)$|^diff\.external$/, 'a diff driver: runs a program on diff'],
    [/^merge\..*\.driver$/, 'a merge driver: runs a program'],
    [/^gpg(\..*)?\.program$/, 'a signing program'],
    [/^credential\./, 'a credential helper'],
    [/^uploadpack\.packobjectshook$|^remote\..*\.(uploadpack|receivepack)$/, 'runs a program on fetch or push'],
    [/^url\..*\.(insteadof|pushinsteadof)$/, 'redirects fetches or pushes to another URL'],
    [/^sequence\.editor$|^pager\./, 'runs a program'],
]));
/**
 * Fails with a ConfigurationError naming each key when the checkout's own
 * config (local and worktree scope) would make git run a program or redirect
 * a push. Called before the runner's first git command in the checkout.
 */
async function auditCheckoutConfig(repo) {
    const { stdout } = await checkoutGit(repo, ['config', '--list', '--show-scope', '-z'], { okExitCodes: [0, 1] });
    const problems = [];
    // With -z, each entry is `scope NUL key LF value NUL`.
    const parts = stdout.toString('utf8').split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const scope = parts[i];
        const key = parts[i + 1].split('\n')[0];
        if (scope !== 'local' && scope !== 'worktree')
            continue;
        const hit = RUNS_OR_REDIRECTS.find(([re]) => re.test(key.toLowerCase()));
        if (hit)
            problems.push(`${key} (${hit[1]})`);
    }
    if (problems.length > 0) {
        throw new ConfigurationError(`the checkout's git config would let git run programs or redirect a push: ${problems.join('; ')}.`, {
            file: `${repo}/.git/config`,
            fix: `remove these keys (git config --unset <key>), and check out with actions/checkout's persist-credentials: false; the runner never lets a repository choose what git runs.`,
        });
    }
}
//# sourceMappingURL=checkout-git.js.map
;// CONCATENATED MODULE: ./packages/git/lib/index.js








//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/config/lib/did-you-mean.js
/** Edit distance (insert, delete, substitute, swap two neighbours): how far a typo is from what was meant. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i += 1) {
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The known name closest to `word`, when it is close enough to be a typo of it:
 * at most a third of the word's length away (and at least 2 edits allowed), so
 * `forbiden_paths` → `forbidden_paths` but `colour` suggests nothing for `cost`.
 * Case and `-`/`_` differences count as no distance at all.
 */
function closestName(word, known) {
    const fold = (s) => s.toLowerCase().replace(/-/g, '_');
    const folded = fold(word);
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    for (const name of known) {
        const distance = editDistance(folded, fold(name));
        if (distance <= limit && (!best || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}
//# sourceMappingURL=did-you-mean.js.map
;// CONCATENATED MODULE: ./packages/config/lib/config-problems.js

function defOf(schema) {
    return schema?._zod?.def;
}
/** The object or record schemas a value at `path` may be checked against (several through a union). */
function schemasAt(schema, path) {
    let current = [schema];
    for (const key of path) {
        current = current.flatMap(unwrap).flatMap((s) => {
            const def = defOf(s);
            if (def.type === 'object')
                return def.shape?.[String(key)] ? [def.shape[String(key)]] : [];
            if (def.type === 'record')
                return def.valueType ? [def.valueType] : [];
            if (def.type === 'array')
                return def.element ? [def.element] : [];
            return [];
        });
    }
    return current.flatMap(unwrap);
}
/** A schema without its wrappers (default, optional, pipe, …), union members side by side. */
function unwrap(schema) {
    const def = defOf(schema);
    if (!def)
        return [];
    switch (def.type) {
        case 'default':
        case 'prefault':
        case 'optional':
        case 'nullable':
        case 'readonly':
        case 'catch':
            return def.innerType ? unwrap(def.innerType) : [];
        case 'pipe':
            return def.in ? unwrap(def.in) : [];
        case 'union':
            return (def.options ?? []).flatMap(unwrap);
        default:
            return [schema];
    }
}
/** The keys a config object at `path` may have. */
function knownKeys(schema, path) {
    const keys = new Set();
    for (const s of schemasAt(schema, path)) {
        const def = defOf(s);
        if (def.type === 'object')
            Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
        if (def.type === 'record')
            for (const k of unwrap(def.keyType))
                Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
    }
    return [...keys];
}
/** A dotted field path, list items by index: `cost.models.plan`, `tests.frameworks.0`. */
function fieldPath(path) {
    return path.map(String).join('.') || '(top level)';
}
/**
 * Every problem zod found, one per field, each said so that the fix is plain:
 * an unknown key names the closest known key, a value outside a list names the
 * closest allowed value, a union that failed says why in the member that was meant.
 */
function configProblems(schema, issues, lineOf) {
    const problems = [];
    const add = (path, message) => {
        const line = lineOf(path);
        problems.push({ field: fieldPath(path), ...(line ? { line } : {}), message });
    };
    const visit = (issue, prefix) => {
        const path = [...prefix, ...issue.path];
        switch (issue.code) {
            case 'unrecognized_keys': {
                const known = knownKeys(schema, path);
                for (const key of issue.keys) {
                    const near = closestName(key, known);
                    add([...path, key], near ? `unknown key '${key}'; did you mean '${near}'?` : `unknown key '${key}'; the keys here are: ${known.join(', ')}.`);
                }
                return;
            }
            case 'invalid_value': {
                const allowed = issue.values.map(String);
                const given = valueAt(issue.input);
                const near = given !== undefined ? closestName(given, allowed) : undefined;
                const list = allowed.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${allowed.join(', ')}`;
                if (issue.input === undefined)
                    add(path, `missing: it is required (it ${list}).`);
                else
                    add(path, `${given !== undefined ? `'${given}' ` : ''}${list}${near ? `; did you mean '${near}'?` : '.'}`);
                return;
            }
            case 'invalid_union': {
                // The member the value was meant for is the one whose own fields were checked (the value had its shape).
                const shaped = issue.errors.filter((member) => member.length > 0 && !member.some(isWrongKind));
                if (shaped.length === 1) {
                    shaped[0].forEach((i) => visit(i, path));
                    return;
                }
                const wrong = issue.errors.flatMap((member) => member.filter(isWrongKind));
                const values = wrong.flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []));
                const forms = [...(values.length > 0 ? [`one of ${values.join(', ')}`] : []), ...wrong.flatMap((i) => (i.code === 'invalid_type' ? [YAML_KINDS[i.expected] ?? `a ${i.expected}`] : []))];
                const given = valueAt(issue.input);
                const near = given !== undefined ? closestName(given, values) : undefined;
                if (forms.length === 0)
                    add(path, `${lowerFirst(issue.message)}.`);
                else
                    add(path, `${given !== undefined ? `'${given}' is` : 'it is'} none of the accepted forms: ${forms.join('; or ')}${near ? `. Did you mean '${near}'?` : '.'}`);
                return;
            }
            case 'invalid_type':
                add(path, issue.input === undefined ? `missing: it is required (${lowerFirst(issue.message.replace(/, received undefined$/, ''))}).` : `${lowerFirst(issue.message)}.`);
                return;
            default:
                add(path, `${lowerFirst(issue.message)}.`);
        }
    };
    for (const issue of issues)
        visit(issue, []);
    // In file order, as an editor shows them.
    return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
/** What a YAML author calls each kind of value. */
const YAML_KINDS = { object: 'a mapping (key: value lines)', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false' };
/** An issue that says the value is not of this kind at all (not a field of it that is wrong). */
function isWrongKind(issue) {
    return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union');
}
function valueAt(input) {
    return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean' ? String(input) : undefined;
}
function lowerFirst(text) {
    return text.replace(/^Invalid input: /, '').replace(/^./, (c) => c.toLowerCase());
}
//# sourceMappingURL=config-problems.js.map
;// CONCATENATED MODULE: ./packages/config/lib/load.js








/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc, counter, path) {
    let node = doc.contents;
    let line = rangeLine(node, counter);
    for (const key of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
            if (!pair)
                break;
            line = rangeLine(pair.key, counter) ?? line;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
            node = node.items[key];
            line = rangeLine(node, counter) ?? line;
        }
        else
            break;
    }
    return line;
}
function rangeLine(node, counter) {
    const range = node?.range;
    return range ? counter.linePos(range[0]).line : undefined;
}
/**
 * A config file with problems: every one of them, each with its field and line,
 * so one edit fixes them all. `file`, `field` and `line` are those of the first.
 */
class ConfigFileError extends errors_ConfigurationError {
    problems;
    constructor(what, file, source, problems, fix) {
        const first = problems[0];
        super(first.message, { file, field: first.field, ...(first.line ? { line: first.line } : {}), fix });
        this.name = 'ConfigFileError';
        this.problems = problems;
        const field = (p) => (p.field === '(top level)' ? '' : `field '${p.field}'`);
        if (problems.length === 1) {
            // The shape every ConfigurationError has (`file:line, field 'x': …`), then where the file was read.
            const where = [`${file}${first.line ? `:${first.line}` : ''}`, field(first)].filter(Boolean).join(', ');
            const read = source.commit ? ` The ${what} was read at the base commit ${config_source_shortCommit(source.commit)}.` : '';
            this.message = `${where}: ${first.message}${read} Fix: ${fix}`;
        }
        else {
            const lines = problems.map((p) => `  - ${[p.line ? `line ${p.line}` : '', field(p)].filter(Boolean).join(', ') || 'the file'}: ${p.message}`);
            this.message = `${describeSource(file, what, source)} has ${problems.length} problems:\n${lines.join('\n')}\nFix: ${fix}`;
        }
    }
}
/**
 * Parses YAML text and validates it. Every problem is reported at once — each
 * with the file, the line and the field, an unknown key with the closest known
 * one — so nothing is fixed one run at a time. Nothing is half-loaded: it
 * either returns the whole valid value or throws a ConfigFileError.
 */
function parseConfig(text, file, schema, what, source = {}) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => {
            const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
            return { field: '(top level)', ...(line ? { line } : {}), message: `not valid YAML: ${e.message.split('\n')[0].replace(/\.$/, '')}.` };
        });
        throw new ConfigFileError(what, file, source, problems, `correct the YAML syntax at ${problems.length === 1 ? 'that line' : 'those lines'}.`);
    }
    const value = doc.toJS();
    const parsed = schema.safeParse(value ?? {}, { reportInput: true });
    if (!parsed.success) {
        const problems = configProblems(schema, parsed.error.issues, (path) => lineOf(doc, counter, path));
        const schemaName = CONFIG_SCHEMA_FILES[what];
        const fix = `correct ${problems.length === 1 ? 'that field' : 'each field'} as the schema says (${schemaName ? `schemas/${schemaName}` : 'schemas/'} in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).`;
        throw new ConfigFileError(what, file, source, problems, fix);
    }
    return parsed.data;
}
/** The published JSON Schema of each config file kind, by the name messages give it. */
const CONFIG_SCHEMA_FILES = {
    policy: 'policy.schema.json',
    ticket: 'ticket.schema.json',
    'tool manifest': 'tool-manifest.schema.json',
    'spec map': 'spec-map.schema.json',
};
/** The policy at the base commit; the built-in defaults when the default path has none. */
async function loadPolicy(options) {
    const path = options.path ?? policy_DEFAULT_POLICY_PATH;
    const text = await objects_readFileAt(options.repo, options.base, path);
    if (text === undefined) {
        if (options.path && options.path !== policy_DEFAULT_POLICY_PATH) {
            throw new errors_ConfigurationError(`the policy file does not exist at the base commit ${config_source_shortCommit(options.base)}.`, {
                file: path,
                fix: 'commit the policy to the base branch, or pass the right --policy path.',
            });
        }
        options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
        return { policy: defaultPolicy(), path, found: false };
    }
    return { policy: parseConfig(text, path, PolicySchema, 'policy', { commit: options.base }), path, found: true };
}
/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
async function loadTicket(options) {
    const text = await readFileAt(options.repo, options.base, options.path);
    if (text === undefined) {
        throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
            file: options.path,
            fix: 'commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted.',
        });
    }
    return parseConfig(text, options.path, TicketSchema, 'ticket', { commit: options.base });
}
/** The tool manifest at the base commit; the spec §5 manifest when absent. */
async function loadManifest(options) {
    const text = await readFileAt(options.repo, options.base, options.path);
    if (text === undefined) {
        options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec §5 manifest.`);
        return { manifest: DEFAULT_MANIFEST, found: false };
    }
    return { manifest: parseConfig(text, options.path, ToolManifestSchema, 'tool manifest', { commit: options.base }), found: true };
}
//# sourceMappingURL=load.js.map
;// CONCATENATED MODULE: ./packages/config/lib/json-schemas.js




const CONFIG_SCHEMAS = [
    { file: 'policy.schema.json', title: 'agent-guards policy (.github/agent-guards.yml)', schema: PolicySchema },
    { file: 'ticket.schema.json', title: 'agent-guards ticket (.agent/tickets/<id>.yml)', schema: ticket_TicketSchema },
    { file: 'tool-manifest.schema.json', title: 'agent-guards tool manifest (.github/agent-manifest.yml)', schema: manifest_ToolManifestSchema },
];
/** JSON Schema text for one zod schema; input shape, so defaulted fields are optional. */
function toJsonSchemaText(entry) {
    const json = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' });
    return `${JSON.stringify({ ...json, title: entry.title }, null, 2)}\n`;
}
//# sourceMappingURL=json-schemas.js.map
;// CONCATENATED MODULE: ./packages/config/lib/guard-context.js


/**
 * The PR under check (from the inputs or the pull_request event), the checkout,
 * the policy read at the base commit, and whose PR it is (the event's
 * `pull_request.user.login`, never the actor who pushed or re-ran): the
 * prelude of every guard action.
 */
async function guardContext(inputs, logger, env = process.env) {
    const event = readPullRequestEvent(env);
    const { base, head } = resolveRevisions(inputs, event);
    const repo = inputs['working-directory'];
    const { policy } = await loadPolicy({ repo, base, path: inputs.policy, logger });
    return {
        repo,
        base,
        head,
        policy,
        policyPath: inputs.policy,
        ...(event ? { event, author: event.author, headRef: event.headRef } : {}),
        prCommits: event?.commits ? { prCommits: event.commits } : {},
    };
}
//# sourceMappingURL=guard-context.js.map
;// CONCATENATED MODULE: ./packages/config/lib/index.js












//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/boundaries/lib/boundary-rules.js


const GLOB_OPTIONS = { dot: true };
/**
 * The bounded contexts of the policy, compiled once: which context a path is
 * in (the first context, in policy order, with a matching glob), and whether an
 * edge between contexts, or from a context to a module, may be added.
 */
class BoundaryRules {
    contexts;
    allowed = new Map();
    forbids;
    contextCache = new Map();
    dirCache = new Map();
    typeOnlyImports;
    constructor(policy, policyPath) {
        const names = Object.keys(policy.contexts);
        const fail = (field, problem, fix) => {
            throw new errors_ConfigurationError(problem, { file: policyPath, field, fix });
        };
        this.contexts = Object.entries(policy.contexts).map(([name, globs]) => {
            if (globs.length === 0)
                fail(`boundaries.contexts.${name}`, `context '${name}' has no path globs.`, 'list the globs of its files, or remove it.');
            return { name, globs: globs.map((g) => new esm/* Minimatch */.VR(g.replace(/^\.\//, ''), GLOB_OPTIONS)) };
        });
        const known = (name, field) => {
            if (!names.includes(name)) {
                fail(field, `'${name}' is not a context declared under boundaries.contexts (${names.join(', ') || 'none declared'}).`, 'declare the context or correct the name.');
            }
        };
        policy.allow.forEach((edge, i) => {
            known(edge.from, `boundaries.allow.${i}.from`);
            known(edge.to, `boundaries.allow.${i}.to`);
            let targets = this.allowed.get(edge.from);
            if (!targets)
                this.allowed.set(edge.from, (targets = new Set()));
            targets.add(edge.to);
        });
        this.forbids = policy.forbid.map((edge, i) => {
            known(edge.from, `boundaries.forbid.${i}.from`);
            const rule = { from: edge.from, to: edge.to, ...(edge.instead !== undefined ? { instead: edge.instead } : {}) };
            if (!names.includes(edge.to))
                rule.pattern = new esm/* Minimatch */.VR(edge.to, GLOB_OPTIONS);
            return rule;
        });
        this.typeOnlyImports = policy.type_only_imports;
    }
    get hasContexts() {
        return this.contexts.length > 0;
    }
    contextOf(path) {
        if (this.contextCache.has(path))
            return this.contextCache.get(path);
        const found = this.contexts.find((c) => c.globs.some((g) => g.match(path)))?.name;
        this.contextCache.set(path, found);
        return found;
    }
    /** The contexts a target belongs to: a directory spans the contexts of the files in it. */
    contextsOf(target, tree) {
        switch (target.kind) {
            case 'module':
                return [];
            case 'file':
            case 'unresolved': {
                const context = this.contextOf(target.path);
                return context === undefined ? [] : [context];
            }
            case 'dir': {
                const key = `${target.recursive ? 'r' : 'd'}:${target.path}`;
                let contexts = this.dirCache.get(key);
                if (!contexts) {
                    const found = new Set();
                    for (const file of tree.filesIn(target.path, target.recursive)) {
                        const context = this.contextOf(file);
                        if (context !== undefined)
                            found.add(context);
                    }
                    if (found.size === 0) {
                        const context = this.contextOf(`${target.path}/`);
                        if (context !== undefined)
                            found.add(context);
                    }
                    contexts = [...found];
                    this.dirCache.set(key, contexts);
                }
                return contexts;
            }
        }
    }
    /** The contexts `from` may import, for messages. */
    allowedFrom(from) {
        return [...(this.allowed.get(from) ?? [])];
    }
    judge(from, target, targetContexts) {
        const otherContexts = targetContexts.filter((c) => c !== from);
        const violations = [];
        for (const rule of this.forbids) {
            if (rule.from !== from)
                continue;
            const hit = rule.pattern ? matchesPattern(rule.pattern, target) : otherContexts.includes(rule.to);
            if (hit)
                violations.push({ to: rule.to, reason: 'forbid', instead: rule.instead ?? this.allowedText(from) });
        }
        for (const to of otherContexts) {
            if (this.allowed.get(from)?.has(to) || violations.some((v) => v.to === to))
                continue;
            violations.push({ to, reason: 'not-allowed', instead: this.forbidInstead(from, to) ?? this.allowedText(from) });
        }
        return { otherContexts, violations };
    }
    forbidInstead(from, to) {
        return this.forbids.find((r) => r.from === from && r.to === to && r.instead !== undefined)?.instead;
    }
    allowedText(from) {
        const allowed = this.allowedFrom(from);
        return allowed.length === 0
            ? `'${from}' may not import any other context: keep the code inside '${from}'.`
            : `'${from}' may import only ${allowed.map((a) => `'${a}'`).join(', ')}: go through ${allowed.length === 1 ? 'it' : 'one of them'}.`;
    }
}
/**
 * A forbid pattern against a module (`pg`, `sqlalchemy`, `database/sql`, and
 * their submodules) or a repository path (`src/db/**`).
 */
function matchesPattern(pattern, target) {
    if (target.kind === 'module') {
        const name = target.name.replace(/^node:/, '');
        const candidates = new Set([target.name, name]);
        for (const separator of ['/', '.']) {
            const parts = name.split(separator);
            for (let k = 1; k < parts.length; k += 1)
                candidates.add(parts.slice(0, k).join(separator));
        }
        return [...candidates].some((c) => pattern.match(c));
    }
    return pattern.match(target.path) || (target.kind === 'dir' && pattern.match(`${target.path}/`));
}
//# sourceMappingURL=boundary-rules.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/import-record.js
/** Kinds whose specifier is a path (relative to the importing file's folder, or to the working directory), not a module name. */
const PATH_KINDS = new Set(['worker', 'fork', 'native-addon', 'module-glob', 'module-path-entry', 'python-file-load', 'python-path-entry', 'cgo-include']);
/** Kinds that change how other imports resolve instead of importing something. */
const SEARCH_PATH_KINDS = new Set(['module-path-entry', 'python-path-entry', 'python-module-alias']);
const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** The language of a source file by its name, or undefined for files the guard does not read. */
function languageOf(path) {
    if (TYPESCRIPT_EXTENSIONS.some((ext) => path.endsWith(ext)))
        return 'typescript';
    if (path.endsWith('.py') || path.endsWith('.pyi'))
        return 'python';
    if (path.endsWith('.go'))
        return 'go';
    return undefined;
}
/** Declaration and stub files hold types only: every import in them is erased. */
function isDeclarationFile(path) {
    return /\.d\.[mc]?ts$/.test(path) || path.endsWith('.pyi');
}
//# sourceMappingURL=import-record.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/line-index.js
/**
 * Lines by offset: the start of every line, found once, so that many look-ups
 * in one file cost a binary search each. Lines end at `\n` (a `\r\n` line ends
 * at its `\n`; a lone `\r` does not end a line, as in git's line counting).
 */
class line_index_LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** The 1-based line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/** The 1-based line of `offset`, for a single look-up (no index built). */
function line_index_lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}
//# sourceMappingURL=line-index.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/js-lexer.js

/**
 * The tokenizer for TypeScript and JavaScript, exact about what is code:
 * comments, string literals, template literals (with `${}` code inside),
 * regular-expression literals and JSX text are never mistaken for code. It
 * builds no syntax tree; the import recognizer and the test collectors read
 * its tokens, held as parallel arrays (no object per token).
 */
const T_IDENT = 1;
const T_STRING = 2;
/** A backtick literal, with or without substitutions. */
const T_TEMPLATE = 3;
const T_PUNCT = 4;
const T_NUMBER = 5;
const T_REGEX = 6;
/** A JSX element, from its `<` to the end of its closing tag. */
const T_JSX = 7;
/** Whether a file's language allows JSX: every JavaScript and TSX file, but not .ts/.mts/.cts. */
function allowsJsx(path) {
    return !/\.[mc]?ts$/.test(path);
}
function tokenizeJs(text, options) {
    return new JsLexer(text, options.jsx, options.nested ?? false).run();
}
/** Keywords after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
    'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends',
]);
/** Keywords whose `( … )` is a condition, after which a `/` starts a regular expression. */
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);
const CH_NEWLINE = 10;
const CH_RETURN = 13;
const CH_QUOTE = 34;
const CH_DOLLAR = 36;
const CH_APOSTROPHE = 39;
const CH_STAR = 42;
const CH_SLASH = 47;
const CH_LESS = 60;
const CH_GREATER = 62;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;
const CH_OPEN_BRACE = 123;
const CH_CLOSE_BRACE = 125;
class JsLexer {
    src;
    jsx;
    nested;
    pos = 0;
    kind = [];
    start = [];
    end = [];
    /** Above zero while lexing code whose tokens are not reported (inside a literal, without `nested`). */
    hidden = 0;
    /** The last significant token, reported or not: it decides whether `/` opens a regex. */
    lastKind = 0;
    lastStart = 0;
    lastEnd = 0;
    /** For each open `(`: was it opened by if/while/for/with (so `)` ends a condition)? */
    parens = [];
    lastClosedParenWasControl = false;
    /** Was the last `!` TypeScript's non-null assertion (`x! / 2`) rather than a logical not (`!/re/.test(s)`)? */
    lastBangWasPostfix = false;
    error;
    constructor(src, jsx, nested) {
        this.src = src;
        this.jsx = jsx;
        this.nested = nested;
    }
    run() {
        if (this.src.startsWith('#!'))
            this.skipLine();
        this.scanTokens(false);
        const match = this.matchBrackets();
        const tokens = { kind: this.kind, start: this.start, end: this.end, match };
        if (this.error)
            tokens.error = this.error;
        return tokens;
    }
    fail(message, at) {
        this.error ??= { message, line: line_index_lineOf(this.src, at) };
    }
    /** Scans code; when `untilBrace`, stops after the `}` that closes the caller's `${` or `{`. */
    scanTokens(untilBrace) {
        const src = this.src;
        let depth = 0;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) {
                this.pos += 1;
                continue;
            }
            if (c === CH_SLASH) {
                const next = src.charCodeAt(this.pos + 1);
                if (next === CH_SLASH) {
                    this.skipLine();
                }
                else if (next === CH_STAR) {
                    const close = src.indexOf('*/', this.pos + 2);
                    if (close < 0)
                        this.fail('unterminated comment', this.pos);
                    this.pos = close < 0 ? src.length : close + 2;
                }
                else if (this.regexAllowed()) {
                    this.scanRegex();
                }
                else {
                    this.punct(1);
                }
                continue;
            }
            if (c === CH_APOSTROPHE || c === CH_QUOTE) {
                this.scanString(c);
                continue;
            }
            if (c === CH_BACKTICK) {
                this.scanTemplate();
                continue;
            }
            if (c === CH_OPEN_BRACE) {
                depth += 1;
                this.punct(1);
                continue;
            }
            if (c === CH_CLOSE_BRACE) {
                if (untilBrace && depth === 0) {
                    this.pos += 1;
                    return;
                }
                depth -= 1;
                this.punct(1);
                continue;
            }
            // `<` after `<` is the second half of `<<`, never an element.
            if (c === CH_LESS && this.jsx && this.regexAllowed() && !this.lastIs(CH_LESS) && this.looksLikeJsx()) {
                this.scanJsx();
                continue;
            }
            if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
                this.scanNumber();
                continue;
            }
            if (isIdentifierStart(c)) {
                this.scanName();
                continue;
            }
            if (c === 63 /* ? */ && src.charCodeAt(this.pos + 1) === 46 && !isDigit(src.charCodeAt(this.pos + 2))) {
                // `?.`: two tokens, so a member chain reads `.` name whether or not it is optional.
                this.punct(1);
                this.punct(1);
                continue;
            }
            if (c === 46 && src.charCodeAt(this.pos + 1) === 46 && src.charCodeAt(this.pos + 2) === 46) {
                this.punct(3);
                continue;
            }
            if (c === 61 /* = */ && src.charCodeAt(this.pos + 1) === CH_GREATER) {
                this.punct(2);
                continue;
            }
            if (c === 40 /* ( */) {
                this.parens.push(this.lastKind === T_IDENT && CONTROL_KEYWORDS.has(src.slice(this.lastStart, this.lastEnd)));
            }
            else if (c === 41 /* ) */) {
                this.lastClosedParenWasControl = this.parens.pop() ?? false;
            }
            else if (c === 33 /* ! */) {
                // After an operand, `!` is a non-null assertion and the operand goes on.
                this.lastBangWasPostfix = !this.regexAllowed();
            }
            this.punct(1);
        }
    }
    regexAllowed() {
        switch (this.lastKind) {
            case 0:
                return true;
            case T_IDENT:
                return KEYWORDS_BEFORE_EXPRESSION.has(this.src.slice(this.lastStart, this.lastEnd));
            case T_PUNCT: {
                if (this.lastEnd - this.lastStart > 1)
                    return true;
                const c = this.src.charCodeAt(this.lastStart);
                if (c === 41 /* ) */)
                    return this.lastClosedParenWasControl;
                if (c === 33 /* ! */)
                    return !this.lastBangWasPostfix;
                return c !== 93 /* ] */;
            }
            default:
                return false;
        }
    }
    /** Whether the last token is the one-character punctuator `c`. */
    lastIs(c) {
        return this.lastKind === T_PUNCT && this.lastEnd - this.lastStart === 1 && this.src.charCodeAt(this.lastStart) === c;
    }
    /** Records a token; reports it unless it is inside a hidden literal. Returns its index, or -1. */
    push(kind, start, end) {
        this.lastKind = kind;
        this.lastStart = start;
        this.lastEnd = end;
        if (this.hidden > 0)
            return -1;
        this.kind.push(kind);
        this.start.push(start);
        this.end.push(end);
        return this.kind.length - 1;
    }
    punct(length) {
        this.push(T_PUNCT, this.pos, this.pos + length);
        this.pos += length;
    }
    /**
     * A token that holds code (a template with substitutions, a JSX element):
     * reported first, its code after it when `nested`, none of it otherwise.
     * `scan` lexes the whole of it; afterwards the holder is the last token.
     */
    holder(kind, scan) {
        const start = this.pos;
        const index = this.nested ? this.push(kind, start, start) : -1;
        if (!this.nested)
            this.hidden += 1;
        scan();
        if (!this.nested)
            this.hidden -= 1;
        if (index >= 0)
            this.end[index] = this.pos;
        else
            this.push(kind, start, this.pos);
        this.lastKind = kind;
        this.lastStart = start;
        this.lastEnd = this.pos;
    }
    /** Code inside a literal, up to the `}` that closes it: an expression starts there. */
    scanEmbeddedCode() {
        this.lastKind = 0;
        this.scanTokens(true);
    }
    skipLine() {
        while (this.pos < this.src.length) {
            const c = this.src.charCodeAt(this.pos);
            if (c === CH_NEWLINE || c === CH_RETURN || c === 0x2028 || c === 0x2029)
                return;
            this.pos += 1;
        }
    }
    scanName() {
        const start = this.pos;
        this.pos += 1;
        while (this.pos < this.src.length && isIdentifierPart(this.src.charCodeAt(this.pos)))
            this.pos += 1;
        this.push(T_IDENT, start, this.pos);
    }
    scanNumber() {
        const src = this.src;
        const start = this.pos;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (isIdentifierPart(c) || c === 46) {
                this.pos += 1;
            }
            else if ((c === 43 || c === 45) && (src.charCodeAt(this.pos - 1) | 32) === 101 /* e */ && !/^0[xX]/.test(src.slice(start, this.pos))) {
                this.pos += 1;
            }
            else
                break;
        }
        this.push(T_NUMBER, start, this.pos);
    }
    /**
     * A quoted string. A line break ends an unterminated one: JavaScript strings
     * cannot span lines, so one stray quote costs at most the rest of its line.
     */
    scanString(quote) {
        const src = this.src;
        const start = this.pos;
        this.pos += 1;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === quote) {
                this.pos += 1;
                this.push(T_STRING, start, this.pos);
                return;
            }
            if (c === CH_BACKSLASH) {
                // A backslash before a line break continues the string on the next line.
                this.pos += src.charCodeAt(this.pos + 1) === CH_RETURN && src.charCodeAt(this.pos + 2) === CH_NEWLINE ? 3 : 2;
                continue;
            }
            if (c === CH_NEWLINE || c === CH_RETURN)
                break;
            this.pos += 1;
        }
        this.fail('unterminated string literal', start);
        this.pos = Math.min(this.pos, src.length);
        this.push(T_STRING, start, this.pos);
    }
    scanTemplate() {
        const src = this.src;
        const start = this.pos;
        const substitution = this.templateHasSubstitution(start);
        const scan = () => {
            this.pos += 1;
            while (this.pos < src.length) {
                const c = src.charCodeAt(this.pos);
                if (c === CH_BACKTICK) {
                    this.pos += 1;
                    return;
                }
                if (c === CH_BACKSLASH) {
                    this.pos += 2;
                    continue;
                }
                if (c === CH_DOLLAR && src.charCodeAt(this.pos + 1) === CH_OPEN_BRACE) {
                    this.pos += 2;
                    this.scanEmbeddedCode();
                    continue;
                }
                this.pos += 1;
            }
            this.fail('unterminated template literal', start);
            this.pos = src.length;
        };
        if (substitution) {
            this.holder(T_TEMPLATE, scan);
        }
        else {
            scan();
            this.push(T_TEMPLATE, start, this.pos);
        }
    }
    /** Whether the template literal at `start` holds a `${` before its closing backtick (escapes respected). */
    templateHasSubstitution(start) {
        const src = this.src;
        for (let i = start + 1; i < src.length; i += 1) {
            const c = src.charCodeAt(i);
            if (c === CH_BACKSLASH)
                i += 1;
            else if (c === CH_BACKTICK)
                return false;
            else if (c === CH_DOLLAR && src.charCodeAt(i + 1) === CH_OPEN_BRACE)
                return true;
        }
        return false;
    }
    scanRegex() {
        const src = this.src;
        const start = this.pos;
        this.pos += 1;
        let inClass = false;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_NEWLINE || c === CH_RETURN)
                break;
            if (c === CH_BACKSLASH) {
                this.pos += 2;
                continue;
            }
            if (c === 91 /* [ */)
                inClass = true;
            else if (c === 93 /* ] */)
                inClass = false;
            else if (c === CH_SLASH && !inClass) {
                this.pos += 1;
                while (this.pos < src.length && isIdentifierPart(src.charCodeAt(this.pos)))
                    this.pos += 1;
                this.push(T_REGEX, start, this.pos);
                return;
            }
            this.pos += 1;
        }
        this.fail('unterminated regular expression', start);
        this.pos = Math.min(this.pos, src.length);
        this.push(T_REGEX, start, this.pos);
    }
    /**
     * `<` where an expression starts: JSX unless it is a TSX generic arrow
     * (`<T,>(…)` or `<T extends U>(…)`).
     */
    looksLikeJsx() {
        const rest = this.src.slice(this.pos + 1, this.pos + 200);
        if (/^\s*>/.test(rest))
            return true;
        if (!/^\s*[A-Za-z_$]/.test(rest))
            return false;
        return !/^\s*[A-Za-z_$][\w$]*(?:\s*[,=]|\s+extends\s)/.test(rest);
    }
    scanJsx() {
        const start = this.pos;
        this.holder(T_JSX, () => {
            if (!this.scanJsxElement())
                this.fail('unterminated JSX element', start);
        });
    }
    /** From `<` to the end of the element; code in `{}` is lexed as usual. False when the text ends first. */
    scanJsxElement() {
        const src = this.src;
        this.pos += 1;
        this.skipSpaces();
        if (src.charCodeAt(this.pos) === CH_GREATER) {
            this.pos += 1;
            return this.scanJsxChildren();
        }
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_SLASH && src.charCodeAt(this.pos + 1) === CH_GREATER) {
                this.pos += 2;
                return true;
            }
            if (c === CH_GREATER) {
                this.pos += 1;
                return this.scanJsxChildren();
            }
            if (c === CH_OPEN_BRACE) {
                this.pos += 1;
                this.scanEmbeddedCode();
                continue;
            }
            if (c === CH_QUOTE || c === CH_APOSTROPHE) {
                // Attribute strings have no escapes.
                const close = src.indexOf(src[this.pos], this.pos + 1);
                this.pos = close < 0 ? src.length : close + 1;
                continue;
            }
            this.pos += 1;
        }
        return false;
    }
    scanJsxChildren() {
        const src = this.src;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_OPEN_BRACE) {
                this.pos += 1;
                this.scanEmbeddedCode();
                continue;
            }
            if (c === CH_LESS) {
                let next = this.pos + 1;
                while (next < src.length && src.charCodeAt(next) <= 32)
                    next += 1;
                if (src.charCodeAt(next) === CH_SLASH) {
                    const close = src.indexOf('>', next);
                    this.pos = close < 0 ? src.length : close + 1;
                    return close >= 0;
                }
                if (!this.scanJsxElement())
                    return false;
                continue;
            }
            this.pos += 1;
        }
        return false;
    }
    skipSpaces() {
        while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32)
            this.pos += 1;
    }
    matchBrackets() {
        const { kind, start, src } = this;
        const match = new Array(kind.length).fill(-1);
        const stack = [];
        for (let t = 0; t < kind.length; t += 1) {
            if (kind[t] !== T_PUNCT)
                continue;
            const c = src.charCodeAt(start[t]);
            if (c === 40 || c === 91 || c === CH_OPEN_BRACE)
                stack.push(t);
            else if (c === 41 || c === 93 || c === CH_CLOSE_BRACE) {
                const open = stack.pop();
                if (open === undefined || src.charCodeAt(start[open]) !== OPENER[c]) {
                    this.fail(`unmatched '${String.fromCharCode(c)}'`, start[t]);
                    if (open === undefined)
                        continue;
                }
                match[open] = t;
                match[t] = open;
            }
        }
        if (stack.length > 0)
            this.fail('bracket opened here is never closed', start[stack[stack.length - 1]]);
        return match;
    }
}
/** The opening bracket of each closing one. */
const OPENER = { 41: 40, 93: 91, [CH_CLOSE_BRACE]: CH_OPEN_BRACE };
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Identifier characters, `#` of private names and `\` of Unicode escapes included. */
function isIdentifierStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === CH_DOLLAR || c === 35 /* # */ || c === CH_BACKSLASH || c > 127;
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c);
}
/**
 * The value of a string literal or of a template literal without
 * substitutions, escapes resolved; undefined for any other token (a template
 * with `${}` has no single value).
 */
function literalValue(text, tokens, t) {
    const kind = tokens.kind[t];
    if (kind !== T_STRING && kind !== T_TEMPLATE)
        return undefined;
    const start = tokens.start[t];
    const end = tokens.end[t];
    const quote = text.charCodeAt(start);
    let value = '';
    let chunk = start + 1;
    let i = start + 1;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === quote)
            break;
        if (c === CH_BACKSLASH) {
            const escape = readEscape(text, i + 1);
            value += text.slice(chunk, i) + escape.text;
            i += 1 + escape.length;
            chunk = i;
            continue;
        }
        if (kind === T_TEMPLATE && c === CH_DOLLAR && text.charCodeAt(i + 1) === CH_OPEN_BRACE)
            return undefined;
        i += 1;
    }
    return value + text.slice(chunk, Math.min(i, end));
}
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
/** The text a backslash escape stands for and how many characters follow the backslash. */
function readEscape(src, at) {
    const c = src[at];
    if (c === undefined)
        return { text: '', length: 0 };
    if (c === '\r')
        return { text: '', length: src[at + 1] === '\n' ? 2 : 1 };
    if (c === '\n' || c === '\u2028' || c === '\u2029')
        return { text: '', length: 1 };
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 1, at + 3)) : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(at + 1, at + 9)) : null;
    if (hex) {
        const code = Number.parseInt(hex[0].replace(/[{}]/g, ''), 16);
        return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', length: 1 + hex[0].length };
    }
    return { text: SIMPLE_ESCAPES[c] ?? c, length: 1 };
}
/**
 * The parts of the template literal token `t`, from tokens lexed with
 * `nested` (a substitution's tokens follow the template that holds them).
 * Undefined for any other token, or when the template's code was not reported.
 */
function templateParts(text, tokens, t) {
    if (tokens.kind[t] !== T_TEMPLATE)
        return undefined;
    const end = tokens.end[t];
    const count = tokens.kind.length;
    const quasis = [];
    const substitutions = [];
    let chunk = '';
    let next = t + 1;
    let i = tokens.start[t] + 1;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === CH_BACKTICK) {
            quasis.push(chunk);
            return { quasis, substitutions };
        }
        if (c === CH_BACKSLASH) {
            const escape = readEscape(text, i + 1);
            chunk += escape.text;
            i += 1 + escape.length;
            continue;
        }
        if (c !== CH_DOLLAR || text.charCodeAt(i + 1) !== CH_OPEN_BRACE) {
            chunk += text[i];
            i += 1;
            continue;
        }
        quasis.push(chunk);
        chunk = '';
        // The substitution's closing `}` is not a token: it is the first code character after the last token that is not one.
        const first = next;
        let pos = i + 2;
        let close = -1;
        for (;;) {
            const limit = next < count && tokens.start[next] < end ? tokens.start[next] : end;
            close = closingBrace(text, pos, limit);
            if (close >= 0 || limit === end)
                break;
            // Step over the token with everything it holds: a bracket group, or a nested template's or element's code.
            const partner = tokens.match[next];
            const stop = tokens.end[partner > next ? partner : next];
            next += 1;
            while (next < count && tokens.start[next] < stop)
                next += 1;
            pos = stop;
        }
        if (close < 0)
            return undefined;
        substitutions.push({ first, end: next });
        i = close + 1;
    }
    return undefined;
}
/** The offset of a `}` that is the first code in text[from, limit) (spaces and comments skipped), or -1. */
function closingBrace(text, from, limit) {
    let i = from;
    while (i < limit) {
        const c = text.charCodeAt(i);
        if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029)
            i += 1;
        else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_SLASH) {
            while (i < limit && text.charCodeAt(i) !== CH_NEWLINE && text.charCodeAt(i) !== CH_RETURN)
                i += 1;
        }
        else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? limit : close + 2;
        }
        else
            return c === CH_CLOSE_BRACE ? i : -1;
    }
    return -1;
}
//# sourceMappingURL=js-lexer.js.map
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-lexer.js



const NL = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const SQ = 39;
const DQ = 34;
const BS = 92;
const LBRACE = 123;
const RBRACE = 125;
/** What any non-ASCII character becomes in `syntaxBytes`: never syntax, always part of a name. */
const OTHER = 0x80;
const K_NEWLINE = 1;
const K_QUOTE = 2;
const K_HASH = 3;
const K_BACKSLASH = 4;
const K_OPEN = 5;
const K_CLOSE = 6;
/** Byte classes of the statement scanner; 0 is "nothing to do". */
const KIND = new Uint8Array(256);
KIND[NL] = K_NEWLINE;
KIND[CR] = K_NEWLINE;
KIND[SQ] = K_QUOTE;
KIND[DQ] = K_QUOTE;
KIND[HASH] = K_HASH;
KIND[BS] = K_BACKSLASH;
for (const c of '([{')
    KIND[c.charCodeAt(0)] = K_OPEN;
for (const c of ')]}')
    KIND[c.charCodeAt(0)] = K_CLOSE;
/**
 * The last few texts' bytes, most recent first: masking goes back and forth between a test
 * module and the conftest.py and helper modules it uses, and each return to a text would
 * otherwise copy all of it again.
 */
const scratches = Array.from({ length: 4 }, () => ({ buffer: Buffer.allocUnsafe(1 << 16), text: undefined, bytes: new Uint8Array(0) }));
/**
 * The text as one byte per UTF-16 code unit: ASCII as it is, any other
 * character `OTHER`. Every Python delimiter is ASCII, so the lexer reads these
 * bytes (a typed array reads faster than a string) and its offsets are the
 * text's own. The bytes live in a buffer shared with other texts and stay valid
 * until the next call with another text.
 */
function syntaxBytes(text) {
    let k = 0;
    while (k < scratches.length && scratches[k].text !== text)
        k += 1;
    if (k === 0)
        return scratches[0].bytes;
    // A hit moves to the front; a miss takes the least recently used buffer.
    const slot = scratches.splice(k < scratches.length ? k : scratches.length - 1, 1)[0];
    scratches.unshift(slot);
    if (k < scratches.length)
        return slot.bytes;
    const n = text.length;
    if (slot.buffer.length < 3 * n)
        slot.buffer = Buffer.allocUnsafe(Math.max(3 * n, 2 * slot.buffer.length));
    const scratch = slot.buffer;
    // UTF-8 is one byte per character exactly when the text is ASCII, the usual case: one native copy.
    if (scratch.write(text, 0, 'utf8') !== n) {
        for (let i = 0; i < n; i += 1) {
            const c = text.charCodeAt(i);
            scratch[i] = c < 128 ? c : OTHER;
        }
    }
    slot.text = text;
    slot.bytes = scratch.subarray(0, n);
    return slot.bytes;
}
function isPrefixLetter(c) {
    // r R b B u U f F t T
    return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70 || c === 116 || c === 84;
}
function isIdentChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}
class Cursor {
    b;
    line = 1;
    error;
    n;
    constructor(b) {
        this.b = b;
        this.n = b.length;
    }
    fail(message, line) {
        this.error ??= { message, line };
    }
    /** Whether the quote at `q` opens an f-string (or t-string): its prefix holds f/t. */
    isFormatted(q) {
        const b = this.b;
        let p = q - 1;
        let formatted = false;
        let letters = 0;
        while (letters < 2 && p >= 0 && isPrefixLetter(b[p])) {
            const c = b[p] | 32;
            if (c === 102 || c === 116)
                formatted = true;
            p -= 1;
            letters += 1;
        }
        if (letters === 0)
            return false;
        // `elif"x"` is not a prefix: the letters must start the token.
        if (p >= 0 && isIdentChar(b[p]))
            return false;
        return formatted;
    }
    /** Steps over the string literal whose opening quote is at `i`; returns the offset after it. */
    skipString(i) {
        const b = this.b;
        const n = this.n;
        const quote = b[i];
        const formatted = this.isFormatted(i);
        const startLine = this.line;
        const triple = b[i + 1] === quote && b[i + 2] === quote;
        let j = triple ? i + 3 : i + 1;
        while (j < n) {
            const c = b[j];
            if (c === BS) {
                const next = b[j + 1];
                if (next === NL)
                    this.line += 1;
                else if (next === CR) {
                    this.line += 1;
                    if (b[j + 2] === NL)
                        j += 1;
                }
                j += 2;
            }
            else if (c === quote) {
                if (!triple)
                    return j + 1;
                if (b[j + 1] === quote && b[j + 2] === quote)
                    return j + 3;
                j += 1;
            }
            else if (c === NL || c === CR) {
                if (!triple) {
                    this.fail('unterminated string literal', startLine);
                    return j;
                }
                if (c === CR && b[j + 1] === NL)
                    j += 1;
                this.line += 1;
                j += 1;
            }
            else if (formatted && c === LBRACE) {
                if (b[j + 1] === LBRACE)
                    j += 2;
                else
                    j = this.skipFormatExpression(j + 1);
            }
            else {
                j += 1;
            }
        }
        this.fail(triple ? 'unterminated triple-quoted string' : 'unterminated string literal', startLine);
        return n;
    }
    /** Steps over `{expression}` inside an f-string, nested strings and brackets included. */
    skipFormatExpression(i) {
        const b = this.b;
        const n = this.n;
        let depth = 0;
        let j = i;
        while (j < n) {
            const c = b[j];
            if (c === SQ || c === DQ)
                j = this.skipString(j);
            else if (c === 40 || c === 91 || c === LBRACE) {
                depth += 1;
                j += 1;
            }
            else if (c === 41 || c === 93) {
                depth -= 1;
                j += 1;
            }
            else if (c === RBRACE) {
                if (depth === 0)
                    return j + 1;
                depth -= 1;
                j += 1;
            }
            else {
                if (c === NL)
                    this.line += 1;
                j += 1;
            }
        }
        return n;
    }
}
/** Texts whose statements are remembered (in UTF-16 code units): a test suite's worth, then oldest dropped first. */
const REMEMBERED_CHARS = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
const python_lexer_remembered = new Map();
let rememberedChars = 0;
/**
 * scanPythonStatements, remembered by text: one process lexes the same module
 * more than once (the skip-set guard reads every changed Python file for pytest
 * hooks, then parses it for its tests). The statements depend on the text alone,
 * so a text seen before has the same answer; the arrays are shared, for callers
 * that only read them. (The lexing worker does not use this: it hands its
 * arrays over to the other thread.)
 */
function pythonStatementsOf(text) {
    const hit = python_lexer_remembered.get(text);
    if (hit)
        return hit;
    const statements = scanPythonStatements(text);
    if (text.length > REMEMBERED_CHARS)
        return statements;
    python_lexer_remembered.set(text, statements);
    rememberedChars += text.length;
    for (const key of python_lexer_remembered.keys()) {
        if (rememberedChars <= REMEMBERED_CHARS)
            break;
        python_lexer_remembered.delete(key);
        rememberedChars -= key.length;
    }
    return statements;
}
/** The logical statements of a module, as objects (convenient for small inputs). */
function scanPython(text) {
    const s = scanPythonStatements(text);
    const statements = [];
    for (let k = 0; k < s.count; k += 1)
        statements.push({ start: s.start[k], end: s.end[k], indent: s.indent[k], line: s.line[k] });
    return s.error ? { statements, error: s.error } : { statements };
}
function scanPythonStatements(text) {
    const b = syntaxBytes(text);
    const n = b.length;
    // About one statement per 32 characters of source: most modules never grow the arrays.
    let capacity = Math.max(256, n >> 5);
    let count = 0;
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let indents = new Int32Array(capacity);
    let lines = new Int32Array(capacity);
    const grow = () => {
        capacity *= 2;
        const copy = (a) => {
            const bigger = new Int32Array(capacity);
            bigger.set(a);
            return bigger;
        };
        starts = copy(starts);
        ends = copy(ends);
        indents = copy(indents);
        lines = copy(lines);
    };
    const cur = new Cursor(b);
    // Without carriage returns a comment ends at the next '\n', found natively.
    const lfOnly = text.indexOf('\r') < 0;
    const commentEnd = (from) => {
        if (lfOnly) {
            const nl = b.indexOf(NL, from);
            return nl < 0 ? n : nl;
        }
        let j = from;
        for (let c = b[j]; j < n && c !== NL && c !== CR; c = b[++j])
            ;
        return j;
    };
    let i = 0;
    // A BOM is not code.
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n) {
        let indent = 0;
        let c = b[i];
        while (c === SP || c === TAB || c === FF) {
            indent = c === TAB ? (indent + 8) & ~7 : c === SP ? indent + 1 : 0;
            i += 1;
            c = b[i];
        }
        if (i >= n)
            break;
        if (c === NL) {
            cur.line += 1;
            i += 1;
            continue;
        }
        if (c === CR) {
            cur.line += 1;
            i += b[i + 1] === NL ? 2 : 1;
            continue;
        }
        if (c === HASH) {
            i = commentEnd(i);
            continue;
        }
        const start = i;
        const line = cur.line;
        let depth = 0;
        let depthLine = line;
        while (i < n) {
            c = b[i];
            const kind = KIND[c];
            if (kind === 0) {
                i += 1;
                continue;
            }
            if (kind === K_NEWLINE) {
                if (depth === 0)
                    break;
                cur.line += 1;
                i += c === CR && b[i + 1] === NL ? 2 : 1;
            }
            else if (kind === K_QUOTE) {
                i = cur.skipString(i);
            }
            else if (kind === K_HASH) {
                i = commentEnd(i);
            }
            else if (kind === K_BACKSLASH) {
                const next = b[i + 1];
                if (next === NL || next === CR) {
                    cur.line += 1;
                    i += next === CR && b[i + 2] === NL ? 3 : 2;
                }
                else
                    i += 1;
            }
            else if (kind === K_OPEN) {
                if (depth === 0)
                    depthLine = cur.line;
                depth += 1;
                i += 1;
            }
            else {
                if (depth === 0)
                    cur.fail(`unmatched '${String.fromCharCode(c)}'`, cur.line);
                else
                    depth -= 1;
                i += 1;
            }
        }
        if (depth > 0)
            cur.fail('bracket opened here is never closed', depthLine);
        if (count === capacity)
            grow();
        starts[count] = start;
        ends[count] = i;
        indents[count] = indent;
        lines[count] = line;
        count += 1;
    }
    const result = { count, start: starts, end: ends, indent: indents, line: lines };
    if (cur.error)
        result.error = cur.error;
    return result;
}
/**
 * The code of text[start, end) with string contents and comments replaced by
 * spaces (quotes and newlines kept), so offsets still match the original and a
 * pattern can only match code.
 */
function maskPython(text, start, end) {
    const b = syntaxBytes(text);
    const out = [];
    const cur = new Cursor(b);
    let i = start;
    let copied = start;
    while (i < end) {
        const c = b[i];
        if (c === SQ || c === DQ) {
            const close = Math.min(cur.skipString(i), end);
            out.push(text.slice(copied, i + 1));
            out.push(blank(text, i + 1, close - 1));
            if (close - 1 > i)
                out.push(text.charAt(close - 1));
            copied = close;
            i = close;
        }
        else if (c === HASH) {
            let j = i;
            while (j < end && b[j] !== NL && b[j] !== CR)
                j += 1;
            out.push(text.slice(copied, i), ' '.repeat(j - i));
            copied = j;
            i = j;
        }
        else
            i += 1;
    }
    out.push(text.slice(copied, end));
    return out.join('');
}
function blank(text, from, to) {
    if (to <= from)
        return '';
    return text.slice(from, to).replace(/[^\r\n]/g, ' ');
}
/** The offset just after the string literal whose opening quote is at `quote` (its prefix precedes it). */
function pythonStringEnd(text, quote) {
    return new Cursor(syntaxBytes(text)).skipString(quote);
}
/** The value of a simple string literal starting at `i` (quotes and prefix included), without escapes resolved. */
function stringValueAt(text, i) {
    const b = syntaxBytes(text);
    let j = i;
    while (isPrefixLetter(b[j]))
        j += 1;
    const q = b[j];
    if (q !== SQ && q !== DQ)
        return undefined;
    const cur = new Cursor(b);
    const end = cur.skipString(j);
    const triple = b[j + 1] === q && b[j + 2] === q && end - j >= 6;
    return triple ? text.slice(j + 3, end - 3) : text.slice(j + 1, end - 1);
}
/**
 * Source text from its bytes. Most source files are plain ASCII: those are read
 * as Latin-1, which is the same text for ASCII and skips UTF-8 decoding.
 */
function sourceText(bytes) {
    return (0,external_node_buffer_.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
// This module doubles as the lexing worker (see `python-lex-worker.ts`): it
// imports nothing but Node's own modules, so it runs as it is, from the
// package or copied beside an action's bundle.
/** `workerData.role` of a lexing worker thread. */
const python_lexer_LEX_WORKER_ROLE = 'agent-guards/python-lexer';
/** Files per reply: small enough that the main thread starts early, large enough that messages stay few. */
const LEX_BATCH = 16;
function serveLexing(port) {
    port.on('message', (request) => {
        const count = request.paths.length;
        let files = [];
        let transfer = [];
        for (let index = 0; index < count; index += 1) {
            const file = { index };
            let text;
            try {
                text = sourceText((0,external_node_fs_.readFileSync)(request.paths[index]));
                file.text = text;
            }
            catch {
                // Left to the caller, which reads the file again and fails with the real error.
            }
            if (text !== undefined && request.paths[index].endsWith('.py')) {
                const statements = scanPythonStatements(text);
                file.statements = statements;
                transfer.push(statements.start.buffer, statements.end.buffer, statements.indent.buffer, statements.line.buffer);
            }
            files.push(file);
            if (files.length === LEX_BATCH || index === count - 1) {
                port.postMessage({ id: request.id, files, done: index === count - 1 }, transfer);
                files = [];
                transfer = [];
            }
        }
        if (count === 0)
            port.postMessage({ id: request.id, files: [], done: true });
    });
}
if (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.parentPort && external_node_worker_threads_.workerData?.role === python_lexer_LEX_WORKER_ROLE)
    serveLexing(external_node_worker_threads_.parentPort);
//# sourceMappingURL=python-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-tokens.js

/**
 * The tokens of text[start, end): one logical statement as
 * `scanPythonStatements` found it. Comments and line continuations are
 * skipped; every string form (prefixes, triple quotes, f-strings with their
 * nested expressions) is one token, found by the same rules the statement
 * scanner used. Operators are one character each.
 */
function pythonTokens(text, start, end) {
    const tokens = [];
    let pos = start;
    while (pos < end) {
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 0xfeff) {
            pos += 1;
        }
        else if (c === 92 /* \ */ && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) {
            pos += 2;
        }
        else if (c === 35 /* # */) {
            while (pos < end && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13)
                pos += 1;
        }
        else if (c === 39 || c === 34) {
            pos = stringToken(text, pos, pos, tokens);
        }
        else if (isNameStart(c)) {
            const from = pos;
            while (pos < end && isNamePart(text.charCodeAt(pos)))
                pos += 1;
            const q = text.charCodeAt(pos);
            if ((q === 39 || q === 34) && pos - from <= 2 && isPrefix(text, from, pos))
                pos = stringToken(text, from, pos, tokens);
            else
                tokens.push({ type: 'name', value: text.slice(from, pos), start: from, end: pos });
        }
        else if ((c >= 48 && c <= 57) || (c === 46 && python_tokens_isDigit(text.charCodeAt(pos + 1)))) {
            const from = pos;
            pos = numberEnd(text, pos, end);
            tokens.push({ type: 'number', value: text.slice(from, pos), start: from, end: pos });
        }
        else {
            tokens.push({ type: 'op', value: text[pos], start: pos, end: pos + 1 });
            pos += 1;
        }
    }
    return tokens;
}
function stringToken(text, from, quote, tokens) {
    const end = pythonStringEnd(text, quote);
    tokens.push({ type: 'string', value: stringValueAt(text, from) ?? '', start: from, end });
    return end;
}
/** The end of the number at `pos`: digits, `_`, `.`, letters (0x, 1j, 1e5) and an exponent's sign. */
function numberEnd(text, pos, end) {
    const hex = text.charCodeAt(pos) === 48 && (text.charCodeAt(pos + 1) | 32) === 120;
    let i = pos;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (isNamePart(c) || c === 46)
            i += 1;
        else if ((c === 43 || c === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101 /* e */)
            i += 1;
        else
            break;
    }
    return i;
}
function isPrefix(text, from, to) {
    for (let i = from; i < to; i += 1)
        if (!isPrefixLetter(text.charCodeAt(i)))
            return false;
    return true;
}
function python_tokens_isDigit(c) {
    return c >= 48 && c <= 57;
}
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}
function isNamePart(c) {
    return isNameStart(c) || python_tokens_isDigit(c);
}
const PY_SIMPLE_ESCAPES = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
/** The literal of a string token (`pythonTokens` type `string`) spanning text[start, end). */
function pythonStringLiteral(text, start, end) {
    let q = start;
    while (q < end && isPrefixLetter(text.charCodeAt(q)))
        q += 1;
    const quote = text[q];
    if (quote !== "'" && quote !== '"')
        return undefined;
    const prefix = text.slice(start, q).toLowerCase();
    const triple = text.startsWith(quote.repeat(3), q) && end - q >= 6;
    const open = triple ? 3 : 1;
    const body = text.slice(q + open, Math.max(q + open, end - open));
    if (prefix.includes('f') || prefix.includes('t'))
        return { prefix, body };
    if (prefix.includes('r'))
        return { prefix, body, value: body };
    const value = pythonEscapes(body, prefix.includes('b'));
    return value === undefined ? { prefix, body } : { prefix, body, value };
}
/** Resolves the backslash escapes of a non-raw string body; undefined for `\N{…}`. */
function pythonEscapes(body, bytes) {
    let out = '';
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            i += 1;
            continue;
        }
        const e = body[i + 1];
        if (e === undefined)
            return out + c;
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (e === '\r') {
            i += body[i + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (PY_SIMPLE_ESCAPES[e] !== undefined) {
            out += PY_SIMPLE_ESCAPES[e];
            i += 2;
            continue;
        }
        const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
        if (octal) {
            out += String.fromCharCode(Number.parseInt(octal[0], 8));
            i += 1 + octal[0].length;
            continue;
        }
        const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        const hex = width > 0 ? body.slice(i + 2, i + 2 + width) : '';
        if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
            const code = Number.parseInt(hex, 16);
            if (code > 0x10ffff)
                return undefined;
            out += String.fromCodePoint(code);
            i += 2 + width;
            continue;
        }
        if (e === 'N' && !bytes)
            return undefined;
        // An unknown escape keeps its backslash.
        out += c;
        i += 1;
    }
    return out;
}
//# sourceMappingURL=python-tokens.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-lex-worker.js


/** The lexing worker could not start or stopped: what it had not lexed yet is lexed by the caller. */
class LexWorkerError extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * A worker thread that reads and lexes Python files while the main thread
 * parses and collects the ones already lexed: a full scan uses both cores, as
 * the search tools it is measured against do. One worker serves the process;
 * it does not keep the process alive while idle. When it cannot start or
 * fails, `lex` rejects and the caller lexes on its own thread.
 */
class PythonLexWorker {
    worker;
    static instance;
    static unavailable = (/* unused pure expression or super */ null && (false));
    pending = new Map();
    nextId = 1;
    failure;
    constructor(worker) {
        this.worker = worker;
        worker.unref();
        worker.on('message', (reply) => this.receive(reply));
        worker.on('error', (e) => this.fail(new LexWorkerError(`the lexing worker failed: ${e instanceof Error ? e.message : String(e)}`)));
        worker.on('exit', (code) => this.fail(new LexWorkerError(`the lexing worker exited (code ${code})`)));
    }
    /** The process's lexing worker, started on first use; undefined where no worker can run. */
    static shared() {
        if (PythonLexWorker.instance && !PythonLexWorker.instance.failure)
            return PythonLexWorker.instance;
        if (PythonLexWorker.unavailable)
            return undefined;
        try {
            PythonLexWorker.instance = new PythonLexWorker(startLexerWorker());
        }
        catch {
            PythonLexWorker.unavailable = true;
            return undefined;
        }
        return PythonLexWorker.instance;
    }
    /** Whether the process's worker has been started (and not stopped). */
    static running() {
        return PythonLexWorker.instance !== undefined && !PythonLexWorker.instance.failure;
    }
    /** Stops the process's worker (a later scan starts a new one); scans waiting on it lex on their own thread. */
    static async stop() {
        const instance = PythonLexWorker.instance;
        PythonLexWorker.instance = undefined;
        if (instance)
            await instance.worker.terminate();
    }
    /** Reads files (absolute paths) and lexes the Python ones; `onFiles` gets them in order, a batch at a time. */
    lex(paths, onFiles) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId;
        this.nextId += 1;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { onFiles, resolve, reject });
            if (this.pending.size === 1)
                this.worker.ref();
            this.worker.postMessage({ id, paths });
        });
    }
    receive(reply) {
        const request = this.pending.get(reply.id);
        if (!request)
            return;
        try {
            request.onFiles(reply.files);
        }
        catch (e) {
            this.settle(reply.id);
            request.reject(e instanceof Error ? e : new Error(String(e)));
            return;
        }
        if (reply.done) {
            this.settle(reply.id);
            request.resolve();
        }
    }
    settle(id) {
        this.pending.delete(id);
        if (this.pending.size === 0)
            this.worker.unref();
    }
    fail(error) {
        this.failure ??= error;
        for (const [id, request] of this.pending) {
            this.settle(id);
            request.reject(this.failure);
        }
    }
}
/**
 * The worker runs the compiled lexer module, which sits beside this one: in the
 * package's lib/, or beside an action's bundle (where scripts/bundle.mjs copies
 * it). From TypeScript sources (tests) it is the one in lib/.
 */
function startLexerWorker() {
    const here = import.meta.url;
    const script = here.endsWith('.ts') ? here.replace(/\/src\/[^/]+$/, '/lib/python-lexer.js') : here.replace(/[^/]+$/, 'python-lexer.js');
    return new Worker(new URL(script), { workerData: { role: LEX_WORKER_ROLE } });
}
//# sourceMappingURL=python-lex-worker.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/clike-lexer.js

/**
 * Blanks comments and literals of Go, Java, Kotlin or Rust: `//` and `/* *\/`
 * comments (nested in Kotlin and Rust), "…" strings, Go raw `…` strings, Java
 * and Kotlin `"""` text blocks, Kotlin `${…}` templates, Rust raw strings
 * r#"…"# and char literals (told apart from lifetimes). Kotlin backtick names
 * keep their length with their contents turned into `x`, so they stay one word.
 */
function maskCLike(text, dialect) {
    const n = text.length;
    const out = text.split('');
    let error;
    const fail = (message, at) => {
        error ??= { message, line: line_index_lineOf(text, at) };
    };
    const blank = (from, to, fill = ' ') => {
        for (let k = from; k < to && k < n; k += 1)
            if (out[k] !== '\n' && out[k] !== '\r')
                out[k] = fill;
    };
    const nestedComments = dialect === 'kotlin' || dialect === 'rust';
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c === 47 && next === 47) {
            let j = i;
            while (j < n && text.charCodeAt(j) !== 10)
                j += 1;
            blank(i, j);
            i = j;
        }
        else if (c === 47 && next === 42) {
            let depth = 1;
            let j = i + 2;
            while (j < n && depth > 0) {
                if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
                    depth -= 1;
                    j += 2;
                }
                else if (nestedComments && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
                    depth += 1;
                    j += 2;
                }
                else
                    j += 1;
            }
            if (depth > 0)
                fail('unterminated block comment', i);
            blank(i, j);
            i = j;
        }
        else if (c === 34) {
            const triple = (dialect === 'java' || dialect === 'kotlin') && next === 34 && text.charCodeAt(i + 2) === 34;
            const end = triple ? skipTripleQuoted(text, i, dialect === 'java') : skipQuoted(text, i, dialect === 'kotlin');
            if (end < 0) {
                fail('unterminated string literal', i);
                blank(i + 1, n);
                break;
            }
            blank(triple ? i + 3 : i + 1, triple ? end - 3 : end - 1);
            i = end;
        }
        else if (c === 96 && dialect === 'go') {
            const close = text.indexOf('`', i + 1);
            if (close < 0) {
                fail('unterminated raw string', i);
                blank(i + 1, n);
                break;
            }
            blank(i + 1, close);
            i = close + 1;
        }
        else if (c === 96 && dialect === 'kotlin') {
            const close = text.indexOf('`', i + 1);
            const eol = text.indexOf('\n', i + 1);
            if (close < 0 || (eol >= 0 && eol < close)) {
                fail('unterminated backtick name', i);
                i += 1;
                continue;
            }
            blank(i + 1, close, 'x');
            i = close + 1;
        }
        else if (c === 114 && dialect === 'rust' && (next === 35 || next === 34) && !isWordChar(text.charCodeAt(i - 1))) {
            // r"…", r#"…"#, r##"…"## (also after a `b`: br"…").
            let hashes = 0;
            let j = i + 1;
            while (text.charCodeAt(j) === 35) {
                hashes += 1;
                j += 1;
            }
            if (text.charCodeAt(j) !== 34) {
                i += 1;
                continue;
            }
            const terminator = `"${'#'.repeat(hashes)}`;
            const close = text.indexOf(terminator, j + 1);
            if (close < 0) {
                fail('unterminated raw string', i);
                blank(j + 1, n);
                break;
            }
            blank(j + 1, close);
            i = close + terminator.length;
        }
        else if (c === 39) {
            const end = charLiteralEnd(text, i, dialect);
            if (end > 0) {
                blank(i + 1, end - 1);
                i = end;
            }
            else
                i += 1;
        }
        else
            i += 1;
    }
    return { masked: out.join(''), ...(error ? { error } : {}) };
}
function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
/** End of a "…" string (after the closing quote), or -1. Kotlin templates `${…}` may hold strings. */
function skipQuoted(text, from, templates) {
    let j = from + 1;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 92)
            j += 2;
        else if (c === 34)
            return j + 1;
        else if (c === 10)
            return -1;
        else if (templates && c === 36 && text.charCodeAt(j + 1) === 123)
            j = skipTemplate(text, j + 2);
        else
            j += 1;
    }
    return -1;
}
function skipTripleQuoted(text, from, escapes) {
    let j = from + 3;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (escapes && c === 92)
            j += 2;
        else if (c === 34 && text.charCodeAt(j + 1) === 34 && text.charCodeAt(j + 2) === 34) {
            // Kotlin allows extra quotes before the closing three: """a""""
            let k = j + 3;
            while (text.charCodeAt(k) === 34)
                k += 1;
            return k;
        }
        else if (!escapes && c === 36 && text.charCodeAt(j + 1) === 123)
            j = skipTemplate(text, j + 2);
        else
            j += 1;
    }
    return -1;
}
function skipTemplate(text, from) {
    let depth = 0;
    let j = from;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 34) {
            const end = skipQuoted(text, j, true);
            j = end < 0 ? j + 1 : end;
        }
        else if (c === 123) {
            depth += 1;
            j += 1;
        }
        else if (c === 125) {
            if (depth === 0)
                return j + 1;
            depth -= 1;
            j += 1;
        }
        else
            j += 1;
    }
    return text.length;
}
/** End of a char literal starting at `from`, or -1 when the quote is a Rust lifetime or label. */
function charLiteralEnd(text, from, dialect) {
    const next = text.charCodeAt(from + 1);
    if (next === 92) {
        // '\n', '\'', '\u{1F600}', '\u0041'
        const close = text.indexOf("'", from + 3);
        const eol = text.indexOf('\n', from);
        return close >= 0 && (eol < 0 || close < eol) ? close + 1 : -1;
    }
    if (text.charCodeAt(from + 2) === 39)
        return from + 3;
    // A surrogate pair is one character: '😀'.
    if (next >= 0xd800 && next <= 0xdbff && text.charCodeAt(from + 3) === 39)
        return from + 4;
    if (dialect !== 'rust')
        return -1;
    return -1;
}
/** Offset of the `}` matching the `{` at `open` in masked text, or -1. */
function matchingBrace(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i += 1) {
        const c = masked.charCodeAt(i);
        if (c === 123)
            depth += 1;
        else if (c === 125) {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
//# sourceMappingURL=clike-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/ruby-lexer.js

/** Words after which an expression starts (so `/` opens a regexp). */
const RUBY_WORDS_BEFORE_STATEMENT = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'elsif', 'when', 'in']);
/**
 * Blanks Ruby's strings (with `#{}` code inside), %-literals, heredocs,
 * regexps, comments and `=begin` blocks, so that what is left is code, at the
 * same offsets. Tells a `/` that starts a regexp from a division by the word
 * before it.
 */
function maskRuby(text) {
    const n = text.length;
    const out = text.split('');
    let error;
    const lines = new LineIndex(text);
    const fail = (message, at) => {
        error ??= { message, line: lines.lineOf(at) };
    };
    const blank = (from, to) => {
        for (let k = from; k < to && k < n; k += 1)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    const heredocs = [];
    const prevSignificant = (i) => {
        let k = i - 1;
        while (k >= 0 && (text[k] === ' ' || text[k] === '\t'))
            k -= 1;
        return k < 0 ? '\n' : text[k];
    };
    const prevWord = (i) => /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
    const expressionStart = (i) => {
        const p = prevSignificant(i);
        if ('(,=!~|&;{[:?+*-<>%^\n'.includes(p))
            return true;
        return RUBY_WORDS_BEFORE_STATEMENT.has(prevWord(i)) || ['if', 'unless', 'while', 'until', 'puts', 'p'].includes(prevWord(i));
    };
    // Skips a delimited literal from `from` (the opening delimiter); returns the offset after the closing one.
    const skipDelimited = (from, interpolate) => {
        const open = text[from];
        const close = { '(': ')', '[': ']', '{': '}', '<': '>' }[open] ?? open;
        let depth = 1;
        let j = from + 1;
        while (j < n) {
            const c = text[j];
            if (c === '\\')
                j += 2;
            else if (interpolate && c === '#' && text[j + 1] === '{')
                j = skipInterpolation(j + 2);
            else if (c === close && --depth === 0)
                return j + 1;
            else {
                if (c === open && open !== close)
                    depth += 1;
                j += 1;
            }
        }
        fail(`unterminated literal opened with ${open}`, from);
        return n;
    };
    const skipInterpolation = (from) => {
        let depth = 0;
        let j = from;
        while (j < n) {
            const c = text[j];
            if (c === '"' || c === "'" || c === '`')
                j = skipDelimited(j, c !== "'");
            else if (c === '{') {
                depth += 1;
                j += 1;
            }
            else if (c === '}') {
                if (depth === 0)
                    return j + 1;
                depth -= 1;
                j += 1;
            }
            else
                j += 1;
        }
        return n;
    };
    let i = 0;
    let lineStart = true;
    while (i < n) {
        const c = text[i];
        if (lineStart && text.startsWith('=begin', i)) {
            const m = /^=end\b.*$/m.exec(text.slice(i));
            const stop = m ? i + m.index + m[0].length : n;
            if (!m)
                fail('unterminated =begin block', i);
            blank(i, stop);
            i = stop;
            continue;
        }
        if (lineStart && /^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
            blank(i, n);
            break;
        }
        lineStart = false;
        if (c === '\n') {
            lineStart = true;
            i += 1;
            // Heredoc bodies start on the line after their opener.
            while (heredocs.length > 0) {
                const h = heredocs.shift();
                const re = new RegExp(`^${h.squiggly ? '[ \\t]*' : ''}${h.id}\\r?$`, 'm');
                const rest = text.slice(i);
                const m = re.exec(rest);
                if (!m) {
                    fail(`unterminated heredoc ${h.id}`, i);
                    blank(i, n);
                    i = n;
                    break;
                }
                blank(i, i + m.index);
                i += m.index + m[0].length;
            }
            continue;
        }
        if (c === '#') {
            let j = i;
            while (j < n && text[j] !== '\n')
                j += 1;
            blank(i, j);
            i = j;
        }
        else if (c === '"' || c === "'" || c === '`') {
            const end = skipDelimited(i, c !== "'");
            blank(i + 1, end - 1);
            i = end;
        }
        else if (c === '%' && /^%[qQwWiIrsx]?[([{<|!/^]/.test(text.slice(i, i + 3)) && (/[qQwWiIrsx]/.test(text[i + 1]) || expressionStart(i))) {
            const d = /[qQwWiIrsx]/.test(text[i + 1]) ? i + 2 : i + 1;
            const end = skipDelimited(d, !/[qwis]/.test(text[i + 1]));
            blank(d + 1, end - 1);
            i = end;
        }
        else if (c === '<' && text[i + 1] === '<') {
            const m = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
            if (m && (m[1] || m[2] || /^[A-Z_]+$/.test(m[3]))) {
                heredocs.push({ id: m[3], squiggly: m[1] !== '' });
                i += m[0].length;
            }
            else
                i += 2;
        }
        else if (c === '/' && expressionStart(i)) {
            const end = skipDelimited(i, true);
            blank(i + 1, end - 1);
            i = end;
        }
        else if (c === ':' && text[i + 1] === '"') {
            const end = skipDelimited(i + 1, true);
            blank(i + 2, end - 1);
            i = end;
        }
        else if (c === '?' && /[A-Za-z0-9_'"]/.test(text[i + 1] ?? '') && !/\w/.test(text[i + 2] ?? '') && /[\s(,=]/.test(text[i - 1] ?? ' ')) {
            // ?a character literal
            out[i + 1] = ' ';
            i += 2;
        }
        else
            i += 1;
    }
    return { masked: out.join(''), ...(error ? { error } : {}) };
}
//# sourceMappingURL=ruby-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/index.js








//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/go-imports.js

/**
 * Tokens of a Go file read from its masked text (comments and literal contents
 * blanked by the shared lexer), values from the original. When the masked text
 * is a prefix of the file, a token it cuts short is not read: the tokens stop.
 */
function* goTokens(source, masked) {
    const prefix = masked.length < source.length;
    let pos = 0;
    while (pos < masked.length) {
        const c = masked[pos];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') {
            pos += 1;
            continue;
        }
        const start = pos;
        if (c === '"' || c === '`') {
            const close = masked.indexOf(c, pos + 1);
            if (close < 0)
                return;
            const raw = source.slice(pos + 1, close);
            yield { type: 'string', value: c === '"' ? raw.replace(/\\(.)/g, '$1') : raw, start, end: close + 1 };
            pos = close + 1;
            continue;
        }
        if (/[\p{L}_]/u.test(c)) {
            while (pos < masked.length && /[\p{L}\p{Nd}_]/u.test(masked[pos]))
                pos += 1;
            if (prefix && pos === masked.length)
                return;
            yield { type: 'name', value: source.slice(start, pos), start, end: pos };
            continue;
        }
        pos += 1;
        yield { type: 'op', value: c, start, end: pos };
    }
}
/**
 * The import paths of a Go file (`import "x"`, `import ( a "x"; _ "y" )`);
 * for cgo's `import "C"`, the C files its preamble includes; and
 * `//go:linkname` directives, which reach another package's symbols without
 * importing it.
 */
function parseGoImports(source) {
    // Imports must come right after the package clause, so a prefix of the file
    // holds them; a longer one is read only when the header runs past it.
    for (let length = 16_384;; length *= 4) {
        const head = source.length <= length ? source : source.slice(0, length);
        const header = readHeader(source, maskCLike(head, 'go').masked);
        if (header.complete || head.length === source.length)
            return [...header.records, ...linknames(source)].sort((a, b) => a.line - b.line);
    }
}
/**
 * `//go:linkname local importpath.name` at the start of a line, in a comment
 * (not inside a raw string): the package of the target symbol.
 */
function linknames(source) {
    if (!source.includes('//go:linkname'))
        return [];
    const masked = maskCLike(source, 'go').masked;
    const lines = new line_index_LineIndex(source);
    const out = [];
    const directive = /^\/\/go:linkname[ \t]+\S+[ \t]+(\S+)/gm;
    for (let match = directive.exec(source); match; match = directive.exec(source)) {
        // A comment is blanked by the masker; so is a raw string's text, which an odd count of backticks before it betrays.
        if (masked[match.index] !== ' ' || (masked.slice(0, match.index).split('`').length - 1) % 2 === 1)
            continue;
        const target = match[1];
        const slash = target.lastIndexOf('/');
        const dot = target.indexOf('.', slash + 1);
        if (dot <= 0)
            continue;
        out.push({ kind: 'go-linkname', specifier: target.slice(0, dot), call: '//go:linkname', line: lines.lineOf(match.index), typeOnly: false });
    }
    return out;
}
/** The C files a cgo preamble (the comment right before `import "C"`) includes: `#include "x.h"` and `#cgo … -I dir`. */
function cgoIncludes(source, from, to, lines) {
    const between = source.slice(from, to);
    const out = [];
    // The preamble's text: block comments' insides and line comments' rest, with their offsets.
    const comment = /\/\*([\s\S]*?)\*\/|\/\/([^\n]*)/g;
    for (let m = comment.exec(between); m; m = comment.exec(between)) {
        const body = m[1] ?? m[2] ?? '';
        const bodyStart = from + m.index + 2;
        const directive = /^[ \t]*#[ \t]*(include[ \t]*"([^"]+)"|cgo\b[^:\n]*:([^\n]*))/gm;
        for (let d = directive.exec(body); d; d = directive.exec(body)) {
            const line = lines.lineOf(bodyStart + d.index);
            if (d[2] !== undefined)
                out.push({ kind: 'cgo-include', specifier: d[2], call: '#include', line, typeOnly: false });
            for (const flag of (d[3] ?? '').split(/\s+/)) {
                const dir = /^-I(.+)$/.exec(flag)?.[1]?.replace(/^\$\{SRCDIR\}\/?/, '');
                if (dir !== undefined)
                    out.push({ kind: 'cgo-include', specifier: dir === '' ? '.' : dir, call: '#cgo -I', line, typeOnly: false });
            }
        }
    }
    return out;
}
function readHeader(source, masked) {
    const lines = new line_index_LineIndex(source);
    const records = [];
    const tokens = goTokens(source, masked);
    // The end of the token before the current one: where a cgo preamble before `import "C"` starts.
    let lastEnd = 0;
    let previousEnd = 0;
    const next = () => {
        const r = tokens.next();
        if (r.done)
            return undefined;
        previousEnd = lastEnd;
        lastEnd = r.value.end;
        return r.value;
    };
    let t = next();
    if (t?.value !== 'package')
        return { records, complete: t !== undefined };
    next();
    t = next();
    while (t?.type === 'op' && t.value === ';')
        t = next();
    while (t?.type === 'name' && t.value === 'import') {
        const importStart = t.start;
        const preambleFrom = previousEnd;
        t = next();
        const grouped = t?.type === 'op' && t.value === '(';
        if (grouped)
            t = next();
        while (t) {
            if (grouped && t.type === 'op' && t.value === ')') {
                t = next();
                break;
            }
            if (t.type === 'string') {
                if (t.value !== 'C')
                    records.push({ kind: 'go-import', specifier: t.value, line: lines.lineOf(grouped ? t.start : importStart), typeOnly: false });
                else if (!grouped)
                    records.push(...cgoIncludes(source, preambleFrom, importStart, lines));
                t = next();
                if (!grouped)
                    break;
                continue;
            }
            t = next();
        }
        while (t?.type === 'op' && t.value === ';')
            t = next();
    }
    // A token after the imports ends the header; running out of text first does not.
    return { records, complete: t !== undefined };
}
//# sourceMappingURL=go-imports.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/repo-tree.js

/**
 * The file paths of one repository state, listed once, so resolving an import
 * is a set look-up instead of a git call. Directories are derived from the paths.
 */
class repo_tree_RepoTree {
    fileSet;
    dirSet = new Set(['']);
    sorted;
    named = new Map();
    configs = new Map();
    constructor(paths) {
        this.sorted = [...paths];
        // `git ls-tree -r` lists in path order already: sort only what is not.
        if (!isSorted(this.sorted))
            this.sorted.sort();
        this.fileSet = new Set(this.sorted);
        for (const path of this.sorted) {
            let slash = path.lastIndexOf('/');
            while (slash > 0) {
                const dir = path.slice(0, slash);
                if (this.dirSet.has(dir))
                    break;
                this.dirSet.add(dir);
                slash = dir.lastIndexOf('/');
            }
        }
    }
    get size() {
        return this.sorted.length;
    }
    hasFile(path) {
        return this.fileSet.has(path);
    }
    hasDir(path) {
        return this.dirSet.has(path);
    }
    /** Files under a directory: all of them, or only those directly in it. */
    filesIn(dir, recursive) {
        const prefix = dir === '' ? '' : `${dir}/`;
        const out = [];
        for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i += 1) {
            const path = this.sorted[i];
            if (!path.startsWith(prefix))
                break;
            if (recursive || !path.includes('/', prefix.length))
                out.push(path);
        }
        return out;
    }
    /** Every file with this base name (e.g. every go.mod), in path order. */
    filesNamed(name) {
        let found = this.named.get(name);
        if (!found) {
            const suffix = `/${name}`;
            found = this.sorted.filter((path) => path === name || path.endsWith(suffix));
            this.named.set(name, found);
        }
        return found;
    }
    /**
     * The files import resolution reads: TypeScript/JavaScript project configs and
     * package manifests (outside node_modules); Go module files (outside vendor and testdata).
     */
    resolutionConfigs(languages) {
        const key = `${languages.typescript}/${languages.go}`;
        let found = this.configs.get(key);
        if (!found) {
            found = [];
            for (const path of this.sorted) {
                if (!path.endsWith('.json') && !path.endsWith('go.mod'))
                    continue;
                const name = path.slice(path.lastIndexOf('/') + 1);
                if (languages.typescript && (name === 'package.json' || /^[tj]sconfig.*\.json$/.test(name))) {
                    if (!isUnder(path, ['node_modules']))
                        found.push(path);
                }
                else if (languages.go && name === 'go.mod' && !isUnder(path, ['vendor', 'testdata'])) {
                    found.push(path);
                }
            }
            this.configs.set(key, found);
        }
        return found;
    }
    /** The file with this base name in `dir` or its nearest ancestor. */
    nearest(dir, name) {
        let current = dir;
        for (;;) {
            const candidate = current === '' ? name : `${current}/${name}`;
            if (this.fileSet.has(candidate))
                return candidate;
            if (current === '')
                return undefined;
            current = parentDir(current);
        }
    }
}
/** Whether a path lies inside a folder with one of these names. */
function isUnder(path, folders) {
    return path.split('/').slice(0, -1).some((part) => folders.includes(part));
}
function parentDir(path) {
    const dir = external_node_path_.posix.dirname(path);
    return dir === '.' ? '' : dir;
}
function isSorted(paths) {
    for (let i = 1; i < paths.length; i += 1)
        if (paths[i - 1] > paths[i])
            return false;
    return true;
}
function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=repo-tree.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/import-target.js
/** The key an edge is compared by between base and head. */
function targetKey(target) {
    return target.kind === 'module' ? `module:${target.name}` : `path:${target.path}`;
}
/** `a/./b/../c` → `a/c`; undefined when the path climbs out of the repository. */
function normalizeRepoPath(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
function joinRepoPath(dir, rel) {
    return normalizeRepoPath(dir === '' ? rel : `${dir}/${rel}`);
}
//# sourceMappingURL=import-target.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/folded-path.js



const plain = (value) => ({ value, base: 'none' });
/** Joins path parts the way `path.join`/`os.path.join` would; the first part's base is kept. */
function joinFolded(parts, python) {
    const [first, ...rest] = parts;
    if (first === undefined)
        return plain('.');
    if (rest.some((p) => p.base !== 'none')) {
        // A later part from the repository or the working directory is absolute: Python restarts there, Node does not.
        if (!python)
            return undefined;
        const lastRooted = parts.map((p) => p.base !== 'none').lastIndexOf(true);
        return joinFolded(parts.slice(lastRooted), python);
    }
    if (python) {
        // os.path.join restarts at an absolute part.
        const lastAbsolute = parts.map((p) => p.value.startsWith('/')).lastIndexOf(true);
        if (lastAbsolute > 0)
            return { value: external_node_path_.posix.join(...parts.slice(lastAbsolute).map((p) => p.value)), base: 'none' };
    }
    if (first.base === 'repo')
        return { value: rootedNormalize([first.value, ...rest.map((p) => p.value)].join('/')), base: 'repo' };
    const value = first.base === 'cwd' ? external_node_path_.posix.join(first.value || '.', ...rest.map((p) => p.value)) : external_node_path_.posix.join(first.value, ...rest.map((p) => p.value));
    return { value: first.base === 'cwd' && value === '.' ? '' : value, base: first.base };
}
/**
 * Normalizes a path from the repository root (`/…`) without stopping at the
 * root, as posix.normalize would: `/a/../../x` stays `/../x`, which is outside
 * the repository, not `/x`.
 */
function rootedNormalize(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..')
            parts.pop();
        else
            parts.push(part);
    }
    // A trailing `/` says the path is a folder (`new URL('./dir/', …)`, `createRequire('/dir/')`): kept.
    const folder = parts.length > 0 && path.endsWith('/') ? '/' : '';
    return `/${parts.join('/')}${folder}`;
}
/** `path.resolve`/`os.path.abspath`: an absolute path; relative to the working directory unless a part is absolute. */
function resolveFolded(parts) {
    const lastRooted = parts.map((p) => p.base !== 'none' || p.value.startsWith('/')).lastIndexOf(true);
    if (lastRooted < 0) {
        const value = external_node_path_.posix.normalize(external_node_path_.posix.join('.', ...parts.map((p) => p.value)));
        return { value: value === '.' ? '' : value.replace(/\/$/, ''), base: 'cwd' };
    }
    const joined = joinFolded(parts.slice(lastRooted), true);
    if (joined.base === 'repo')
        return joined;
    const value = external_node_path_.posix.normalize(joined.value || '.');
    return { value: value === '.' ? '' : value.length > 1 ? value.replace(/\/$/, '') : value, base: joined.base };
}
/** `path.dirname`/`os.path.dirname`. */
function dirnameFolded(f) {
    const value = external_node_path_.posix.dirname(f.base === 'repo' ? rootedNormalize(f.value) : f.value);
    return { value: f.base === 'cwd' && value === '.' ? '' : value, base: f.base };
}
/** A string concatenation: a path's base is kept; a path after a plain string is meaningless. */
function concatFolded(a, b) {
    if (b.base !== 'none')
        return a.value === '' && a.base === 'none' ? b : undefined;
    return { value: a.value + b.value, base: a.base };
}
/**
 * A folded value as a specifier of `fromPath`: a repository path becomes
 * relative to the file's folder (`./x`, `../x`); one that climbs out of the
 * repository stays absolute (somewhere outside it); a working-directory path
 * is anchored there.
 */
function foldedSpecifier(f, fromPath) {
    if (f.base === 'none')
        return { specifier: f.value };
    if (f.base === 'cwd')
        return { specifier: f.value === '' ? '.' : f.value, anchor: 'cwd' };
    const normalized = normalizeRepoPath(f.value);
    if (normalized === undefined)
        return { specifier: f.value };
    const relative = external_node_path_.posix.relative(`/${parentDir(fromPath)}`, `/${normalized}`);
    if (relative === '')
        return { specifier: '.' };
    return { specifier: relative === '..' || relative.startsWith('../') ? relative : `./${relative}` };
}
/** The repository path of a file as a folded value (`__filename`, `__file__`). */
function repoPathOf(path) {
    return { value: `/${path}`, base: 'repo' };
}
/**
 * A folded path as a path specifier of `fromPath`: a plain relative path is
 * relative to `plainBase` (the working directory for `sys.path`, `Worker`,
 * `fork`); URLs and absolute paths outside the repository stay as they are.
 */
function pathSpecifier(folded, fromPath, plainBase) {
    if (folded.base === 'none' && !folded.value.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(folded.value)) {
        if (plainBase === 'cwd')
            return { specifier: folded.value === '' ? '.' : folded.value, anchor: 'cwd' };
        const path = joinRepoPath(parentDir(fromPath), folded.value);
        return path === undefined ? { specifier: folded.value } : foldedSpecifier({ value: `/${path}`, base: 'repo' }, fromPath);
    }
    return foldedSpecifier(folded.base === 'repo' ? { ...folded, value: rootedNormalize(folded.value) } : folded, fromPath);
}
//# sourceMappingURL=folded-path.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-scope.js
/** Keywords whose `( … )` is a condition or a head, not a parameter list. */
const CONTROL = new Set(['if', 'while', 'for', 'switch', 'with', 'return', 'typeof', 'await', 'yield', 'void', 'delete', 'in', 'of', 'new', 'case']);
const DECLARING = new Set(['let', 'const', 'var', 'function', 'class', 'enum', 'namespace']);
/** Node's modules whose functions the folder and the load recognizers understand, by the name they are imported as. */
const NODE_MODULES = {
    path: 'path',
    'path/posix': 'path',
    url: 'url',
    module: 'module',
    worker_threads: 'worker_threads',
    child_process: 'child_process',
    vm: 'vm',
    process: 'process',
};
/**
 * Which declaration each use of a name refers to, by lexical scope: `var` and
 * parameters are visible in their function, `let`/`const`/`class` in their
 * block, imports in the whole file. A name is trusted (folded, or taken for a
 * Node module) only through the one declaration its use sees; a use that two
 * declarations of the same scope could mean is not trusted, so it is computed
 * and fails closed.
 */
class JsScope {
    tokens;
    byName = new Map();
    /** Token indices that are declarations (never a use). */
    declarationTokens = new Set();
    /** For each token, the innermost `{` whose block holds it, or -1. */
    enclosing;
    fileScope;
    constructor(tokens) {
        this.tokens = tokens;
        this.fileScope = { from: 0, to: tokens.count };
        this.enclosing = new Int32Array(tokens.count).fill(-1);
        const stack = [];
        for (let t = 0; t < tokens.count; t += 1) {
            while (stack.length > 0 && tokens.match(stack[stack.length - 1]) < t)
                stack.pop();
            this.enclosing[t] = stack.length > 0 ? stack[stack.length - 1] : -1;
            if (tokens.isPunct(t, '{') && tokens.match(t) > t)
                stack.push(t);
        }
        this.collectDeclarations();
        this.collectOrigins();
    }
    /** The declaration the use of `name` at token `at` refers to; `global` for none; undefined when two could. */
    declarationAt(name, at) {
        const visible = (this.byName.get(name) ?? []).filter((d) => d.scope.from <= at && at < d.scope.to);
        if (visible.length === 0)
            return 'global';
        const size = (d) => d.scope.to - d.scope.from;
        const innermost = Math.min(...visible.map(size));
        const inner = visible.filter((d) => size(d) === innermost);
        return inner.length === 1 ? inner[0] : undefined;
    }
    /** Whether `name` at `at` is the global of that name (nothing in the file declares it there). */
    isGlobal(name, at) {
        return this.declarationAt(name, at) === 'global';
    }
    /** The initializer of the `const` the use of `name` at `at` refers to. */
    constInit(name, at) {
        const d = this.declarationAt(name, at);
        return typeof d === 'object' && d.kind === 'const' ? d.init : undefined;
    }
    /**
     * A dotted name used at `at`, with its first part replaced by the Node
     * module binding it refers to (`p.join` → `path.join` after `import p from
     * 'node:path'`); a global (`require`, `module`, `process`) stays itself;
     * any other declaration makes it undefined.
     */
    qualified(names, at) {
        const [head, ...rest] = names;
        if (head === undefined)
            return undefined;
        const d = this.declarationAt(head, at);
        const base = d === 'global' ? head : d?.origin;
        if (base === undefined)
            return undefined;
        // `path.posix.join` is `path.join` on POSIX paths, which repository paths are.
        const parts = [base, ...rest].join('.').split('.');
        return parts.filter((p, k) => !(p === 'posix' && parts[k - 1] === 'path')).join('.');
    }
    /** The names some declaration binds to a Node module or one of its members. */
    boundNames() {
        return [...this.byName].filter(([, list]) => list.some((d) => d.origin !== undefined)).map(([name]) => name);
    }
    /** The declaration made by the name token `t`, if it is one. */
    declarationOf(t) {
        return (this.byName.get(this.tokens.textOf(t)) ?? []).find((d) => d.token === t);
    }
    declare(t, kind, scope, init) {
        const name = this.tokens.textOf(t);
        const d = { name, token: t, kind, scope, ...(init !== undefined ? { init } : {}) };
        const list = this.byName.get(name);
        if (list)
            list.push(d);
        else
            this.byName.set(name, [d]);
        this.declarationTokens.add(t);
        return d;
    }
    /** The block `{…}` around `t` (or the file). */
    blockOf(t) {
        const open = this.enclosing[t];
        return open < 0 ? this.fileScope : { from: open, to: this.tokens.match(open) + 1 };
    }
    /** The function body around `t` (or the file): `var` is visible in all of it. */
    functionOf(t) {
        for (let open = this.enclosing[t]; open >= 0; open = this.enclosing[open]) {
            const before = open - 1;
            if (this.tokens.isPunct(before, '=>') || (this.tokens.isPunct(before, ')') && this.isParameterList(this.tokens.match(before)))) {
                return { from: open, to: this.tokens.match(open) + 1 };
            }
        }
        return this.fileScope;
    }
    collectDeclarations() {
        const k = this.tokens;
        for (let t = 0; t < k.count; t += 1) {
            if (k.isPunct(t, '(')) {
                if (this.isParameterList(t))
                    this.declareParameters(t);
                continue;
            }
            if (!k.isName(t) || k.isMember(t))
                continue;
            const word = k.textOf(t);
            if (DECLARING.has(word) && (k.isName(t + 1) || k.isPunct(t + 1, '{', '[', '*'))) {
                let at = t + 1;
                if (k.isPunct(at, '*'))
                    at += 1;
                const kind = word === 'var' ? 'var' : word === 'const' ? 'const' : word === 'let' ? 'let' : word === 'class' ? 'class' : 'function';
                const scope = kind === 'var' ? this.functionOf(t) : this.blockOf(t);
                if (k.isName(at)) {
                    const init = kind === 'const' && k.isPunct(at + 1, '=', ':') ? this.initializer(at + 1) : undefined;
                    this.declare(at, kind, scope, init);
                    if (kind === 'let' || kind === 'const' || kind === 'var')
                        this.declareLaterDeclarators(at + 1, kind, scope);
                }
                else if (k.isPunct(at, '{', '[') && (kind === 'let' || kind === 'const' || kind === 'var')) {
                    this.declareNamesIn({ from: at + 1, to: k.match(at) }, true, kind, scope);
                }
            }
            else if (word === 'import' && !k.isPunct(t + 1, '(', '.')) {
                this.declareImportBindings(t);
            }
            else if (k.isPunct(t + 1, '=>') && !k.isPunct(t - 1, ')')) {
                // `x => …`: a single parameter, visible in the arrow's body.
                const body = t + 2;
                this.declare(t, 'param', { from: t, to: k.isPunct(body, '{') ? k.match(body) + 1 : k.expressionEnd(body) });
            }
            else if (word === 'catch' && k.isPunct(t + 1, '(')) {
                const close = k.match(t + 1);
                const block = close + 1;
                this.declareNamesIn({ from: t + 2, to: close }, false, 'param', { from: t, to: k.isPunct(block, '{') ? k.match(block) + 1 : close + 1 });
            }
        }
    }
    /** A parameter list: its names are visible in it and in the function's body. */
    declareParameters(open) {
        const k = this.tokens;
        const close = k.match(open);
        let body = close + 1;
        if (k.isPunct(body, ':')) {
            // A return type: the body is the next `{` or `=>` at this level.
            while (body < k.count && !k.isPunct(body, '{', '=>', ';'))
                body = k.after(body);
        }
        if (k.isPunct(body, '=>'))
            body += 1;
        const end = k.isPunct(body, '{') ? k.match(body) + 1 : k.expressionEnd(body);
        this.declareNamesIn({ from: open + 1, to: close }, false, 'param', { from: open, to: Math.max(end, close + 1) });
    }
    /** After `const NAME` at `at` (`=` or `: Type =`): the initializer's first token. */
    initializer(at) {
        const k = this.tokens;
        let t = at;
        if (k.isPunct(t, ':')) {
            // A type annotation: up to the `=` at the same depth.
            while (t < k.count && !k.isPunct(t, '=', ';'))
                t = k.after(t);
        }
        return k.isPunct(t, '=') ? t + 1 : undefined;
    }
    /** `, b = …` declarators after the first one, up to the end of the statement. */
    declareLaterDeclarators(from, kind, scope) {
        const k = this.tokens;
        let t = from;
        while (t < k.count && !k.isPunct(t, ';', '}', ')')) {
            if (k.isPunct(t, ',') && k.isName(t + 1))
                this.declare(t + 1, kind, scope, kind === 'const' && k.isPunct(t + 2, '=') ? t + 3 : undefined);
            else if (k.isPunct(t, ',') && k.isPunct(t + 1, '{', '['))
                this.declareNamesIn({ from: t + 2, to: k.match(t + 1) }, true, kind, scope);
            // A line break before a name that cannot continue the initializer ends the statement.
            if (k.isName(t + 1) && k.lineBreakBetween(t, t + 1) && !k.isPunct(t, ',', '=', '+', '(', '[', '.', '?', ':'))
                return;
            t = k.after(t);
        }
    }
    /** Names in a pattern or parameter list; in a destructuring pattern `key:` is not a binding. */
    declareNamesIn(range, pattern, kind, scope) {
        const k = this.tokens;
        for (let t = range.from; t < range.to && t < k.count; t += 1) {
            if (!k.isName(t) || k.isMember(t))
                continue;
            if (pattern && k.isPunct(t + 1, ':'))
                continue;
            this.declare(t, kind, scope);
        }
    }
    /** `import a, { b as c } from`, `import * as ns from`, `import x = require(…)`: the local names, visible in the whole file. */
    declareImportBindings(at) {
        const k = this.tokens;
        for (let t = at + 1; t < k.count && t < at + 10_000; t += 1) {
            if (k.isName(t, 'from') || k.isPunct(t, ';', '=') || k.isString(t)) {
                if (k.isPunct(t, '=') && k.isName(t - 1))
                    this.declare(t - 1, 'import', this.fileScope);
                return;
            }
            if (!k.isName(t) || k.isName(t + 1, 'as'))
                continue;
            if (k.isName(t, 'type') && k.isName(t + 1))
                continue;
            if (k.isName(t, 'as'))
                continue;
            this.declare(t, 'import', this.fileScope);
        }
    }
    /** Whether the `(` at `open` starts a parameter list: followed by `=>`, a body, or a return type; not a condition. */
    isParameterList(open) {
        const k = this.tokens;
        const close = k.match(open);
        if (close < open)
            return false;
        if (k.isPunct(close + 1, '=>'))
            return true;
        if (!k.isPunct(close + 1, '{', ':'))
            return false;
        const before = open - 1;
        if (k.isName(before) && CONTROL.has(k.textOf(before)) && !k.isMember(before))
            return false;
        if (k.isName(before, 'catch'))
            return false;
        return k.isName(before) || k.isPunct(before, '*', '>');
    }
    /**
     * The names bound to Node's modules: `import p from 'node:path'`,
     * `import { join as j } from 'path'`, `const cp = require('child_process')`,
     * `const { fork } = require('node:child_process')`, `const join = require('path').join`,
     * and `var join = path.join` of such a binding.
     */
    collectOrigins() {
        const k = this.tokens;
        for (let t = 0; t < k.count; t += 1) {
            if (!k.isName(t) || k.isMember(t))
                continue;
            const word = k.textOf(t);
            if (word === 'import' && !k.isPunct(t + 1, '(', '.'))
                this.importOrigins(t);
            else if ((word === 'const' || word === 'let' || word === 'var') && ((k.isName(t + 1) && k.isPunct(t + 2, '=')) || (k.isPunct(t + 1, '{') && k.isPunct(k.match(t + 1) + 1, '=')))) {
                this.requireOrigins(t + 1);
            }
        }
    }
    importOrigins(at) {
        const k = this.tokens;
        let end = at + 1;
        while (end < k.count && end < at + 10_000 && !(k.isName(end, 'from') && k.isString(end + 1)) && !k.isPunct(end, ';'))
            end = k.after(end);
        const module = nodeModule(k.literal(end + 1));
        if (module === undefined || !k.isName(end, 'from'))
            return;
        const bind = (local, origin) => {
            const d = (this.byName.get(local) ?? []).find((x) => x.kind === 'import' && x.token > at && x.token < end);
            if (d)
                d.origin = origin;
        };
        for (let t = at + 1; t < end; t += 1) {
            if (k.isPunct(t, '{')) {
                for (const { imported, local } of namedBindings(k, t))
                    bind(local, `${module}.${imported}`);
                t = k.match(t);
            }
            else if (k.isPunct(t, '*') && k.isName(t + 1, 'as') && k.isName(t + 2)) {
                bind(k.textOf(t + 2), module);
                t += 2;
            }
            else if (k.isName(t) && !k.isName(t, 'type')) {
                bind(k.textOf(t), module);
            }
        }
    }
    /** `NAME = require('m')(.member)*`, `{ a, b: c } = require('m')`, or `NAME = binding(.member)*` at `at`. */
    requireOrigins(at) {
        const k = this.tokens;
        const target = k.isPunct(at, '{') ? k.match(at) + 2 : at + 2;
        let module;
        let after = target;
        if (k.isName(target, 'require') && k.isPunct(target + 1, '(') && k.match(target + 1) === target + 3) {
            module = nodeModule(k.literal(target + 2));
            after = target + 4;
        }
        else if (k.isName(target) && k.isName(at)) {
            // `var join = path.join`: a member of a module binding, under another name.
            const chain = k.chain(target);
            module = chain.names.length > 1 && k.expressionEnd(target) === chain.last + 1 ? this.qualified(chain.names, target) : undefined;
            if (module !== undefined) {
                const d = this.declarationOf(at);
                if (d)
                    d.origin = module;
            }
            return;
        }
        if (module === undefined)
            return;
        let member = '';
        for (let t = after; k.isPunct(t, '.') && k.isName(t + 1); t += 2)
            member += `.${k.textOf(t + 1)}`;
        if (k.isName(at)) {
            const d = this.declarationOf(at);
            if (d)
                d.origin = module + member;
            return;
        }
        for (let s = at + 1; s < k.match(at); s += 1) {
            if (!k.isName(s))
                continue;
            const imported = k.textOf(s);
            const localToken = k.isPunct(s + 1, ':') && k.isName(s + 2) ? s + 2 : s;
            const d = this.declarationOf(localToken);
            if (d)
                d.origin = `${module}${member}.${imported}`;
            if (localToken !== s)
                s += 2;
        }
    }
}
/** `{ a, b as c, type d, 'e-f' as g }` at `open`: each imported name and its local name. */
function namedBindings(k, open) {
    const out = [];
    let segment = [];
    const finish = () => {
        let parts = segment;
        segment = [];
        if (parts.length >= 2 && k.isName(parts[0], 'type') && !(parts.length === 3 && k.isName(parts[1], 'as')))
            parts = parts.slice(1);
        if (parts.length === 0)
            return;
        const imported = k.literal(parts[0]) ?? k.textOf(parts[0]);
        const local = parts.length >= 3 && k.isName(parts[1], 'as') ? k.textOf(parts[2]) : imported;
        out.push({ imported, local });
    };
    const close = k.match(open);
    for (let t = open + 1; t < close; t += 1) {
        if (k.isPunct(t, ','))
            finish();
        else
            segment.push(t);
    }
    finish();
    return out;
}
/** The Node module a specifier names, when it is one the recognizers understand. */
function nodeModule(specifier) {
    if (specifier === undefined)
        return undefined;
    return NODE_MODULES[specifier.replace(/^node:/, '')];
}
//# sourceMappingURL=js-scope.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-fold.js




/** Constants are followed through at most this many `const` bindings: deeper is computed. */
const MAX_DEPTH = 16;
/** Functions of Node's modules that compute a path from constants. */
const PATH_FUNCTIONS = new Set(['path.join', 'path.resolve', 'path.normalize', 'path.dirname', 'url.fileURLToPath', 'url.pathToFileURL', 'String', 'require.resolve', 'import.meta.resolve', 'decodeURI', 'decodeURIComponent']);
/**
 * Folds the expressions a module is loaded with into constants, as the
 * runtime would compute them: string and template literals (with constant
 * substitutions), `+`, numbers, `const` bindings of the same file,
 * `[…].join()`, `.concat()`, `path.join`/`resolve`/`normalize`/`dirname` of
 * constants, `__dirname`, `__filename`, `import.meta.url`/`dirname`/`filename`,
 * `new URL(x, import.meta.url)`, `fileURLToPath`, `process.cwd()`. Anything
 * else (a parameter, a call, a `let`, a shadowed name) is not a constant.
 */
class JsFolder {
    tokens;
    scope;
    path;
    depth = 0;
    constructor(tokens, scope, path) {
        this.tokens = tokens;
        this.scope = scope;
        this.path = path;
    }
    /** The tokens [from, to) as one constant, or undefined. */
    fold(range) {
        const parsed = this.expression(range.from);
        if (!parsed || parsed.next !== range.to || !('value' in parsed.value))
            return undefined;
        return parsed.value;
    }
    /** `a + b + …` starting at `at`. */
    expression(at) {
        let left = this.postfix(at);
        while (left && this.tokens.isPunct(left.next, '+') && !this.tokens.isPunct(left.next + 1, '+', '=')) {
            const right = this.postfix(left.next + 1);
            if (!right || !('value' in left.value) || !('value' in right.value))
                return undefined;
            const value = concatFolded(left.value, right.value);
            if (!value)
                return undefined;
            left = { value, next: right.next };
        }
        return left;
    }
    /** A primary with its `.member`, `.concat()`, `.join()`, `.toString()` suffixes. */
    postfix(at) {
        let current = this.primary(at);
        const k = this.tokens;
        while (current && k.isPunct(current.next, '.') && k.isName(current.next + 1)) {
            const member = k.textOf(current.next + 1);
            const open = current.next + 2;
            const value = current.value;
            if ((member === 'href' || member === 'pathname') && 'value' in value) {
                current = { value, next: open };
            }
            else if (k.isPunct(open, '(') && (member === 'toString' || member === 'concat' || member === 'join')) {
                const args = this.foldArgs(open);
                if (!args)
                    return undefined;
                const next = k.match(open) + 1;
                if (member === 'toString' && 'value' in value && args.length === 0)
                    current = { value, next };
                else if (member === 'concat' && 'value' in value) {
                    let acc = value;
                    for (const arg of args)
                        acc = acc && concatFolded(acc, arg);
                    if (!acc)
                        return undefined;
                    current = { value: acc, next };
                }
                else if (member === 'join' && 'items' in value && args.length <= 1 && (args[0] === undefined || args[0].base === 'none')) {
                    const joined = joinItems(value.items, args[0]?.value ?? ',');
                    if (!joined)
                        return undefined;
                    current = { value: joined, next };
                }
                else
                    return undefined;
            }
            else
                return undefined;
        }
        return current;
    }
    primary(at) {
        const k = this.tokens;
        if (at >= k.count)
            return undefined;
        const literal = k.literal(at);
        if (literal !== undefined)
            return { value: plain(literal), next: at + 1 };
        if (k.isTemplate(at))
            return this.template(at);
        if (k.isNumber(at)) {
            const n = Number(k.textOf(at).replaceAll('_', ''));
            return Number.isFinite(n) ? { value: plain(String(n)), next: at + 1 } : undefined;
        }
        if (k.isPunct(at, '(')) {
            const inner = this.expression(at + 1);
            return inner && inner.next === k.match(at) ? { value: inner.value, next: inner.next + 1 } : undefined;
        }
        if (k.isPunct(at, '[')) {
            const items = [];
            for (const range of rangesIn(k, at)) {
                const item = this.fold(range);
                if (!item)
                    return undefined;
                items.push(item);
            }
            return { value: { items }, next: k.match(at) + 1 };
        }
        if (k.isName(at, 'new') && k.isName(at + 1, 'URL') && k.isPunct(at + 2, '(') && this.scope.isGlobal('URL', at + 1))
            return this.url(at + 2);
        if (k.isName(at, 'import') && k.isPunct(at + 1, '.') && k.isName(at + 2, 'meta') && k.isPunct(at + 3, '.') && k.isName(at + 4)) {
            const property = k.textOf(at + 4);
            if (property === 'resolve' && k.isPunct(at + 5, '('))
                return this.call('import.meta.resolve', at + 5);
            const value = property === 'url' || property === 'filename' ? repoPathOf(this.path) : property === 'dirname' ? dirnameFolded(repoPathOf(this.path)) : undefined;
            return value ? { value, next: at + 5 } : undefined;
        }
        if (k.isName(at))
            return this.name(at);
        return undefined;
    }
    name(at) {
        const k = this.tokens;
        const word = k.textOf(at);
        if (word === '__dirname' && this.scope.isGlobal(word, at))
            return { value: { value: `/${parentDir(this.path)}`, base: 'repo' }, next: at + 1 };
        if (word === '__filename' && this.scope.isGlobal(word, at))
            return { value: repoPathOf(this.path), next: at + 1 };
        const chain = k.chain(at);
        // `require('path').join(…)`: a member of a Node module required in place.
        const required = word === 'require' && k.isPunct(at + 1, '(') && k.match(at + 1) === at + 3 && this.scope.isGlobal(word, at) ? nodeModule(k.literal(at + 2)) : undefined;
        if (required !== undefined && k.isPunct(at + 4, '.') && k.isName(at + 5) && k.isPunct(at + 6, '(')) {
            const member = `${required}.${k.textOf(at + 5)}`;
            return PATH_FUNCTIONS.has(member) ? this.call(member, at + 6) : undefined;
        }
        const qualified = this.scope.qualified(chain.names, at);
        if (k.isPunct(chain.last + 1, '(') && qualified !== undefined) {
            if (qualified === 'process.cwd' && k.match(chain.last + 1) === chain.last + 2)
                return { value: { value: '', base: 'cwd' }, next: chain.last + 3 };
            if (PATH_FUNCTIONS.has(qualified))
                return this.call(qualified, chain.last + 1);
            return undefined;
        }
        if (qualified === 'path.sep' || qualified === 'path.posix.sep')
            return { value: plain('/'), next: chain.last + 1 };
        const init = this.scope.constInit(word, at);
        if (init === undefined || this.depth >= MAX_DEPTH)
            return undefined;
        this.depth += 1;
        try {
            const bound = this.expression(init);
            // The initializer must end there: `const a = 'x' + f()` is not a constant.
            if (!bound || !this.endsInitializer(bound.next))
                return undefined;
            return { value: bound.value, next: at + 1 };
        }
        finally {
            this.depth -= 1;
        }
    }
    endsInitializer(t) {
        const k = this.tokens;
        return t >= k.count || k.isPunct(t, ';', ',', '}', ')') || (k.lineBreakBetween(t - 1, t) && !k.isPunct(t, '+', '.', '?', '[', '(', '`'));
    }
    call(name, open) {
        const args = this.foldArgs(open);
        if (!args)
            return undefined;
        const next = this.tokens.match(open) + 1;
        let value;
        switch (name) {
            case 'path.join':
                value = joinFolded(args, false);
                break;
            case 'path.resolve':
                value = resolveFolded(args);
                break;
            case 'path.normalize':
                value = args.length === 1 ? (args[0].base === 'repo' ? { value: rootedNormalize(args[0].value), base: 'repo' } : joinFolded(args, false)) : undefined;
                break;
            case 'path.dirname':
                value = args.length === 1 ? dirnameFolded(args[0]) : undefined;
                break;
            default:
                // fileURLToPath, String, require.resolve, …: the same place, as a path, a URL or a specifier.
                value = args.length >= 1 ? args[0] : undefined;
        }
        return value ? { value, next } : undefined;
    }
    /** `new URL(x, import.meta.url)`: x resolved against the file, as a URL is; `new URL('file:…')` is outside. */
    url(open) {
        const args = this.foldArgs(open);
        if (!args || args.length === 0 || args.length > 2)
            return undefined;
        const [relative, base] = args;
        const next = this.tokens.match(open) + 1;
        if (base === undefined)
            return relative.base === 'none' ? { value: relative, next } : undefined;
        if (base.base !== 'repo' || relative.base !== 'none')
            return undefined;
        if (/^[a-z][a-z0-9+.-]*:/i.test(relative.value))
            return { value: relative, next };
        const from = relative.value.startsWith('/') ? '/' : dirnameFolded(base).value;
        return { value: { value: rootedNormalize(`${from}/${relative.value}`), base: 'repo' }, next };
    }
    template(at) {
        const k = this.tokens;
        const parts = templateParts(k.text, k.tokens, at);
        if (!parts)
            return undefined;
        let acc = plain(parts.quasis[0] ?? '');
        for (const [i, range] of parts.substitutions.entries()) {
            const value = this.fold({ from: range.first, to: range.end });
            if (!value || !acc)
                return undefined;
            acc = concatFolded(acc, value);
            acc = acc && concatFolded(acc, plain(parts.quasis[i + 1] ?? ''));
        }
        return acc ? { value: acc, next: k.after(at) } : undefined;
    }
    foldArgs(open) {
        const ranges = this.tokens.args(open);
        if (!ranges)
            return undefined;
        const out = [];
        for (const range of ranges) {
            const value = this.fold(range);
            if (!value)
                return undefined;
            out.push(value);
        }
        return out;
    }
}
/** `[a, b].join(separator)`. */
function joinItems(items, separator) {
    let acc = plain('');
    for (const [i, item] of items.entries()) {
        if (i > 0)
            acc = acc && concatFolded(acc, plain(separator));
        acc = acc && concatFolded(acc, item);
    }
    return acc;
}
/** The comma-separated ranges of an array literal's elements. */
function rangesIn(k, open) {
    const close = k.match(open);
    const out = [];
    let from = open + 1;
    for (let t = from; t < close; t = k.after(t)) {
        if (k.isPunct(t, ',')) {
            out.push({ from, to: t });
            from = t + 1;
        }
    }
    if (close > from)
        out.push({ from, to: close });
    return out;
}
//# sourceMappingURL=js-fold.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-loads.js


const CODE_RUNNERS = {
    eval: 'first',
    Function: 'last',
    'vm.runInThisContext': 'first',
    'vm.runInNewContext': 'first',
    'vm.runInContext': 'first',
    'vm.compileFunction': 'first',
    'vm.Script': 'first',
    'vm.SourceTextModule': 'first',
};
/** Names of the global object: `globalThis.eval` is `eval`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/** Members of `require`, `module` and `process` that load or lead to a loader: reached by a computed member, they fail closed. */
const LOADER_MEMBERS = new Set(['require', 'resolve', 'main', 'mainModule', 'paths', 'globalPaths', '_load', 'createRequire', 'constructor', 'dlopen', 'call', 'apply', 'bind', 'Module']);
const SEARCH_PATH_OWNERS = /^(?:module|require\.main|module\.constructor|module\.Module|process\.mainModule)\.(?:paths|globalPaths)\.(push|unshift|splice)$/;
/**
 * Every way other than an import statement that Node (and the bundlers'
 * documented forms) load a module: `require` and its aliases and
 * `createRequire` functions, `require.resolve`, `import.meta.resolve`,
 * `module.require`, `Module._load`, `require.main.require`, worker threads,
 * forked children, native addons, `require.context` and `import.meta.glob`,
 * code strings run by `eval`/`Function`/`vm`, and search-path entries
 * (`module.paths`, `NODE_PATH`). A module the folder cannot compute is
 * recorded with its expression: computed, never skipped.
 */
class JsLoads {
    tokens;
    scope;
    folder;
    path;
    parseCode;
    /** Require functions by the token that declares them. */
    requireFunctions = new Map();
    /** Tokens already read as part of a recognized load. */
    consumed = new Set();
    /** The names a load can start with: globals that load or hold loaders, and the file's bindings of them. Any other name is skipped at once. */
    heads;
    constructor(tokens, scope, folder, path, parseCode) {
        this.tokens = tokens;
        this.scope = scope;
        this.folder = folder;
        this.path = path;
        this.parseCode = parseCode;
        this.collectRequireFunctions();
        this.heads = new Set(['require', 'module', 'process', 'eval', 'Function', 'Worker', 'SharedWorker', ...GLOBAL_OBJECTS, ...scope.boundNames()]);
        for (const t of this.requireFunctions.keys())
            this.heads.add(tokens.textOf(t));
    }
    /** The loads that start at name token `t`, or undefined. */
    at(t, viaGlobalObject = false) {
        const k = this.tokens;
        if (this.consumed.has(t) || (k.isMember(t) && !viaGlobalObject))
            return undefined;
        if (k.isName(t, 'new') && k.isName(t + 1))
            return this.heads.has(k.textOf(t + 1)) ? this.construct(t) : undefined;
        if (!this.heads.has(k.textOf(t)))
            return undefined;
        // `globalThis.process.mainModule.require(…)`: the global object's members are the globals.
        if (GLOBAL_OBJECTS.has(k.textOf(t)) && this.scope.isGlobal(k.textOf(t), t) && k.isPunct(t + 1, '.') && k.isName(t + 2))
            return this.at(t + 2, true);
        const chain = k.chain(t);
        const open = chain.last + 1;
        const name = this.calleeName(chain.names, t);
        if (!k.isPunct(open, '('))
            return this.nonCall(t, chain, name);
        const requireBase = chain.names.length === 1 ? this.requireFunctionAt(chain.names[0], t) : undefined;
        const resolveBase = chain.names.length === 2 && chain.names[1] === 'resolve' ? this.requireFunctionAt(chain.names[0], t) : undefined;
        if ((name === undefined && requireBase === undefined && resolveBase === undefined) || !isCall(k, t, open) || k.isName(t - 1, 'function'))
            return undefined;
        const args = k.args(open) ?? [];
        this.consume(t, chain.last);
        if (requireBase !== undefined)
            return [this.requireCall('require', chain.names[0], t, args[0], requireBase)];
        if (resolveBase !== undefined)
            return [this.requireCall('require-resolve', `${chain.names[0]}.resolve`, t, args[0], resolveBase)];
        if (name === undefined)
            return undefined;
        if (name === 'require') {
            const loaded = this.requireCall('require', name, t, args[0], 'file');
            // `require('module')._load(…)`, `require('child_process').fork(…)`: a member of a Node module required in place.
            const close = k.match(open);
            const module = close === open + 2 ? nodeModule(k.literal(open + 1)) : undefined;
            if (module === undefined || !k.isPunct(close + 1, '.') || !k.isName(close + 2) || !k.isPunct(close + 3, '('))
                return [loaded];
            this.consume(close + 2, close + 2);
            return [loaded, ...(this.call(t, `${module}.${k.textOf(close + 2)}`, close + 3, k.args(close + 3) ?? []) ?? [])];
        }
        return this.call(t, name, open, args);
    }
    /** A call of the qualified function `name` at `t`, its `(` at `open`. */
    call(t, name, open, args) {
        const k = this.tokens;
        if (name === 'module.require' || name === 'module._load' || name === 'module.Module._load')
            return [this.requireCall('require', name, t, args[0], 'file')];
        if (name === 'require.main.require' || name === 'process.mainModule.require')
            return [this.requireCall('require', name, t, args[0], { value: '', base: 'cwd' })];
        if (name === 'require.resolve')
            return [this.requireCall('require-resolve', name, t, args[0], 'file')];
        if (name === 'require.call' || name === 'require.apply')
            return [this.requireCall('require', name, t, name === 'require.call' ? args[1] : firstElement(k, args[1]), 'file')];
        if (name === 'module.createRequire') {
            const close = k.match(open);
            if (k.isPunct(close + 1, '(')) {
                const inner = k.args(close + 1) ?? [];
                return [this.requireCall('require', 'createRequire', t, inner[0], this.requireBase(args[0]))];
            }
            if (k.isPunct(close + 1, '.') && k.isName(close + 2, 'resolve') && k.isPunct(close + 3, '(')) {
                const inner = k.args(close + 3) ?? [];
                return [this.requireCall('require-resolve', 'createRequire(…).resolve', t, inner[0], this.requireBase(args[0]))];
            }
            // Bound to a name, its calls are read as requires; handed on any other way, it can load anything unseen.
            if (k.isPunct(t - 1, '=') && k.isName(t - 2) && this.requireFunctions.has(t - 2))
                return undefined;
            return [{ kind: 'require', expression: k.source({ from: t, to: k.match(open) + 1 }), call: 'createRequire (passed on as a value)', typeOnly: false, at: t }];
        }
        if (name === 'require.context')
            return [this.pathLoad('module-glob', name, t, args[0], 'file')];
        if (name === 'process.dlopen')
            return [this.pathLoad('native-addon', name, t, args[1], 'cwd')];
        if (name === 'child_process.fork')
            return [this.pathLoad('fork', name, t, args[0], 'cwd')];
        const runner = CODE_RUNNERS[name];
        if (runner !== undefined)
            return this.code(name, t, runner === 'first' ? args[0] : args[args.length - 1]);
        const entry = SEARCH_PATH_OWNERS.exec(name);
        if (entry) {
            const values = entry[1] === 'splice' ? args.slice(2) : args;
            return values.map((arg) => ({ ...this.pathLoad('module-path-entry', name, t, arg, 'cwd'), position: entry[1] === 'push' ? 'back' : 'front' }));
        }
        return undefined;
    }
    /** `import(…)`, `import.meta.resolve(…)`, `import.meta.glob(…)` at the `import` token. */
    importCall(t) {
        const k = this.tokens;
        if (k.isPunct(t + 1, '(')) {
            const args = k.args(t + 1);
            if (!args || args.length === 0 || !isCall(k, t, t + 1))
                return undefined;
            // `typeof import('x')` and `import('x').Type` are types; `import('x').then(…)` is a load.
            const close = k.match(t + 1);
            const typeOnly = k.isName(t - 1, 'typeof') || (k.isPunct(close + 1, '.') && k.isName(close + 2) && !PROMISE_MEMBERS.has(k.textOf(close + 2)));
            return [{ ...this.requireCall('dynamic-import', 'import', t, args[0], 'file'), typeOnly }];
        }
        if (!(k.isPunct(t + 1, '.') && k.isName(t + 2, 'meta') && k.isPunct(t + 3, '.') && k.isName(t + 4) && k.isPunct(t + 5, '(')))
            return undefined;
        const member = k.textOf(t + 4);
        const args = k.args(t + 5) ?? [];
        if (member === 'resolve')
            return [this.requireCall('require-resolve', 'import.meta.resolve', t, args[0], 'file')];
        if (member !== 'glob')
            return undefined;
        // `import.meta.glob('./dir/*.ts')` or an array of patterns: each pattern's folder, up to its first wildcard.
        const first = args[0];
        const patterns = first && k.isPunct(first.from, '[') ? js_loads_elements(k, first.from) : first ? [first] : [];
        return patterns.flatMap((range) => {
            const folded = this.folder.fold(range);
            if (folded?.base === 'none' && folded.value.startsWith('!'))
                return [];
            if (folded?.base === 'none') {
                const dir = folded.value.slice(0, Math.max(0, folded.value.search(/[*?[{]/))).replace(/[^/]*$/, '') || './';
                // A pattern from `/` starts at the project's root.
                return [{ kind: 'module-glob', specifier: dir.startsWith('/') ? `.${dir}` : dir, ...(dir.startsWith('/') ? { anchor: 'cwd' } : {}), call: 'import.meta.glob', typeOnly: false, at: t }];
            }
            return [{ kind: 'module-glob', expression: k.source(range), call: 'import.meta.glob', typeOnly: false, at: t }];
        });
    }
    /** The require function a name used at `t` refers to, if it is one. */
    requireFunctionAt(name, t) {
        const d = this.scope.declarationAt(name, t);
        return typeof d === 'object' ? this.requireFunctions.get(d.token) : undefined;
    }
    calleeName(names, at) {
        const qualified = this.scope.qualified(names, at);
        if (qualified !== undefined)
            return qualified;
        // `require` stays a require function when the file declares it (`const require = createRequire(…)`, an AMD parameter).
        return names[0] === 'require' ? names.join('.') : undefined;
    }
    /** `new Worker(…)`, `new Function(…)`, `new vm.Script(…)`. */
    construct(t) {
        const k = this.tokens;
        const chain = k.chain(t + 1);
        const open = chain.last + 1;
        const name = this.scope.qualified(chain.names, t + 1);
        if (name === undefined || !k.isPunct(open, '('))
            return undefined;
        const args = k.args(open) ?? [];
        if (name === 'Worker' || name === 'SharedWorker' || name === 'worker_threads.Worker') {
            this.consume(t, chain.last);
            return [this.pathLoad('worker', `new ${chain.names.join('.')}`, t, args[0], 'cwd')];
        }
        const runner = CODE_RUNNERS[name];
        if (runner === undefined)
            return undefined;
        this.consume(t, chain.last);
        return this.code(`new ${name}`, t, runner === 'first' ? args[0] : args[args.length - 1]);
    }
    /**
     * A name that is not called: a search path assigned (`module.paths = […]`,
     * `process.env.NODE_PATH = …`), or `require` handed on as a value, which
     * can then load anything without being seen.
     */
    nonCall(t, chain, name) {
        const k = this.tokens;
        const assigned = k.isPunct(chain.last + 1, '=') && !k.isPunct(chain.last + 2, '=');
        if (assigned && (name === 'module.paths' || name === 'require.main.paths' || name === 'process.env.NODE_PATH')) {
            this.consume(t, chain.last);
            const value = { from: chain.last + 2, to: k.expressionEnd(chain.last + 2) };
            if (k.isPunct(value.from, '['))
                return js_loads_elements(k, value.from).map((range) => ({ ...this.pathLoad('module-path-entry', name, t, range, 'cwd'), position: 'front' }));
            const folded = this.folder.fold(value);
            if (folded === undefined || name !== 'process.env.NODE_PATH')
                return [{ ...this.pathLoad('module-path-entry', name, t, value, 'cwd'), position: 'front' }];
            return folded.value.split(':').filter((p) => p !== '').map((p) => ({ ...this.entry({ ...folded, value: p }, 'cwd'), kind: 'module-path-entry', call: name, typeOnly: false, at: t, position: 'front' }));
        }
        const word = chain.names[0];
        if (this.loaderByComputedMember(t, chain)) {
            this.consume(t, chain.last);
            return [{ kind: 'require', expression: k.source({ from: t, to: k.match(chain.last + 1) + 1 }), call: `${chain.names.join('.')}[…]`, typeOnly: false, at: t }];
        }
        // `const { require: load } = module`: a loader taken out of `module` (or `require`) under another name.
        if (chain.names.length === 1 && (word === 'module' || word === 'require') && this.scope.isGlobal(word, t) && k.isPunct(t - 1, '=') && k.isPunct(t - 2, '}')) {
            return [{ kind: 'require', expression: k.source({ from: k.match(t - 2), to: t + 1 }), call: `${word} (destructured)`, typeOnly: false, at: t }];
        }
        // Node's own `require` (not a local of that name), or a require function the file made.
        const isRequireValue = chain.names.length === 1 && ((word === 'require' && this.scope.isGlobal(word, t)) || this.requireFunctionAt(word, t) !== undefined);
        if (!isRequireValue || this.scope.declarationTokens.has(t) || k.isName(t - 1, 'typeof'))
            return undefined;
        // An object key (`{ require: … }`), or the alias itself (`const r = require`).
        if (k.isPunct(t + 1, ':') && k.isPunct(t - 1, '{', ','))
            return undefined;
        if (k.isPunct(t - 1, '=') && k.isName(t - 2) && this.requireFunctions.has(t - 2))
            return undefined;
        return [{ kind: 'require', expression: word, call: `${word} (passed on as a value)`, typeOnly: false, at: t }];
    }
    /**
     * `module['require']`, `require[name]`, `process['mainModule']`: a member
     * of a global loader object by a computed key. A key that folds to a member
     * that does not load (`module['exports']`) is left alone.
     */
    loaderByComputedMember(t, chain) {
        const k = this.tokens;
        const word = chain.names[0];
        const open = chain.last + 1;
        if (chain.names.length !== 1 || !(word === 'module' || word === 'require' || word === 'process') || !this.scope.isGlobal(word, t) || !k.isPunct(open, '['))
            return false;
        const key = this.folder.fold({ from: open + 1, to: k.match(open) });
        return key === undefined || key.base !== 'none' || LOADER_MEMBERS.has(key.value);
    }
    /** A require-like call: the specifier as folded, relative to the require function's folder. */
    requireCall(kind, call, at, arg, base) {
        // A plain `require(…)` or `import(…)` needs no name in messages: its kind says it.
        const named = call === 'require' || call === 'import' ? {} : { call };
        const folded = arg && base !== 'unknown' ? this.folder.fold(arg) : undefined;
        if (folded === undefined)
            return { kind, expression: arg ? this.tokens.source(arg) : call, ...named, typeOnly: false, at };
        const relative = folded.base === 'none' && /^\.\.?(?:\/|$)/.test(folded.value);
        if (!relative || base === 'file')
            return { kind, ...foldedSpecifier(folded, this.path), ...named, typeOnly: false, at };
        const joined = joinFolded([base, folded], false);
        return { kind, ...this.entry(joined, 'file'), ...named, typeOnly: false, at };
    }
    /** A load by path: a plain relative path is relative to `plainBase` (the working directory for Worker, fork, dlopen). */
    pathLoad(kind, call, at, arg, plainBase) {
        const folded = arg ? this.folder.fold(arg) : undefined;
        if (folded === undefined)
            return { kind, expression: arg ? this.tokens.source(arg) : call, call, typeOnly: false, at };
        return { kind, ...this.entry(folded, plainBase), call, typeOnly: false, at };
    }
    entry(folded, plainBase) {
        return pathSpecifier(folded, this.path, plainBase);
    }
    /** Code run from a string: its imports when it is a constant, else computed. */
    code(call, at, arg) {
        const folded = arg ? this.folder.fold(arg) : plain('');
        const nested = folded?.base === 'none' ? this.parseCode(folded.value) : undefined;
        if (nested === undefined)
            return [{ kind: 'eval', expression: arg ? this.tokens.source(arg) : call, call, typeOnly: false, at }];
        return nested.map(({ line: _line, ...record }) => ({ ...record, evaluated: true, at }));
    }
    /** The folder a `createRequire(x)` function resolves from. */
    requireBase(arg) {
        const folded = arg ? this.folder.fold(arg) : undefined;
        if (folded === undefined || folded.base === 'none')
            return 'unknown';
        const value = folded.base === 'repo' ? rootedNormalize(folded.value) : folded.value;
        if (folded.base === 'repo' && value === `/${this.path}`)
            return 'file';
        // A path ending in `/` is a folder; any other names a file in its folder.
        return folded.value.endsWith('/') ? { value, base: folded.base } : dirnameFolded({ value, base: folded.base });
    }
    /**
     * Names bound to a require function: `const r = require`,
     * `const r = createRequire(import.meta.url)`, `module.createRequire(…)`,
     * `require('module').createRequire(…)`; `require` itself when the file
     * declares it with `createRequire`.
     */
    collectRequireFunctions() {
        const k = this.tokens;
        for (let t = 0; t < k.count; t += 1) {
            if (!(k.isName(t, 'const') || k.isName(t, 'let') || k.isName(t, 'var')) || !k.isName(t + 1) || !k.isPunct(t + 2, '='))
                continue;
            const declaration = t + 1;
            const init = t + 3;
            if (k.isName(init, 'require') && !k.isPunct(init + 1, '(', '.')) {
                this.requireFunctions.set(declaration, 'file');
                continue;
            }
            let open;
            if (k.isName(init, 'require') && k.isPunct(init + 1, '(') && k.literal(init + 2)?.replace(/^node:/, '') === 'module' && k.isPunct(init + 4, '.') && k.isName(init + 5, 'createRequire')) {
                open = init + 6;
            }
            else if (k.isName(init)) {
                const chain = k.chain(init);
                if (this.scope.qualified(chain.names, init) === 'module.createRequire')
                    open = chain.last + 1;
            }
            if (open === undefined || !k.isPunct(open, '('))
                continue;
            this.requireFunctions.set(declaration, this.requireBase((k.args(open) ?? [])[0]));
        }
    }
    consume(from, to) {
        for (let t = from; t <= to; t += 1)
            this.consumed.add(t);
    }
}
/** Members of a Promise: `import('x').then` is a call, `import('x').Foo` is a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);
/**
 * Whether `name(…)` at `at` is a call: `require(x) { … }` is a method
 * definition, and `import(id: string): T;` after `{ ; } ,` a method signature.
 */
function isCall(k, at, open) {
    const close = k.match(open);
    if (close < open)
        return false;
    if (k.isPunct(close + 1, '{'))
        return false;
    return !(k.isPunct(close + 1, ':') && (at === 0 || k.isPunct(at - 1, '{', ';', '}', ',')));
}
/** The first element of an array literal argument (`require.apply(null, ['x'])`). */
function firstElement(k, range) {
    if (!range || !k.isPunct(range.from, '['))
        return undefined;
    return js_loads_elements(k, range.from)[0];
}
/** The element ranges of the array literal whose `[` is at `open`. */
function js_loads_elements(k, open) {
    const close = k.match(open);
    const out = [];
    let from = open + 1;
    for (let t = from; t < close; t = k.after(t)) {
        if (k.isPunct(t, ',')) {
            if (t > from)
                out.push({ from, to: t });
            from = t + 1;
        }
    }
    if (close > from)
        out.push({ from, to: close });
    return out;
}
//# sourceMappingURL=js-loads.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-reexports.js

/**
 * Marks what each import hands on to the file's own importers, so a chain
 * through a barrel can be followed: `export { x }` / `export default x` /
 * `export const y = x` of an imported binding, a `require`/`import()` inside
 * an `export` statement, and CommonJS `module.exports`/`exports` statements
 * that hold a `require` or an imported binding (outside a function body: a
 * wrapper function is the file's own code, not a re-export).
 * `export … from` statements carry their re-exports already.
 */
function markReexports(k, scope, drafts, bindings) {
    for (const draft of drafts)
        if (!bindings.has(draft))
            bindings.set(draft, requireBindings(k, draft));
    const byLocal = new Map();
    // Only a module-level binding is handed on by name; a local of the same name elsewhere does not matter.
    for (const [draft, list] of bindings)
        for (const b of list)
            byLocal.set(b.local, { draft, name: b.name });
    const add = (draft, reexport) => {
        draft.reexports = [...(draft.reexports ?? []), reexport];
    };
    /** The import binding a name used at `t` refers to. */
    const boundAt = (name, t) => {
        const bound = byLocal.get(name);
        const d = scope.declarationAt(name, t);
        return bound && typeof d === 'object' && (d.kind === 'import' || d.scope.from === 0) ? bound : undefined;
    };
    /** `x` or `x.member` as a value handed on as `as`. */
    const handOn = (t, end, as) => {
        if (!k.isName(t) || k.isMember(t))
            return;
        const chain = k.chain(t);
        const bound = boundAt(chain.names[0], t);
        if (!bound || chain.last + 1 !== end)
            return;
        const member = chain.names[1];
        add(bound.draft, { as, name: bound.name === '*' && member !== undefined ? member : bound.name });
    };
    const draftsIn = (from, to, as) => {
        for (const d of drafts)
            if (d.at >= from && d.at < to && d.kind !== 'export-from')
                add(d, { as, name: '*' });
    };
    for (let t = 0; t < k.count; t += 1) {
        if (!k.isName(t) || k.isMember(t))
            continue;
        const word = k.textOf(t);
        if (word === 'export') {
            if (k.isPunct(t + 1, '{') && !k.isName(k.match(t + 1) + 1, 'from')) {
                for (const { imported: local, local: as } of namedBindings(k, t + 1)) {
                    const bound = boundAt(local, t + 1);
                    if (bound)
                        add(bound.draft, { as, name: bound.name });
                }
            }
            else if (k.isName(t + 1, 'default') || k.isPunct(t + 1, '=')) {
                const end = k.expressionEnd(t + 2);
                handOn(t + 2, end, k.isPunct(t + 1, '=') ? '*' : 'default');
                draftsIn(t + 2, end, k.isPunct(t + 1, '=') ? '*' : 'default');
            }
            else if ((k.isName(t + 1, 'const') || k.isName(t + 1, 'let') || k.isName(t + 1, 'var')) && k.isName(t + 2) && k.isPunct(t + 3, '=')) {
                const end = k.expressionEnd(t + 4);
                handOn(t + 4, end, k.textOf(t + 2));
                draftsIn(t + 4, end, k.textOf(t + 2));
            }
        }
        else if ((word === 'module' && k.isPunct(t + 1, '.') && k.isName(t + 2, 'exports') && scope.isGlobal('module', t)) || (word === 'exports' && scope.isGlobal('exports', t))) {
            commonJsExports(k, t, (name, at) => boundAt(name, at), drafts, add);
        }
    }
}
/** A `module.exports`/`exports` statement from `t`: its requires and imported bindings, outside function bodies. */
function commonJsExports(k, t, boundAt, drafts, add) {
    const end = k.expressionEnd(t);
    const skipped = [];
    for (let s = t; s < end; s += 1) {
        // A function's body: `function (…) { … }`, `(…) => { … }`, `x => x`, a method `m() { … }`.
        if (k.isPunct(s, '{') && k.isPunct(s - 1, ')', '=>'))
            skipped.push({ from: s, to: k.match(s) });
        else if (k.isPunct(s, '=>') && !k.isPunct(s + 1, '{'))
            skipped.push({ from: s, to: k.expressionEnd(s + 1) });
    }
    const inBody = (x) => skipped.some((r) => x > r.from && x < r.to);
    for (const d of drafts)
        if (d.at >= t && d.at < end && !inBody(d.at))
            add(d, { as: '*', name: '*' });
    for (let s = t; s < end; s += 1) {
        if (!k.isName(s) || k.isMember(s) || inBody(s) || k.isPunct(s + 1, ':'))
            continue;
        const bound = boundAt(k.textOf(s), s);
        if (bound)
            add(bound.draft, { as: '*', name: '*' });
    }
}
/**
 * What `const x = require('m')`, `const { a, b: c } = require('m')`,
 * `const x = require('m').y` and `const x = await import('m')` bind.
 */
function requireBindings(k, draft) {
    if (draft.kind !== 'require' && draft.kind !== 'dynamic-import')
        return [];
    let eq = draft.at - 1;
    if (k.isName(eq, 'await'))
        eq -= 1;
    if (!k.isPunct(eq, '='))
        return [];
    const open = draft.at + 1;
    const close = k.match(open);
    const member = k.isPunct(close + 1, '.') && k.isName(close + 2) ? k.textOf(close + 2) : undefined;
    if (k.isName(eq - 1))
        return [{ local: k.textOf(eq - 1), name: member ?? '*' }];
    if (!k.isPunct(eq - 1, '}') || member !== undefined)
        return [];
    const pattern = k.match(eq - 1);
    const out = [];
    for (let s = pattern + 1; s < eq - 1; s += 1) {
        if (!k.isName(s) || !(k.isPunct(s - 1, '{', ',')))
            continue;
        if (k.isPunct(s + 1, ':') && k.isName(s + 2))
            out.push({ local: k.textOf(s + 2), name: k.textOf(s) });
        else
            out.push({ local: k.textOf(s), name: k.textOf(s) });
    }
    return out;
}
//# sourceMappingURL=js-reexports.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-tokens.js

/**
 * A file's tokens (lexed with `nested`, so the code of `${}` and JSX `{}`
 * follows the token that holds it) with the questions the import recognizers
 * ask of them.
 */
class Tokens {
    text;
    tokens;
    count;
    constructor(text, tokens) {
        this.text = text;
        this.tokens = tokens;
        this.count = tokens.kind.length;
    }
    textOf(t) {
        return this.text.slice(this.tokens.start[t], this.tokens.end[t]);
    }
    start(t) {
        return this.tokens.start[t];
    }
    end(t) {
        return this.tokens.end[t];
    }
    kind(t) {
        return this.tokens.kind[t];
    }
    isName(t, value) {
        return this.tokens.kind[t] === T_IDENT && (value === undefined || this.is(t, value));
    }
    isPunct(t, ...values) {
        if (this.tokens.kind[t] !== T_PUNCT)
            return false;
        for (const value of values)
            if (this.is(t, value))
                return true;
        return false;
    }
    /** Whether token `t`'s text is `value`, without copying it (these questions are asked of every token, several times). */
    is(t, value) {
        const start = this.tokens.start[t];
        return this.tokens.end[t] - start === value.length && this.text.startsWith(value, start);
    }
    isNumber(t) {
        return this.tokens.kind[t] === T_NUMBER;
    }
    isTemplate(t) {
        return this.tokens.kind[t] === T_TEMPLATE;
    }
    isStringToken(t) {
        return this.tokens.kind[t] === T_STRING || this.tokens.kind[t] === T_TEMPLATE;
    }
    /** A string literal or substitution-free template: its value. */
    literal(t) {
        return t >= 0 && t < this.count ? literalValue(this.text, this.tokens, t) : undefined;
    }
    /** A string literal or a template literal without substitutions. */
    isString(t) {
        return this.literal(t) !== undefined;
    }
    /** The matching bracket of a bracket token, or -1. */
    match(t) {
        return this.tokens.match[t] ?? -1;
    }
    /** Whether token `t` is preceded by `.` (a member name, `?.` included). */
    isMember(t) {
        return this.isPunct(t - 1, '.');
    }
    /**
     * The token after the one at `t` and everything it holds: a bracket group up
     * to its closing bracket, a template's or element's nested code.
     */
    after(t) {
        const partner = this.match(t);
        const stop = this.end(partner > t ? partner : t);
        let next = t + 1;
        while (next < this.count && this.start(next) < stop)
            next += 1;
        return next;
    }
    /** Whether a line break separates tokens `a` and `b`. */
    lineBreakBetween(a, b) {
        return /[\n\r\u2028\u2029]/.test(this.text.slice(this.end(a), this.start(b)));
    }
    /** `a.b?.c` from the name at `t`: the names and the index of the last one. */
    chain(t) {
        const names = [this.textOf(t)];
        let last = t;
        for (;;) {
            let dot = last + 1;
            if (this.isPunct(dot, '?') && this.isPunct(dot + 1, '.'))
                dot += 1;
            if (!this.isPunct(dot, '.') || !this.isName(dot + 1))
                break;
            names.push(this.textOf(dot + 1));
            last = dot + 1;
        }
        return { names, last };
    }
    /** The arguments of the call whose `(` is at `open`, split at top-level commas; undefined when it is not closed. */
    args(open) {
        const close = this.match(open);
        if (!this.isPunct(open, '(') || close < open)
            return undefined;
        const out = [];
        let from = open + 1;
        let t = from;
        while (t < close) {
            if (this.isPunct(t, ',')) {
                if (t > from)
                    out.push({ from, to: t });
                from = t + 1;
                t += 1;
            }
            else
                t = this.after(t);
        }
        if (close > from)
            out.push({ from, to: close });
        return out;
    }
    /**
     * The end of the expression starting at `from` (exclusive): a `;`, a comma
     * or closing bracket around it, or a line break where a new statement
     * starts (automatic semicolon insertion).
     */
    expressionEnd(from) {
        let t = from;
        while (t < this.count && !this.isPunct(t, ';', ')', ']', '}', ',')) {
            const next = this.after(t);
            if (next < this.count && this.lineBreakBetween(next - 1, next) && !this.isPunct(next, '+', '-', '*', '/', '.', '?', ':', '[', '(', '=>', '&', '|', '=') && !this.isPunct(next - 1, '+', '-', '*', '/', '=', '(', '[', ',', '?', ':', '&', '|', '=>')) {
                return next;
            }
            t = next;
        }
        return t;
    }
    /** The source text of a token range, for messages and for telling base and head apart. */
    source(range) {
        if (range.to <= range.from)
            return '';
        let end = 0;
        for (let t = range.from; t < range.to; t += 1)
            end = Math.max(end, this.end(t));
        return this.text.slice(this.start(range.from), end).trim();
    }
}
//# sourceMappingURL=js-tokens.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/js-imports.js







/** Code strings (`eval('…')`) nest at most this deep before they count as computed. */
const MAX_CODE_DEPTH = 3;
/**
 * Every import in a TypeScript or JavaScript file: `import … from`, side-effect
 * `import 'x'`, `export … from`, `import x = require()`, module augmentations,
 * and every other way the file loads a module at run time (JsLoads), with
 * whether each is erased at run time and what the file re-exports.
 */
function parseJsImports(path, source) {
    return parseJs(path, source, 0);
}
function parseJs(path, source, depth) {
    // Nested: an import inside `${}` or JSX `{}` is an import too.
    const tokens = new Tokens(source, tokenizeJs(source, { jsx: allowsJsx(path), nested: true }));
    const lines = new line_index_LineIndex(source);
    const declarationFile = isDeclarationFile(path);
    const scope = new JsScope(tokens);
    const folder = new JsFolder(tokens, scope, path);
    const loads = new JsLoads(tokens, scope, folder, path, (code) => (depth < MAX_CODE_DEPTH ? parseJs(path, code, depth + 1) : undefined));
    const drafts = [];
    const bindings = new Map();
    const augmentations = [];
    let isModule = false;
    for (let i = 0; i < tokens.count; i += 1) {
        if (!tokens.isName(i) || tokens.isMember(i) || loads.consumed.has(i))
            continue;
        const word = tokens.textOf(i);
        let found;
        if (word === 'import') {
            if (tokens.isPunct(i + 1, '(', '.'))
                found = loads.importCall(i);
            else if (i + 1 < tokens.count) {
                const statement = staticImport(tokens, i, loads.consumed);
                if (statement) {
                    const { bound, ...record } = statement;
                    const draft = { ...record, at: i };
                    bindings.set(draft, bound);
                    found = [draft];
                }
            }
        }
        else if (word === 'export') {
            isModule = true;
            const record = exportFrom(tokens, i, loads.consumed);
            if (record)
                found = [{ ...record, at: i }];
        }
        else if (word === 'declare' && tokens.isName(i + 1, 'module') && tokens.isString(i + 2) && tokens.isPunct(i + 3, '{')) {
            augmentations.push({ kind: 'module-augmentation', specifier: tokens.literal(i + 2), typeOnly: true, at: i });
        }
        else {
            found = loads.at(i);
        }
        if (found)
            drafts.push(...found);
    }
    // In a module, `declare module 'x' { … }` augments x and so depends on its types;
    // in a script it declares an ambient module instead.
    if (isModule || drafts.some((r) => r.kind === 'import' || r.kind === 'export-from' || r.kind === 'import-equals'))
        drafts.push(...augmentations);
    markReexports(tokens, scope, drafts, bindings);
    return drafts
        .map(({ at, ...record }) => ({ ...record, typeOnly: record.typeOnly || declarationFile, line: lines.lineOf(tokens.start(at)) }))
        .sort((a, b) => a.line - b.line);
}
/** `{ a, type B, c as d }` starting at `{`: how many specifiers, how many marked `type`. */
function namedSpecifiers(tokens, open) {
    let count = 0;
    let typeCount = 0;
    let current = [];
    const finish = () => {
        if (current.length === 0)
            return;
        count += 1;
        // `type` alone or `type as x` names a binding called `type`; `type X` is a type-only specifier.
        if (tokens.isName(current[0], 'type') && current.length >= 2 && !(current.length === 3 && tokens.isName(current[1], 'as')))
            typeCount += 1;
        current = [];
    };
    for (let j = open + 1; j < tokens.count && j < open + 10_000; j += 1) {
        if (tokens.isPunct(j, '}')) {
            finish();
            return { end: j, count, typeCount };
        }
        if (tokens.isPunct(j, ','))
            finish();
        else if (tokens.isName(j) || tokens.isString(j))
            current.push(j);
        else
            return undefined;
    }
    return undefined;
}
/** `from 'x'` at `at`: the module, or undefined. */
function fromClause(tokens, at) {
    return tokens.isName(at, 'from') ? tokens.literal(at + 1) : undefined;
}
function staticImport(tokens, at, consumed) {
    let j = at + 1;
    const sideEffect = tokens.literal(j);
    if (sideEffect !== undefined)
        return { kind: 'import', specifier: sideEffect, typeOnly: false, names: [], bound: [] };
    let typeOnly = false;
    if (tokens.isName(j, 'type')) {
        const next = j + 1;
        const defaultNamedType = tokens.isPunct(next, ',', '=') || (tokens.isName(next, 'from') && tokens.isString(j + 2));
        if (!defaultNamedType) {
            typeOnly = true;
            j += 1;
        }
    }
    // `import x = require('y')` (TypeScript import-equals).
    if (tokens.isName(j) && tokens.isPunct(j + 1, '=')) {
        const req = j + 2;
        const specifier = tokens.literal(req + 2);
        if (tokens.isName(req, 'require') && tokens.isPunct(req + 1, '(') && specifier !== undefined && tokens.isPunct(req + 3, ')')) {
            consumed.add(req);
            const local = tokens.textOf(j);
            // `export import x = require('y')` hands y on as x.
            const reexports = tokens.isName(at - 1, 'export') ? [{ as: local, name: '*' }] : undefined;
            return { kind: 'import-equals', specifier, typeOnly, bound: [{ local, name: '*' }], ...(reexports ? { reexports } : {}) };
        }
        return undefined;
    }
    let bindings = 0;
    let named;
    const bound = [];
    let namespace = false;
    for (; j < tokens.count && j < at + 10_000; j += 1) {
        const specifier = bindings > 0 ? fromClause(tokens, j) : undefined;
        if (specifier !== undefined) {
            const allNamedAreTypes = named !== undefined && named.count > 0 && named.typeCount === named.count && bindings === 1;
            const names = namespace ? {} : { names: bound.map((b) => b.name) };
            return { kind: 'import', specifier, typeOnly: typeOnly || allNamedAreTypes, ...names, bound };
        }
        if (tokens.isPunct(j, '{')) {
            named = namedSpecifiers(tokens, j);
            if (!named)
                return undefined;
            for (const { imported, local } of namedBindings(tokens, j))
                bound.push({ local, name: imported });
            j = named.end;
            bindings += 1;
        }
        else if (tokens.isPunct(j, '*') && tokens.isName(j + 1, 'as') && tokens.isName(j + 2)) {
            namespace = true;
            bound.push({ local: tokens.textOf(j + 2), name: '*' });
            bindings += 1;
            j += 2;
        }
        else if (tokens.isName(j)) {
            // A default binding, or a phase modifier (`defer`, `source`) before one.
            if (tokens.isPunct(j + 1, ',') || fromClause(tokens, j + 1) !== undefined)
                bound.push({ local: tokens.textOf(j), name: 'default' });
            if (!tokens.isName(j - 1, 'as'))
                bindings += 1;
        }
        else if (!tokens.isPunct(j, ',')) {
            return undefined;
        }
    }
    return undefined;
}
/** `export * from`, `export * as ns from`, `export { a as b } from`, `export = require(…)`: what is handed on. */
function exportFrom(tokens, at, consumed) {
    let j = at + 1;
    let typeOnly = false;
    if (tokens.isName(j, 'type') && tokens.isPunct(j + 1, '{', '*')) {
        typeOnly = true;
        j += 1;
    }
    if (tokens.isPunct(j, '*')) {
        j += 1;
        let as = '*';
        if (tokens.isName(j, 'as')) {
            as = tokens.literal(j + 1) ?? tokens.textOf(j + 1);
            j += 2;
        }
        const specifier = fromClause(tokens, j);
        return specifier === undefined ? undefined : { kind: 'export-from', specifier, typeOnly, reexports: [{ as, name: '*' }] };
    }
    if (tokens.isPunct(j, '{')) {
        const named = namedSpecifiers(tokens, j);
        if (!named)
            return undefined;
        const specifier = fromClause(tokens, named.end + 1);
        if (specifier === undefined)
            return undefined;
        const pairs = namedBindings(tokens, j);
        return {
            kind: 'export-from',
            specifier,
            typeOnly: typeOnly || (named.count > 0 && named.typeCount === named.count),
            names: pairs.map((p) => p.imported),
            reexports: pairs.map((p) => ({ as: p.local, name: p.imported })),
        };
    }
    // TypeScript `export = require('x')`.
    if (tokens.isPunct(j, '=') && tokens.isName(j + 1, 'require') && tokens.isPunct(j + 2, '(') && tokens.isPunct(j + 4, ')')) {
        const specifier = tokens.literal(j + 3);
        if (specifier === undefined)
            return undefined;
        consumed.add(j + 1);
        return { kind: 'require', specifier, typeOnly: false, reexports: [{ as: '*', name: '*' }] };
    }
    return undefined;
}
//# sourceMappingURL=js-imports.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/python-statements.js

/** Statements that end their header with `:` and may carry a body on the same line. */
const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async', 'match', 'case']);
const isName = (t, value) => t?.type === 'name' && (value === undefined || t.value === value);
const isOp = (t, value) => t?.type === 'op' && t.value === value;
/**
 * The simple statements of a Python file: logical lines split at `;` and
 * after a compound statement's header (`try: import x`), each with whether it
 * is erased at run time and whether it is at module level.
 */
function pythonStatements(source, stub) {
    const scanned = scanPythonStatements(source);
    const out = [];
    let typeCheckingIndent;
    // The indentation of each `def`/`class` header whose body the current line is in.
    const bodies = [];
    for (let k = 0; k < scanned.count; k += 1) {
        const indent = scanned.indent[k];
        const tokens = pythonTokens(source, scanned.start[k], scanned.end[k]);
        while (bodies.length > 0 && indent <= bodies[bodies.length - 1])
            bodies.pop();
        if (typeCheckingIndent !== undefined && indent <= typeCheckingIndent)
            typeCheckingIndent = undefined;
        let typeOnly = stub || typeCheckingIndent !== undefined;
        let local = bodies.length > 0;
        let start = 0;
        let depth = 0;
        for (let i = 0; i <= tokens.length; i += 1) {
            const t = tokens[i];
            if (t?.type === 'op') {
                if (t.value === '(' || t.value === '[' || t.value === '{')
                    depth += 1;
                else if (t.value === ')' || t.value === ']' || t.value === '}')
                    depth -= 1;
            }
            const header = isOp(t, ':') && depth === 0 && isName(tokens[start]) && COMPOUND.has(tokens[start].value);
            if (t !== undefined && !isOp(t, ';') && !header)
                continue;
            const statement = tokens.slice(start, i);
            start = i + 1;
            if (header && isTypeCheckingGuard(statement)) {
                // `if TYPE_CHECKING: import x` on one line, or the block below.
                if (i + 1 < tokens.length)
                    typeOnly = true;
                else
                    typeCheckingIndent = indent;
                continue;
            }
            if (statement.length > 0)
                out.push({ tokens: statement, typeOnly, moduleLevel: !local });
            if (header && (isName(statement[0], 'def') || isName(statement[0], 'class') || (isName(statement[0], 'async') && isName(statement[1], 'def')))) {
                if (i + 1 < tokens.length)
                    local = true;
                else
                    bodies.push(indent);
            }
        }
    }
    return out;
}
/** `if TYPE_CHECKING` / `if typing.TYPE_CHECKING` (the `:` excluded). */
function isTypeCheckingGuard(statement) {
    if (!isName(statement[0], 'if'))
        return false;
    const rest = statement.slice(1);
    const last = rest[rest.length - 1];
    return isName(last, 'TYPE_CHECKING') && rest.every((t, k) => (k % 2 === 0 ? t.type === 'name' : isOp(t, '.')));
}
/** The index of the bracket closing the one at `open`, or the end of the tokens. */
function closeBracket(tokens, open) {
    let depth = 0;
    for (let j = open; j < tokens.length; j += 1) {
        const t = tokens[j];
        if (t.type !== 'op')
            continue;
        if (t.value === '(' || t.value === '[' || t.value === '{')
            depth += 1;
        else if (t.value === ')' || t.value === ']' || t.value === '}') {
            depth -= 1;
            if (depth === 0)
                return j;
        }
    }
    return tokens.length;
}
/** The index after the token at `t` and everything it opens. */
function after(tokens, t) {
    const v = tokens[t];
    return v?.type === 'op' && (v.value === '(' || v.value === '[' || v.value === '{') ? closeBracket(tokens, t) + 1 : t + 1;
}
/** `a.b.c` from the name at `at`: the names and the index after them. */
function dottedChain(tokens, at) {
    const names = [tokens[at].value];
    let j = at + 1;
    while (isOp(tokens[j], '.') && isName(tokens[j + 1])) {
        names.push(tokens[j + 1].value);
        j += 2;
    }
    return { names, next: j };
}
/** Whether the `=` at `t` is an assignment (not `==`, `!=`, `<=`, `>=`, `:=`, nor part of an augmented assignment). */
function isAssignment(tokens, t) {
    const eq = tokens[t];
    if (!isOp(eq, '='))
        return false;
    const prev = tokens[t - 1];
    const next = tokens[t + 1];
    if (next?.type === 'op' && next.value === '=' && next.start === eq.end)
        return false;
    return !(prev?.type === 'op' && prev.end === eq.start && '=!<>:+-*/%&|^@'.includes(prev.value));
}
/** The arguments of the call whose `(` is at `open`. */
function callArgs(tokens, open) {
    const close = closeBracket(tokens, open);
    const args = { positional: [], keywords: new Map(), star: false };
    let from = open + 1;
    const finish = (to) => {
        if (to <= from)
            return;
        if (isOp(tokens[from], '*'))
            args.star = true;
        else if (isName(tokens[from]) && isOp(tokens[from + 1], '=') && isAssignment(tokens, from + 1))
            args.keywords.set(tokens[from].value, { from: from + 2, to });
        else
            args.positional.push({ from, to });
    };
    for (let t = from; t < close; t = after(tokens, t)) {
        if (isOp(tokens[t], ',')) {
            finish(t);
            from = t + 1;
        }
    }
    finish(close);
    return args;
}
/** An argument by position or keyword. */
function argument(args, position, keyword) {
    return args.keywords.get(keyword) ?? args.positional[position];
}
//# sourceMappingURL=python-statements.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/python-fold.js



/** Constants are followed through at most this many bindings: deeper is computed. */
const python_fold_MAX_DEPTH = 16;
const PATH_CLASSES = new Set(['pathlib.Path', 'pathlib.PurePath', 'pathlib.PosixPath', 'pathlib.PurePosixPath']);
/**
 * Folds the expressions a Python module is loaded with into constants, as
 * the interpreter would compute them: string literals (escapes resolved,
 * adjacent literals joined), f-strings of constants, `+`, `%s` formatting,
 * `'sep'.join([...])`, names the file binds once to a constant, `__file__`,
 * `os.path.join`/`dirname`/`abspath`/`realpath`/`normpath`, `os.getcwd()`,
 * and pathlib (`Path(__file__).parent / 'x'`, `.parents[n]`, `.resolve()`).
 */
class PyFolder {
    source;
    scope;
    path;
    depth = 0;
    constructor(
    /** The file's text: a constant's value is read from it, wherever the name is used (an f-string field, a code string). */
    source, scope, path) {
        this.source = source;
        this.scope = scope;
        this.path = path;
    }
    /** tokens[from, to) (a text's tokens) as one constant, or undefined. */
    fold(text, tokens, from, to) {
        // Parsing stops at `to`: what follows belongs to the caller.
        const parsed = this.sum(text, tokens.slice(0, to), from);
        if (!parsed || parsed.next !== to || parsed.value.kind === 'items')
            return undefined;
        return parsed.value.folded;
    }
    /** tokens[from, to) as a list or tuple display of constants (`[a, b]`, `(a,)`), or one constant as a list of one. */
    foldItems(text, tokens, from, to) {
        const parsed = this.sum(text, tokens.slice(0, to), from);
        if (!parsed || parsed.next !== to)
            return undefined;
        return parsed.value.kind === 'items' ? parsed.value.items : [parsed.value.folded];
    }
    sum(text, tokens, at) {
        let left = this.product(text, tokens, at);
        while (left && isOp(tokens[left.next], '+') && !isOp(tokens[left.next + 1], '=')) {
            const right = this.product(text, tokens, left.next + 1);
            if (!right)
                return undefined;
            if (left.value.kind === 'items' && right.value.kind === 'items') {
                left = { value: { kind: 'items', items: [...left.value.items, ...right.value.items] }, next: right.next };
                continue;
            }
            if (left.value.kind !== 'str' || right.value.kind !== 'str')
                return undefined;
            const folded = concatFolded(left.value.folded, right.value.folded);
            if (!folded)
                return undefined;
            left = { value: { kind: 'str', folded }, next: right.next };
        }
        return left;
    }
    /** `path / 'x'` (pathlib) and `'%s.x' % name`. */
    product(text, tokens, at) {
        let left = this.postfix(text, tokens, at);
        while (left && (isOp(tokens[left.next], '/') || isOp(tokens[left.next], '%')) && !isOp(tokens[left.next + 1], '/') && !isOp(tokens[left.next + 1], '=')) {
            const operator = tokens[left.next].value;
            const right = this.postfix(text, tokens, left.next + 1);
            if (!right || right.value.kind === 'items' && operator === '/')
                return undefined;
            if (operator === '/') {
                if (left.value.kind !== 'path' || right.value.kind === 'items')
                    return undefined;
                const folded = joinFolded([left.value.folded, right.value.folded], true);
                if (!folded)
                    return undefined;
                left = { value: { kind: 'path', folded }, next: right.next };
            }
            else {
                if (left.value.kind !== 'str' || left.value.folded.base !== 'none')
                    return undefined;
                const args = right.value.kind === 'items' ? right.value.items : [right.value.folded];
                const formatted = percentFormat(left.value.folded.value, args);
                if (formatted === undefined)
                    return undefined;
                left = { value: { kind: 'str', folded: plain(formatted) }, next: right.next };
            }
        }
        return left;
    }
    postfix(text, tokens, at) {
        let current = this.primary(text, tokens, at);
        while (current) {
            const dot = current.next;
            if (isOp(tokens[dot], '[') && current.value.kind === 'path')
                return undefined;
            if (!isOp(tokens[dot], '.') || !isName(tokens[dot + 1]))
                break;
            const member = tokens[dot + 1].value;
            const open = dot + 2;
            const value = current.value;
            if (value.kind === 'path' && member === 'parent') {
                current = { value: { kind: 'path', folded: dirnameFolded(value.folded) }, next: open };
            }
            else if (value.kind === 'path' && member === 'parents' && isOp(tokens[open], '[') && tokens[open + 1]?.type === 'number' && isOp(tokens[open + 2], ']')) {
                let folded = value.folded;
                for (let n = Number(tokens[open + 1].value); n >= 0; n -= 1)
                    folded = dirnameFolded(folded);
                current = { value: { kind: 'path', folded }, next: open + 3 };
            }
            else if (isOp(tokens[open], '(')) {
                const next = closeBracket(tokens, open) + 1;
                if (value.kind === 'str' && member === 'join' && value.folded.base === 'none') {
                    // `'sep'.join([a, b])`: one list or tuple of strings.
                    const items = this.foldItems(text, tokens, open + 1, next - 1);
                    const joined = items && joinStrings(items, value.folded.value);
                    if (!joined)
                        return undefined;
                    current = { value: { kind: 'str', folded: joined }, next };
                    continue;
                }
                const args = this.args(text, tokens, open);
                if (!args)
                    return undefined;
                if (value.kind === 'path' && (member === 'resolve' || member === 'absolute') && args.length === 0)
                    current = { value: { kind: 'path', folded: resolveFolded([value.folded]) }, next };
                else if (value.kind === 'path' && member === 'joinpath') {
                    const folded = joinFolded([value.folded, ...args], true);
                    if (!folded)
                        return undefined;
                    current = { value: { kind: 'path', folded }, next };
                }
                else if (value.kind === 'path' && (member === 'as_posix' || member === '__str__') && args.length === 0)
                    current = { value: { kind: 'str', folded: value.folded }, next };
                else
                    return undefined;
            }
            else
                return undefined;
        }
        return current;
    }
    primary(text, tokens, at) {
        const t = tokens[at];
        if (t === undefined)
            return undefined;
        if (t.type === 'string')
            return this.strings(text, tokens, at);
        if (t.type === 'number')
            return /^\d+$/.test(t.value) ? { value: { kind: 'str', folded: plain(String(Number(t.value))) }, next: at + 1 } : undefined;
        if (isOp(t, '(') || isOp(t, '[')) {
            const close = closeBracket(tokens, at);
            const items = this.itemsAt(text, tokens, at + 1, close);
            if (!items)
                return undefined;
            // `(x)` is x; `(x,)` and `[x]` are sequences.
            const tuple = isOp(t, '[') || tokens.slice(at + 1, close).some((tok, k) => isOp(tok, ',') && depthAt(tokens, at + 1, at + 1 + k) === 0);
            if (!tuple && items.length === 1) {
                const inner = this.sum(text, tokens, at + 1);
                return inner && inner.next === close ? { value: inner.value, next: close + 1 } : undefined;
            }
            return { value: { kind: 'items', items }, next: close + 1 };
        }
        if (t.type === 'name')
            return this.name(text, tokens, at);
        return undefined;
    }
    name(text, tokens, at) {
        const word = tokens[at].value;
        if (word === '__file__' && !this.scope.isBound(word))
            return { value: { kind: 'str', folded: repoPathOf(this.path) }, next: at + 1 };
        const chain = dottedChain(tokens, at);
        const qualified = this.scope.qualified(chain.names);
        const open = chain.next;
        if (qualified !== undefined && isOp(tokens[open], '('))
            return this.call(text, tokens, qualified, open);
        if (qualified === 'os.sep' || qualified === 'os.path.sep')
            return { value: { kind: 'str', folded: plain('/') }, next: chain.next };
        if (qualified === 'os.curdir' || qualified === 'os.pardir')
            return { value: { kind: 'str', folded: plain(qualified === 'os.curdir' ? '.' : '..') }, next: chain.next };
        if (chain.names.length !== 1)
            return undefined;
        const value = this.scope.constant(word);
        if (value === undefined || this.depth >= python_fold_MAX_DEPTH)
            return undefined;
        this.depth += 1;
        try {
            const folded = this.sum(this.source, value, 0);
            return folded && folded.next === value.length ? { value: folded.value, next: at + 1 } : undefined;
        }
        finally {
            this.depth -= 1;
        }
    }
    call(text, tokens, name, open) {
        const next = closeBracket(tokens, open) + 1;
        if ((name === 'os.getcwd' || name === 'pathlib.Path.cwd') && isOp(tokens[open + 1], ')')) {
            return { value: { kind: name === 'os.getcwd' ? 'str' : 'path', folded: { value: '', base: 'cwd' } }, next };
        }
        const args = this.args(text, tokens, open);
        if (!args)
            return undefined;
        const str = (folded) => (folded ? { value: { kind: 'str', folded }, next } : undefined);
        if (PATH_CLASSES.has(name)) {
            const folded = args.length === 0 ? plain('.') : joinFolded(args, true);
            return folded ? { value: { kind: 'path', folded }, next } : undefined;
        }
        switch (name) {
            case 'os.path.join':
                return str(joinFolded(args, true));
            case 'os.path.dirname':
                return str(args.length === 1 ? dirnameFolded(args[0]) : undefined);
            case 'os.path.abspath':
            case 'os.path.realpath':
                return str(args.length === 1 ? resolveFolded(args) : undefined);
            case 'os.path.normpath':
                return str(args.length === 1 ? (args[0].base === 'repo' ? { value: rootedNormalize(args[0].value), base: 'repo' } : joinFolded(args, true)) : undefined);
            case 'str':
            case 'os.fspath':
                return str(args.length === 1 ? args[0] : undefined);
            default:
                return undefined;
        }
    }
    /** String literals, adjacent ones joined; an f-string whose fields are constants. */
    strings(text, tokens, at) {
        let value = '';
        let t = at;
        while (tokens[t]?.type === 'string') {
            const tok = tokens[t];
            const literal = pythonStringLiteral(text, tok.start, tok.end);
            if (!literal || literal.prefix.includes('b'))
                return undefined;
            if (literal.value !== undefined)
                value += literal.value;
            else if (literal.prefix.includes('f') && !literal.prefix.includes('t')) {
                const formatted = this.fString(literal.body, literal.prefix.includes('r'));
                if (formatted === undefined)
                    return undefined;
                value += formatted;
            }
            else
                return undefined;
            t += 1;
        }
        return { value: { kind: 'str', folded: plain(value) }, next: t };
    }
    /** An f-string's body with each `{field}` a constant name or expression (no conversion, no format spec). */
    fString(body, raw) {
        let out = '';
        let i = 0;
        while (i < body.length) {
            const c = body[i];
            if ((c === '{' || c === '}') && body[i + 1] === c) {
                out += c;
                i += 2;
            }
            else if (c === '{') {
                const close = body.indexOf('}', i + 1);
                if (close < 0)
                    return undefined;
                const field = body.slice(i + 1, close);
                if (/[!:{]|=\s*$/.test(field))
                    return undefined;
                const fieldTokens = pythonTokens(field, 0, field.length);
                const value = this.fold(field, fieldTokens, 0, fieldTokens.length);
                if (value?.base !== 'none')
                    return undefined;
                out += value.value;
                i = close + 1;
            }
            else if (c === '\\' && !raw) {
                // Escapes in an f-string's text are rare: not worth a second decoder.
                return undefined;
            }
            else {
                out += c;
                i += 1;
            }
        }
        return out;
    }
    args(text, tokens, open) {
        const args = callArgs(tokens, open);
        if (args.star || args.keywords.size > 0)
            return undefined;
        const out = [];
        for (const range of args.positional) {
            const value = this.fold(text, tokens, range.from, range.to) ?? this.pathValue(text, tokens, range.from, range.to);
            if (!value)
                return undefined;
            out.push(value);
        }
        return out;
    }
    /** A pathlib value as an argument (`os.path.join(Path(__file__).parent, 'x')`, `str(p)`). */
    pathValue(text, tokens, from, to) {
        const parsed = this.sum(text, tokens.slice(0, to), from);
        return parsed && parsed.next === to && parsed.value.kind === 'path' ? parsed.value.folded : undefined;
    }
    itemsAt(text, tokens, from, to) {
        const items = [];
        let start = from;
        for (let t = from; t <= to; t = t === to ? to + 1 : after(tokens, t)) {
            if (t === to || isOp(tokens[t], ',')) {
                if (t > start) {
                    const value = this.fold(text, tokens, start, t) ?? this.pathValue(text, tokens, start, t);
                    if (!value)
                        return undefined;
                    items.push(value);
                }
                start = t + 1;
            }
        }
        return items;
    }
}
function depthAt(tokens, from, to) {
    let depth = 0;
    for (let t = from; t < to; t += 1) {
        const tok = tokens[t];
        if (tok.type !== 'op')
            continue;
        if ('([{'.includes(tok.value))
            depth += 1;
        else if (')]}'.includes(tok.value))
            depth -= 1;
    }
    return depth;
}
/** `'%s.%s' % (a, b)`: only `%s` and `%%`. */
function percentFormat(format, args) {
    let k = 0;
    let failed = false;
    const out = format.replace(/%(.)/g, (match, code) => {
        if (code === '%')
            return '%';
        const arg = args[k];
        k += 1;
        if (code !== 's' || arg === undefined || arg.base !== 'none')
            failed = true;
        return arg?.value ?? match;
    });
    return failed || k !== args.length ? undefined : out;
}
function joinStrings(items, separator) {
    if (items.some((i) => i.base !== 'none'))
        return undefined;
    return plain(items.map((i) => i.value).join(separator));
}
//# sourceMappingURL=python-fold.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/python-loads.js


/** Functions that import a module by name: where the name and the package are. */
const MODULE_IMPORTERS = {
    'importlib.import_module': { name: [0, 'name'], package: [1, 'package'] },
    'importlib.util.find_spec': { name: [0, 'name'], package: [1, 'package'] },
    'runpy.run_module': { name: [0, 'mod_name'] },
    'pkgutil.resolve_name': { name: [0, 'name'] },
};
/** Functions that run a module file by path: where the path is. */
const FILE_LOADERS = {
    'importlib.util.spec_from_file_location': [1, 'location'],
    'importlib.machinery.SourceFileLoader': [1, 'path'],
    'importlib.machinery.SourcelessFileLoader': [1, 'path'],
    'importlib.machinery.ExtensionFileLoader': [1, 'path'],
    'imp.load_source': [1, 'pathname'],
    'imp.load_compiled': [1, 'pathname'],
    'imp.load_dynamic': [1, 'pathname'],
    'imp.load_package': [1, 'path'],
    'imp.load_module': [2, 'pathname'],
    'runpy.run_path': [0, 'path_name'],
};
const IMPORT_FUNCTIONS = new Set(['__import__', 'builtins.__import__', 'importlib.__import__']);
const python_loads_CODE_RUNNERS = new Set(['exec', 'eval', 'compile', 'builtins.exec', 'builtins.eval', 'builtins.compile']);
/** Reading a file's text, as in `exec(open(p).read())`. */
const FILE_READERS = new Set(['open', 'io.open', 'builtins.open', 'codecs.open']);
/** Names one of which every statement this class reads holds (a call's or an attribute's name); other statements are skipped at once. */
const TRIGGERS = new Set([
    'import_module', '__import__', 'find_spec', 'run_module', 'run_path', 'resolve_name', 'exec', 'eval', 'compile', 'getattr',
    'sys', 'addsitedir', 'syspath_prepend', ...Object.keys(FILE_LOADERS).map((n) => n.slice(n.lastIndexOf('.') + 1)),
]);
/**
 * Every way other than an import statement that Python loads a module or
 * changes where imports are found: `importlib.import_module` (with
 * `package=`), `__import__` (with `fromlist` and `level`), `find_spec`,
 * `runpy`, `pkgutil.resolve_name`, file loaders (`spec_from_file_location`,
 * `SourceFileLoader`, `imp.load_source`, `runpy.run_path`,
 * `exec(open(p).read())`), code strings (`exec`, `eval`, `compile`), the
 * search path (`sys.path` insert/append/extend/`+=`/assignment,
 * `site.addsitedir`, pytest's `syspath_prepend`) and `sys.modules` aliases.
 * Names are resolved through the file's own bindings (`import importlib as
 * il`, `getattr(importlib, 'import_module')`). A module or folder the folder
 * cannot compute is recorded with its expression: computed, never skipped.
 */
class PyLoads {
    source;
    scope;
    folder;
    path;
    parseCode;
    constructor(source, scope, folder, path, parseCode) {
        this.source = source;
        this.scope = scope;
        this.folder = folder;
        this.path = path;
        this.parseCode = parseCode;
    }
    triggers;
    /**
     * Whether any statement of the file names a loader: a file that does not
     * (most files) has no load to find, and its bindings are never read.
     */
    static relevant(statements) {
        return statements.some((s) => s.tokens.some((t) => t.type === 'name' && TRIGGERS.has(t.value)));
    }
    /** The loads in one statement. */
    statement(statement) {
        const tokens = statement.tokens;
        // A name bound to a loader (`from importlib import import_module as load`, `import sys as s`) is a trigger too.
        this.triggers ??= new Set([...TRIGGERS, ...this.scope.namesBoundTo(TRIGGERS)]);
        if (!tokens.some((t) => t.type === 'name' && this.triggers.has(t.value)))
            return [];
        const out = [];
        for (let i = 0; i < tokens.length; i += 1) {
            const t = tokens[i];
            if (t.type !== 'name' || isOp(tokens[i - 1], '.') || isName(tokens[i - 1], 'def') || isName(tokens[i - 1], 'class'))
                continue;
            const callee = this.callee(tokens, i);
            if (!callee)
                continue;
            out.push(...this.call(tokens, i, callee.name, callee.open));
        }
        out.push(...this.assignment(tokens, out));
        return out;
    }
    /** The function a call at `i` calls, through the file's bindings and `getattr(module, 'name')`. */
    callee(tokens, i) {
        const chain = dottedChain(tokens, i);
        if (!isOp(tokens[chain.next], '('))
            return undefined;
        if (chain.names.length === 1 && chain.names[0] === 'getattr' && !this.scope.isBound('getattr')) {
            const args = callArgs(tokens, chain.next);
            const [object, attribute] = args.positional;
            const close = closeBracket(tokens, chain.next);
            if (!object || !attribute || !isOp(tokens[close + 1], '(') || !isName(tokens[object.from]))
                return undefined;
            const objectChain = dottedChain(tokens, object.from);
            const name = this.folder.fold(this.source, tokens, attribute.from, attribute.to);
            const base = objectChain.next === object.to ? this.scope.qualified(objectChain.names) : undefined;
            return base !== undefined && name?.base === 'none' ? { name: `${base}.${name.value}`, open: close + 1 } : undefined;
        }
        const qualified = this.scope.qualified(chain.names);
        // An unbound `import_module(…)`: the guard reads it as importlib's, which is what it almost always is.
        if (qualified === 'import_module')
            return { name: 'importlib.import_module', open: chain.next };
        // pytest's `monkeypatch` fixture is a parameter: known by the method's name.
        if (chain.names.length === 2 && chain.names[1] === 'syspath_prepend')
            return { name: 'monkeypatch.syspath_prepend', open: chain.next };
        return qualified === undefined ? undefined : { name: qualified, open: chain.next };
    }
    call(tokens, i, name, open) {
        const args = callArgs(tokens, open);
        const token = tokens[i];
        const importer = MODULE_IMPORTERS[name];
        if (importer)
            return this.moduleImport(tokens, token, name, args, importer);
        if (IMPORT_FUNCTIONS.has(name))
            return this.dunderImport(tokens, token, name, args);
        const loader = FILE_LOADERS[name];
        if (loader)
            return [this.pathLoad('python-file-load', tokens, token, name, args.star ? undefined : argument(args, ...loader))];
        if (python_loads_CODE_RUNNERS.has(name))
            return this.code(tokens, token, name, args);
        if (name === 'sys.path.insert' || name === 'monkeypatch.syspath_prepend') {
            return [{ ...this.pathLoad('python-path-entry', tokens, token, name, name === 'sys.path.insert' ? argument(args, 1, 'object') : args.positional[0]), position: 'front' }];
        }
        if (name === 'sys.path.append' || name === 'site.addsitedir')
            return [{ ...this.pathLoad('python-path-entry', tokens, token, name, args.positional[0]), position: 'back' }];
        if (name === 'sys.path.extend')
            return this.pathEntries(tokens, token, name, args.positional[0], 'back');
        if (name === 'sys.modules.setdefault' || name === 'sys.modules.__setitem__') {
            const [key, value] = args.positional;
            return key && value ? this.alias(tokens, token, name, key, value) : [];
        }
        if (name === 'sys.modules.update')
            return this.aliasUpdate(tokens, token, args);
        return [];
    }
    /** `import_module(name, package)`, `find_spec`, `run_module`, `resolve_name`. */
    moduleImport(tokens, token, call, args, where) {
        const nameRange = args.star ? undefined : argument(args, ...where.name);
        const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
        if (name?.base !== 'none')
            return [this.computed('python-import-module', tokens, token, call, nameRange)];
        // `pkgutil.resolve_name('pkg.mod:attr')`: the module is before the colon.
        const module = call === 'pkgutil.resolve_name' ? name.value.split(':')[0] : name.value;
        if (!module.startsWith('.'))
            return [{ kind: 'python-import-module', specifier: module, call, typeOnly: false, token }];
        const packageRange = where.package && argument(args, ...where.package);
        const specifier = packageRange ? this.relativeTo(tokens, module, packageRange) : undefined;
        // Without a package a relative name raises before anything is imported.
        if (!packageRange)
            return [];
        if (specifier === undefined)
            return [this.computed('python-import-module', tokens, token, call, packageRange)];
        return [{ kind: 'python-import-module', specifier, call, typeOnly: false, token }];
    }
    /**
     * A relative module name resolved against `package=`: the file's own
     * package (`__package__`, `__spec__.parent`, and `__name__` in an
     * `__init__.py`) keeps it relative to the file; `__name__` in a module makes
     * the module itself the package; a constant package makes it absolute.
     */
    relativeTo(tokens, module, range) {
        const level = /^\.*/.exec(module)[0].length;
        const rest = module.slice(level);
        const text = tokens.slice(range.from, range.to).map((t) => t.value).join('');
        const isInit = /(^|\/)__init__\.pyi?$/.test(this.path);
        if ((text === '__package__' && !this.scope.isBound('__package__')) || text === '__spec__.parent' || (text === '__name__' && isInit))
            return module;
        if (text === '__name__' && !this.scope.isBound('__name__')) {
            const stem = this.path.slice(this.path.lastIndexOf('/') + 1).replace(/\.pyi?$/, '');
            if (level === 1)
                return `.${stem}${rest === '' ? '' : `.${rest}`}`;
            return `${'.'.repeat(level - 1)}${rest}`;
        }
        const folded = this.folder.fold(this.source, tokens, range.from, range.to);
        if (folded?.base !== 'none')
            return undefined;
        const bits = folded.value.split('.');
        if (bits.length < level)
            return undefined;
        const base = bits.slice(0, bits.length - (level - 1)).join('.');
        return rest === '' ? base : `${base}.${rest}`;
    }
    /** `__import__(name, globals, locals, fromlist, level)`. */
    dunderImport(tokens, token, call, args) {
        const nameRange = args.star ? undefined : argument(args, 0, 'name');
        const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
        if (name?.base !== 'none')
            return [this.computed('python-import-module', tokens, token, call, nameRange)];
        const levelRange = argument(args, 4, 'level');
        const level = levelRange ? this.folder.fold(this.source, tokens, levelRange.from, levelRange.to) : { value: '0', base: 'none' };
        if (!level || !/^\d+$/.test(level.value))
            return [this.computed('python-import-module', tokens, token, call, levelRange)];
        const fromRange = argument(args, 3, 'fromlist');
        const fromlist = fromRange ? this.folder.foldItems(this.source, tokens, fromRange.from, fromRange.to) : [];
        const isNone = fromRange && tokens.slice(fromRange.from, fromRange.to).map((t) => t.value).join('') === 'None';
        if (fromlist === undefined && !isNone)
            return [this.computed('python-import-module', tokens, token, call, fromRange)];
        const names = (fromlist ?? []).map((f) => f.value);
        if (Number(level.value) === 0)
            return [{ kind: 'python-import-module', specifier: name.value, ...(names.length > 0 ? { names } : {}), call, typeOnly: false, token }];
        // A relative import is resolved against the package in `globals`: only the file's own (`globals()`) is known.
        const globalsRange = argument(args, 1, 'globals');
        const globals = globalsRange && tokens.slice(globalsRange.from, globalsRange.to).map((t) => t.value).join('');
        if (globals !== 'globals()' || this.scope.isBound('globals'))
            return [this.computed('python-import-module', tokens, token, call, globalsRange)];
        return [{ kind: 'python-import-module', specifier: '.'.repeat(Number(level.value)) + name.value, ...(names.length > 0 ? { names } : {}), call, typeOnly: false, token }];
    }
    /** `exec(code)`, `eval(code)`, `compile(code, …)`: a constant's imports, a file read for it, or computed. */
    code(tokens, token, call, args) {
        const range = args.star ? undefined : argument(args, 0, 'source');
        if (!range)
            return [this.computed('python-exec', tokens, token, call, range)];
        const folded = this.folder.fold(this.source, tokens, range.from, range.to);
        const nested = folded?.base === 'none' ? this.parseCode(folded.value) : undefined;
        if (nested)
            return nested.map(({ line: _line, ...r }) => ({ ...r, evaluated: true, token }));
        const read = this.fileRead(tokens, range);
        if (read)
            return [{ ...this.pathLoad('python-file-load', tokens, token, call, read), call: `${call}(open(…).read())` }];
        // `exec(compile(…))`: the compile call is read on its own.
        if (isName(tokens[range.from]) && this.callee(tokens, range.from)?.name.endsWith('compile') && closeBracket(tokens, this.callee(tokens, range.from).open) + 1 === range.to)
            return [];
        return [this.computed('python-exec', tokens, token, call, range)];
    }
    /** `open(p).read()`, `open(p, 'r').read()`, `Path(p).read_text()`: the path read. */
    fileRead(tokens, range) {
        if (!isName(tokens[range.from]))
            return undefined;
        const callee = this.callee(tokens, range.from);
        if (!callee)
            return undefined;
        const close = closeBracket(tokens, callee.open);
        const method = tokens[close + 2]?.value;
        const tail = isOp(tokens[close + 1], '.') && isOp(tokens[close + 3], '(') && closeBracket(tokens, close + 3) + 1 === range.to;
        if (!tail)
            return undefined;
        if (FILE_READERS.has(callee.name) && method === 'read')
            return callArgs(tokens, callee.open).positional[0];
        if (callee.name === 'pathlib.Path' && method === 'read_text')
            return callArgs(tokens, callee.open).positional[0];
        return undefined;
    }
    /** A list or tuple of search-path entries (`sys.path.extend([...])`, `sys.path += [...]`). */
    pathEntries(tokens, token, call, range, position) {
        const items = range && this.folder.foldItems(this.source, tokens, range.from, range.to);
        if (!items)
            return [{ ...this.computed('python-path-entry', tokens, token, call, range), position }];
        return items.map((folded) => ({ kind: 'python-path-entry', ...this.entry(folded), call, position, typeOnly: false, token }));
    }
    /**
     * Statements that assign: `sys.path += […]`, `sys.path = […] + sys.path`,
     * `sys.path[:0] = […]`, `sys.modules[name] = module`, and
     * `name = importlib.import_module(…)` (which binds the module to a name).
     */
    assignment(tokens, calls) {
        let eq = -1;
        for (let t = 0; t < tokens.length; t = after(tokens, t)) {
            if (isOp(tokens[t], '=')) {
                eq = t;
                break;
            }
        }
        if (eq < 1 || !isName(tokens[0]))
            return [];
        const augmented = !isAssignment(tokens, eq) && isOp(tokens[eq - 1], '+') && tokens[eq - 1].end === tokens[eq].start;
        if (!isAssignment(tokens, eq) && !augmented)
            return [];
        const target = dottedChain(tokens, 0);
        const name = this.scope.qualified(target.names);
        const value = { from: eq + 1, to: tokens.length };
        const token = tokens[0];
        if (name === 'sys.path') {
            // Entries concatenated with sys.path itself: each list literal, front or back of it.
            if (augmented)
                return this.pathEntries(tokens, token, 'sys.path +=', value, 'back');
            // `[…] + sys.path` and `sys.path[:0] = […]` put entries first; `sys.path + […]` last.
            const front = isOp(tokens[target.next], '[') || this.endsWithSysPath(tokens, value);
            const parts = this.withoutSysPath(tokens, value);
            return parts.flatMap((part) => this.pathEntries(tokens, token, 'sys.path =', part, front ? 'front' : 'back'));
        }
        if (name === 'sys.modules' && isOp(tokens[target.next], '[')) {
            const close = closeBracket(tokens, target.next);
            if (close + 1 !== (augmented ? eq - 1 : eq))
                return [];
            return this.alias(tokens, token, 'sys.modules[…] =', { from: target.next + 1, to: close }, value, calls);
        }
        // `engine = importlib.import_module('x')`: the module is bound to `engine`.
        if (target.names.length === 1 && target.next === eq) {
            const call = calls.find((c) => c.token === tokens[eq + 1] && c.specifier !== undefined && c.kind === 'python-import-module');
            const callee = isName(tokens[eq + 1]) ? this.callee(tokens, eq + 1) : undefined;
            if (call && callee && closeBracket(tokens, callee.open) + 1 === tokens.length)
                call.bound = [target.names[0]];
        }
        return [];
    }
    endsWithSysPath(tokens, range) {
        const last = tokens.slice(range.from, range.to).map((t) => t.value).join('');
        return last.endsWith('sys.path') || last.endsWith('path') && this.scope.qualified(['path']) === 'sys.path';
    }
    /** The `+` operands of a value other than `sys.path` itself. */
    withoutSysPath(tokens, range) {
        const parts = [];
        let from = range.from;
        for (let t = range.from; t <= range.to; t = t === range.to ? t + 1 : after(tokens, t)) {
            if (t === range.to || isOp(tokens[t], '+')) {
                const chain = isName(tokens[from]) ? dottedChain(tokens, from) : undefined;
                if (!(chain && chain.next === t && this.scope.qualified(chain.names) === 'sys.path'))
                    parts.push({ from, to: t });
                from = t + 1;
            }
        }
        return parts;
    }
    /**
     * `sys.modules[key] = value`: importing `key` anywhere then gives `value`.
     * The alias matters when the value is a module this file imports (by a call
     * in the same statement, or by a name an import binds); a stand-in object
     * (a mock) aliases nothing.
     */
    alias(tokens, token, call, key, value, calls = []) {
        const inValue = calls.find((c) => tokens.indexOf(c.token) >= value.from && tokens.indexOf(c.token) < value.to && c.kind === 'python-import-module');
        const name = value.to === value.from + 1 && isName(tokens[value.from]) ? tokens[value.from].value : undefined;
        const origin = inValue ?? (name !== undefined ? { bound: name } : undefined);
        if (!origin)
            return [];
        const folded = this.folder.fold(this.source, tokens, key.from, key.to);
        const draft = folded?.base === 'none'
            ? { kind: 'python-module-alias', specifier: folded.value, call, typeOnly: false, token }
            : this.computed('python-module-alias', tokens, token, call, key);
        if ('kind' in origin)
            draft.aliasDraft = origin;
        else
            draft.aliasName = origin.bound;
        return [draft];
    }
    /** `sys.modules.update({'a': module, …})`. */
    aliasUpdate(tokens, token, args) {
        const range = args.positional[0];
        if (!range || !isOp(tokens[range.from], '{') || closeBracket(tokens, range.from) + 1 !== range.to)
            return [];
        const out = [];
        let from = range.from + 1;
        const close = range.to - 1;
        for (let t = from; t <= close; t = t === close ? t + 1 : after(tokens, t)) {
            if (t !== close && !isOp(tokens[t], ','))
                continue;
            let colon = from;
            while (colon < t && !isOp(tokens[colon], ':'))
                colon = after(tokens, colon);
            if (colon < t)
                out.push(...this.alias(tokens, token, 'sys.modules.update', { from, to: colon }, { from: colon + 1, to: t }));
            from = t + 1;
        }
        return out;
    }
    pathLoad(kind, tokens, token, call, range) {
        const folded = range && this.folder.fold(this.source, tokens, range.from, range.to);
        if (!folded)
            return this.computed(kind, tokens, token, call, range);
        return { kind, ...this.entry(folded), call, typeOnly: false, token };
    }
    /** A path of the search path or a file load: plain relative paths are relative to the working directory. */
    entry(folded) {
        return pathSpecifier(folded, this.path, 'cwd');
    }
    computed(kind, tokens, token, call, range) {
        const expression = range && range.to > range.from ? this.source.slice(tokens[range.from].start, tokens[range.to - 1].end) : call;
        return { kind, expression, call, typeOnly: false, token };
    }
}
//# sourceMappingURL=python-loads.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/python-scope.js

/** `x += 1`, `x //= 2`, `x <<= 1`: the `=` at `t` ends an augmented assignment operator. */
function isAugmented(tokens, t) {
    const eq = tokens[t];
    const prev = tokens[t - 1];
    if (!isOp(eq, '=') || prev?.type !== 'op' || prev.end !== eq.start)
        return false;
    if ('+-*/%&|^@'.includes(prev.value))
        return true;
    const before = tokens[t - 2];
    // `<<=` and `>>=`, not the comparisons `<=` and `>=`.
    return (prev.value === '<' || prev.value === '>') && before?.type === 'op' && before.value === prev.value && before.end === prev.start;
}
/**
 * Which names a Python file binds, how, and how often. A name is trusted
 * only when every binding of it in the file agrees: a constant bound once
 * (`MODULE = 'app.x'`), a module imported under one name (`import importlib
 * as il`, `from importlib import import_module as load`, or `load =
 * importlib.import_module`). A parameter, a loop variable or a second
 * assignment could hold anything, so such a name is never folded: the load
 * is then computed, and fails closed.
 */
class PyScope {
    statements;
    bindings = new Map();
    constants = new Map();
    /** `NAME = a.b.c`: resolved to an origin on demand, once every import is known. */
    aliases = new Map();
    read_ = false;
    /** The bindings are read on the first question: most files never load a module in a way that asks one. */
    constructor(statements) {
        this.statements = statements;
    }
    ensureRead() {
        if (this.read_)
            return;
        this.read_ = true;
        for (const s of this.statements)
            this.read(s.tokens);
    }
    /** The names bound to a module or attribute with one of `names` in its dotted name (`from sys import path as p` → p, for `sys`). */
    namesBoundTo(names) {
        this.ensureRead();
        const out = [];
        for (const [name, binding] of this.bindings) {
            const origin = binding.origins.size === 1 ? [...binding.origins][0] : undefined;
            const resolved = origin ?? (this.aliases.has(name) ? this.qualified([name]) : undefined);
            if (resolved !== undefined && resolved.split('.').some((part) => names.has(part)))
                out.push(name);
        }
        return out;
    }
    /** The value of `name` when the file binds it exactly once, by a plain `name = value`. */
    constant(name) {
        this.ensureRead();
        return this.bindings.get(name)?.count === 1 ? this.constants.get(name) : undefined;
    }
    isBound(name) {
        this.ensureRead();
        return this.bindings.has(name);
    }
    /**
     * A dotted name with its first part replaced by what it is bound to
     * (`il.import_module` → `importlib.import_module`); an unbound name (a
     * builtin such as `__import__`, `exec`) stays itself; a name bound any
     * other way is undefined.
     */
    qualified(names, depth = 0) {
        this.ensureRead();
        const [head, ...rest] = names;
        if (head === undefined)
            return undefined;
        const binding = this.bindings.get(head);
        let base;
        if (binding === undefined)
            base = head === '__builtins__' ? 'builtins' : head;
        else if (binding.origins.size === 1)
            base = [...binding.origins][0];
        if (base === undefined && binding?.count === 1 && this.aliases.has(head) && depth < 8)
            base = this.qualified(this.aliases.get(head), depth + 1);
        if (base === undefined)
            return undefined;
        return [base, ...rest].join('.');
    }
    bind(name, origin) {
        let b = this.bindings.get(name);
        if (!b)
            this.bindings.set(name, (b = { count: 0, origins: new Set() }));
        b.count += 1;
        b.origins.add(origin);
    }
    read(tokens) {
        const head = tokens[0];
        if (isName(head, 'import'))
            return this.readImport(tokens);
        if (isName(head, 'from'))
            return this.readFrom(tokens);
        if (isName(head, 'def') && isName(tokens[1])) {
            this.bind(tokens[1].value);
            if (isOp(tokens[2], '('))
                this.bindParameters(tokens, 3, closeBracket(tokens, 2));
        }
        else if (isName(head, 'class') && isName(tokens[1])) {
            this.bind(tokens[1].value);
        }
        else if (isName(head, 'async') && isName(tokens[1], 'def') && isName(tokens[2])) {
            this.bind(tokens[2].value);
            if (isOp(tokens[3], '('))
                this.bindParameters(tokens, 4, closeBracket(tokens, 3));
        }
        else if (isName(head, 'global') || isName(head, 'nonlocal') || isName(head, 'del')) {
            this.bindNames(tokens, 1, tokens.length);
        }
        for (let t = 0; t < tokens.length; t += 1) {
            const tok = tokens[t];
            if (isName(tok, 'for')) {
                // Loop and comprehension targets, up to `in`.
                let end = t + 1;
                while (end < tokens.length && !isName(tokens[end], 'in'))
                    end += 1;
                this.bindNames(tokens, t + 1, end);
            }
            else if (isName(tok, 'as') && isName(tokens[t + 1])) {
                this.bind(tokens[t + 1].value);
            }
            else if (isName(tok, 'lambda')) {
                let end = t + 1;
                while (end < tokens.length && !isOp(tokens[end], ':'))
                    end = after(tokens, end);
                this.bindParameters(tokens, t + 1, end);
            }
            else if (tok.type === 'name' && isOp(tokens[t + 1], ':') && isOp(tokens[t + 2], '=') && tokens[t + 2].start === tokens[t + 1].end) {
                this.bind(tok.value);
            }
        }
        this.readAssignment(tokens);
    }
    /** `a = b = value`, `a, b = …`, `a: T = …`, `a += …`: every target name; a single plain target with its value. */
    readAssignment(tokens) {
        const equals = [];
        let augmented = -1;
        for (let t = 0; t < tokens.length; t = after(tokens, t)) {
            if (isAssignment(tokens, t))
                equals.push(t);
            else if (augmented < 0 && equals.length === 0 && isAugmented(tokens, t))
                augmented = t;
        }
        if (equals.length === 0 && augmented < 0)
            return;
        const targetsEnd = equals.length > 0 ? equals[equals.length - 1] : augmented;
        let from = 0;
        for (const end of [...equals.filter((e) => e <= targetsEnd), ...(equals.length === 0 ? [augmented] : [])]) {
            let stop = end;
            // `a: T = …`: the annotation is not a target.
            for (let t = from; t < end; t = after(tokens, t))
                if (isOp(tokens[t], ':'))
                    stop = Math.min(stop, t);
            for (let t = from; t < stop; t += 1) {
                const tok = tokens[t];
                // A subscript target (`d[key] = …`) binds nothing inside the brackets.
                if (isOp(tok, '[') && t > from && (tokens[t - 1].type === 'name' || isOp(tokens[t - 1], ')') || isOp(tokens[t - 1], ']'))) {
                    t = closeBracket(tokens, t);
                    continue;
                }
                if (tok.type !== 'name' || isOp(tokens[t - 1], '.') || isOp(tokens[t + 1], '.') || isOp(tokens[t + 1], '(') || isOp(tokens[t + 1], '['))
                    continue;
                this.bind(tok.value);
            }
            from = end + 1;
        }
        const single = equals.length === 1 && augmented < 0 && (equals[0] === 1 || (isOp(tokens[1], ':') && equals[0] > 1)) && isName(tokens[0]);
        if (!single)
            return;
        const name = tokens[0].value;
        const value = tokens.slice(equals[0] + 1);
        this.constants.set(name, value);
        if (value.length > 0 && isName(value[0])) {
            const chain = dottedChain(value, 0);
            if (chain.next === value.length)
                this.aliases.set(name, chain.names);
        }
    }
    /** `a, b: T = x, *args, **kw`: the first name of each parameter (not its annotation or default). */
    bindParameters(tokens, from, to) {
        let first = true;
        for (let t = from; t < to && t < tokens.length; t = after(tokens, t)) {
            const tok = tokens[t];
            if (isOp(tok, ','))
                first = true;
            else if (first && tok.type === 'name') {
                this.bind(tok.value);
                first = false;
            }
            else if (!isOp(tok, '*') && !isOp(tok, '/'))
                first = false;
        }
    }
    bindNames(tokens, from, to) {
        for (let t = from; t < to && t < tokens.length; t += 1) {
            const tok = tokens[t];
            if (tok.type === 'name' && !isOp(tokens[t - 1], '.') && !['in', 'not', 'and', 'or', 'is', 'if', 'else', 'None', 'True', 'False'].includes(tok.value))
                this.bind(tok.value);
        }
    }
    /** `import a.b` binds `a` to module a; `import a.b as c` binds c to a.b. */
    readImport(tokens) {
        let j = 1;
        while (j < tokens.length) {
            if (!isName(tokens[j]))
                return;
            const chain = dottedChain(tokens, j);
            j = chain.next;
            if (isName(tokens[j], 'as') && isName(tokens[j + 1])) {
                this.bind(tokens[j + 1].value, chain.names.join('.'));
                j += 2;
            }
            else
                this.bind(chain.names[0], chain.names[0]);
            if (!isOp(tokens[j], ','))
                return;
            j += 1;
        }
    }
    /** `from m import x as y` binds y to m.x (for an absolute m). */
    readFrom(tokens) {
        let j = 1;
        let relative = false;
        while (isOp(tokens[j], '.')) {
            relative = true;
            j += 1;
        }
        let module = '';
        if (isName(tokens[j]) && !isName(tokens[j], 'import')) {
            const chain = dottedChain(tokens, j);
            module = chain.names.join('.');
            j = chain.next;
        }
        if (!isName(tokens[j], 'import'))
            return;
        for (let t = j + 1; t < tokens.length; t += 1) {
            const tok = tokens[t];
            if (tok.type !== 'name' || tok.value === 'as' || isName(tokens[t - 1], 'as'))
                continue;
            const local = isName(tokens[t + 1], 'as') && isName(tokens[t + 2]) ? tokens[t + 2].value : tok.value;
            this.bind(local, relative || module === '' ? undefined : `${module}.${tok.value}`);
        }
    }
}
//# sourceMappingURL=python-scope.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/python-imports.js






/** Code strings (`exec('…')`) nest at most this deep before they count as computed. */
const python_imports_MAX_CODE_DEPTH = 3;
/**
 * Every import in a Python file: `import a.b as c`, `from .x import y`, and
 * every other way the file loads a module or changes where imports are found
 * (PyLoads). Imports under `if TYPE_CHECKING:` are type-only; imports at
 * module level carry the names they hand on to the file's own importers.
 */
function parsePythonImports(path, source) {
    return parsePython(path, source, 0);
}
function parsePython(path, source, depth) {
    const statements = pythonStatements(source, isDeclarationFile(path));
    const scope = new PyScope(statements);
    const loads = new PyLoads(source, scope, new PyFolder(source, scope, path), path, (code) => (depth < python_imports_MAX_CODE_DEPTH ? parsePython(path, code, depth + 1) : undefined));
    const drafts = [];
    const relevant = PyLoads.relevant(statements);
    for (const statement of statements) {
        for (const draft of [...statementImports(statement.tokens), ...(relevant ? loads.statement(statement) : [])]) {
            // Drafts are referred to by identity (aliases): marked in place.
            draft.typeOnly ||= statement.typeOnly;
            drafts.push({ draft, moduleLevel: statement.moduleLevel });
        }
    }
    const lines = new line_index_LineIndex(source);
    const records = new Map();
    for (const { draft, moduleLevel } of drafts) {
        const { token, bound, aliasName: _n, aliasDraft: _d, ...rest } = draft;
        const record = { ...rest, line: lines.lineOf(token.start) };
        // What a module-level import binds is an attribute of the module: `from this import name` hands it on.
        if (moduleLevel && bound && bound.length > 0 && !record.typeOnly)
            record.reexports = reexportsOf(draft, bound);
        records.set(draft, record);
    }
    // A `sys.modules` alias of a bound name: the import that binds it.
    for (const { draft } of drafts) {
        const origin = draft.aliasDraft ?? (draft.aliasName !== undefined ? drafts.find((d) => d.draft.bound?.includes(draft.aliasName))?.draft : undefined);
        if (origin)
            records.get(draft).aliasOf = records.get(origin);
        else if (draft.kind === 'python-module-alias')
            records.delete(draft);
    }
    return [...records.values()];
}
function reexportsOf(draft, bound) {
    if (draft.kind === 'python-from-import') {
        // `from m import a as b, *`: each local name and the name in m.
        return bound.map((as, k) => ({ as, name: as === '*' ? '*' : (draft.names ?? [])[k] ?? as }));
    }
    return bound.map((as) => ({ as, name: '*' }));
}
function statementImports(statement) {
    const head = statement[0];
    if (isName(head, 'import')) {
        const out = [];
        let j = 1;
        while (j < statement.length && isName(statement[j])) {
            const dotted = dottedChain(statement, j);
            j = dotted.next;
            // `import a.b` binds `a`; `import a.b as c` binds c to a.b.
            let bound = dotted.names[0];
            if (isName(statement[j], 'as') && isName(statement[j + 1])) {
                bound = statement[j + 1].value;
                j += 2;
            }
            out.push({ kind: 'python-import', specifier: dotted.names.join('.'), typeOnly: false, token: head, bound: [bound] });
            if (!isOp(statement[j], ','))
                break;
            j += 1;
        }
        return out;
    }
    if (isName(head, 'from')) {
        let j = 1;
        let dots = '';
        while (isOp(statement[j], '.')) {
            dots += '.';
            j += 1;
        }
        let module = '';
        if (isName(statement[j]) && !isName(statement[j], 'import')) {
            const dotted = dottedChain(statement, j);
            module = dotted.names.join('.');
            j = dotted.next;
        }
        if (!isName(statement[j], 'import') || (dots === '' && module === ''))
            return [];
        if (module === '__future__')
            return [];
        const pairs = importedPairs(statement.slice(j + 1));
        return [{ kind: 'python-from-import', specifier: dots + module, names: pairs.map((p) => p.name), typeOnly: false, token: head, bound: pairs.map((p) => p.as) }];
    }
    return [];
}
/** The names a `from … import` brings in, each with the local name it is bound to. */
function importedPairs(clause) {
    const pairs = [];
    for (let k = 0; k < clause.length; k += 1) {
        const t = clause[k];
        if (isOp(t, '*'))
            pairs.push({ name: '*', as: '*' });
        else if (t.type === 'name' && t.value !== 'as' && !isName(clause[k - 1], 'as')) {
            pairs.push({ name: t.value, as: isName(clause[k + 1], 'as') && isName(clause[k + 2]) ? clause[k + 2].value : t.value });
        }
    }
    return pairs;
}
//# sourceMappingURL=python-imports.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/parse/parse-imports.js




/** The imports of one source file, or none for a file in a language the guard does not read. */
function parseImports(path, source) {
    switch (languageOf(path)) {
        case 'typescript':
            return parseJsImports(path, source);
        case 'python':
            return parsePythonImports(path, source);
        case 'go':
            return parseGoImports(source);
        default:
            return [];
    }
}
//# sourceMappingURL=parse-imports.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/chains.js


/** Files outside every context a chain passes through before it is cut (and judged computed: it fails closed). */
const MAX_CHAIN_LENGTH = 24;
/**
 * Follows an import into files outside every context, to where it really
 * leads, so that an edge laundered through such a file still counts.
 *
 * How far: through any number of files outside every context (up to
 * MAX_CHAIN_LENGTH), stopping at the first file in a context (that file's
 * own edges are judged on their own) or at a module outside the repository.
 * Which imports of such a file are followed depends on the change:
 * - a file the change adds or modifies is followed through every import it
 *   makes at run time: a wrapper function the change writes launders an edge
 *   as surely as a re-export does;
 * - a file the change leaves alone is followed only through what it hands on
 *   (`export … from`, an exported import binding, `module.exports =
 *   require(…)`, a module-level Python import), and only for the names the
 *   importer takes from it: an old barrel re-exporting another context is a
 *   way in, an old helper that merely uses one is that helper's own code.
 * Go has no re-export statement: a Go package outside every context is
 * followed only when the change touches one of its files.
 */
class ChainFollower {
    snapshot;
    resolver;
    rules;
    changed;
    parsed = new Map();
    constructor(snapshot, resolver, rules, 
    /** Paths (in this state) of the files the change adds or modifies. */
    changed) {
        this.snapshot = snapshot;
        this.resolver = resolver;
        this.rules = rules;
        this.changed = changed;
    }
    /** Whether a target is outside every context and could hand on imports. */
    followable(target) {
        if (target.kind !== 'file' && target.kind !== 'dir')
            return false;
        if (this.rules.contextsOf(target, this.resolver.tree).length > 0)
            return false;
        return target.kind === 'dir' || languageOf(target.path) !== undefined;
    }
    /** Where `record`'s import of `target` (outside every context) leads. */
    async follow(target, record) {
        return this.step(target, namesFor(target, record, record.names), [], new Set());
    }
    async step(target, names, via, seen) {
        const files = await this.filesOf(target);
        const ends = [];
        for (const { path, all } of files) {
            const key = `${path}\0${all || names === undefined ? '*' : [...names].sort().join(',')}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const chain = [...via, path];
            if (chain.length > MAX_CHAIN_LENGTH) {
                ends.push({ computed: { path, record: { kind: 'require', expression: `a chain of more than ${MAX_CHAIN_LENGTH} files`, line: 1, typeOnly: false } }, via: chain });
                continue;
            }
            const records = await this.records(path);
            if (!records)
                continue;
            for (const record of records) {
                if (SEARCH_PATH_KINDS.has(record.kind) || (record.typeOnly && this.rules.typeOnlyImports === 'allow'))
                    continue;
                const next = all ? { names: record.names } : handedOn(record, names);
                if (next === undefined)
                    continue;
                if (record.specifier === undefined) {
                    // A computed load in code the change wrote; in an untouched file it is not the change's doing.
                    if (all)
                        ends.push({ computed: { path, record }, via: chain });
                    continue;
                }
                for (const to of await this.resolver.resolve(path, record)) {
                    if (this.followable(to))
                        ends.push(...(await this.step(to, namesFor(to, record, next.names), chain, seen)));
                    else
                        ends.push({ target: to, via: chain });
                }
            }
        }
        return ends;
    }
    /**
     * The files an import of `target` runs: a file; a Go package's files (only
     * when the change touches one of them); a workspace package's entry file.
     * `all`: whether every import of the file is followed (the change touches it).
     */
    async filesOf(target) {
        if (target.kind === 'file')
            return [{ path: target.path, all: this.changed.has(target.path) }];
        if (target.kind !== 'dir')
            return [];
        const direct = this.resolver.tree.filesIn(target.path, false);
        const goFiles = direct.filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'));
        if (goFiles.length > 0)
            return goFiles.some((p) => this.changed.has(p)) ? goFiles.map((path) => ({ path, all: true })) : [];
        if (direct.some((p) => p.endsWith('/package.json'))) {
            const entry = await this.resolver.packageEntry(target.path);
            return entry?.kind === 'file' && !this.rules.contextsOf(entry, this.resolver.tree).length ? [{ path: entry.path, all: this.changed.has(entry.path) }] : [];
        }
        return [];
    }
    records(path) {
        let cached = this.parsed.get(path);
        if (!cached) {
            cached = this.snapshot.read([path]).then((texts) => {
                const text = texts.get(path);
                return text === undefined ? undefined : parseImports(path, text);
            });
            this.parsed.set(path, cached);
        }
        return cached;
    }
}
/**
 * Whether an import of an untouched file is handed on to an importer that
 * takes `names` (undefined: everything), and if so, what the chain then takes
 * from the imported module.
 */
function handedOn(record, names) {
    const matching = (record.reexports ?? []).filter((r) => names === undefined || r.as === '*' || names.includes(r.as));
    if (matching.length === 0)
        return undefined;
    const taken = new Set();
    for (const r of matching) {
        // `export * as ns`, `import m; export { m }`: the whole module under one name.
        if (r.name === '*' && (r.as !== '*' || names === undefined))
            return { names: undefined };
        if (r.name === '*')
            names.forEach((n) => taken.add(n));
        else
            taken.add(r.name);
    }
    return { names: [...taken] };
}
/** What the chain takes from one target of a record: a Python submodule named in `from pkg import sub` is taken whole. */
function namesFor(target, record, names) {
    if (target.kind !== 'file' || record.names === undefined)
        return names;
    const stem = target.path.replace(/\/__init__\.pyi?$/, '').replace(/\.[^/.]+$/, '');
    const last = stem.slice(stem.lastIndexOf('/') + 1);
    return record.names.includes(last) && languageOf(target.path) === 'python' && !record.specifier?.endsWith(last) ? undefined : names;
}
//# sourceMappingURL=chains.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/file-edges.js



/** What a computed load is compared by between base and head. */
function computedKey(load) {
    return load.through ? `${load.through.path}\0${load.through.record.expression ?? ''}` : (load.record.expression ?? '');
}
/**
 * Parses one file and keeps the imports the guard has to judge. Type-only
 * imports are left out when the policy allows them. An import of a file
 * outside every context is followed through it (ChainFollower) to where it
 * leads: each end is an edge of this import.
 */
async function fileEdges(path, source, from, rules, resolver, chains, mapTargetPath = (p) => p) {
    const records = parseImports(path, source).filter((r) => !SEARCH_PATH_KINDS.has(r.kind));
    const result = { edges: [], computed: [], imports: records.length, typeOnlySkipped: 0 };
    for (const record of records) {
        if (record.typeOnly && rules.typeOnlyImports === 'allow') {
            result.typeOnlySkipped += 1;
            continue;
        }
        if (record.specifier === undefined) {
            result.computed.push({ record });
            continue;
        }
        const keys = new Set();
        const judge = (target, via) => {
            const contexts = rules.contextsOf(target, resolver.tree);
            const judgement = rules.judge(from, target, contexts);
            if (judgement.otherContexts.length === 0 && judgement.violations.length === 0)
                return;
            const compared = target.kind === 'module' ? target : { ...target, path: mapTargetPath(target.path) };
            const key = `${from}→${targetKey(compared)}`;
            if (keys.has(key))
                return;
            keys.add(key);
            result.edges.push({ path, line: record.line, record, from, target, ...(via ? { via } : {}), judgement, key });
        };
        for (const target of await resolver.resolve(path, record)) {
            judge(target);
            if (!chains.followable(target))
                continue;
            for (const end of await chains.follow(target, record)) {
                if ('computed' in end)
                    result.computed.push({ record, through: { ...end.computed, via: end.via } });
                else
                    judge(end.target, end.via);
            }
        }
    }
    return result;
}
//# sourceMappingURL=file-edges.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/messages.js
/** Specifiers and expressions come from the changed files: keep them to one short line. */
function clip(text, max = 160) {
    const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
function targetText(target) {
    switch (target.kind) {
        case 'module':
            return `module '${target.name}'`;
        case 'dir':
            return `package ${target.path}/`;
        case 'unresolved':
            return `${target.path} (not found)`;
        case 'file':
            return target.path;
    }
}
/** How the module is loaded, as a noun: `import`, `require.resolve`, `//go:linkname`. */
function loadText(record) {
    if (record.typeOnly)
        return 'type-only import';
    if (record.evaluated)
        return `import in code run from a string (${clip(record.call ?? 'eval', 60)})`;
    return record.call !== undefined ? clip(record.call, 60) : 'import';
}
function importText(edge) {
    const through = edge.via && edge.via.length > 0 ? `, through ${clip(edge.via.join(' → '))}, outside every context` : '';
    return `${loadText(edge.record)} of '${clip(edge.record.specifier ?? '')}' (${clip(targetText(edge.target))}${through})`;
}
function edgeText(edge, violation) {
    return violation.reason === 'forbid'
        ? `the policy forbids context '${edge.from}' → '${violation.to}'`
        : `context '${edge.from}' → context '${violation.to}' is not an allowed edge`;
}
function forbiddenImportMessage(edge, violation) {
    return `New ${importText(edge)}: ${edgeText(edge, violation)}. Instead: ${violation.instead}`;
}
function existingForbiddenImportMessage(edge, violation) {
    return `Existing ${importText(edge)}: ${edgeText(edge, violation)}; it was already there at the merge base, so it does not fail this change.`;
}
/** A line the change adds on an edge the file already had: not failed (the edge is not new), but not "already there" either. */
function newLineOfExistingEdgeMessage(edge, violation) {
    return (`New ${importText(edge)} on an edge that already existed at the merge base: ${edgeText(edge, violation)}. ` +
        'The edge is not new, so this line does not fail the change, but it adds to a dependency the policy does not allow. ' +
        `Instead: ${violation.instead}`);
}
/**
 * A load the guard cannot follow fails closed: a module computed at run time
 * can be any module, in any context.
 */
function computedImportMessage(load) {
    const fix = 'load a literal module path (or a constant the guard can compute: a string, a const, path.join of __dirname), or a map of literal imports to choose from.';
    if (load.through) {
        const { path, record, via } = load.through;
        return (`The import of '${clip(load.record.specifier ?? '')}' reaches ${clip(via.join(' → '))} (outside every context), where ` +
            `${handsOnLoader(record) ? clip(record.expression ?? '') : callText(record)} on line ${record.line} of ${clip(path)} ${handsOnLoader(record) ? 'hands on a module loader' : 'computes its module at run time'}: ` +
            `the guard cannot tell which context it reaches. In ${clip(path)}, ${fix}`);
    }
    if (handsOnLoader(load.record)) {
        return `${clip(load.record.expression ?? '')} hands on a module loader (${clip(load.record.call ?? '', 60)}) that the guard cannot follow to what it loads: call require, import() or createRequire(import.meta.url) directly, with a literal module path.`;
    }
    return `${callText(load.record)} computes its module at run time, so the boundary rules cannot check where it leads: ${fix}`;
}
/** `require` passed on as a value, taken out of `module`, or reached by a computed member: the loader itself escapes. */
function handsOnLoader(record) {
    return /\((?:passed on as a value|destructured)\)$|\[…\]$/.test(record.call ?? '');
}
function callText(record) {
    const call = record.call ?? (record.kind === 'require' ? 'require' : record.kind === 'dynamic-import' ? 'import' : 'import_module');
    return call.includes('(') ? clip(call, 60) : `${clip(call, 60)}(${clip(record.expression ?? '')})`;
}
/** A search-path change or module alias computed at run time: every import after it may find another module. */
function computedSearchPathMessage(record) {
    const what = record.kind === 'python-module-alias' ? 'stores an imported module under a name computed at run time' : 'adds a folder computed at run time to where imports are searched';
    return (`${callText(record)} ${what}, so the guard cannot tell what later imports find, in any context. ` +
        'Use a constant path (a string, or os.path/pathlib of __file__) or, better, an installed package or a relative import.');
}
function noContextsMessage(policyPath) {
    return `No bounded contexts are declared (boundaries.contexts in ${policyPath}), so no import was checked.`;
}
//# sourceMappingURL=messages.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/go-resolver.js



/** The `module` directive of a go.mod file (quoted or not, comments ignored). */
function goModulePath(goMod) {
    for (const raw of goMod.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
        if (match)
            return match[2] ?? match[3] ?? match[4];
    }
    return undefined;
}
/**
 * The `replace` directives of a go.mod or go.work that point at a local folder
 * (`replace example.com/lib => ../lib`, in a block or not), as folders of the
 * repository relative to `dir`.
 */
function goLocalReplaces(text, dir) {
    const out = new Map();
    let inBlock = false;
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (/^replace\s*\($/.test(line)) {
            inBlock = true;
            continue;
        }
        if (inBlock && line === ')') {
            inBlock = false;
            continue;
        }
        const body = inBlock ? line : /^replace\s+(.*)$/.exec(line)?.[1];
        const match = body === undefined ? null : /^("?)([^\s"]+)\1(?:\s+\S+)?\s*=>\s*("?)([^\s"]+)\3\s*$/.exec(body);
        if (!match || !/^\.\.?(?:\/|$)/.test(match[4]))
            continue;
        const folder = joinRepoPath(dir, match[4]);
        if (folder !== undefined)
            out.set(match[2], folder);
    }
    return out;
}
/**
 * Resolves Go import paths inside the repository's modules (every go.mod
 * outside vendor/ and testdata/) to package directories; anything else is an
 * external module, named by its import path.
 */
class GoResolver {
    snapshot;
    tree;
    logger;
    modules;
    workspaceReplaces;
    constructor(snapshot, tree, logger) {
        this.snapshot = snapshot;
        this.tree = tree;
        this.logger = logger;
    }
    async resolve(fromPath, importPath) {
        const modules = await this.load();
        const own = modules.filter((m) => m.root === '' || fromPath.startsWith(`${m.root}/`)).sort((a, b) => b.root.length - a.root.length)[0];
        if (own && own.modulePath === undefined) {
            throw new errors_ConfigurationError(`has no 'module' line at ${this.snapshot.label.slice(0, 12)}, so imports inside the module cannot be resolved.`, {
                file: own.goModPath,
                field: 'module',
                fix: "add the module directive (e.g. 'module example.com/service').",
            });
        }
        // The importer's module (and the workspace) may replace a module path with a folder of the repository.
        const replaces = [...(own?.replaces ?? []), ...(this.workspaceReplaces ?? [])];
        const replaced = replaces.filter(([path]) => importPath === path || importPath.startsWith(`${path}/`)).sort((a, b) => b[0].length - a[0].length)[0];
        if (replaced) {
            const rest = importPath.slice(replaced[0].length + 1);
            const dir = rest === '' ? replaced[1] : replaced[1] === '' ? rest : `${replaced[1]}/${rest}`;
            return this.tree.hasDir(dir) ? { kind: 'dir', path: dir, recursive: false } : { kind: 'unresolved', path: dir };
        }
        let best;
        for (const m of modules) {
            if (m.modulePath === undefined)
                continue;
            if (importPath !== m.modulePath && !importPath.startsWith(`${m.modulePath}/`))
                continue;
            if (!best || m.modulePath.length > best.modulePath.length)
                best = m;
        }
        if (!best)
            return { kind: 'module', name: importPath };
        const rest = importPath.slice(best.modulePath.length + 1);
        const dir = best.root === '' ? rest : rest === '' ? best.root : `${best.root}/${rest}`;
        return this.tree.hasDir(dir) ? { kind: 'dir', path: dir, recursive: false } : { kind: 'unresolved', path: dir };
    }
    load() {
        this.modules ??= (async () => {
            const paths = this.tree.filesNamed('go.mod').filter((p) => !isUnder(p, ['vendor', 'testdata']));
            const texts = await this.snapshot.read([...paths, 'go.work']);
            const work = texts.get('go.work');
            if (work !== undefined)
                this.workspaceReplaces = goLocalReplaces(work, '');
            return paths.map((goModPath) => {
                const text = texts.get(goModPath);
                const modulePath = text === undefined ? undefined : goModulePath(text);
                if (modulePath === undefined)
                    this.logger.warning(`${goModPath} has no module directive.`);
                return { root: parentDir(goModPath), goModPath, modulePath, replaces: text === undefined ? new Map() : goLocalReplaces(text, parentDir(goModPath)) };
            });
        })();
        return this.modules;
    }
}
//# sourceMappingURL=go-resolver.js.map
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/tsconfig.js




const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
/**
 * Reads tsconfig.json / jsconfig.json as TypeScript does for path aliases: the
 * nearest config above a file, its `extends` chain inside the repository (a
 * config from an npm package is not in the repository and is skipped), and the
 * `references` of a solution config that declares no paths itself.
 */
class TsconfigReader {
    snapshot;
    tree;
    logger;
    raw = new Map();
    aliases = new Map();
    constructor(snapshot, tree, logger) {
        this.snapshot = snapshot;
        this.tree = tree;
        this.logger = logger;
    }
    /** The aliases for a source file, from its nearest config. */
    forFile(path) {
        const config = this.nearestConfig(parentDir(path));
        return config === undefined ? Promise.resolve(undefined) : this.aliasesOf(config);
    }
    nearestConfig(dir) {
        let current = dir;
        for (;;) {
            for (const name of CONFIG_NAMES) {
                const candidate = current === '' ? name : `${current}/${name}`;
                if (this.tree.hasFile(candidate))
                    return candidate;
            }
            if (current === '')
                return undefined;
            current = parentDir(current);
        }
    }
    aliasesOf(configPath) {
        let cached = this.aliases.get(configPath);
        if (!cached) {
            cached = this.computeAliases(configPath);
            this.aliases.set(configPath, cached);
        }
        return cached;
    }
    async computeAliases(configPath) {
        const options = await this.effective(configPath, parentDir(configPath), []);
        if (!options.paths) {
            // A solution config (`files: []` + `references`) leaves paths to the projects it references.
            for (const ref of options.references) {
                const referenced = await this.aliasesOf(ref);
                if (referenced && referenced.paths.length > 0)
                    return referenced;
            }
            return options.baseUrl === undefined ? undefined : { configPath, baseUrl: options.baseUrl, paths: [] };
        }
        const base = options.baseUrl ?? options.pathsBase ?? parentDir(configPath);
        const leafDir = parentDir(configPath);
        const paths = Object.entries(options.paths).map(([pattern, targets]) => ({
            pattern,
            targets: targets.map((t) => resolveOption(t, base, leafDir)).filter((t) => t !== undefined),
        }));
        return { configPath, ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), paths };
    }
    async effective(configPath, leafDir, chain) {
        if (chain.includes(configPath)) {
            throw new errors_ConfigurationError(`'extends' forms a cycle: ${[...chain, configPath].join(' → ')}.`, {
                file: configPath,
                field: 'extends',
                fix: 'remove the cycle so the TypeScript path aliases can be read.',
            });
        }
        const config = await this.read(configPath);
        const dir = parentDir(configPath);
        const merged = { references: [] };
        const parents = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
        for (const parent of parents) {
            if (typeof parent !== 'string')
                continue;
            const parentPath = this.resolveExtends(configPath, dir, parent);
            if (parentPath === undefined)
                continue;
            const inherited = await this.effective(parentPath, leafDir, [...chain, configPath]);
            if (inherited.baseUrl !== undefined)
                merged.baseUrl = inherited.baseUrl;
            if (inherited.paths !== undefined) {
                merged.paths = inherited.paths;
                merged.pathsBase = inherited.pathsBase;
            }
        }
        const compilerOptions = isRecord(config.compilerOptions) ? config.compilerOptions : {};
        if (typeof compilerOptions.baseUrl === 'string')
            merged.baseUrl = resolveOption(compilerOptions.baseUrl, dir, leafDir);
        if (isRecord(compilerOptions.paths)) {
            const paths = {};
            for (const [pattern, targets] of Object.entries(compilerOptions.paths)) {
                if (Array.isArray(targets))
                    paths[pattern] = targets.filter((t) => typeof t === 'string');
            }
            merged.paths = paths;
            merged.pathsBase = dir;
        }
        if (Array.isArray(config.references)) {
            for (const ref of config.references) {
                if (!isRecord(ref) || typeof ref.path !== 'string')
                    continue;
                const target = joinRepoPath(dir, ref.path);
                if (target === undefined)
                    continue;
                if (this.tree.hasFile(target))
                    merged.references.push(target);
                else if (this.tree.hasFile(target === '' ? 'tsconfig.json' : `${target}/tsconfig.json`))
                    merged.references.push(target === '' ? 'tsconfig.json' : `${target}/tsconfig.json`);
            }
        }
        return merged;
    }
    resolveExtends(configPath, dir, spec) {
        if (!spec.startsWith('.') && !spec.startsWith('/')) {
            this.logger.debug(`${configPath}: 'extends: ${spec}' names an npm package, which is not in the repository; its options are not read.`);
            return undefined;
        }
        const path = spec.startsWith('/') ? undefined : joinRepoPath(dir, spec);
        const found = path === undefined ? undefined : [path, `${path}.json`, `${path}/tsconfig.json`].find((p) => this.tree.hasFile(p));
        if (found === undefined) {
            throw new errors_ConfigurationError(`'extends: ${spec}' does not name a file in the repository at ${this.snapshot.label.slice(0, 12)}.`, {
                file: configPath,
                field: 'extends',
                fix: 'point extends at a config inside the repository, so the path aliases the imports use can be resolved.',
            });
        }
        return found;
    }
    read(path) {
        let cached = this.raw.get(path);
        if (!cached) {
            cached = this.snapshot.read([path]).then((texts) => {
                const text = texts.get(path);
                if (text === undefined) {
                    throw new errors_ConfigurationError(`cannot read the TypeScript config at ${this.snapshot.label.slice(0, 12)}.`, { file: path, fix: 'make it a regular file.' });
                }
                // As TypeScript reads its configs: comments and trailing commas allowed.
                const errors = [];
                const value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
                const error = errors[0];
                if (error) {
                    const line = text.slice(0, error.offset).split('\n').length;
                    throw new errors_ConfigurationError(`is not valid JSON with comments (${(0,main.printParseErrorCode)(error.error)} at line ${line}), so its path aliases cannot be read.`, {
                        file: path,
                        fix: 'correct the syntax; imports through its aliases cannot be checked until then.',
                    });
                }
                if (!isRecord(value))
                    throw new errors_ConfigurationError('must hold a JSON object.', { file: path, fix: 'make the top level an object.' });
                return value;
            });
            this.raw.set(path, cached);
        }
        return cached;
    }
}
const CONFIG_DIR = '${configDir}';
/** A path option made repo-relative: against its config's directory, or the leaf config's for `${configDir}`. */
function resolveOption(value, dir, leafDir) {
    if (value.startsWith(CONFIG_DIR))
        return joinRepoPath(leafDir, value.slice(CONFIG_DIR.length).replace(/^\//, '') || '.');
    return joinRepoPath(dir, value);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** TypeScript's choice among `paths` patterns: an exact key, else the wildcard with the longest prefix. */
function matchPathAlias(aliases, specifier) {
    let best;
    for (const { pattern, targets } of aliases.paths) {
        const star = pattern.indexOf('*');
        if (star < 0) {
            if (pattern === specifier)
                return targets;
            continue;
        }
        const prefix = pattern.slice(0, star);
        const suffix = pattern.slice(star + 1);
        if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
            if (!best || prefix.length > best.prefixLength) {
                best = { prefixLength: prefix.length, targets, captured: specifier.slice(prefix.length, specifier.length - suffix.length) };
            }
        }
    }
    return best?.targets.map((t) => t.replace('*', best.captured));
}
//# sourceMappingURL=tsconfig.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/js-resolver.js




const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'];
/** Under NodeNext a `.js` specifier names the `.ts` file it is compiled from. */
const SOURCE_FOR_OUTPUT = {
    '.js': ['.ts', '.tsx', '.d.ts'],
    '.jsx': ['.tsx'],
    '.mjs': ['.mts', '.d.mts'],
    '.cjs': ['.cts', '.d.cts'],
};
const BUILTINS = new Set(external_node_module_.builtinModules);
/** The package a bare specifier names: `@scope/name` or `name`. */
function packageNameOf(specifier) {
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
/**
 * Resolves TypeScript/JavaScript specifiers to repository files the way the
 * compiler would: relative paths with extension and index lookup, tsconfig
 * `paths`/`baseUrl`, package.json `imports` (`#x`), and workspace packages
 * (a bare name that is a package.json `name` in this repository).
 */
class JsResolver {
    snapshot;
    tree;
    logger;
    tsconfig;
    workspacePackages;
    /** Folders searched for bare specifiers (`module.paths`, `NODE_PATH`) that the repository's code adds. */
    moduleDirs = [];
    manifests = new Map();
    constructor(snapshot, tree, logger) {
        this.snapshot = snapshot;
        this.tree = tree;
        this.logger = logger;
        this.tsconfig = new TsconfigReader(snapshot, tree, logger);
    }
    /** Folders the code adds to Node's search for bare specifiers. */
    setModuleDirs(dirs) {
        this.moduleDirs = dirs;
    }
    /**
     * Where a specifier leads; a bare one may lead to more than one place when
     * the code adds folders to Node's search path (each that has it is a target).
     */
    async resolveAll(fromPath, specifier, fromDir = parentDir(fromPath)) {
        const first = await this.resolve(fromPath, specifier, fromDir);
        if (this.moduleDirs.length === 0 || isRelative(specifier) || specifier.startsWith('/') || specifier.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(specifier))
            return [first];
        const more = [];
        for (const dir of this.moduleDirs) {
            const path = joinRepoPath(dir, specifier);
            const found = path === undefined ? undefined : this.existing(path);
            if (found)
                more.push(found);
        }
        return [first, ...more];
    }
    async resolve(fromPath, specifier, fromDir = parentDir(fromPath)) {
        if (isRelative(specifier)) {
            const path = joinRepoPath(fromDir, specifier);
            return path === undefined ? { kind: 'module', name: specifier } : this.pathTarget(path);
        }
        if (specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) {
            // Absolute paths, `node:` and URL schemes are outside the repository.
            return { kind: 'module', name: specifier };
        }
        if (specifier.startsWith('#')) {
            const target = await this.subpathImport(fromPath, specifier);
            if (target)
                return target;
            return { kind: 'module', name: specifier };
        }
        const aliases = await this.tsconfig.forFile(fromPath);
        if (aliases) {
            const candidates = matchPathAlias(aliases, specifier);
            if (candidates && candidates.length > 0) {
                for (const candidate of candidates) {
                    const found = this.existing(candidate);
                    if (found)
                        return found;
                }
                return { kind: 'unresolved', path: candidates[0] };
            }
            if (aliases.baseUrl !== undefined) {
                const underBase = joinRepoPath(aliases.baseUrl, specifier);
                const found = underBase === undefined ? undefined : this.existing(underBase);
                if (found)
                    return found;
            }
        }
        const name = packageNameOf(specifier);
        if (BUILTINS.has(name))
            return { kind: 'module', name: specifier };
        const packages = await this.workspaces();
        // A `file:`/`link:` dependency installs a folder of the repository under any name: the nearest manifest's first.
        const nearest = this.tree.nearest(parentDir(fromPath), 'package.json');
        const local = (nearest === undefined ? undefined : packages.localDeps.get(nearest)?.get(name)) ?? [...packages.localDeps.values()].find((deps) => deps.has(name))?.get(name);
        const dir = local ?? packages.byName.get(name);
        if (dir !== undefined) {
            const sub = specifier.slice(name.length + 1);
            if (sub === '')
                return { kind: 'dir', path: dir, recursive: true };
            const path = joinRepoPath(dir, sub);
            return (path === undefined ? undefined : this.existing(path)) ?? { kind: 'dir', path: dir, recursive: true };
        }
        return { kind: 'module', name: specifier };
    }
    /** A repo path as the compiler would look it up, or `unresolved` at that path. */
    pathTarget(path) {
        return this.existing(path) ?? { kind: 'unresolved', path };
    }
    existing(path) {
        const ext = /\.[cm]?jsx?$/.exec(path)?.[0];
        if (ext) {
            const stem = path.slice(0, -ext.length);
            for (const source of SOURCE_FOR_OUTPUT[ext] ?? [])
                if (this.tree.hasFile(stem + source))
                    return { kind: 'file', path: stem + source };
        }
        if (this.tree.hasFile(path))
            return { kind: 'file', path };
        for (const e of EXTENSIONS)
            if (this.tree.hasFile(path + e))
                return { kind: 'file', path: path + e };
        for (const e of EXTENSIONS) {
            const index = path === '' ? `index${e}` : `${path}/index${e}`;
            if (this.tree.hasFile(index))
                return { kind: 'file', path: index };
        }
        if (this.tree.hasDir(path))
            return { kind: 'dir', path, recursive: true };
        return undefined;
    }
    /** package.json `imports` of the nearest package: `#internal/*` → `./src/internal/*.js`. */
    async subpathImport(fromPath, specifier) {
        const manifestPath = this.tree.nearest(parentDir(fromPath), 'package.json');
        if (manifestPath === undefined)
            return undefined;
        const manifest = await this.manifest(manifestPath);
        if (!manifest || !isRecord(manifest.imports))
            return undefined;
        let target;
        let bestPrefix = -1;
        for (const [key, value] of Object.entries(manifest.imports)) {
            const star = key.indexOf('*');
            const chosen = conditionTarget(value);
            if (chosen === undefined)
                continue;
            if (star < 0) {
                if (key === specifier) {
                    target = chosen;
                    break;
                }
            }
            else if (specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1)) && star > bestPrefix) {
                bestPrefix = star;
                target = chosen.replaceAll('*', specifier.slice(star, specifier.length - (key.length - star - 1)));
            }
        }
        if (target === undefined)
            return undefined;
        const path = joinRepoPath(parentDir(manifestPath), target);
        return path === undefined ? undefined : this.pathTarget(path);
    }
    manifest(path) {
        let cached = this.manifests.get(path);
        if (!cached) {
            cached = this.snapshot.read([path]).then((texts) => parseManifest(path, texts.get(path), this.logger));
            this.manifests.set(path, cached);
        }
        return cached;
    }
    /**
     * The file a package folder's importers load: its package.json `exports`
     * (`.`), `module`, `main`, or its index file.
     */
    async packageEntry(dir) {
        const manifestPath = dir === '' ? 'package.json' : `${dir}/package.json`;
        const manifest = this.tree.hasFile(manifestPath) ? await this.manifest(manifestPath) : undefined;
        const exported = manifest && (isRecord(manifest.exports) && '.' in manifest.exports ? conditionTarget(manifest.exports['.']) : conditionTarget(manifest.exports));
        for (const entry of [exported, manifest?.module, manifest?.main]) {
            if (typeof entry !== 'string')
                continue;
            const path = joinRepoPath(dir, entry);
            const found = path === undefined ? undefined : this.existing(path);
            if (found?.kind === 'file')
                return found;
        }
        const index = this.existing(dir === '' ? 'index' : `${dir}/index`);
        return index?.kind === 'file' ? index : undefined;
    }
    /**
     * Package names declared anywhere in the repository, and each manifest's
     * dependencies on folders of the repository (`file:`, `link:`, `portal:`),
     * read in one batch the first time a bare name is seen.
     */
    workspaces() {
        this.workspacePackages ??= (async () => {
            const paths = this.tree.filesNamed('package.json').filter((p) => !isUnder(p, ['node_modules']));
            const texts = await this.snapshot.read(paths);
            const byName = new Map();
            const localDeps = new Map();
            for (const path of paths) {
                const manifest = parseManifest(path, texts.get(path), this.logger);
                this.manifests.set(path, Promise.resolve(manifest));
                if (manifest && typeof manifest.name === 'string' && !byName.has(manifest.name))
                    byName.set(manifest.name, parentDir(path));
                const deps = new Map();
                for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
                    const section = manifest?.[field];
                    if (!isRecord(section))
                        continue;
                    for (const [name, spec] of Object.entries(section)) {
                        const folder = typeof spec === 'string' ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : undefined;
                        const dir = folder === undefined ? undefined : joinRepoPath(parentDir(path), folder);
                        if (dir !== undefined && this.tree.hasDir(dir))
                            deps.set(name, dir);
                    }
                }
                if (deps.size > 0)
                    localDeps.set(path, deps);
            }
            return { byName, localDeps };
        })();
        return this.workspacePackages;
    }
}
function isRelative(specifier) {
    return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}
function parseManifest(path, text, logger) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return isRecord(value) ? value : undefined;
    }
    catch {
        logger.warning(`${path} is not valid JSON; its package name and imports are not used to resolve imports.`);
        return undefined;
    }
}
/** The path a package.json `imports`/`exports` value leads to, preferring source-level conditions. */
function conditionTarget(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value)) {
        for (const v of value) {
            const t = conditionTarget(v);
            if (t !== undefined)
                return t;
        }
        return undefined;
    }
    if (!isRecord(value))
        return undefined;
    for (const condition of ['types', 'import', 'node', 'default', 'require']) {
        if (condition in value) {
            const t = conditionTarget(value[condition]);
            if (t !== undefined)
                return t;
        }
    }
    for (const v of Object.values(value)) {
        const t = conditionTarget(v);
        if (t !== undefined)
            return t;
    }
    return undefined;
}
//# sourceMappingURL=js-resolver.js.map
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/pyproject-package-roots.js




/** The files that make a folder a Python project (its folder, and its `src/`, are import roots). */
const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/**
 * Folders whose projects are not the repository's own: environments and
 * installed copies, and test data (a fixture project named like a real
 * dependency would otherwise capture its imports).
 */
const NOT_PROJECTS = ['node_modules', 'site-packages', '.venv', 'venv', '.tox', '.nox', '__pypackages__', 'testdata', 'fixtures'];
/** The folders of the repository's Python projects, in path order. */
function pythonProjectDirs(tree) {
    const dirs = new Set();
    for (const name of PROJECT_FILES) {
        for (const path of tree.filesNamed(name))
            if (!isUnder(path, NOT_PROJECTS))
                dirs.add(parentDir(path));
    }
    return [...dirs].sort();
}
/**
 * The package folders each project's pyproject.toml declares, as repository
 * paths by project folder. An unreadable pyproject declares nothing: the
 * conventional roots (the project folder and its `src/`) still apply.
 */
async function readDeclaredPythonRoots(snapshot, tree) {
    const paths = pythonProjectDirs(tree)
        .map((dir) => (dir === '' ? 'pyproject.toml' : `${dir}/pyproject.toml`))
        .filter((p) => tree.hasFile(p));
    const declared = new Map();
    if (paths.length === 0)
        return declared;
    const texts = await snapshot.read(paths);
    for (const path of paths) {
        const text = texts.get(path);
        if (text === undefined)
            continue;
        const dir = parentDir(path);
        const roots = declaredPackageRoots(text)
            .map((rel) => joinRepoPath(dir, rel))
            .filter((p) => p !== undefined);
        if (roots.length > 0)
            declared.set(dir, [...new Set(roots)]);
    }
    return declared;
}
/**
 * Where a pyproject.toml says its packages live, relative to its folder:
 * setuptools `[tool.setuptools.packages.find] where` and `package-dir = {"" = …}`,
 * hatch `[tool.hatch.build.targets.wheel] packages` (their parent folders) and `sources`,
 * poetry `packages = [{ include, from }]`, pdm `[tool.pdm.build] package-dir`.
 * A pyproject that is not valid TOML declares nothing: the conventional roots still apply.
 */
function declaredPackageRoots(text) {
    let doc;
    try {
        doc = (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch {
        return [];
    }
    const tool = table(doc, 'tool');
    const setuptools = table(tool, 'setuptools');
    const wheel = table(table(table(table(tool, 'hatch'), 'build'), 'targets'), 'wheel');
    const poetryPackages = table(tool, 'poetry').packages;
    const roots = [
        ...strings(table(table(setuptools, 'packages'), 'find').where),
        ...strings(table(setuptools, 'package-dir')['']),
        ...strings(wheel.packages).map(parentDir),
        ...(Array.isArray(wheel.sources) ? strings(wheel.sources) : []),
        ...(Array.isArray(poetryPackages) ? poetryPackages.flatMap((entry) => strings(field(entry, 'from'))) : []),
        ...strings(table(table(tool, 'pdm'), 'build')['package-dir']),
    ];
    return roots.map((r) => r.replace(/\/+$/, '').replace(/^(?:\.\/)+/, '')).map((r) => (r === '.' ? '' : r));
}
/** The value under `key` when `value` is a table. */
function field(value, key) {
    return isRecord(value) ? value[key] : undefined;
}
/** A sub-table, or an empty one when the key is absent or not a table. */
function table(value, key) {
    const inner = field(value, key);
    return isRecord(inner) ? inner : {};
}
/** The strings of a value that is a string or a list of strings. */
function strings(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
//# sourceMappingURL=pyproject-package-roots.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/python-import-roots.js




const PYTEST_FILES = defaultPatterns(['python']);
/**
 * The folders Python would find a repository's top-level modules in (its
 * `sys.path` entries inside the repository), and which folders are packages.
 *
 * A package folder is never a root: `import logging` inside a package means
 * the standard library, not a sibling `logging.py`. The roots, first match wins:
 * - the folder the importer itself is imported from: the first folder above it
 *   that is not a package (a script's own folder; for a test file, pytest's
 *   `prepend` rule: the first folder without `__init__.py`);
 * - each Python project enclosing the importer, nearest first (a folder with
 *   pyproject.toml, setup.py or setup.cfg): the package folders its
 *   pyproject declares, its `src/`, and the folder itself;
 * - the repository root and `src/`;
 * - the other projects of the repository (a monorepo's packages import each other).
 */
class PythonImportRoots {
    tree;
    projects;
    packageDirs = new Map();
    namespaceDirs = new Map();
    rootLists = new Map();
    /** `declared`: package folders by project folder, from pyproject.toml (readDeclaredPythonRoots). */
    constructor(tree, declared = new Map()) {
        this.tree = tree;
        this.projects = pythonProjectDirs(tree).map((dir) => ({ dir, roots: [...(declared.get(dir) ?? []), dir === '' ? 'src' : `${dir}/src`, dir] }));
    }
    /** A regular package: the folder has an `__init__.py` (or its stub). */
    hasInit(dir) {
        const prefix = dir === '' ? '' : `${dir}/`;
        return this.tree.hasFile(`${prefix}__init__.py`) || this.tree.hasFile(`${prefix}__init__.pyi`);
    }
    /**
     * A regular package, or a folder inside one: Python imports `pkg/sub/` as the
     * namespace subpackage `pkg.sub` even without an `__init__.py` (flask's `sansio/`).
     */
    isPackageDir(dir) {
        if (dir === '')
            return false;
        let known = this.packageDirs.get(dir);
        if (known === undefined) {
            known = this.hasInit(dir) || this.isPackageDir(parentDir(dir));
            this.packageDirs.set(dir, known);
        }
        return known;
    }
    /**
     * A folder importable as a namespace package (PEP 420): no `__init__.py`, but
     * Python code in it. A folder of templates or data is not taken for one.
     */
    isNamespaceDir(dir) {
        if (dir === '' || !this.tree.hasDir(dir) || this.hasInit(dir))
            return false;
        let known = this.namespaceDirs.get(dir);
        if (known === undefined) {
            known = this.tree.filesIn(dir, true).some((p) => languageOf(p) === 'python');
            this.namespaceDirs.set(dir, known);
        }
        return known;
    }
    /** The folder the importing file's top-level package, or the file itself, is imported from. */
    baseDirOf(fromPath) {
        // pytest inserts a test file's first folder without __init__.py into sys.path; other code is imported through its packages.
        const pytest = isConftest(fromPath) || testLanguageOf(fromPath, PYTEST_FILES) === 'python';
        let dir = parentDir(fromPath);
        while (dir !== '' && (pytest ? this.hasInit(dir) : this.isPackageDir(dir)))
            dir = parentDir(dir);
        return dir;
    }
    /** The import roots for absolute imports in `fromPath`, in the order they are searched. */
    rootsFor(fromPath) {
        const base = this.baseDirOf(fromPath);
        const dir = parentDir(fromPath);
        const cacheKey = `${base}\0${dir}`;
        let roots = this.rootLists.get(cacheKey);
        if (!roots) {
            const encloses = (projectDir) => projectDir === '' || dir === projectDir || dir.startsWith(`${projectDir}/`);
            const enclosing = this.projects.filter((p) => encloses(p.dir)).sort((a, b) => b.dir.length - a.dir.length);
            const others = this.projects.filter((p) => !encloses(p.dir));
            const candidates = [...enclosing.flatMap((p) => p.roots), '', 'src', ...others.flatMap((p) => p.roots)];
            const rest = candidates.filter((root) => root !== base && (root === '' || this.tree.hasDir(root)) && !this.isPackageDir(root));
            roots = [base, ...new Set(rest)];
            this.rootLists.set(cacheKey, roots);
        }
        return roots;
    }
}
//# sourceMappingURL=python-import-roots.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/python-stdlib.js
// Generated once; do not edit by hand. The union of `sys.stdlib_module_names`
// (the top-level modules of the standard library, builtin and pure Python,
// including platform-specific ones) of CPython 3.10, 3.11, 3.12 and 3.13, from:
//
//   for v in 3.10 3.11 3.12 3.13; do
//     python$v -c 'import sys; print("\n".join(sys.stdlib_module_names))'
//   done | sort -u
//
// A union, so modules removed in later versions (distutils, imp, asynchat, …)
// still count: code that imports them targets an older Python, and they are
// still not the repository's own. Regenerate when a new CPython adds modules
// (the python-resolver test compares this list with the local python3).
/** Top-level module names of the Python standard library. */
const PYTHON_STDLIB_MODULES = new Set(`__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs
   _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _colorize
   _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal
   _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp
   _interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5 _msi
   _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped _pickle
   _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random _scproxy
   _sha1 _sha2 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string
   _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local _tkinter _tokenize _tracemalloc
   _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc aifc antigravity argparse array ast
   asynchat asyncio asyncore atexit audioop base64 bdb binascii binhex bisect builtins bz2 cProfile calendar cgi
   cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib
   contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils
   doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib
   functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib
   imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma
   mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt
   ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil
   platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
   pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors
   shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile
   sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig
   syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize
   tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid
   venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib
   zoneinfo`.split(/\s+/));
//# sourceMappingURL=python-stdlib.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/python-resolver.js




/**
 * Resolves Python imports to module files and packages, by Python's rules.
 * Relative imports climb from the importing file's package. Absolute ones
 * name the standard library (never a repository file, whatever a package has
 * beside the importer), or a module under the import roots (PythonImportRoots:
 * the importer's own base folder, its projects' roots, the repository root and
 * `src/`; package folders never are one), or else a dependency.
 */
class PythonResolver {
    tree;
    roots;
    /** Folders the code puts on `sys.path`: searched before the usual roots (and the standard library), or after them. */
    searchPath = { front: [], back: [] };
    /** `declaredRoots`: package folders by project folder, from pyproject.toml (readDeclaredPythonRoots). */
    constructor(tree, declaredRoots = new Map()) {
        this.tree = tree;
        this.roots = new PythonImportRoots(tree, declaredRoots);
    }
    /** Folders the repository's code adds to `sys.path` (PythonRuntime). */
    setSearchPath(front, back) {
        this.searchPath = { front, back };
    }
    resolve(fromPath, record) {
        const specifier = record.specifier ?? '';
        const names = record.kind === 'python-from-import' || record.kind === 'python-import-module' ? (record.names ?? []) : [];
        const dotted = specifier.replace(/^\.+/, '');
        if (specifier.startsWith('.') || dotted === '')
            return this.resolveNormally(fromPath, specifier, names);
        // A folder added to sys.path can hold the module too: each place that has it is a target (the order of
        // execution decides which one wins, and the guard does not run the code).
        const added = (roots) => roots.flatMap((root) => {
            const moduleDir = joinRepoPath(root, dotted.replaceAll('.', '/'));
            const top = joinRepoPath(root, dotted.split('.')[0]);
            return moduleDir !== undefined && top !== undefined && this.moduleAt(top) !== undefined ? this.targetsAt(moduleDir, names) : [];
        });
        const all = [...added(this.searchPath.front), ...this.resolveNormally(fromPath, specifier, names), ...added(this.searchPath.back)];
        const seen = new Set();
        return all.filter((t) => {
            const key = t.kind === 'module' ? `m:${t.name}` : `p:${t.path}`;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
    }
    resolveNormally(fromPath, specifier, names) {
        const dots = /^\.*/.exec(specifier)[0].length;
        const dotted = specifier.slice(dots);
        let moduleDir;
        if (dots > 0) {
            // `.` is the importing file's package (its folder, for a module and for __init__.py alike); each further dot one folder up.
            let base = parentDir(fromPath);
            for (let level = 1; level < dots && base !== undefined; level += 1)
                base = base === '' ? undefined : parentDir(base);
            if (base === undefined)
                return [{ kind: 'module', name: specifier }];
            moduleDir = dotted === '' ? base : joinRepoPath(base, dotted.replaceAll('.', '/'));
        }
        else {
            // The standard library is found before any folder of the repository is searched.
            if (PYTHON_STDLIB_MODULES.has(dotted.split('.')[0]))
                return [{ kind: 'module', name: dotted }];
            const root = this.rootFor(fromPath, dotted);
            if (root === undefined)
                return [{ kind: 'module', name: dotted }];
            moduleDir = joinRepoPath(root, dotted.replaceAll('.', '/'));
        }
        if (moduleDir === undefined)
            return [{ kind: 'module', name: specifier }];
        return this.targetsAt(moduleDir, names);
    }
    /** The module at `moduleDir` (a path without extension), or the submodules `names` of it. */
    targetsAt(moduleDir, names) {
        const moduleTarget = this.moduleAt(moduleDir) ?? { kind: 'unresolved', path: `${moduleDir}.py` };
        // `from pkg import sub` imports the submodule pkg/sub.py when there is one.
        const submodules = names
            .filter((n) => n !== '*')
            .map((n) => this.moduleAt(moduleDir === '' ? n : `${moduleDir}/${n}`))
            .filter((t) => t !== undefined);
        const importsModuleItself = names.length === 0 || submodules.length < names.filter((n) => n !== '*').length || names.includes('*');
        return importsModuleItself ? [moduleTarget, ...submodules] : submodules;
    }
    /** The module file or package at a path without extension: a regular package wins over a module, as in Python's path finder. */
    moduleAt(path) {
        const file = this.regularModuleAt(path);
        if (file !== undefined)
            return { kind: 'file', path: file };
        if (this.roots.isNamespaceDir(path))
            return { kind: 'dir', path, recursive: true };
        return undefined;
    }
    regularModuleAt(path) {
        if (path === '')
            return undefined;
        return [`${path}/__init__.py`, `${path}.py`, `${path}/__init__.pyi`, `${path}.pyi`].find((candidate) => this.tree.hasFile(candidate));
    }
    /**
     * The import root the module is found under; undefined for a dependency. A
     * module or regular package under any root wins over a namespace package
     * under an earlier one (PEP 420), and a namespace package split over roots
     * is found where the imported submodule is.
     */
    rootFor(fromPath, dotted) {
        const roots = this.roots.rootsFor(fromPath);
        const top = dotted.split('.')[0];
        const under = (root, path) => (root === '' ? path : `${root}/${path}`);
        const regular = roots.find((root) => this.regularModuleAt(under(root, top)) !== undefined);
        if (regular !== undefined)
            return regular;
        const portions = roots.filter((root) => this.roots.isNamespaceDir(under(root, top)));
        const path = dotted.replaceAll('.', '/');
        return portions.find((root) => this.moduleAt(under(root, path)) !== undefined) ?? portions[0];
    }
}
//# sourceMappingURL=python-resolver.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/import-resolver.js







/** Project files that mark where a program is usually started from (its working directory), by language. */
const import_resolver_PROJECT_FILES = {
    typescript: ['package.json'],
    python: ['pyproject.toml', 'setup.py', 'setup.cfg'],
    go: ['go.mod'],
};
/** `sys.modules` aliases are followed this deep (an alias of an alias …). */
const MAX_ALIAS_DEPTH = 4;
/** Resolves imports of any supported language within one repository state; configs are read once. */
class ImportResolver {
    snapshot;
    tree;
    js;
    python;
    go;
    runtime;
    constructor(snapshot, tree, logger) {
        this.snapshot = snapshot;
        this.tree = tree;
        this.js = new JsResolver(snapshot, tree, logger);
        this.go = new GoResolver(snapshot, tree, logger);
    }
    /** Where the repository's own code makes imports look (`sys.path`, `module.paths`) and what it aliases (`sys.modules`). */
    useRuntimeSearchPaths(runtime) {
        this.runtime = runtime;
        this.js.setModuleDirs(runtime.node);
        this.python = undefined;
    }
    /** The targets of one import; none for a computed module or a search-path change. */
    async resolve(fromPath, record, aliasDepth = 0) {
        if (record.specifier === undefined || SEARCH_PATH_KINDS.has(record.kind))
            return [];
        const language = languageOf(fromPath);
        if (PATH_KINDS.has(record.kind) || record.anchor === 'cwd')
            return this.resolvePath(fromPath, record, language);
        switch (language) {
            case 'typescript':
                return this.js.resolveAll(fromPath, record.specifier);
            case 'python':
                return [...(await this.pythonResolver()).resolve(fromPath, record), ...(await this.aliased(record, aliasDepth))];
            case 'go':
                return [await this.go.resolve(fromPath, record.specifier)];
            default:
                return [];
        }
    }
    /** The entry file of a package folder (a workspace package imported by name), for following it. */
    packageEntry(dir) {
        return this.js.packageEntry(dir);
    }
    /**
     * A path, relative to the importing file's folder or to the working
     * directory. The working directory is not fixed by the code: the
     * repository root and the nearest project folder are both taken, and each
     * that has the path is a target (neither has it: both, unresolved).
     */
    async resolvePath(fromPath, record, language) {
        const specifier = record.specifier;
        if (specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier))
            return [{ kind: 'module', name: specifier }];
        const bases = record.anchor === 'cwd' ? this.workingDirectories(fromPath, language) : [parentDir(fromPath)];
        const found = [];
        const missing = [];
        for (const base of bases) {
            const path = joinRepoPath(base, specifier);
            if (path === undefined)
                continue;
            const target = await this.pathTarget(fromPath, path, record, language, base, specifier);
            (target.kind === 'unresolved' ? missing : found).push(target);
        }
        return found.length > 0 ? found : missing.length > 0 ? missing : [{ kind: 'module', name: specifier }];
    }
    async pathTarget(fromPath, path, record, language, base, specifier) {
        if (record.kind === 'module-glob')
            return this.tree.hasDir(path) ? { kind: 'dir', path, recursive: true } : { kind: 'unresolved', path };
        if (language === 'typescript' && record.kind !== 'native-addon') {
            // A module path that Node resolves like a relative require: extensions and index files.
            return this.js.resolve(fromPath, /^\.\.?(?:\/|$)/.test(specifier) ? specifier : `./${specifier}`, base);
        }
        if (this.tree.hasFile(path))
            return { kind: 'file', path };
        if (this.tree.hasDir(path)) {
            // `runpy.run_path(dir)` runs its __main__.py; a C include folder is its own files.
            const main = `${path}/__main__.py`;
            return this.tree.hasFile(main) ? { kind: 'file', path: main } : { kind: 'dir', path, recursive: record.kind !== 'cgo-include' };
        }
        return { kind: 'unresolved', path };
    }
    /** The repository root and the nearest project folder of the importing file. */
    workingDirectories(fromPath, language) {
        const dirs = new Set(['']);
        for (const name of import_resolver_PROJECT_FILES[language ?? ''] ?? []) {
            const project = this.tree.nearest(parentDir(fromPath), name);
            if (project !== undefined)
                dirs.add(parentDir(project));
        }
        return [...dirs];
    }
    /** `sys.modules['name'] = module` anywhere the guard read: importing `name` gives that module. */
    async aliased(record, depth) {
        if (!this.runtime || depth >= MAX_ALIAS_DEPTH || record.specifier === undefined || record.specifier.startsWith('.'))
            return [];
        const names = [record.specifier, ...(record.kind === 'python-from-import' ? (record.names ?? []).map((n) => `${record.specifier}.${n}`) : [])];
        const out = [];
        for (const name of names) {
            for (const origin of this.runtime.aliases.get(name) ?? [])
                out.push(...(await this.resolve(origin.path, origin.record, depth + 1)));
        }
        return out;
    }
    /** The pyproject files are read only when a Python file is resolved, once per repository state. */
    pythonResolver() {
        this.python ??= readDeclaredPythonRoots(this.snapshot, this.tree).then((declared) => {
            const resolver = new PythonResolver(this.tree, declared);
            if (this.runtime)
                resolver.setSearchPath(this.runtime.python.front, this.runtime.python.back);
            return resolver;
        });
        return this.python;
    }
}
//# sourceMappingURL=import-resolver.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/resolve/runtime-search-paths.js



/** Files Python runs before any test or program code without being imported by name: their path changes apply everywhere. */
const PYTHON_STARTUP_FILES = ['conftest.py', 'sitecustomize.py', 'usercustomize.py'];
/**
 * The search paths the given files set up, and the changes among them whose
 * folder or name is computed at run time. `workingDirectories` says which
 * folders a path relative to the working directory may start from.
 */
async function runtimeSearchPaths(snapshot, tree, files, workingDirectories) {
    const runtime = { python: { front: [], back: [] }, node: [], aliases: new Map() };
    const computed = [];
    const siteDirs = [];
    const read = (path, text, writtenIn = path) => {
        for (const record of parseImports(path, text)) {
            if (record.kind !== 'python-path-entry' && record.kind !== 'module-path-entry' && record.kind !== 'python-module-alias')
                continue;
            if (record.specifier === undefined) {
                computed.push({ path: writtenIn, record });
                continue;
            }
            if (record.kind === 'python-module-alias') {
                if (record.aliasOf === undefined)
                    continue;
                const list = runtime.aliases.get(record.specifier) ?? [];
                list.push({ path, record: record.aliasOf });
                runtime.aliases.set(record.specifier, list);
                continue;
            }
            const python = record.kind === 'python-path-entry';
            const bases = record.anchor === 'cwd' ? workingDirectories(path, python ? 'python' : 'typescript') : [parentDir(path)];
            for (const base of bases) {
                const dir = record.specifier.startsWith('/') ? undefined : joinRepoPath(base, record.specifier);
                if (dir === undefined || !tree.hasDir(dir))
                    continue;
                if (!python)
                    runtime.node.push(dir);
                else
                    (record.position === 'front' ? runtime.python.front : runtime.python.back).push(dir);
                if (record.call === 'site.addsitedir')
                    siteDirs.push(dir);
            }
        }
    };
    for (const [path, text] of files)
        read(path, text);
    // `site.addsitedir(d)` also reads d's `.pth` files: each line a folder to add, or an `import` line to run.
    const pthFiles = siteDirs.flatMap((dir) => tree.filesIn(dir, false).filter((p) => p.endsWith('.pth')));
    const pthTexts = await snapshot.read(pthFiles);
    for (const pth of pthFiles) {
        const dir = parentDir(pth);
        for (const line of (pthTexts.get(pth) ?? '').split(/\r?\n/)) {
            const trimmed = line.trim();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            if (/^import[ \t]/.test(trimmed))
                read(`${pth}.py`, trimmed, pth);
            else {
                const added = joinRepoPath(dir, trimmed);
                if (added !== undefined && tree.hasDir(added))
                    runtime.python.back.push(added);
            }
        }
    }
    return { runtime, computed };
}
//# sourceMappingURL=runtime-search-paths.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/snapshot.js




/**
 * Listings by repository and commit, shared between runs (Review mode checks the
 * same head more than once). Small: a listing of a large repository is megabytes.
 */
class TreeCache {
    capacity;
    entries = new Map();
    constructor(capacity = 4) {
        this.capacity = capacity;
    }
    get(key, load) {
        const hit = this.entries.get(key);
        if (hit) {
            this.entries.delete(key);
            this.entries.set(key, hit);
            return hit;
        }
        const loaded = load();
        // A failed listing is not remembered: the next run tries again.
        loaded.catch(() => this.entries.delete(key));
        this.entries.set(key, loaded);
        while (this.entries.size > this.capacity)
            this.entries.delete(this.entries.keys().next().value);
        return loaded;
    }
}
/**
 * Remembers what was read: the guard reads the changed files and every config
 * the resolvers may need in one batch, so resolving asks git for nothing more.
 */
function cachingSnapshot(inner) {
    const texts = new Map();
    return {
        label: inner.label,
        tree: () => inner.tree(),
        async read(paths) {
            const missing = [...new Set(paths.filter((p) => !texts.has(p)))];
            if (missing.length > 0) {
                const batch = inner.read(missing);
                for (const p of missing)
                    texts.set(p, batch.then((m) => m.get(p)));
                // A failed batch is not remembered.
                batch.catch(() => missing.forEach((p) => texts.delete(p)));
            }
            return new Map(await Promise.all(paths.map(async (p) => [p, await texts.get(p)])));
        },
    };
}
/** A commit: one `git ls-tree` for the listing, `git cat-file --batch` for contents. */
function snapshot_commitSnapshot(repo, sha, cache = new TreeCache()) {
    return {
        label: sha,
        tree: () => cache.get(`${repo}\0${sha}`, async () => new repo_tree_RepoTree(await listFilesAt(repo, sha))),
        async read(paths) {
            const names = paths.map((p) => `${sha}:${p}`);
            const objects = await readObjects(repo, names);
            return new Map(paths.map((p, i) => [p, objects.get(names[i])?.toString('utf8')]));
        },
    };
}
/**
 * The working tree as the runner's agent left it: tracked and untracked files
 * that are not ignored. Symlinks are not followed, so nothing outside the repo is read.
 */
function snapshot_workingTreeSnapshot(repo) {
    let listing;
    return {
        label: 'working tree',
        tree() {
            listing ??= (async () => {
                const [present, deleted] = await Promise.all([
                    runGit(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
                    runGit(repo, ['ls-files', '-z', '--deleted']),
                ]);
                const gone = new Set(snapshot_splitNul(deleted.stdout.toString('utf8')));
                return new RepoTree(snapshot_splitNul(present.stdout.toString('utf8')).filter((p) => !gone.has(p)));
            })();
            return listing;
        },
        async read(paths) {
            const entries = await Promise.all(paths.map(async (path) => {
                if (path.split('/').some((part) => part === '..' || part === '') || path.includes('\0'))
                    return [path, undefined];
                const abs = join(repo, path);
                try {
                    if (!(await lstat(abs)).isFile())
                        return [path, undefined];
                    return [path, await readFile(abs, 'utf8')];
                }
                catch {
                    return [path, undefined];
                }
            }));
            return new Map(entries);
        },
    };
}
function snapshot_splitNul(text) {
    return text.length === 0 ? [] : text.split('\0').filter((p) => p.length > 0);
}
//# sourceMappingURL=snapshot.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/check-boundaries.js









const READABLE_KINDS = new Set(['file', 'executable']);
/**
 * Decides a change: for each changed source file inside a context, every import
 * edge at head that crosses into another context (or reaches a forbidden module)
 * is compared with the same file at base (its previous path when renamed).
 * A new edge the policy does not allow is a `forbidden-import` error at the
 * import line; one that was already there is an `existing-forbidden-import`
 * notice, so the guard can be adopted on a repository with old violations.
 * The verdict goes by edges, but the notice's words go by the line: an import
 * statement the file did not have at base, on an edge it did have, is said to
 * be a new line of an old edge, not something that "was already there".
 * Imports resolve as the runtime would: through the search paths and module
 * aliases the changed files (and Python's startup files) set up, and on
 * through files outside every context (ChainFollower). What cannot be
 * computed fails closed: `computed-import` and `computed-import-path` errors,
 * unless the same expression was already in the file at base.
 */
async function check_boundaries_checkBoundaries(input) {
    const rules = new BoundaryRules(input.boundaries, input.policyPath);
    const metrics = {
        'files-changed': input.changes.length,
        'files-parsed': 0,
        'files-compared-with-base': 0,
        imports: 0,
        'type-only-imports-skipped': 0,
        'cross-context-edges': 0,
        'new-edges': 0,
        forbidden: 0,
        'existing-forbidden': 0,
        'computed-imports': 0,
        'computed-import-paths': 0,
        'edges-through-files-outside-contexts': 0,
    };
    if (!rules.hasContexts) {
        return { findings: [{ rule: 'no-bounded-contexts', severity: 'notice', message: noContextsMessage(input.policyPath) }], edges: [], metrics };
    }
    const readable = input.changes.filter((f) => f.status !== 'deleted' && READABLE_KINDS.has(f.newKind) && languageOf(f.path) !== undefined);
    const candidates = readable.filter((f) => rules.contextOf(f.path) !== undefined);
    // Search-path changes are process-wide: every changed Python and JavaScript file is read for them, in a context or not.
    const searchPathFiles = readable.filter((f) => languageOf(f.path) === 'python' || languageOf(f.path) === 'typescript');
    if (candidates.length === 0 && searchPathFiles.length === 0)
        return { findings: [], edges: [], metrics };
    const head = cachingSnapshot(input.head);
    const base = cachingSnapshot(input.base);
    // The base listing is needed for any modified or renamed file: start it now, alongside head.
    if (readable.some((f) => f.status !== 'added' && f.status !== 'copied'))
        base.tree().catch(() => undefined);
    // One read for the changed files and every config the resolvers may need.
    const headTree = await head.tree();
    const headPaths = [...new Set([...candidates, ...searchPathFiles].map((f) => f.path))];
    const headStartup = startupFiles(headTree, headPaths);
    const headTexts = await head.read([...headPaths, ...headStartup, ...headTree.resolutionConfigs(languagesOf(headPaths))]);
    const headResolver = new ImportResolver(head, headTree, input.logger);
    const headRuntime = await runtimeSearchPaths(head, headTree, textsOf(headTexts, [...searchPathFiles.map((f) => f.path), ...headStartup]), (path, language) => headResolver.workingDirectories(path, language));
    headResolver.useRuntimeSearchPaths(headRuntime.runtime);
    const headChains = new ChainFollower(head, headResolver, rules, new Set(readable.map((f) => f.path)));
    const headEdges = new Map();
    await Promise.all(candidates.map(async (file) => {
        const text = headTexts.get(file.path);
        if (text === undefined)
            throw new Error(`${file.path} is listed as changed but cannot be read at ${input.head.label}`);
        headEdges.set(file, await fileEdges(file.path, text, rules.contextOf(file.path), rules, headResolver, headChains));
    }));
    metrics['files-parsed'] = candidates.length;
    const toCompare = [...headEdges].filter(([, e]) => e.edges.length > 0 || e.computed.length > 0).map(([f]) => f);
    const atBase = await stateAtBase({ ...input, base }, rules, readable, toCompare, headRuntime.computed.length > 0);
    const baseEdges = atBase.edges;
    metrics['files-compared-with-base'] = baseEdges.size;
    const findings = [];
    const edges = [];
    for (const file of candidates) {
        const atHead = headEdges.get(file);
        const atBase = baseEdges.get(file);
        metrics['edges-through-files-outside-contexts'] += atHead.edges.filter((e) => e.via !== undefined).length;
        metrics.imports += atHead.imports;
        metrics['type-only-imports-skipped'] += atHead.typeOnlySkipped;
        const baseKeys = new Set(atBase?.edges.map((e) => e.key));
        const baseStatements = new Multiset(atBase?.edges.map((e) => `${e.key}\0${statementKey(e.record)}`));
        const baseExpressions = new Set(atBase?.computed.map(computedKey));
        const reported = new Set();
        for (const edge of atHead.edges) {
            const existing = baseKeys.has(edge.key);
            // Each base statement vouches for one head statement: a duplicated import line is a new line.
            const newLine = !existing || !baseStatements.take(`${edge.key}\0${statementKey(edge.record)}`);
            edges.push({ ...edge, existing, newLine });
            if (edge.judgement.otherContexts.length > 0)
                metrics['cross-context-edges'] += 1;
            if (!existing)
                metrics['new-edges'] += 1;
            for (const violation of edge.judgement.violations) {
                const once = `${edge.line}\0${edge.key}\0${violation.to}`;
                if (reported.has(once))
                    continue;
                reported.add(once);
                if (existing) {
                    metrics['existing-forbidden'] += 1;
                    // A line the change adds to an old edge does not fail it, but is annotated as a warning on the PR.
                    if (newLine)
                        findings.push({ rule: 'existing-forbidden-import', severity: 'warning', message: newLineOfExistingEdgeMessage(edge, violation), path: file.path, line: edge.line });
                    else
                        findings.push({ rule: 'existing-forbidden-import', severity: 'notice', message: existingForbiddenImportMessage(edge, violation), path: file.path, line: edge.line });
                }
                else {
                    metrics.forbidden += 1;
                    findings.push({ rule: 'forbidden-import', severity: 'error', message: forbiddenImportMessage(edge, violation), path: file.path, line: edge.line });
                }
            }
        }
        for (const load of atHead.computed) {
            metrics['computed-imports'] += 1;
            // One already there at the merge base is not the change's doing (as an old edge is not).
            if (baseExpressions.has(computedKey(load)))
                continue;
            findings.push({ rule: 'computed-import', severity: 'error', message: computedImportMessage(load), path: file.path, line: load.record.line });
        }
    }
    for (const change of headRuntime.computed) {
        const file = readable.find((f) => f.path === change.path);
        // A test's own process cannot make production code import anything; a startup file the change leaves alone is not its doing.
        if (!file || (test_files_isTestPath(change.path) && rules.contextOf(change.path) === undefined))
            continue;
        metrics['computed-import-paths'] += 1;
        if (atBase.computedSearchPaths.has(searchPathKey(basePathOf(file) ?? '', change)))
            continue;
        findings.push({ rule: 'computed-import-path', severity: 'error', message: computedSearchPathMessage(change.record), path: change.path, line: change.record.line });
    }
    return { findings, edges, metrics };
}
function searchPathKey(path, change) {
    return `${path}\0${change.record.kind}\0${change.record.expression ?? ''}`;
}
/** The path a changed file had at base, or undefined for one the change adds. */
function basePathOf(file) {
    if (file.status === 'renamed')
        return file.previousPath;
    return file.status === 'added' || file.status === 'copied' ? undefined : file.path;
}
/** Python's startup files (conftest.py, sitecustomize.py) of a state, when Python is involved. */
function startupFiles(tree, paths) {
    if (!paths.some((p) => languageOf(p) === 'python'))
        return [];
    return PYTHON_STARTUP_FILES.flatMap((name) => tree.filesNamed(name));
}
function textsOf(texts, paths) {
    const out = new Map();
    for (const path of paths) {
        const text = texts.get(path);
        if (text !== undefined)
            out.set(path, text);
    }
    return out;
}
/**
 * An import statement as the parser read it, apart from its line: the same
 * import moved or rewrapped is the same statement; importing other names from
 * the module, or the module under another form, is a new one.
 */
function statementKey(record) {
    return [record.kind, record.specifier ?? '', [...(record.names ?? [])].sort().join(','), record.typeOnly ? 'type' : 'value'].join('\0');
}
/** Counts of strings, taken one at a time. */
class Multiset {
    counts = new Map();
    constructor(items = []) {
        for (const item of items)
            this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    }
    /** Removes one occurrence; false when there is none left. */
    take(item) {
        const count = this.counts.get(item) ?? 0;
        if (count === 0)
            return false;
        this.counts.set(item, count - 1);
        return true;
    }
}
function languagesOf(paths) {
    const languages = new Set(paths.map(languageOf));
    return { typescript: languages.has('typescript'), go: languages.has('go') };
}
/**
 * The same files at base, for those with something to compare. A renamed file
 * is read at its previous path; an added or copied file has no base edges (a
 * copy of a violation is a new violation). Base targets renamed by the change
 * are mapped to their head paths, so moving a target does not make an edge new.
 * Imports resolve at base as they did then: with the search paths the base
 * versions of the changed files (and the startup files) set up, and through
 * the same files outside the contexts, touched by the change or not.
 * Also the computed search-path changes the changed files had at base.
 */
async function stateAtBase(input, rules, readable, files, searchPathsNeeded) {
    const result = new Map();
    const computedSearchPaths = new Set();
    const withBase = files
        .map((file) => ({ file, basePath: basePathOf(file) }))
        .filter((x) => x.basePath !== undefined && READABLE_KINDS.has(x.file.oldKind));
    const searchPathBases = readable
        .map(basePathOf)
        .filter((p) => p !== undefined && (languageOf(p) === 'python' || languageOf(p) === 'typescript'));
    if (withBase.length === 0 && !(searchPathsNeeded && searchPathBases.length > 0))
        return { edges: result, computedSearchPaths };
    const renamed = new Map(input.changes.filter((f) => f.status === 'renamed' && f.previousPath !== undefined).map((f) => [f.previousPath, f.path]));
    const mapTargetPath = (path) => renamed.get(path) ?? path;
    const baseTree = await input.base.tree();
    const basePaths = withBase.map((x) => x.basePath);
    const baseStartup = startupFiles(baseTree, [...basePaths, ...searchPathBases]);
    const baseTexts = await input.base.read([...basePaths, ...searchPathBases, ...baseStartup, ...baseTree.resolutionConfigs(languagesOf(basePaths))]);
    const baseResolver = new ImportResolver(input.base, baseTree, input.logger);
    const baseRuntime = await runtimeSearchPaths(input.base, baseTree, textsOf(baseTexts, [...searchPathBases, ...baseStartup]), (path, language) => baseResolver.workingDirectories(path, language));
    for (const change of baseRuntime.computed)
        computedSearchPaths.add(searchPathKey(change.path, change));
    baseResolver.useRuntimeSearchPaths(baseRuntime.runtime);
    const baseChains = new ChainFollower(input.base, baseResolver, rules, new Set(searchPathBases.concat(readable.map(basePathOf).filter((p) => p !== undefined))));
    await Promise.all(withBase.map(async ({ file, basePath }) => {
        const text = baseTexts.get(basePath);
        const from = rules.contextOf(basePath);
        if (text === undefined || from === undefined || languageOf(basePath) === undefined)
            return;
        result.set(file, await fileEdges(basePath, text, from, rules, baseResolver, baseChains, mapTargetPath));
    }));
    return { edges: result, computedSearchPaths };
}
//# sourceMappingURL=check-boundaries.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/summary.js

/**
 * The job-summary section: the edges between contexts that the change adds,
 * grouped by context pair, and how many old violations it carries along.
 */
function renderBoundariesSummary(result) {
    const groups = new Map();
    for (const edge of result.edges) {
        if (edge.existing)
            continue;
        const tos = edge.judgement.violations.length > 0 ? edge.judgement.violations.map((v) => v.to) : edge.judgement.otherContexts;
        for (const to of tos) {
            const key = `${edge.from}\0${to}`;
            const group = groups.get(key) ?? { from: edge.from, to, imports: 0, forbidden: false };
            group.imports += 1;
            group.forbidden ||= edge.judgement.violations.some((v) => v.to === to);
            groups.set(key, group);
        }
    }
    const lines = ['### Import edges this change adds between contexts', ''];
    if (groups.size === 0) {
        lines.push('None.');
    }
    else {
        lines.push('| from | to | imports | |', '|---|---|---|---|');
        for (const g of [...groups.values()].sort((a, b) => Number(b.forbidden) - Number(a.forbidden) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))) {
            lines.push(`| \`${markdownText(g.from)}\` | \`${markdownText(g.to)}\` | ${g.imports} | ${g.forbidden ? '❌ not allowed' : '✅ allowed'} |`);
        }
    }
    const existing = result.metrics['existing-forbidden'];
    const onNewLines = existingOnNewLines(result);
    if (onNewLines > 0) {
        lines.push('', `${existing} import(s) the policy does not allow are on edges already there at the merge base (not failures); ${onNewLines} of them on lines this change adds (warnings).`);
    }
    else if (existing > 0) {
        lines.push('', `${existing} import(s) the policy does not allow were already there at the merge base (notices, not failures).`);
    }
    lines.push('');
    return lines.join('\n');
}
/** The existing-edge notices on lines the change adds, counted as the check counts them (once per line, edge and context). */
function existingOnNewLines(result) {
    const seen = new Set();
    for (const edge of result.edges) {
        if (!edge.existing || !edge.newLine)
            continue;
        for (const violation of edge.judgement.violations)
            seen.add(`${edge.path}\0${edge.line}\0${edge.key}\0${violation.to}`);
    }
    return seen.size;
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/guard.js








const BOUNDARIES_GUARD = 'boundaries';
/**
 * The architecture-boundary guard on a PR: the files changed between the merge
 * base and head, their imports at head, judged against `policy.boundaries`.
 * Throws a ConfigurationError on a bad policy, a missing commit or a shallow
 * clone, and on a TypeScript/Go config it needs but cannot read: the action
 * shell turns that into verdict `error`.
 */
async function runBoundariesGuard(options) {
    const cache = options.treeCache ?? new TreeCache();
    const headSha = await resolveCommit(options.repo, options.head, 'head');
    const head = snapshot_commitSnapshot(options.repo, headSha, cache);
    // The head listing does not depend on the diff: list it while the diff runs.
    head.tree().catch(() => undefined);
    const changes = await changedFiles(options.repo, options.base, headSha, options.prCommits !== undefined ? { prCommits: options.prCommits } : {});
    const result = await check_boundaries_checkBoundaries({
        boundaries: options.policy.boundaries,
        policyPath: options.policyPath ?? policy_DEFAULT_POLICY_PATH,
        changes: changes.files,
        head,
        base: snapshot_commitSnapshot(options.repo, changes.mergeBase, cache),
        logger: options.logger,
    });
    logOutcome(options.logger, result, `${changes.mergeBase.slice(0, 12)}..${changes.head.slice(0, 12)}`);
    return guardRun(result);
}
/**
 * The same decision on the working tree, for the runner in-process (before the
 * agent commits): tracked changes against the merge base with rename
 * detection, plus untracked files that are not ignored.
 */
async function runBoundariesOnWorkingTree(options) {
    const { mergeBase: mb } = await resolveRange(options.repo, options.base, 'HEAD');
    const [tracked, untracked] = await Promise.all([
        runGit(options.repo, ['diff', '--raw', '-z', '--no-abbrev', '-M', '--ignore-submodules=none', mb, '--']),
        runGit(options.repo, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    const changes = parseRawDiff(tracked.stdout.toString('utf8'));
    for (const path of splitNul(untracked.stdout.toString('utf8'))) {
        // Only regular files are read: an untracked symlink could point outside the repository.
        const isFile = await lstat(join(options.repo, path)).then((s) => s.isFile(), () => false);
        changes.push({ status: 'added', path, oldMode: '000000', newMode: isFile ? '100644' : '120000', oldSha: '0'.repeat(40), newSha: '0'.repeat(40), oldKind: 'none', newKind: isFile ? 'file' : 'symlink' });
    }
    const result = await checkBoundaries({
        boundaries: options.policy.boundaries,
        policyPath: options.policyPath ?? DEFAULT_POLICY_PATH,
        changes,
        head: workingTreeSnapshot(options.repo),
        base: commitSnapshot(options.repo, mb),
        logger: options.logger,
    });
    logOutcome(options.logger, result, `${mb.slice(0, 12)}..working tree`);
    return guardRun(result);
}
function guardRun(result) {
    return {
        report: reportFromFindings(BOUNDARIES_GUARD, result.findings, { ...result.metrics }),
        outputs: { 'new-edges': result.metrics['new-edges'], forbidden: result.metrics.forbidden },
        summary: renderBoundariesSummary(result),
    };
}
function logOutcome(logger, result, range) {
    const m = result.metrics;
    logger.info(`boundaries ${range}: ${m['files-parsed']} of ${m['files-changed']} changed file(s) parsed, ${m.imports} import(s), ` +
        `${m['new-edges']} new edge(s) between contexts, ${m.forbidden} forbidden, ${m['existing-forbidden']} already there at base.`);
}
//# sourceMappingURL=guard.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/golden-sample.js


const GOLDEN_SAMPLE_RULE = 'golden-sample-layout';
function familyOf(path) {
    const ext = posix.extname(path);
    if (/^\.[cm]?[jt]sx?$/.test(ext))
        return 'js';
    if (ext === '.py' || ext === '.pyi')
        return 'python';
    if (ext === '.go')
        return 'go';
    return ext;
}
/**
 * The parts of a test file's name, for files that are tests (config's
 * isTestPath, the one answer): `add-to-cart.test.ts` → {'', 'add-to-cart',
 * '.test.ts'}; `test_cart.py` → {'test_', 'cart', '.py'}; a file in a test
 * folder → its stem.
 */
function testName(path) {
    if (!isTestPath(path))
        return undefined;
    const base = posix.basename(path);
    let m = /^(.+?)(\.(?:test|spec)\.[cm]?[jt]sx?)$/.exec(base);
    if (m)
        return { prefix: '', subject: m[1], suffix: m[2] };
    m = /^(test_)(.+)(\.py)$/.exec(base);
    if (m)
        return { prefix: m[1], subject: m[2], suffix: m[3] };
    m = /^(.+)(_test\.(?:py|go))$/.exec(base);
    if (m)
        return { prefix: '', subject: m[1], suffix: m[2] };
    const stem = stemOf(base);
    return { prefix: '', subject: stem, suffix: base.slice(stem.length) };
}
function stemOf(base) {
    const dot = base.indexOf('.', 1);
    return dot < 0 ? base : base.slice(0, dot);
}
function namingCase(stem) {
    if (/^[a-z0-9]+$/.test(stem))
        return 'lower';
    if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(stem))
        return 'kebab';
    if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(stem))
        return 'snake';
    if (/^[a-z][a-zA-Z0-9]*$/.test(stem))
        return 'camel';
    if (/^[A-Z][a-zA-Z0-9]*$/.test(stem))
        return 'pascal';
    return 'other';
}
function casesCompatible(sample, added) {
    if (sample === 'other' || sample === added)
        return true;
    if (sample === 'lower')
        return added !== 'pascal';
    return added === 'lower' && sample !== 'pascal';
}
const CASE_TEXT = {
    lower: 'lowercase',
    kebab: 'kebab-case',
    snake: 'snake_case',
    camel: 'camelCase',
    pascal: 'PascalCase',
    other: 'its own style',
};
const squash = (s) => s.toLowerCase().replace(/[-_.]/g, '');
function dirOf(path) {
    const d = posix.dirname(path);
    return d === '.' ? '' : d;
}
function within(dir, rel) {
    return dir === '' ? rel : `${dir}/${rel}`;
}
function checkGoldenSampleLayout(input) {
    const findings = [];
    const known = input.knownFiles ? new Set(input.knownFiles) : undefined;
    const added = new Set(input.addedFiles);
    const sources = [];
    const tests = [];
    const listedTests = input.samples.filter((s) => !s.endsWith('/') && isTestPath(s));
    for (const raw of input.samples) {
        const sample = raw.replace(/^\.\//, '');
        const isFolder = sample.endsWith('/') || (known !== undefined && !known.has(sample) && input.knownFiles.some((f) => f.startsWith(`${sample}/`)));
        if (isFolder) {
            const folder = sample.replace(/\/+$/, '');
            folderShapes(folder, input.knownFiles, listedTests, sources, tests);
            continue;
        }
        if (known && !known.has(sample)) {
            findings.push({ rule: GOLDEN_SAMPLE_RULE, severity: 'warning', message: `The golden sample ${sample} does not exist in the repository, so nothing can be compared with it.` });
            continue;
        }
        if (isTestPath(sample))
            continue;
        const stem = stemOf(posix.basename(sample));
        sources.push({ sample, family: familyOf(sample), namingCase: namingCase(stem), dir: dirOf(sample) });
        const test = findTest(sample, listedTests, input.knownFiles);
        if (test)
            tests.push(testShape(sample, test, undefined));
    }
    for (const path of input.addedFiles) {
        const family = familyOf(path);
        if (isTestPath(path)) {
            const candidates = tests.filter((t) => t.family === family);
            if (candidates.length === 0 || candidates.some((t) => testFits(t, path)))
                continue;
            const t = candidates[0];
            findings.push({
                rule: GOLDEN_SAMPLE_RULE,
                severity: 'warning',
                message: `New test ${path} does not follow the golden sample's test layout: the sample's test is ${t.sampleTest}, so tests go in ${describeDir(t.dirPattern)} named ${t.name.prefix}<name>${t.name.suffix}.`,
                path,
            });
            continue;
        }
        const candidates = sources.filter((s) => s.family === family);
        if (candidates.length === 0)
            continue;
        const fitting = candidates.find((s) => sourceFits(s, path));
        if (!fitting) {
            findings.push({
                rule: GOLDEN_SAMPLE_RULE,
                severity: 'warning',
                message: `New file ${path} does not sit where the golden sample's pattern puts it: ${candidates.map(describeSourceShape).join('; or ')}.`,
                path,
            });
            continue;
        }
        const stem = stemOf(posix.basename(path));
        const caseOfNew = namingCase(stem);
        if (!casesCompatible(fitting.namingCase, caseOfNew)) {
            findings.push({
                rule: GOLDEN_SAMPLE_RULE,
                severity: 'warning',
                message: `New file ${path} is named in ${CASE_TEXT[caseOfNew]}; the golden sample ${fitting.sample} is named in ${CASE_TEXT[fitting.namingCase]}.`,
                path,
            });
        }
        const expected = expectedTest(tests, path);
        if (expected && !added.has(expected.path) && !(known?.has(expected.path) ?? false)) {
            findings.push({
                rule: GOLDEN_SAMPLE_RULE,
                severity: 'warning',
                message: `New file ${path} has no test at ${expected.path}, where the golden sample's layout puts it (the sample ${expected.shape.sampleSource} is tested in ${expected.shape.sampleTest}).`,
                path,
            });
        }
    }
    return findings;
}
/** A folder sample `src/events/add-to-cart/`: new features are sibling folders with the same sub-folders. */
function folderShapes(folder, knownFiles, listedTests, sources, tests) {
    const files = (knownFiles ?? []).filter((f) => f.startsWith(`${folder}/`));
    const sourceFiles = files.filter((f) => !isTestPath(f));
    const families = new Set(sourceFiles.map(familyOf));
    const subDirs = new Set(sourceFiles.map((f) => dirOf(f.slice(folder.length + 1))));
    if (subDirs.size === 0)
        subDirs.add('');
    const feature = posix.basename(folder);
    for (const family of families.size > 0 ? families : new Set(['js', 'python', 'go'])) {
        sources.push({ sample: `${folder}/`, family, namingCase: namingCase(feature), parent: dirOf(folder), subDirs });
    }
    const testsOfFolder = new Set([
        ...files.filter(isTestPath),
        ...[...listedTests, ...(knownFiles ?? []).filter(isTestPath)].filter((t) => squash(testName(t).subject) === squash(feature)),
    ]);
    const main = sourceFiles.find((f) => stemOf(posix.basename(f)) === 'index') ?? sourceFiles[0];
    for (const test of testsOfFolder) {
        const subject = squash(testName(test).subject);
        const named = sourceFiles.find((f) => squash(stemOf(posix.basename(f))) === subject);
        const source = named ?? (subject === squash(feature) ? main : undefined);
        if (source)
            tests.push(testShape(source, test, { folder, feature }));
    }
}
/** The sample's test: listed in the packet, or a known test file whose subject is the sample's name. */
function findTest(source, listedTests, knownFiles) {
    const subject = squash(stemOf(posix.basename(source)));
    const family = familyOf(source);
    const matches = (t) => familyOf(t) === family && squash(testName(t)?.subject ?? '') === subject;
    const candidates = [...listedTests.filter(matches), ...(knownFiles ?? []).filter((f) => isTestPath(f) && matches(f))];
    // The nearest test wins: the longest shared folder prefix with the source.
    return candidates.sort((a, b) => sharedPrefix(b, source) - sharedPrefix(a, source))[0];
}
function sharedPrefix(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    let n = 0;
    while (n < pa.length - 1 && n < pb.length - 1 && pa[n] === pb[n])
        n += 1;
    return n;
}
function testShape(source, test, folder) {
    const name = testName(test);
    const withFeature = (dir) => {
        if (!folder)
            return dir;
        const parts = dir.split('/');
        const at = parts.lastIndexOf(folder.feature);
        if (at >= 0)
            parts[at] = '{feature}';
        return parts.join('/');
    };
    return {
        sampleSource: source,
        sampleTest: test,
        family: familyOf(test),
        dirPattern: withFeature(dirOf(test)),
        name,
        sourceDirPattern: withFeature(dirOf(source)),
        namedAfterFeature: folder !== undefined && squash(name.subject) === squash(folder.feature),
    };
}
function sourceFits(shape, path) {
    if (shape.dir !== undefined)
        return dirOf(path) === shape.dir;
    const parent = shape.parent ?? '';
    const prefix = parent === '' ? '' : `${parent}/`;
    if (!path.startsWith(prefix))
        return false;
    const rest = path.slice(prefix.length).split('/');
    if (rest.length < 2)
        return false;
    return shape.subDirs.has(rest.slice(1, -1).join('/'));
}
/** `src/events/{feature}/__tests__` as a regex over a folder; with `capture`, the feature is group 1. */
function dirRegex(pattern, capture = false) {
    const escaped = pattern.split('{feature}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join(capture ? '([^/]+)' : '[^/]+')}$`);
}
function testFits(shape, path) {
    const name = posix.basename(path);
    if (!name.startsWith(shape.name.prefix) || !name.endsWith(shape.name.suffix))
        return false;
    if (name.length <= shape.name.prefix.length + shape.name.suffix.length)
        return false;
    return dirRegex(shape.dirPattern).test(dirOf(path));
}
/** The test path the sample's layout gives a new source file, if the sample has a test for a file like it. */
function expectedTest(tests, path) {
    const dir = dirOf(path);
    const base = posix.basename(path);
    for (const shape of tests) {
        if (shape.family !== familyOf(path))
            continue;
        const m = dirRegex(shape.sourceDirPattern, true).exec(dir);
        if (!m)
            continue;
        // In a folder sample only files named like the tested one get a test (handler.ts, not index.ts).
        if (shape.sourceDirPattern.includes('{feature}') && posix.basename(shape.sampleSource) !== base)
            continue;
        const feature = m[1];
        const testDir = feature === undefined ? shape.dirPattern : shape.dirPattern.replace('{feature}', feature);
        const subject = shape.namedAfterFeature && feature !== undefined ? feature : shape.sourceDirPattern.includes('{feature}') ? shape.name.subject : stemOf(base);
        return { path: within(testDir, `${shape.name.prefix}${subject}${shape.name.suffix}`), shape };
    }
    return undefined;
}
function describeDir(pattern) {
    return pattern === '' ? 'the repository root' : `${pattern.replace('{feature}', '<feature>')}/`;
}
function describeSourceShape(shape) {
    if (shape.dir !== undefined)
        return `the sample ${shape.sample} puts files like it in ${describeDir(shape.dir)}`;
    const sub = [...(shape.subDirs ?? [])].map((s) => (s === '' ? '' : `${s}/`));
    const parent = shape.parent ? `${shape.parent}/` : '';
    return `the sample ${shape.sample} puts them in a feature folder ${parent}<feature>/${sub.length === 1 ? sub[0] : `{${sub.join(',')}}`}`;
}
//# sourceMappingURL=golden-sample.js.map
;// CONCATENATED MODULE: ./packages/boundaries/lib/index.js











//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./actions/boundaries/lib/main.js





/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = schemas/* strictObject */.rej({
    policy: schemas/* string */.YjP().default(policy_DEFAULT_POLICY_PATH),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
    'working-directory': schemas/* string */.YjP().default('.'),
});
async function run() {
    const outcome = await runGuardAction({
        core: core,
        guard: 'boundaries',
        inputs: Inputs,
        execute: async (inputs, logger) => {
            const context = await guardContext(inputs, logger);
            const notApplicable = notApplicableRun('boundaries', context, logger);
            if (notApplicable)
                return notApplicable;
            const { repo, base, head, policy, policyPath, prCommits } = context;
            return runBoundariesGuard({ repo, base, head, policy, policyPath, logger, ...prCommits });
        },
    });
    if (outcome.failure)
        core.setFailed(outcome.failure);
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 81372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ NAMESPACE),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE)
/* harmony export */ });
/* unused harmony exports ATTR_GEN_AI_OPERATION_NAME, ATTR_GEN_AI_PROVIDER_NAME, ATTR_GEN_AI_AGENT_NAME, ATTR_GEN_AI_CONVERSATION_ID, ATTR_GEN_AI_REQUEST_MODEL, ATTR_GEN_AI_REQUEST_MAX_TOKENS, ATTR_GEN_AI_RESPONSE_MODEL, ATTR_GEN_AI_RESPONSE_ID, ATTR_GEN_AI_RESPONSE_FINISH_REASONS, ATTR_GEN_AI_USAGE_INPUT_TOKENS, ATTR_GEN_AI_USAGE_OUTPUT_TOKENS, ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS, ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS, ATTR_GEN_AI_TOOL_NAME, ATTR_GEN_AI_TOOL_CALL_ID, ATTR_GEN_AI_TOOL_TYPE, ATTR_GEN_AI_TOKEN_TYPE, GEN_AI_OPERATION_NAME_VALUE_CHAT, GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL, GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC, GEN_AI_TOKEN_TYPE_VALUE_INPUT, GEN_AI_TOKEN_TYPE_VALUE_OUTPUT, METRIC_GEN_AI_CLIENT_TOKEN_USAGE, METRIC_GEN_AI_CLIENT_OPERATION_DURATION, TOKEN_USAGE_BUCKETS, OPERATION_DURATION_BUCKETS, ours */
/**
 * The names this package emits. The GenAI conventions are still
 * "Development" and live in `@opentelemetry/semantic-conventions/incubating`,
 * whose README asks instrumentations not to import that entry point at run
 * time but to copy the definitions they use (it may break in a minor release,
 * and it is ~1 MB of constants). These are copied from v1.45.0 of that
 * package; a test compares every one with the package so an update that
 * renames one fails loudly.
 *
 * Sources: open-telemetry/semantic-conventions docs/gen-ai/gen-ai-spans.md,
 * gen-ai-agent-spans.md, gen-ai-metrics.md and anthropic.md (v1.41, the last
 * release before the GenAI conventions moved to semantic-conventions-genai).
 */
const ATTR_GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
const ATTR_GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
const ATTR_GEN_AI_AGENT_NAME = 'gen_ai.agent.name';
const ATTR_GEN_AI_CONVERSATION_ID = 'gen_ai.conversation.id';
const ATTR_GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
const ATTR_GEN_AI_REQUEST_MAX_TOKENS = 'gen_ai.request.max_tokens';
const ATTR_GEN_AI_RESPONSE_MODEL = 'gen_ai.response.model';
const ATTR_GEN_AI_RESPONSE_ID = 'gen_ai.response.id';
const ATTR_GEN_AI_RESPONSE_FINISH_REASONS = 'gen_ai.response.finish_reasons';
/** Anthropic's `input_tokens` excludes cached tokens; this one includes them (anthropic.md). */
const ATTR_GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
const ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS = 'gen_ai.usage.cache_read.input_tokens';
const ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS = 'gen_ai.usage.cache_creation.input_tokens';
const ATTR_GEN_AI_TOOL_NAME = 'gen_ai.tool.name';
const ATTR_GEN_AI_TOOL_CALL_ID = 'gen_ai.tool.call.id';
const ATTR_GEN_AI_TOOL_TYPE = 'gen_ai.tool.type';
const ATTR_GEN_AI_TOKEN_TYPE = 'gen_ai.token.type';
const GEN_AI_OPERATION_NAME_VALUE_CHAT = 'chat';
const GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT = 'invoke_agent';
const GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL = 'execute_tool';
const GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC = 'anthropic';
const GEN_AI_TOKEN_TYPE_VALUE_INPUT = 'input';
const GEN_AI_TOKEN_TYPE_VALUE_OUTPUT = 'output';
const METRIC_GEN_AI_CLIENT_TOKEN_USAGE = 'gen_ai.client.token.usage';
const METRIC_GEN_AI_CLIENT_OPERATION_DURATION = 'gen_ai.client.operation.duration';
/** Stable (not incubating): `error.type`, required on a span or measurement that ended in an error. */
const ATTR_ERROR_TYPE = 'error.type';
/** gen-ai-metrics.md: `gen_ai.client.token.usage` SHOULD use these bucket boundaries. */
const TOKEN_USAGE_BUCKETS = (/* unused pure expression or super */ null && ([1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]));
/** gen-ai-metrics.md: `gen_ai.client.operation.duration` SHOULD use these (seconds). */
const OPERATION_DURATION_BUCKETS = (/* unused pure expression or super */ null && ([0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]));
/** Our own attributes and metrics, under one namespace (attribute-naming.md: a project prefix). */
const NAMESPACE = 'agent_guards';
/** Namespaces of the conventions this package uses; any other key is ours. */
const CONVENTION_PREFIXES = ['gen_ai.', 'error.', 'server.', `${NAMESPACE}.`];
/** `{ mode: 'plan', 'gen_ai.tool.name': 'x' }` → `{ 'agent_guards.mode': 'plan', 'gen_ai.tool.name': 'x' }`. */
function ours(attributes) {
    const out = {};
    for (const [key, value] of Object.entries(attributes))
        out[CONVENTION_PREFIXES.some((p) => key.startsWith(p)) ? key : `${NAMESPACE}.${key}`] = value;
    return out;
}
//# sourceMappingURL=semconv.js.map

/***/ })

};

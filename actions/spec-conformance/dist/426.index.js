export const id = 426;
export const ids = [426];
export const modules = {

/***/ 14426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: Inputs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
    return posix.basename(path) === 'conftest.py' && !IGNORED_SEGMENT.test(path);
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
    return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function shortCommit(commit) {
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
    const where = `${ctx.policyPath} at ${shortCommit(ctx.base)}`;
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



const DEFAULT_POLICY_PATH = '.github/agent-guards.yml';
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
const TicketSchema = schemas/* strictObject */.rej({
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
    throw new errors_ConfigurationError('no ticket to check the PR against.', {
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
    return isFullSha(rev) ? remembered(questionKey(repo, 'commit', rev), () => resolveCommitInGit(repo, rev, role)) : resolveCommitInGit(repo, rev, role);
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
async function resolveRange(repo, base, head, prCommits) {
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
function parseRawDiff(output) {
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
async function changed_files_changedFiles(repo, base, head, options = {}) {
    const range = await resolveRange(repo, base, head, options.prCommits);
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
    if (!isFullSha(rev))
        return lsTreeNames(repo, rev, pathspecs);
    const files = await remembered(questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes });
    return files.slice();
}
async function lsTreeNames(repo, rev, pathspecs) {
    const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
    const text = stdout.toString('utf8');
    return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}
//# sourceMappingURL=objects.js.map
;// CONCATENATED MODULE: ./packages/git/lib/commits.js

/** Every commit reachable from head and not from base, oldest first, all of them. */
async function commitsBetween(repo, base, head) {
    const { stdout } = await run_git_runGit(repo, ['log', '--reverse', '-z', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B', `${base}..${head}`, '--']);
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
            const read = source.commit ? ` The ${what} was read at the base commit ${shortCommit(source.commit)}.` : '';
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
    const path = options.path ?? DEFAULT_POLICY_PATH;
    const text = await objects_readFileAt(options.repo, options.base, path);
    if (text === undefined) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new errors_ConfigurationError(`the policy file does not exist at the base commit ${shortCommit(options.base)}.`, {
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
    const text = await objects_readFileAt(options.repo, options.base, options.path);
    if (text === undefined) {
        throw new errors_ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
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
    { file: 'ticket.schema.json', title: 'agent-guards ticket (.agent/tickets/<id>.yml)', schema: TicketSchema },
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
;// CONCATENATED MODULE: ./packages/github/lib/repo-ref.js

// GitHub's own limits: owners are 1–39 alphanumerics or single hyphens; names 1–100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** Parses `owner/name`; anything else is the user's to fix. */
function parseRepoRef(text, field = 'repo') {
    const trimmed = text.trim();
    const [owner, repo, ...rest] = trimmed.split('/');
    if (owner === undefined || repo === undefined || rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
        throw new errors_ConfigurationError(`'${trimmed}' is not a repository name.`, {
            field,
            fix: 'give the repository as OWNER/NAME, for example octo-org/service.',
        });
    }
    return { owner, repo };
}
function formatRepoRef(ref) {
    return `${ref.owner}/${ref.repo}`;
}
//# sourceMappingURL=repo-ref.js.map
;// CONCATENATED MODULE: ./packages/github/lib/errors.js
/**
 * GitHub lists at most 250 commits and 3000 files of a pull request. A guard
 * that read a cut list would judge a part of the change, so it fails closed.
 */
class TruncatedListError extends Error {
    list;
    cap;
    listed;
    total;
    constructor(list, cap, listed, 
    /** What the pull request says it has, when known. */
    total, pullNumber) {
        super(`GitHub lists at most ${cap} ${list} of a pull request; #${pullNumber} ` +
            `${total !== undefined ? `has ${total}` : `listed ${listed}`}, so the list may be incomplete. ` +
            `Read the ${list} from git between the base and head SHAs instead.`);
        this.list = list;
        this.cap = cap;
        this.listed = listed;
        this.total = total;
        this.name = 'TruncatedListError';
    }
}
function isGitHubRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function statusOf(error) {
    return isGitHubRequestError(error) ? error.status : undefined;
}
/** GitHub's own `message` from an error response body. */
function githubMessageOf(error) {
    if (!isGitHubRequestError(error))
        return undefined;
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return undefined;
}
/** True when a request may not have reached GitHub or may have half-happened: 5xx or a transport failure. */
function isTransientError(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** A 422 whose validation errors include one with this code (e.g. `already_exists`). */
function hasValidationCode(error, code) {
    if (statusOf(error) !== 422 || !isGitHubRequestError(error))
        return false;
    const errors = error.response?.data?.errors;
    return Array.isArray(errors) && errors.some((e) => typeof e === 'object' && e !== null && e.code === code);
}
/** One line for a log or a report: status, GitHub's message and what was being done. */
function describeGitHubError(error, doing) {
    const status = statusOf(error);
    const message = githubMessageOf(error) ?? (error instanceof Error ? error.message : String(error));
    if (status === 403 || status === 401) {
        return `GitHub refused ${doing} (${status}: ${message}). The token lacks a permission this needs.`;
    }
    return `GitHub failed ${doing}${status !== undefined ? ` (${status})` : ''}: ${message}`;
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./packages/github/lib/bodies.js

/** GitHub rejects issue, pull request and comment bodies longer than this many characters. */
const BODY_LIMIT = LIMITS.commentChars;
const BODY_TRUNCATION_NOTICE = "\n\n_…truncated: this text exceeded GitHub's 65,536-character limit._\n";
/**
 * The hidden HTML comment that identifies what we wrote, so a re-run finds and
 * updates it instead of posting again. A marker already written as an HTML
 * comment is used as it is.
 */
function hiddenMarker(marker) {
    const trimmed = marker.trim();
    if (/^<!--[\s\S]*-->$/.test(trimmed))
        return trimmed;
    if (trimmed.length === 0 || trimmed.includes('--') || /[<>\r\n]/.test(trimmed)) {
        throw new Error(`a marker must be a short single-line id without '--', '<' or '>', got ${JSON.stringify(marker)}`);
    }
    return `<!-- agent-guards:${trimmed} -->`;
}
/** The marker first (so a cut never loses it), then the text, within GitHub's limit. */
function markedBody(marker, body) {
    return capBody(`${marker}\n${body}`);
}
/** Cuts text to GitHub's body limit with a visible notice, never splitting a surrogate pair. */
function capBody(text, limit = BODY_LIMIT) {
    if (text.length <= limit)
        return text;
    let cut = limit - BODY_TRUNCATION_NOTICE.length;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return text.slice(0, cut) + BODY_TRUNCATION_NOTICE;
}
//# sourceMappingURL=bodies.js.map
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
;// CONCATENATED MODULE: ./packages/github/lib/octokit.js






/** Octokit with retries on 5xx, rate-limit handling, pagination and the REST methods. */
const GuardedOctokit = dist_src/* Octokit */.E.plugin(plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* paginateRest */.ud, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._);
const DEFAULT_RETRIES = 3;
function createOctokit(options) {
    const { logger } = options;
    const retries = options.retries ?? DEFAULT_RETRIES;
    const timing = options.timing ?? {};
    const writeSpacingMs = timing.writeSpacingMs ?? 1000;
    const maxWait = timing.maxRateLimitWaitSeconds ?? 900;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const where = `${request.method} ${request.url}`;
        if (retryCount >= retries) {
            logger.warning(`GitHub ${kind} on ${where}: giving up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} on ${where}: the wait of ${retryAfter} s is longer than ${maxWait} s, giving up.`);
            return false;
        }
        logger.warning(`GitHub ${kind} on ${where}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return new GuardedOctokit({
        auth: options.token,
        baseUrl: options.baseUrl?.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'agent-guards',
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.error(m),
        },
        // 429 is left to the throttling plugin, which waits for retry-after; the retry plugin would not.
        retry: { retries, retryAfterBaseValue: timing.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: timing.rateLimitSecondMs ?? 1000,
            // Our own groups, so the spacing is ours to set and not shared with other clients in the process.
            write: new lib.Group({ maxConcurrent: 1, minTime: writeSpacingMs }),
            notifications: new lib.Group({ maxConcurrent: 1, minTime: writeSpacingMs * 3 }),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
}
//# sourceMappingURL=octokit.js.map
;// CONCATENATED MODULE: ./packages/github/lib/api.js
/** Request option that turns off automatic retries, for POSTs that must not be repeated blindly. */
const NO_RETRY = { retries: 0 };
const PER_PAGE = 100;
//# sourceMappingURL=api.js.map
;// CONCATENATED MODULE: ./packages/github/lib/branch-rules.js


/** The active ruleset rules that apply to one branch (GitHub resolves patterns and ~DEFAULT_BRANCH). */
async function getBranchRules(api, repo, branch) {
    const rules = await api.octokit.paginate(api.octokit.rest.repos.getBranchRules, { ...repo, branch, per_page: PER_PAGE });
    return rules.map((r) => r);
}
/** Rulesets of the repository and those it inherits from its organization. */
async function listRulesets(api, repo) {
    const rulesets = await api.octokit.paginate(api.octokit.rest.repos.getRepoRulesets, { ...repo, includes_parents: true, per_page: PER_PAGE });
    return rulesets.map((r) => r);
}
async function getRuleset(api, repo, id) {
    const { data } = await api.octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id, includes_parents: true });
    return data;
}
// The only 404 answers that mean "no classic protection"; any other 404 may hide a token that cannot see it.
const UNPROTECTED_MESSAGES = new Set(['Branch not protected', 'Branch not found']);
/** Classic protection of a branch, or undefined when it has none. Any other failure throws. */
async function getBranchProtection(api, repo, branch) {
    try {
        const { data } = await api.octokit.rest.repos.getBranchProtection({ ...repo, branch });
        return data;
    }
    catch (error) {
        if (statusOf(error) === 404 && UNPROTECTED_MESSAGES.has(githubMessageOf(error) ?? ''))
            return undefined;
        throw error;
    }
}
//# sourceMappingURL=branch-rules.js.map
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/github/lib/create-once.js


/**
 * Creates something at most once. A POST whose answer was lost (a 5xx or a
 * dropped connection) may still have taken effect, so it is never re-sent
 * blindly: we look for its result first and send again only when it is absent.
 */
async function createOnce(options) {
    for (let attempt = 0;; attempt += 1) {
        try {
            return await options.create();
        }
        catch (error) {
            if (!isTransientError(error) || attempt >= options.retries)
                throw error;
            options.logger.warning(`${describeGitHubError(error, `creating ${options.what}`)}; checking whether it was created before trying again.`);
            await (0,external_node_timers_promises_.setTimeout)(options.backoffMs * (attempt + 1) ** 2);
            const existing = await options.find();
            if (existing !== undefined)
                return existing;
        }
    }
}
//# sourceMappingURL=create-once.js.map
;// CONCATENATED MODULE: ./packages/github/lib/comments.js




/** The first comment on the issue or pull request that starts with the hidden marker, across all pages. */
async function findMarkedComment(api, repo, issueNumber, hidden) {
    const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: PER_PAGE });
    // Starts-with, not contains: a reply quoting our comment carries the marker too, after a `>`.
    const marked = comments.filter((c) => (c.body ?? '').startsWith(hidden));
    if (marked.length > 1)
        api.logger.warning(`#${issueNumber} has ${marked.length} comments marked ${hidden}; updating the oldest.`);
    const first = marked[0];
    return first ? { id: first.id, body: first.body ?? '' } : undefined;
}
async function createComment(api, repo, issueNumber, hidden, text) {
    const comment = await createOnce({
        what: `a comment on #${issueNumber}`,
        find: () => findMarkedComment(api, repo, issueNumber, hidden),
        create: async () => {
            const { data } = await api.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text, request: NO_RETRY });
            return { id: data.id, body: data.body ?? '' };
        },
        retries: api.retries,
        backoffMs: api.retryBaseMs,
        logger: api.logger,
    });
    return comment.id;
}
/** One comment per marker: a re-run edits it in place, never posts a second. */
async function upsertStickyComment(api, repo, issueNumber, marker, body) {
    const hidden = hiddenMarker(marker);
    const text = markedBody(hidden, body);
    const existing = await findMarkedComment(api, repo, issueNumber, hidden);
    if (existing) {
        if (existing.body !== text)
            await api.octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: text });
        return { id: existing.id, created: false };
    }
    return { id: await createComment(api, repo, issueNumber, hidden, text), created: true };
}
/**
 * Posts a comment. With a marker it is posted once: if a comment with that
 * marker exists it is left as it is. Without one, a fresh marker still keeps a
 * retried request from posting twice.
 */
async function commentOnIssue(api, repo, issueNumber, body, marker) {
    const hidden = hiddenMarker(marker ?? `comment:${(0,external_node_crypto_.randomUUID)()}`);
    if (marker !== undefined) {
        const existing = await findMarkedComment(api, repo, issueNumber, hidden);
        if (existing)
            return { id: existing.id, created: false };
    }
    return { id: await createComment(api, repo, issueNumber, hidden, markedBody(hidden, body)), created: true };
}
//# sourceMappingURL=comments.js.map
;// CONCATENATED MODULE: ./packages/github/lib/labels.js

const NEW_LABEL_COLOR = 'ededed';
/** Creates the labels the repository lacks. A label created meanwhile (422 already_exists) is fine. */
async function ensureLabels(api, repo, labels) {
    for (const name of unique(labels)) {
        try {
            await api.octokit.rest.issues.getLabel({ ...repo, name });
            continue;
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
        }
        try {
            await api.octokit.rest.issues.createLabel({ ...repo, name, color: NEW_LABEL_COLOR });
            api.logger.info(`Created label '${name}' in ${repo.owner}/${repo.repo}.`);
        }
        catch (error) {
            if (!hasValidationCode(error, 'already_exists'))
                throw error;
        }
    }
}
async function addLabels(api, repo, issueNumber, labels) {
    const names = unique(labels);
    if (names.length === 0)
        return;
    await ensureLabels(api, repo, names);
    // Adding labels is a set union, so a retried request changes nothing more.
    await api.octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: names });
}
/** Removing a label the issue does not carry is not an error. */
async function removeLabel(api, repo, issueNumber, label) {
    try {
        await api.octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
}
function unique(labels) {
    const seen = new Set();
    return labels.filter((l) => {
        const key = l.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
//# sourceMappingURL=labels.js.map
;// CONCATENATED MODULE: ./packages/github/lib/issues.js




/** The open issue (not pull request) carrying the first label whose body starts with the marker. */
async function findMarkedIssue(api, repo, hidden, labels) {
    const issues = await api.octokit.paginate(api.octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        ...(labels[0] !== undefined ? { labels: labels[0] } : {}),
        per_page: PER_PAGE,
    });
    const found = issues.filter((i) => !i.pull_request && (i.body ?? '').startsWith(hidden)).sort((a, b) => a.number - b.number)[0];
    if (!found)
        return undefined;
    return {
        number: found.number,
        title: found.title,
        body: found.body ?? '',
        labels: found.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
}
/** One open issue per marker: updated when it exists, opened (at most once) when it does not. */
async function upsertIssue(api, repo, issue) {
    const hidden = hiddenMarker(issue.marker);
    const body = markedBody(hidden, issue.body);
    const existing = await findMarkedIssue(api, repo, hidden, issue.labels);
    if (existing) {
        if (existing.title !== issue.title || existing.body !== body) {
            await api.octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: issue.title, body });
        }
        const carried = new Set(existing.labels.map((l) => l.toLowerCase()));
        const missing = issue.labels.filter((l) => !carried.has(l.toLowerCase()));
        if (missing.length > 0)
            await addLabels(api, repo, existing.number, missing);
        return { number: existing.number, created: false };
    }
    await ensureLabels(api, repo, issue.labels);
    const created = await createOnce({
        what: `the issue '${issue.title}'`,
        find: () => findMarkedIssue(api, repo, hidden, issue.labels),
        create: async () => {
            const { data } = await api.octokit.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, request: NO_RETRY });
            return { number: data.number, title: data.title, body: data.body ?? '', labels: issue.labels };
        },
        retries: api.retries,
        backoffMs: api.retryBaseMs,
        logger: api.logger,
    });
    return { number: created.number, created: true };
}
//# sourceMappingURL=issues.js.map
;// CONCATENATED MODULE: ./packages/github/lib/pull-requests.js




/** GitHub's caps on the lists of a pull request's commits and files. */
const PULL_REQUEST_COMMITS_CAP = 250;
const PULL_REQUEST_FILES_CAP = 3000;
/** Fetched fresh: the event payload is stale on re-runs (an edited body, new commits). */
async function getPullRequest(api, repo, number) {
    const { data } = await api.octokit.rest.pulls.get({ ...repo, pull_number: number });
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged,
        draft: data.draft ?? false,
        html_url: data.html_url,
        head: { sha: data.head.sha, ref: data.head.ref },
        base: { sha: data.base.sha, ref: data.base.ref },
        user: { login: data.user.login },
        labels: data.labels.map((l) => l.name),
        commits: data.commits,
        changed_files: data.changed_files,
    };
}
async function listPullRequestCommits(api, repo, number) {
    const commits = await api.octokit.paginate(api.octokit.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: PER_PAGE });
    const list = commits.map((c) => ({ sha: c.sha, message: c.commit.message }));
    await assertComplete(api, repo, number, 'commits', list.length);
    return list;
}
/** Every path the pull request touches; a rename or copy contributes both its paths. */
async function listPullRequestFiles(api, repo, number) {
    let files;
    try {
        files = await api.octokit.paginate(api.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: PER_PAGE });
    }
    catch (error) {
        // GitHub answers 422 when the diff is too large to list ("taking too long to generate").
        if (statusOf(error) === 422)
            throw new TruncatedListError('files', PULL_REQUEST_FILES_CAP, PULL_REQUEST_FILES_CAP, undefined, number);
        throw error;
    }
    await assertComplete(api, repo, number, 'files', files.length);
    const paths = new Set();
    for (const f of files) {
        paths.add(f.filename);
        if (f.previous_filename)
            paths.add(f.previous_filename);
    }
    return [...paths];
}
/** At the cap the list may have been cut: only the pull request's own count can say it was not. */
async function assertComplete(api, repo, number, list, listed) {
    const cap = list === 'commits' ? PULL_REQUEST_COMMITS_CAP : PULL_REQUEST_FILES_CAP;
    if (listed < cap)
        return;
    const pr = await getPullRequest(api, repo, number);
    const total = list === 'commits' ? pr.commits : pr.changed_files;
    if (total !== listed)
        throw new TruncatedListError(list, cap, listed, total, number);
}
/** Returns the open pull request for `head` → `base` if there is one, else opens it (at most once). */
async function findOrCreatePullRequest(api, repo, pr) {
    const headFilter = pr.head.includes(':') ? pr.head : `${repo.owner}:${pr.head}`;
    const find = async () => {
        const open = await api.octokit.paginate(api.octokit.rest.pulls.list, { ...repo, state: 'open', head: headFilter, base: pr.base, per_page: PER_PAGE });
        const found = open[0];
        return found ? { number: found.number, html_url: found.html_url } : undefined;
    };
    const existing = await find();
    if (existing)
        return { ...existing, created: false };
    const body = capBody(pr.body);
    try {
        const created = await createOnce({
            what: `a pull request from ${pr.head}`,
            find,
            create: async () => {
                const { data } = await api.octokit.rest.pulls.create({
                    ...repo,
                    head: pr.head,
                    base: pr.base,
                    title: pr.title,
                    body,
                    draft: pr.draft ?? false,
                    request: NO_RETRY,
                });
                return { number: data.number, html_url: data.html_url };
            },
            retries: api.retries,
            backoffMs: api.retryBaseMs,
            logger: api.logger,
        });
        return { ...created, created: true };
    }
    catch (error) {
        // Someone (or a lost earlier attempt) opened it meanwhile.
        if (statusOf(error) === 422 && !hasValidationCode(error, 'missing_field')) {
            const raced = await find();
            if (raced)
                return { ...raced, created: false };
        }
        throw error;
    }
}
//# sourceMappingURL=pull-requests.js.map
;// CONCATENATED MODULE: ./packages/github/lib/client.js






function createGitHubClient(options) {
    const octokit = createOctokit(options);
    const api = {
        octokit,
        logger: options.logger,
        retries: options.retries ?? DEFAULT_RETRIES,
        retryBaseMs: options.timing?.retryBaseMs ?? 1000,
    };
    return {
        octokit,
        getPullRequest: (repo, number) => getPullRequest(api, repo, number),
        listPullRequestCommits: (repo, number) => listPullRequestCommits(api, repo, number),
        listPullRequestFiles: (repo, number) => listPullRequestFiles(api, repo, number),
        upsertStickyComment: (repo, issueNumber, marker, body) => upsertStickyComment(api, repo, issueNumber, marker, body),
        addLabels: (repo, issueNumber, labels) => addLabels(api, repo, issueNumber, labels),
        removeLabel: (repo, issueNumber, label) => removeLabel(api, repo, issueNumber, label),
        upsertIssue: (repo, issue) => upsertIssue(api, repo, issue),
        commentOnIssue: (repo, issueNumber, body, marker) => commentOnIssue(api, repo, issueNumber, body, marker),
        findOrCreatePullRequest: (repo, pr) => findOrCreatePullRequest(api, repo, pr),
        getBranchRules: (repo, branch) => getBranchRules(api, repo, branch),
        getBranchProtection: (repo, branch) => getBranchProtection(api, repo, branch),
        listRulesets: (repo) => listRulesets(api, repo),
        getRuleset: (repo, id) => getRuleset(api, repo, id),
    };
}
//# sourceMappingURL=client.js.map
;// CONCATENATED MODULE: ./packages/github/lib/index.js







//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 45 modules
var mdast_util_from_markdown_lib = __webpack_require__(46855);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 8 modules
var mdast_util_gfm_lib = __webpack_require__(44922);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-hast/lib/index.js + 35 modules
var mdast_util_to_hast_lib = __webpack_require__(65895);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(52297);
// EXTERNAL MODULE: ./node_modules/parse5/dist/index.js + 17 modules
var parse5_dist = __webpack_require__(63194);
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/source-alignment.js
/** An entity or character reference as HTML decodes it (Markdown requires the `;`, HTML's legacy names do not). */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What a parser drops between the characters of one text: container markers and indentation after a line break, CRs. */
function dropped(code) {
    return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3e;
}
/**
 * Where each UTF-16 unit of a decoded text sits in its source. A text node's
 * value differs from its source slice by backslash escapes, entity
 * references, CRs and the block-quote markers and indentation of its
 * continuation lines; this walks both in step. A unit the source does not
 * hold (generated by the renderer) maps to where the walk stands. Used only
 * to point at a line and column: the decisions are made on the value.
 */
function alignToSource(value, source, start, end, into) {
    let s = start;
    for (let i = 0; i < value.length; i += 1) {
        const unit = value.charCodeAt(i);
        let matched = -1;
        let length = 0;
        for (let j = s; j < end; j += 1) {
            const code = source.charCodeAt(j);
            const reference = code === 0x26 ? characterReferenceAt(source, j) : undefined;
            // `&amp;` is one `&`; a bare `&sect` is still text when the value holds the `&`.
            if (reference && (reference.endsWith(';') || unit !== 0x26)) {
                matched = j;
                length = reference.length;
            }
            else if (code === unit) {
                matched = j;
                length = 1;
            }
            else if (code === 0x5c && source.charCodeAt(j + 1) === unit && ASCII_PUNCTUATION.test(value[i])) {
                matched = j;
                length = 2;
            }
            if (matched >= 0 || !dropped(code))
                break;
        }
        into.push(matched >= 0 ? matched : Math.min(s, Math.max(end - 1, start)));
        if (matched >= 0)
            s = matched + length;
    }
}
function characterReferenceAt(source, index) {
    CHARACTER_REFERENCE.lastIndex = index;
    return CHARACTER_REFERENCE.exec(source)?.[0];
}
//# sourceMappingURL=source-alignment.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/github-markdown.js






/**
 * Markdown as GitHub reads it: CommonMark with the GFM extensions (tables,
 * task lists, strikethrough with one or two tildes, autolink literals,
 * footnotes). Every node carries its source position.
 */
function parseGithubMarkdown(markdown) {
    return (0,mdast_util_from_markdown_lib/* fromMarkdown */.Y)(markdown, { extensions: [(0,micromark_extension_gfm/* gfm */.T)()], mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()] });
}
/**
 * The HTML GitHub renders from a comment, parsed as one document the way a
 * browser parses it. Parsing the whole string matters: raw HTML left open in
 * one place (a comment, an attribute's quote, a `<textarea>`) swallows the
 * Markdown after it, and an element opened in one block and closed in
 * another wraps the blocks between. Unreferenced footnote definitions and
 * link definitions render nothing, as on GitHub.
 */
function renderGithubMarkdown(tree, markdown) {
    const writer = new HtmlWriter(markdown);
    writer.write((0,mdast_util_to_hast_lib/* toHast */._)(tree, { allowDangerousHtml: true }));
    const html = writer.html();
    // Scripting off: GitHub's sanitizer reads <noscript> content as markup, and shows it.
    const fragment = (0,parse5_dist/* parseFragment */.oH)(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
    return { html, fragment, sourceIndex: Int32Array.from(writer.sourceIndex) };
}
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** What cmark-gfm escapes in text: so Markdown text closes no quote or tag that raw HTML left open, as on GitHub. */
const ESCAPED = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Writes the HTML of a Markdown tree, remembering for every character where
 * in the Markdown it came from. Markdown's own elements are written without
 * attributes: none of theirs changes what text shows.
 */
class HtmlWriter {
    source;
    parts = [];
    sourceIndex = [];
    offsets = [];
    constructor(source) {
        this.source = source;
    }
    html() {
        return this.parts.join('');
    }
    write(node) {
        switch (node.type) {
            case 'root':
                for (const child of node.children)
                    this.write(child);
                return;
            case 'element': {
                const start = node.position?.start.offset ?? -1;
                this.emit(`<${node.tagName}>`, start);
                if (VOID.has(node.tagName))
                    return;
                for (const child of node.children)
                    this.write(child);
                this.emit(`</${node.tagName}>`, (node.position?.end.offset ?? 0) - 1);
                return;
            }
            case 'text':
                this.emitText(node.value, node.position?.start.offset, node.position?.end.offset, true);
                return;
            case 'raw':
                this.emitText(node.value, node.position?.start.offset, node.position?.end.offset, false);
                return;
            default:
                // Comments and doctypes are not produced from Markdown.
                return;
        }
    }
    emit(text, at) {
        this.parts.push(text);
        for (let i = 0; i < text.length; i += 1)
            this.sourceIndex.push(at);
    }
    emitText(value, start, end, escape) {
        this.offsets.length = 0;
        if (start !== undefined && end !== undefined)
            alignToSource(value, this.source, start, end, this.offsets);
        if (!escape || !/[&<>"]/.test(value)) {
            this.parts.push(value);
            for (let i = 0; i < value.length; i += 1)
                this.sourceIndex.push(this.offsets[i] ?? -1);
            return;
        }
        let written = '';
        for (let i = 0; i < value.length; i += 1) {
            const unit = ESCAPED[value[i]] ?? value[i];
            written += unit;
            for (let k = 0; k < unit.length; k += 1)
                this.sourceIndex.push(this.offsets[i] ?? -1);
        }
        this.parts.push(written);
    }
}
//# sourceMappingURL=github-markdown.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/spec-document.js

/** A heading's text that opens a section: `§3 Authorized scope`, `§ 4.1: Limits`, `§4 — Cost`. */
const SECTION_TITLE = /^§[ \t\u00a0]?(\d{1,4}(?:\.\d{1,4})*)(?![\w.])[ \t]*[.:\u2013\u2014-]?[ \t]*(.*)$/;
/**
 * Parses the spec with the same CommonMark + GFM parser that reads the
 * description. Sections are headings whose text starts with `§N` or `§N.M`; a
 * second heading with a number already seen (e.g. `### §4 Cost Posture
 * sub-block` under `## §4 …`) is a sub-block of that section. A section's
 * clauses are the items of its top-level lists, sub-blocks included, numbered
 * from 1; nested items and continuation lines belong to their clause. Code
 * blocks and HTML hold neither headings nor clauses. A heading without `§` at
 * the section's level or above ends the section.
 */
function parseSpec(markdown) {
    const sections = [];
    const byId = new Map();
    let current;
    for (const node of parseGithubMarkdown(markdown).children) {
        const line = node.position?.start.line ?? 1;
        if (node.type === 'heading') {
            const heading = SECTION_TITLE.exec(plainText(node));
            if (!heading) {
                if (current && node.depth <= current.level)
                    current = undefined;
                continue;
            }
            const id = heading[1];
            const title = heading[2].trim();
            const existing = byId.get(id);
            if (existing) {
                existing.subBlocks.push({ title, line });
                current = existing;
            }
            else {
                current = { id, title, line, level: node.depth, subBlocks: [], clauses: [] };
                sections.push(current);
                byId.set(id, current);
            }
        }
        else if (node.type === 'list' && current) {
            for (const item of node.children) {
                current.clauses.push({ number: current.clauses.length + 1, text: plainText(item), line: item.position?.start.line ?? line });
            }
        }
    }
    return { sections, byId };
}
/** The words of a heading or list item as GitHub shows them: markup, raw HTML and URLs dropped, whitespace collapsed. */
function plainText(node) {
    const words = [];
    const visit = (n) => {
        if (n.type === 'text' || n.type === 'inlineCode')
            words.push(n.value);
        else if (n.type === 'break')
            words.push(' ');
        else if ('children' in n && n.type !== 'footnoteDefinition') {
            for (const child of n.children) {
                visit(child);
                // Blocks inside an item (paragraphs, nested lists) read as one run of text.
                if (child.type === 'paragraph' || child.type === 'list' || child.type === 'listItem' || child.type === 'heading')
                    words.push(' ');
            }
        }
    };
    visit(node);
    return words.join('').replace(/\s+/g, ' ').trim();
}
/** Lower case, letters and digits only, single spaces: "NOT-authorized scope" → "not authorized scope". */
function normalizeTitle(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
function titleVariants(title) {
    const full = normalizeTitle(title);
    // "Composition Declaration sub-block (Pattern E — mode-switching)" may be cited without its parenthesis.
    const withoutParenthesis = normalizeTitle(title.replace(/\s*\([^()]*\)\s*$/, ''));
    const variants = new Set([full, withoutParenthesis]);
    for (const v of [...variants])
        variants.add(v.replace(/ sub block$/, ''));
    variants.delete('');
    return [...variants];
}
/**
 * Whether a cited title names the section: its heading title or one of its
 * sub-block titles, ignoring case and punctuation; for a clause, the clause's
 * opening words also count ("§6 clause 4 (Spec-conformance gate)").
 */
function titleMatches(section, cited, clause) {
    const wanted = normalizeTitle(cited);
    if (wanted === '')
        return false;
    const accepted = [section.title, ...section.subBlocks.map((b) => b.title)].flatMap(titleVariants);
    if (accepted.some((t) => t === wanted || t.replace(/ sub block$/, '') === wanted))
        return true;
    if (clause) {
        const text = normalizeTitle(clause.text);
        return text === wanted || text.startsWith(`${wanted} `);
    }
    return false;
}
/**
 * The sections whose title (or a sub-block's) the text cites. A parenthesis
 * after a clause is words about the clause unless it is some section's title:
 * then it is a title citation, right or wrong.
 */
function sectionsTitled(spec, cited) {
    return spec.sections.filter((s) => titleMatches(s, cited));
}
//# sourceMappingURL=spec-document.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/invisible-characters.js
/**
 * Characters a reader does not see: format characters (zero-width space and
 * joiners, word joiner, soft hyphen, BOM, bidi controls, tag characters),
 * variation selectors, the combining grapheme joiner and the Hangul fillers.
 * A reference made with any of them is not what the reviewer reads.
 */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f/u;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'gu');
/** Bidi controls reorder what is displayed around them. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Removes invisible characters, remembering where each kept character came from. */
function stripInvisible(input) {
    if (!INVISIBLE.test(input))
        return { text: input, originalIndex: (i) => i };
    const kept = [];
    const origin = [];
    let last = 0;
    for (const m of input.matchAll(INVISIBLE_GLOBAL)) {
        for (let i = last; i < m.index; i += 1)
            origin.push(i);
        kept.push(input.slice(last, m.index));
        last = m.index + m[0].length;
    }
    for (let i = last; i < input.length; i += 1)
        origin.push(i);
    kept.push(input.slice(last));
    origin.push(input.length);
    return { text: kept.join(''), originalIndex: (i) => origin[i] ?? input.length };
}
//# sourceMappingURL=invisible-characters.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/rendered-text.js

/** Where one stretch of what a reader sees ends and the next begins: never part of a reference. */
const BLOCK_BREAK = '\n';
// Sources for the rules below: GitHub's sanitizer allowlist (html-pipeline's SanitizationFilter,
// mirrored by hast-util-sanitize's GitHub schema) keeps no `style`, `class` or `hidden`
// attribute, so nothing is hidden by CSS or `hidden`: text inside such an element shows. It keeps
// `details` with `open`, `summary`, `rp`, `ruby`, `sub`, `sup`, `small`, `del`, `s`, `strike`.
// It drops `<script>` with its content; GFM's tagfilter escapes the others listed here. It keeps
// `dir` on every element and allows `bdo`, which change the order text is displayed in.
/** Monospace literal text, as inline code is: quoted, not stated. */
const CODE = new Set(['code', 'pre', 'tt', 'kbd', 'samp']);
const STRUCK = new Set(['del', 's', 'strike']);
/** Elements whose content a reader is not shown: dropped or escaped on GitHub, or never rendered (`template`, `rp`). */
const NOT_SHOWN = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'template', 'rp']);
/** Each of these renders its content smaller (75–80%, ruby text 50%). */
const SHRINKING = new Set(['sub', 'sup', 'small', 'rt']);
/** Past two shrinking levels text is a few pixels high: present, but not read. */
const READABLE_SHRINK_DEPTH = 2;
/** Elements that stand between words: what is on either side is not one phrase. */
const SEPARATING = new Set([
    'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
    'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'input', 'li', 'main', 'nav', 'ol', 'p', 'section',
    'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'audio', 'picture', 'svg', 'math',
    // Ruby text sits above its base, a superscript (a footnote mark) above the line: neither continues a phrase.
    'rt', 'sup', 'sub',
]);
/** HTML's whitespace, which a browser collapses outside `pre`. */
function isCollapsibleWhitespace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}
/** Why an element's content is not read as prose, or undefined when it is. `shrink` counts the shrinking elements around it. */
function notProse(node, shrink) {
    const name = node.tagName;
    if (CODE.has(name))
        return 'html-code';
    if (STRUCK.has(name))
        return 'strikethrough';
    if (NOT_SHOWN.has(name))
        return 'hidden-html-element';
    if (SHRINKING.has(name) && shrink + 1 > READABLE_SHRINK_DEPTH)
        return 'tiny-text';
    if (reordersText(node))
        return 'bidi-markup';
    return undefined;
}
/**
 * `<bdo dir="rtl">` displays its text backwards, and `dir` (which GitHub
 * keeps) reorders what it wraps: the text is not shown in the order written.
 */
function reordersText(node) {
    const dir = attribute(node, 'dir');
    if (dir === undefined)
        return node.tagName === 'bdo';
    return dir.toLowerCase() !== 'ltr';
}
function attribute(node, name) {
    return node.attrs.find((a) => a.name === name)?.value;
}
/**
 * The text a reviewer reads in the rendered HTML, with where each character
 * came from in the Markdown. `autolinks` holds where Markdown autolinks
 * start: their text is a URL, not prose, though it renders as a link's text.
 */
function renderedText(rendered, source, autolinks) {
    const { html, fragment } = rendered;
    const pieces = [];
    const sourceIndex = [];
    const hidden = [];
    // The last unit written: whitespace collapses against it, separators do not repeat.
    let last = BLOCK_BREAK;
    const toSource = (htmlIndex) => {
        const at = htmlIndex === undefined ? -1 : (rendered.sourceIndex[htmlIndex] ?? -1);
        return at < 0 ? undefined : at;
    };
    const separate = () => {
        if (last === BLOCK_BREAK)
            return;
        if (last === ' ')
            pieces[pieces.length - 1] = BLOCK_BREAK;
        else {
            pieces.push(BLOCK_BREAK);
            sourceIndex.push(sourceIndex.at(-1) ?? 0);
        }
        last = BLOCK_BREAK;
    };
    const scratch = [];
    const emit = (value, node, fallback) => {
        scratch.length = 0;
        const location = node?.sourceCodeLocation;
        if (location)
            alignToSource(value, html, location.startOffset, location.endOffset, scratch);
        let run = '';
        for (let i = 0; i < value.length; i += 1) {
            const unit = value[i];
            if (isCollapsibleWhitespace(value.charCodeAt(i))) {
                // A line break inside a paragraph (GitHub shows comment line breaks as such) reads on, like a space.
                if (last === ' ' || last === BLOCK_BREAK)
                    continue;
                run += ' ';
                last = ' ';
            }
            else {
                run += unit;
                last = unit;
            }
            sourceIndex.push(toSource(scratch[i]) ?? fallback);
        }
        // One piece per text keeps `pieces` short; a trailing space stays its own piece so `separate` can replace it.
        if (run.endsWith(' ') && run.length > 1)
            pieces.push(run.slice(0, -1), ' ');
        else if (run !== '')
            pieces.push(run);
    };
    const hide = (location, kind) => {
        const start = toSource(location?.startOffset);
        // Markdown's own elements (`code` from backticks, `del` from tildes) are named from the syntax tree.
        if (!location || start === undefined || source[start] !== '<')
            return;
        const end = toSource(location.endOffset - 1);
        hidden.push({ start, end: end === undefined ? source.length : end + 1, kind });
    };
    const tasks = [{ node: fragment, fallback: 0, shrink: 0 }];
    const push = (children, fallback, shrink) => {
        for (let i = children.length - 1; i >= 0; i -= 1)
            tasks.push({ node: children[i], fallback, shrink });
    };
    while (tasks.length > 0) {
        const task = tasks.pop();
        if (task === 'separate') {
            separate();
            continue;
        }
        const { node, shrink } = task;
        const here = toSource(node.sourceCodeLocation?.startOffset) ?? task.fallback;
        if (node.nodeName === '#text' && 'value' in node)
            emit(node.value, node, here);
        else if (node.nodeName === '#comment')
            hide(node.sourceCodeLocation, 'html-comment');
        else if ('tagName' in node)
            visitElement(node, here, shrink);
        else if ('childNodes' in node)
            push(node.childNodes, here, shrink);
    }
    function visitElement(node, here, shrink) {
        const name = node.tagName;
        // Attributes never show: an open tag's whole extent, quotes swallowing Markdown included, is hidden.
        hide(node.sourceCodeLocation?.startTag, 'html-tag');
        const kind = name === 'a' && autolinks.has(here) ? 'autolink' : notProse(node, shrink);
        if (kind) {
            hide(node.sourceCodeLocation, kind);
            separate();
            return;
        }
        if (name === 'br') {
            emit(' ', undefined, here);
            return;
        }
        const depth = SHRINKING.has(name) ? shrink + 1 : shrink;
        if (SEPARATING.has(name)) {
            separate();
            tasks.push('separate');
        }
        if (name === 'details' && attribute(node, 'open') === undefined) {
            // Closed, a details block shows its first summary; the rest waits behind a click.
            const summary = node.childNodes.find((c) => 'tagName' in c && c.tagName === 'summary');
            if (summary)
                push([summary], here, depth);
            hide(node.sourceCodeLocation, 'collapsed-details');
        }
        else {
            // A <template>'s content is a separate fragment, never rendered: not among its child nodes.
            push(node.childNodes, here, depth);
        }
    }
    return { text: pieces.join(''), sourceIndex, hidden };
}
//# sourceMappingURL=rendered-text.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/cmark-compatibility.js
/** An HTML block of CommonMark's kind 7: one complete open or close tag alone on its line. */
const TAG_LINE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
/**
 * Where micromark and GitHub's renderer (cmark-gfm) build different trees
 * from one text, rewrites it into what makes micromark build cmark-gfm's.
 * One case is known, found by differential testing against cmark-gfm: a
 * lazy line (one that lacks its quote's `>` or its list item's indent)
 * holding a lone tag, as in `- notes` then `<del>`. cmark-gfm closes the
 * quote or list there and opens an HTML block, so GitHub strikes all up to
 * `</del>`; micromark continues the paragraph, or opens the block inside the
 * container, where `</li>` closes it. A blank line before such a line gives
 * micromark cmark-gfm's reading.
 */
function asCmarkReads(markdown, tree) {
    const lineStarts = [0];
    for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    // For each line inside a container (after the container's first), the containers around it, outermost first.
    const chains = new Map();
    const visit = (node, chain) => {
        let inner = chain;
        if (node.position && (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition')) {
            inner = [
                ...chain,
                node.type === 'blockquote'
                    ? { kind: 'quote' }
                    : // A footnote's continuation lines are indented four columns, whatever its label's width.
                        { kind: 'item', contentColumn: node.type === 'footnoteDefinition' ? node.position.start.column + 4 : contentColumn(markdown, node.position.start) },
            ];
            for (let line = node.position.start.line + 1; line <= node.position.end.line; line += 1)
                chains.set(line, inner);
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child, inner);
    };
    visit(tree, []);
    const breaks = [];
    for (const [line, chain] of chains) {
        const start = lineStarts[line - 1];
        const end = (lineStarts[line] ?? markdown.length + 1) - 1;
        const text = markdown.slice(start, end).replace(/\r$/, '');
        const prefix = /^[ \t>]*/.exec(text)[0];
        if (TAG_LINE.test(text.slice(prefix.length)) && isLazy(prefix, chain))
            breaks.push(start);
    }
    if (breaks.length === 0)
        return undefined;
    const parts = [];
    const originalIndex = [];
    let from = 0;
    for (const at of breaks.sort((a, b) => a - b)) {
        parts.push(markdown.slice(from, at), '\n');
        for (let i = from; i < at; i += 1)
            originalIndex.push(i);
        originalIndex.push(at);
        from = at;
    }
    parts.push(markdown.slice(from));
    for (let i = from; i <= markdown.length; i += 1)
        originalIndex.push(i);
    return { markdown: parts.join(''), originalIndex: Int32Array.from(originalIndex) };
}
function isLazy(prefix, chain) {
    const quotes = chain.filter((c) => c.kind === 'quote').length;
    if ([...prefix].filter((c) => c === '>').length < quotes)
        return true;
    const item = chain.findLast((c) => c.kind === 'item');
    return item !== undefined && prefix.length + 1 < item.contentColumn;
}
/**
 * The column a list item's continuation lines must reach:
 * past its marker and the spaces after it (one when there are five or more,
 * which start indented code). A task's `[x]` is content, not marker.
 */
function contentColumn(markdown, start) {
    const rest = markdown.slice(start.offset ?? 0, (start.offset ?? 0) + 20);
    const marker = /^(?:[-+*]|\d{1,9}[.)])([ \t]*)/.exec(rest);
    if (!marker)
        return start.column + 2;
    const gap = marker[1].length;
    return start.column + marker[0].length - gap + (gap >= 1 && gap <= 4 ? gap : 1);
}
//# sourceMappingURL=cmark-compatibility.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/hidden-markdown.js
/**
 * The stretches of Markdown syntax that render as no text, or as text that is
 * not prose: code, link destinations, titles and labels, images, autolinked
 * URLs, struck text, definitions nothing shows, raw HTML. They name the reason
 * when something that reads like a reference in the source did not count;
 * what counts is decided on the rendered text, not here.
 */
function markdownHiddenSpans(tree, source) {
    const referenced = new Set();
    collectFootnoteReferences(tree, referenced);
    const footnotesSeen = new Set();
    const spans = [];
    const visit = (node) => {
        const kind = hiddenKind(node, source, referenced, footnotesSeen);
        let start = node.position?.start.offset;
        const end = node.position?.end.offset;
        // A link's text shows; from its closing bracket on (destination, title, label) nothing does.
        if (kind === 'link-destination' && 'children' in node && node.children.length > 0)
            start = node.children.at(-1).position?.end.offset;
        if (kind && start !== undefined && end !== undefined)
            spans.push({ start, end, kind });
        // A row's cells past the header's count are dropped by GFM.
        if (node.type === 'table') {
            const columns = node.children[0]?.children.length ?? 0;
            for (const row of node.children.slice(1)) {
                const first = row.children[columns]?.position?.start.offset;
                const last = row.position?.end.offset;
                if (first !== undefined && last !== undefined)
                    spans.push({ start: first, end: last, kind: 'dropped-table-cell' });
            }
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(tree);
    return spans;
}
const FENCE = /[ \t]*(?:```|~~~)/y;
function hiddenKind(node, source, referenced, footnotesSeen) {
    switch (node.type) {
        case 'code':
            // An indented block starts at its indentation, a fenced one at its fence.
            FENCE.lastIndex = node.position?.start.offset ?? 0;
            return FENCE.test(source) ? 'fenced-code' : 'indented-code';
        case 'inlineCode':
            return 'inline-code';
        case 'definition':
            return 'link-definition';
        case 'footnoteDefinition': {
            // GitHub renders a footnote only where the text refers to it, and only the first definition of a label.
            const first = !footnotesSeen.has(node.identifier);
            footnotesSeen.add(node.identifier);
            return first && referenced.has(node.identifier) ? undefined : 'unused-footnote';
        }
        case 'footnoteReference':
        case 'linkReference':
            return 'link-destination';
        case 'link':
            // `<https://…>` and bare `https://…`/`www.…`: the URL is the text.
            return source[node.position?.start.offset ?? 0] === '[' ? 'link-destination' : 'autolink';
        case 'image':
        case 'imageReference':
            return 'image';
        case 'delete':
            return 'strikethrough';
        case 'html':
            return node.value.startsWith('<!--') ? 'html-comment' : 'html-tag';
        default:
            return undefined;
    }
}
function collectFootnoteReferences(node, into) {
    if (node.type === 'footnoteReference')
        into.add(node.identifier);
    if ('children' in node)
        for (const child of node.children)
            collectFootnoteReferences(child, into);
}
/** Where each autolink (`<https://…>`, a bare `https://…` or `www.…`) starts in the source. */
function autolinkStarts(spans) {
    return new Set(spans.filter((s) => s.kind === 'autolink').map((s) => s.start));
}
//# sourceMappingURL=hidden-markdown.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/markdown-limits.js

/**
 * Markdown the reader refuses to read. micromark's time grows with the square
 * of some counts (measured: 6,000 nested emphasis openers take ~50 s, 4,000
 * quotes or lists closed one after another ~13 s, one pair of 20,000-star runs
 * ~80 s, 10,000 lists nested on one line ~45 s, each then overflowing the
 * stack). Each limit is far past what a description a person reads holds and
 * keeps the worst case near a second; a description past one is an error, so
 * the guard stops rather than stall or pass.
 */
const MARKDOWN_LIMITS = {
    /** Runs of `*`, `_` or `~`: each may open or close emphasis or strikethrough. */
    emphasisRuns: 2_000,
    /** Characters in one such run. */
    emphasisRunLength: 500,
    /** `[`: each may open a link, an image or a footnote reference. */
    openBrackets: 2_000,
    /** Lines that open a quote or a list after a blank line or a line outside one. */
    containerStarts: 1_000,
    /** Quote and list markers at the start of one line, and list markers indented past this many columns / 2. */
    nesting: 32,
};
const LIST_OR_QUOTE = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;
function refuse(what, count, limit, fix) {
    throw new errors_ConfigurationError(`the PR description has ${count} ${what}; the guard reads at most ${limit}, past which reading it as GitHub renders it takes too long.`, {
        field: 'description',
        fix,
    });
}
/** Throws a ConfigurationError when the Markdown is past a limit; returns quietly otherwise. */
function assertReadable(markdown) {
    let runs = 0;
    let brackets = 0;
    for (let i = 0; i < markdown.length; i += 1) {
        const ch = markdown[i];
        if (ch === '[')
            brackets += 1;
        if (ch !== '*' && ch !== '_' && ch !== '~')
            continue;
        let end = i + 1;
        while (markdown[end] === ch)
            end += 1;
        runs += 1;
        if (end - i > MARKDOWN_LIMITS.emphasisRunLength) {
            refuse(`'${ch}' characters in a row`, end - i, MARKDOWN_LIMITS.emphasisRunLength, `shorten the run of '${ch}', or put it in a code span.`);
        }
        i = end - 1;
    }
    if (runs > MARKDOWN_LIMITS.emphasisRuns)
        refuse("runs of '*', '_' or '~'", runs, MARKDOWN_LIMITS.emphasisRuns, 'use less emphasis and strikethrough.');
    if (brackets > MARKDOWN_LIMITS.openBrackets)
        refuse("'[' characters", brackets, MARKDOWN_LIMITS.openBrackets, 'use fewer links and brackets.');
    let starts = 0;
    let previousInContainer = false;
    let previousBlank = true;
    for (const line of markdown.split('\n')) {
        const prefix = LIST_OR_QUOTE.exec(line)?.[0];
        if (prefix) {
            const markers = prefix.match(MARKER)?.length ?? 0;
            const indent = /^[ \t]*/.exec(line)[0].replace(/\t/g, '    ').length;
            if (markers > MARKDOWN_LIMITS.nesting || indent / 2 > MARKDOWN_LIMITS.nesting) {
                refuse('quotes and lists nested on one line', Math.max(markers, Math.floor(indent / 2)), MARKDOWN_LIMITS.nesting, 'nest quotes and lists less deeply.');
            }
            if (previousBlank || !previousInContainer)
                starts += 1;
        }
        previousInContainer = prefix !== undefined;
        previousBlank = line.trim() === '';
    }
    if (starts > MARKDOWN_LIMITS.containerStarts)
        refuse('separate quotes and lists', starts, MARKDOWN_LIMITS.containerStarts, 'merge quotes and lists, or shorten the description.');
}
//# sourceMappingURL=markdown-limits.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/tex-math.js
/** `$$…$$` or `$…$` within one block of rendered text. */
const MATH = /\$\$[^\n]*?\$\$|\$[^$\n]*?\$/g;
/**
 * Stretches of rendered text GitHub typesets as math. Math without a TeX
 * command shows its characters as typed; one with a command can show anything
 * or nothing (`\phantom{…}`, `\color{white}{…}`), so only those are returned.
 * `$`…`$` and ```` ```math ```` are code to the Markdown parser, hidden already.
 */
function texMathWithCommands(text) {
    return [...text.matchAll(MATH)].filter((m) => m[0].includes('\\')).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
//# sourceMappingURL=tex-math.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/visible-markdown.js







/**
 * Reads a description the way GitHub renders it: parsed as CommonMark + GFM,
 * its HTML built as a browser would, then only the text a reader sees. Where
 * GitHub's rendering is uncertain (elements it escapes or drops) it hides
 * more rather than less: a reference wrongly hidden fails visibly, one wrongly
 * shown would pass unseen.
 */
function visibleMarkdown(markdown) {
    assertReadable(markdown);
    try {
        return read(markdown);
    }
    catch (error) {
        // Past the limits, something still nested deeper than the stack: nothing a person writes does.
        if (!(error instanceof RangeError))
            throw error;
        throw new errors_ConfigurationError('the PR description nests too deeply to be read as GitHub renders it.', {
            field: 'description',
            fix: 'nest quotes, lists, emphasis and HTML elements less deeply.',
        });
    }
}
function read(markdown) {
    const { source, tree, originalIndex } = githubReading(markdown);
    const toOriginal = (index) => (originalIndex ? (originalIndex[index] ?? markdown.length) : index);
    const syntaxSpans = markdownHiddenSpans(tree, source);
    const rendered = renderedText(renderGithubMarkdown(tree, source), source, autolinkStarts(syntaxSpans));
    // Later spans win ties: for raw HTML the HTML tree's reason is more precise than "HTML".
    const spans = [...syntaxSpans, ...rendered.hidden];
    let text = rendered.text;
    for (const math of texMathWithCommands(text)) {
        spans.push({ start: rendered.sourceIndex[math.start], end: rendered.sourceIndex[math.end - 1] + 1, kind: 'math' });
        text = text.slice(0, math.start) + BLOCK_BREAK.repeat(math.end - math.start) + text.slice(math.end);
    }
    const originalSpans = spans.map((span) => ({ start: toOriginal(span.start), end: toOriginal(span.end), kind: span.kind }));
    return {
        text,
        sourceIndex: (index) => toOriginal(rendered.sourceIndex[Math.min(index, rendered.sourceIndex.length - 1)] ?? 0),
        hiddenAt(index) {
            let innermost;
            for (const span of originalSpans) {
                if (index < span.start || index >= span.end)
                    continue;
                if (!innermost || span.end - span.start <= innermost.end - innermost.start)
                    innermost = span;
            }
            return innermost?.kind;
        },
    };
}
/** The text micromark should parse to build the tree GitHub's renderer builds, and that tree. */
function githubReading(markdown) {
    let source = markdown;
    let tree = parseGithubMarkdown(markdown);
    let originalIndex;
    // A rewrite can bring another lone tag into view; a few rounds settle every case seen.
    for (let round = 0; round < 3; round += 1) {
        const rewritten = asCmarkReads(source, tree);
        if (!rewritten)
            break;
        const previous = originalIndex;
        originalIndex = previous ? rewritten.originalIndex.map((i) => previous[i] ?? markdown.length) : rewritten.originalIndex;
        source = rewritten.markdown;
        tree = parseGithubMarkdown(source);
    }
    return { source, tree, ...(originalIndex ? { originalIndex } : {}) };
}
//# sourceMappingURL=visible-markdown.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/references.js



const SP = '[ \\t\\u00a0]';
const NUMBER = '(\\d{1,4}(?:\\.\\d{1,4})*)(?!\\w|\\.\\d)';
const TITLE = `(?:${SP}*\\(([^()\\n]{1,200})\\))?`;
const CLAUSE_SEPARATOR = `(?:${SP}*,${SP}*(?:and${SP}+)?|${SP}+and${SP}+)`;
const CLAUSES = `${SP}*,?${SP}*\\b(clause${SP}+\\d{1,4}|clauses${SP}+\\d{1,4}(?:${CLAUSE_SEPARATOR}\\d{1,4})*)(?!\\w|\\.\\d)`;
/**
 * `§3`, `§ 3`, `§3.4`, `section 3`, each optionally followed by a
 * parenthesised title, then optionally `clause 4` (or `clauses 2 and 4`) and
 * a parenthesis about the clause.
 */
const REFERENCE_SOURCE = `(?:§${SP}?|\\bsection${SP}+)${NUMBER}${TITLE}(?:${CLAUSES}${TITLE})?`;
const REFERENCE = new RegExp(REFERENCE_SOURCE, 'gi');
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE_SOURCE}$`, 'i');
function toReferences(m, line, column) {
    const numberTitle = m[2]?.trim();
    const clauseTitle = m[4]?.trim();
    const titles = [numberTitle, clauseTitle].filter((t) => t !== undefined);
    const base = {
        section: m[1],
        titles,
        ...(numberTitle === undefined ? {} : { numberTitle }),
        ...(clauseTitle === undefined ? {} : { clauseTitle }),
        text: m[0],
        line,
        column,
    };
    if (m[3] === undefined)
        return [base];
    return [...m[3].matchAll(/\d+/g)].map((n) => ({ ...base, clause: Number.parseInt(n[0], 10) }));
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function locate(starts, index) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: index - starts[lo] + 1 };
}
/**
 * Every spec reference a PR description makes, as a reviewer reads it on
 * GitHub (see visible-markdown.ts): what is in code, comments, HTML tags and
 * attributes, link destinations and titles, images, URLs, struck text,
 * collapsed details, definitions and footnotes GitHub does not show does not
 * count; entities are decoded and markup inside a reference (`§**3**`) is
 * read through. Nor does a reference with an invisible character in or next
 * to it, or in a block with a bidi control (which can make a line display
 * differently from what it says). Those are returned as `ignored` so a report
 * can say why nothing counted.
 */
function findReferences(body) {
    const starts = lineStarts(body);
    const visible = visibleMarkdown(body);
    const stripped = stripInvisible(visible.text);
    const references = [];
    const ignored = [];
    const readRanges = [];
    for (const m of stripped.text.matchAll(REFERENCE)) {
        const start = stripped.originalIndex(m.index);
        const end = stripped.originalIndex(m.index + m[0].length - 1) + 1;
        const sourceStart = visible.sourceIndex(start);
        const sourceEnd = visible.sourceIndex(end - 1) + 1;
        readRanges.push({ start: sourceStart, end: sourceEnd });
        const where = locate(starts, sourceStart);
        const blockStart = visible.text.lastIndexOf(BLOCK_BREAK, start) + 1;
        const blockEnd = visible.text.indexOf(BLOCK_BREAK, end);
        const block = visible.text.slice(blockStart, blockEnd < 0 ? visible.text.length : blockEnd);
        const reason = BIDI_CONTROL.test(block)
            ? 'bidi-control'
            : end - start !== m[0].length || INVISIBLE.test(visible.text.charAt(start - 1)) || INVISIBLE.test(visible.text.charAt(end))
                ? 'invisible-characters'
                : undefined;
        if (reason)
            ignored.push({ text: visible.text.slice(start, end), line: where.line, column: where.column, reason });
        else
            references.push(...toReferences(m, where.line, where.column));
    }
    // What reads as a reference only in the source, inside something not shown: reported, never counted.
    readRanges.sort((a, b) => a.start - b.start);
    for (const m of body.matchAll(REFERENCE)) {
        if (withinRead(readRanges, m.index))
            continue;
        const kind = visible.hiddenAt(m.index);
        if (!kind)
            continue;
        const where = locate(starts, m.index);
        ignored.push({ text: m[0], line: where.line, column: where.column, reason: kind });
    }
    ignored.sort((a, b) => a.line - b.line || a.column - b.column);
    return { references, ignored };
}
/** Whether a source index lies in one of the ranges (sorted by start) the reader's text came from. */
function withinRead(ranges, index) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid].start <= index)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    const candidate = ranges[hi];
    return candidate !== undefined && index < candidate.end;
}
/**
 * The references one citation string makes (a ticket's `spec` entry, a spec
 * map key): `§3.6`, `§3 clause 6`, `section 3 clauses 2 and 4`. Empty when the
 * whole string is not a citation.
 */
function parseSpecReference(text) {
    const trimmed = text.trim();
    const m = WHOLE_REFERENCE.exec(trimmed);
    return m ? toReferences(m, 1, 1) : [];
}
/** The canonical name of a target: `§3`, `§3.4`, `§3 clause 4`. */
function referenceKey(section, clause) {
    return clause === undefined ? `§${section}` : `§${section} clause ${clause}`;
}
function sectionList(spec) {
    const ids = spec.sections.map((s) => `§${s.id}`);
    return ids.length > 30 ? `${ids.slice(0, 30).join(', ')}, …` : ids.join(', ');
}
/**
 * What a reference names in the spec at base. `§N.M` is section N.M when the
 * spec has that heading, else clause M of section N (so a ticket's "§3.6"
 * names the sixth clause of §3 in a spec without sub-sections).
 */
function resolveReference(spec, ref) {
    const section = spec.byId.get(ref.section);
    if (ref.clause !== undefined) {
        const key = referenceKey(ref.section, ref.clause);
        if (!section)
            return { found: false, key, problem: `the spec has no §${ref.section} (its sections: ${sectionList(spec)})` };
        const clause = section.clauses[ref.clause - 1];
        if (!clause) {
            return { found: false, key, problem: `§${section.id} (${section.title}) has ${section.clauses.length} clause(s), not ${ref.clause}` };
        }
        return { found: true, key, section, clause };
    }
    if (section)
        return { found: true, key: referenceKey(section.id), section };
    const dot = ref.section.lastIndexOf('.');
    if (dot > 0) {
        const parentId = ref.section.slice(0, dot);
        const number = Number.parseInt(ref.section.slice(dot + 1), 10);
        const parent = spec.byId.get(parentId);
        const clause = parent?.clauses[number - 1];
        if (parent && clause && number > 0)
            return { found: true, key: referenceKey(parentId, number), section: parent, clause };
        if (parent) {
            return {
                found: false,
                key: referenceKey(ref.section),
                problem: `the spec has no §${ref.section} section, and §${parentId} (${parent.title}) has ${parent.clauses.length} clause(s), not ${number}`,
            };
        }
    }
    return { found: false, key: referenceKey(ref.section), problem: `the spec has no §${ref.section} (its sections: ${sectionList(spec)})` };
}
//# sourceMappingURL=references.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/conventional-commits.js

const DEFAULT_COMMIT_RULES = { types: [...COMMIT_TYPES], require_scope: false, max_subject_length: 100 };
/** `type(scope)!: description`, per Conventional Commits 1.0.0. */
const HEADER = /^(?<type>[A-Za-z][A-Za-z0-9-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<breaking>!)?: (?<description>\S.*)$/;
const AUTOSQUASH = /^(fixup|squash|amend)! /;
function closestType(type, types) {
    const lower = type.toLowerCase();
    return types.find((t) => t === lower) ?? types.find((t) => lower.startsWith(t) || t.startsWith(lower));
}
/**
 * Checks one commit message against Conventional Commits and the policy's
 * rules: an allowed type, an optional (or required) scope, an optional `!`, a
 * description, a subject line within the length limit, a blank line before any
 * body, and no `fixup!`/`squash!`/`amend!` commit left to squash.
 */
function parseConventionalCommit(message, rules = DEFAULT_COMMIT_RULES) {
    const lines = message.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
    const subject = lines[0] ?? '';
    const example = `${rules.types.includes('fix') ? 'fix' : rules.types[0] ?? 'fix'}${rules.require_scope ? '(events)' : ''}: handle an empty payload`;
    const rewrite = `reword it (git rebase -i <base>, 'reword') as 'type(scope): description', e.g. '${example}'; allowed types: ${rules.types.join(', ')}.`;
    if (subject.trim() === '')
        return { valid: false, problems: ['the commit message is empty'], fix: rewrite };
    const autosquash = AUTOSQUASH.exec(subject);
    if (autosquash) {
        return {
            valid: false,
            problems: [`'${autosquash[1]}!' commit left unsquashed`],
            fix: "squash it into the commit it amends: git rebase -i --autosquash <base>, then push with --force-with-lease.",
        };
    }
    const m = HEADER.exec(subject);
    if (!m?.groups) {
        return { valid: false, problems: [`subject '${subject}' is not 'type(scope)!: description'`], fix: rewrite };
    }
    const g = m.groups;
    const header = {
        type: g.type,
        ...(g.scope !== undefined ? { scope: g.scope } : {}),
        breaking: g.breaking === '!',
        description: g.description.trim(),
    };
    const problems = [];
    if (!rules.types.includes(header.type)) {
        const near = closestType(header.type, rules.types);
        problems.push(`type '${header.type}' is not one of ${rules.types.join(', ')}${near ? ` (did you mean '${near}'?)` : ''}`);
    }
    if (header.scope !== undefined && header.scope.trim() === '')
        problems.push('the scope in parentheses is empty');
    if (rules.require_scope && header.scope === undefined)
        problems.push('the policy requires a scope: type(scope): description');
    if (subject.length > rules.max_subject_length)
        problems.push(`subject line is ${subject.length} characters, over the limit of ${rules.max_subject_length}`);
    if (lines.length > 1 && lines[1].trim() !== '')
        problems.push('the body must be separated from the subject by a blank line');
    if (problems.length > 0)
        return { valid: false, header, problems, fix: rewrite };
    return { valid: true, header };
}
//# sourceMappingURL=conventional-commits.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/spec-map.js





/**
 * What kind of change a spec section is addressed by:
 * - `dev-dependency-update`: only dependency manifests and lockfiles changed, and in them only dev dependencies;
 * - `test-addition`: only test files changed, at least one test added and none removed;
 * - `bug-fix`: code changed together with a test, no test removed, and a `fix` commit;
 * - `refactor`: inside the entry's paths, no public signature or contract file changed, no test removed, no dependency change;
 * - `docs`: only documentation changed.
 */
const CHANGE_KINDS = ['dev-dependency-update', 'test-addition', 'bug-fix', 'refactor', 'docs'];
/** `§3`, `§3.4` (section 3.4, else clause 4 of §3) or `§3 clause 4`. */
const SPEC_MAP_KEY = /^§\d{1,4}(?:\.\d{1,4})*(?: clause \d{1,4})?$/;
const spec_map_glob = schemas/* string */.YjP().min(1, 'a glob cannot be empty');
const SpecMapEntrySchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional().describe('What a change addressing this section does, for readers of the map.'),
    paths: schemas/* array */.YOg(spec_map_glob).default([]).describe('The change touches at least one file matching these globs; for `refactor`, every file must match.'),
    kinds: schemas/* array */.YOg(schemas/* enum */.k5n(CHANGE_KINDS)).default([]).describe('The change is of at least one of these kinds.'),
    public: schemas/* array */.YOg(spec_map_glob)
        .default([])
        .describe('For `refactor`: files whose change alters a public signature or behaviour, in addition to the built-in contract files.'),
})
    .refine((entry) => entry.paths.length > 0 || entry.kinds.length > 0, { message: 'an entry needs `paths`, `kinds` or both' });
const SpecMapSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    sections: schemas/* record */.g1P(schemas/* string */.YjP().regex(SPEC_MAP_KEY, "keys are '§N', '§N.M' or '§N clause K'"), SpecMapEntrySchema)
        .describe('Per spec section or clause: what a change that addresses it looks like.'),
})
    .describe('agent-guards spec map: what a change addressing each spec section looks like; read at the PR base commit.');
/** The published JSON Schema entry, in the shape of CONFIG_SCHEMAS. */
const SPEC_MAP_SCHEMA = {
    file: 'spec-map.schema.json',
    title: 'agent-guards spec map (docs/agent-spec-map.yml)',
    schema: SpecMapSchema,
};
/**
 * Resolves every key of a parsed map against the spec. A key naming a section
 * or clause the spec does not have, or two keys naming the same target, is a
 * configuration error: a stale map would silently stop checking.
 */
function resolveSpecMap(map, spec, path) {
    const entries = new Map();
    for (const [written, entry] of Object.entries(map.sections)) {
        const [ref] = parseSpecReference(written);
        const resolved = ref ? resolveReference(spec, ref) : undefined;
        if (!resolved?.found) {
            throw new errors_ConfigurationError(`the map names ${written}, but ${resolved ? resolved.problem : 'that is not a reference'} at the base commit.`, {
                file: path,
                field: `sections.${written}`,
                fix: 'point the key at a section or clause of the spec, or remove the entry.',
            });
        }
        const earlier = entries.get(resolved.key);
        if (earlier) {
            throw new errors_ConfigurationError(`'${written}' and '${earlier.written}' both name ${resolved.key}.`, {
                file: path,
                field: `sections.${written}`,
                fix: 'merge the two entries into one.',
            });
        }
        entries.set(resolved.key, { key: resolved.key, written, entry });
    }
    return { path, entries };
}
/** The spec map named by the policy, read at the base commit; a named map that is missing is an error. */
async function loadSpecMap(repo, base, path, spec) {
    return specMapFromText(await readFileAt(repo, base, path), path, base, spec);
}
/** The map from its text at base (undefined: the file is not there). */
function specMapFromText(text, path, base, spec) {
    if (text === undefined) {
        throw new errors_ConfigurationError(`the spec map does not exist at the base commit ${base.slice(0, 12)}.`, {
            file: path,
            field: 'spec.map',
            fix: "commit the map to the base branch, or remove 'spec.map' from the policy.",
        });
    }
    return resolveSpecMap(parseConfig(text, path, SpecMapSchema, 'spec map', { commit: base }), spec, path);
}
//# sourceMappingURL=spec-map.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/change-facts.js

const MISSING_OBJECT = /^0+$/;
async function loadChangeFacts(repo, base, head, commits, prCommits) {
    return changeFactsFrom(repo, await changedFiles(repo, base, head, prCommits === undefined ? {} : { prCommits }), commits);
}
/** Facts over a change set already listed (the guard lists it alongside its other git reads). */
function changeFactsFrom(repo, changes, commits, npmRegistryHosts = []) {
    const cache = new Map();
    return {
        mergeBase: changes.mergeBase,
        files: changes.files,
        touched: touchedPaths(changes.files),
        commits,
        npmRegistryHosts,
        async texts(files) {
            const wanted = files.flatMap((f) => [f.oldSha, f.newSha]).filter((sha) => !MISSING_OBJECT.test(sha) && !cache.has(sha));
            // Submodule entries name commits of another repository: nothing to read here.
            const readable = wanted.filter((sha) => !files.some((f) => (f.oldSha === sha && f.oldKind === 'submodule') || (f.newSha === sha && f.newKind === 'submodule')));
            if (readable.length > 0) {
                const objects = await readObjects(repo, readable);
                for (const sha of readable)
                    cache.set(sha, objects.get(sha)?.toString('utf8'));
            }
            const out = new Map();
            for (const f of files) {
                const before = MISSING_OBJECT.test(f.oldSha) ? undefined : cache.get(f.oldSha);
                const after = MISSING_OBJECT.test(f.newSha) ? undefined : cache.get(f.newSha);
                out.set(f, { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
            }
            return out;
        },
    };
}
//# sourceMappingURL=change-facts.js.map
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/dependency-files.js
var dependency_files = __webpack_require__(20773);
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/file-classes.js


const file_classes_compiled = new Map();
/** Globs are compiled once: the kind checks test every changed path against the same few dozen. */
function matcher(glob) {
    let m = file_classes_compiled.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(glob, { dot: true });
        file_classes_compiled.set(glob, m);
    }
    return m;
}
function matchesAny(path, globs) {
    return globs.some((g) => matcher(g).match(path));
}

const DOC_PATH_GLOBS = [
    '**/*.md',
    '**/*.mdx',
    '**/*.markdown',
    '**/*.rst',
    '**/*.adoc',
    'docs/**',
    'doc/**',
    '**/README',
    '**/README.*',
    '**/CHANGELOG*',
    '**/LICENSE*',
    '**/NOTICE*',
    '**/CONTRIBUTING*',
];
function isDocPath(path) {
    return matchesAny(path, DOC_PATH_GLOBS);
}
/** Files that are a public contract whatever the map says: API descriptions, schemas, type declarations. */
const PUBLIC_CONTRACT_GLOBS = [
    ...forbidden_categories_BUILT_IN_FORBIDDEN.filter((c) => c.id === 'public-api-contracts' || c.id === 'schemas').flatMap((c) => c.patterns),
    '**/*.d.ts',
    '**/*.d.mts',
    '**/*.d.cts',
];
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
//# sourceMappingURL=file-classes.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/internal/source-shapes.js
/**
 * Light, per-language readings of source text: the test cases a test file
 * declares and the public signatures a source file exports. Enough to tell
 * "a test was added, none removed" and "no public signature changed" for the
 * change kinds; the skip-set guard does the full test collection.
 */
function extension(path) {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}
const JS_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']);
function collect(text, pattern, group = 1) {
    return [...text.matchAll(pattern)].map((m) => (m[group] ?? m[0]).replace(/\s+/g, ' ').trim());
}
/** Names of the test cases a test file declares (duplicates kept: they are counted). */
function testCaseNames(path, text) {
    const ext = extension(path);
    if (ext === 'py') {
        // Qualified by the enclosing class when indented under one, so the same name in two classes counts twice.
        const names = [];
        let currentClass = '';
        for (const line of text.split('\n')) {
            const cls = /^class\s+(\w+)/.exec(line);
            if (cls)
                currentClass = cls[1];
            else if (/^\S/.test(line))
                currentClass = '';
            const def = /^(\s*)(?:async\s+)?def\s+(test\w*)\s*\(/.exec(line);
            if (def)
                names.push(def[1] && currentClass ? `${currentClass}.${def[2]}` : def[2]);
        }
        return names;
    }
    if (JS_EXTENSIONS.has(ext)) {
        return collect(text, /\b(?:it|test)(?:\.(?:only|skip|todo|concurrent|fails|sequential))*(?:\.each\s*(?:\([^)]*\)|`[^`]*`))?\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g, 2);
    }
    if (ext === 'go')
        return collect(text, /^func\s+(Test\w*|Benchmark\w*|Fuzz\w*|Example\w*)\s*\(/gm);
    if (ext === 'java' || ext === 'kt')
        return collect(text, /@(?:Test|ParameterizedTest|RepeatedTest)\b[^\n]*\n(?:\s*@[^\n]*\n)*\s*(?:(?:public|private|protected|internal|static|final|suspend)\s+)*(?:void\s+|fun\s+)(`[^`]+`|\w+)\s*\(/g);
    if (ext === 'rs')
        return collect(text, /#\[(?:tokio::)?test\][^\n]*\n(?:\s*#\[[^\]]*\][^\n]*\n)*\s*(?:pub\s+)?(?:async\s+)?fn\s+(\w+)/g);
    if (ext === 'rb')
        return collect(text, /^\s*(?:it|specify|scenario)\s*\(?\s*(['"])(.*?)\1/gm, 2);
    return [];
}
/**
 * The public signatures a source file exports, each as its declaration line up
 * to the body. A changed set means a changed public surface.
 */
function exportedSignatures(path, text) {
    const ext = extension(path);
    if (JS_EXTENSIONS.has(ext)) {
        return collect(text, /^[ \t]*(export\s+(?:\*|\{[^}]*\}|default\b|declare\s+|abstract\s+|async\s+)*(?:[^{=;\n]*))/gm).map((s) => s.replace(/\s*[{=;]?\s*$/, ''));
    }
    if (ext === 'py')
        return collect(text, /^((?:async\s+)?def\s+[A-Za-z]\w*\s*\([^)]*\)?[^:\n]*|class\s+[A-Za-z]\w*[^:\n]*)/gm);
    if (ext === 'go')
        return collect(text, /^((?:func\s+(?:\([^)]*\)\s*)?|type\s+|var\s+|const\s+)[A-Z]\w*[^{\n]*)/gm);
    if (ext === 'java' || ext === 'kt')
        return collect(text, /^[ \t]*(public\s[^{;=\n]*)/gm);
    if (ext === 'rs')
        return collect(text, /^[ \t]*(pub\s+(?!\(crate\))[^{;=\n]*)/gm);
    return [];
}
/** Multiset difference: what `before` has that `after` lacks (with multiplicity). */
function missingFrom(before, after) {
    const counts = new Map();
    for (const name of after)
        counts.set(name, (counts.get(name) ?? 0) + 1);
    const missing = [];
    for (const name of before) {
        const left = counts.get(name) ?? 0;
        if (left > 0)
            counts.set(name, left - 1);
        else
            missing.push(name);
    }
    return missing;
}
//# sourceMappingURL=source-shapes.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/change-kinds.js




/** "a, b, c and 4 more". */
function listSome(items, max = 5) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
const quoted = (items) => listSome(items.map((i) => `'${i}'`));
function sideExists(sha) {
    return !/^0+$/.test(sha);
}
const testDeltas = new WeakMap();
/** Test cases added and removed across the change, per the test files on both sides; computed once per change. */
function testDelta(facts) {
    let delta = testDeltas.get(facts);
    if (!delta) {
        delta = computeTestDelta(facts);
        testDeltas.set(facts, delta);
    }
    return delta;
}
async function computeTestDelta(facts) {
    const involved = facts.files.filter((f) => test_files_isTestPath(f.path) || (f.previousPath !== undefined && test_files_isTestPath(f.previousPath)));
    const texts = await facts.texts(involved);
    const delta = { added: [], removed: [], deletedTestFiles: [], changedTestFiles: [] };
    for (const f of involved) {
        const { before, after } = texts.get(f) ?? {};
        const oldPath = f.previousPath ?? f.path;
        const oldIsTest = sideExists(f.oldSha) && f.status !== 'copied' && test_files_isTestPath(oldPath);
        const newIsTest = sideExists(f.newSha) && test_files_isTestPath(f.path);
        const namesBefore = oldIsTest && before !== undefined ? testCaseNames(oldPath, before) : [];
        const namesAfter = newIsTest && after !== undefined ? testCaseNames(f.path, after) : [];
        if (oldIsTest && !newIsTest)
            delta.deletedTestFiles.push(oldPath);
        if (newIsTest)
            delta.changedTestFiles.push(f.path);
        delta.added.push(...missingFrom(namesAfter, namesBefore).map((n) => `${f.path}::${n}`));
        delta.removed.push(...missingFrom(namesBefore, namesAfter).map((n) => `${oldPath}::${n}`));
    }
    return delta;
}
function removalReasons(delta) {
    const reasons = [];
    if (delta.deletedTestFiles.length > 0)
        reasons.push(`deletes test file(s) ${quoted(delta.deletedTestFiles)}`);
    if (delta.removed.length > 0)
        reasons.push(`removes test(s) ${quoted(delta.removed)}`);
    return reasons;
}
async function devDependencyUpdate(facts) {
    const reasons = [];
    const others = facts.touched.filter((p) => !(0,dependency_files/* dependencyFileOf */.V)(p));
    if (others.length > 0)
        reasons.push(`changes files that are not dependency manifests or lockfiles: ${quoted(others)}`);
    const depFiles = facts.files.filter((f) => (0,dependency_files/* dependencyFileOf */.V)(f.path));
    const texts = await facts.texts(depFiles);
    // The manifest and lockfile parsers load only when a PR claims to be a dependency update.
    const { devOnlyChange } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(729)]).then(__webpack_require__.bind(__webpack_require__, 42729));
    const devOnlyDirs = new Set();
    const changedNames = new Set();
    const lockfilesToJudge = [];
    for (const f of depFiles) {
        const kind = (0,dependency_files/* dependencyFileOf */.V)(f.path);
        if (f.status === 'renamed' || f.status === 'copied') {
            reasons.push(`${f.status} '${f.previousPath}' to '${f.path}' rather than updating it`);
            continue;
        }
        if (kind.role === 'lockfile' && kind.format !== 'npm-lock') {
            lockfilesToJudge.push(f);
            continue;
        }
        const { before, after } = texts.get(f) ?? {};
        const verdict = devOnlyChange(f.path, before, after, { registryHosts: facts.npmRegistryHosts });
        if (!verdict.devOnly)
            reasons.push(verdict.problem ?? `${f.path} is not a dev-only change`);
        else {
            if (kind.role === 'manifest')
                devOnlyDirs.add(directoryOf(f.path));
            for (const name of verdict.changed)
                changedNames.add(name);
        }
    }
    for (const f of lockfilesToJudge) {
        // These lockfiles do not say which entries are dev-only: they go with a dev-only manifest change next to them.
        if (!devOnlyDirs.has(directoryOf(f.path)))
            reasons.push(`${f.path} changes without a dev-only manifest change beside it`);
    }
    if (reasons.length === 0 && changedNames.size === 0)
        reasons.push('changes no dev dependency');
    if (reasons.length > 0)
        return { kind: 'dev-dependency-update', satisfied: false, reasons };
    return { kind: 'dev-dependency-update', satisfied: true, reasons: [`dev dependencies changed: ${listSome([...changedNames].sort())}`] };
}
async function testAddition(facts) {
    const reasons = [];
    const others = facts.touched.filter((p) => !test_files_isTestPath(p));
    if (others.length > 0)
        reasons.push(`changes files that are not tests: ${quoted(others)}`);
    const delta = await testDelta(facts);
    reasons.push(...removalReasons(delta));
    if (delta.added.length === 0)
        reasons.push('adds no test case');
    if (reasons.length > 0)
        return { kind: 'test-addition', satisfied: false, reasons };
    return { kind: 'test-addition', satisfied: true, reasons: [`adds ${delta.added.length} test case(s): ${listSome(delta.added)}`] };
}
async function bugFix(facts) {
    const reasons = [];
    const code = facts.touched.filter((p) => !test_files_isTestPath(p) && !isDocPath(p));
    if (code.length === 0)
        reasons.push('changes no code outside tests and docs');
    const delta = await testDelta(facts);
    if (delta.changedTestFiles.length === 0)
        reasons.push('adds or changes no test (a fix comes with the test that shows it)');
    reasons.push(...removalReasons(delta));
    const fixCommits = facts.commits.filter((c) => {
        const parsed = parseConventionalCommit(c.message);
        return parsed.header?.type === 'fix';
    });
    if (fixCommits.length === 0)
        reasons.push("has no commit of type 'fix'");
    if (reasons.length > 0)
        return { kind: 'bug-fix', satisfied: false, reasons };
    return { kind: 'bug-fix', satisfied: true, reasons: [`fixes ${listSome(code)} with test changes in ${listSome(delta.changedTestFiles)}`] };
}
async function refactor(facts, entry) {
    const reasons = [];
    if (entry.paths.length > 0) {
        const outside = facts.touched.filter((p) => !matchesAny(p, entry.paths));
        if (outside.length > 0)
            reasons.push(`changes files outside the entry's paths: ${quoted(outside)}`);
    }
    const contracts = facts.touched.filter((p) => matchesAny(p, [...PUBLIC_CONTRACT_GLOBS, ...entry.public]));
    if (contracts.length > 0)
        reasons.push(`changes public contract or behaviour files: ${quoted(contracts)}`);
    const deps = facts.touched.filter((p) => (0,dependency_files/* dependencyFileOf */.V)(p));
    if (deps.length > 0)
        reasons.push(`changes dependencies: ${quoted(deps)}`);
    const sources = facts.files.filter((f) => !test_files_isTestPath(f.path) && !(0,dependency_files/* dependencyFileOf */.V)(f.path));
    const texts = await facts.texts(sources);
    const before = [];
    const after = [];
    for (const f of sources) {
        const t = texts.get(f) ?? {};
        if (t.before !== undefined && f.status !== 'copied')
            before.push(...exportedSignatures(f.previousPath ?? f.path, t.before));
        if (t.after !== undefined)
            after.push(...exportedSignatures(f.path, t.after));
    }
    const gone = missingFrom(before, after);
    const added = missingFrom(after, before);
    if (gone.length > 0)
        reasons.push(`removes or changes public signature(s): ${quoted(gone)}`);
    if (added.length > 0)
        reasons.push(`adds public signature(s): ${quoted(added)}`);
    reasons.push(...removalReasons(await testDelta(facts)));
    if (reasons.length > 0)
        return { kind: 'refactor', satisfied: false, reasons };
    return { kind: 'refactor', satisfied: true, reasons: [`${facts.touched.length} file(s) changed, public signatures unchanged`] };
}
function docs(facts) {
    const others = facts.touched.filter((p) => !isDocPath(p));
    if (others.length > 0)
        return { kind: 'docs', satisfied: false, reasons: [`changes files that are not documentation: ${quoted(others)}`] };
    if (facts.touched.length === 0)
        return { kind: 'docs', satisfied: false, reasons: ['changes no file'] };
    return { kind: 'docs', satisfied: true, reasons: [`documentation only: ${listSome(facts.touched)}`] };
}
/** Whether the change is of one kind, and why (not). */
async function evaluateKind(kind, facts, entry) {
    switch (kind) {
        case 'dev-dependency-update':
            return devDependencyUpdate(facts);
        case 'test-addition':
            return testAddition(facts);
        case 'bug-fix':
            return bugFix(facts);
        case 'refactor':
            return refactor(facts, entry);
        case 'docs':
            return docs(facts);
    }
}
//# sourceMappingURL=change-kinds.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/description-check.js


const IGNORED_WHY = {
    'fenced-code': 'in a code block',
    'indented-code': 'in an indented code block',
    'inline-code': 'in inline code',
    'html-code': 'in HTML code markup (<code>, <pre>, <kbd>, <samp>, <tt>)',
    'html-comment': 'in an HTML comment',
    'html-tag': 'inside an HTML tag or attribute',
    'hidden-html-element': 'in an HTML element GitHub does not show (<script>, <style>, <template>, <rp>, …)',
    'collapsed-details': 'in a collapsed <details> block, outside its <summary>',
    'link-definition': 'in a link definition',
    'link-destination': "in a link's URL, title or reference label",
    autolink: 'in a URL',
    image: "in an image's alt text or URL",
    strikethrough: 'in struck-through text',
    'unused-footnote': 'in a footnote GitHub does not show (nothing refers to it, or its label is defined before)',
    'dropped-table-cell': "in a table cell past the header's columns, which GitHub drops",
    math: 'in math with TeX commands, which can render as anything',
    'tiny-text': 'in text shrunk past reading by nested <sup>, <sub>, <small>',
    'bidi-markup': 'in text whose display order HTML changes (<bdo>, dir=…)',
    'invisible-characters': 'written with invisible characters',
    'bidi-control': 'in a paragraph with bidi control characters',
};
/** "§3 (Authorized scope) clause 9" — how findings name a target. */
function describeTarget(section, clause) {
    return clause ? `§${section.id} (${section.title}) clause ${clause.number}` : `§${section.id} (${section.title})`;
}
function excerpt(text, max = 80) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * The description half of the guard, pure so the runner can check the PR body
 * it is about to open: references exist at base, cited titles match, the
 * ticket's sections are named, and the description names something at all.
 */
function checkDescription(input) {
    const { spec, specPath, body, ticket } = input;
    const findings = [];
    const at = (line) => (input.bodyPath ? { path: input.bodyPath, line } : {});
    const where = (ref) => `description line ${ref.line}`;
    const scan = findReferences(body);
    for (const ignored of scan.ignored) {
        // Written to read differently from what it says: worth a warning even when another reference counts.
        if (ignored.reason !== 'invisible-characters' && ignored.reason !== 'bidi-control' && ignored.reason !== 'bidi-markup')
            continue;
        findings.push({
            rule: 'invisible-spec-reference',
            severity: 'warning',
            message: `'${excerpt(ignored.text)}' at ${where(ignored)} is ${IGNORED_WHY[ignored.reason]} and does not count. Fix: retype the reference as plain text.`,
            ...at(ignored.line),
        });
    }
    if (scan.references.length === 0) {
        const ignoredNote = scan.ignored.length > 0
            ? ` ${scan.ignored.length} reference-like text(s) did not count: ${[...new Set(scan.ignored.map((i) => IGNORED_WHY[i.reason]))].join(', ')}.`
            : '';
        findings.push({
            rule: 'missing-spec-reference',
            severity: 'error',
            message: `The PR description names no section of ${specPath}.${ignoredNote} Fix: add a line such as 'Implements §3 (Authorized scope) clause 9' naming the section the change implements, as plain text.`,
        });
    }
    const targets = new Map();
    // The same mistake repeated is one finding at its first line, with a count.
    const repeated = new Map();
    const once = (key, finding) => {
        const seen = repeated.get(key);
        if (seen)
            seen.more += 1;
        else
            repeated.set(key, { finding, more: 0 });
    };
    for (const ref of scan.references) {
        const resolved = resolveReference(spec, ref);
        if (!resolved.found) {
            once(`unknown\0${resolved.key}`, {
                rule: 'unknown-spec-section',
                severity: 'error',
                message: `'${excerpt(ref.text)}' at ${where(ref)}: ${resolved.problem} in ${specPath} at the base commit. Fix: name an existing section or clause.`,
                ...at(ref.line),
            });
            continue;
        }
        for (const { title, clause } of citedTitles(spec, ref, resolved.section, resolved.clause)) {
            if (titleMatches(resolved.section, title, clause))
                continue;
            once(`title\0${resolved.section.id}\0${normalizeTitle(title)}`, {
                rule: 'spec-title-mismatch',
                severity: 'error',
                message: `'${excerpt(ref.text)}' at ${where(ref)} cites the title '${title}', but §${resolved.section.id} is '${resolved.section.title}'. Fix: write '§${resolved.section.id} (${resolved.section.title})' or drop the parenthesis.`,
                ...at(ref.line),
            });
        }
        const target = targets.get(resolved.key);
        if (target)
            target.references.push(ref);
        else
            targets.set(resolved.key, { key: resolved.key, section: resolved.section, ...(resolved.clause ? { clause: resolved.clause } : {}), references: [ref] });
    }
    for (const { finding, more } of repeated.values()) {
        findings.push(more > 0 ? { ...finding, message: finding.message.replace(/\. Fix: /, ` (and ${more} more time(s) in the description). Fix: `) } : finding);
    }
    if (ticket)
        findings.push(...ticketLinkage(spec, specPath, ticket, [...targets.values()], input.ticketPath));
    return { findings, targets: [...targets.values()], scan };
}
/**
 * The parentheses of a reference that cite a title, each compared with the
 * title of what it follows. After a section number it is that section's
 * title. A clause has no title of its own but its opening words, so after
 * `clause N` (or after `§3.9` naming clause 9) a parenthesis is a title only
 * when it is one: the clause's opening words or some section's title; any
 * other words describe the clause (`§3 clause 9 (dev dependency updates)`).
 */
function citedTitles(spec, ref, section, clause) {
    const aboutClause = (title) => (titleMatches(section, title, clause) || sectionsTitled(spec, title).length > 0 ? [{ title, clause }] : []);
    const cited = [];
    if (ref.numberTitle !== undefined) {
        const numberNamesClause = clause !== undefined && ref.clause === undefined;
        cited.push(...(numberNamesClause ? aboutClause(ref.numberTitle) : [{ title: ref.numberTitle }]));
    }
    if (ref.clauseTitle !== undefined)
        cited.push(...aboutClause(ref.clauseTitle));
    return cited;
}
/** Each section the ticket implements must be named; a ticket clause needs the clause, a ticket section any part of it. */
function ticketLinkage(spec, specPath, ticket, targets, ticketPath) {
    const findings = [];
    const file = ticketPath ? { path: ticketPath } : {};
    for (const entry of ticket.spec) {
        const [ref, ...more] = parseSpecReference(entry);
        if (!ref || more.length > 0) {
            findings.push({
                rule: 'unknown-spec-section',
                severity: 'error',
                message: `ticket ${ticket.id} lists '${entry}' under spec, which is not one section reference. Fix: write entries such as '§3' or '§3.6' in the ticket.`,
                ...file,
            });
            continue;
        }
        const resolved = resolveReference(spec, ref);
        if (!resolved.found) {
            findings.push({
                rule: 'unknown-spec-section',
                severity: 'error',
                message: `ticket ${ticket.id} implements '${entry}', but ${resolved.problem} in ${specPath} at the base commit. Fix: correct the ticket's spec list.`,
                ...file,
            });
            continue;
        }
        const named = targets.some((t) => t.key === resolved.key || (!resolved.clause && t.section === resolved.section));
        if (!named) {
            const name = referenceKey(resolved.section.id, resolved.clause?.number);
            findings.push({
                rule: 'ticket-spec-not-referenced',
                severity: 'error',
                message: `ticket ${ticket.id} implements ${describeTarget(resolved.section, resolved.clause)}, which the PR description does not name. Fix: add '${name}' to the description.`,
            });
        }
    }
    return findings;
}
//# sourceMappingURL=description-check.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/addressed-check.js



/**
 * The map entries that speak for a target, most specific first: the target's
 * own entry; for a clause, its section's entry, then enclosing sections'
 * (§3.4 falls back to §3); for a section without its own entry, the entries of
 * its clauses (any one of them addressed addresses the section).
 */
function entriesFor(target, map) {
    const own = map.entries.get(target.key);
    if (own)
        return [own];
    const ids = target.section.id.split('.');
    const start = target.clause ? ids.length : ids.length - 1;
    for (let n = start; n >= 1; n -= 1) {
        const enclosing = map.entries.get(referenceKey(ids.slice(0, n).join('.')));
        if (enclosing)
            return [enclosing];
    }
    if (!target.clause) {
        return target.section.clauses.map((c) => map.entries.get(referenceKey(target.section.id, c.number))).filter((e) => e !== undefined);
    }
    return [];
}
/** Evaluates map entries against one change, caching what does not depend on the entry. */
class AddressedChecker {
    facts;
    kindCache = new Map();
    constructor(facts) {
        this.facts = facts;
    }
    kind(kind, entry) {
        // A refactor is judged against the entry's own paths and public files.
        const key = kind === 'refactor' ? `${kind}\0${entry.paths.join('\0')}\0${entry.public.join('\0')}` : kind;
        let verdict = this.kindCache.get(key);
        if (!verdict) {
            verdict = evaluateKind(kind, this.facts, entry);
            this.kindCache.set(key, verdict);
        }
        return verdict;
    }
    async entry(resolved) {
        const { entry } = resolved;
        const problems = [];
        if (entry.paths.length > 0 && !this.facts.touched.some((p) => matchesAny(p, entry.paths))) {
            problems.push(`touches none of ${listSome(entry.paths.map((p) => `'${p}'`))}`);
        }
        const kinds = await Promise.all(entry.kinds.map((k) => this.kind(k, entry)));
        const met = kinds.find((k) => k.satisfied);
        if (kinds.length > 0 && !met) {
            problems.push(...kinds.map((k) => `not a ${k.kind}: ${k.reasons.join('; ')}`));
        }
        const head = `map entry '${resolved.written}'`;
        if (problems.length > 0)
            return { satisfied: false, detail: `${head}: ${problems.join('; ')}` };
        return { satisfied: true, detail: `${head}: ${met ? `${met.kind} (${met.reasons.join('; ')})` : 'touches its paths'}` };
    }
    async assess(target, map) {
        const entries = entriesFor(target, map);
        if (entries.length === 0)
            return { target, status: 'not-mapped', entries: [], details: [] };
        const verdicts = await Promise.all(entries.map((e) => this.entry(e)));
        return {
            target,
            status: verdicts.some((v) => v.satisfied) ? 'addressed' : 'not-addressed',
            entries: entries.map((e) => e.written),
            details: verdicts.map((v) => v.detail),
        };
    }
}
//# sourceMappingURL=addressed-check.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/commit-check.js





/** Merge messages git and GitHub write themselves ("Update branch"): not the author's to word. */
const GENERATED_MERGE = /^Merge (?:branch|branches|remote-tracking branch|pull request|commit|tag) /;
/**
 * Every commit of the PR, however many: all of base..head from local git
 * (never an API page). Fails closed when the clone cannot show them all: no
 * merge base, a shallow boundary inside the range, or a count that differs
 * from the PR's own.
 */
async function pullRequestCommits(repo, base, head, prCommits) {
    const [joined, listed, shallow] = await Promise.allSettled([mergeBase(repo, base, head, prCommits), commitsBetween(repo, base, head), isShallowRepository(repo)]);
    // The merge base speaks first: without it the list cannot be trusted, whatever else happened.
    if (joined.status === 'rejected')
        throw joined.reason;
    if (listed.status === 'rejected')
        throw listed.reason;
    if (shallow.status === 'rejected')
        throw shallow.reason;
    const commits = listed.value;
    if (shallow.value) {
        const shallowFile = (0,external_node_path_.resolve)(repo, (await gitText(repo, ['rev-parse', '--git-path', 'shallow'])).trim());
        const boundary = new Set((0,external_node_fs_.readFileSync)(shallowFile, 'utf8').split('\n').filter(Boolean));
        const cut = commits.find((c) => boundary.has(c.sha));
        if (cut) {
            throw new errors_ConfigurationError(`the clone is shallow and cuts the PR's history at ${cut.sha.slice(0, 12)}: the commits before it cannot be checked.`, {
                field: 'fetch-depth',
                fix: "check out with 'fetch-depth: 0' (actions/checkout), or run 'git fetch --unshallow'.",
            });
        }
    }
    if (prCommits !== undefined && commits.length !== prCommits) {
        throw new errors_ConfigurationError(`the pull request has ${prCommits} commit(s), but ${base.slice(0, 12)}..${head.slice(0, 12)} holds ${commits.length} in the local clone.`, {
            field: 'base',
            fix: "check out with 'fetch-depth: 0' and compare the pull request's own base and head SHAs.",
        });
    }
    return commits;
}
function commit_check_excerpt(text, max = 72) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** One `non-conventional-commit` finding per commit that breaks the format, naming the commit and the fix. */
function checkCommits(commits, rules) {
    const findings = [];
    let skippedMerges = 0;
    for (const commit of commits) {
        if (commit.parents.length > 1 && GENERATED_MERGE.test(commit.subject)) {
            skippedMerges += 1;
            continue;
        }
        const result = parseConventionalCommit(commit.message, rules);
        if (result.valid)
            continue;
        findings.push({
            rule: 'non-conventional-commit',
            severity: 'error',
            message: `commit ${commit.sha.slice(0, 12)} '${commit_check_excerpt(commit.subject)}': ${result.problems.join('; ')}. Fix: ${result.fix}`,
        });
    }
    return { findings, checked: commits.length, skippedMerges, invalid: findings.length };
}
//# sourceMappingURL=commit-check.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/pull-request-body.js
/**
 * The PR description as it is now. The event payload holds the body as it was
 * when the event fired, so a re-run after an edit would judge the old text:
 * the guard reads it through the API instead. An empty description is `''`.
 */
async function fetchPullRequestBody(client, repo, number) {
    const pr = await client.getPullRequest(repo, number);
    if (pr.number !== number) {
        throw new Error(`asked GitHub for pull request #${number} of ${repo.owner}/${repo.repo} and got #${pr.number}`);
    }
    if (pr.body !== null && pr.body !== undefined && typeof pr.body !== 'string') {
        throw new Error(`pull request #${number} of ${repo.owner}/${repo.repo} has a body that is not text`);
    }
    return pr.body ?? '';
}
//# sourceMappingURL=pull-request-body.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/summary.js


const STATUS_TEXT = { addressed: '✅ addressed', 'not-addressed': '❌ not addressed', 'not-mapped': 'ℹ️ not in the map' };
/** The job-summary section: what the description names and how the change stands against the map. */
function renderSpecSummary(input) {
    const lines = ['### Spec sections named', ''];
    if (input.targets.length === 0)
        lines.push(`None that exist in \`${markdownText(input.specPath)}\` at the base commit.`);
    else {
        const byKey = new Map(input.assessments.map((a) => [a.target.key, a]));
        lines.push('| section | description line | addressed |', '|---|---|---|');
        for (const t of input.targets) {
            const a = byKey.get(t.key);
            const status = a ? `${STATUS_TEXT[a.status]}${a.details.length > 0 ? ` — ${a.details.join('; ')}` : ''}` : input.mapPath ? '' : 'not checked (no spec map)';
            lines.push(`| ${markdownText(describeTarget(t.section, t.clause))} | ${t.references.map((r) => r.line).join(', ')} | ${markdownText(status)} |`);
        }
    }
    const c = input.commits;
    lines.push('', `### Commits`, '', `${c.checked} commit(s) checked, ${c.invalid} not conventional${c.skippedMerges > 0 ? `, ${c.skippedMerges} generated merge commit(s) not held to the format` : ''}.`);
    return lines.join('\n');
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/guard.js









const SPEC_GUARD = 'spec-conformance';
/** The spec read at the base commit, as the guard reads it: missing or without §N sections is a configuration error. */
function specFromText(text, path, base) {
    if (text === undefined) {
        throw new errors_ConfigurationError(`the spec does not exist at the base commit ${base.slice(0, 12)}.`, {
            file: path,
            field: 'spec.path',
            fix: "commit the spec to the base branch, or set the policy's spec.path to where it is.",
        });
    }
    const spec = parseSpec(text);
    if (spec.sections.length === 0) {
        throw new errors_ConfigurationError('the spec has no section headings carrying §N.', {
            file: path,
            field: 'spec.path',
            fix: "mark each section with a heading such as '## §3 Authorized scope'.",
        });
    }
    return spec;
}
function conformanceNotChecked(policy, message) {
    const requireMap = policy.spec.require_map;
    return {
        rule: 'conformance-not-checked',
        severity: requireMap ? 'error' : 'notice',
        message: `${message}${requireMap ? ' The policy sets spec.require_map, so this fails.' : ''} Fix: ${policy.spec.map ? `add an entry for it to ${policy.spec.map}` : "add a spec map and name it in the policy's spec.map"}${requireMap ? '' : ' (set spec.require_map: true to make this fail)'}.`,
    };
}
/**
 * The spec-conformance guard: the description names sections that exist at
 * base (with matching titles), names every section the ticket implements, and
 * the change addresses them according to the spec map; every commit in
 * base..head is a Conventional Commit. Trusted files are read at base only.
 */
async function runSpecGuard(options) {
    const { repo, policy, logger } = options;
    const [base, head] = (await resolveCommits(repo, [
        [options.base, 'base'],
        [options.head, 'head'],
    ]));
    const specPath = policy.spec.path;
    const mapPath = policy.spec.map;
    // Independent git reads run side by side: the guard's time is mostly process start-up.
    const [specText, mapText, commits, changes] = await Promise.all([
        objects_readFileAt(repo, base, specPath),
        mapPath ? objects_readFileAt(repo, base, mapPath) : undefined,
        pullRequestCommits(repo, base, head, options.prCommits),
        mapPath ? changed_files_changedFiles(repo, base, head, options.prCommits === undefined ? {} : { prCommits: options.prCommits }) : undefined,
    ]);
    const spec = specFromText(specText, specPath, base);
    const map = mapPath ? specMapFromText(mapText, mapPath, base, spec) : undefined;
    logger.info(`spec ${specPath} at ${base.slice(0, 12)}: ${spec.sections.length} section(s)${map ? `; map ${map.path}: ${map.entries.size} entr(ies)` : '; no spec map'}.`);
    const description = checkDescription({
        spec,
        specPath,
        body: options.body,
        ...(options.ticket ? { ticket: options.ticket } : {}),
        ...(options.bodyPath ? { bodyPath: options.bodyPath } : {}),
        ...(options.ticketPath ? { ticketPath: options.ticketPath } : {}),
    });
    const commitCheck = checkCommits(commits, policy.commits);
    logger.info(`${description.targets.length} section(s) named; ${commitCheck.checked} commit(s) checked.`);
    const findings = [...description.findings, ...commitCheck.findings];
    let assessments = [];
    if (description.targets.length > 0) {
        if (!map) {
            findings.push(conformanceNotChecked(policy, 'No spec map: the named sections exist and match the ticket, but whether the change addresses them could not be checked.'));
        }
        else {
            const checker = new AddressedChecker(changeFactsFrom(repo, changes, commits, policy.runner.sandbox.registries.npm));
            assessments = await Promise.all(description.targets.map((t) => checker.assess(t, map)));
            for (const a of assessments) {
                const name = describeTarget(a.target.section, a.target.clause);
                if (a.status === 'not-addressed') {
                    findings.push({
                        rule: 'section-not-addressed',
                        severity: 'error',
                        message: `${name} is not addressed by this change according to ${map.path}: ${a.details.join(' | ')}. Fix: make the change ${map.path} describes for it, or name the section this change does implement.`,
                        ...(options.bodyPath ? { path: options.bodyPath, line: a.target.references[0].line } : {}),
                    });
                }
                else if (a.status === 'not-mapped') {
                    findings.push(conformanceNotChecked(policy, `${name} has no entry in ${map.path}, so whether the change addresses it could not be checked.`));
                }
            }
        }
    }
    const keys = description.targets.map((t) => t.key);
    const report = reportFromFindings(SPEC_GUARD, findings, {
        references: description.scan.references.length,
        'ignored-references': description.scan.ignored.length,
        sections: keys.length,
        'sections-addressed': assessments.filter((a) => a.status === 'addressed').length,
        'spec-sections': spec.sections.length,
        'map-entries': map?.entries.size ?? 0,
        'commits-checked': commitCheck.checked,
        'commits-invalid': commitCheck.invalid,
        'merge-commits-skipped': commitCheck.skippedMerges,
    });
    return {
        report,
        outputs: { sections: keys.join(', '), 'commits-checked': commitCheck.checked },
        summary: renderSpecSummary({ specPath, ...(map ? { mapPath: map.path } : {}), targets: description.targets, assessments, commits: commitCheck }),
    };
}
//# sourceMappingURL=guard.js.map
;// CONCATENATED MODULE: ./packages/spec-conformance/lib/index.js












//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./actions/spec-conformance/lib/main.js







/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = schemas/* strictObject */.rej({
    ticket: schemas/* string */.YjP().optional(),
    policy: schemas/* string */.YjP().default(DEFAULT_POLICY_PATH),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
    token: schemas/* string */.YjP().optional(),
    'body-file': schemas/* string */.YjP().optional(),
    'working-directory': schemas/* string */.YjP().default('.'),
});
async function run() {
    const outcome = await runGuardAction({
        core: core,
        guard: 'spec-conformance',
        inputs: Inputs,
        execute: async (inputs, logger) => {
            const context = await guardContext(inputs, logger);
            const notApplicable = notApplicableRun('spec-conformance', context, logger);
            if (notApplicable)
                return notApplicable;
            const { repo, base, head, policy, event, prCommits } = context;
            const body = await pullRequestBody(inputs, event, logger);
            let ticketPath;
            try {
                ticketPath = resolveTicketPath(policy, { ticket: inputs.ticket, headRef: event?.headRef });
            }
            catch (error) {
                if (!(error instanceof errors_ConfigurationError))
                    throw error;
                logger.info('no ticket for this PR (not an agent branch and no ticket input): ticket linkage is not checked.');
            }
            const ticket = ticketPath ? await loadTicket({ repo, base, path: ticketPath, logger }) : undefined;
            return runSpecGuard({
                repo,
                base,
                head,
                policy,
                body,
                logger,
                ...(ticket && ticketPath ? { ticket, ticketPath } : {}),
                ...prCommits,
            });
        },
    });
    if (outcome.failure)
        core.setFailed(outcome.failure);
}
/**
 * The PR body as it is now: re-fetched through the API, because the event
 * payload is stale on a re-run after the description was edited.
 */
async function pullRequestBody(inputs, event, logger) {
    if (inputs['body-file']) {
        return (0,promises_.readFile)(inputs['body-file'], 'utf8');
    }
    if (!event) {
        throw new errors_ConfigurationError('no pull request to read the description of.', {
            field: 'body-file',
            fix: "run on a 'pull_request' event, or set 'body-file'.",
        });
    }
    if (!inputs.token) {
        throw new errors_ConfigurationError('no token to re-fetch the PR description (the event payload is stale on re-runs).', {
            field: 'token',
            fix: "leave 'token' at its default (${{ github.token }}) with 'pull-requests: read' permission.",
        });
    }
    const client = createGitHubClient({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
    return fetchPullRequestBody(client, parseRepoRef(event.repository), event.number);
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 20773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ dependencyFileOf)
/* harmony export */ });
/* unused harmony export isReadable */
const manifest = (ecosystem, format) => ({ role: 'manifest', ecosystem, format });
const lockfile = (ecosystem, format) => ({ role: 'lockfile', ecosystem, format });
const settings = (ecosystem, tool) => ({ role: 'settings', ecosystem, format: 'settings', tool });
const unread = (role, ecosystem, tool) => ({ role, ecosystem, format: 'unread', tool });
/** By file name (exact: the tools read these names as spelled). A Map: a file named `constructor` is no manifest. */
const BY_NAME = new Map(Object.entries({
    // npm, Yarn, pnpm, Bun
    'package.json': manifest('npm', 'package-json'),
    'package-lock.json': lockfile('npm', 'npm-lock'),
    'npm-shrinkwrap.json': lockfile('npm', 'npm-lock'),
    'yarn.lock': lockfile('npm', 'yarn-lock'),
    'pnpm-lock.yaml': lockfile('npm', 'pnpm-lock'),
    'bun.lock': lockfile('npm', 'bun-lock'),
    'bun.lockb': unread('lockfile', 'npm', "Bun's binary lockfile (commit the text bun.lock instead: `bun install --save-text-lockfile`)"),
    '.npmrc': settings('npm', 'npm configuration (.npmrc)'),
    '.yarnrc': settings('npm', 'Yarn configuration (.yarnrc)'),
    '.yarnrc.yml': settings('npm', 'Yarn configuration (.yarnrc.yml)'),
    'pnpm-workspace.yaml': settings('npm', 'the pnpm workspace (pnpm-workspace.yaml: catalogs, overrides, patches)'),
    '.pnpmfile.cjs': settings('npm', 'pnpm hooks (.pnpmfile.cjs)'),
    '.pnpmfile.mjs': settings('npm', 'pnpm hooks (.pnpmfile.mjs)'),
    'bunfig.toml': settings('npm', 'Bun configuration (bunfig.toml)'),
    '.nvmrc': settings('npm', 'the Node.js version (.nvmrc)'),
    '.node-version': settings('npm', 'the Node.js version (.node-version)'),
    'deno.json': unread('manifest', 'deno', "Deno's deno.json"),
    'deno.jsonc': unread('manifest', 'deno', "Deno's deno.jsonc"),
    'deno.lock': unread('lockfile', 'deno', "Deno's deno.lock"),
    'import_map.json': unread('manifest', 'deno', 'an import map (import_map.json)'),
    'bower.json': unread('manifest', 'npm', "Bower's bower.json"),
    // Python
    'pyproject.toml': manifest('pypi', 'pyproject'),
    Pipfile: manifest('pypi', 'pipfile'),
    'setup.py': manifest('pypi', 'setup-py'),
    'setup.cfg': manifest('pypi', 'setup-cfg'),
    'poetry.lock': lockfile('pypi', 'poetry-lock'),
    'uv.lock': lockfile('pypi', 'uv-lock'),
    'pdm.lock': lockfile('pypi', 'pdm-lock'),
    'Pipfile.lock': lockfile('pypi', 'pipfile-lock'),
    'pylock.toml': lockfile('pypi', 'pylock'),
    'pip.conf': settings('pypi', 'pip configuration (pip.conf)'),
    'pip.ini': settings('pypi', 'pip configuration (pip.ini)'),
    'uv.toml': settings('pypi', 'uv configuration (uv.toml)'),
    'poetry.toml': settings('pypi', 'Poetry configuration (poetry.toml)'),
    'pdm.toml': settings('pypi', 'PDM configuration (pdm.toml)'),
    '.pdm.toml': settings('pypi', 'PDM configuration (.pdm.toml)'),
    '.python-version': settings('pypi', 'the Python version (.python-version)'),
    '.condarc': settings('conda', 'conda configuration (.condarc)'),
    'hatch.toml': unread('manifest', 'pypi', "Hatch's environments (hatch.toml)"),
    'tox.ini': unread('manifest', 'pypi', "tox's environments (tox.ini: deps)"),
    'noxfile.py': unread('manifest', 'pypi', "nox's sessions (noxfile.py: session.install)"),
    'environment.yml': unread('manifest', 'conda', "conda's environment.yml"),
    'environment.yaml': unread('manifest', 'conda', "conda's environment.yaml"),
    'conda-lock.yml': unread('lockfile', 'conda', "conda-lock's conda-lock.yml"),
    'pixi.toml': unread('manifest', 'conda', "pixi's pixi.toml"),
    'pixi.lock': unread('lockfile', 'conda', "pixi's pixi.lock"),
    // Go
    'go.mod': manifest('go', 'go-mod'),
    'go.sum': lockfile('go', 'go-sum'),
    'go.work': settings('go', 'the Go workspace (go.work)'),
    'go.work.sum': settings('go', 'the Go workspace checksums (go.work.sum)'),
    // Rust
    'Cargo.toml': manifest('cargo', 'cargo-toml'),
    'Cargo.lock': lockfile('cargo', 'cargo-lock'),
    'rust-toolchain': settings('cargo', 'the Rust toolchain (rust-toolchain)'),
    'rust-toolchain.toml': settings('cargo', 'the Rust toolchain (rust-toolchain.toml)'),
    // toolchain managers
    '.tool-versions': settings('toolchain', 'asdf/mise tool versions (.tool-versions)'),
    'mise.toml': settings('toolchain', 'mise configuration (mise.toml)'),
    '.mise.toml': settings('toolchain', 'mise configuration (.mise.toml)'),
    '.sdkmanrc': settings('toolchain', 'SDKMAN! versions (.sdkmanrc)'),
    '.ruby-version': settings('rubygems', 'the Ruby version (.ruby-version)'),
    '.java-version': settings('toolchain', 'the Java version (.java-version)'),
    'global.json': settings('nuget', 'the .NET SDK version (global.json)'),
    '.bazelversion': settings('bazel', 'the Bazel version (.bazelversion)'),
    // Ruby
    Gemfile: unread('manifest', 'rubygems', "Bundler's Gemfile"),
    'Gemfile.lock': unread('lockfile', 'rubygems', "Bundler's Gemfile.lock"),
    'gems.rb': unread('manifest', 'rubygems', "Bundler's gems.rb"),
    'gems.locked': unread('lockfile', 'rubygems', "Bundler's gems.locked"),
    // JVM
    'pom.xml': unread('manifest', 'maven', "Maven's pom.xml"),
    'build.gradle': unread('manifest', 'maven', "Gradle's build.gradle"),
    'build.gradle.kts': unread('manifest', 'maven', "Gradle's build.gradle.kts"),
    'settings.gradle': unread('manifest', 'maven', "Gradle's settings.gradle"),
    'settings.gradle.kts': unread('manifest', 'maven', "Gradle's settings.gradle.kts"),
    'gradle.lockfile': unread('lockfile', 'maven', "Gradle's gradle.lockfile"),
    'gradle.properties': settings('maven', "Gradle's gradle.properties"),
    'gradle-wrapper.properties': settings('maven', 'the Gradle wrapper (gradle-wrapper.properties)'),
    'build.sbt': unread('manifest', 'maven', "sbt's build.sbt"),
    'ivy.xml': unread('manifest', 'maven', "Ivy's ivy.xml"),
    'deps.edn': unread('manifest', 'clojars', "Clojure's deps.edn"),
    'project.clj': unread('manifest', 'clojars', "Leiningen's project.clj"),
    // PHP, .NET
    'composer.json': unread('manifest', 'packagist', "Composer's composer.json"),
    'composer.lock': unread('lockfile', 'packagist', "Composer's composer.lock"),
    'packages.config': unread('manifest', 'nuget', "NuGet's packages.config"),
    'Directory.Packages.props': unread('manifest', 'nuget', "NuGet's central package versions (Directory.Packages.props)"),
    'Directory.Build.props': unread('manifest', 'nuget', 'MSBuild properties (Directory.Build.props)'),
    'Directory.Build.targets': unread('manifest', 'nuget', 'MSBuild targets (Directory.Build.targets)'),
    'packages.lock.json': unread('lockfile', 'nuget', "NuGet's packages.lock.json"),
    'nuget.config': settings('nuget', 'NuGet configuration (nuget.config)'),
    'NuGet.config': settings('nuget', 'NuGet configuration (NuGet.config)'),
    'NuGet.Config': settings('nuget', 'NuGet configuration (NuGet.Config)'),
    'paket.dependencies': unread('manifest', 'nuget', "Paket's paket.dependencies"),
    'paket.lock': unread('lockfile', 'nuget', "Paket's paket.lock"),
    // Swift, Apple
    'Package.swift': unread('manifest', 'swift', "SwiftPM's Package.swift"),
    'Package.resolved': unread('lockfile', 'swift', "SwiftPM's Package.resolved"),
    Podfile: unread('manifest', 'cocoapods', "CocoaPods' Podfile"),
    'Podfile.lock': unread('lockfile', 'cocoapods', "CocoaPods' Podfile.lock"),
    Cartfile: unread('manifest', 'carthage', "Carthage's Cartfile"),
    'Cartfile.private': unread('manifest', 'carthage', "Carthage's Cartfile.private"),
    'Cartfile.resolved': unread('lockfile', 'carthage', "Carthage's Cartfile.resolved"),
    // Elixir, Erlang, Dart, Haskell, Julia, R, Nix, Helm, Terraform, C/C++, Bazel, Elm, Crystal, Perl, Zig
    'mix.exs': unread('manifest', 'hex', "Mix's mix.exs"),
    'mix.lock': unread('lockfile', 'hex', "Mix's mix.lock"),
    'rebar.config': unread('manifest', 'hex', "rebar3's rebar.config"),
    'rebar.lock': unread('lockfile', 'hex', "rebar3's rebar.lock"),
    'pubspec.yaml': unread('manifest', 'pub', "Dart's pubspec.yaml"),
    'pubspec.lock': unread('lockfile', 'pub', "Dart's pubspec.lock"),
    'pubspec_overrides.yaml': unread('manifest', 'pub', "Dart's pubspec_overrides.yaml"),
    'cabal.project': unread('manifest', 'hackage', "Cabal's cabal.project"),
    'cabal.project.freeze': unread('lockfile', 'hackage', "Cabal's cabal.project.freeze"),
    'stack.yaml': unread('manifest', 'hackage', "Stack's stack.yaml"),
    'stack.yaml.lock': unread('lockfile', 'hackage', "Stack's stack.yaml.lock"),
    'Project.toml': unread('manifest', 'julia', "Julia's Project.toml"),
    'Manifest.toml': unread('lockfile', 'julia', "Julia's Manifest.toml"),
    'JuliaProject.toml': unread('manifest', 'julia', "Julia's JuliaProject.toml"),
    'JuliaManifest.toml': unread('lockfile', 'julia', "Julia's JuliaManifest.toml"),
    DESCRIPTION: unread('manifest', 'cran', "an R package's DESCRIPTION"),
    'renv.lock': unread('lockfile', 'cran', "renv's renv.lock"),
    'flake.nix': unread('manifest', 'nix', "Nix's flake.nix"),
    'flake.lock': unread('lockfile', 'nix', "Nix's flake.lock"),
    'Chart.yaml': unread('manifest', 'helm', "Helm's Chart.yaml"),
    'Chart.lock': unread('lockfile', 'helm', "Helm's Chart.lock"),
    '.terraform.lock.hcl': unread('lockfile', 'terraform', "Terraform's provider lock (.terraform.lock.hcl)"),
    'vcpkg.json': unread('manifest', 'vcpkg', "vcpkg's vcpkg.json"),
    'vcpkg-configuration.json': settings('vcpkg', "vcpkg's registries (vcpkg-configuration.json)"),
    'conanfile.txt': unread('manifest', 'conan', "Conan's conanfile.txt"),
    'conanfile.py': unread('manifest', 'conan', "Conan's conanfile.py"),
    'conan.lock': unread('lockfile', 'conan', "Conan's conan.lock"),
    'MODULE.bazel': unread('manifest', 'bazel', "Bazel's MODULE.bazel"),
    'MODULE.bazel.lock': unread('lockfile', 'bazel', "Bazel's MODULE.bazel.lock"),
    WORKSPACE: unread('manifest', 'bazel', "Bazel's WORKSPACE"),
    'WORKSPACE.bazel': unread('manifest', 'bazel', "Bazel's WORKSPACE.bazel"),
    'WORKSPACE.bzlmod': unread('manifest', 'bazel', "Bazel's WORKSPACE.bzlmod"),
    'elm.json': unread('manifest', 'elm', "Elm's elm.json"),
    'shard.yml': unread('manifest', 'crystal', "Crystal's shard.yml"),
    'shard.lock': unread('lockfile', 'crystal', "Crystal's shard.lock"),
    cpanfile: unread('manifest', 'cpan', "Perl's cpanfile"),
    'cpanfile.snapshot': unread('lockfile', 'cpan', "Carton's cpanfile.snapshot"),
    'build.zig.zon': unread('manifest', 'zig', "Zig's build.zig.zon"),
}));
/** By extension or folder, for the names a project chooses itself; each with names it matches, whose extensions index it. */
const BY_PATTERN = [
    [/(?:^|\/)pylock\.[^/]+\.toml$/, lockfile('pypi', 'pylock'), ['pylock.dev.toml']],
    [/\.gemspec$/, unread('manifest', 'rubygems', 'a gemspec'), ['x.gemspec']],
    [/\.(?:cs|fs|vb)proj$/, unread('manifest', 'nuget', 'an MSBuild project file'), ['x.csproj']],
    [/\.podspec$/, unread('manifest', 'cocoapods', 'a podspec'), ['x.podspec']],
    [/\.cabal$/, unread('manifest', 'hackage', 'a .cabal file'), ['x.cabal']],
    [/\.nimble$/, unread('manifest', 'nimble', 'a .nimble file'), ['x.nimble']],
    [/\.rockspec$/, unread('manifest', 'luarocks', 'a rockspec'), ['x.rockspec']],
    [/\.opam$/, unread('manifest', 'opam', 'an opam file'), ['x.opam']],
    [/\.gradle(?:\.kts)?$/, unread('manifest', 'maven', 'a Gradle script'), ['x.gradle', 'x.gradle.kts']],
    [/(?:^|\/)gradle\/[^/]*\.versions\.toml$/, unread('manifest', 'maven', 'a Gradle version catalog'), ['libs.versions.toml']],
    [/(?:^|\/)project\/[^/]*\.sbt$/, unread('manifest', 'maven', 'an sbt build file'), ['plugins.sbt']],
    [/(?:^|\/)\.mvn\/(?:maven\.config|jvm\.config|extensions\.xml|wrapper\/maven-wrapper\.properties)$/, settings('maven', 'Maven configuration (.mvn/)'), ['maven.config', 'extensions.xml', 'maven-wrapper.properties']],
    [/(?:^|\/)\.bundle\/config$/, settings('rubygems', 'Bundler configuration (.bundle/config)'), ['config']],
    [/(?:^|\/)\.cargo\/config(?:\.toml)?$/, settings('cargo', 'Cargo configuration (.cargo/config.toml)'), ['config', 'config.toml']],
    // patch-package, pnpm and Yarn patches change the code of an installed package
    [/(?:^|\/)(?:\.yarn\/)?patches\/[^/]+\.(?:patch|diff)$/, settings('npm', 'a patch applied to an installed package'), ['x.patch', 'x.diff']],
];
/** pip requirement and constraint files: by name (requirements-dev.txt, dev-requirements.in, constraints.txt, requirements.lock) or folder (requirements/, reqs/). */
const REQUIREMENTS_NAME = /^[\w.-]*(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in|pip|lock)$/i;
const REQUIREMENTS_DIR = /(?:^|\/)(?:requirements|reqs|constraints)\/(?:[^/]+\/)*[^/]+\.(?:txt|in|pip)$/i;
/** A file name's extension with its dot (`.toml`), or the whole name when it has none. */
const extension = (base) => (base.lastIndexOf('.') > 0 ? base.slice(base.lastIndexOf('.')) : base).toLowerCase();
/** The patterns by the extension of the names they match: a guard asks this of every changed path, most of which no pattern can match. */
const PATTERNS_BY_EXTENSION = new Map();
for (const [re, file, examples] of BY_PATTERN) {
    for (const ext of new Set(examples.map(extension)))
        PATTERNS_BY_EXTENSION.set(ext, [...(PATTERNS_BY_EXTENSION.get(ext) ?? []), [re, file]]);
}
const REQUIREMENTS_EXTENSIONS = new Set(['.txt', '.in', '.pip', '.lock']);
/** Which dependency file `path` is (by its name), or undefined. */
function dependencyFileOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const known = BY_NAME.get(base);
    if (known)
        return known;
    const ext = extension(base);
    if (REQUIREMENTS_EXTENSIONS.has(ext) && (REQUIREMENTS_NAME.test(base) || REQUIREMENTS_DIR.test(path)))
        return manifest('pypi', 'requirements');
    for (const [re, file] of PATTERNS_BY_EXTENSION.get(ext) ?? [])
        if (re.test(path))
            return file;
    return undefined;
}
/** Whether the guards read this file entry by entry. */
function isReadable(file) {
    return file.format !== 'settings' && file.format !== 'unread';
}
//# sourceMappingURL=dependency-files.js.map

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

import { a as truncateUtf8, i as renderSummary, n as markdownText, o as ConfigurationError, r as planAnnotations, s as describeError, t as LIMITS } from "./render-CBCUECQE.js";
import { n as NAMESPACE, t as ATTR_ERROR_TYPE } from "./semconv-BzJC3WUc.js";
import { C as _enum, D as strictObject, O as string, _ as notApplicableRun, b as exitCodeFor, g as DEFAULT_POLICY_PATH, m as resolveTicketPath, n as loadTicket, s as startPullRequestRange, t as loadPolicy, x as guardRunOrError } from "./load-4kLDXGeR.js";
import { readFile } from "node:fs/promises";
import * as os from "os";
import { EOL } from "os";
import * as crypto from "crypto";
import * as fs from "fs";
import { constants, promises } from "fs";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// node_modules/@actions/core/lib/utils.js
/**
* Sanitizes an input into a string so it can be passed into issueCommand safely
* @param input input to sanitize into a string
*/
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
/**
*
* @param annotationProperties
* @returns The command properties to send with the actual annotation command
* See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
*/
function toCommandProperties(annotationProperties) {
	if (!Object.keys(annotationProperties).length) return {};
	return {
		title: annotationProperties.title,
		file: annotationProperties.file,
		line: annotationProperties.startLine,
		endLine: annotationProperties.endLine,
		col: annotationProperties.startColumn,
		endColumn: annotationProperties.endColumn
	};
}
// node_modules/@actions/core/lib/command.js
/**
* Issues a command to the GitHub Actions runner
*
* @param command - The command name to issue
* @param properties - Additional properties for the command (key-value pairs)
* @param message - The message to include with the command
* @remarks
* This function outputs a specially formatted string to stdout that the Actions
* runner interprets as a command. These commands can control workflow behavior,
* set outputs, create annotations, mask values, and more.
*
* Command Format:
*   ::name key=value,key=value::message
*
* @example
* ```typescript
* // Issue a warning annotation
* issueCommand('warning', {}, 'This is a warning message');
* // Output: ::warning::This is a warning message
*
* // Set an environment variable
* issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
* // Output: ::set-env name=MY_VAR::some value
*
* // Add a secret mask
* issueCommand('add-mask', {}, 'secretValue123');
* // Output: ::add-mask::secretValue123
* ```
*
* @internal
* This is an internal utility function that powers the public API functions
* such as setSecret, warning, error, and exportVariable.
*/
function issueCommand(command, properties, message) {
	const cmd = new Command(command, properties, message);
	process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = "::";
var Command = class {
	constructor(command, properties, message) {
		if (!command) command = "missing.command";
		this.command = command;
		this.properties = properties;
		this.message = message;
	}
	toString() {
		let cmdStr = CMD_STRING + this.command;
		if (this.properties && Object.keys(this.properties).length > 0) {
			cmdStr += " ";
			let first = true;
			for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
				const val = this.properties[key];
				if (val) {
					if (first) first = false;
					else cmdStr += ",";
					cmdStr += `${key}=${escapeProperty(val)}`;
				}
			}
		}
		cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
		return cmdStr;
	}
};
function escapeData(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
	const convertedValue = toCommandValue(value);
	if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
	if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
	return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
// node_modules/@actions/core/lib/summary.js
var __awaiter$1 = function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
	constructor() {
		this._buffer = "";
	}
	/**
	* Finds the summary file path from the environment, rejects if env var is not found or file does not exist
	* Also checks r/w permissions.
	*
	* @returns step summary file path
	*/
	filePath() {
		return __awaiter$1(this, void 0, void 0, function* () {
			if (this._filePath) return this._filePath;
			const pathFromEnv = process.env[SUMMARY_ENV_VAR];
			if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
			try {
				yield access(pathFromEnv, constants.R_OK | constants.W_OK);
			} catch (_a) {
				throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
			}
			this._filePath = pathFromEnv;
			return this._filePath;
		});
	}
	/**
	* Wraps content in an HTML tag, adding any HTML attributes
	*
	* @param {string} tag HTML tag to wrap
	* @param {string | null} content content within the tag
	* @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
	*
	* @returns {string} content wrapped in HTML element
	*/
	wrap(tag, content, attrs = {}) {
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
		return `<${tag}${htmlAttrs}>${content}</${tag}>`;
	}
	/**
	* Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
	*
	* @param {SummaryWriteOptions} [options] (optional) options for write operation
	*
	* @returns {Promise<Summary>} summary instance
	*/
	write(options) {
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	/**
	* Clears the summary buffer and wipes the summary file
	*
	* @returns {Summary} summary instance
	*/
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
			return this.emptyBuffer().write({ overwrite: true });
		});
	}
	/**
	* Returns the current summary buffer as a string
	*
	* @returns {string} string of summary buffer
	*/
	stringify() {
		return this._buffer;
	}
	/**
	* If the summary buffer is empty
	*
	* @returns {boolen} true if the buffer is empty
	*/
	isEmptyBuffer() {
		return this._buffer.length === 0;
	}
	/**
	* Resets the summary buffer without writing to summary file
	*
	* @returns {Summary} summary instance
	*/
	emptyBuffer() {
		this._buffer = "";
		return this;
	}
	/**
	* Adds raw text to the summary buffer
	*
	* @param {string} text content to add
	* @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addRaw(text, addEOL = false) {
		this._buffer += text;
		return addEOL ? this.addEOL() : this;
	}
	/**
	* Adds the operating system-specific end-of-line marker to the buffer
	*
	* @returns {Summary} summary instance
	*/
	addEOL() {
		return this.addRaw(EOL);
	}
	/**
	* Adds an HTML codeblock to the summary buffer
	*
	* @param {string} code content to render within fenced code block
	* @param {string} lang (optional) language to syntax highlight code
	*
	* @returns {Summary} summary instance
	*/
	addCodeBlock(code, lang) {
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML list to the summary buffer
	*
	* @param {string[]} items list of items to render
	* @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addList(items, ordered = false) {
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
		const element = this.wrap(tag, listItems);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML table to the summary buffer
	*
	* @param {SummaryTableCell[]} rows table rows
	*
	* @returns {Summary} summary instance
	*/
	addTable(rows) {
		const tableBody = rows.map((row) => {
			const cells = row.map((cell) => {
				if (typeof cell === "string") return this.wrap("td", cell);
				const { header, data, colspan, rowspan } = cell;
				const tag = header ? "th" : "td";
				const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
				return this.wrap(tag, data, attrs);
			}).join("");
			return this.wrap("tr", cells);
		}).join("");
		const element = this.wrap("table", tableBody);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds a collapsable HTML details element to the summary buffer
	*
	* @param {string} label text for the closed state
	* @param {string} content collapsable content
	*
	* @returns {Summary} summary instance
	*/
	addDetails(label, content) {
		const element = this.wrap("details", this.wrap("summary", label) + content);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML image tag to the summary buffer
	*
	* @param {string} src path to the image you to embed
	* @param {string} alt text description of the image
	* @param {SummaryImageOptions} options (optional) addition image attributes
	*
	* @returns {Summary} summary instance
	*/
	addImage(src, alt, options) {
		const { width, height } = options || {};
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML section heading element
	*
	* @param {string} text heading text
	* @param {number | string} [level=1] (optional) the heading level, default: 1
	*
	* @returns {Summary} summary instance
	*/
	addHeading(text, level) {
		const tag = `h${level}`;
		const allowedTag = [
			"h1",
			"h2",
			"h3",
			"h4",
			"h5",
			"h6"
		].includes(tag) ? tag : "h1";
		const element = this.wrap(allowedTag, text);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML thematic break (<hr>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML line break (<br>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addBreak() {
		const element = this.wrap("br", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML blockquote to the summary buffer
	*
	* @param {string} text quote text
	* @param {string} cite (optional) citation url
	*
	* @returns {Summary} summary instance
	*/
	addQuote(text, cite) {
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML anchor tag to the summary buffer
	*
	* @param {string} text link text/content
	* @param {string} href hyperlink
	*
	* @returns {Summary} summary instance
	*/
	addLink(text, href) {
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const summary = new Summary();
/**
* The code to exit an action
*/
var ExitCode;
(function(ExitCode) {
	/**
	* A code indicating that the action was successful
	*/
	ExitCode[ExitCode["Success"] = 0] = "Success";
	/**
	* A code indicating that the action was a failure
	*/
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
* Gets the value of an input.
* Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
* Returns an empty string if the value is not defined.
*
* @param     name     name of the input to get
* @param     options  optional. See InputOptions.
* @returns   string
*/
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
/**
* Sets the value of an output.
*
* @param     name     name of the output to set
* @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
*/
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
/**
* Sets the action status to failed.
* When the action exits it will be with an exit code of 1
* @param message add error issue message
*/
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
/**
* Writes debug message to user log
* @param message debug message
*/
function debug(message) {
	issueCommand("debug", {}, message);
}
/**
* Adds an error issue
* @param message error issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a warning issue
* @param message warning issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a notice issue
* @param message notice issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Writes info to log with console.log.
* @param message info message
*/
function info(message) {
	process.stdout.write(message + os.EOL);
}
// packages/action-kit/lib/inputs.js
/**
* Reads every input an action declares into one typed object, once. Empty
* strings count as "not given" so the zod schema's defaults apply: the schema is
* the one place each default lives (action.yml repeats it for the docs, and a test
* keeps them equal).
*/
function parseInputs(schema, getInput, source = "action inputs") {
	const raw = {};
	for (const name of Object.keys(schema.shape)) {
		const value = getInput(name);
		raw[name] = value === "" ? void 0 : value;
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue.path.join(".");
		throw new ConfigurationError(`invalid value ${JSON.stringify(raw[field] ?? "")}: ${issue.message}.`, {
			file: source,
			field,
			fix: `set input '${field}' to a valid value (see the action's README).`
		});
	}
	return parsed.data;
}
_enum([
	"true",
	"false",
	"True",
	"False",
	"TRUE",
	"FALSE"
]).transform((v) => v.toLowerCase() === "true");
string().regex(/^\d+$/, "expected a whole number").transform((v) => Number.parseInt(v, 10));
string().transform((v) => v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean));
// packages/action-kit/lib/safe-print.js
/**
* Untrusted text (PR bodies, file contents, model output, commit messages) must
* not be able to issue workflow commands such as `::add-mask::` or
* `::stop-commands::`. The runner only reads commands at the start of a line, so
* `neutralizeWorkflowCommands` breaks every line that could start one;
* `fenceUntrusted` brackets a block with a random stop-commands token instead.
*/
const COMMAND_AT_LINE_START = /^(\s*)::/gm;
function neutralizeWorkflowCommands(text) {
	return text.replace(COMMAND_AT_LINE_START, "$1:​:");
}
// packages/telemetry/lib/trace-context.js
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;
/**
* Reads a W3C `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header).
* Anything malformed is no parent at all: a bad value from a previous job
* starts a new trace rather than failing a guard.
*/
function parseTraceparent(value) {
	const m = TRACEPARENT.exec(value?.trim().toLowerCase() ?? "");
	if (!m) return void 0;
	const [, version, traceId, spanId, flags, rest] = m;
	if (version === "ff" || version === "00" && rest !== void 0) return void 0;
	if (ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId)) return void 0;
	return {
		traceId,
		spanId,
		sampled: (parseInt(flags, 16) & 1) === 1
	};
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
	return randomBytes(16).toString("hex");
}
function newSpanId() {
	return randomBytes(8).toString("hex");
}
// packages/telemetry/lib/otel-env.js
const DEFAULT_ENDPOINT = "http://localhost:4318";
function value(env, name) {
	const v = env[name]?.trim();
	return v ? v : void 0;
}
/** Printable: no user:password, no query (some vendors put keys there). */
function displayUrl(url) {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.host}${u.pathname}`;
	} catch {
		return "(an invalid URL)";
	}
}
function signal(env, kind, path, problems) {
	const exporterVar = `OTEL_${kind}_EXPORTER`;
	const exporters = (value(env, exporterVar) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
	const specific = value(env, `OTEL_EXPORTER_OTLP_${kind}_ENDPOINT`);
	const generic = value(env, "OTEL_EXPORTER_OTLP_ENDPOINT");
	const endpoint = specific ? displayUrl(specific) : `${displayUrl(generic ?? DEFAULT_ENDPOINT).replace(/\/+$/, "")}/${path}`;
	const rawProtocol = value(env, `OTEL_EXPORTER_OTLP_${kind}_PROTOCOL`) ?? value(env, "OTEL_EXPORTER_OTLP_PROTOCOL") ?? "http/protobuf";
	const off = {
		on: false,
		protocol: "http/protobuf",
		endpoint
	};
	let asked;
	if (exporters.length > 0) {
		if (exporters.includes("none")) return off;
		const unsupported = exporters.filter((e) => e !== "otlp");
		if (unsupported.length > 0) problems.push(`${exporterVar}=${unsupported.join(",")} is not supported here; only otlp is.`);
		asked = exporters.includes("otlp");
	} else asked = specific !== void 0 || generic !== void 0;
	if (!asked) return off;
	if (rawProtocol !== "http/protobuf" && rawProtocol !== "http/json") {
		problems.push(`OTLP protocol '${rawProtocol}' is not supported here (${kind.toLowerCase()} stay off): use http/protobuf (port 4318) or http/json.`);
		return off;
	}
	return {
		on: true,
		protocol: rawProtocol,
		endpoint
	};
}
function telemetrySettings(env = process.env) {
	const problems = [];
	if (value(env, "OTEL_SDK_DISABLED")?.toLowerCase() === "true") {
		const off = {
			on: false,
			protocol: "http/protobuf",
			endpoint: ""
		};
		return {
			traces: off,
			metrics: off,
			problems
		};
	}
	return {
		traces: signal(env, "TRACES", "v1/traces", problems),
		metrics: signal(env, "METRICS", "v1/metrics", problems),
		problems
	};
}
// packages/telemetry/lib/telemetry.js
/** How long a flush may hold up a session or a guard: then it goes on without the collector. */
const FLUSH_LIMIT_MS = 5e3;
const VERSION = "0.1.0";
/**
* A span in progress. Whatever it becomes is one record, handed to the
* recorders and, when a collector is configured, to the SDK with the same ids,
* times and attributes.
*/
var LiveSpan = class {
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
	startedHr = performance.now();
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
		return this.record !== void 0;
	}
	setAttributes(attributes) {
		Object.assign(this.attributes, attributes);
		this.sdkSpan?.setAttributes(attributes);
	}
	/** Ends the span once; a second end returns the first record. */
	end(options = {}) {
		if (this.record) return this.record;
		const status = options.status ?? "ok";
		const more = {
			...options.attributes,
			...options.errorType ? { [ATTR_ERROR_TYPE]: options.errorType } : {}
		};
		if (options.attributes) this.sdkSpan?.setAttributes(options.attributes);
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
			duration_ms: Math.round((performance.now() - this.startedHr) * 1e3) / 1e3
		};
		for (const recorder of this.recorders) recorder(this.record);
		return this.record;
	}
};
const NO_COUNTER = { add() {} };
const NO_HISTOGRAM = { record() {} };
/**
* The runner's and the guards' telemetry: spans always (the recorders get
* them, trace.jsonl among them), and OTLP traces and metrics when the OTEL_*
* variables name a collector. Without one nothing of the SDK is loaded, no
* instrument records, and flush is free.
*/
var Telemetry = class {
	backend;
	settings;
	ambient = new AsyncLocalStorage();
	constructor(backend, settings) {
		this.backend = backend;
		this.settings = settings;
	}
	/** Whether anything leaves the process. */
	get exporting() {
		return this.backend !== void 0 && (this.backend.tracing || this.backend.metering);
	}
	startSpan(name, options = {}) {
		const parent = options.parent === void 0 ? this.currentSpan() : options.parent;
		const local = parent instanceof LiveSpan ? parent : void 0;
		const parentContext = local ? local.context : parent ?? void 0;
		const kind = options.kind ?? "internal";
		const attributes = options.attributes ?? {};
		const scope = options.scope ?? local?.scope ?? "@agent-guards/telemetry";
		const clock = options.clock ?? local?.clock ?? Date.now;
		const recorders = [...local?.recorders ?? [], ...options.recorders ?? []];
		const startedAt = clock();
		const sdkSpan = this.backend?.startSpan(scope, name, kind, attributes, startedAt, parentContext);
		return new LiveSpan(name, sdkSpan?.context ?? {
			traceId: parentContext?.traceId ?? newTraceId(),
			spanId: newSpanId(),
			sampled: parentContext?.sampled ?? true
		}, parentContext?.spanId ?? null, kind, attributes, scope, recorders, clock, sdkSpan, startedAt);
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
		if (!this.backend) return problems;
		try {
			await this.backend.flush(limitMs);
		} catch (error) {
			problems.push(`telemetry: flush failed: ${error.message}`);
		}
		return [...problems, ...this.backend.takeFailures().map((f) => `telemetry: ${f}`)];
	}
};
/**
* Telemetry as the process environment configures it (the exporters read
* the OTLP endpoint, headers, timeout and compression from it too). The SDK
* module is imported only when a signal is on; if it cannot start, the run
* goes on with spans for the recorders only and a warning.
*/
async function openTelemetry(options = {}) {
	const env = process.env;
	const settings = telemetrySettings(env);
	if (!settings.traces.on && !settings.metrics.on) return new Telemetry(void 0, settings);
	try {
		const { createSdkBackend } = await import("./sdk-gLB-R7Q1.js");
		return new Telemetry(await createSdkBackend(settings, {
			env,
			serviceName: options.serviceName ?? "agent-guards",
			serviceVersion: VERSION
		}), settings);
	} catch (error) {
		settings.problems.push(`the OpenTelemetry SDK could not start (${error.message}); nothing is exported.`);
		return new Telemetry(void 0, settings);
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
// packages/telemetry/lib/guard-span.js
const MAX_METRIC_ATTRIBUTES = 32;
/** The report's top-level numbers, strings and booleans as span attributes (nested tables stay in the report). */
function metricAttributes(metrics) {
	const out = {};
	for (const [key, value] of Object.entries(metrics)) {
		if (Object.keys(out).length >= MAX_METRIC_ATTRIBUTES) break;
		if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") out[`${NAMESPACE}.metric.${key.replace(/-/g, "_")}`] = value;
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
		scope: "@agent-guards/guards",
		attributes: { [`${NAMESPACE}.guard`]: guard }
	});
	const started = performance.now();
	let result;
	try {
		result = await run();
	} catch (error) {
		span.end({
			status: "error",
			errorType: error instanceof Error ? error.name : "Error"
		});
		throw error;
	}
	try {
		record(telemetry, guard, span, result, performance.now() - started);
		if (!inProcess) {
			const warnings = await telemetry.flush();
			if (warnings.length) options.onWarnings?.(warnings);
		}
	} catch (error) {
		options.onWarnings?.([`telemetry: ${error.message}`]);
	}
	return result;
}
function record(telemetry, guard, span, result, ms) {
	const { verdict, findings, metrics } = result.report;
	const rules = [...new Set(findings.filter((f) => f.severity !== "notice").map((f) => f.rule))].sort();
	span.end({
		attributes: {
			[`${NAMESPACE}.verdict`]: verdict,
			[`${NAMESPACE}.findings`]: findings.length,
			[`${NAMESPACE}.findings.errors`]: findings.filter((f) => f.severity === "error").length,
			...rules.length ? { [`${NAMESPACE}.rules`]: rules } : {},
			...metricAttributes(metrics)
		},
		...verdict === "pass" ? {} : {
			status: "error",
			errorType: verdict
		}
	});
	const base = {
		[`${NAMESPACE}.guard`]: guard,
		[`${NAMESPACE}.verdict`]: verdict
	};
	telemetry.counter(`${NAMESPACE}.guard.runs`, {
		unit: "{run}",
		description: "Guard runs by verdict; verdict fail is a policy violation, error a run that could not decide."
	}).add(1, base);
	telemetry.histogram(`${NAMESPACE}.guard.duration`, {
		unit: "s",
		description: "Wall time of one guard run."
	}).record(ms / 1e3, verdict === "pass" ? base : {
		...base,
		[ATTR_ERROR_TYPE]: verdict
	});
	const byRule = telemetry.counter(`${NAMESPACE}.guard.findings`, {
		unit: "{finding}",
		description: "Findings of guard runs by rule and severity."
	});
	for (const f of findings) byRule.add(1, {
		[`${NAMESPACE}.guard`]: guard,
		[`${NAMESPACE}.rule`]: f.rule,
		[`${NAMESPACE}.severity`]: f.severity
	});
}
// packages/action-kit/lib/action-runtime.js
/** A Logger over @actions/core whose lines cannot issue workflow commands. */
function coreLogger(core) {
	return {
		debug: (m) => core.debug(neutralizeWorkflowCommands(m)),
		info: (m) => core.info(neutralizeWorkflowCommands(m)),
		warning: (m) => core.info(`warning: ${neutralizeWorkflowCommands(m)}`),
		error: (m) => core.info(`error: ${neutralizeWorkflowCommands(m)}`)
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
	const telemetryWarnings = [];
	const run = await traceGuardRun(guard, () => guardRunOrError(guard, async () => options.execute(parseInputs(options.inputs, (name) => core.getInput(name)), logger), (error) => core.debug(error.stack ?? error.message)), { onWarnings: (warnings) => telemetryWarnings.push(...warnings) });
	for (const w of telemetryWarnings) logger.warning(w);
	const { report } = run;
	const reportDir = options.reportDir ?? join(env.RUNNER_TEMP ?? tmpdir(), "agent-guards");
	mkdirSync(reportDir, { recursive: true });
	const reportPath = join(reportDir, `${guard}-report.json`);
	writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
	core.setOutput("verdict", report.verdict);
	core.setOutput("report-path", reportPath);
	for (const [name, value] of Object.entries(run.outputs ?? {})) core.setOutput(name, String(value));
	emitAnnotations(core, report);
	try {
		const markdown = renderSummary(report) + (run.summary ? `\n${run.summary}\n` : "") + telemetrySummary(telemetryWarnings);
		core.summary.addRaw(truncateUtf8(markdown, LIMITS.summaryBytes - 1024), true);
		await core.summary.write();
	} catch (error) {
		core.debug(`job summary not written: ${describeError(error)}`);
	}
	const exitCode = exitCodeFor(report.verdict);
	const failure = report.verdict === "pass" ? void 0 : report.verdict === "fail" ? `${guard} failed: ${report.findings.filter((f) => f.severity === "error").length} violation(s); see the job summary.` : `${guard} could not decide (verdict error): ${report.findings[0]?.message ?? "unknown error"}`;
	return {
		report,
		reportPath,
		exitCode,
		...failure ? { failure } : {}
	};
}
/** What the telemetry could not send, under the report: the verdict stands, the trace may be incomplete. */
function telemetrySummary(warnings) {
	if (warnings.length === 0) return "";
	return `\n> [!WARNING]\n> OpenTelemetry: ${warnings.length} problem(s); the verdict is unaffected.\n${warnings.map((w) => `> - ${markdownText(w)}`).join("\n")}\n`;
}
function emitAnnotations(core, report) {
	const plan = planAnnotations(report.findings);
	for (const f of plan.annotations) {
		const props = {
			title: `${report.guard}: ${f.rule}`,
			file: f.path
		};
		if (f.line) props.startLine = f.line;
		const message = f.test ? `${f.message} (${f.test})` : f.message;
		if (f.severity === "error") core.error(message, props);
		else if (f.severity === "warning") core.warning(message, props);
		else core.notice(message, props);
	}
	const omitted = Object.entries(plan.omitted).filter(([, n]) => n > 0);
	if (omitted.length > 0) {
		const text = omitted.map(([sev, n]) => `${n} ${sev}(s)`).join(", ");
		core.info(`${text} more finding(s) with a file were not annotated (GitHub shows at most ${LIMITS.annotationsPerSeverity} per severity per step); all are in the job summary and the report file.`);
	}
	for (const f of report.findings.filter((x) => !x.path)) core.info(`${f.severity}: ${f.rule}: ${neutralizeWorkflowCommands(f.message)}`);
}
// packages/action-kit/lib/event.js
/** Reads the pull request from $GITHUB_EVENT_PATH; undefined for other events. */
function readPullRequestEvent(env = process.env) {
	const path = env.GITHUB_EVENT_PATH;
	if (!path) return void 0;
	let payload;
	try {
		payload = JSON.parse(readFileSync(path, "utf8"));
	} catch (error) {
		throw new ConfigurationError(`cannot read the event payload: ${error.message}.`, {
			file: path,
			fix: "run the action in a GitHub Actions job, or pass the base and head inputs explicitly."
		});
	}
	const pr = payload.pull_request;
	if (!pr) return void 0;
	return {
		action: typeof payload.action === "string" ? payload.action : "",
		number: Number(pr.number),
		baseSha: String(pr.base?.sha ?? ""),
		headSha: String(pr.head?.sha ?? ""),
		baseRef: String(pr.base?.ref ?? ""),
		headRef: String(pr.head?.ref ?? ""),
		body: typeof pr.body === "string" ? pr.body : "",
		title: String(pr.title ?? ""),
		author: String(pr.user?.login ?? ""),
		...typeof pr.commits === "number" ? { commits: pr.commits } : {},
		repository: String(payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? ""),
		merged: pr.merged === true,
		...pr.closed_at ? { closedAt: pr.closed_at } : {},
		labels: (pr.labels ?? []).map((l) => l.name ?? "").filter(Boolean)
	};
}
/** Base and head for a guard: explicit inputs win, else the pull_request event. */
function resolveRevisions(inputs, event) {
	const base = inputs.base ?? event?.baseSha;
	const head = inputs.head ?? event?.headSha;
	if (!base || !head) throw new ConfigurationError("no base/head commits to compare.", {
		field: !base ? "base" : "head",
		fix: "run on a 'pull_request' event, or set the 'base' and 'head' inputs to commit SHAs."
	});
	return {
		base,
		head,
		...event ? { event } : {}
	};
}
// packages/config/lib/guard-context.js
/**
* The PR under check (from the inputs or the pull_request event), the checkout,
* the policy read at the base commit, and whose PR it is (the event's
* `pull_request.user.login`, never the actor who pushed or re-ran): the
* prelude of every guard action.
*/
async function guardContext(inputs, logger, env = process.env) {
	const event = readPullRequestEvent(env);
	const { base, head } = resolveRevisions(inputs, event);
	const repo = inputs["working-directory"];
	startPullRequestRange(repo, base, head, event?.commits);
	const { policy } = await loadPolicy({
		repo,
		base,
		path: inputs.policy,
		logger
	});
	return {
		repo,
		base,
		head,
		policy,
		policyPath: inputs.policy,
		...event ? {
			event,
			author: event.author,
			headRef: event.headRef
		} : {},
		prCommits: event?.commits ? { prCommits: event.commits } : {}
	};
}
// actions/spec-conformance/lib/main.js
const core = {
	getInput,
	setOutput,
	setFailed,
	info,
	debug,
	warning,
	error,
	notice,
	summary
};
/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = strictObject({
	ticket: string().optional(),
	policy: string().default(DEFAULT_POLICY_PATH),
	base: string().optional(),
	head: string().optional(),
	token: string().optional(),
	"body-file": string().optional(),
	"working-directory": string().default(".")
});
async function run() {
	const outcome = await runGuardAction({
		core,
		guard: "spec-conformance",
		inputs: Inputs,
		execute: async (inputs, logger) => {
			const guardCode = import("./lib-CYwNDTgN.js");
			guardCode.catch(() => void 0);
			const context = await guardContext(inputs, logger);
			const notApplicable = notApplicableRun("spec-conformance", context, logger);
			if (notApplicable) return notApplicable;
			const { repo, base, head, policy, event, prCommits } = context;
			const { fetchPullRequestBody, runSpecGuard } = await guardCode;
			const body = await pullRequestBody(inputs, event, logger, fetchPullRequestBody);
			let ticketPath;
			try {
				ticketPath = resolveTicketPath(policy, {
					ticket: inputs.ticket,
					headRef: event?.headRef
				});
			} catch (error) {
				if (!(error instanceof ConfigurationError)) throw error;
				logger.info("no ticket for this PR (not an agent branch and no ticket input): ticket linkage is not checked.");
			}
			const ticket = ticketPath ? await loadTicket({
				repo,
				base,
				path: ticketPath,
				logger
			}) : void 0;
			return runSpecGuard({
				repo,
				base,
				head,
				policy,
				body,
				logger,
				...ticket && ticketPath ? {
					ticket,
					ticketPath
				} : {},
				...prCommits
			});
		}
	});
	if (outcome.failure) core.setFailed(outcome.failure);
}
/**
* The PR body as it is now: re-fetched through the API, because the event
* payload is stale on a re-run after the description was edited.
*/
async function pullRequestBody(inputs, event, logger, fetchPullRequestBody) {
	if (inputs["body-file"]) return readFile(inputs["body-file"], "utf8");
	if (!event) throw new ConfigurationError("no pull request to read the description of.", {
		field: "body-file",
		fix: "run on a 'pull_request' event, or set 'body-file'."
	});
	if (!inputs.token) throw new ConfigurationError("no token to re-fetch the PR description (the event payload is stale on re-runs).", {
		field: "token",
		fix: "leave 'token' at its default (${{ github.token }}) with 'pull-requests: read' permission."
	});
	const { createGitHubClient, parseRepoRef } = await import("./lib-CjK-x1KC.js");
	return fetchPullRequestBody(createGitHubClient({
		token: inputs.token,
		logger,
		...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
	}), parseRepoRef(event.repository), event.number);
}
export { run };

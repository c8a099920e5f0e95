import "./rolldown-runtime-C1I3wEg2.js";
import { n as NAMESPACE, t as ATTR_ERROR_TYPE } from "./semconv-IDESWVfv.js";
import { a as Minimatch, n as isDependencyFile, o as braceExpand, t as dependencyBlobs } from "./dependency-sides-BXAldebR.js";
import { a as isScalar, i as isMap, n as parseDocument, o as isSeq, r as LineCounter } from "./public-api-CDtUKyzU.js";
import * as os from "os";
import { EOL } from "os";
import * as fs from "fs";
import { constants, promises } from "fs";
import "path";
import { performance } from "node:perf_hooks";
import { AsyncLocalStorage } from "node:async_hooks";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, posix, resolve } from "node:path";
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
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
// \0lazy-node-crypto
function randomUUID() {
	return process.getBuiltinModule("node:crypto").randomUUID();
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${randomUUID()}`;
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
	wrap(tag, content, attrs = {}) {
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
		return `<${tag}${htmlAttrs}>${content}</${tag}>`;
	}
	write(options) {
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
			return this.emptyBuffer().write({ overwrite: true });
		});
	}
	stringify() {
		return this._buffer;
	}
	isEmptyBuffer() {
		return this._buffer.length === 0;
	}
	emptyBuffer() {
		this._buffer = "";
		return this;
	}
	addRaw(text, addEOL = false) {
		this._buffer += text;
		return addEOL ? this.addEOL() : this;
	}
	addEOL() {
		return this.addRaw(EOL);
	}
	addCodeBlock(code, lang) {
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
		return this.addRaw(element).addEOL();
	}
	addList(items, ordered = false) {
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
		const element = this.wrap(tag, listItems);
		return this.addRaw(element).addEOL();
	}
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
	addDetails(label, content) {
		const element = this.wrap("details", this.wrap("summary", label) + content);
		return this.addRaw(element).addEOL();
	}
	addImage(src, alt, options) {
		const { width, height } = options || {};
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
		return this.addRaw(element).addEOL();
	}
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
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	addBreak() {
		const element = this.wrap("br", null);
		return this.addRaw(element).addEOL();
	}
	addQuote(text, cite) {
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
		return this.addRaw(element).addEOL();
	}
	addLink(text, href) {
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const summary = new Summary();
var ExitCode;
(function(ExitCode) {
	ExitCode[ExitCode["Success"] = 0] = "Success";
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error$1(message);
}
function debug(message) {
	issueCommand("debug", {}, message);
}
function error$1(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
	process.stdout.write(message + os.EOL);
}
// packages/action-kit/lib/errors.js
var ConfigurationError = class extends Error {
	file;
	field;
	line;
	fix;
	constructor(problem, details = {}) {
		super(formatConfigurationMessage(problem, details));
		this.name = "ConfigurationError";
		this.file = details.file;
		this.field = details.field;
		this.line = details.line;
		this.fix = details.fix;
	}
	reportedProblems() {
		return [{ message: this.message }];
	}
};
function formatConfigurationMessage(problem, d) {
	const where = [d.file ? `${d.file}${d.line ? `:${d.line}` : ""}` : void 0, d.field ? `field '${d.field}'` : void 0].filter(Boolean);
	return `${where.length > 0 ? `${where.join(", ")}: ` : ""}${problem}${d.fix ? ` Fix: ${d.fix}` : ""}`;
}
function isConfigurationError(error) {
	return error instanceof ConfigurationError;
}
function describeError(error) {
	if (error instanceof Error) return error.message;
	return String(error);
}
// packages/action-kit/lib/secrets.js
const SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|PRIVATE|AUTH|COOKIE|SESSION|SIGNING|ANTHROPIC|OPENAI|GITHUB|^GH_|^ACTIONS_|^RUNNER_|^INPUT_|^AWS_|^AZURE_|^GOOGLE_|^GCP_|^NPM_|^NODE_AUTH|^PYPI|^TWINE|^CARGO_REGISTRY|^OTEL_EXPORTER_OTLP_(?:[A-Z]+_)?HEADERS$/i;
function isSecretName(name) {
	return SECRET_NAME.test(name);
}
function withoutSecrets(env, keep = []) {
	return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !isSecretName(k)));
}
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
// node_modules/zod/v4/core/core.js
var _a$1;
const _zodDesc = {
	value: void 0,
	enumerable: false
};
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
const _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
const _issuesDesc = {
	value: void 0,
	enumerable: false
};
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
const $ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/core/parse.js
const _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
const anyString = /^[\s\S]{0,}$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
// node_modules/zod/v4/core/checks.js
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
const _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
// node_modules/zod/v4/core/versions.js
const version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/locales/en.js
const error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
	return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
	return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/mini/schemas.js
const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
	if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
}, {
	get with() {
		return this.check;
	},
	set with(value) {
		own(this, "with", value);
	},
	parse(data, params) {
		return parse(this, data, params, { callee: this.parse });
	},
	parseAsync(data, params) {
		return parseAsync(this, data, params, { callee: this.parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	check(...checks) {
		const def = this.def;
		return this.clone({
			...def,
			checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)]
		}, { parent: true });
	},
	clone(_def, params) {
		return clone(this, _def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	}
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
	return /* @__PURE__ */ _string(ZodMiniString, params);
}
const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
	return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodMiniNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
const ZodMiniNever = /*@__PURE__*/ $constructor("ZodMiniNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
	return /* @__PURE__ */ _never(ZodMiniNever, params);
}
const ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
	$ZodArray.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
	return new ZodMiniArray({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
	$ZodObject.init(inst, def);
	ZodMiniType.init(inst, def);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
	return new ZodMiniObject({
		type: "object",
		shape,
		catchall: /* @__PURE__ */ never(),
		...normalizeParams(params)
	});
}
const ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
	return new ZodMiniUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
const ZodMiniRecord = /*@__PURE__*/ $constructor("ZodMiniRecord", (inst, def) => {
	$ZodRecord.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record$1(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodMiniRecord({
		type: "record",
		keyType: /* @__PURE__ */ string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodMiniRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
	return new ZodMiniRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params),
		partial: true
	});
}
const ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodMiniType.init(inst, def);
	inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodMiniEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
const ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal$1(value, params) {
	return new ZodMiniLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
	$ZodTransform.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
	return new ZodMiniTransform({
		type: "transform",
		transform: fn
	});
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
	return new ZodMiniOptional({
		type: "optional",
		innerType
	});
}
const ZodMiniDefault = /*@__PURE__*/ $constructor("ZodMiniDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
	return new ZodMiniDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
	return new ZodMiniPipe({
		type: "pipe",
		in: in_,
		out
	});
}
const ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// packages/action-kit/lib/text-order.js
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// packages/action-kit/lib/report.js
const GUARD_NAMES = [
	"manifest-scope",
	"skip-set",
	"spec-conformance",
	"cost-ceiling",
	"boundaries"
];
(/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "rule ids are kebab-case")), int().check(/* @__PURE__ */ _positive());
function exitCodeFor(verdict) {
	return verdict === "pass" ? 0 : verdict === "fail" ? 1 : 2;
}
function reportFromFindings(guard, findings, metrics = {}) {
	return {
		guard,
		verdict: findings.some((f) => f.severity === "error") ? "fail" : "pass",
		findings: sortFindings(findings),
		metrics
	};
}
async function guardRunOrError(guard, execute, onInternal) {
	try {
		return await execute();
	} catch (error) {
		if (isConfigurationError(error)) return { report: {
			guard,
			verdict: "error",
			findings: error.reportedProblems().map((p) => ({
				rule: "configuration-error",
				severity: "error",
				...p
			})),
			metrics: {}
		} };
		if (error instanceof Error) onInternal?.(error);
		return { report: errorReport(guard, describeError(error), "internal-error") };
	}
}
function errorReport(guard, message, rule = "guard-error", path) {
	return {
		guard,
		verdict: "error",
		findings: [{
			rule,
			severity: "error",
			message,
			...path ? { path } : {}
		}],
		metrics: {}
	};
}
const SEVERITY_ORDER = {
	error: 0,
	warning: 1,
	notice: 2
};
function sortFindings(findings) {
	return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0));
}
// packages/action-kit/lib/render.js
const LIMITS = {
	annotationsPerSeverity: 10,
	summaryBytes: 1048576,
	outputBytes: 1e6,
	commentChars: 65536
};
const VERDICT_ICON = {
	pass: "\u2705",
	fail: "\u274C",
	error: "\u26D4"
};
const SEVERITY_ICON = {
	error: "\u274C",
	warning: "\u26A0\uFE0F",
	notice: "\u2139\uFE0F"
};
const TRUNCATION_MARKER = "\n\n_\u2026truncated: the full report is in the JSON report file._\n";
function markdownText(text) {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function formatMetric(value) {
	if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "");
	if (value === null || value === void 0) return "";
	if (typeof value === "object") return JSON.stringify(value);
	return String(value);
}
function location(f) {
	if (!f.path) return "";
	return `\`${markdownText(f.path)}${f.line ? `:${f.line}` : ""}\``;
}
function renderSummary(report, maxFindings = 200) {
	const counts = countBySeverity(report.findings);
	const lines = [
		`## ${VERDICT_ICON[report.verdict]} ${report.guard}: ${report.verdict}`,
		"",
		`${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
		""
	];
	const shown = report.findings.slice(0, maxFindings);
	if (shown.length > 0) {
		lines.push("| | rule | where | message |", "|---|---|---|---|");
		for (const f of shown) {
			const where = [location(f), f.test ? `\`${markdownText(f.test)}\`` : ""].filter(Boolean).join(" ");
			lines.push(`| ${SEVERITY_ICON[f.severity]} | \`${f.rule}\` | ${where} | ${markdownText(f.message)} |`);
		}
		if (report.findings.length > shown.length) lines.push("", `_${report.findings.length - shown.length} more finding(s) are in the JSON report._`);
		lines.push("");
	}
	const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== "object" || v === null);
	if (metrics.length > 0) {
		lines.push("<details><summary>Metrics</summary>", "", "| metric | value |", "|---|---|");
		for (const [k, v] of metrics) lines.push(`| ${markdownText(k)} | ${markdownText(formatMetric(v))} |`);
		lines.push("", "</details>", "");
	}
	return lines.join("\n");
}
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
	if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
	const budget = maxBytes - Buffer.byteLength(marker, "utf8");
	let cut = Buffer.from(text, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
	if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
	return cut + marker;
}
function countBySeverity(findings) {
	const counts = {
		error: 0,
		warning: 0,
		notice: 0
	};
	for (const f of findings) counts[f.severity] += 1;
	return counts;
}
function planAnnotations(findings, cap = LIMITS.annotationsPerSeverity) {
	const used = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const omitted = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const annotations = [];
	for (const f of findings) {
		if (!f.path) continue;
		if (used[f.severity] < cap) {
			used[f.severity] += 1;
			annotations.push(f);
		} else omitted[f.severity] += 1;
	}
	return {
		annotations,
		omitted
	};
}
// packages/action-kit/lib/inputs.js
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
(/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^\d+$/, "expected a whole number"));
// packages/telemetry/lib/random-hex.js
const RANDOM_DEVICE = "/dev/urandom";
function randomHex(bytes, device = RANDOM_DEVICE) {
	const buffer = Buffer.alloc(bytes);
	let fd;
	try {
		fd = openSync(device, "r");
		if (readSync(fd, buffer, 0, bytes, null) === bytes) return buffer.toString("hex");
	} catch {} finally {
		if (fd !== void 0) closeSync(fd);
	}
	return process.getBuiltinModule("node:crypto").randomBytes(bytes).toString("hex");
}
// packages/telemetry/lib/trace-context.js
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;
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
function traceparentFromEnv(env = process.env) {
	return parseTraceparent(env.TRACEPARENT);
}
function newTraceId() {
	return randomHex(16);
}
function newSpanId() {
	return randomHex(8);
}
// packages/telemetry/lib/otel-env.js
const DEFAULT_ENDPOINT = "http://localhost:4318";
function value(env, name) {
	const v = env[name]?.trim();
	return v ? v : void 0;
}
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
const FLUSH_LIMIT_MS = 5e3;
const VERSION = "0.1.0";
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
var Telemetry = class {
	backend;
	settings;
	ambient = new AsyncLocalStorage();
	constructor(backend, settings) {
		this.backend = backend;
		this.settings = settings;
	}
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
async function openTelemetry(options = {}) {
	const env = process.env;
	const settings = telemetrySettings(env);
	if (!settings.traces.on && !settings.metrics.on) return new Telemetry(void 0, settings);
	try {
		const { createSdkBackend } = await import("./sdk-RhfsYUEI.js");
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
function sharedTelemetry() {
	shared ??= openTelemetry();
	return shared;
}
// packages/telemetry/lib/guard-span.js
const MAX_METRIC_ATTRIBUTES = 32;
function metricAttributes(metrics) {
	const out = {};
	for (const [key, value] of Object.entries(metrics)) {
		if (Object.keys(out).length >= MAX_METRIC_ATTRIBUTES) break;
		if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") out[`${NAMESPACE}.metric.${key.replace(/-/g, "_")}`] = value;
	}
	return out;
}
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
// packages/action-kit/lib/safe-print.js
const COMMAND_AT_LINE_START = /^(\s*)::/gm;
function neutralizeWorkflowCommands(text) {
	return text.replace(COMMAND_AT_LINE_START, "$1:\u200B:");
}
// packages/action-kit/lib/action-runtime.js
function coreLogger(core) {
	return {
		debug: (m) => core.debug(neutralizeWorkflowCommands(m)),
		info: (m) => core.info(neutralizeWorkflowCommands(m)),
		warning: (m) => core.info(`warning: ${neutralizeWorkflowCommands(m)}`),
		error: (m) => core.info(`error: ${neutralizeWorkflowCommands(m)}`)
	};
}
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
// packages/action-kit/lib/zod.js
config(en_default());
function described(schema, description) {
	const copy = schema.clone();
	globalRegistry.add(copy, { description });
	return copy;
}
// packages/action-kit/lib/settle.js
async function settleInOrder(promises) {
	const results = await Promise.allSettled(promises);
	for (const r of results) if (r.status === "rejected") throw r.reason;
	return results.map((r) => r.value);
}
// packages/config/lib/forbidden-categories.js
const BUILT_IN_FORBIDDEN = [
	{
		id: "ci-definitions",
		reason: "CI definitions and the automation that builds, checks or merges code are platform-team-only (spec \u00A74)",
		patterns: [
			".github/workflows/**",
			".github/actions/**",
			".github/workflow-templates/**",
			".github/dependabot.{yml,yaml}",
			".github/settings.{yml,yaml}",
			".gitea/workflows/**",
			".gitea/actions/**",
			".forgejo/workflows/**",
			".forgejo/actions/**",
			"**/.gitlab-ci.{yml,yaml}",
			"**/*.gitlab-ci.{yml,yaml}",
			".gitlab/ci/**",
			".gitlab/agents/**",
			"**/Jenkinsfile",
			"**/Jenkinsfile.*",
			"**/Jenkinsfile-*",
			"**/Jenkinsfile_*",
			"**/*.Jenkinsfile",
			".jenkins/**",
			"jenkins/**",
			"**/azure-pipelines*.{yml,yaml}",
			".azure-pipelines/**",
			".azuredevops/**",
			".pipelines/**",
			".circleci/**",
			".travis.{yml,yaml}",
			".travis/**",
			"bitbucket-pipelines.{yml,yaml}",
			".drone.{yml,yaml,jsonnet,star}",
			".woodpecker.{yml,yaml}",
			".woodpecker/**",
			"**/cloudbuild*.{yml,yaml,json}",
			"{.,}appveyor.{yml,yaml}",
			".buildkite/**",
			"{.,}buildkite.{yml,yaml,json}",
			".teamcity/**",
			"bamboo-specs/**",
			"**/buildspec*.{yml,yaml}",
			".codecatalyst/**",
			".semaphore/**",
			"{.,}codefresh.{yml,yaml}",
			".codefresh/**",
			".tekton/**",
			".harness/**",
			".cirrus.{yml,yaml,star}",
			".build.{yml,yaml}",
			".builds/**",
			".concourse/**",
			"concourse/**",
			"{.,}wercker.{yml,yaml}",
			"shippable.{yml,yaml}",
			"codeship-{services,steps}.{yml,yaml}",
			"bitrise.{yml,yaml}",
			"codemagic.{yml,yaml}",
			"screwdriver.{yml,yaml}",
			"**/*.gocd.{yml,yaml,json}",
			"**/*.gopipeline.json",
			"{.,}zuul.{yml,yaml}",
			"{.,}zuul.d/**",
			".prow.{yml,yaml}",
			".prow/**",
			".vela.{yml,yaml}",
			"{.,}buddy.{yml,yaml}",
			".buddy/**",
			"ci_scripts/**",
			"atlantis.{yml,yaml}",
			"ci/**",
			".ci/**",
			"{.,}renovate.json{,5}",
			".renovaterc{,.json,.json5}",
			".{github,gitlab}/renovate.json{,5}",
			"{.,}mergify.{yml,yaml}",
			".mergify/**",
			".github/mergify.{yml,yaml}",
			"{.github/,}.kodiak.toml",
			"{.github/,}bors.toml",
			".pre-commit-config.{yml,yaml}",
			".husky/**",
			"{.,}lefthook{,-local}.{yml,yaml,json,toml}",
			".lefthook/**",
			".githooks/**",
			".overcommit.yml"
		],
		narrowable: true
	},
	{
		id: "codeowners",
		reason: "code ownership decides who reviews the agent",
		patterns: [
			"**/CODEOWNERS",
			"**/OWNERS",
			"**/OWNERS_ALIASES"
		],
		narrowable: true
	},
	{
		id: "agent-instructions",
		reason: "agent instruction files steer the agent; changing them is the platform team's call",
		patterns: [
			"**/CLAUDE.md",
			"**/CLAUDE.local.md",
			"**/.claude/**",
			"**/.mcp.json",
			".vscode/mcp.json",
			"**/AGENTS.md",
			"**/AGENTS.override.md",
			"**/AGENT.md",
			"**/.agents/**",
			"**/.codex/**",
			"**/GEMINI.md",
			"**/.gemini/**",
			"**/.geminiignore",
			".github/copilot-instructions.md",
			".github/copilot/**",
			".github/instructions/**",
			".github/prompts/**",
			".github/chatmodes/**",
			".github/agents/**",
			"**/*.instructions.md",
			"**/*.prompt.md",
			"**/*.chatmode.md",
			"**/*.agent.md",
			"**/.cursorrules",
			"**/.cursor/**",
			"**/.cursorignore",
			"**/.cursorindexingignore",
			"**/.windsurfrules",
			"**/.windsurf/**",
			"**/.codeiumignore",
			"**/.clinerules",
			"**/.clinerules/**",
			"**/.clineignore",
			"**/.roorules",
			"**/.roorules-*",
			"**/.roo/**",
			"**/.roomodes",
			"**/.rooignore",
			"**/.kilocode/**",
			"**/.kilocodemodes",
			"**/.continue/**",
			"**/.continuerules",
			"**/.continueignore",
			"**/.aider*",
			"**/CONVENTIONS.md",
			"**/.amazonq/**",
			"**/.kiro/**",
			"**/.junie/**",
			"**/.aiassistant/**",
			"**/.aiignore",
			"**/.rules",
			"**/.trae/**",
			"**/.augment/**",
			"**/.augment-guidelines",
			"**/.openhands/**",
			"**/.openhands_instructions",
			"**/.goosehints",
			"**/.tabnine/**",
			"**/.qodo/**",
			"**/.idx/airules.md",
			"**/airules.md",
			"**/opencode.{json,jsonc}",
			"**/.opencode/**",
			"**/CRUSH.md",
			"**/{.,}crush.json",
			"**/WARP.md",
			"**/QWEN.md",
			"**/.qwen/**",
			"**/.devin/**",
			"**/.sourcegraph/**",
			"**/.cody/**",
			"**/.coderabbit.{yml,yaml}",
			"**/.pr_agent.toml"
		],
		narrowable: true
	},
	{
		id: "agent-configuration",
		reason: "the guard policy, tool manifest and ticket files are trusted inputs read at the base commit",
		patterns: [
			".github/agent-guards.{yml,yaml}",
			".github/agent-manifest.{yml,yaml}",
			".agent/**"
		],
		narrowable: false
	},
	{
		id: "git-metadata",
		reason: "git metadata decides which repositories a checkout fetches and how a diff shows to reviewers",
		patterns: [
			"**/.gitmodules",
			"**/.gitattributes",
			".lfsconfig"
		],
		narrowable: true
	},
	{
		id: "vendored-code",
		reason: "vendored third-party code and package-manager runtimes are installed as they are, without review against their source",
		patterns: [
			"**/node_modules/**",
			"**/vendor/**",
			"**/third_party/**",
			"**/third-party/**",
			"**/site-packages/**",
			"**/.yarn/{cache,unplugged,releases,plugins,sdks}/**",
			"**/.pnp.{cjs,js,loader.mjs}"
		],
		narrowable: true
	},
	{
		id: "schemas",
		reason: "schemas are out of scope for the agent (spec \u00A74)",
		patterns: [
			"**/schema/**",
			"**/schemas/**",
			"**/dbschema/**",
			"**/schema.*",
			"**/schemas.*",
			"**/*.schema.*",
			"**/*.schema",
			"**/structure.sql",
			"**/*_structure.sql",
			"**/*.{xsd,dtd,rng,rnc,avsc,prisma,graphqls,esdl,gel,fbs,capnp,cds,edmx,dbml}",
			"**/*.jtd.json"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "migrations",
		reason: "database migrations are out of scope for the agent (spec \u00A74)",
		patterns: [
			"**/migrations/**",
			"**/migration/**",
			"**/migrate/**",
			"**/alembic/**",
			"**/alembic.ini",
			"**/flyway/**",
			"**/flyway.{conf,toml}",
			"**/V[0-9]*__*.sql",
			"**/U[0-9]*__*.sql",
			"**/R__*.sql",
			"**/liquibase/**",
			"**/liquibase.properties",
			"**/db/changelog/**",
			"**/db.changelog*",
			"**/evolutions/**",
			"**/drizzle/**",
			"**/drizzle.config.*",
			"**/sqitch.{plan,conf}",
			"**/atlas.hcl",
			"**/diesel.toml",
			"**/*.{up,down}.sql",
			"**/*.migration.*"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "public-api-contracts",
		reason: "public API contracts are out of scope for the agent (spec \u00A74)",
		patterns: [
			"**/openapi*.{yml,yaml,json}",
			"**/*.openapi.{yml,yaml,json}",
			"**/openapi/**",
			"**/swagger*.{yml,yaml,json}",
			"**/swagger/**",
			"**/asyncapi*.{yml,yaml,json}",
			"**/asyncapi/**",
			"**/*.{proto,thrift,avdl,avpr,raml,apib,wsdl,smithy,tsp}",
			"**/buf.yaml",
			"**/api-contracts/**",
			"**/contracts/**",
			"**/pacts/**",
			"**/pact/**",
			"**/api-specs/**"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "auth",
		reason: "authentication and authorization code is out of scope for the agent (spec \u00A74)",
		patterns: ["**/security/**", "**/*Security{Config,Configuration}.{java,kt}"],
		words: [
			"auth",
			"authn",
			"authz",
			"oauth",
			"reauth",
			"authenticate",
			"authenticated",
			"authentication",
			"authenticator",
			"authorise",
			"authorised",
			"authoriser",
			"authorisation",
			"authorize",
			"authorized",
			"authorizer",
			"authorization",
			"login",
			"logout",
			"signin",
			"signout",
			"sso",
			"saml",
			"oidc",
			"openid",
			"jwt",
			"jwks",
			"mfa",
			"totp",
			"passwd",
			"htpasswd",
			"password",
			"passwords",
			"credential",
			"credentials",
			"rbac",
			"acl",
			"acls",
			"permission",
			"permissions",
			"devise",
			"omniauth",
			"passport",
			"keycloak",
			"cognito",
			"pundit",
			"casbin"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "billing",
		reason: "billing code is out of scope for the agent (spec \u00A74)",
		patterns: [],
		words: [
			"billing",
			"invoice",
			"invoices",
			"invoicing",
			"dunning",
			"chargebee",
			"recurly",
			"zuora"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "payments",
		reason: "payment code is out of scope for the agent (spec \u00A74)",
		patterns: ["**/checkout/**", "**/pay/**"],
		words: [
			"payment",
			"payments",
			"payout",
			"payouts",
			"refund",
			"refunds",
			"chargeback",
			"chargebacks",
			"pci",
			"stripe",
			"braintree",
			"adyen",
			"paypal",
			"klarna",
			"razorpay",
			"mollie",
			"worldpay"
		],
		testsExempt: true,
		narrowable: true
	}
];
// packages/config/lib/test-files.js
const ALL_LANGUAGES = [
	"python",
	"javascript",
	"go",
	"jvm",
	"ruby",
	"rust"
];
const JS_EXT = "{js,jsx,ts,tsx,mjs,cjs,mts,cts}";
const DEFAULT_JS_INCLUDE = [
	`**/*.{test,spec}.${JS_EXT}`,
	`**/__tests__/**/*.${JS_EXT}`,
	"test/**/*.{js,cjs,mjs}"
];
const DEFAULT_JS_EXCLUDE = [
	"**/node_modules/**",
	"**/dist/**",
	"**/.git/**"
];
function defaultPatterns(languages = ALL_LANGUAGES) {
	return {
		languages: new Set(languages),
		pythonFiles: ["test_*.py", "*_test.py"],
		pythonTestpaths: [],
		pythonFunctionPrefixes: ["test"],
		pythonClassPrefixes: ["Test"],
		jsInclude: DEFAULT_JS_INCLUDE,
		jsExcludeGlobs: DEFAULT_JS_EXCLUDE,
		jsIgnoreRegexps: []
	};
}
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function testLanguageOf(path, patterns) {
	const base = posix.basename(path);
	const dot = base.lastIndexOf(".");
	const ext = dot < 0 ? "" : base.slice(dot + 1);
	const ignored = IGNORED_SEGMENT.test(path);
	switch (ext) {
		case "py":
			if (ignored || !patterns.languages.has("python")) return void 0;
			if (!patterns.pythonFiles.some((g) => matches(base, g))) return void 0;
			if (patterns.pythonTestpaths.length > 0 && !patterns.pythonTestpaths.some((d) => d === "." || path.startsWith(`${d.replace(/\/+$/, "")}/`))) return;
			return "python";
		case "js":
		case "jsx":
		case "ts":
		case "tsx":
		case "mjs":
		case "cjs":
		case "mts":
		case "cts":
			if (!patterns.languages.has("javascript") || path.endsWith(".d.ts")) return void 0;
			if (!patterns.jsInclude.some((g) => matches(path, g))) return void 0;
			if (patterns.jsExcludeGlobs.some((g) => matches(path, g))) return void 0;
			if (patterns.jsIgnoreRegexps.some((r) => safeRegExp(r)?.test(path))) return void 0;
			return "javascript";
		case "go": return !ignored && patterns.languages.has("go") && base.endsWith("_test.go") && !/(?:^|\/)_/.test(path) ? "go" : void 0;
		case "java":
		case "kt":
			if (ignored || !patterns.languages.has("jvm")) return void 0;
			return /(?:^|\/)src\/test\//.test(path) || /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$|^Test\w*\.(?:java|kt)$/.test(base) ? "jvm" : void 0;
		case "rb": return !ignored && patterns.languages.has("ruby") && base.endsWith("_spec.rb") ? "ruby" : void 0;
		case "rs": return !ignored && patterns.languages.has("rust") ? "rust" : void 0;
		default: return;
	}
}
const compiled = /* @__PURE__ */ new Map();
function matches(path, glob) {
	let m = compiled.get(glob);
	if (!m) {
		m = new Minimatch(glob, { dot: true });
		compiled.set(glob, m);
	}
	return m.match(path);
}
function safeRegExp(source) {
	try {
		return new RegExp(source.replace(/<rootDir>\/?/g, ""));
	} catch {
		return;
	}
}
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__snapshots__|testing|testdata|test-data|fixtures)\//;
const RUBY_SPEC_DIR = /(?:^|\/)spec\/.*\.rb$/;
const JVM_TEST_SOURCE_SET = /(?:^|\/)src\/test\//;
const DEFAULTS = defaultPatterns();
function isTestPath(path) {
	const p = path.replace(/\\/g, "/");
	if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p)) return true;
	if (posix.basename(p) === "conftest.py") return true;
	const language = testLanguageOf(p, DEFAULTS);
	return language !== void 0 && language !== "rust";
}
// packages/config/lib/forbidden.js
const POLICY_FORBIDDEN_CATEGORY = "policy";
const FORBIDDEN_CATEGORY_IDS = [POLICY_FORBIDDEN_CATEGORY, ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
function nameWords(name) {
	return name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, "$1$2 ").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
// packages/config/lib/config-source.js
function describeSource(file, what, source = {}) {
	return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
function shortCommit(commit) {
	return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
// packages/config/lib/applies-to.js
const APPLIES_TO = ["agent-prs", "every-pr"];
const KNOWN_AGENT_LOGINS = [
	"Copilot",
	"copilot-swe-agent[bot]",
	"claude[bot]",
	"chatgpt-codex-connector[bot]"
];
const DEFAULT_APPLIES_TO = {
	"manifest-scope": "agent-prs",
	"skip-set": "every-pr",
	"spec-conformance": "agent-prs",
	"cost-ceiling": "agent-prs",
	boundaries: "every-pr"
};
const AgentsPolicySchema = described(/* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ logins: described(/* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])"))), []), `PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) })), "Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
function appliesTo(guard) {
	const fallback = DEFAULT_APPLIES_TO[guard];
	return described(/* @__PURE__ */ _default(/* @__PURE__ */ _enum(APPLIES_TO), fallback), `Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}
function guardSettings(guard) {
	return /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({ applies_to: appliesTo(guard) }), { applies_to: DEFAULT_APPLIES_TO[guard] });
}
const GuardsPolicySchema = described(/* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	"manifest-scope": described(/* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
		applies_to: appliesTo("manifest-scope"),
		every_pr_categories: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ _enum(FORBIDDEN_CATEGORY_IDS)), []), "Forbidden categories checked on every PR, an agent's or not, without a ticket (e.g. [vendored-code, git-metadata]; 'policy' is the policy's own forbidden_paths). A PR that is not an agent's fails only for a path in one of these; an agent PR is judged on all of them and its ticket.")
	}), {
		applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
		every_pr_categories: []
	}), "every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them. agent-prs with every_pr_categories: other PRs are checked for those categories only."),
	"skip-set": guardSettings("skip-set"),
	"spec-conformance": guardSettings("spec-conformance"),
	"cost-ceiling": guardSettings("cost-ceiling"),
	boundaries: guardSettings("boundaries")
}), {
	...Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])),
	"manifest-scope": {
		applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
		every_pr_categories: []
	}
}), "Per guard: whom it judges (applies_to).");
function isAgentLogin(policy, login) {
	const wanted = login.toLowerCase();
	return [...KNOWN_AGENT_LOGINS, ...policy.agents?.logins ?? []].some((l) => l.toLowerCase() === wanted);
}
function guardApplicability(guard, ctx) {
	const setting = ctx.policy.guards[guard].applies_to;
	const key = `guards.${guard}.applies_to`;
	if (setting === "every-pr") return {
		applies: true,
		reason: `${guard} judges every PR (${key}: every-pr).`
	};
	const author = ctx.author?.trim();
	if (!author) return {
		applies: true,
		reason: `the PR author is not known, so ${guard} judges it as an agent PR.`
	};
	if (isAgentLogin(ctx.policy, author)) return {
		applies: true,
		reason: `the PR author ${author} is an agent login.`
	};
	const prefix = ctx.policy.runner.branch_prefix;
	if (ctx.headRef && prefix && ctx.headRef.startsWith(prefix)) return {
		applies: true,
		reason: `the PR comes from ${ctx.headRef}, an agent branch (runner.branch_prefix '${prefix}').`
	};
	if (!ctx.policy.agents) return {
		applies: true,
		reason: `${ctx.policyPath} has no 'agents' section, so no PR can be told to be a human one: ${guard} judges every PR.`
	};
	return {
		applies: false,
		reason: `${guard} judges agent PRs only, and the author ${author} is not an agent login listed in ${`${ctx.policyPath} at ${shortCommit(ctx.base)}`} (agents.logins; ${KNOWN_AGENT_LOGINS.join(", ")} are always agents). Set ${key}: every-pr to judge every PR.`
	};
}
const NOT_AN_AGENT_PR = "not-an-agent-pr";
function notApplicableRun(guard, ctx, logger) {
	const { applies, reason } = guardApplicability(guard, ctx);
	if (applies) {
		logger.info(`${guard} applies: ${reason}`);
		return;
	}
	logger.info(reason);
	return { report: reportFromFindings(guard, [{
		rule: NOT_AN_AGENT_PR,
		severity: "notice",
		message: reason
	}], {
		applies: false,
		author: ctx.author ?? ""
	}) };
}
// packages/config/lib/policy.js
const DEFAULT_POLICY_PATH = ".github/agent-guards.yml";
const DEFAULT_MANIFEST_PATH = ".github/agent-manifest.yml";
const glob = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1, "a glob cannot be empty"));
const DependencyAllowlistSchema = described(/* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	npm: /* @__PURE__ */ _default(/* @__PURE__ */ array(glob), []),
	pypi: /* @__PURE__ */ _default(/* @__PURE__ */ array(glob), []),
	go: /* @__PURE__ */ _default(/* @__PURE__ */ array(glob), []),
	cargo: /* @__PURE__ */ _default(/* @__PURE__ */ array(glob), [])
}), {
	npm: [],
	pypi: [],
	go: [],
	cargo: []
}), "Dev dependencies the agent may add or change, per ecosystem (globs over package names).");
const SpecPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	path: described(/* @__PURE__ */ _default(/* @__PURE__ */ string(), "docs/agent-spec.md"), "The spec markdown, read at the PR base."),
	map: described(/* @__PURE__ */ optional(/* @__PURE__ */ string()), "Optional spec map (YAML) saying what a change addressing each section looks like."),
	require_map: described(/* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false), "Fail, rather than notice, when no map lets conformance be checked.")
}), {
	path: "docs/agent-spec.md",
	require_map: false
});
const COMMIT_TYPES = [
	"feat",
	"fix",
	"docs",
	"style",
	"refactor",
	"perf",
	"test",
	"build",
	"ci",
	"chore",
	"revert"
];
const CommitsPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	types: /* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[a-z][a-z0-9-]*$/))), [...COMMIT_TYPES]),
	require_scope: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	max_subject_length: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 100)
}), {
	types: [...COMMIT_TYPES],
	require_scope: false,
	max_subject_length: 100
});
const TestsPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	frameworks: /* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ _enum([
		"auto",
		"pytest",
		"unittest",
		"vitest",
		"jest",
		"mocha",
		"go",
		"junit",
		"rspec",
		"cargo"
	])), ["auto"]),
	collector: /* @__PURE__ */ _default(/* @__PURE__ */ _enum([
		"static",
		"runner",
		"both"
	]), "static")
}), {
	frameworks: ["auto"],
	collector: "static"
});
const ModelsByModeSchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	frame: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "claude-haiku-4-5"),
	plan: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "claude-sonnet-4-6"),
	implement: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "claude-sonnet-4-6"),
	review: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "claude-sonnet-4-6")
}), {
	frame: "claude-haiku-4-5",
	plan: "claude-sonnet-4-6",
	implement: "claude-sonnet-4-6",
	review: "claude-sonnet-4-6"
});
const ModelPriceSchema = /* @__PURE__ */ strictObject({
	input_per_mtok: (/* @__PURE__ */ number()).check(/* @__PURE__ */ _nonnegative()),
	output_per_mtok: (/* @__PURE__ */ number()).check(/* @__PURE__ */ _nonnegative()),
	cache_write_5m_multiplier: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _nonnegative()), 1.25),
	cache_write_1h_multiplier: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _nonnegative()), 2),
	cache_read_multiplier: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _nonnegative()), .1)
});
const IncidentPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	session_cost_usd: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 6),
	sustained_hours: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 24),
	daily_vs_7day_median: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 1.5),
	escalate_to: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []), "GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).")
}), {
	session_cost_usd: 6,
	sustained_hours: 24,
	daily_vs_7day_median: 1.5,
	escalate_to: []
});
const CostPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	soft_cap_tokens: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 15e4),
	hard_cap_tokens: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 3e5),
	max_cost_per_pr_usd: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 4.5),
	min_cache_hit_rate: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _gte(0), /* @__PURE__ */ _lte(1)), .8),
	cache_hit_rate_fails: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	weekly_budget_tokens: /* @__PURE__ */ optional(int().check(/* @__PURE__ */ _positive())),
	models: ModelsByModeSchema,
	prices: described(/* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string(), ModelPriceSchema), {}), "Per-model price overrides, USD per million tokens."),
	incident: IncidentPolicySchema,
	history_branch: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "agent-guards/cost-history")
}), {
	soft_cap_tokens: 15e4,
	hard_cap_tokens: 3e5,
	max_cost_per_pr_usd: 4.5,
	min_cache_hit_rate: .8,
	cache_hit_rate_fails: false,
	models: {
		frame: "claude-haiku-4-5",
		plan: "claude-sonnet-4-6",
		implement: "claude-sonnet-4-6",
		review: "claude-sonnet-4-6"
	},
	prices: {},
	incident: {
		session_cost_usd: 6,
		sustained_hours: 24,
		daily_vs_7day_median: 1.5,
		escalate_to: []
	},
	history_branch: "agent-guards/cost-history"
});
const BoundaryEdgeSchema = /* @__PURE__ */ strictObject({
	from: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)),
	to: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)),
	instead: /* @__PURE__ */ optional(/* @__PURE__ */ string())
});
const BoundariesPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	contexts: described(/* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string(), /* @__PURE__ */ array(glob)), {}), "Bounded contexts: name \u2192 path globs."),
	allow: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(BoundaryEdgeSchema), []), "Allowed edges between contexts; any other cross-context edge is forbidden."),
	forbid: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(BoundaryEdgeSchema), []), "Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client)."),
	type_only_imports: /* @__PURE__ */ _default(/* @__PURE__ */ _enum(["allow", "check"]), "allow")
}), {
	contexts: {},
	allow: [],
	forbid: [],
	type_only_imports: "allow"
});
const SANDBOX_MODES = ["bubblewrap", "none"];
const registryHost = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, "a host name such as registry.npmjs.org (optionally *.example.com or host:port)"), /* @__PURE__ */ refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), "an IP address is not a registry host: name the host"));
const DEFAULT_REGISTRIES = {
	npm: ["registry.npmjs.org", "registry.yarnpkg.com"],
	pypi: ["pypi.org", "files.pythonhosted.org"],
	go: ["proxy.golang.org", "sum.golang.org"],
	cargo: ["index.crates.io", "static.crates.io"]
};
const SandboxRegistriesSchema = described(/* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	npm: /* @__PURE__ */ _default(/* @__PURE__ */ array(registryHost), DEFAULT_REGISTRIES.npm),
	pypi: /* @__PURE__ */ _default(/* @__PURE__ */ array(registryHost), DEFAULT_REGISTRIES.pypi),
	go: /* @__PURE__ */ _default(/* @__PURE__ */ array(registryHost), DEFAULT_REGISTRIES.go),
	cargo: /* @__PURE__ */ _default(/* @__PURE__ */ array(registryHost), DEFAULT_REGISTRIES.cargo)
}), DEFAULT_REGISTRIES), "Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
const SANDBOX_DEFAULTS = {
	mode: "bubblewrap",
	read_only: [],
	memory_mb: 4096,
	max_processes: 512,
	max_file_size_mb: 1024,
	max_output_mb: 32,
	tmp_size_mb: 2048,
	registries: DEFAULT_REGISTRIES
};
const SandboxSettingsSchema = /* @__PURE__ */ strictObject({
	mode: described(/* @__PURE__ */ _default(/* @__PURE__ */ _enum(SANDBOX_MODES), "bubblewrap"), "bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
	read_only: described(/* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^(\/|~\/)/, "an absolute path or ~/\u2026"))), []), "Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/\u2026, the runner user\u2019s home)."),
	memory_mb: described(/* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 4096), "Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: described(/* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 512), "Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: described(/* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 1024), "Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: described(/* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 32), "Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: described(/* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 2048), "Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
const SandboxPolicySchema = described(/* @__PURE__ */ pipe(/* @__PURE__ */ _default(/* @__PURE__ */ union([/* @__PURE__ */ _enum(SANDBOX_MODES), SandboxSettingsSchema]), "bubblewrap"), /* @__PURE__ */ transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v)), "How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	test_command: described(/* @__PURE__ */ optional(/* @__PURE__ */ array(/* @__PURE__ */ string())), "argv of the service test command, e.g. [\"npm\",\"test\"] \u2014 no shell."),
	lint_command: /* @__PURE__ */ optional(/* @__PURE__ */ array(/* @__PURE__ */ string())),
	install_dev_dependency_command: /* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string(), /* @__PURE__ */ array(/* @__PURE__ */ string())), {}),
	command_timeout_seconds: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 600),
	max_test_attempts: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _positive()), 5),
	session_timeout_minutes: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 30),
	target_session_minutes: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 12),
	max_open_questions: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _nonnegative()), 2),
	branch_prefix: /* @__PURE__ */ _default(/* @__PURE__ */ string(), "agent/"),
	sandbox: SandboxPolicySchema
}), {
	install_dev_dependency_command: {},
	command_timeout_seconds: 600,
	max_test_attempts: 5,
	session_timeout_minutes: 30,
	target_session_minutes: 12,
	max_open_questions: 2,
	branch_prefix: "agent/",
	sandbox: SANDBOX_DEFAULTS
});
const PolicySchema = described(/* @__PURE__ */ strictObject({
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	version: /* @__PURE__ */ literal$1(1),
	agents: AgentsPolicySchema,
	guards: GuardsPolicySchema,
	protected_branches: /* @__PURE__ */ _default(/* @__PURE__ */ array(glob), [
		"main",
		"master",
		"release/*"
	]),
	forbidden_paths: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(glob), []), "Added to the built-in forbidden categories, never replacing them."),
	forbidden_exceptions: described(/* @__PURE__ */ _default(/* @__PURE__ */ partialRecord(/* @__PURE__ */ _enum(NARROWABLE_FORBIDDEN_CATEGORIES), /* @__PURE__ */ array(glob)), {}), "Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
	dependency_allowlist: DependencyAllowlistSchema,
	manifest: /* @__PURE__ */ _default(/* @__PURE__ */ string(), DEFAULT_MANIFEST_PATH),
	tickets_dir: /* @__PURE__ */ _default(/* @__PURE__ */ string(), ".agent/tickets"),
	spec: SpecPolicySchema,
	commits: CommitsPolicySchema,
	tests: TestsPolicySchema,
	cost: CostPolicySchema,
	boundaries: BoundariesPolicySchema,
	runner: RunnerPolicySchema,
	required_checks: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), [
		"manifest-scope",
		"skip-set",
		"spec-conformance",
		"cost-ceiling",
		"boundaries"
	]), "Status checks the protected branches must require (protection check).")
}), "agent-guards policy, owned by the platform team; read at the PR base commit.");
function defaultPolicy() {
	return PolicySchema.parse({ version: 1 });
}
// packages/config/lib/ticket.js
const ContextPacketSchema = described(/* @__PURE__ */ strictObject({
	acceptance_criteria: /* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []),
	edge_cases: /* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []),
	rules: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []), "Architectural rules that apply (e.g. \"events flow through the event bus\")."),
	golden_samples: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []), "Repo paths of reference implementations the change must follow."),
	shared: described(/* @__PURE__ */ optional(/* @__PURE__ */ string()), "Name of a context shared across tickets (kept in the stable, cached part of the prompt).")
}), "The context packet: live spec, architectural rules and golden samples.");
const TicketSchema = described(/* @__PURE__ */ strictObject({
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	id: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ticket ids are letters, digits, dot, dash and underscore")),
	title: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)),
	kind: /* @__PURE__ */ optional(/* @__PURE__ */ _enum([
		"bug-fix",
		"dependency-update",
		"test-addition",
		"refactor",
		"docs"
	])),
	spec: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string()), []), "The spec sections this ticket implements, e.g. [\"\u00A73.6\"]."),
	scope: /* @__PURE__ */ strictObject({
		include: (/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)))).check(/* @__PURE__ */ _minLength(1, "a ticket needs at least one include glob")),
		exclude: /* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1))), [])
	}),
	body: described(/* @__PURE__ */ _default(/* @__PURE__ */ string(), ""), "Free text; untrusted data for the agent, never instructions."),
	issue: described(/* @__PURE__ */ optional(int().check(/* @__PURE__ */ _positive())), "The ticket issue number, for escalation comments."),
	context: /* @__PURE__ */ optional(ContextPacketSchema)
}), "A ticket assigned to the agent; written by a human, read at the PR base commit.");
function resolveTicketPath(policy, from) {
	if (from.ticket) return from.ticket;
	const prefix = policy.runner.branch_prefix;
	if (from.headRef?.startsWith(prefix)) {
		const id = from.headRef.slice(prefix.length).replace(/-[0-9a-f]{8}$/, "");
		if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return `${policy.tickets_dir.replace(/\/+$/, "")}/${id}.yml`;
	}
	throw new ConfigurationError("no ticket to check the PR against.", {
		field: "ticket",
		fix: `set the 'ticket' input (or --ticket) to the ticket file, or name the branch '${prefix}<ticket-id>'; a PR that is not an agent's needs none while guards.manifest-scope.applies_to is agent-prs and the policy lists the agents (agents.logins).`
	});
}
// packages/config/lib/manifest.js
const MODES$2 = [
	"frame",
	"plan",
	"implement",
	"review"
];
const KNOWN_TOOLS = [
	"read_file",
	"list_dir",
	"grep",
	"read_dependency_graph",
	"ask_user_question",
	"run_tests",
	"run_linter",
	"read_test_output",
	"edit_file",
	"write_file",
	"delete_file",
	"git_commit",
	"git_diff",
	"git_log",
	"git_push_non_protected",
	"gh_pr_create",
	"gh_pr_comment",
	"install_dev_dependency"
];
const EXCLUDED_TOOLS = {
	unrestricted_shell: "no mode binds a generic shell (spec \u00A74, \u00A75)",
	git_push_protected: "no protected-branch push under any condition (spec \u00A75)",
	git_force_push: "no force-pushing, even to non-protected branches (spec \u00A75)",
	gh_pr_merge: "the agent cannot merge its own PRs (spec \u00A75)",
	gh_workflow_dispatch: "no triggering CI workflows manually (spec \u00A75)",
	npm_install_global: "no global package installs (spec \u00A74)",
	pip_install_user: "no global package installs (spec \u00A74)",
	cargo_install: "no global package installs (spec \u00A74)",
	internet_browse: "no web access (spec \u00A75, \u00A78)",
	internet_fetch: "no web access (spec \u00A75, \u00A78)"
};
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
function exclusionReason(tool) {
	const key = tool.toLowerCase();
	if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
	if (SHELL_LIKE.test(key)) return "a generic shell or command runner under another name (spec \u00A74: no unrestricted shell)";
	if (/force/.test(key) && /push/.test(key)) return EXCLUDED_TOOLS.git_force_push;
	if (/merge/.test(key) && /(pr|pull)/.test(key)) return EXCLUDED_TOOLS.gh_pr_merge;
	if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key)) return EXCLUDED_TOOLS.internet_fetch;
	if (/install/.test(key) && /(global|user|cargo)/.test(key)) return EXCLUDED_TOOLS.npm_install_global;
}
const DeleteFileEntry = /* @__PURE__ */ strictObject({
	name: /* @__PURE__ */ literal$1("delete_file"),
	scope: described(/* @__PURE__ */ literal$1("plan-named"), "delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = /* @__PURE__ */ union([(/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)), DeleteFileEntry]);
const ModeToolsSchema = /* @__PURE__ */ strictObject({
	inherit: /* @__PURE__ */ optional(/* @__PURE__ */ _enum(MODES$2)),
	read: /* @__PURE__ */ _default(/* @__PURE__ */ array(ToolEntry), []),
	write: /* @__PURE__ */ _default(/* @__PURE__ */ array(ToolEntry), [])
});
function entryName(entry) {
	return typeof entry === "string" ? entry : entry.name;
}
function manifestViolations(modes) {
	const out = [];
	for (const [mode, tools] of Object.entries(modes)) for (const entry of [...tools.read, ...tools.write]) {
		const name = entryName(entry);
		const excluded = exclusionReason(name);
		if (excluded) out.push({
			mode,
			tool: name,
			reason: excluded
		});
		else if (name === "delete_file" && typeof entry === "string") out.push({
			mode,
			tool: name,
			reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }"
		});
		else if (!KNOWN_TOOLS.includes(name)) out.push({
			mode,
			tool: name,
			reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(", ")}`
		});
	}
	return out;
}
described((/* @__PURE__ */ strictObject({
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	version: /* @__PURE__ */ literal$1(1),
	modes: /* @__PURE__ */ strictObject({
		frame: ModeToolsSchema,
		plan: ModeToolsSchema,
		implement: ModeToolsSchema,
		review: ModeToolsSchema
	})
})).check(/* @__PURE__ */ superRefine((manifest, ctx) => {
	for (const v of manifestViolations(manifest.modes)) ctx.addIssue({
		code: "custom",
		path: ["modes", v.mode],
		message: `tool '${v.tool}' is not allowed: ${v.reason}`
	});
	for (const mode of MODES$2) {
		const seen = /* @__PURE__ */ new Set([mode]);
		let next = manifest.modes[mode].inherit;
		while (next) {
			if (seen.has(next)) {
				ctx.addIssue({
					code: "custom",
					path: [
						"modes",
						mode,
						"inherit"
					],
					message: `inherit cycle through '${next}'`
				});
				break;
			}
			seen.add(next);
			next = manifest.modes[next].inherit;
		}
	}
})), "Tool manifest by mode (spec \u00A75); read at the PR base commit.");
// packages/git/lib/run-git.js
var GitError = class extends Error {
	args;
	exitCode;
	stderr;
	constructor(message, args, exitCode, stderr) {
		super(message);
		this.args = args;
		this.exitCode = exitCode;
		this.stderr = stderr;
		this.name = "GitError";
	}
};
async function runGit(repo, args, options = {}) {
	const out = [];
	const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
	return {
		stdout: Buffer.concat(out),
		stderr,
		exitCode
	};
}
function streamGit(repo, args, onStdout, options = {}) {
	const ok = options.okExitCodes ?? [0];
	return new Promise((resolve, reject) => {
		const child = spawnGit(repo, args, options);
		const err = [];
		let failure;
		child.stdout.on("data", (b) => {
			if (failure !== void 0) return;
			try {
				onStdout(b);
			} catch (error) {
				failure = error;
				child.kill();
			}
		});
		child.stderr.on("data", (b) => err.push(b));
		child.on("error", (e) => reject(new GitError(`cannot run git: ${e.message}`, args, null, "")));
		child.on("close", (code) => {
			if (failure !== void 0) {
				reject(failure);
				return;
			}
			const stderr = Buffer.concat(err).toString("utf8");
			const exitCode = code ?? -1;
			if (!ok.includes(exitCode)) {
				reject(new GitError(`git ${args.join(" ")} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
				return;
			}
			resolve({
				stderr,
				exitCode
			});
		});
		child.stdin.on("error", () => void 0);
		child.stdin.end(options.input ?? "");
	});
}
function spawnGit(repo, args, options = {}) {
	return spawn("git", [
		"-C",
		repo,
		"-c",
		"core.quotepath=off",
		"-c",
		"core.fsmonitor=false",
		"-c",
		"core.hooksPath=/dev/null",
		...args
	], {
		env: {
			...options.inheritEnv === false ? {} : withoutSecrets(process.env, ["SSH_AUTH_SOCK"]),
			...options.env,
			GIT_TERMINAL_PROMPT: "0",
			GIT_PAGER: "cat",
			GIT_EXTERNAL_DIFF: "",
			GIT_CONFIG_NOSYSTEM: "1",
			LC_ALL: "C"
		},
		stdio: [
			"pipe",
			"pipe",
			"pipe"
		]
	});
}
async function gitText(repo, args, options = {}) {
	return (await runGit(repo, args, options)).stdout.toString("utf8");
}
// packages/git/lib/memo.js
const MAX_ENTRIES = 2e4;
const MAX_BYTES = 67108864;
const entries = /* @__PURE__ */ new Map();
let keptBytes = 0;
const FULL_SHA$1 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isFullSha(rev) {
	return FULL_SHA$1.test(rev);
}
const PEELED = "^{commit}";
function isImmutableObjectName(name) {
	return isFullSha(revisionOfName(name));
}
function revisionOfName(name) {
	const colon = name.indexOf(":");
	if (colon >= 0) return name.slice(0, colon);
	return name.endsWith("^{commit}") ? name.slice(0, -9) : name;
}
function questionKey(repo, question, ...names) {
	return [
		repoPath(repo),
		question,
		...names
	].join("\0");
}
function repoPath(repo) {
	if (!isAbsolute(repo)) return resolve(repo);
	let path = resolvedRepos.get(repo);
	if (path === void 0) {
		path = resolve(repo);
		resolvedRepos.set(repo, path);
	}
	return path;
}
const resolvedRepos = /* @__PURE__ */ new Map();
function remembered(key, ask, options = {}) {
	const hit = entries.get(key);
	if (hit) return hit.value;
	const value = ask();
	const entry = {
		value,
		bytes: 0
	};
	entries.set(key, entry);
	value.then((answer) => {
		if (entries.get(key) !== entry) return;
		if (options.keep && !options.keep(answer)) {
			entries.delete(key);
			return;
		}
		entry.bytes = options.bytes?.(answer) ?? 0;
		keptBytes += entry.bytes;
		trim();
	}, () => {
		if (entries.get(key) === entry) entries.delete(key);
	});
	trim();
	return value;
}
function isRemembered(key) {
	return entries.has(key);
}
function trim() {
	for (const [key, entry] of entries) {
		if (entries.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) return;
		entries.delete(key);
		keptBytes -= entry.bytes;
	}
}
function stringBytes(strings) {
	let n = 0;
	for (const s of strings) n += 2 * s.length + 16;
	return n;
}
// packages/git/lib/cat-file.js
const objectIds = /* @__PURE__ */ new WeakMap();
function objectIdOf(object) {
	return objectIds.get(object);
}
function catFileBatch(repo, names, onObject) {
	if (names.length === 0) return Promise.resolve();
	const key = resolve(repo);
	const kept = keptOpen.get(key);
	if (kept && !kept.busy()) return kept.read(names, onObject, false);
	const git = new CatFileProcess(repo, () => keptOpen.get(key) === git && keptOpen.delete(key));
	if (!kept) keptOpen.set(key, git);
	return git.read(names, onObject, kept !== void 0);
}
const keptOpen = /* @__PURE__ */ new Map();
const IDLE_MS = 500;
const END_OF_BATCH = `agent-guards-end-of-batch-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const END_LINE = Buffer.from(`${END_OF_BATCH} missing\n`);
const outOfStep = () => new GitError("git cat-file --batch wrote answers out of step with the names asked (is an object in the clone corrupt? `git fsck` says)", ["cat-file", "--batch"], null, "");
var CatFileProcess = class {
	onEnd;
	child;
	batches = [];
	tail = Buffer.alloc(0);
	stderr = [];
	idle;
	ended = false;
	constructor(repo, onEnd) {
		this.onEnd = onEnd;
		this.child = spawnGit(repo, ["cat-file", "--batch"]);
		this.child.stdout.on("data", (chunk) => this.take(chunk));
		this.child.stderr.on("data", (chunk) => this.stderr.push(chunk));
		this.child.stdin.on("error", () => void 0);
		this.child.on("error", (e) => this.fail(new GitError(`cannot run git: ${e.message}`, ["cat-file", "--batch"], null, "")));
		this.child.on("close", (code) => {
			const stderr = Buffer.concat(this.stderr).toString("utf8");
			this.fail(new GitError(`git cat-file --batch ended (exit ${code ?? -1}) before it answered every name: ${stderr.trim()}`, ["cat-file", "--batch"], code, stderr));
		});
	}
	busy() {
		return this.batches.some((b) => b.parser.awaiting() > 1);
	}
	read(names, onObject, last) {
		clearTimeout(this.idle);
		this.hold(true);
		return new Promise((done, fail) => {
			let inStep = false;
			const parser = new CatFileOutput([...names, END_OF_BATCH], (name, object) => {
				if (name === END_OF_BATCH) inStep = object === void 0;
				else onObject(name, object);
			});
			this.batches.push({
				parser,
				inStep: () => inStep,
				done,
				fail
			});
			this.child.stdin.write(`${names.join("\n")}\n${END_OF_BATCH}\n`);
			if (last) this.close();
		});
	}
	take(chunk) {
		let chunks = [chunk];
		try {
			while (chunks.length > 0 && this.batches.length > 0) {
				const batch = this.batches[0];
				let ends = false;
				for (const c of chunks) {
					batch.parser.push(c);
					ends = this.endsBatch(c);
				}
				if (!batch.parser.done()) {
					if (ends) throw outOfStep();
					return;
				}
				if (!batch.inStep()) throw outOfStep();
				this.batches.shift();
				this.tail = Buffer.alloc(0);
				batch.done();
				chunks = batch.parser.rest();
			}
			if (chunks.length > 0) throw outOfStep();
		} catch (error) {
			this.fail(error);
			this.child.kill();
			return;
		}
		if (this.batches.length > 0) return;
		this.hold(false);
		this.idle = setTimeout(() => this.close(), IDLE_MS);
		this.idle.unref();
	}
	endsBatch(chunk) {
		const n = END_LINE.length;
		const last = chunk.length >= n ? chunk : Buffer.concat([this.tail, chunk]);
		this.tail = last.subarray(Math.max(0, last.length - (n - 1)));
		return last.length >= n && last.subarray(last.length - n).equals(END_LINE);
	}
	hold(ref) {
		const pipes = [
			this.child.stdin,
			this.child.stdout,
			this.child.stderr
		];
		for (const handle of [this.child, ...pipes]) if (ref) handle.ref();
		else handle.unref();
	}
	close() {
		this.retire();
		this.child.stdin.end();
	}
	retire() {
		if (this.ended) return;
		this.ended = true;
		clearTimeout(this.idle);
		this.onEnd();
	}
	fail(error) {
		this.retire();
		for (const batch of this.batches.splice(0)) batch.fail(error);
	}
};
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:blob|tree|commit|tag) (\d+)$/;
var CatFileOutput = class {
	names;
	onObject;
	chunks = [];
	buffered = 0;
	next = 0;
	header;
	constructor(names, onObject) {
		this.names = names;
		this.onObject = onObject;
	}
	done() {
		return this.next === this.names.length;
	}
	awaiting() {
		return this.names.length - this.next;
	}
	rest() {
		this.buffered = 0;
		return this.chunks.splice(0);
	}
	push(chunk) {
		this.chunks.push(chunk);
		this.buffered += chunk.length;
		while (this.next < this.names.length) {
			if (!this.header) {
				const line = this.line();
				if (line === void 0) return;
				if (line.endsWith(" missing") || line.endsWith(" ambiguous")) {
					this.onObject(this.names[this.next++], void 0);
					continue;
				}
				const header = HEADER.exec(line);
				if (!header) throw outOfStep();
				this.header = {
					oid: header[1],
					size: Number.parseInt(header[2], 10)
				};
			}
			const { oid, size } = this.header;
			if (this.buffered < size + 1) return;
			const taken = this.take(size + 1);
			if (taken[size] !== 10) throw outOfStep();
			const object = taken.subarray(0, size);
			this.header = void 0;
			objectIds.set(object, oid);
			this.onObject(this.names[this.next++], object);
		}
	}
	line() {
		let length = 0;
		for (const c of this.chunks) {
			const eol = c.indexOf(10);
			if (eol >= 0) return this.take(length + eol + 1).toString("utf8", 0, length + eol);
			length += c.length;
		}
	}
	take(n) {
		this.buffered -= n;
		const first = this.chunks[0];
		if (first.length > n) {
			this.chunks[0] = first.subarray(n);
			return first.subarray(0, n);
		}
		if (first.length === n) return this.chunks.shift();
		const out = Buffer.allocUnsafe(n);
		let at = 0;
		while (at < n) {
			const c = this.chunks[0];
			const part = Math.min(c.length, n - at);
			c.copy(out, at, 0, part);
			at += part;
			if (part === c.length) this.chunks.shift();
			else this.chunks[0] = c.subarray(part);
		}
		return out;
	}
};
// packages/git/lib/objects.js
async function readObjects(repo, names, onObject) {
	const unique = [...new Set(names)];
	if (unique.length === 0) return /* @__PURE__ */ new Map();
	for (const n of unique) if (n.includes("\n")) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
	const prefix = questionKey(repo, "object", "");
	const key = (name) => prefix + name;
	const listings = listingsOf(repo, unique);
	const ids = listings ? await listings : void 0;
	const answers = /* @__PURE__ */ new Map();
	for (const name of unique) if (isImmutableObjectName(name) && isRemembered(key(name))) answers.set(name, remembered(key(name), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
	const toRead = unique.filter((name) => !answers.has(name));
	if (toRead.length > 0) {
		const asRead = (name) => ids?.get(name) ?? name;
		const batch = readSoon(repo, toRead.map(asRead));
		for (const name of toRead) {
			const read = () => batch.get(asRead(name)).then((object) => {
				rememberById(repo, name, object);
				if (object !== void 0) noteFound(repo, name, object);
				return object;
			});
			const keep = (b) => b !== void 0 || name.includes(":") && treeHere(repo, name);
			answers.set(name, isImmutableObjectName(name) ? remembered(key(name), read, {
				bytes: (b) => (b?.length ?? 0) + 64,
				keep
			}) : read());
		}
	}
	const values = await Promise.all(unique.map((name) => onObject ? answers.get(name).then((object) => (onObject(name, object), object)) : answers.get(name)));
	return new Map(unique.map((name, i) => [name, values[i]]));
}
const blobIds = /* @__PURE__ */ new Map();
function listingsOf(repo, names) {
	if (blobIds.size === 0) return void 0;
	const byCommit = /* @__PURE__ */ new Map();
	for (const name of names) {
		const colon = name.indexOf(":");
		if (colon < 0) continue;
		const commit = name.slice(0, colon);
		if (byCommit.has(commit)) continue;
		const ids = blobIds.get(questionKey(repo, "blob-ids", commit));
		if (ids) byCommit.set(commit, ids);
	}
	if (byCommit.size === 0) return void 0;
	return Promise.all([...byCommit].map(async ([commit, ids]) => {
		return [commit, await ids];
	})).then((listed) => {
		const out = /* @__PURE__ */ new Map();
		const of = new Map(listed);
		for (const name of names) {
			const colon = name.indexOf(":");
			const oid = colon < 0 ? void 0 : of.get(name.slice(0, colon))?.get(name.slice(colon + 1));
			if (oid) out.set(name, oid);
		}
		return out;
	});
}
function noteFound(repo, name, object) {
	const sha = revisionOfName(name);
	if (sha === name || !isFullSha(sha)) return;
	remembered(questionKey(repo, "tree-here", sha), () => Promise.resolve(true));
	if (!name.includes(":")) remembered(questionKey(repo, "commit", sha), () => Promise.resolve(objectIdOf(object) ?? sha));
}
function treeHere(repo, name) {
	return isRemembered(questionKey(repo, "tree-here", revisionOfName(name)));
}
function rememberById(repo, name, object) {
	const oid = object && objectIdOf(object);
	if (!oid || oid === name || !isImmutableObjectName(name)) return;
	const key = questionKey(repo, "object", oid);
	if (!isRemembered(key)) remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}
function pending() {
	let resolve;
	let reject;
	return {
		promise: new Promise((res, rej) => {
			resolve = res;
			reject = rej;
		}),
		resolve,
		reject
	};
}
const batches = /* @__PURE__ */ new Map();
function readSoon(repo, names) {
	const key = resolve(repo);
	let next = batches.get(key);
	if (!next) {
		const queued = /* @__PURE__ */ new Map();
		next = queued;
		batches.set(key, queued);
		setImmediate(() => {
			batches.delete(key);
			catFileBatch(repo, [...queued.keys()], (name, object) => queued.get(name).resolve(object)).then(() => {
				for (const p of queued.values()) p.reject(/* @__PURE__ */ new Error("cat-file answered no object for a name"));
			}, (e) => {
				for (const p of queued.values()) p.reject(e);
			});
		});
	}
	const out = /* @__PURE__ */ new Map();
	for (const name of names) {
		let p = next.get(name);
		if (!p) {
			p = pending();
			p.promise.catch(() => void 0);
			next.set(name, p);
		}
		out.set(name, p.promise);
	}
	return out;
}
async function readFileAt(repo, rev, path, role = "base") {
	const file = `${rev}:${path}`;
	const commit = `${rev}${PEELED}`;
	const objects = await readObjects(repo, [commit, file]);
	const text = objects.get(file);
	if (text !== void 0) return text.toString("utf8");
	if (objects.get(commit) === void 0) await resolveCommit(repo, rev, role);
}
// packages/git/lib/trees.js
const TREE_MODE = "040000";
const MODES$1 = /* @__PURE__ */ new Map([
	["100644", "100644"],
	["100755", "100755"],
	["120000", "120000"],
	["160000", "160000"],
	["40000", TREE_MODE]
]);
function idBytesOf(sha) {
	return sha.length / 2;
}
function parseTreeObject(tree, idBytes, oid) {
	const out = [];
	let pos = 0;
	while (pos < tree.length) {
		const space = tree.indexOf(32, pos);
		const nul = space < 0 ? -1 : tree.indexOf(0, space + 1);
		if (nul < 0 || nul + 1 + idBytes > tree.length) throw malformed(oid);
		const digits = tree.toString("latin1", pos, space);
		out.push({
			mode: MODES$1.get(digits) ?? digits.padStart(6, "0"),
			name: tree.toString("utf8", space + 1, nul),
			oid: tree.toString("hex", nul + 1, nul + 1 + idBytes)
		});
		pos = nul + 1 + idBytes;
	}
	return out;
}
const malformed = (oid) => new GitError(`git cat-file --batch gave a tree ${oid} that does not parse (is the clone corrupt? \`git fsck\` says)`, ["cat-file", "--batch"], null, "");
function parseCommitObject(id, commit) {
	const end = commit.indexOf("\n\n");
	const lines = commit.toString("utf8", 0, end < 0 ? commit.length : end).split("\n");
	const tree = lines[0]?.startsWith("tree ") ? lines[0].slice(5) : void 0;
	const parents = [];
	let author;
	let committedAt;
	let encoding;
	for (const line of lines) if (line.startsWith("parent ")) parents.push(line.slice(7));
	else if (line.startsWith("author ")) author = line.slice(7);
	else if (line.startsWith("committer ")) committedAt = Number(/> (\d+) [+-]\d{4}$/.exec(line)?.[1]);
	else if (line.startsWith("encoding ")) encoding = line.slice(9);
	if (tree === void 0 || author === void 0 || committedAt === void 0 || Number.isNaN(committedAt)) return void 0;
	const message = end < 0 ? "" : commit.toString("utf8", end + 2);
	return {
		id,
		tree,
		parents,
		author,
		committedAt,
		message,
		...encoding === void 0 ? {} : { encoding }
	};
}
async function commitObjects(repo, shas) {
	const names = shas.map((sha) => `${sha}${PEELED}`);
	const objects = await readObjects(repo, names);
	return names.map((name) => {
		const object = objects.get(name);
		const id = object && objectIdOf(object);
		return id ? parseCommitObject(id, object) : void 0;
	});
}
const TREE_BUDGET = 2048;
const parsedTrees = /* @__PURE__ */ new WeakMap();
async function readTrees(repo, oids) {
	const objects = await readObjects(repo, oids);
	const out = /* @__PURE__ */ new Map();
	for (const [oid, object] of objects) {
		if (object === void 0) return void 0;
		let entries = parsedTrees.get(object);
		if (!entries) {
			entries = parseTreeObject(object, idBytesOf(oid), oid);
			parsedTrees.set(object, entries);
		}
		out.set(oid, entries);
	}
	return out;
}
async function walkFolders(repo, root, treesOf, visit) {
	let level = [root];
	let read = 0;
	while (level.length > 0) {
		const oids = level.flatMap(treesOf);
		read += oids.length;
		if (read > TREE_BUDGET) return void 0;
		const trees = await readTrees(repo, oids);
		if (!trees) return void 0;
		const next = [];
		for (const folder of level) {
			const subfolders = visit(folder, (oid) => trees.get(oid));
			if (!subfolders) return void 0;
			next.push(...subfolders);
		}
		level = next;
	}
	const out = [];
	const flatten = (folder) => {
		for (const f of folder.found) if ("found" in f) flatten(f);
		else out.push(f);
	};
	flatten(root);
	return out;
}
const FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
const sameType = (was, now) => FILE_MODES.has(was) && FILE_MODES.has(now) || was === now && (was === "120000" || was === "160000");
async function modificationsBetween(repo, from, to) {
	const [before, after] = await commitObjects(repo, [from, to]);
	if (!before || !after) return void 0;
	if (before.tree === after.tree) return [];
	return walkFolders(repo, {
		prefix: "",
		before: before.tree,
		after: after.tree,
		found: []
	}, (pair) => [pair.before, pair.after], (pair, tree) => {
		const was = new Map(tree(pair.before).map((e) => [entryKey(e), e]));
		const subfolders = [];
		for (const now of tree(pair.after)) {
			const key = entryKey(now);
			const old = was.get(key);
			if (!old) return void 0;
			was.delete(key);
			if (old.oid === now.oid && old.mode === now.mode) continue;
			const path = pair.prefix + now.name;
			if (now.mode === TREE_MODE) {
				const folder = {
					prefix: `${path}/`,
					before: old.oid,
					after: now.oid,
					found: []
				};
				pair.found.push(folder);
				subfolders.push(folder);
			} else if (sameType(old.mode, now.mode)) pair.found.push({
				path,
				oldMode: old.mode,
				newMode: now.mode,
				oldSha: old.oid,
				newSha: now.oid
			});
			else return;
		}
		return was.size > 0 ? void 0 : subfolders;
	});
}
const entryKey = (e) => e.mode === TREE_MODE ? `${e.name}/` : e.name;
const CLOCK_SKEW_S = 3600;
async function baseAmongAncestors(repo, base, head) {
	const [b, h] = await commitObjects(repo, [base, head]);
	if (!b || !h) return void 0;
	if (b.id === h.id) return b.id;
	const seen = /* @__PURE__ */ new Set([h.id]);
	let frontier = h.parents;
	let read = 0;
	while (frontier.length > 0) {
		if (frontier.includes(b.id)) return b.id;
		const unread = [...new Set(frontier)].filter((id) => !seen.has(id));
		read += unread.length;
		if (read > 32) return void 0;
		frontier = [];
		for (const commit of await commitObjects(repo, unread)) {
			if (!commit) return void 0;
			seen.add(commit.id);
			if (commit.committedAt + CLOCK_SKEW_S >= b.committedAt) frontier.push(...commit.parents);
		}
	}
}
// packages/git/lib/revisions.js
async function isShallowRepository(repo) {
	const gitDir = cloneGitDir(repo);
	if (gitDir) return existsSync(join(gitDir, "shallow"));
	return (await gitText(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
function cloneGitDir(repo) {
	const gitDir = join(repo, ".git");
	if (process.env.GIT_DIR || process.env.GIT_COMMON_DIR || !existsSync(join(gitDir, "HEAD")) || existsSync(join(gitDir, "commondir"))) return void 0;
	return gitDir;
}
function historyAsStored(repo) {
	const gitDir = cloneGitDir(repo);
	return gitDir !== void 0 && !process.env.GIT_GRAFT_FILE && !existsSync(join(gitDir, "shallow")) && !existsSync(join(gitDir, "info", "grafts"));
}
const REVISION = /^[^\s-][^\s]*$/;
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function resolveCommits(repo, revisions) {
	if (revisions.every(([rev]) => isFullSha(rev))) {
		const key = (rev) => questionKey(repo, "commit", rev);
		const answers = /* @__PURE__ */ new Map();
		for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
		const unknown = revisions.filter(([rev]) => !answers.has(rev)).map(([rev]) => rev);
		if (unknown.length > 0) {
			const reading = commitObjects(repo, unknown).then((commits) => commits.map((c) => c?.id));
			unknown.forEach((rev, i) => answers.set(rev, remembered(key(rev), () => reading.then((ids) => ids[i]), { keep: (id) => id !== void 0 })));
		}
		return (await Promise.allSettled(revisions.map(async ([rev, role]) => await answers.get(rev) ?? resolveCommitInGit(repo, rev, role)))).map((r) => {
			if (r.status === "rejected") throw r.reason;
			return r.value;
		});
	}
	return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
	if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
		const result = await runGit(repo, ["rev-parse", ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
		const lines = result.stdout.toString("utf8").trim().split("\n");
		if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line))) return lines;
	}
	return (await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)))).map((r) => {
		if (r.status === "rejected") throw r.reason;
		return r.value;
	});
}
function resolveCommit(repo, rev, role) {
	return isFullSha(rev) ? resolveCommits(repo, [[rev, role]]).then(([sha]) => sha) : resolveCommitInGit(repo, rev, role);
}
async function resolveCommitInGit(repo, rev, role) {
	if (!REVISION.test(rev)) throw new ConfigurationError(`'${rev}' is not a revision.`, {
		field: role,
		fix: "pass a commit SHA or ref name."
	});
	try {
		return (await gitText(repo, [
			"rev-parse",
			"--verify",
			"--end-of-options",
			`${rev}^{commit}`
		])).trim();
	} catch (error) {
		if (error instanceof GitError && error.exitCode !== null) {
			const shallow = await isShallowRepository(repo).catch(() => false);
			throw new ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
				field: role,
				fix: shallow ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present." : "fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0."
			});
		}
		throw error;
	}
}
async function mergeBase(repo, base, head, prCommits) {
	if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, "merge-base", base, head), () => mergeBaseOfShas(repo, base, head, prCommits));
	return mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseOfShas(repo, base, head, prCommits) {
	return (historyAsStored(repo) ? await baseAmongAncestors(repo, base, head).catch(() => void 0) : void 0) ?? mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
	const result = await runGit(repo, [
		"merge-base",
		base,
		head
	], { okExitCodes: [0, 1] });
	const sha = result.stdout.toString("utf8").trim();
	if (result.exitCode === 0 && sha) return sha;
	const shallow = await isShallowRepository(repo);
	const depth = prCommits !== void 0 ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : "";
	throw new ConfigurationError(shallow ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.` : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`, {
		field: "fetch-depth",
		fix: shallow ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.` : "compare a head that was branched from the base."
	});
}
const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
async function resolveRange(repo, base, head, prCommits) {
	const pair = [[base, "base"], [head, "head"]];
	if (FULL_SHA.test(base) && FULL_SHA.test(head)) try {
		return {
			base,
			head,
			mergeBase: await mergeBase(repo, base, head, prCommits)
		};
	} catch (error) {
		await resolveCommits(repo, pair);
		throw error;
	}
	const [baseSha, headSha] = await resolveCommits(repo, pair);
	return {
		base: baseSha,
		head: headSha,
		mergeBase: await mergeBase(repo, baseSha, headSha, prCommits)
	};
}
// packages/git/lib/changed-files.js
const STATUS = {
	A: "added",
	M: "modified",
	D: "deleted",
	R: "renamed",
	C: "copied",
	T: "type-changed",
	U: "unmerged",
	X: "unknown"
};
function kindOfMode(mode) {
	switch (mode) {
		case "000000": return "none";
		case "120000": return "symlink";
		case "160000": return "submodule";
		case "100755": return "executable";
		default: return "file";
	}
}
const MODES = [
	"100644",
	"100755",
	"120000",
	"160000",
	"000000",
	"040000"
];
function modeAt(text, start) {
	for (const mode of MODES) if (text.startsWith(mode, start)) return mode;
	return text.slice(start, start + 6);
}
var RawDiffParser = class {
	rest = "";
	decoder = new StringDecoder("utf8");
	push(chunk) {
		const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
		const files = [];
		let pos = 0;
		if (this.rest !== "") {
			let cut = -1;
			for (let k = 0; k < 3; k += 1) {
				const nul = text.indexOf("\0", cut + 1);
				if (nul < 0) break;
				cut = nul;
			}
			const end = parseRecords(this.rest + text.slice(0, cut + 1), 0, files);
			if (end < this.rest.length) {
				this.rest += text;
				return files;
			}
			pos = end - this.rest.length;
		}
		pos = parseRecords(text, pos, files);
		this.rest = pos < text.length ? text.slice(pos) : "";
		return files;
	}
	end() {
		const files = this.push(this.decoder.end());
		if (this.rest !== "") throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
		return files;
	}
};
function parseRecords(text, pos, files) {
	const n = text.length;
	while (pos < n) {
		if (text.charCodeAt(pos) === 0) {
			pos += 1;
			continue;
		}
		if (text.charCodeAt(pos) !== 58) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
		const metaEnd = text.indexOf("\0", pos);
		if (metaEnd < 0) return pos;
		const firstEnd = text.indexOf("\0", metaEnd + 1);
		if (firstEnd < 0) return pos;
		const s3 = text.indexOf(" ", pos + 15);
		const s4 = text.indexOf(" ", s3 + 1);
		if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
		const status = STATUS[text.charAt(s4 + 1)] ?? "unknown";
		const twoPaths = status === "renamed" || status === "copied";
		const secondEnd = twoPaths ? text.indexOf("\0", firstEnd + 1) : firstEnd;
		if (secondEnd < 0) return pos;
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
			newKind: kindOfMode(newMode)
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
async function diffTree(repo, from, to) {
	if (isFullSha(from) && isFullSha(to)) return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
	return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
	const all = [];
	await listing(repo, from, to)((files) => {
		for (const f of files) all.push(f);
	});
	return all;
}
const diffKey = (repo, from, to) => questionKey(repo, "diff-tree", from, to);
const diffBytes = (files) => stringBytes(files.map((f) => f.path)) + 400 * files.length;
async function streamDiffTree(repo, from, to, onFiles) {
	if (isFullSha(from) && isFullSha(to) && isRemembered(diffKey(repo, from, to))) {
		const files = await diffTree(repo, from, to);
		if (files.length > 0) onFiles(files);
		return files.length;
	}
	let count = 0;
	await listing(repo, from, to)((files) => {
		count += files.length;
		if (files.length > 0) onFiles(files);
	});
	return count;
}
const diffTreeArgs = (from, to) => [
	"diff-tree",
	"-r",
	"-z",
	"--raw",
	"--no-abbrev",
	"--no-commit-id",
	"--no-ext-diff",
	"--no-textconv",
	"--ignore-submodules=none",
	"-M",
	"-C",
	from,
	to
];
const early = /* @__PURE__ */ new Map();
function listing(repo, from, to) {
	const key = diffKey(repo, from, to);
	const started = early.get(key);
	early.delete(key);
	return started ?? startListing(repo, from, to);
}
function startListing(repo, from, to) {
	const inPlace = isFullSha(from) && isFullSha(to) ? modificationsBetween(repo, from, to).catch(() => void 0) : Promise.resolve(void 0);
	const fromGit = inPlace.then((changes) => changes ? void 0 : startDiffTreeProcess(repo, from, to));
	return async (take) => {
		const changes = await inPlace;
		if (changes) {
			take(changes.map(modified));
			return;
		}
		await (await fromGit)(take);
	};
}
function modified(change) {
	return {
		status: "modified",
		...change,
		oldKind: kindOfMode(change.oldMode),
		newKind: kindOfMode(change.newMode)
	};
}
function startDiffTreeProcess(repo, from, to) {
	const parser = new RawDiffParser();
	const waiting = [];
	let reader;
	const listing = streamGit(repo, diffTreeArgs(from, to), (chunk) => reader ? reader(chunk) : waiting.push(chunk));
	listing.catch(() => void 0);
	return async (take) => {
		const read = (chunk) => take(parser.push(chunk));
		try {
			for (const chunk of waiting.splice(0)) read(chunk);
		} catch (error) {
			reader = () => void 0;
			throw error;
		}
		reader = read;
		await listing;
		take(parser.end());
	};
}
function startDiffTree(repo, from, to) {
	if (!isFullSha(from) || !isFullSha(to)) return;
	const key = diffKey(repo, from, to);
	if (early.has(key) || isRemembered(key)) return;
	early.set(key, startListing(repo, from, to));
}
function startPullRequestRange(repo, base, head, options) {
	if (!isFullSha(base) || !isFullSha(head)) return;
	setImmediate(() => resolveRange(repo, base, head, options.prCommits).then((range) => {
		if (options.readers === "one") startDiffTree(repo, range.mergeBase, range.head);
		else diffTree(repo, range.mergeBase, range.head).catch(() => void 0);
	}, () => void 0));
}
// packages/config/lib/did-you-mean.js
function editDistance(a, b) {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
	for (let i = 1; i < rows; i += 1) for (let j = 1; j < cols; j += 1) {
		const cost = a[i - 1] === b[j - 1] ? 0 : 1;
		let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
		d[i][j] = best;
	}
	return d[a.length][b.length];
}
function closestName(word, known) {
	const fold = (s) => s.toLowerCase().replace(/-/g, "_");
	const folded = fold(word);
	const limit = Math.max(2, Math.floor(word.length / 3));
	let best;
	for (const name of known) {
		const distance = editDistance(folded, fold(name));
		if (distance <= limit && (!best || distance < best.distance)) best = {
			name,
			distance
		};
	}
	return best?.name;
}
// packages/config/lib/config-problems.js
function defOf(schema) {
	return schema?._zod?.def;
}
function schemasAt(schema, path) {
	let current = [schema];
	for (const key of path) current = current.flatMap(unwrap).flatMap((s) => {
		const def = defOf(s);
		if (def.type === "object") return def.shape?.[String(key)] ? [def.shape[String(key)]] : [];
		if (def.type === "record") return def.valueType ? [def.valueType] : [];
		if (def.type === "array") return def.element ? [def.element] : [];
		return [];
	});
	return current.flatMap(unwrap);
}
function unwrap(schema) {
	const def = defOf(schema);
	if (!def) return [];
	switch (def.type) {
		case "default":
		case "prefault":
		case "optional":
		case "nullable":
		case "readonly":
		case "catch": return def.innerType ? unwrap(def.innerType) : [];
		case "pipe": return def.in ? unwrap(def.in) : [];
		case "union": return (def.options ?? []).flatMap(unwrap);
		default: return [schema];
	}
}
function knownKeys(schema, path) {
	const keys = /* @__PURE__ */ new Set();
	for (const s of schemasAt(schema, path)) {
		const def = defOf(s);
		if (def.type === "object") Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
		if (def.type === "record") for (const k of unwrap(def.keyType)) Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
	}
	return [...keys];
}
function fieldPath(path) {
	return path.map(String).join(".") || "(top level)";
}
function configProblems(schema, issues, lineOf) {
	const problems = [];
	const add = (path, message) => {
		const line = lineOf(path);
		problems.push({
			field: fieldPath(path),
			...line ? { line } : {},
			message
		});
	};
	const visit = (issue, prefix) => {
		const path = [...prefix, ...issue.path];
		switch (issue.code) {
			case "unrecognized_keys": {
				const known = knownKeys(schema, path);
				for (const key of issue.keys) {
					const near = closestName(key, known);
					add([...path, key], near ? `unknown key '${key}'; did you mean '${near}'?` : `unknown key '${key}'; the keys here are: ${known.join(", ")}.`);
				}
				return;
			}
			case "invalid_value": {
				const allowed = issue.values.map(String);
				const given = valueAt(issue.input);
				const near = given !== void 0 ? closestName(given, allowed) : void 0;
				const list = allowed.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${allowed.join(", ")}`;
				if (issue.input === void 0) add(path, `missing: it is required (it ${list}).`);
				else add(path, `${given !== void 0 ? `'${given}' ` : ""}${list}${near ? `; did you mean '${near}'?` : "."}`);
				return;
			}
			case "invalid_union": {
				const shaped = issue.errors.filter((member) => member.length > 0 && !member.some(isWrongKind));
				if (shaped.length === 1) {
					shaped[0].forEach((i) => visit(i, path));
					return;
				}
				const wrong = issue.errors.flatMap((member) => member.filter(isWrongKind));
				const values = wrong.flatMap((i) => i.code === "invalid_value" ? i.values.map(String) : []);
				const forms = [...values.length > 0 ? [`one of ${values.join(", ")}`] : [], ...wrong.flatMap((i) => i.code === "invalid_type" ? [YAML_KINDS[i.expected] ?? `a ${i.expected}`] : [])];
				const given = valueAt(issue.input);
				const near = given !== void 0 ? closestName(given, values) : void 0;
				if (forms.length === 0) add(path, `${lowerFirst(issue.message)}.`);
				else add(path, `${given !== void 0 ? `'${given}' is` : "it is"} none of the accepted forms: ${forms.join("; or ")}${near ? `. Did you mean '${near}'?` : "."}`);
				return;
			}
			case "invalid_type":
				add(path, issue.input === void 0 ? `missing: it is required (${lowerFirst(issue.message.replace(/, received undefined$/, ""))}).` : `${lowerFirst(issue.message)}.`);
				return;
			default: add(path, `${lowerFirst(issue.message)}.`);
		}
	};
	for (const issue of issues) visit(issue, []);
	return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
const YAML_KINDS = {
	object: "a mapping (key: value lines)",
	array: "a list",
	string: "a string",
	number: "a number",
	boolean: "true or false"
};
function isWrongKind(issue) {
	return issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union");
}
function valueAt(input) {
	return typeof input === "string" || typeof input === "number" || typeof input === "boolean" ? String(input) : void 0;
}
function lowerFirst(text) {
	return text.replace(/^Invalid input: /, "").replace(/^./, (c) => c.toLowerCase());
}
// packages/config/lib/load.js
function lineOf(doc, counter, path) {
	let node = doc.contents;
	let line = rangeLine(node, counter);
	for (const key of path) if (isMap(node)) {
		const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
		if (!pair) break;
		line = rangeLine(pair.key, counter) ?? line;
		node = pair.value;
	} else if (isSeq(node) && typeof key === "number") {
		node = node.items[key];
		line = rangeLine(node, counter) ?? line;
	} else break;
	return line;
}
function rangeLine(node, counter) {
	const range = node?.range;
	return range ? counter.linePos(range[0]).line : void 0;
}
var ConfigFileError = class extends ConfigurationError {
	problems;
	singles;
	constructor(what, file, source, problems, fix) {
		const first = problems[0];
		super(first.message, {
			file,
			field: first.field,
			...first.line ? { line: first.line } : {},
			fix
		});
		this.name = "ConfigFileError";
		this.problems = problems;
		const field = (p) => p.field === "(top level)" ? "" : `field '${p.field}'`;
		const read = source.commit ? ` The ${what} was read at the base commit ${shortCommit(source.commit)}.` : "";
		this.singles = problems.map((p) => `${[`${file}${p.line ? `:${p.line}` : ""}`, field(p)].filter(Boolean).join(", ")}: ${p.message}${read} Fix: ${fix}`);
		if (problems.length === 1) this.message = this.singles[0];
		else {
			const lines = problems.map((p) => `  - ${[p.line ? `line ${p.line}` : "", field(p)].filter(Boolean).join(", ") || "the file"}: ${p.message}`);
			this.message = `${describeSource(file, what, source)} has ${problems.length} problems:\n${lines.join("\n")}\nFix: ${fix}`;
		}
	}
	reportedProblems() {
		const file = this.file;
		return this.problems.map((p, i) => ({
			message: this.singles[i],
			path: file,
			...p.line ? { line: p.line } : {}
		}));
	}
};
function parseConfig(text, file, schema, what, source = {}) {
	const counter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter: counter,
		prettyErrors: false,
		uniqueKeys: true
	});
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((e) => {
			const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
			return {
				field: "(top level)",
				...line ? { line } : {},
				message: `not valid YAML: ${e.message.split("\n")[0].replace(/\.$/, "")}.`
			};
		});
		throw new ConfigFileError(what, file, source, problems, `correct the YAML syntax at ${problems.length === 1 ? "that line" : "those lines"}.`);
	}
	const value = doc.toJS();
	const parsed = schema.safeParse(value ?? {}, { reportInput: true });
	if (!parsed.success) {
		const problems = configProblems(schema, parsed.error.issues, (path) => lineOf(doc, counter, path));
		const schemaName = CONFIG_SCHEMA_FILES[what];
		throw new ConfigFileError(what, file, source, problems, `correct ${problems.length === 1 ? "that field" : "each field"} as the schema says (${schemaName ? `schemas/${schemaName}` : "schemas/"} in the agent-guards repository; add '# yaml-language-server: $schema=\u2026' for checks in the editor).`);
	}
	return parsed.data;
}
const CONFIG_SCHEMA_FILES = {
	policy: "policy.schema.json",
	ticket: "ticket.schema.json",
	"tool manifest": "tool-manifest.schema.json",
	"spec map": "spec-map.schema.json"
};
async function loadPolicy(options) {
	const path = options.path ?? ".github/agent-guards.yml";
	const text = await readFileAt(options.repo, options.base, path);
	if (text === void 0) {
		if (options.path && options.path !== ".github/agent-guards.yml") throw new ConfigurationError(`the policy file does not exist at the base commit ${shortCommit(options.base)}.`, {
			file: path,
			fix: "commit the policy to the base branch, or pass the right --policy path."
		});
		options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
		return {
			policy: defaultPolicy(),
			path,
			found: false
		};
	}
	return {
		policy: parseConfig(text, path, PolicySchema, "policy", { commit: options.base }),
		path,
		found: true
	};
}
async function loadTicket(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
		file: options.path,
		fix: "commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted."
	});
	return parseConfig(text, options.path, TicketSchema, "ticket", { commit: options.base });
}
// packages/config/lib/guard-context.js
async function guardContext(inputs, logger, env = process.env) {
	const event = readPullRequestEvent(env);
	const { base, head } = resolveRevisions(inputs, event);
	const repo = inputs["working-directory"];
	const loading = loadPolicy({
		repo,
		base,
		path: inputs.policy,
		logger
	});
	startPullRequestRange(repo, base, head, {
		readers: "one",
		...event?.commits ? { prCommits: event.commits } : {}
	});
	const { policy } = await loading;
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
// packages/manifest-scope/lib/path-matcher.js
const MAGIC = /[*?[\]{}()!+@]/;
const literal = (segment) => !MAGIC.test(segment);
var PathMatcher = class {
	exact = /* @__PURE__ */ new Map();
	prefixes = /* @__PURE__ */ new Map();
	basenames = /* @__PURE__ */ new Map();
	extensions = /* @__PURE__ */ new Map();
	byPrefix = /* @__PURE__ */ new Map();
	bySegment = /* @__PURE__ */ new Map();
	global = [];
	dirs = /* @__PURE__ */ new Map();
	lastDir;
	lastInfo;
	globalGate;
	exactDirs = /* @__PURE__ */ new Set();
	nocase;
	order = 0;
	size;
	constructor(patterns, options = {}) {
		this.nocase = options.nocase ?? false;
		let size = 0;
		for (const [raw, tag] of patterns) for (const pattern of braceExpand(normalizePattern(raw))) {
			this.add(pattern, tag);
			size += 1;
		}
		this.size = size;
		this.globalGate = needleGate(this.global);
		for (const key of this.exact.keys()) this.exactDirs.add(key.includes("/") ? key.slice(0, key.lastIndexOf("/")) : "");
	}
	key(s) {
		return this.nocase ? s.toLowerCase() : s;
	}
	add(pattern, tag) {
		const segments = pattern.split("/");
		if (segments.every(literal)) {
			setFirst(this.exact, this.key(pattern), tag);
			return;
		}
		const last = segments[segments.length - 1];
		const head = segments.slice(0, -1);
		if (last === "**" && head.length > 0 && head.every(literal)) {
			setFirst(this.prefixes, this.key(head.join("/")), tag);
			return;
		}
		if (segments.length === 2 && segments[0] === "**" && literal(last)) {
			setFirst(this.basenames, this.key(last), tag);
			return;
		}
		if (segments.length === 2 && segments[0] === "**" && /^\*\.[^*?[\]{}()!+@/]+$/.test(last)) {
			setFirst(this.extensions, this.key(last.slice(1)), tag);
			return;
		}
		const re = new Minimatch(pattern, {
			dot: true,
			nocase: this.nocase,
			nocomment: true,
			nonegate: true
		}).makeRe();
		if (re === false) throw new ConfigurationError(`'${pattern}' is not a valid glob.`, { fix: "correct the glob syntax." });
		const entry = {
			re,
			tag,
			needle: this.key(longestLiteralRun(pattern)),
			order: this.order++
		};
		let leading = 0;
		while (leading < segments.length - 1 && literal(segments[leading])) leading += 1;
		if (leading > 0) push(this.byPrefix, this.key(segments.slice(0, leading).join("/")), entry);
		else if (segments[0] === "**" && segments.length > 2 && literal(segments[1])) push(this.bySegment, this.key(segments[1]), entry);
		else this.global.push(entry);
	}
	match(path) {
		if (this.size === 0) return void 0;
		const p = this.key(path);
		const slash = p.lastIndexOf("/");
		return this.matchIn(this.directoryOf(p, slash), path, slash, p.slice(slash + 1));
	}
	matchIn(dir, path, slash, name = this.key(path.slice(slash + 1))) {
		if (this.size === 0) return void 0;
		if (dir.hasExact) {
			const exact = this.exact.get(this.key(path));
			if (exact !== void 0) return exact;
		}
		if (dir.prefixHit !== void 0) return dir.prefixHit;
		if (this.basenames.size > 0 || this.extensions.size > 0) {
			const hit = this.basenames.get(name);
			if (hit !== void 0) return hit;
			if (this.extensions.size > 0) for (let i = name.indexOf("."); i >= 0; i = name.indexOf(".", i + 1)) {
				const ext = this.extensions.get(name.slice(i));
				if (ext !== void 0) return ext;
			}
		}
		let first;
		for (const e of dir.bucketed) if (holds(e.needle, dir, name) && e.re.test(path)) {
			first = e;
			break;
		}
		if (this.global.length > 0 && (this.globalGate === void 0 || dir.gateHit || this.globalGate.test(name))) for (const e of this.global) {
			if (first !== void 0 && e.order > first.order) break;
			if (holds(e.needle, dir, name) && e.re.test(path)) return e.tag;
		}
		return first?.tag;
	}
	directoryInfo(dir) {
		return this.directory(this.key(dir));
	}
	directoryOf(p, slash) {
		const length = slash > 0 ? slash : 0;
		const last = this.lastDir;
		if (last !== void 0 && last.length === length && p.startsWith(last)) return this.lastInfo;
		const dir = p.slice(0, length);
		const info = this.directory(dir);
		this.lastDir = dir;
		this.lastInfo = info;
		return info;
	}
	directory(dir) {
		const cached = this.dirs.get(dir);
		if (cached) return cached;
		let prefixHit;
		const bucketed = [];
		let ancestor = "";
		for (const segment of dir === "" ? [] : dir.split("/")) {
			ancestor = ancestor === "" ? segment : `${ancestor}/${segment}`;
			prefixHit ??= this.prefixes.get(ancestor);
			const byPrefix = this.byPrefix.get(ancestor);
			const bySegment = this.bySegment.get(segment);
			if (byPrefix) bucketed.push(...byPrefix);
			if (bySegment) bucketed.push(...bySegment);
		}
		bucketed.sort((a, b) => a.order - b.order);
		const key = detached(dir);
		const info = {
			key,
			gateHit: this.globalGate?.test(key) ?? false,
			prefixHit,
			hasExact: this.exactDirs.has(dir),
			bucketed
		};
		this.dirs.set(key, info);
		return info;
	}
	matches(path) {
		return this.match(path) !== void 0;
	}
};
function holds(needle, dir, name) {
	return needle === "" || name.includes(needle) || dir.key.includes(needle);
}
function needleGate(entries) {
	if (entries.length === 0 || entries.some((e) => e.needle === "")) return void 0;
	const needles = [...new Set(entries.map((e) => e.needle))];
	return new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
}
function push(map, key, value) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
function longestLiteralRun(pattern) {
	let best = "";
	for (const segment of pattern.split("/")) {
		let run = "";
		for (let i = 0; i < segment.length; i += 1) {
			const c = segment[i];
			if (c === "[") {
				const close = segment.indexOf("]", i + 2);
				i = close < 0 ? segment.length : close;
				run = "";
			} else if ("*?!+@".includes(c) && segment[i + 1] === "(") {
				const close = segment.indexOf(")", i + 2);
				i = close < 0 ? segment.length : close;
				run = "";
			} else if ("*?()".includes(c)) run = "";
			else {
				run += c;
				if (run.length > best.length) best = run;
			}
		}
	}
	return best;
}
function detached(text) {
	return ` ${text}`.slice(1);
}
function setFirst(map, key, tag) {
	if (!map.has(key)) map.set(key, tag);
}
function normalizePattern(pattern) {
	if (pattern.startsWith("!")) throw new ConfigurationError(`negated glob '${pattern}' is not supported here.`, { fix: "list what to leave out under 'scope.exclude' instead of negating." });
	let p = pattern.trim().replace(/\\/g, "/").replace(/\/{2,}/g, "/");
	while (p.startsWith("./")) p = p.slice(2);
	if (p.startsWith("/")) p = p.slice(1);
	if (p.endsWith("/")) p = `${p}**`;
	return p;
}
// packages/manifest-scope/lib/forbidden-matcher.js
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var ForbiddenMatcher = class {
	any;
	categories;
	wordGate;
	words;
	constructor(policyPatterns, exceptions = {}, only) {
		const categories = [...BUILT_IN_FORBIDDEN, {
			id: POLICY_FORBIDDEN_CATEGORY,
			reason: "forbidden by the policy (forbidden_paths)",
			patterns: [...policyPatterns],
			narrowable: false
		}].filter((c) => only === void 0 || only.includes(c.id));
		this.categories = categories.map((c) => {
			const except = exceptions[c.id];
			return {
				tag: {
					category: c.id,
					reason: c.reason,
					narrowable: c.narrowable
				},
				patterns: c.patterns,
				globs: void 0,
				words: c.words ? new Set(c.words) : void 0,
				testsExempt: c.testsExempt === true,
				exceptions: except && except.length > 0 ? new PathMatcher(except.map((p) => [p, true])) : void 0
			};
		});
		this.any = new PathMatcher(this.categories.flatMap((c) => c.patterns.map((p) => [p, c.tag])), { nocase: true });
		const words = categories.flatMap((c) => c.words ?? []);
		this.words = new Set(words);
		this.wordGate = words.length > 0 ? new RegExp(words.map(escape).join("|")) : void 0;
	}
	directoryInfo(dir) {
		return {
			globs: this.any.directoryInfo(dir),
			wordInFolders: dir !== "" && dir.split("/").some((name) => this.hasWord(name))
		};
	}
	matchIn(dir, path, slash, lowerName) {
		return this.any.matchIn(dir.globs, path, slash, lowerName) !== void 0 || dir.wordInFolders || this.hasWord(path.slice(slash + 1), lowerName) ? this.resolve(path) : void 0;
	}
	match(path) {
		const slash = path.lastIndexOf("/");
		return this.matchIn(this.directoryInfo(slash > 0 ? path.slice(0, slash) : ""), path, slash, path.slice(slash + 1).toLowerCase());
	}
	hasWord(name, lower = name.toLowerCase()) {
		if (this.wordGate === void 0 || !this.wordGate.test(lower)) return false;
		return nameWords(name).some((w) => this.words.has(w));
	}
	resolve(path) {
		let test;
		let words;
		for (const c of this.categories) {
			c.globs ??= new PathMatcher(c.patterns.map((p) => [p, true]), { nocase: true });
			let hit = c.globs.matches(path);
			if (!hit && c.words) {
				words ??= path.split("/").flatMap(nameWords);
				hit = words.some((w) => c.words.has(w));
			}
			if (!hit) continue;
			if (c.testsExempt && (test ??= isTestPath(path))) continue;
			if (c.exceptions?.matches(path)) continue;
			return c.tag;
		}
	}
};
// packages/manifest-scope/lib/submodule-findings.js
function submoduleFinding(f) {
	const from = f.oldSha.slice(0, 12);
	const to = f.newSha.slice(0, 12);
	if (f.newKind === "submodule" && f.oldKind !== "submodule") return {
		rule: "submodule-added",
		severity: "error",
		path: f.path,
		message: `${f.path} adds a submodule at commit ${to}: it brings in code nobody reviews in this pull request. A human adds submodules.`
	};
	if (f.newKind === "submodule" && f.oldKind === "submodule") {
		if (f.oldSha === f.newSha) return {
			rule: "submodule-changed",
			severity: "notice",
			path: f.path,
			message: `submodule ${f.previousPath ?? f.path} moved to ${f.path}, still at ${to}.`
		};
		return {
			rule: "submodule-changed",
			severity: "error",
			path: f.path,
			message: `submodule ${f.path} moves from ${from} to ${to} (${f.status}): the commits it brings in are not reviewed in this pull request. A human updates submodules.`
		};
	}
	if (f.oldKind === "submodule") return {
		rule: "submodule-changed",
		severity: "notice",
		path: f.path,
		message: `submodule ${f.path} ${f.status === "deleted" ? "removed" : `replaced by a ${f.newKind}`} (was ${from}).`
	};
}
// packages/manifest-scope/lib/scope-guard.js
const SCOPE_GUARD = "manifest-scope";
var ScopeDirectories = class {
	rules;
	cache = /* @__PURE__ */ new Map();
	last;
	lastEntry;
	constructor(rules) {
		this.rules = rules;
	}
	of(path, slash) {
		const length = slash > 0 ? slash : 0;
		if (this.last !== void 0 && this.last.length === length && path.startsWith(this.last)) return this.lastEntry;
		const dir = path.slice(0, length);
		let entry = this.cache.get(dir);
		if (!entry) {
			const { trusted, forbidden, exclude, include } = this.rules;
			entry = {
				trusted: trusted.directoryInfo(dir),
				forbidden: forbidden.directoryInfo(dir),
				exclude: exclude.directoryInfo(dir),
				include: include?.directoryInfo(dir)
			};
			this.cache.set(detached(dir), entry);
		}
		this.last = dir;
		this.lastEntry = entry;
		return entry;
	}
};
function compileScopeRules(ticket, policy, trustedFiles) {
	const trusted = [
		[trustedFiles.policyPath, "the guard policy"],
		[policy.manifest, "the tool manifest"],
		[`${policy.tickets_dir.replace(/\/+$/, "")}/**`, "the ticket files"]
	];
	if (trustedFiles.ticketPath) trusted.push([trustedFiles.ticketPath, "the ticket file"]);
	if (policy.spec.path) trusted.push([policy.spec.path, "the spec"]);
	if (policy.spec.map) trusted.push([policy.spec.map, "the spec map"]);
	const rules = {
		include: new PathMatcher(ticket.scope.include.map((p) => [p, p])),
		exclude: new PathMatcher(ticket.scope.exclude.map((p) => [p, p])),
		forbidden: new ForbiddenMatcher(policy.forbidden_paths, policy.forbidden_exceptions),
		trusted: new PathMatcher(trusted, { nocase: true }),
		dependencies: {
			allowlist: policy.dependency_allowlist,
			registryHosts: policy.runner.sandbox.registries
		}
	};
	return {
		...rules,
		directories: new ScopeDirectories(rules)
	};
}
function compileEveryPrRules(policy) {
	const rules = {
		include: void 0,
		exclude: new PathMatcher([]),
		forbidden: new ForbiddenMatcher(policy.forbidden_paths, policy.forbidden_exceptions, policy.guards[SCOPE_GUARD].every_pr_categories),
		trusted: new PathMatcher([]),
		dependencies: void 0
	};
	return {
		...rules,
		directories: new ScopeDirectories(rules)
	};
}
function classifyPath(rules, path) {
	const slash = path.lastIndexOf("/");
	const dir = rules.directories.of(path, slash);
	const name = path.slice(slash + 1);
	const lower = name.toLowerCase();
	const trusted = rules.trusted.matchIn(dir.trusted, path, slash, lower);
	if (trusted) return {
		rule: "trusted-file-modified",
		path,
		message: `${path} is ${trusted}, a trusted file read at the base commit; a PR may not change it.`
	};
	const forbidden = rules.forbidden.matchIn(dir.forbidden, path, slash, lower);
	if (forbidden) {
		const narrow = forbidden.narrowable ? ` If it is not, the platform team can except it in the policy (forbidden_exceptions.${forbidden.category}).` : "";
		return {
			rule: "forbidden-path",
			path,
			message: `${path} is in a forbidden category (${forbidden.category}): ${forbidden.reason}.${narrow}`
		};
	}
	const excluded = rules.exclude.matchIn(dir.exclude, path, slash, name);
	if (excluded) return {
		rule: "outside-ticket-scope",
		path,
		message: `${path} matches the ticket's scope.exclude '${excluded}'.`
	};
	if (rules.include && rules.include.matchIn(dir.include, path, slash, name) === void 0) return {
		rule: "outside-ticket-scope",
		path,
		message: `${path} is outside the ticket's scope.include.`
	};
}
var ScopeDecision = class {
	rules;
	waiting = [];
	pathFindings = [];
	submoduleFindings = [];
	links = [];
	deps = [];
	filesChanged = 0;
	pathsChecked = 0;
	constructor(rules) {
		this.rules = rules;
	}
	setRules(rules) {
		this.rules = rules;
		for (const batch of this.waiting.splice(0)) this.add(batch);
	}
	add(files) {
		if (this.rules === void 0) {
			this.waiting.push(files);
			return;
		}
		for (const f of files) {
			this.filesChanged += 1;
			this.check(f.path);
			if (f.status === "renamed" && f.previousPath !== void 0) this.check(f.previousPath);
			if (f.newKind === "symlink" && f.status !== "deleted") this.links.push(f);
			if (this.rules.include === void 0) continue;
			if (isDependencyFile(f.path) || f.previousPath !== void 0 && isDependencyFile(f.previousPath)) this.deps.push(f);
			const submodule = submoduleFinding(f);
			if (submodule) this.submoduleFindings.push(submodule);
		}
	}
	check(path) {
		this.pathsChecked += 1;
		const hit = classifyPath(this.rules, path);
		if (hit) this.pathFindings.push({
			...hit,
			severity: "error"
		});
	}
	async finish(readBlobs) {
		const { links, deps, rules } = this;
		if (rules === void 0) throw new Error("ScopeDecision.finish called before setRules");
		const blobs = await readBlobs([...links.map((f) => f.newSha), ...dependencyBlobs(deps)]);
		const findings = [...this.pathFindings];
		for (const f of links) findings.push(...symlinkFindings(rules, f, blobs.get(f.newSha)));
		const dependencies = deps.length > 0 && rules.dependencies ? await (await import("./dependency-findings-CvByUjLt.js")).dependencyFindings(rules.dependencies, deps, blobs) : {
			findings: [],
			changes: 0
		};
		const dependencyChanges = dependencies.changes;
		findings.push(...dependencies.findings);
		findings.push(...this.submoduleFindings);
		const errors = findings.filter((f) => f.severity === "error");
		return {
			findings,
			metrics: {
				files_changed: this.filesChanged,
				paths_checked: this.pathsChecked,
				violations: errors.length,
				forbidden: errors.filter((f) => f.rule === "forbidden-path" || f.rule === "trusted-file-modified").length,
				outside_scope: errors.filter((f) => f.rule === "outside-ticket-scope").length,
				dependency_changes: dependencyChanges
			}
		};
	}
};
function symlinkFindings(rules, f, target) {
	const ticketed = rules.include !== void 0;
	const escape = (message) => ticketed ? [{
		rule: "symlink-escape",
		severity: "error",
		path: f.path,
		message
	}] : [];
	if (!target) return escape(`cannot read the target of symlink ${f.path}; treated as an escape.`);
	const text = target.toString("utf8");
	if (text.startsWith("/") || /^[A-Za-z]:[\\/]/.test(text)) return escape(`symlink ${f.path} points to the absolute path ${JSON.stringify(text)}, outside the repository.`);
	const resolved = posix.normalize(posix.join(posix.dirname(f.path), text));
	if (resolved === ".." || resolved.startsWith("../")) return escape(`symlink ${f.path} points to ${JSON.stringify(text)}, outside the repository.`);
	const hit = classifyPath(rules, resolved);
	if (!hit) return [];
	const message = `symlink ${f.path} points to ${resolved}, which is not writable by ${ticketed ? "this ticket" : "this PR"}: ${hit.message}`;
	return [{
		rule: "symlink-escape",
		severity: "error",
		path: f.path,
		message
	}];
}
async function runScopeGuard(options) {
	const policyPath = options.policyPath ?? ".github/agent-guards.yml";
	const { repo, logger } = options;
	const { base, head, mergeBase } = await resolveRange(repo, options.base, options.head, options.prCommits);
	const decision = new ScopeDecision();
	const listing = streamDiffTree(repo, mergeBase, head, (batch) => decision.add(batch));
	const policyLoad = options.policy ?? loadPolicy({
		repo,
		base,
		path: policyPath,
		logger
	}).then((loaded) => loaded.policy);
	const ticketLoad = loadTicket({
		repo,
		base,
		path: options.ticketPath,
		logger
	});
	const [filesChanged, , ticket] = await settleInOrder([
		listing,
		policyLoad,
		ticketLoad,
		Promise.all([policyLoad, ticketLoad]).then(([policy, ticket]) => decision.setRules(compileScopeRules(ticket, policy, {
			policyPath,
			ticketPath: options.ticketPath
		})))
	]);
	logger.info(`manifest-scope: ${filesChanged} changed file(s) between ${mergeBase.slice(0, 12)} and ${head.slice(0, 12)}; ticket ${ticket.id}.`);
	const { findings, metrics } = await decision.finish((shas) => readObjects(repo, shas));
	return {
		report: reportFromFindings(SCOPE_GUARD, findings, {
			...metrics,
			ticket: ticket.id,
			merge_base: mergeBase
		}),
		outputs: {
			violations: metrics.violations ?? 0,
			"files-checked": metrics.files_changed ?? 0
		},
		summary: `Ticket \`${ticket.id}\` \u2014 scope: ${ticket.scope.include.map((g) => `\`${g}\``).join(", ")}${ticket.scope.exclude.length ? `; excluding ${ticket.scope.exclude.map((g) => `\`${g}\``).join(", ")}` : ""}.`
	};
}
async function runEveryPrCategories(options) {
	const { repo, policy, logger, notApplicable } = options;
	const categories = policy.guards[SCOPE_GUARD].every_pr_categories;
	if (categories.length === 0) return notApplicable;
	const { head, mergeBase } = await resolveRange(repo, options.base, options.head, options.prCommits);
	const decision = new ScopeDecision(compileEveryPrRules(policy));
	const filesChanged = await streamDiffTree(repo, mergeBase, head, (batch) => decision.add(batch));
	const kept = categories.join(", ");
	logger.info(`manifest-scope: ${filesChanged} changed file(s) between ${mergeBase.slice(0, 12)} and ${head.slice(0, 12)}, checked for the categories kept on every PR: ${kept}.`);
	const { findings, metrics } = await decision.finish((shas) => readObjects(repo, shas));
	const everyPr = findings.map((f) => f.rule === "forbidden-path" ? {
		...f,
		message: `${f.message} The policy keeps this category on every PR (guards.manifest-scope.every_pr_categories).`
	} : f);
	return {
		report: reportFromFindings(SCOPE_GUARD, [...notApplicable.report.findings, ...everyPr], {
			...notApplicable.report.metrics,
			...metrics,
			every_pr_categories: kept,
			merge_base: mergeBase
		}),
		outputs: {
			violations: metrics.violations ?? 0,
			"files-checked": metrics.files_changed ?? 0
		},
		summary: `Not an agent PR: no ticket scope. Checked for the forbidden categories kept on every PR: ${categories.map((c) => `\`${c}\``).join(", ")}.`
	};
}
// actions/manifest-scope/lib/main.js
const core = {
	getInput,
	setOutput,
	setFailed,
	info,
	debug,
	warning,
	error: error$1,
	notice,
	summary
};
const Inputs = /* @__PURE__ */ strictObject({
	ticket: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	policy: /* @__PURE__ */ _default(/* @__PURE__ */ string(), DEFAULT_POLICY_PATH),
	base: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	head: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
	"working-directory": /* @__PURE__ */ _default(/* @__PURE__ */ string(), ".")
});
async function run() {
	const outcome = await runGuardAction({
		core,
		guard: SCOPE_GUARD,
		inputs: Inputs,
		execute: async (inputs, logger) => {
			const context = await guardContext(inputs, logger);
			const { repo, base, head, policy, policyPath, event, prCommits } = context;
			const notApplicable = notApplicableRun(SCOPE_GUARD, context, logger);
			if (notApplicable) return runEveryPrCategories({
				repo,
				base,
				head,
				policy,
				logger,
				...prCommits,
				notApplicable
			});
			return runScopeGuard({
				repo,
				base,
				head,
				ticketPath: resolveTicketPath(policy, {
					ticket: inputs.ticket,
					headRef: event?.headRef
				}),
				policyPath,
				policy,
				logger,
				...prCommits
			});
		}
	});
	if (outcome.failure) core.setFailed(outcome.failure);
}
export { run };

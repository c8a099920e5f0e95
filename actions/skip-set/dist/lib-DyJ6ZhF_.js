import { t as Minimatch } from "./esm-D-eD-FK8.js";
import { n as NAMESPACE, t as ATTR_ERROR_TYPE } from "./semconv-IDESWVfv.js";
import { performance } from "node:perf_hooks";
import { AsyncLocalStorage } from "node:async_hooks";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, isAbsolute, join, posix, resolve } from "node:path";
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
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
const parse$1 = /* @__PURE__*/ _parse($ZodRealError);
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
		return parse$1(this, data, params, { callee: this.parse });
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
function string$1(params) {
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
function int$2(params) {
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
		keyType: /* @__PURE__ */ string$1(),
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
function literal(value, params) {
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
(/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "rule ids are kebab-case")), int$2().check(/* @__PURE__ */ _positive());
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
(/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^\d+$/, "expected a whole number"));
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
		const { createSdkBackend } = await import("./sdk-CGikK0n2.js");
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
// node_modules/yaml/browser/dist/nodes/identity.js
const ALIAS = Symbol.for("yaml.alias");
const DOC = Symbol.for("yaml.document");
const MAP = Symbol.for("yaml.map");
const PAIR = Symbol.for("yaml.pair");
const SCALAR$1 = Symbol.for("yaml.scalar");
const SEQ = Symbol.for("yaml.seq");
const NODE_TYPE = Symbol.for("yaml.node.type");
const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR$1;
const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
	if (node && typeof node === "object") switch (node[NODE_TYPE]) {
		case MAP:
		case SEQ: return true;
	}
	return false;
}
function isNode(node) {
	if (node && typeof node === "object") switch (node[NODE_TYPE]) {
		case ALIAS:
		case MAP:
		case SCALAR$1:
		case SEQ: return true;
	}
	return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
// node_modules/yaml/browser/dist/visit.js
const BREAK = Symbol("break visit");
const SKIP = Symbol("skip children");
const REMOVE = Symbol("remove node");
function visit(node, visitor) {
	const visitor_ = initVisitor(visitor);
	if (isDocument(node)) {
		if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
	} else visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
	const ctrl = callVisitor(key, node, visitor, path);
	if (isNode(ctrl) || isPair(ctrl)) {
		replaceNode(key, path, ctrl);
		return visit_(key, ctrl, visitor, path);
	}
	if (typeof ctrl !== "symbol") {
		if (isCollection(node)) {
			path = Object.freeze(path.concat(node));
			for (let i = 0; i < node.items.length; ++i) {
				const ci = visit_(i, node.items[i], visitor, path);
				if (typeof ci === "number") i = ci - 1;
				else if (ci === BREAK) return BREAK;
				else if (ci === REMOVE) {
					node.items.splice(i, 1);
					i -= 1;
				}
			}
		} else if (isPair(node)) {
			path = Object.freeze(path.concat(node));
			const ck = visit_("key", node.key, visitor, path);
			if (ck === BREAK) return BREAK;
			else if (ck === REMOVE) node.key = null;
			const cv = visit_("value", node.value, visitor, path);
			if (cv === BREAK) return BREAK;
			else if (cv === REMOVE) node.value = null;
		}
	}
	return ctrl;
}
async function visitAsync(node, visitor) {
	const visitor_ = initVisitor(visitor);
	if (isDocument(node)) {
		if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
	} else await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
	const ctrl = await callVisitor(key, node, visitor, path);
	if (isNode(ctrl) || isPair(ctrl)) {
		replaceNode(key, path, ctrl);
		return visitAsync_(key, ctrl, visitor, path);
	}
	if (typeof ctrl !== "symbol") {
		if (isCollection(node)) {
			path = Object.freeze(path.concat(node));
			for (let i = 0; i < node.items.length; ++i) {
				const ci = await visitAsync_(i, node.items[i], visitor, path);
				if (typeof ci === "number") i = ci - 1;
				else if (ci === BREAK) return BREAK;
				else if (ci === REMOVE) {
					node.items.splice(i, 1);
					i -= 1;
				}
			}
		} else if (isPair(node)) {
			path = Object.freeze(path.concat(node));
			const ck = await visitAsync_("key", node.key, visitor, path);
			if (ck === BREAK) return BREAK;
			else if (ck === REMOVE) node.key = null;
			const cv = await visitAsync_("value", node.value, visitor, path);
			if (cv === BREAK) return BREAK;
			else if (cv === REMOVE) node.value = null;
		}
	}
	return ctrl;
}
function initVisitor(visitor) {
	if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
		Alias: visitor.Node,
		Map: visitor.Node,
		Scalar: visitor.Node,
		Seq: visitor.Node
	}, visitor.Value && {
		Map: visitor.Value,
		Scalar: visitor.Value,
		Seq: visitor.Value
	}, visitor.Collection && {
		Map: visitor.Collection,
		Seq: visitor.Collection
	}, visitor);
	return visitor;
}
function callVisitor(key, node, visitor, path) {
	if (typeof visitor === "function") return visitor(key, node, path);
	if (isMap(node)) return visitor.Map?.(key, node, path);
	if (isSeq(node)) return visitor.Seq?.(key, node, path);
	if (isPair(node)) return visitor.Pair?.(key, node, path);
	if (isScalar(node)) return visitor.Scalar?.(key, node, path);
	if (isAlias(node)) return visitor.Alias?.(key, node, path);
}
function replaceNode(key, path, node) {
	const parent = path[path.length - 1];
	if (isCollection(parent)) parent.items[key] = node;
	else if (isPair(parent)) {
		if (key === "key") parent.key = node;
		else parent.value = node;
	} else if (isDocument(parent)) parent.contents = node;
	else {
		const pt = isAlias(parent) ? "alias" : "scalar";
		throw new Error(`Cannot replace node with ${pt} parent`);
	}
}
// node_modules/yaml/browser/dist/doc/directives.js
const escapeChars = {
	"!": "%21",
	",": "%2C",
	"[": "%5B",
	"]": "%5D",
	"{": "%7B",
	"}": "%7D"
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class Directives {
	constructor(yaml, tags) {
		this.docStart = null;
		this.docEnd = false;
		this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
		this.tags = Object.assign({}, Directives.defaultTags, tags);
	}
	clone() {
		const copy = new Directives(this.yaml, this.tags);
		copy.docStart = this.docStart;
		return copy;
	}
	atDocument() {
		const res = new Directives(this.yaml, this.tags);
		switch (this.yaml.version) {
			case "1.1":
				this.atNextDocument = true;
				break;
			case "1.2":
				this.atNextDocument = false;
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.2"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
		}
		return res;
	}
	add(line, onError) {
		if (this.atNextDocument) {
			this.yaml = {
				explicit: Directives.defaultYaml.explicit,
				version: "1.1"
			};
			this.tags = Object.assign({}, Directives.defaultTags);
			this.atNextDocument = false;
		}
		const parts = line.trim().split(/[ \t]+/);
		const name = parts.shift();
		switch (name) {
			case "%TAG": {
				if (parts.length !== 2) {
					onError(0, "%TAG directive should contain exactly two parts");
					if (parts.length < 2) return false;
				}
				const [handle, prefix] = parts;
				this.tags[handle] = prefix;
				return true;
			}
			case "%YAML": {
				this.yaml.explicit = true;
				if (parts.length !== 1) {
					onError(0, "%YAML directive should contain exactly one part");
					return false;
				}
				const [version] = parts;
				if (version === "1.1" || version === "1.2") {
					this.yaml.version = version;
					return true;
				} else {
					const isValid = /^\d+\.\d+$/.test(version);
					onError(6, `Unsupported YAML version ${version}`, isValid);
					return false;
				}
			}
			default:
				onError(0, `Unknown directive ${name}`, true);
				return false;
		}
	}
	tagName(source, onError) {
		if (source === "!") return "!";
		if (source[0] !== "!") {
			onError(`Not a valid tag: ${source}`);
			return null;
		}
		if (source[1] === "<") {
			const verbatim = source.slice(2, -1);
			if (verbatim === "!" || verbatim === "!!") {
				onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
				return null;
			}
			if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
			return verbatim;
		}
		const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
		if (!suffix) onError(`The ${source} tag has no suffix`);
		const prefix = this.tags[handle];
		if (prefix) try {
			return prefix + decodeURIComponent(suffix);
		} catch (error) {
			onError(String(error));
			return null;
		}
		if (handle === "!") return source;
		onError(`Could not resolve tag: ${source}`);
		return null;
	}
	tagString(tag) {
		for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
		return tag[0] === "!" ? tag : `!<${tag}>`;
	}
	toString(doc) {
		const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
		const tagEntries = Object.entries(this.tags);
		let tagNames;
		if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
			const tags = {};
			visit(doc.contents, (_key, node) => {
				if (isNode(node) && node.tag) tags[node.tag] = true;
			});
			tagNames = Object.keys(tags);
		} else tagNames = [];
		for (const [handle, prefix] of tagEntries) {
			if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
			if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
		}
		return lines.join("\n");
	}
};
Directives.defaultYaml = {
	explicit: false,
	version: "1.2"
};
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
	if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
		const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
		throw new Error(msg);
	}
	return true;
}
function anchorNames(root) {
	const anchors = /* @__PURE__ */ new Set();
	visit(root, { Value(_key, node) {
		if (node.anchor) anchors.add(node.anchor);
	} });
	return anchors;
}
function findNewAnchor(prefix, exclude) {
	for (let i = 1;; ++i) {
		const name = `${prefix}${i}`;
		if (!exclude.has(name)) return name;
	}
}
function createNodeAnchors(doc, prefix) {
	const aliasObjects = [];
	const sourceObjects = /* @__PURE__ */ new Map();
	let prevAnchors = null;
	return {
		onAnchor: (source) => {
			aliasObjects.push(source);
			prevAnchors ?? (prevAnchors = anchorNames(doc));
			const anchor = findNewAnchor(prefix, prevAnchors);
			prevAnchors.add(anchor);
			return anchor;
		},
		setAnchors: () => {
			for (const source of aliasObjects) {
				const ref = sourceObjects.get(source);
				if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) ref.node.anchor = ref.anchor;
				else {
					const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
					error.source = source;
					throw error;
				}
			}
		},
		sourceObjects
	};
}
// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
	if (val && typeof val === "object") {
		if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
			const v0 = val[i];
			const v1 = applyReviver(reviver, val, String(i), v0);
			if (v1 === void 0) delete val[i];
			else if (v1 !== v0) val[i] = v1;
		}
		else if (val instanceof Map) for (const k of Array.from(val.keys())) {
			const v0 = val.get(k);
			const v1 = applyReviver(reviver, val, k, v0);
			if (v1 === void 0) val.delete(k);
			else if (v1 !== v0) val.set(k, v1);
		}
		else if (val instanceof Set) for (const v0 of Array.from(val)) {
			const v1 = applyReviver(reviver, val, v0, v0);
			if (v1 === void 0) val.delete(v0);
			else if (v1 !== v0) {
				val.delete(v0);
				val.add(v1);
			}
		}
		else for (const [k, v0] of Object.entries(val)) {
			const v1 = applyReviver(reviver, val, k, v0);
			if (v1 === void 0) delete val[k];
			else if (v1 !== v0) val[k] = v1;
		}
	}
	return reviver.call(obj, key, val);
}
// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
	if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
	if (value && typeof value.toJSON === "function") {
		if (!ctx || !hasAnchor(value)) return value.toJSON(arg, ctx);
		const data = {
			aliasCount: 0,
			count: 1,
			res: void 0
		};
		ctx.anchors.set(value, data);
		ctx.onCreate = (res) => {
			data.res = res;
			delete ctx.onCreate;
		};
		const res = value.toJSON(arg, ctx);
		if (ctx.onCreate) ctx.onCreate(res);
		return res;
	}
	if (typeof value === "bigint" && !ctx?.keep) return Number(value);
	return value;
}
// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
	constructor(type) {
		Object.defineProperty(this, NODE_TYPE, { value: type });
	}
	clone() {
		const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
		if (this.range) copy.range = this.range.slice();
		return copy;
	}
	toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
		if (!isDocument(doc)) throw new TypeError("A document argument is required");
		const ctx = {
			anchors: /* @__PURE__ */ new Map(),
			doc,
			keep: true,
			mapAsMap: mapAsMap === true,
			mapKeyWarned: false,
			maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
		};
		const res = toJS(this, "", ctx);
		if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
		return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
	}
};
// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
	constructor(source) {
		super(ALIAS);
		this.source = source;
		Object.defineProperty(this, "tag", { set() {
			throw new Error("Alias nodes cannot have tags");
		} });
	}
	resolve(doc, ctx) {
		if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
		let nodes;
		if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
		else {
			nodes = [];
			visit(doc, { Node: (_key, node) => {
				if (isAlias(node) || hasAnchor(node)) nodes.push(node);
			} });
			if (ctx) ctx.aliasResolveCache = nodes;
		}
		let found = void 0;
		for (const node of nodes) {
			if (node === this) break;
			if (node.anchor === this.source) found = node;
		}
		if (found && ctx) {
			const { anchors, doc, maxAliasCount } = ctx;
			let data = anchors.get(found);
			if (!data) {
				toJS(found, null, ctx);
				data = anchors.get(found);
			}
			/* istanbul ignore if */
			if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
			if (maxAliasCount >= 0) {
				data.count += 1;
				if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
				if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
			}
		}
		return found;
	}
	toJSON(_arg, ctx) {
		if (!ctx) return { source: this.source };
		const source = this.resolve(ctx.doc, ctx);
		if (!source) {
			const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
			throw new ReferenceError(msg);
		}
		return ctx.anchors.get(source).res;
	}
	toString(ctx, _onComment, _onChompKeep) {
		const src = `*${this.source}`;
		if (ctx) {
			anchorIsValid(this.source);
			if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new Error(msg);
			}
			if (ctx.implicitKey) return `${src} `;
		}
		return src;
	}
};
function getAliasCount(doc, node, anchors) {
	if (isAlias(node)) {
		const source = node.resolve(doc);
		const anchor = anchors && source && anchors.get(source);
		return anchor ? anchor.count * anchor.aliasCount : 0;
	} else if (isCollection(node)) {
		let count = 0;
		for (const item of node.items) {
			const c = getAliasCount(doc, item, anchors);
			if (c > count) count = c;
		}
		return count;
	} else if (isPair(node)) {
		const kc = getAliasCount(doc, node.key, anchors);
		const vc = getAliasCount(doc, node.value, anchors);
		return Math.max(kc, vc);
	}
	return 1;
}
// node_modules/yaml/browser/dist/nodes/Scalar.js
const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
	constructor(value) {
		super(SCALAR$1);
		this.value = value;
	}
	toJSON(arg, ctx) {
		return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
	}
	toString() {
		return String(this.value);
	}
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
// node_modules/yaml/browser/dist/doc/createNode.js
const defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
	if (tagName) {
		const match = tags.filter((t) => t.tag === tagName);
		const tagObj = match.find((t) => !t.format) ?? match[0];
		if (!tagObj) throw new Error(`Tag ${tagName} not found`);
		return tagObj;
	}
	return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
	if (isDocument(value)) value = value.contents;
	if (isNode(value)) return value;
	if (isPair(value)) {
		const map = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
		map.items.push(value);
		return map;
	}
	if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
	const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	let ref = void 0;
	if (aliasDuplicateObjects && value && typeof value === "object") {
		ref = sourceObjects.get(value);
		if (ref) {
			ref.anchor ?? (ref.anchor = onAnchor(value));
			return new Alias(ref.anchor);
		} else {
			ref = {
				anchor: null,
				node: null
			};
			sourceObjects.set(value, ref);
		}
	}
	if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
	let tagObj = findTagObject(value, tagName, schema.tags);
	if (!tagObj) {
		if (value && typeof value.toJSON === "function") value = value.toJSON();
		if (!value || typeof value !== "object") {
			const node = new Scalar(value);
			if (ref) ref.node = node;
			return node;
		}
		tagObj = value instanceof Map ? schema[MAP] : Symbol.iterator in Object(value) ? schema[SEQ] : schema[MAP];
	}
	if (onTagObj) {
		onTagObj(tagObj);
		delete ctx.onTagObj;
	}
	const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
	if (tagName) node.tag = tagName;
	else if (!tagObj.default) node.tag = tagObj.tag;
	if (ref) ref.node = node;
	return node;
}
// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema, path, value) {
	let v = value;
	for (let i = path.length - 1; i >= 0; --i) {
		const k = path[i];
		if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
			const a = [];
			a[k] = v;
			v = a;
		} else v = /* @__PURE__ */ new Map([[k, v]]);
	}
	return createNode(v, void 0, {
		aliasDuplicateObjects: false,
		keepUndefined: false,
		onAnchor: () => {
			throw new Error("This should not happen, please report a bug.");
		},
		schema,
		sourceObjects: /* @__PURE__ */ new Map()
	});
}
const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
	constructor(type, schema) {
		super(type);
		Object.defineProperty(this, "schema", {
			value: schema,
			configurable: true,
			enumerable: false,
			writable: true
		});
	}
	clone(schema) {
		const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
		if (schema) copy.schema = schema;
		copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema) : it);
		if (this.range) copy.range = this.range.slice();
		return copy;
	}
	addIn(path, value) {
		if (isEmptyPath(path)) this.add(value);
		else {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (isCollection(node)) node.addIn(rest, value);
			else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
	}
	deleteIn(path) {
		const [key, ...rest] = path;
		if (rest.length === 0) return this.delete(key);
		const node = this.get(key, true);
		if (isCollection(node)) return node.deleteIn(rest);
		else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	}
	getIn(path, keepScalar) {
		const [key, ...rest] = path;
		const node = this.get(key, true);
		if (rest.length === 0) return !keepScalar && isScalar(node) ? node.value : node;
		else return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
	}
	hasAllNullValues(allowScalar) {
		return this.items.every((node) => {
			if (!isPair(node)) return false;
			const n = node.value;
			return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
		});
	}
	hasIn(path) {
		const [key, ...rest] = path;
		if (rest.length === 0) return this.has(key);
		const node = this.get(key, true);
		return isCollection(node) ? node.hasIn(rest) : false;
	}
	setIn(path, value) {
		const [key, ...rest] = path;
		if (rest.length === 0) this.set(key, value);
		else {
			const node = this.get(key, true);
			if (isCollection(node)) node.setIn(rest, value);
			else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
	}
};
// node_modules/yaml/browser/dist/stringify/stringifyComment.js
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
	if (/^\n+$/.test(comment)) return comment.substring(1);
	return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
const FOLD_FLOW = "flow";
const FOLD_BLOCK = "block";
const FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	if (!lineWidth || lineWidth < 0) return text;
	if (lineWidth < minContentWidth) minContentWidth = 0;
	const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	if (text.length <= endStep) return text;
	const folds = [];
	const escapedFolds = {};
	let end = lineWidth - indent.length;
	if (typeof indentAtStart === "number") {
		if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
		else end = lineWidth - indentAtStart;
	}
	let split = void 0;
	let prev = void 0;
	let overflow = false;
	let i = -1;
	let escStart = -1;
	let escEnd = -1;
	if (mode === "block") {
		i = consumeMoreIndentedLines(text, i, indent.length);
		if (i !== -1) end = i + endStep;
	}
	for (let ch; ch = text[i += 1];) {
		if (mode === "quoted" && ch === "\\") {
			escStart = i;
			switch (text[i + 1]) {
				case "x":
					i += 3;
					break;
				case "u":
					i += 5;
					break;
				case "U":
					i += 9;
					break;
				default: i += 1;
			}
			escEnd = i;
		}
		if (ch === "\n") {
			if (mode === "block") i = consumeMoreIndentedLines(text, i, indent.length);
			end = i + indent.length + endStep;
			split = void 0;
		} else {
			if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
				const next = text[i + 1];
				if (next && next !== " " && next !== "\n" && next !== "	") split = i;
			}
			if (i >= end) {
				if (split) {
					folds.push(split);
					end = split + endStep;
					split = void 0;
				} else if (mode === "quoted") {
					while (prev === " " || prev === "	") {
						prev = ch;
						ch = text[i += 1];
						overflow = true;
					}
					const j = i > escEnd + 1 ? i - 2 : escStart - 1;
					if (escapedFolds[j]) return text;
					folds.push(j);
					escapedFolds[j] = true;
					end = j + endStep;
					split = void 0;
				} else overflow = true;
			}
		}
		prev = ch;
	}
	if (overflow && onOverflow) onOverflow();
	if (folds.length === 0) return text;
	if (onFold) onFold();
	let res = text.slice(0, folds[0]);
	for (let i = 0; i < folds.length; ++i) {
		const fold = folds[i];
		const end = folds[i + 1] || text.length;
		if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
		else {
			if (mode === "quoted" && escapedFolds[fold]) res += `${text[fold]}\\`;
			res += `\n${indent}${text.slice(fold + 1, end)}`;
		}
	}
	return res;
}
function consumeMoreIndentedLines(text, i, indent) {
	let end = i;
	let start = i + 1;
	let ch = text[start];
	while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
	else {
		do
			ch = text[++i];
		while (ch && ch !== "\n");
		end = i;
		start = i + 1;
		ch = text[start];
	}
	return end;
}
// node_modules/yaml/browser/dist/stringify/stringifyString.js
const getFoldOptions = (ctx, isBlock) => ({
	indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	lineWidth: ctx.options.lineWidth,
	minContentWidth: ctx.options.minContentWidth
});
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
	if (!lineWidth || lineWidth < 0) return false;
	const limit = lineWidth - indentLength;
	const strLen = str.length;
	if (strLen <= limit) return false;
	for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
		if (i - start > limit) return true;
		start = i + 1;
		if (strLen - start <= limit) return false;
	}
	return true;
}
function doubleQuotedString(value, ctx) {
	const json = JSON.stringify(value);
	if (ctx.options.doubleQuotedAsJSON) return json;
	const { implicitKey } = ctx;
	const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
	let str = "";
	let start = 0;
	for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
		if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
			str += json.slice(start, i) + "\\ ";
			i += 1;
			start = i;
			ch = "\\";
		}
		if (ch === "\\") switch (json[i + 1]) {
			case "u":
				{
					str += json.slice(start, i);
					const code = json.substr(i + 2, 4);
					switch (code) {
						case "0000":
							str += "\\0";
							break;
						case "0007":
							str += "\\a";
							break;
						case "000b":
							str += "\\v";
							break;
						case "001b":
							str += "\\e";
							break;
						case "0085":
							str += "\\N";
							break;
						case "00a0":
							str += "\\_";
							break;
						case "2028":
							str += "\\L";
							break;
						case "2029":
							str += "\\P";
							break;
						default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
						else str += json.substr(i, 6);
					}
					i += 5;
					start = i + 1;
				}
				break;
			case "n":
				if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
				else {
					str += json.slice(start, i) + "\n\n";
					while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
						str += "\n";
						i += 2;
					}
					str += indent;
					if (json[i + 2] === " ") str += "\\";
					i += 1;
					start = i + 1;
				}
				break;
			default: i += 1;
		}
	}
	str = start ? str + json.slice(start) : json;
	return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
	if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
	const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
	const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
	const { singleQuote } = ctx.options;
	let qs;
	if (singleQuote === false) qs = doubleQuotedString;
	else {
		const hasDouble = value.includes("\"");
		const hasSingle = value.includes("'");
		if (hasDouble && !hasSingle) qs = singleQuotedString;
		else if (hasSingle && !hasDouble) qs = doubleQuotedString;
		else qs = singleQuote ? singleQuotedString : doubleQuotedString;
	}
	return qs(value, ctx);
}
let blockEndNewlines;
try {
	blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
	blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	const { blockQuote, commentString, lineWidth } = ctx.options;
	if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
	const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
	const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
	if (!value) return literal ? "|\n" : ">\n";
	let chomp;
	let endStart;
	for (endStart = value.length; endStart > 0; --endStart) {
		const ch = value[endStart - 1];
		if (ch !== "\n" && ch !== "	" && ch !== " ") break;
	}
	let end = value.substring(endStart);
	const endNlPos = end.indexOf("\n");
	if (endNlPos === -1) chomp = "-";
	else if (value === end || endNlPos !== end.length - 1) {
		chomp = "+";
		if (onChompKeep) onChompKeep();
	} else chomp = "";
	if (end) {
		value = value.slice(0, -end.length);
		if (end[end.length - 1] === "\n") end = end.slice(0, -1);
		end = end.replace(blockEndNewlines, `$&${indent}`);
	}
	let startWithSpace = false;
	let startEnd;
	let startNlPos = -1;
	for (startEnd = 0; startEnd < value.length; ++startEnd) {
		const ch = value[startEnd];
		if (ch === " ") startWithSpace = true;
		else if (ch === "\n") startNlPos = startEnd;
		else break;
	}
	let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	if (start) {
		value = value.substring(start.length);
		start = start.replace(/\n+/g, `$&${indent}`);
	}
	let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
	if (comment) {
		header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
		if (onComment) onComment();
	}
	if (!literal) {
		const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
		let literalFallback = false;
		const foldOptions = getFoldOptions(ctx, true);
		if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
			literalFallback = true;
		};
		const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
		if (!literalFallback) return `>${header}\n${indent}${body}`;
	}
	value = value.replace(/\n+/g, `$&${indent}`);
	return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
	const { type, value } = item;
	const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
	if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
	if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
	if (containsDocumentMarker(value)) {
		if (indent === "") {
			ctx.forceBlockIndent = true;
			return blockString(item, ctx, onComment, onChompKeep);
		} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
	}
	const str = value.replace(/\n+/g, `$&\n${indent}`);
	if (actualString) {
		const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
		const { compat, tags } = ctx.doc.schema;
		if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
	}
	return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
	const { implicitKey, inFlow } = ctx;
	const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
	let { type } = item;
	if (type !== Scalar.QUOTE_DOUBLE) {
		if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.QUOTE_DOUBLE;
	}
	const _stringify = (_type) => {
		switch (_type) {
			case Scalar.BLOCK_FOLDED:
			case Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
			case Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
			case Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
			case Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
			default: return null;
		}
	};
	let res = _stringify(type);
	if (res === null) {
		const { defaultKeyType, defaultStringType } = ctx.options;
		const t = implicitKey && defaultKeyType || defaultStringType;
		res = _stringify(t);
		if (res === null) throw new Error(`Unsupported default string type ${t}`);
	}
	return res;
}
// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
	const opt = Object.assign({
		blockQuote: true,
		commentString: stringifyComment,
		defaultKeyType: null,
		defaultStringType: "PLAIN",
		directives: null,
		doubleQuotedAsJSON: false,
		doubleQuotedMinMultiLineLength: 40,
		falseStr: "false",
		flowCollectionPadding: true,
		indentSeq: true,
		lineWidth: 80,
		minContentWidth: 20,
		nullStr: "null",
		simpleKeys: false,
		singleQuote: null,
		trailingComma: false,
		trueStr: "true",
		verifyAliasOrder: true
	}, doc.schema.toStringOptions, options);
	let inFlow;
	switch (opt.collectionStyle) {
		case "block":
			inFlow = false;
			break;
		case "flow":
			inFlow = true;
			break;
		default: inFlow = null;
	}
	return {
		anchors: /* @__PURE__ */ new Set(),
		doc,
		flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
		indent: "",
		indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
		inFlow,
		options: opt
	};
}
function getTagObject(tags, item) {
	if (item.tag) {
		const match = tags.filter((t) => t.tag === item.tag);
		if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
	}
	let tagObj = void 0;
	let obj;
	if (isScalar(item)) {
		obj = item.value;
		let match = tags.filter((t) => t.identify?.(obj));
		if (match.length > 1) {
			const testMatch = match.filter((t) => t.test);
			if (testMatch.length > 0) match = testMatch;
		}
		tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
	} else {
		obj = item;
		tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
	}
	if (!tagObj) {
		const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
		throw new Error(`Tag not resolved for ${name} value`);
	}
	return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
	if (!doc.directives) return "";
	const props = [];
	const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
	if (anchor && anchorIsValid(anchor)) {
		anchors.add(anchor);
		props.push(`&${anchor}`);
	}
	const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	if (tag) props.push(doc.directives.tagString(tag));
	return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
	if (isPair(item)) return item.toString(ctx, onComment, onChompKeep);
	if (isAlias(item)) {
		if (ctx.doc.directives) return item.toString(ctx);
		if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
		else {
			if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
			else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
			item = item.resolve(ctx.doc);
		}
	}
	let tagObj = void 0;
	const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
	tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	const props = stringifyProps(node, tagObj, ctx);
	if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
	if (!props) return str;
	return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
}
// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
	const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	let keyComment = isNode(key) && key.comment || null;
	if (simpleKeys) {
		if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
		if (isCollection(key) || !isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
	}
	let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
	ctx = Object.assign({}, ctx, {
		allNullValues: false,
		implicitKey: !explicitKey && (simpleKeys || !allNullValues),
		indent: indent + indentStep
	});
	let keyCommentDone = false;
	let chompKeep = false;
	let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
	if (!explicitKey && !ctx.inFlow && str.length > 1024) {
		if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
		explicitKey = true;
	}
	if (ctx.inFlow) {
		if (allNullValues || value == null) {
			if (keyCommentDone && onComment) onComment();
			return str === "" ? "?" : explicitKey ? `? ${str}` : str;
		}
	} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
		str = `? ${str}`;
		if (keyComment && !keyCommentDone) str += lineComment(str, ctx.indent, commentString(keyComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	if (keyCommentDone) keyComment = null;
	if (explicitKey) {
		if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
		str = `? ${str}\n${indent}:`;
	} else {
		str = `${str}:`;
		if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
	}
	let vsb, vcb, valueComment;
	if (isNode(value)) {
		vsb = !!value.spaceBefore;
		vcb = value.commentBefore;
		valueComment = value.comment;
	} else {
		vsb = false;
		vcb = null;
		valueComment = null;
		if (value && typeof value === "object") value = doc.createNode(value);
	}
	ctx.implicitKey = false;
	if (!explicitKey && !keyComment && isScalar(value)) ctx.indentAtStart = str.length + 1;
	chompKeep = false;
	if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
	let valueCommentDone = false;
	const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
	let ws = " ";
	if (keyComment || vsb || vcb) {
		ws = vsb ? "\n" : "";
		if (vcb) {
			const cs = commentString(vcb);
			ws += `\n${indentComment(cs, ctx.indent)}`;
		}
		if (valueStr === "" && !ctx.inFlow) {
			if (ws === "\n" && valueComment) ws = "\n\n";
		} else ws += `\n${ctx.indent}`;
	} else if (!explicitKey && isCollection(value)) {
		const vs0 = valueStr[0];
		const nl0 = valueStr.indexOf("\n");
		const hasNewline = nl0 !== -1;
		const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
		if (hasNewline || !flow) {
			let hasPropsLine = false;
			if (hasNewline && (vs0 === "&" || vs0 === "!")) {
				let sp0 = valueStr.indexOf(" ");
				if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
				if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
			}
			if (!hasPropsLine) ws = `\n${ctx.indent}`;
		}
	} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
	str += ws + valueStr;
	if (ctx.inFlow) {
		if (valueCommentDone && onComment) onComment();
	} else if (valueComment && !valueCommentDone) str += lineComment(str, ctx.indent, commentString(valueComment));
	else if (chompKeep && onChompKeep) onChompKeep();
	return str;
}
// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
	if (logLevel === "debug" || logLevel === "warn") console.warn(warning);
}
// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
const MERGE_KEY = "<<";
const merge = {
	identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
	default: "key",
	tag: "tag:yaml.org,2002:merge",
	test: /^<<$/,
	resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
	stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
	const source = resolveAliasValue(ctx, value);
	if (isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
	else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
	else mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
	const source = resolveAliasValue(ctx, value);
	if (!isMap(source)) throw new Error("Merge sources must be maps or map aliases");
	const srcMap = source.toJSON(null, ctx, Map);
	for (const [key, value] of srcMap) if (map instanceof Map) {
		if (!map.has(key)) map.set(key, value);
	} else if (map instanceof Set) map.add(key);
	else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
	return map;
}
function resolveAliasValue(ctx, value) {
	return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}
// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map, { key, value }) {
	if (isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
	else if (isMergeKey(ctx, key)) addMergeToJSMap(ctx, map, value);
	else {
		const jsKey = toJS(key, "", ctx);
		if (map instanceof Map) map.set(jsKey, toJS(value, jsKey, ctx));
		else if (map instanceof Set) map.add(jsKey);
		else {
			const stringKey = stringifyKey(key, jsKey, ctx);
			const jsValue = toJS(value, stringKey, ctx);
			if (stringKey in map) Object.defineProperty(map, stringKey, {
				value: jsValue,
				writable: true,
				enumerable: true,
				configurable: true
			});
			else map[stringKey] = jsValue;
		}
	}
	return map;
}
function stringifyKey(key, jsKey, ctx) {
	if (jsKey === null) return "";
	if (typeof jsKey !== "object") return String(jsKey);
	if (isNode(key) && ctx?.doc) {
		const strCtx = createStringifyContext(ctx.doc, {});
		strCtx.anchors = /* @__PURE__ */ new Set();
		for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
		strCtx.inFlow = true;
		strCtx.inStringifyKey = true;
		const strKey = key.toString(strCtx);
		if (!ctx.mapKeyWarned) {
			let jsonStr = JSON.stringify(strKey);
			if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
			warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
			ctx.mapKeyWarned = true;
		}
		return strKey;
	}
	return JSON.stringify(jsKey);
}
// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
	return new Pair(createNode(key, void 0, ctx), createNode(value, void 0, ctx));
}
var Pair = class Pair {
	constructor(key, value = null) {
		Object.defineProperty(this, NODE_TYPE, { value: PAIR });
		this.key = key;
		this.value = value;
	}
	clone(schema) {
		let { key, value } = this;
		if (isNode(key)) key = key.clone(schema);
		if (isNode(value)) value = value.clone(schema);
		return new Pair(key, value);
	}
	toJSON(_, ctx) {
		return addPairToJSMap(ctx, ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {}, this);
	}
	toString(ctx, onComment, onChompKeep) {
		return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
	}
};
// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
	return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	const { indent, options: { commentString } } = ctx;
	const itemCtx = Object.assign({}, ctx, {
		indent: itemIndent,
		type: null
	});
	let chompKeep = false;
	const lines = [];
	for (let i = 0; i < items.length; ++i) {
		const item = items[i];
		let comment = null;
		if (isNode(item)) {
			if (!chompKeep && item.spaceBefore) lines.push("");
			addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
			if (item.comment) comment = item.comment;
		} else if (isPair(item)) {
			const ik = isNode(item.key) ? item.key : null;
			if (ik) {
				if (!chompKeep && ik.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
			}
		}
		chompKeep = false;
		let str = stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
		if (comment) str += lineComment(str, itemIndent, commentString(comment));
		if (chompKeep && comment) chompKeep = false;
		lines.push(blockItemPrefix + str);
	}
	let str;
	if (lines.length === 0) str = flowChars.start + flowChars.end;
	else {
		str = lines[0];
		for (let i = 1; i < lines.length; ++i) {
			const line = lines[i];
			str += line ? `\n${indent}${line}` : "\n";
		}
	}
	if (comment) {
		str += "\n" + indentComment(commentString(comment), indent);
		if (onComment) onComment();
	} else if (chompKeep && onChompKeep) onChompKeep();
	return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	itemIndent += indentStep;
	const itemCtx = Object.assign({}, ctx, {
		indent: itemIndent,
		inFlow: true,
		type: null
	});
	let reqNewline = false;
	let linesAtValue = 0;
	const lines = [];
	for (let i = 0; i < items.length; ++i) {
		const item = items[i];
		let comment = null;
		if (isNode(item)) {
			if (item.spaceBefore) lines.push("");
			addCommentBefore(ctx, lines, item.commentBefore, false);
			if (item.comment) comment = item.comment;
		} else if (isPair(item)) {
			const ik = isNode(item.key) ? item.key : null;
			if (ik) {
				if (ik.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, ik.commentBefore, false);
				if (ik.comment) reqNewline = true;
			}
			const iv = isNode(item.value) ? item.value : null;
			if (iv) {
				if (iv.comment) comment = iv.comment;
				if (iv.commentBefore) reqNewline = true;
			} else if (item.value == null && ik?.comment) comment = ik.comment;
		}
		if (comment) reqNewline = true;
		let str = stringify(item, itemCtx, () => comment = null);
		reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
		if (i < items.length - 1) str += ",";
		else if (ctx.options.trailingComma) {
			if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
			if (reqNewline) str += ",";
		}
		if (comment) str += lineComment(str, itemIndent, commentString(comment));
		lines.push(str);
		linesAtValue = lines.length;
	}
	const { start, end } = flowChars;
	if (lines.length === 0) return start + end;
	else {
		if (!reqNewline) {
			const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
			reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
		}
		if (reqNewline) {
			let str = start;
			for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
			return `${str}\n${indent}${end}`;
		} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
	}
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
	if (comment) {
		const ic = indentComment(commentString(comment), indent);
		lines.push(ic.trimStart());
	}
}
// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
	const k = isScalar(key) ? key.value : key;
	for (const it of items) if (isPair(it)) {
		if (it.key === key || it.key === k) return it;
		if (isScalar(it.key) && it.key.value === k) return it;
	}
}
var YAMLMap = class extends Collection {
	static get tagName() {
		return "tag:yaml.org,2002:map";
	}
	constructor(schema) {
		super(MAP, schema);
		this.items = [];
	}
	static from(schema, obj, ctx) {
		const { keepUndefined, replacer } = ctx;
		const map = new this(schema);
		const add = (key, value) => {
			if (typeof replacer === "function") value = replacer.call(obj, key, value);
			else if (Array.isArray(replacer) && !replacer.includes(key)) return;
			if (value !== void 0 || keepUndefined) map.items.push(createPair(key, value, ctx));
		};
		if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
		else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
		if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
		return map;
	}
	add(pair, overwrite) {
		let _pair;
		if (isPair(pair)) _pair = pair;
		else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair(pair, pair?.value);
		else _pair = new Pair(pair.key, pair.value);
		const prev = findPair(this.items, _pair.key);
		const sortEntries = this.schema?.sortMapEntries;
		if (prev) {
			if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
			if (isScalar(prev.value) && isScalarValue(_pair.value)) prev.value.value = _pair.value;
			else prev.value = _pair.value;
		} else if (sortEntries) {
			const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
			if (i === -1) this.items.push(_pair);
			else this.items.splice(i, 0, _pair);
		} else this.items.push(_pair);
	}
	delete(key) {
		const it = findPair(this.items, key);
		if (!it) return false;
		return this.items.splice(this.items.indexOf(it), 1).length > 0;
	}
	get(key, keepScalar) {
		const node = findPair(this.items, key)?.value;
		return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
	}
	has(key) {
		return !!findPair(this.items, key);
	}
	set(key, value) {
		this.add(new Pair(key, value), true);
	}
	toJSON(_, ctx, Type) {
		const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
		if (ctx?.onCreate) ctx.onCreate(map);
		for (const item of this.items) addPairToJSMap(ctx, map, item);
		return map;
	}
	toString(ctx, onComment, onChompKeep) {
		if (!ctx) return JSON.stringify(this);
		for (const item of this.items) if (!isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
		if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
		return stringifyCollection(this, ctx, {
			blockItemPrefix: "",
			flowChars: {
				start: "{",
				end: "}"
			},
			itemIndent: ctx.indent || "",
			onChompKeep,
			onComment
		});
	}
};
// node_modules/yaml/browser/dist/schema/common/map.js
const map = {
	collection: "map",
	default: true,
	nodeClass: YAMLMap,
	tag: "tag:yaml.org,2002:map",
	resolve(map, onError) {
		if (!isMap(map)) onError("Expected a mapping for this tag");
		return map;
	},
	createNode: (schema, obj, ctx) => YAMLMap.from(schema, obj, ctx)
};
// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
	static get tagName() {
		return "tag:yaml.org,2002:seq";
	}
	constructor(schema) {
		super(SEQ, schema);
		this.items = [];
	}
	add(value) {
		this.items.push(value);
	}
	delete(key) {
		const idx = asItemIndex(key);
		if (typeof idx !== "number") return false;
		return this.items.splice(idx, 1).length > 0;
	}
	get(key, keepScalar) {
		const idx = asItemIndex(key);
		if (typeof idx !== "number") return void 0;
		const it = this.items[idx];
		return !keepScalar && isScalar(it) ? it.value : it;
	}
	has(key) {
		const idx = asItemIndex(key);
		return typeof idx === "number" && idx < this.items.length;
	}
	set(key, value) {
		const idx = asItemIndex(key);
		if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
		const prev = this.items[idx];
		if (isScalar(prev) && isScalarValue(value)) prev.value = value;
		else this.items[idx] = value;
	}
	toJSON(_, ctx) {
		const seq = [];
		if (ctx?.onCreate) ctx.onCreate(seq);
		let i = 0;
		for (const item of this.items) seq.push(toJS(item, String(i++), ctx));
		return seq;
	}
	toString(ctx, onComment, onChompKeep) {
		if (!ctx) return JSON.stringify(this);
		return stringifyCollection(this, ctx, {
			blockItemPrefix: "- ",
			flowChars: {
				start: "[",
				end: "]"
			},
			itemIndent: (ctx.indent || "") + "  ",
			onChompKeep,
			onComment
		});
	}
	static from(schema, obj, ctx) {
		const { replacer } = ctx;
		const seq = new this(schema);
		if (obj && Symbol.iterator in Object(obj)) {
			let i = 0;
			for (let it of obj) {
				if (typeof replacer === "function") {
					const key = obj instanceof Set ? it : String(i++);
					it = replacer.call(obj, key, it);
				}
				seq.items.push(createNode(it, void 0, ctx));
			}
		}
		return seq;
	}
};
function asItemIndex(key) {
	let idx = isScalar(key) ? key.value : key;
	if (idx && typeof idx === "string") idx = Number(idx);
	return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}
// node_modules/yaml/browser/dist/schema/common/seq.js
const seq = {
	collection: "seq",
	default: true,
	nodeClass: YAMLSeq,
	tag: "tag:yaml.org,2002:seq",
	resolve(seq, onError) {
		if (!isSeq(seq)) onError("Expected a sequence for this tag");
		return seq;
	},
	createNode: (schema, obj, ctx) => YAMLSeq.from(schema, obj, ctx)
};
// node_modules/yaml/browser/dist/schema/common/string.js
const string = {
	identify: (value) => typeof value === "string",
	default: true,
	tag: "tag:yaml.org,2002:str",
	resolve: (str) => str,
	stringify(item, ctx, onComment, onChompKeep) {
		ctx = Object.assign({ actualString: true }, ctx);
		return stringifyString(item, ctx, onComment, onChompKeep);
	}
};
// node_modules/yaml/browser/dist/schema/common/null.js
const nullTag = {
	identify: (value) => value == null,
	createNode: () => new Scalar(null),
	default: true,
	tag: "tag:yaml.org,2002:null",
	test: /^(?:~|[Nn]ull|NULL)?$/,
	resolve: () => new Scalar(null),
	stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};
// node_modules/yaml/browser/dist/schema/core/bool.js
const boolTag = {
	identify: (value) => typeof value === "boolean",
	default: true,
	tag: "tag:yaml.org,2002:bool",
	test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
	stringify({ source, value }, ctx) {
		if (source && boolTag.test.test(source)) {
			if (value === (source[0] === "t" || source[0] === "T")) return source;
		}
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
};
// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
	if (typeof value === "bigint") return String(value);
	const num = typeof value === "number" ? value : Number(value);
	if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
	let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
	if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
		let i = n.indexOf(".");
		if (i < 0) {
			i = n.length;
			n += ".";
		}
		let d = minFractionDigits - (n.length - i - 1);
		while (d-- > 0) n += "0";
	}
	return n;
}
// node_modules/yaml/browser/dist/schema/core/float.js
const floatNaN$1 = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
	stringify: stringifyNumber
};
const floatExp$1 = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	format: "EXP",
	test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	resolve: (str) => parseFloat(str),
	stringify(node) {
		const num = Number(node.value);
		return isFinite(num) ? num.toExponential() : stringifyNumber(node);
	}
};
const float$1 = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	resolve(str) {
		const node = new Scalar(parseFloat(str));
		const dot = str.indexOf(".");
		if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
		return node;
	},
	stringify: stringifyNumber
};
// node_modules/yaml/browser/dist/schema/core/int.js
const intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
const intResolve$1 = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify$1(node, radix, prefix) {
	const { value } = node;
	if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
	return stringifyNumber(node);
}
const intOct$1 = {
	identify: (value) => intIdentify$2(value) && value >= 0,
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "OCT",
	test: /^0o[0-7]+$/,
	resolve: (str, _onError, opt) => intResolve$1(str, 2, 8, opt),
	stringify: (node) => intStringify$1(node, 8, "0o")
};
const int$1 = {
	identify: intIdentify$2,
	default: true,
	tag: "tag:yaml.org,2002:int",
	test: /^[-+]?[0-9]+$/,
	resolve: (str, _onError, opt) => intResolve$1(str, 0, 10, opt),
	stringify: stringifyNumber
};
const intHex$1 = {
	identify: (value) => intIdentify$2(value) && value >= 0,
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "HEX",
	test: /^0x[0-9a-fA-F]+$/,
	resolve: (str, _onError, opt) => intResolve$1(str, 2, 16, opt),
	stringify: (node) => intStringify$1(node, 16, "0x")
};
// node_modules/yaml/browser/dist/schema/core/schema.js
const schema$2 = [
	map,
	seq,
	string,
	nullTag,
	boolTag,
	intOct$1,
	int$1,
	intHex$1,
	floatNaN$1,
	floatExp$1,
	float$1
];
// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify$1(value) {
	return typeof value === "bigint" || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
	{
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify: stringifyJSON
	},
	{
		identify: (value) => value == null,
		createNode: () => new Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^null$/,
		resolve: () => null,
		stringify: stringifyJSON
	},
	{
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^true$|^false$/,
		resolve: (str) => str === "true",
		stringify: stringifyJSON
	},
	{
		identify: intIdentify$1,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^-?(?:0|[1-9][0-9]*)$/,
		resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
		stringify: ({ value }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
	},
	{
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
		resolve: (str) => parseFloat(str),
		stringify: stringifyJSON
	}
];
const schema$1 = [map, seq].concat(jsonScalars, {
	default: true,
	tag: "",
	test: /^/,
	resolve(str, onError) {
		onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
		return str;
	}
});
// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
const binary = {
	identify: (value) => value instanceof Uint8Array,
	default: false,
	tag: "tag:yaml.org,2002:binary",
	resolve(src, onError) {
		if (typeof atob === "function") {
			const str = atob(src.replace(/[\n\r]/g, ""));
			const buffer = new Uint8Array(str.length);
			for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
			return buffer;
		} else {
			onError("This environment does not support reading binary tags; either Buffer or atob is required");
			return src;
		}
	},
	stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
		if (!value) return "";
		const buf = value;
		let str;
		if (typeof btoa === "function") {
			let s = "";
			for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
			str = btoa(s);
		} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
		type ?? (type = Scalar.BLOCK_LITERAL);
		if (type !== Scalar.QUOTE_DOUBLE) {
			const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
			const n = Math.ceil(str.length / lineWidth);
			const lines = new Array(n);
			for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
			str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
		}
		return stringifyString({
			comment,
			type,
			value: str
		}, ctx, onComment, onChompKeep);
	}
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq, onError) {
	if (isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
		let item = seq.items[i];
		if (isPair(item)) continue;
		else if (isMap(item)) {
			if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
			const pair = item.items[0] || new Pair(new Scalar(null));
			if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
			if (item.comment) {
				const cn = pair.value ?? pair.key;
				cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
			}
			item = pair;
		}
		seq.items[i] = isPair(item) ? item : new Pair(item);
	}
	else onError("Expected a sequence for this tag");
	return seq;
}
function createPairs(schema, iterable, ctx) {
	const { replacer } = ctx;
	const pairs = new YAMLSeq(schema);
	pairs.tag = "tag:yaml.org,2002:pairs";
	let i = 0;
	if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
		if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
		let key, value;
		if (Array.isArray(it)) {
			if (it.length === 2) {
				key = it[0];
				value = it[1];
			} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
		} else if (it && it instanceof Object) {
			const keys = Object.keys(it);
			if (keys.length === 1) {
				key = keys[0];
				value = it[key];
			} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
		} else key = it;
		pairs.items.push(createPair(key, value, ctx));
	}
	return pairs;
}
const pairs = {
	collection: "seq",
	default: false,
	tag: "tag:yaml.org,2002:pairs",
	resolve: resolvePairs,
	createNode: createPairs
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class YAMLOMap extends YAMLSeq {
	constructor() {
		super();
		this.add = YAMLMap.prototype.add.bind(this);
		this.delete = YAMLMap.prototype.delete.bind(this);
		this.get = YAMLMap.prototype.get.bind(this);
		this.has = YAMLMap.prototype.has.bind(this);
		this.set = YAMLMap.prototype.set.bind(this);
		this.tag = YAMLOMap.tag;
	}
	toJSON(_, ctx) {
		if (!ctx) return super.toJSON(_);
		const map = /* @__PURE__ */ new Map();
		if (ctx?.onCreate) ctx.onCreate(map);
		for (const pair of this.items) {
			let key, value;
			if (isPair(pair)) {
				key = toJS(pair.key, "", ctx);
				value = toJS(pair.value, key, ctx);
			} else key = toJS(pair, "", ctx);
			if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
			map.set(key, value);
		}
		return map;
	}
	static from(schema, iterable, ctx) {
		const pairs = createPairs(schema, iterable, ctx);
		const omap = new this();
		omap.items = pairs.items;
		return omap;
	}
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
const omap = {
	collection: "seq",
	identify: (value) => value instanceof Map,
	nodeClass: YAMLOMap,
	default: false,
	tag: "tag:yaml.org,2002:omap",
	resolve(seq, onError) {
		const pairs = resolvePairs(seq, onError);
		const seenKeys = [];
		for (const { key } of pairs.items) if (isScalar(key)) {
			if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
			else seenKeys.push(key.value);
		}
		return Object.assign(new YAMLOMap(), pairs);
	},
	createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
	if (source && (value ? trueTag : falseTag).test.test(source)) return source;
	return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
	identify: (value) => value === true,
	default: true,
	tag: "tag:yaml.org,2002:bool",
	test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	resolve: () => new Scalar(true),
	stringify: boolStringify
};
const falseTag = {
	identify: (value) => value === false,
	default: true,
	tag: "tag:yaml.org,2002:bool",
	test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	resolve: () => new Scalar(false),
	stringify: boolStringify
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
const floatNaN = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
	stringify: stringifyNumber
};
const floatExp = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	format: "EXP",
	test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	resolve: (str) => parseFloat(str.replace(/_/g, "")),
	stringify(node) {
		const num = Number(node.value);
		return isFinite(num) ? num.toExponential() : stringifyNumber(node);
	}
};
const float = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	resolve(str) {
		const node = new Scalar(parseFloat(str.replace(/_/g, "")));
		const dot = str.indexOf(".");
		if (dot !== -1) {
			const f = str.substring(dot + 1).replace(/_/g, "");
			if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
		}
		return node;
	},
	stringify: stringifyNumber
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
	const sign = str[0];
	if (sign === "-" || sign === "+") offset += 1;
	str = str.substring(offset).replace(/_/g, "");
	if (intAsBigInt) {
		switch (radix) {
			case 2:
				str = `0b${str}`;
				break;
			case 8:
				str = `0o${str}`;
				break;
			case 16: str = `0x${str}`;
		}
		const n = BigInt(str);
		return sign === "-" ? BigInt(-1) * n : n;
	}
	const n = parseInt(str, radix);
	return sign === "-" ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
	const { value } = node;
	if (intIdentify(value)) {
		const str = value.toString(radix);
		return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
	}
	return stringifyNumber(node);
}
const intBin = {
	identify: intIdentify,
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "BIN",
	test: /^[-+]?0b[0-1_]+$/,
	resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	stringify: (node) => intStringify(node, 2, "0b")
};
const intOct = {
	identify: intIdentify,
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "OCT",
	test: /^[-+]?0[0-7_]+$/,
	resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	stringify: (node) => intStringify(node, 8, "0")
};
const int = {
	identify: intIdentify,
	default: true,
	tag: "tag:yaml.org,2002:int",
	test: /^[-+]?[0-9][0-9_]*$/,
	resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	stringify: stringifyNumber
};
const intHex = {
	identify: intIdentify,
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "HEX",
	test: /^[-+]?0x[0-9a-fA-F_]+$/,
	resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	stringify: (node) => intStringify(node, 16, "0x")
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class YAMLSet extends YAMLMap {
	constructor(schema) {
		super(schema);
		this.tag = YAMLSet.tag;
	}
	add(key) {
		let pair;
		if (isPair(key)) pair = key;
		else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair(key.key, null);
		else pair = new Pair(key, null);
		if (!findPair(this.items, pair.key)) this.items.push(pair);
	}
	get(key, keepPair) {
		const pair = findPair(this.items, key);
		return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
	}
	set(key, value) {
		if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
		const prev = findPair(this.items, key);
		if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
		else if (!prev && value) this.items.push(new Pair(key));
	}
	toJSON(_, ctx) {
		return super.toJSON(_, ctx, Set);
	}
	toString(ctx, onComment, onChompKeep) {
		if (!ctx) return JSON.stringify(this);
		if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
		else throw new Error("Set items must all have null values");
	}
	static from(schema, iterable, ctx) {
		const { replacer } = ctx;
		const set = new this(schema);
		if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
			if (typeof replacer === "function") value = replacer.call(iterable, value, value);
			set.items.push(createPair(value, null, ctx));
		}
		return set;
	}
};
YAMLSet.tag = "tag:yaml.org,2002:set";
const set = {
	collection: "map",
	identify: (value) => value instanceof Set,
	nodeClass: YAMLSet,
	default: false,
	tag: "tag:yaml.org,2002:set",
	createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	resolve(map, onError) {
		if (isMap(map)) {
			if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
			else onError("Set items must all have null values");
		} else onError("Expected a mapping for this tag");
		return map;
	}
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
	const sign = str[0];
	const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
	const num = (n) => asBigInt ? BigInt(n) : Number(n);
	const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
	return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
	let { value } = node;
	let num = (n) => n;
	if (typeof value === "bigint") num = (n) => BigInt(n);
	else if (isNaN(value) || !isFinite(value)) return stringifyNumber(node);
	let sign = "";
	if (value < 0) {
		sign = "-";
		value *= num(-1);
	}
	const _60 = num(60);
	const parts = [value % _60];
	if (value < 60) parts.unshift(0);
	else {
		value = (value - parts[0]) / _60;
		parts.unshift(value % _60);
		if (value >= 60) {
			value = (value - parts[0]) / _60;
			parts.unshift(value);
		}
	}
	return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
const intTime = {
	identify: (value) => typeof value === "bigint" || Number.isInteger(value),
	default: true,
	tag: "tag:yaml.org,2002:int",
	format: "TIME",
	test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	stringify: stringifySexagesimal
};
const floatTime = {
	identify: (value) => typeof value === "number",
	default: true,
	tag: "tag:yaml.org,2002:float",
	format: "TIME",
	test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	resolve: (str) => parseSexagesimal(str, false),
	stringify: stringifySexagesimal
};
const timestamp = {
	identify: (value) => value instanceof Date,
	default: true,
	tag: "tag:yaml.org,2002:timestamp",
	test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
	resolve(str) {
		const match = str.match(timestamp.test);
		if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
		const [, year, month, day, hour, minute, second] = match.map(Number);
		const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
		let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
		const tz = match[8];
		if (tz && tz !== "Z") {
			let d = parseSexagesimal(tz, false);
			if (Math.abs(d) < 30) d *= 60;
			date -= 6e4 * d;
		}
		return new Date(date);
	},
	stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};
// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
const schema = [
	map,
	seq,
	string,
	nullTag,
	trueTag,
	falseTag,
	intBin,
	intOct,
	int,
	intHex,
	floatNaN,
	floatExp,
	float,
	binary,
	merge,
	omap,
	pairs,
	set,
	intTime,
	floatTime,
	timestamp
];
// node_modules/yaml/browser/dist/schema/tags.js
const schemas = /* @__PURE__ */ new Map([
	["core", schema$2],
	["failsafe", [
		map,
		seq,
		string
	]],
	["json", schema$1],
	["yaml11", schema],
	["yaml-1.1", schema]
]);
const tagsByName = {
	binary,
	bool: boolTag,
	float: float$1,
	floatExp: floatExp$1,
	floatNaN: floatNaN$1,
	floatTime,
	int: int$1,
	intHex: intHex$1,
	intOct: intOct$1,
	intTime,
	map,
	merge,
	null: nullTag,
	omap,
	pairs,
	seq,
	set,
	timestamp
};
const coreKnownTags = {
	"tag:yaml.org,2002:binary": binary,
	"tag:yaml.org,2002:merge": merge,
	"tag:yaml.org,2002:omap": omap,
	"tag:yaml.org,2002:pairs": pairs,
	"tag:yaml.org,2002:set": set,
	"tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
	const schemaTags = schemas.get(schemaName);
	if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
	let tags = schemaTags;
	if (!tags) {
		if (Array.isArray(customTags)) tags = [];
		else {
			const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
			throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
		}
	}
	if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
	else if (typeof customTags === "function") tags = customTags(tags.slice());
	if (addMergeTag) tags = tags.concat(merge);
	return tags.reduce((tags, tag) => {
		const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
		if (!tagObj) {
			const tagName = JSON.stringify(tag);
			const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
			throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
		}
		if (!tags.includes(tagObj)) tags.push(tagObj);
		return tags;
	}, []);
}
// node_modules/yaml/browser/dist/schema/Schema.js
const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class Schema {
	constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
		this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
		this.name = typeof schema === "string" && schema || "core";
		this.knownTags = resolveKnownTags ? coreKnownTags : {};
		this.tags = getTags(customTags, this.name, merge);
		this.toStringOptions = toStringDefaults ?? null;
		Object.defineProperty(this, MAP, { value: map });
		Object.defineProperty(this, SCALAR$1, { value: string });
		Object.defineProperty(this, SEQ, { value: seq });
		this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
	}
	clone() {
		const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
		copy.tags = this.tags.slice();
		return copy;
	}
};
// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
	const lines = [];
	let hasDirectives = options.directives === true;
	if (options.directives !== false && doc.directives) {
		const dir = doc.directives.toString(doc);
		if (dir) {
			lines.push(dir);
			hasDirectives = true;
		} else if (doc.directives.docStart) hasDirectives = true;
	}
	if (hasDirectives) lines.push("---");
	const ctx = createStringifyContext(doc, options);
	const { commentString } = ctx.options;
	if (doc.commentBefore) {
		if (lines.length !== 1) lines.unshift("");
		const cs = commentString(doc.commentBefore);
		lines.unshift(indentComment(cs, ""));
	}
	let chompKeep = false;
	let contentComment = null;
	if (doc.contents) {
		if (isNode(doc.contents)) {
			if (doc.contents.spaceBefore && hasDirectives) lines.push("");
			if (doc.contents.commentBefore) {
				const cs = commentString(doc.contents.commentBefore);
				lines.push(indentComment(cs, ""));
			}
			ctx.forceBlockIndent = !!doc.comment;
			contentComment = doc.contents.comment;
		}
		const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
		let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
		if (contentComment) body += lineComment(body, "", commentString(contentComment));
		if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
		else lines.push(body);
	} else lines.push(stringify(doc.contents, ctx));
	if (doc.directives?.docEnd) {
		if (doc.comment) {
			const cs = commentString(doc.comment);
			if (cs.includes("\n")) {
				lines.push("...");
				lines.push(indentComment(cs, ""));
			} else lines.push(`... ${cs}`);
		} else lines.push("...");
	} else {
		let dc = doc.comment;
		if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
		if (dc) {
			if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
			lines.push(indentComment(commentString(dc), ""));
		}
	}
	return lines.join("\n") + "\n";
}
// node_modules/yaml/browser/dist/doc/Document.js
var Document = class Document {
	constructor(value, replacer, options) {
		this.commentBefore = null;
		this.comment = null;
		this.errors = [];
		this.warnings = [];
		Object.defineProperty(this, NODE_TYPE, { value: DOC });
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) {
			options = replacer;
			replacer = void 0;
		}
		const opt = Object.assign({
			intAsBigInt: false,
			keepSourceTokens: false,
			logLevel: "warn",
			prettyErrors: true,
			strict: true,
			stringKeys: false,
			uniqueKeys: true,
			version: "1.2"
		}, options);
		this.options = opt;
		let { version } = opt;
		if (options?._directives) {
			this.directives = options._directives.atDocument();
			if (this.directives.yaml.explicit) version = this.directives.yaml.version;
		} else this.directives = new Directives({ version });
		this.setSchema(version, options);
		this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
	}
	clone() {
		const copy = Object.create(Document.prototype, { [NODE_TYPE]: { value: DOC } });
		copy.commentBefore = this.commentBefore;
		copy.comment = this.comment;
		copy.errors = this.errors.slice();
		copy.warnings = this.warnings.slice();
		copy.options = Object.assign({}, this.options);
		if (this.directives) copy.directives = this.directives.clone();
		copy.schema = this.schema.clone();
		copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
		if (this.range) copy.range = this.range.slice();
		return copy;
	}
	add(value) {
		if (assertCollection(this.contents)) this.contents.add(value);
	}
	addIn(path, value) {
		if (assertCollection(this.contents)) this.contents.addIn(path, value);
	}
	createAlias(node, name) {
		if (!node.anchor) {
			const prev = anchorNames(this);
			node.anchor = !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
		}
		return new Alias(node.anchor);
	}
	createNode(value, replacer, options) {
		let _replacer = void 0;
		if (typeof replacer === "function") {
			value = replacer.call({ "": value }, "", value);
			_replacer = replacer;
		} else if (Array.isArray(replacer)) {
			const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
			const asStr = replacer.filter(keyToStr).map(String);
			if (asStr.length > 0) replacer = replacer.concat(asStr);
			_replacer = replacer;
		} else if (options === void 0 && replacer) {
			options = replacer;
			replacer = void 0;
		}
		const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
		const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(this, anchorPrefix || "a");
		const ctx = {
			aliasDuplicateObjects: aliasDuplicateObjects ?? true,
			keepUndefined: keepUndefined ?? false,
			onAnchor,
			onTagObj,
			replacer: _replacer,
			schema: this.schema,
			sourceObjects
		};
		const node = createNode(value, tag, ctx);
		if (flow && isCollection(node)) node.flow = true;
		setAnchors();
		return node;
	}
	createPair(key, value, options = {}) {
		return new Pair(this.createNode(key, null, options), this.createNode(value, null, options));
	}
	delete(key) {
		return assertCollection(this.contents) ? this.contents.delete(key) : false;
	}
	deleteIn(path) {
		if (isEmptyPath(path)) {
			if (this.contents == null) return false;
			this.contents = null;
			return true;
		}
		return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
	}
	get(key, keepScalar) {
		return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
	}
	getIn(path, keepScalar) {
		if (isEmptyPath(path)) return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
		return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
	}
	has(key) {
		return isCollection(this.contents) ? this.contents.has(key) : false;
	}
	hasIn(path) {
		if (isEmptyPath(path)) return this.contents !== void 0;
		return isCollection(this.contents) ? this.contents.hasIn(path) : false;
	}
	set(key, value) {
		if (this.contents == null) this.contents = collectionFromPath(this.schema, [key], value);
		else if (assertCollection(this.contents)) this.contents.set(key, value);
	}
	setIn(path, value) {
		if (isEmptyPath(path)) this.contents = value;
		else if (this.contents == null) this.contents = collectionFromPath(this.schema, Array.from(path), value);
		else if (assertCollection(this.contents)) this.contents.setIn(path, value);
	}
	setSchema(version, options = {}) {
		if (typeof version === "number") version = String(version);
		let opt;
		switch (version) {
			case "1.1":
				if (this.directives) this.directives.yaml.version = "1.1";
				else this.directives = new Directives({ version: "1.1" });
				opt = {
					resolveKnownTags: false,
					schema: "yaml-1.1"
				};
				break;
			case "1.2":
			case "next":
				if (this.directives) this.directives.yaml.version = version;
				else this.directives = new Directives({ version });
				opt = {
					resolveKnownTags: true,
					schema: "core"
				};
				break;
			case null:
				if (this.directives) delete this.directives;
				opt = null;
				break;
			default: {
				const sv = JSON.stringify(version);
				throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
			}
		}
		if (options.schema instanceof Object) this.schema = options.schema;
		else if (opt) this.schema = new Schema(Object.assign(opt, options));
		else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	}
	toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
		const ctx = {
			anchors: /* @__PURE__ */ new Map(),
			doc: this,
			keep: !json,
			mapAsMap: mapAsMap === true,
			mapKeyWarned: false,
			maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
		};
		const res = toJS(this.contents, jsonArg ?? "", ctx);
		if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
		return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
	}
	toJSON(jsonArg, onAnchor) {
		return this.toJS({
			json: true,
			jsonArg,
			mapAsMap: false,
			onAnchor
		});
	}
	toString(options = {}) {
		if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
		if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
			const s = JSON.stringify(options.indent);
			throw new Error(`"indent" option must be a positive integer, not ${s}`);
		}
		return stringifyDocument(this, options);
	}
};
function assertCollection(contents) {
	if (isCollection(contents)) return true;
	throw new Error("Expected a YAML collection as document contents");
}
// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
	constructor(name, pos, code, message) {
		super();
		this.name = name;
		this.code = code;
		this.message = message;
		this.pos = pos;
	}
};
var YAMLParseError = class extends YAMLError {
	constructor(pos, code, message) {
		super("YAMLParseError", pos, code, message);
	}
};
var YAMLWarning = class extends YAMLError {
	constructor(pos, code, message) {
		super("YAMLWarning", pos, code, message);
	}
};
const prettifyError = (src, lc) => (error) => {
	if (error.pos[0] === -1) return;
	error.linePos = error.pos.map((pos) => lc.linePos(pos));
	const { line, col } = error.linePos[0];
	error.message += ` at line ${line}, column ${col}`;
	let ci = col - 1;
	let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
	if (ci >= 60 && lineStr.length > 80) {
		const trimStart = Math.min(ci - 39, lineStr.length - 79);
		lineStr = "\u2026" + lineStr.substring(trimStart);
		ci -= trimStart - 1;
	}
	if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "\u2026";
	if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
		let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
		if (prev.length > 80) prev = prev.substring(0, 79) + "\u2026\n";
		lineStr = prev + lineStr;
	}
	if (/[^ ]/.test(lineStr)) {
		let count = 1;
		const end = error.linePos[1];
		if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
		const pointer = " ".repeat(ci) + "^".repeat(count);
		error.message += `:\n\n${lineStr}\n${pointer}\n`;
	}
};
// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	let spaceBefore = false;
	let atNewline = startOnNewline;
	let hasSpace = startOnNewline;
	let comment = "";
	let commentSep = "";
	let hasNewline = false;
	let reqSpace = false;
	let tab = null;
	let anchor = null;
	let tag = null;
	let newlineAfterProp = null;
	let comma = null;
	let found = null;
	let start = null;
	for (const token of tokens) {
		if (reqSpace) {
			if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
			reqSpace = false;
		}
		if (tab) {
			if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
			tab = null;
		}
		switch (token.type) {
			case "space":
				if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
				hasSpace = true;
				break;
			case "comment": {
				if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
				const cb = token.source.substring(1) || " ";
				if (!comment) comment = cb;
				else comment += commentSep + cb;
				commentSep = "";
				atNewline = false;
				break;
			}
			case "newline":
				if (atNewline) {
					if (comment) comment += token.source;
					else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
				} else commentSep += token.source;
				atNewline = true;
				hasNewline = true;
				if (anchor || tag) newlineAfterProp = token;
				hasSpace = true;
				break;
			case "anchor":
				if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
				if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
				anchor = token;
				start ?? (start = token.offset);
				atNewline = false;
				hasSpace = false;
				reqSpace = true;
				break;
			case "tag":
				if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
				tag = token;
				start ?? (start = token.offset);
				atNewline = false;
				hasSpace = false;
				reqSpace = true;
				break;
			case indicator:
				if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
				if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
				found = token;
				atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
				hasSpace = false;
				break;
			case "comma": if (flow) {
				if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
				comma = token;
				atNewline = false;
				hasSpace = false;
				break;
			}
			default:
				onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
				atNewline = false;
				hasSpace = false;
		}
	}
	const last = tokens[tokens.length - 1];
	const end = last ? last.offset + last.source.length : offset;
	if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
	if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
	return {
		comma,
		found,
		spaceBefore,
		comment,
		hasNewline,
		anchor,
		tag,
		newlineAfterProp,
		end,
		start: start ?? end
	};
}
// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
	if (!key) return null;
	switch (key.type) {
		case "alias":
		case "scalar":
		case "double-quoted-scalar":
		case "single-quoted-scalar":
			if (key.source.includes("\n")) return true;
			if (key.end) {
				for (const st of key.end) if (st.type === "newline") return true;
			}
			return false;
		case "flow-collection":
			for (const it of key.items) {
				for (const st of it.start) if (st.type === "newline") return true;
				if (it.sep) {
					for (const st of it.sep) if (st.type === "newline") return true;
				}
				if (containsNewline(it.key) || containsNewline(it.value)) return true;
			}
			return false;
		default: return true;
	}
}
// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
	if (fc?.type === "flow-collection") {
		const end = fc.end[0];
		if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
	}
}
// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
	const { uniqueKeys } = ctx.options;
	if (uniqueKeys === false) return false;
	const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
	return items.some((pair) => isEqual(pair.key, search));
}
// node_modules/yaml/browser/dist/compose/resolve-block-map.js
const startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	const map = new ((tag?.nodeClass) ?? YAMLMap)(ctx.schema);
	if (ctx.atRoot) ctx.atRoot = false;
	let offset = bm.offset;
	let commentEnd = null;
	for (const collItem of bm.items) {
		const { start, key, sep, value } = collItem;
		const keyProps = resolveProps(start, {
			indicator: "explicit-key-ind",
			next: key ?? sep?.[0],
			offset,
			onError,
			parentIndent: bm.indent,
			startOnNewline: true
		});
		const implicitKey = !keyProps.found;
		if (implicitKey) {
			if (key) {
				if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
				else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			}
			if (!keyProps.anchor && !keyProps.tag && !sep) {
				commentEnd = keyProps.end;
				if (keyProps.comment) {
					if (map.comment) map.comment += "\n" + keyProps.comment;
					else map.comment = keyProps.comment;
				}
				continue;
			}
			if (keyProps.newlineAfterProp || containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
		} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
		ctx.atKey = true;
		const keyStart = keyProps.end;
		const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
		if (ctx.schema.compat) flowIndentCheck(bm.indent, key, onError);
		ctx.atKey = false;
		if (mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
		const valueProps = resolveProps(sep ?? [], {
			indicator: "map-value-ind",
			next: value,
			offset: keyNode.range[2],
			onError,
			parentIndent: bm.indent,
			startOnNewline: !key || key.type === "block-scalar"
		});
		offset = valueProps.end;
		if (valueProps.found) {
			if (implicitKey) {
				if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
				if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
			}
			const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
			if (ctx.schema.compat) flowIndentCheck(bm.indent, value, onError);
			offset = valueNode.range[2];
			const pair = new Pair(keyNode, valueNode);
			if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
			map.items.push(pair);
		} else {
			if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
			if (valueProps.comment) {
				if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
				else keyNode.comment = valueProps.comment;
			}
			const pair = new Pair(keyNode);
			if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
			map.items.push(pair);
		}
	}
	if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
	map.range = [
		bm.offset,
		offset,
		commentEnd ?? offset
	];
	return map;
}
// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	const seq = new ((tag?.nodeClass) ?? YAMLSeq)(ctx.schema);
	if (ctx.atRoot) ctx.atRoot = false;
	if (ctx.atKey) ctx.atKey = false;
	let offset = bs.offset;
	let commentEnd = null;
	for (const { start, value } of bs.items) {
		const props = resolveProps(start, {
			indicator: "seq-item-ind",
			next: value,
			offset,
			onError,
			parentIndent: bs.indent,
			startOnNewline: true
		});
		if (!props.found) {
			if (props.anchor || props.tag || value) {
				if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
				else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
			} else {
				commentEnd = props.end;
				if (props.comment) seq.comment = props.comment;
				continue;
			}
		}
		const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
		if (ctx.schema.compat) flowIndentCheck(bs.indent, value, onError);
		offset = node.range[2];
		seq.items.push(node);
	}
	seq.range = [
		bs.offset,
		offset,
		commentEnd ?? offset
	];
	return seq;
}
// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
	let comment = "";
	if (end) {
		let hasSpace = false;
		let sep = "";
		for (const token of end) {
			const { source, type } = token;
			switch (type) {
				case "space":
					hasSpace = true;
					break;
				case "comment": {
					if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += sep + cb;
					sep = "";
					break;
				}
				case "newline":
					if (comment) sep += source;
					hasSpace = true;
					break;
				default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
			}
			offset += source.length;
		}
	}
	return {
		comment,
		offset
	};
}
// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
const blockMsg = "Block collections are not allowed within flow collections";
const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	const isMap = fc.start.source === "{";
	const fcName = isMap ? "flow map" : "flow sequence";
	const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap : YAMLSeq))(ctx.schema);
	coll.flow = true;
	const atRoot = ctx.atRoot;
	if (atRoot) ctx.atRoot = false;
	if (ctx.atKey) ctx.atKey = false;
	let offset = fc.offset + fc.start.source.length;
	for (let i = 0; i < fc.items.length; ++i) {
		const collItem = fc.items[i];
		const { start, key, sep, value } = collItem;
		const props = resolveProps(start, {
			flow: fcName,
			indicator: "explicit-key-ind",
			next: key ?? sep?.[0],
			offset,
			onError,
			parentIndent: fc.indent,
			startOnNewline: false
		});
		if (!props.found) {
			if (!props.anchor && !props.tag && !sep && !value) {
				if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
				else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
				if (props.comment) {
					if (coll.comment) coll.comment += "\n" + props.comment;
					else coll.comment = props.comment;
				}
				offset = props.end;
				continue;
			}
			if (!isMap && ctx.options.strict && containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
		}
		if (i === 0) {
			if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
		} else {
			if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
			if (props.comment) {
				let prevItemComment = "";
				loop: for (const st of start) switch (st.type) {
					case "comma":
					case "space": break;
					case "comment":
						prevItemComment = st.source.substring(1);
						break loop;
					default: break loop;
				}
				if (prevItemComment) {
					let prev = coll.items[coll.items.length - 1];
					if (isPair(prev)) prev = prev.value ?? prev.key;
					if (prev.comment) prev.comment += "\n" + prevItemComment;
					else prev.comment = prevItemComment;
					props.comment = props.comment.substring(prevItemComment.length + 1);
				}
			}
		}
		if (!isMap && !sep && !props.found) {
			const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
			coll.items.push(valueNode);
			offset = valueNode.range[2];
			if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
		} else {
			ctx.atKey = true;
			const keyStart = props.end;
			const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
			if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
			ctx.atKey = false;
			const valueProps = resolveProps(sep ?? [], {
				flow: fcName,
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (valueProps.found) {
				if (!isMap && !props.found && ctx.options.strict) {
					if (sep) for (const st of sep) {
						if (st === valueProps.found) break;
						if (st.type === "newline") {
							onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
							break;
						}
					}
					if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
				}
			} else if (value) {
				if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
				else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
			}
			const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
			if (valueNode) {
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else if (valueProps.comment) {
				if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
				else keyNode.comment = valueProps.comment;
			}
			const pair = new Pair(keyNode, valueNode);
			if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
			if (isMap) {
				const map = coll;
				if (mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
				map.items.push(pair);
			} else {
				const map = new YAMLMap(ctx.schema);
				map.flow = true;
				map.items.push(pair);
				const endRange = (valueNode ?? keyNode).range;
				map.range = [
					keyNode.range[0],
					endRange[1],
					endRange[2]
				];
				coll.items.push(map);
			}
			offset = valueNode ? valueNode.range[2] : valueProps.end;
		}
	}
	const expectedEnd = isMap ? "}" : "]";
	const [ce, ...ee] = fc.end;
	let cePos = offset;
	if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
	else {
		const name = fcName[0].toUpperCase() + fcName.substring(1);
		const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
		onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
		if (ce && ce.source.length !== 1) ee.unshift(ce);
	}
	if (ee.length > 0) {
		const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
		if (end.comment) {
			if (coll.comment) coll.comment += "\n" + end.comment;
			else coll.comment = end.comment;
		}
		coll.range = [
			fc.offset,
			cePos,
			end.offset
		];
	} else coll.range = [
		fc.offset,
		cePos,
		cePos
	];
	return coll;
}
// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	const coll = token.type === "block-map" ? resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection(CN, ctx, token, onError, tag);
	const Coll = coll.constructor;
	if (tagName === "!" || tagName === Coll.tagName) {
		coll.tag = Coll.tagName;
		return coll;
	}
	if (tagName) coll.tag = tagName;
	return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
	const tagToken = props.tag;
	const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
	if (token.type === "block-seq") {
		const { anchor, newlineAfterProp: nl } = props;
		const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
		if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
	}
	const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
	if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
	let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
	if (!tag) {
		const kt = ctx.schema.knownTags[tagName];
		if (kt?.collection === expType) {
			ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
			tag = kt;
		} else {
			if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
			else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
			return resolveCollection(CN, ctx, token, onError, tagName);
		}
	}
	const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
	const node = isNode(res) ? res : new Scalar(res);
	node.range = coll.range;
	node.tag = tagName;
	if (tag?.format) node.format = tag.format;
	return node;
}
// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
	const start = scalar.offset;
	const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	if (!header) return {
		value: "",
		type: null,
		comment: "",
		range: [
			start,
			start,
			start
		]
	};
	const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
	const lines = scalar.source ? splitLines(scalar.source) : [];
	let chompStart = lines.length;
	for (let i = lines.length - 1; i >= 0; --i) {
		const content = lines[i][1];
		if (content === "" || content === "\r") chompStart = i;
		else break;
	}
	if (chompStart === 0) {
		const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
		let end = start + header.length;
		if (scalar.source) end += scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	let trimIndent = scalar.indent + header.indent;
	let offset = scalar.offset + header.length;
	let contentStart = 0;
	for (let i = 0; i < chompStart; ++i) {
		const [indent, content] = lines[i];
		if (content === "" || content === "\r") {
			if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
		} else {
			if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
			if (header.indent === 0) trimIndent = indent.length;
			contentStart = i;
			if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
			break;
		}
		offset += indent.length + content.length + 1;
	}
	for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
	let value = "";
	let sep = "";
	let prevMoreIndented = false;
	for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
	for (let i = contentStart; i < chompStart; ++i) {
		let [indent, content] = lines[i];
		offset += indent.length + content.length + 1;
		const crlf = content[content.length - 1] === "\r";
		if (crlf) content = content.slice(0, -1);
		/* istanbul ignore if already caught in lexer */
		if (content && indent.length < trimIndent) {
			const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
			onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
			indent = "";
		}
		if (type === Scalar.BLOCK_LITERAL) {
			value += sep + indent.slice(trimIndent) + content;
			sep = "\n";
		} else if (indent.length > trimIndent || content[0] === "	") {
			if (sep === " ") sep = "\n";
			else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
			value += sep + indent.slice(trimIndent) + content;
			sep = "\n";
			prevMoreIndented = true;
		} else if (content === "") {
			if (sep === "\n") value += "\n";
			else sep = "\n";
		} else {
			value += sep + content;
			sep = " ";
			prevMoreIndented = false;
		}
	}
	switch (header.chomp) {
		case "-": break;
		case "+":
			for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
			if (value[value.length - 1] !== "\n") value += "\n";
			break;
		default: value += "\n";
	}
	const end = start + header.length + scalar.source.length;
	return {
		value,
		type,
		comment: header.comment,
		range: [
			start,
			end,
			end
		]
	};
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
	/* istanbul ignore if should not happen */
	if (props[0].type !== "block-scalar-header") {
		onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
		return null;
	}
	const { source } = props[0];
	const mode = source[0];
	let indent = 0;
	let chomp = "";
	let error = -1;
	for (let i = 1; i < source.length; ++i) {
		const ch = source[i];
		if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
		else {
			const n = Number(ch);
			if (!indent && n) indent = n;
			else if (error === -1) error = offset + i;
		}
	}
	if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
	let hasSpace = false;
	let comment = "";
	let length = source.length;
	for (let i = 1; i < props.length; ++i) {
		const token = props[i];
		switch (token.type) {
			case "space": hasSpace = true;
			case "newline":
				length += token.source.length;
				break;
			case "comment":
				if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
				length += token.source.length;
				comment = token.source.substring(1);
				break;
			case "error":
				onError(token, "UNEXPECTED_TOKEN", token.message);
				length += token.source.length;
				break;
			/* istanbul ignore next should not happen */
			default: {
				onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
				const ts = token.source;
				if (ts && typeof ts === "string") length += ts.length;
			}
		}
	}
	return {
		mode,
		indent,
		chomp,
		comment,
		length
	};
}
function splitLines(source) {
	const split = source.split(/\n( *)/);
	const first = split[0];
	const m = first.match(/^( *)/);
	const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
	for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
	return lines;
}
// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
	const { offset, type, source, end } = scalar;
	let _type;
	let value;
	const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	switch (type) {
		case "scalar":
			_type = Scalar.PLAIN;
			value = plainValue(source, _onError);
			break;
		case "single-quoted-scalar":
			_type = Scalar.QUOTE_SINGLE;
			value = singleQuotedValue(source, _onError);
			break;
		case "double-quoted-scalar":
			_type = Scalar.QUOTE_DOUBLE;
			value = doubleQuotedValue(source, _onError);
			break;
		/* istanbul ignore next should not happen */
		default:
			onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
			return {
				value: "",
				type: null,
				comment: "",
				range: [
					offset,
					offset + source.length,
					offset + source.length
				]
			};
	}
	const valueEnd = offset + source.length;
	const re = resolveEnd(end, valueEnd, strict, onError);
	return {
		value,
		type: _type,
		comment: re.comment,
		range: [
			offset,
			valueEnd,
			re.offset
		]
	};
}
function plainValue(source, onError) {
	let badChar = "";
	switch (source[0]) {
		/* istanbul ignore next should not happen */
		case "	":
			badChar = "a tab character";
			break;
		case ",":
			badChar = "flow indicator character ,";
			break;
		case "%":
			badChar = "directive indicator character %";
			break;
		case "|":
		case ">":
			badChar = `block scalar indicator ${source[0]}`;
			break;
		case "@":
		case "`": badChar = `reserved character ${source[0]}`;
	}
	if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
	return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
	if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
	return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
	const line = /(.*?)\r?\n/sy;
	let match = line.exec(source);
	if (!match) return source;
	let trimEnd, trimBoth;
	try {
		trimEnd = new RegExp("(?<![ 	])[ 	]+$");
		trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
	} catch {
		trimEnd = /[ \t]+$/;
		trimBoth = /^[ \t]+|[ \t]+$/g;
	}
	let res = match[1].replace(trimEnd, "");
	let sep = " ";
	let pos = line.lastIndex;
	while (match = line.exec(source)) {
		const lm = match[1].replace(trimBoth, "");
		if (lm === "") {
			if (sep === "\n") res += sep;
			else sep = "\n";
		} else {
			res += sep + lm;
			sep = " ";
		}
		pos = line.lastIndex;
	}
	const last = /[ \t]*(.*)/sy;
	last.lastIndex = pos;
	match = last.exec(source);
	return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
	let res = "";
	for (let i = 1; i < source.length - 1; ++i) {
		const ch = source[i];
		if (ch === "\r" && source[i + 1] === "\n") continue;
		if (ch === "\n") {
			const { fold, offset } = foldNewline(source, i);
			res += fold;
			i = offset;
		} else if (ch === "\\") {
			let next = source[++i];
			const cc = escapeCodes[next];
			if (cc) res += cc;
			else if (next === "\n") {
				next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
			} else if (next === "\r" && source[i + 1] === "\n") {
				next = source[++i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
			} else if (next === "x" || next === "u" || next === "U") {
				const length = next === "x" ? 2 : next === "u" ? 4 : 8;
				res += parseCharCode(source, i + 1, length, onError);
				i += length;
			} else {
				const raw = source.substr(i - 1, 2);
				onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
				res += raw;
			}
		} else if (ch === " " || ch === "	") {
			const wsStart = i;
			let next = source[i + 1];
			while (next === " " || next === "	") next = source[++i + 1];
			if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
		} else res += ch;
	}
	if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
	return res;
}
function foldNewline(source, offset) {
	let fold = "";
	let ch = source[offset + 1];
	while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
		if (ch === "\r" && source[offset + 2] !== "\n") break;
		if (ch === "\n") fold += "\n";
		offset += 1;
		ch = source[offset + 1];
	}
	if (!fold) fold = " ";
	return {
		fold,
		offset
	};
}
const escapeCodes = {
	"0": "\0",
	a: "\x07",
	b: "\b",
	e: "\x1B",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "	",
	v: "\v",
	N: "\u0085",
	_: "\u00A0",
	L: "\u2028",
	P: "\u2029",
	" ": " ",
	"\"": "\"",
	"/": "/",
	"\\": "\\",
	"	": "	"
};
function parseCharCode(source, offset, length, onError) {
	const cc = source.substr(offset, length);
	const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
	try {
		return String.fromCodePoint(code);
	} catch {
		const raw = source.substr(offset - 2, length + 2);
		onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
		return raw;
	}
}
// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
	const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
	const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
	let tag;
	if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[SCALAR$1];
	else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
	else tag = ctx.schema[SCALAR$1];
	let scalar;
	try {
		const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
		scalar = isScalar(res) ? res : new Scalar(res);
	} catch (error) {
		const msg = error instanceof Error ? error.message : String(error);
		onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
		scalar = new Scalar(value);
	}
	scalar.range = range;
	scalar.source = value;
	if (type) scalar.type = type;
	if (tagName) scalar.tag = tagName;
	if (tag.format) scalar.format = tag.format;
	if (comment) scalar.comment = comment;
	return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	if (tagName === "!") return schema[SCALAR$1];
	const matchWithTest = [];
	for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
		if (tag.default && tag.test) matchWithTest.push(tag);
		else return tag;
	}
	for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
	const kt = schema.knownTags[tagName];
	if (kt && !kt.collection) {
		schema.tags.push(Object.assign({}, kt, {
			default: false,
			test: void 0
		}));
		return kt;
	}
	onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
	return schema[SCALAR$1];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[SCALAR$1];
	if (schema.compat) {
		const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[SCALAR$1];
		if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
	}
	return tag;
}
// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
	if (before) {
		pos ?? (pos = before.length);
		for (let i = pos - 1; i >= 0; --i) {
			let st = before[i];
			switch (st.type) {
				case "space":
				case "comment":
				case "newline":
					offset -= st.source.length;
					continue;
			}
			st = before[++i];
			while (st?.type === "space") {
				offset += st.source.length;
				st = before[++i];
			}
			break;
		}
	}
	return offset;
}
// node_modules/yaml/browser/dist/compose/compose-node.js
const CN = {
	composeNode,
	composeEmptyNode
};
function composeNode(ctx, token, props, onError) {
	const atKey = ctx.atKey;
	const { spaceBefore, comment, anchor, tag } = props;
	let node;
	let isSrcToken = true;
	switch (token.type) {
		case "alias":
			node = composeAlias(ctx, token, onError);
			if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
			break;
		case "scalar":
		case "single-quoted-scalar":
		case "double-quoted-scalar":
		case "block-scalar":
			node = composeScalar(ctx, token, tag, onError);
			if (anchor) node.anchor = anchor.source.substring(1);
			break;
		case "block-map":
		case "block-seq":
		case "flow-collection":
			try {
				node = composeCollection(CN, ctx, token, props, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
			} catch (error) {
				onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
			}
			break;
		default:
			onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
			isSrcToken = false;
	}
	node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
	if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
	if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
	if (spaceBefore) node.spaceBefore = true;
	if (comment) {
		if (token.type === "scalar" && token.source === "") node.comment = comment;
		else node.commentBefore = comment;
	}
	if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
	return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	const node = composeScalar(ctx, {
		type: "scalar",
		offset: emptyScalarPosition(offset, before, pos),
		indent: -1,
		source: ""
	}, tag, onError);
	if (anchor) {
		node.anchor = anchor.source.substring(1);
		if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
	}
	if (spaceBefore) node.spaceBefore = true;
	if (comment) {
		node.comment = comment;
		node.range[2] = end;
	}
	return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
	const alias = new Alias(source.substring(1));
	if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
	if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
	const valueEnd = offset + source.length;
	const re = resolveEnd(end, valueEnd, options.strict, onError);
	alias.range = [
		offset,
		valueEnd,
		re.offset
	];
	if (re.comment) alias.comment = re.comment;
	return alias;
}
// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
	const doc = new Document(void 0, Object.assign({ _directives: directives }, options));
	const ctx = {
		atKey: false,
		atRoot: true,
		directives: doc.directives,
		options: doc.options,
		schema: doc.schema
	};
	const props = resolveProps(start, {
		indicator: "doc-start",
		next: value ?? end?.[0],
		offset,
		onError,
		parentIndent: 0,
		startOnNewline: true
	});
	if (props.found) {
		doc.directives.docStart = true;
		if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
	}
	doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
	const contentEnd = doc.contents.range[2];
	const re = resolveEnd(end, contentEnd, false, onError);
	if (re.comment) doc.comment = re.comment;
	doc.range = [
		offset,
		contentEnd,
		re.offset
	];
	return doc;
}
// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
	if (typeof src === "number") return [src, src + 1];
	if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
	const { offset, source } = src;
	return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
	let comment = "";
	let atComment = false;
	let afterEmptyLine = false;
	for (let i = 0; i < prelude.length; ++i) {
		const source = prelude[i];
		switch (source[0]) {
			case "#":
				comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
				atComment = true;
				afterEmptyLine = false;
				break;
			case "%":
				if (prelude[i + 1]?.[0] !== "#") i += 1;
				atComment = false;
				break;
			default:
				if (!atComment) afterEmptyLine = true;
				atComment = false;
		}
	}
	return {
		comment,
		afterEmptyLine
	};
}
var Composer = class {
	constructor(options = {}) {
		this.doc = null;
		this.atDirectives = false;
		this.prelude = [];
		this.errors = [];
		this.warnings = [];
		this.onError = (source, code, message, warning) => {
			const pos = getErrorPos(source);
			if (warning) this.warnings.push(new YAMLWarning(pos, code, message));
			else this.errors.push(new YAMLParseError(pos, code, message));
		};
		this.directives = new Directives({ version: options.version || "1.2" });
		this.options = options;
	}
	decorate(doc, afterDoc) {
		const { comment, afterEmptyLine } = parsePrelude(this.prelude);
		if (comment) {
			const dc = doc.contents;
			if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
			else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
			else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
				let it = dc.items[0];
				if (isPair(it)) it = it.key;
				const cb = it.commentBefore;
				it.commentBefore = cb ? `${comment}\n${cb}` : comment;
			} else {
				const cb = dc.commentBefore;
				dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
			}
		}
		if (afterDoc) {
			for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
			for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
		} else {
			doc.errors = this.errors;
			doc.warnings = this.warnings;
		}
		this.prelude = [];
		this.errors = [];
		this.warnings = [];
	}
	streamInfo() {
		return {
			comment: parsePrelude(this.prelude).comment,
			directives: this.directives,
			errors: this.errors,
			warnings: this.warnings
		};
	}
	*compose(tokens, forceDoc = false, endOffset = -1) {
		for (const token of tokens) yield* this.next(token);
		yield* this.end(forceDoc, endOffset);
	}
	*next(token) {
		switch (token.type) {
			case "directive":
				this.directives.add(token.source, (offset, message, warning) => {
					const pos = getErrorPos(token);
					pos[0] += offset;
					this.onError(pos, "BAD_DIRECTIVE", message, warning);
				});
				this.prelude.push(token.source);
				this.atDirectives = true;
				break;
			case "document": {
				const doc = composeDoc(this.options, this.directives, token, this.onError);
				if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
				this.decorate(doc, false);
				if (this.doc) yield this.doc;
				this.doc = doc;
				this.atDirectives = false;
				break;
			}
			case "byte-order-mark":
			case "space": break;
			case "comment":
			case "newline":
				this.prelude.push(token.source);
				break;
			case "error": {
				const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
				const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
				if (this.atDirectives || !this.doc) this.errors.push(error);
				else this.doc.errors.push(error);
				break;
			}
			case "doc-end": {
				if (!this.doc) {
					this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
					break;
				}
				this.doc.directives.docEnd = true;
				const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
				this.decorate(this.doc, true);
				if (end.comment) {
					const dc = this.doc.comment;
					this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
				}
				this.doc.range[2] = end.offset;
				break;
			}
			default: this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
		}
	}
	*end(forceDoc = false, endOffset = -1) {
		if (this.doc) {
			this.decorate(this.doc, true);
			yield this.doc;
			this.doc = null;
		} else if (forceDoc) {
			const doc = new Document(void 0, Object.assign({ _directives: this.directives }, this.options));
			if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
			doc.range = [
				0,
				endOffset,
				endOffset
			];
			this.decorate(doc, false);
			yield doc;
		}
	}
};
function tokenType(source) {
	switch (source) {
		case "\uFEFF": return "byte-order-mark";
		case "": return "doc-mode";
		case "": return "flow-error-end";
		case "": return "scalar";
		case "---": return "doc-start";
		case "...": return "doc-end";
		case "":
		case "\n":
		case "\r\n": return "newline";
		case "-": return "seq-item-ind";
		case "?": return "explicit-key-ind";
		case ":": return "map-value-ind";
		case "{": return "flow-map-start";
		case "}": return "flow-map-end";
		case "[": return "flow-seq-start";
		case "]": return "flow-seq-end";
		case ",": return "comma";
	}
	switch (source[0]) {
		case " ":
		case "	": return "space";
		case "#": return "comment";
		case "%": return "directive-line";
		case "*": return "alias";
		case "&": return "anchor";
		case "!": return "tag";
		case "'": return "single-quoted-scalar";
		case "\"": return "double-quoted-scalar";
		case "|":
		case ">": return "block-scalar-header";
	}
	return null;
}
// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
	switch (ch) {
		case void 0:
		case " ":
		case "\n":
		case "\r":
		case "	": return true;
		default: return false;
	}
}
const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
	constructor() {
		this.atEnd = false;
		this.blockScalarIndent = -1;
		this.blockScalarKeep = false;
		this.buffer = "";
		this.flowKey = false;
		this.flowLevel = 0;
		this.indentNext = 0;
		this.indentValue = 0;
		this.lineEndPos = null;
		this.next = null;
		this.pos = 0;
	}
	*lex(source, incomplete = false) {
		if (source) {
			if (typeof source !== "string") throw TypeError("source is not a string");
			this.buffer = this.buffer ? this.buffer + source : source;
			this.lineEndPos = null;
		}
		this.atEnd = !incomplete;
		let next = this.next ?? "stream";
		while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
	}
	atLineEnd() {
		let i = this.pos;
		let ch = this.buffer[i];
		while (ch === " " || ch === "	") ch = this.buffer[++i];
		if (!ch || ch === "#" || ch === "\n") return true;
		if (ch === "\r") return this.buffer[i + 1] === "\n";
		return false;
	}
	charAt(n) {
		return this.buffer[this.pos + n];
	}
	continueScalar(offset) {
		let ch = this.buffer[offset];
		if (this.indentNext > 0) {
			let indent = 0;
			while (ch === " ") ch = this.buffer[++indent + offset];
			if (ch === "\r") {
				const next = this.buffer[indent + offset + 1];
				if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
			}
			return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
		}
		if (ch === "-" || ch === ".") {
			const dt = this.buffer.substr(offset, 3);
			if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
		}
		return offset;
	}
	getLine() {
		let end = this.lineEndPos;
		if (typeof end !== "number" || end !== -1 && end < this.pos) {
			end = this.buffer.indexOf("\n", this.pos);
			this.lineEndPos = end;
		}
		if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
		if (this.buffer[end - 1] === "\r") end -= 1;
		return this.buffer.substring(this.pos, end);
	}
	hasChars(n) {
		return this.pos + n <= this.buffer.length;
	}
	setNext(state) {
		this.buffer = this.buffer.substring(this.pos);
		this.pos = 0;
		this.lineEndPos = null;
		this.next = state;
		return null;
	}
	peek(n) {
		return this.buffer.substr(this.pos, n);
	}
	*parseNext(next) {
		switch (next) {
			case "stream": return yield* this.parseStream();
			case "line-start": return yield* this.parseLineStart();
			case "block-start": return yield* this.parseBlockStart();
			case "doc": return yield* this.parseDocument();
			case "flow": return yield* this.parseFlowCollection();
			case "quoted-scalar": return yield* this.parseQuotedScalar();
			case "block-scalar": return yield* this.parseBlockScalar();
			case "plain-scalar": return yield* this.parsePlainScalar();
		}
	}
	*parseStream() {
		let line = this.getLine();
		if (line === null) return this.setNext("stream");
		if (line[0] === "\uFEFF") {
			yield* this.pushCount(1);
			line = line.substring(1);
		}
		if (line[0] === "%") {
			let dirEnd = line.length;
			let cs = line.indexOf("#");
			while (cs !== -1) {
				const ch = line[cs - 1];
				if (ch === " " || ch === "	") {
					dirEnd = cs - 1;
					break;
				} else cs = line.indexOf("#", cs + 1);
			}
			while (true) {
				const ch = line[dirEnd - 1];
				if (ch === " " || ch === "	") dirEnd -= 1;
				else break;
			}
			const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
			yield* this.pushCount(line.length - n);
			this.pushNewline();
			return "stream";
		}
		if (this.atLineEnd()) {
			const sp = yield* this.pushSpaces(true);
			yield* this.pushCount(line.length - sp);
			yield* this.pushNewline();
			return "stream";
		}
		yield "";
		return yield* this.parseLineStart();
	}
	*parseLineStart() {
		const ch = this.charAt(0);
		if (!ch && !this.atEnd) return this.setNext("line-start");
		if (ch === "-" || ch === ".") {
			if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
			const s = this.peek(3);
			if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
				yield* this.pushCount(3);
				this.indentValue = 0;
				this.indentNext = 0;
				return s === "---" ? "doc" : "stream";
			}
		}
		this.indentValue = yield* this.pushSpaces(false);
		if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
		return yield* this.parseBlockStart();
	}
	*parseBlockStart() {
		const [ch0, ch1] = this.peek(2);
		if (!ch1 && !this.atEnd) return this.setNext("block-start");
		if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
			const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
			this.indentNext = this.indentValue + 1;
			this.indentValue += n;
			return "block-start";
		}
		return "doc";
	}
	*parseDocument() {
		yield* this.pushSpaces(true);
		const line = this.getLine();
		if (line === null) return this.setNext("doc");
		let n = yield* this.pushIndicators();
		switch (line[n]) {
			case "#": yield* this.pushCount(line.length - n);
			case void 0:
				yield* this.pushNewline();
				return yield* this.parseLineStart();
			case "{":
			case "[":
				yield* this.pushCount(1);
				this.flowKey = false;
				this.flowLevel = 1;
				return "flow";
			case "}":
			case "]":
				yield* this.pushCount(1);
				return "doc";
			case "*":
				yield* this.pushUntil(isNotAnchorChar);
				return "doc";
			case "\"":
			case "'": return yield* this.parseQuotedScalar();
			case "|":
			case ">":
				n += yield* this.parseBlockScalarHeader();
				n += yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - n);
				yield* this.pushNewline();
				return yield* this.parseBlockScalar();
			default: return yield* this.parsePlainScalar();
		}
	}
	*parseFlowCollection() {
		let nl, sp;
		let indent = -1;
		do {
			nl = yield* this.pushNewline();
			if (nl > 0) {
				sp = yield* this.pushSpaces(false);
				this.indentValue = indent = sp;
			} else sp = 0;
			sp += yield* this.pushSpaces(true);
		} while (nl + sp > 0);
		const line = this.getLine();
		if (line === null) return this.setNext("flow");
		if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
			if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
				this.flowLevel = 0;
				yield "";
				return yield* this.parseLineStart();
			}
		}
		let n = 0;
		while (line[n] === ",") {
			n += yield* this.pushCount(1);
			n += yield* this.pushSpaces(true);
			this.flowKey = false;
		}
		n += yield* this.pushIndicators();
		switch (line[n]) {
			case void 0: return "flow";
			case "#":
				yield* this.pushCount(line.length - n);
				return "flow";
			case "{":
			case "[":
				yield* this.pushCount(1);
				this.flowKey = false;
				this.flowLevel += 1;
				return "flow";
			case "}":
			case "]":
				yield* this.pushCount(1);
				this.flowKey = true;
				this.flowLevel -= 1;
				return this.flowLevel ? "flow" : "doc";
			case "*":
				yield* this.pushUntil(isNotAnchorChar);
				return "flow";
			case "\"":
			case "'":
				this.flowKey = true;
				return yield* this.parseQuotedScalar();
			case ":": {
				const next = this.charAt(1);
				if (this.flowKey || isEmpty(next) || next === ",") {
					this.flowKey = false;
					yield* this.pushCount(1);
					yield* this.pushSpaces(true);
					return "flow";
				}
			}
			default:
				this.flowKey = false;
				return yield* this.parsePlainScalar();
		}
	}
	*parseQuotedScalar() {
		const quote = this.charAt(0);
		let end = this.buffer.indexOf(quote, this.pos + 1);
		if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
		else while (end !== -1) {
			let n = 0;
			while (this.buffer[end - 1 - n] === "\\") n += 1;
			if (n % 2 === 0) break;
			end = this.buffer.indexOf("\"", end + 1);
		}
		const qb = this.buffer.substring(0, end);
		let nl = qb.indexOf("\n", this.pos);
		if (nl !== -1) {
			while (nl !== -1) {
				const cs = this.continueScalar(nl + 1);
				if (cs === -1) break;
				nl = qb.indexOf("\n", cs);
			}
			if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
		}
		if (end === -1) {
			if (!this.atEnd) return this.setNext("quoted-scalar");
			end = this.buffer.length;
		}
		yield* this.pushToIndex(end + 1, false);
		return this.flowLevel ? "flow" : "doc";
	}
	*parseBlockScalarHeader() {
		this.blockScalarIndent = -1;
		this.blockScalarKeep = false;
		let i = this.pos;
		while (true) {
			const ch = this.buffer[++i];
			if (ch === "+") this.blockScalarKeep = true;
			else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
			else if (ch !== "-") break;
		}
		return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
	}
	*parseBlockScalar() {
		let nl = this.pos - 1;
		let indent = 0;
		let ch;
		loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
			case " ":
				indent += 1;
				break;
			case "\n":
				nl = i;
				indent = 0;
				break;
			case "\r": {
				const next = this.buffer[i + 1];
				if (!next && !this.atEnd) return this.setNext("block-scalar");
				if (next === "\n") break;
			}
			default: break loop;
		}
		if (!ch && !this.atEnd) return this.setNext("block-scalar");
		if (indent >= this.indentNext) {
			if (this.blockScalarIndent === -1) this.indentNext = indent;
			else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
			do {
				const cs = this.continueScalar(nl + 1);
				if (cs === -1) break;
				nl = this.buffer.indexOf("\n", cs);
			} while (nl !== -1);
			if (nl === -1) {
				if (!this.atEnd) return this.setNext("block-scalar");
				nl = this.buffer.length;
			}
		}
		let i = nl + 1;
		ch = this.buffer[i];
		while (ch === " ") ch = this.buffer[++i];
		if (ch === "	") {
			while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
			nl = i - 1;
		} else if (!this.blockScalarKeep) do {
			let i = nl - 1;
			let ch = this.buffer[i];
			if (ch === "\r") ch = this.buffer[--i];
			const lastChar = i;
			while (ch === " ") ch = this.buffer[--i];
			if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
			else break;
		} while (true);
		yield "";
		yield* this.pushToIndex(nl + 1, true);
		return yield* this.parseLineStart();
	}
	*parsePlainScalar() {
		const inFlow = this.flowLevel > 0;
		let end = this.pos - 1;
		let i = this.pos - 1;
		let ch;
		while (ch = this.buffer[++i]) if (ch === ":") {
			const next = this.buffer[i + 1];
			if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
			end = i;
		} else if (isEmpty(ch)) {
			let next = this.buffer[i + 1];
			if (ch === "\r") {
				if (next === "\n") {
					i += 1;
					ch = "\n";
					next = this.buffer[i + 1];
				} else end = i;
			}
			if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
			if (ch === "\n") {
				const cs = this.continueScalar(i + 1);
				if (cs === -1) break;
				i = Math.max(i, cs - 2);
			}
		} else {
			if (inFlow && flowIndicatorChars.has(ch)) break;
			end = i;
		}
		if (!ch && !this.atEnd) return this.setNext("plain-scalar");
		yield "";
		yield* this.pushToIndex(end + 1, true);
		return inFlow ? "flow" : "doc";
	}
	*pushCount(n) {
		if (n > 0) {
			yield this.buffer.substr(this.pos, n);
			this.pos += n;
			return n;
		}
		return 0;
	}
	*pushToIndex(i, allowEmpty) {
		const s = this.buffer.slice(this.pos, i);
		if (s) {
			yield s;
			this.pos += s.length;
			return s.length;
		} else if (allowEmpty) yield "";
		return 0;
	}
	*pushIndicators() {
		let n = 0;
		loop: while (true) {
			switch (this.charAt(0)) {
				case "!":
					n += yield* this.pushTag();
					n += yield* this.pushSpaces(true);
					continue loop;
				case "&":
					n += yield* this.pushUntil(isNotAnchorChar);
					n += yield* this.pushSpaces(true);
					continue loop;
				case "-":
				case "?":
				case ":": {
					const inFlow = this.flowLevel > 0;
					const ch1 = this.charAt(1);
					if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
						if (!inFlow) this.indentNext = this.indentValue + 1;
						else if (this.flowKey) this.flowKey = false;
						n += yield* this.pushCount(1);
						n += yield* this.pushSpaces(true);
						continue loop;
					}
				}
			}
			break loop;
		}
		return n;
	}
	*pushTag() {
		if (this.charAt(1) === "<") {
			let i = this.pos + 2;
			let ch = this.buffer[i];
			while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
			return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
		} else {
			let i = this.pos + 1;
			let ch = this.buffer[i];
			while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
			else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
			else break;
			return yield* this.pushToIndex(i, false);
		}
	}
	*pushNewline() {
		const ch = this.buffer[this.pos];
		if (ch === "\n") return yield* this.pushCount(1);
		else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
		else return 0;
	}
	*pushSpaces(allowTabs) {
		let i = this.pos - 1;
		let ch;
		do
			ch = this.buffer[++i];
		while (ch === " " || allowTabs && ch === "	");
		const n = i - this.pos;
		if (n > 0) {
			yield this.buffer.substr(this.pos, n);
			this.pos = i;
		}
		return n;
	}
	*pushUntil(test) {
		let i = this.pos;
		let ch = this.buffer[i];
		while (!test(ch)) ch = this.buffer[++i];
		return yield* this.pushToIndex(i, false);
	}
};
// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
	constructor() {
		this.lineStarts = [];
		this.addNewLine = (offset) => this.lineStarts.push(offset);
		this.linePos = (offset) => {
			let low = 0;
			let high = this.lineStarts.length;
			while (low < high) {
				const mid = low + high >> 1;
				if (this.lineStarts[mid] < offset) low = mid + 1;
				else high = mid;
			}
			if (this.lineStarts[low] === offset) return {
				line: low + 1,
				col: 1
			};
			if (low === 0) return {
				line: 0,
				col: offset
			};
			const start = this.lineStarts[low - 1];
			return {
				line: low,
				col: offset - start + 1
			};
		};
	}
};
// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
	for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
	return false;
}
function findNonEmptyIndex(list) {
	for (let i = 0; i < list.length; ++i) switch (list[i].type) {
		case "space":
		case "comment":
		case "newline": break;
		default: return i;
	}
	return -1;
}
function isFlowToken(token) {
	switch (token?.type) {
		case "alias":
		case "scalar":
		case "single-quoted-scalar":
		case "double-quoted-scalar":
		case "flow-collection": return true;
		default: return false;
	}
}
function getPrevProps(parent) {
	switch (parent.type) {
		case "document": return parent.start;
		case "block-map": {
			const it = parent.items[parent.items.length - 1];
			return it.sep ?? it.start;
		}
		case "block-seq": return parent.items[parent.items.length - 1].start;
		/* istanbul ignore next should not happen */
		default: return [];
	}
}
function getFirstKeyStartProps(prev) {
	if (prev.length === 0) return [];
	let i = prev.length;
	loop: while (--i >= 0) switch (prev[i].type) {
		case "doc-start":
		case "explicit-key-ind":
		case "map-value-ind":
		case "seq-item-ind":
		case "newline": break loop;
	}
	while (prev[++i]?.type === "space");
	return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
	if (source.length < 1e5) Array.prototype.push.apply(target, source);
	else for (let i = 0; i < source.length; ++i) target.push(source[i]);
}
function fixFlowSeqItems(fc) {
	if (fc.start.type === "flow-seq-start") {
		for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
			if (it.key) it.value = it.key;
			delete it.key;
			if (isFlowToken(it.value)) {
				if (it.value.end) arrayPushArray(it.value.end, it.sep);
				else it.value.end = it.sep;
			} else arrayPushArray(it.start, it.sep);
			delete it.sep;
		}
	}
}
var Parser = class {
	constructor(onNewLine) {
		this.atNewLine = true;
		this.atScalar = false;
		this.indent = 0;
		this.offset = 0;
		this.onKeyLine = false;
		this.stack = [];
		this.source = "";
		this.type = "";
		this.lexer = new Lexer();
		this.onNewLine = onNewLine;
	}
	*parse(source, incomplete = false) {
		if (this.onNewLine && this.offset === 0) this.onNewLine(0);
		for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
		if (!incomplete) yield* this.end();
	}
	*next(source) {
		this.source = source;
		if (this.atScalar) {
			this.atScalar = false;
			yield* this.step();
			this.offset += source.length;
			return;
		}
		const type = tokenType(source);
		if (!type) {
			const message = `Not a YAML token: ${source}`;
			yield* this.pop({
				type: "error",
				offset: this.offset,
				message,
				source
			});
			this.offset += source.length;
		} else if (type === "scalar") {
			this.atNewLine = false;
			this.atScalar = true;
			this.type = "scalar";
		} else {
			this.type = type;
			yield* this.step();
			switch (type) {
				case "newline":
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) this.onNewLine(this.offset + source.length);
					break;
				case "space":
					if (this.atNewLine && source[0] === " ") this.indent += source.length;
					break;
				case "explicit-key-ind":
				case "map-value-ind":
				case "seq-item-ind":
					if (this.atNewLine) this.indent += source.length;
					break;
				case "doc-mode":
				case "flow-error-end": return;
				default: this.atNewLine = false;
			}
			this.offset += source.length;
		}
	}
	*end() {
		while (this.stack.length > 0) yield* this.pop();
	}
	get sourceToken() {
		return {
			type: this.type,
			offset: this.offset,
			indent: this.indent,
			source: this.source
		};
	}
	*step() {
		const top = this.peek(1);
		if (this.type === "doc-end" && top?.type !== "doc-end") {
			while (this.stack.length > 0) yield* this.pop();
			this.stack.push({
				type: "doc-end",
				offset: this.offset,
				source: this.source
			});
			return;
		}
		if (!top) return yield* this.stream();
		switch (top.type) {
			case "document": return yield* this.document(top);
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar": return yield* this.scalar(top);
			case "block-scalar": return yield* this.blockScalar(top);
			case "block-map": return yield* this.blockMap(top);
			case "block-seq": return yield* this.blockSequence(top);
			case "flow-collection": return yield* this.flowCollection(top);
			case "doc-end": return yield* this.documentEnd(top);
		}
		/* istanbul ignore next should not happen */
		yield* this.pop();
	}
	peek(n) {
		return this.stack[this.stack.length - n];
	}
	*pop(error) {
		const token = error ?? this.stack.pop();
		/* istanbul ignore if should not happen */
		if (!token) yield {
			type: "error",
			offset: this.offset,
			source: "",
			message: "Tried to pop an empty stack"
		};
		else if (this.stack.length === 0) yield token;
		else {
			const top = this.peek(1);
			if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
			else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
			if (token.type === "flow-collection") fixFlowSeqItems(token);
			switch (top.type) {
				case "document":
					top.value = token;
					break;
				case "block-scalar":
					top.props.push(token);
					break;
				case "block-map": {
					const it = top.items[top.items.length - 1];
					if (it.value) {
						top.items.push({
							start: [],
							key: token,
							sep: []
						});
						this.onKeyLine = true;
						return;
					} else if (it.sep) it.value = token;
					else {
						Object.assign(it, {
							key: token,
							sep: []
						});
						this.onKeyLine = !it.explicitKey;
						return;
					}
					break;
				}
				case "block-seq": {
					const it = top.items[top.items.length - 1];
					if (it.value) top.items.push({
						start: [],
						value: token
					});
					else it.value = token;
					break;
				}
				case "flow-collection": {
					const it = top.items[top.items.length - 1];
					if (!it || it.value) top.items.push({
						start: [],
						key: token,
						sep: []
					});
					else if (it.sep) it.value = token;
					else Object.assign(it, {
						key: token,
						sep: []
					});
					return;
				}
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.pop(token);
			}
			if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
				const last = token.items[token.items.length - 1];
				if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
					if (top.type === "document") top.end = last.start;
					else top.items.push({ start: last.start });
					token.items.splice(-1, 1);
				}
			}
		}
	}
	*stream() {
		switch (this.type) {
			case "directive-line":
				yield {
					type: "directive",
					offset: this.offset,
					source: this.source
				};
				return;
			case "byte-order-mark":
			case "space":
			case "comment":
			case "newline":
				yield this.sourceToken;
				return;
			case "doc-mode":
			case "doc-start": {
				const doc = {
					type: "document",
					offset: this.offset,
					start: []
				};
				if (this.type === "doc-start") doc.start.push(this.sourceToken);
				this.stack.push(doc);
				return;
			}
		}
		yield {
			type: "error",
			offset: this.offset,
			message: `Unexpected ${this.type} token in YAML stream`,
			source: this.source
		};
	}
	*document(doc) {
		if (doc.value) return yield* this.lineEnd(doc);
		switch (this.type) {
			case "doc-start":
				if (findNonEmptyIndex(doc.start) !== -1) {
					yield* this.pop();
					yield* this.step();
				} else doc.start.push(this.sourceToken);
				return;
			case "anchor":
			case "tag":
			case "space":
			case "comment":
			case "newline":
				doc.start.push(this.sourceToken);
				return;
		}
		const bv = this.startBlockValue(doc);
		if (bv) this.stack.push(bv);
		else yield {
			type: "error",
			offset: this.offset,
			message: `Unexpected ${this.type} token in YAML document`,
			source: this.source
		};
	}
	*scalar(scalar) {
		if (this.type === "map-value-ind") {
			const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
			let sep;
			if (scalar.end) {
				sep = scalar.end;
				sep.push(this.sourceToken);
				delete scalar.end;
			} else sep = [this.sourceToken];
			const map = {
				type: "block-map",
				offset: scalar.offset,
				indent: scalar.indent,
				items: [{
					start,
					key: scalar,
					sep
				}]
			};
			this.onKeyLine = true;
			this.stack[this.stack.length - 1] = map;
		} else yield* this.lineEnd(scalar);
	}
	*blockScalar(scalar) {
		switch (this.type) {
			case "space":
			case "comment":
			case "newline":
				scalar.props.push(this.sourceToken);
				return;
			case "scalar":
				scalar.source = this.source;
				this.atNewLine = true;
				this.indent = 0;
				if (this.onNewLine) {
					let nl = this.source.indexOf("\n") + 1;
					while (nl !== 0) {
						this.onNewLine(this.offset + nl);
						nl = this.source.indexOf("\n", nl) + 1;
					}
				}
				yield* this.pop();
				break;
			/* istanbul ignore next should not happen */
			default:
				yield* this.pop();
				yield* this.step();
		}
	}
	*blockMap(map) {
		const it = map.items[map.items.length - 1];
		switch (this.type) {
			case "newline":
				this.onKeyLine = false;
				if (it.value) {
					const end = "end" in it.value ? it.value.end : void 0;
					if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
					else map.items.push({ start: [this.sourceToken] });
				} else if (it.sep) it.sep.push(this.sourceToken);
				else it.start.push(this.sourceToken);
				return;
			case "space":
			case "comment":
				if (it.value) map.items.push({ start: [this.sourceToken] });
				else if (it.sep) it.sep.push(this.sourceToken);
				else {
					if (this.atIndentedComment(it.start, map.indent)) {
						const end = map.items[map.items.length - 2]?.value?.end;
						if (Array.isArray(end)) {
							arrayPushArray(end, it.start);
							end.push(this.sourceToken);
							map.items.pop();
							return;
						}
					}
					it.start.push(this.sourceToken);
				}
				return;
		}
		if (this.indent >= map.indent) {
			const atMapIndent = !this.onKeyLine && this.indent === map.indent;
			const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
			let start = [];
			if (atNextItem && it.sep && !it.value) {
				const nl = [];
				for (let i = 0; i < it.sep.length; ++i) {
					const st = it.sep[i];
					switch (st.type) {
						case "newline":
							nl.push(i);
							break;
						case "space": break;
						case "comment":
							if (st.indent > map.indent) nl.length = 0;
							break;
						default: nl.length = 0;
					}
				}
				if (nl.length >= 2) start = it.sep.splice(nl[1]);
			}
			switch (this.type) {
				case "anchor":
				case "tag":
					if (atNextItem || it.value) {
						start.push(this.sourceToken);
						map.items.push({ start });
						this.onKeyLine = true;
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "explicit-key-ind":
					if (!it.sep && !it.explicitKey) {
						it.start.push(this.sourceToken);
						it.explicitKey = true;
					} else if (atNextItem || it.value) {
						start.push(this.sourceToken);
						map.items.push({
							start,
							explicitKey: true
						});
					} else this.stack.push({
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start: [this.sourceToken],
							explicitKey: true
						}]
					});
					this.onKeyLine = true;
					return;
				case "map-value-ind":
					if (it.explicitKey) {
						if (!it.sep) {
							if (includesToken(it.start, "newline")) Object.assign(it, {
								key: null,
								sep: [this.sourceToken]
							});
							else {
								const start = getFirstKeyStartProps(it.start);
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key: null,
										sep: [this.sourceToken]
									}]
								});
							}
						} else if (it.value) map.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start,
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
							const start = getFirstKeyStartProps(it.start);
							const key = it.key;
							const sep = it.sep;
							sep.push(this.sourceToken);
							delete it.key;
							delete it.sep;
							this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key,
									sep
								}]
							});
						} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
						else it.sep.push(this.sourceToken);
					} else if (!it.sep) Object.assign(it, {
						key: null,
						sep: [this.sourceToken]
					});
					else if (it.value || atNextItem) map.items.push({
						start,
						key: null,
						sep: [this.sourceToken]
					});
					else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start: [],
							key: null,
							sep: [this.sourceToken]
						}]
					});
					else it.sep.push(this.sourceToken);
					this.onKeyLine = true;
					return;
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": {
					const fs = this.flowScalar(this.type);
					if (atNextItem || it.value) {
						map.items.push({
							start,
							key: fs,
							sep: []
						});
						this.onKeyLine = true;
					} else if (it.sep) this.stack.push(fs);
					else {
						Object.assign(it, {
							key: fs,
							sep: []
						});
						this.onKeyLine = true;
					}
					return;
				}
				default: {
					const bv = this.startBlockValue(map);
					if (bv) {
						if (bv.type === "block-seq") {
							if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
								yield* this.pop({
									type: "error",
									offset: this.offset,
									message: "Unexpected block-seq-ind on same line with key",
									source: this.source
								});
								return;
							}
						} else if (atMapIndent) map.items.push({ start });
						this.stack.push(bv);
						return;
					}
				}
			}
		}
		yield* this.pop();
		yield* this.step();
	}
	*blockSequence(seq) {
		const it = seq.items[seq.items.length - 1];
		switch (this.type) {
			case "newline":
				if (it.value) {
					const end = "end" in it.value ? it.value.end : void 0;
					if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
					else seq.items.push({ start: [this.sourceToken] });
				} else it.start.push(this.sourceToken);
				return;
			case "space":
			case "comment":
				if (it.value) seq.items.push({ start: [this.sourceToken] });
				else {
					if (this.atIndentedComment(it.start, seq.indent)) {
						const end = seq.items[seq.items.length - 2]?.value?.end;
						if (Array.isArray(end)) {
							arrayPushArray(end, it.start);
							end.push(this.sourceToken);
							seq.items.pop();
							return;
						}
					}
					it.start.push(this.sourceToken);
				}
				return;
			case "anchor":
			case "tag":
				if (it.value || this.indent <= seq.indent) break;
				it.start.push(this.sourceToken);
				return;
			case "seq-item-ind":
				if (this.indent !== seq.indent) break;
				if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
				else it.start.push(this.sourceToken);
				return;
		}
		if (this.indent > seq.indent) {
			const bv = this.startBlockValue(seq);
			if (bv) {
				this.stack.push(bv);
				return;
			}
		}
		yield* this.pop();
		yield* this.step();
	}
	*flowCollection(fc) {
		const it = fc.items[fc.items.length - 1];
		if (this.type === "flow-error-end") {
			let top;
			do {
				yield* this.pop();
				top = this.peek(1);
			} while (top?.type === "flow-collection");
		} else if (fc.end.length === 0) {
			switch (this.type) {
				case "comma":
				case "explicit-key-ind":
					if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
				case "map-value-ind":
					if (!it || it.value) fc.items.push({
						start: [],
						key: null,
						sep: [this.sourceToken]
					});
					else if (it.sep) it.sep.push(this.sourceToken);
					else Object.assign(it, {
						key: null,
						sep: [this.sourceToken]
					});
					return;
				case "space":
				case "comment":
				case "newline":
				case "anchor":
				case "tag":
					if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": {
					const fs = this.flowScalar(this.type);
					if (!it || it.value) fc.items.push({
						start: [],
						key: fs,
						sep: []
					});
					else if (it.sep) this.stack.push(fs);
					else Object.assign(it, {
						key: fs,
						sep: []
					});
					return;
				}
				case "flow-map-end":
				case "flow-seq-end":
					fc.end.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(fc);
			/* istanbul ignore else should not happen */
			if (bv) this.stack.push(bv);
			else {
				yield* this.pop();
				yield* this.step();
			}
		} else {
			const parent = this.peek(2);
			if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
				yield* this.pop();
				yield* this.step();
			} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
				const start = getFirstKeyStartProps(getPrevProps(parent));
				fixFlowSeqItems(fc);
				const sep = fc.end.splice(1, fc.end.length);
				sep.push(this.sourceToken);
				const map = {
					type: "block-map",
					offset: fc.offset,
					indent: fc.indent,
					items: [{
						start,
						key: fc,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(fc);
		}
	}
	flowScalar(type) {
		if (this.onNewLine) {
			let nl = this.source.indexOf("\n") + 1;
			while (nl !== 0) {
				this.onNewLine(this.offset + nl);
				nl = this.source.indexOf("\n", nl) + 1;
			}
		}
		return {
			type,
			offset: this.offset,
			indent: this.indent,
			source: this.source
		};
	}
	startBlockValue(parent) {
		switch (this.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar": return this.flowScalar(this.type);
			case "block-scalar-header": return {
				type: "block-scalar",
				offset: this.offset,
				indent: this.indent,
				props: [this.sourceToken],
				source: ""
			};
			case "flow-map-start":
			case "flow-seq-start": return {
				type: "flow-collection",
				offset: this.offset,
				indent: this.indent,
				start: this.sourceToken,
				items: [],
				end: []
			};
			case "seq-item-ind": return {
				type: "block-seq",
				offset: this.offset,
				indent: this.indent,
				items: [{ start: [this.sourceToken] }]
			};
			case "explicit-key-ind": {
				this.onKeyLine = true;
				const start = getFirstKeyStartProps(getPrevProps(parent));
				start.push(this.sourceToken);
				return {
					type: "block-map",
					offset: this.offset,
					indent: this.indent,
					items: [{
						start,
						explicitKey: true
					}]
				};
			}
			case "map-value-ind": {
				this.onKeyLine = true;
				const start = getFirstKeyStartProps(getPrevProps(parent));
				return {
					type: "block-map",
					offset: this.offset,
					indent: this.indent,
					items: [{
						start,
						key: null,
						sep: [this.sourceToken]
					}]
				};
			}
		}
		return null;
	}
	atIndentedComment(start, indent) {
		if (this.type !== "comment") return false;
		if (this.indent <= indent) return false;
		return start.every((st) => st.type === "newline" || st.type === "space");
	}
	*documentEnd(docEnd) {
		if (this.type !== "doc-mode") {
			if (docEnd.end) docEnd.end.push(this.sourceToken);
			else docEnd.end = [this.sourceToken];
			if (this.type === "newline") yield* this.pop();
		}
	}
	*lineEnd(token) {
		switch (this.type) {
			case "comma":
			case "doc-start":
			case "doc-end":
			case "flow-seq-end":
			case "flow-map-end":
			case "map-value-ind":
				yield* this.pop();
				yield* this.step();
				break;
			case "newline": this.onKeyLine = false;
			default:
				if (token.end) token.end.push(this.sourceToken);
				else token.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
		}
	}
};
// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
	const prettyErrors = options.prettyErrors !== false;
	return {
		lineCounter: options.lineCounter || prettyErrors && new LineCounter() || null,
		prettyErrors
	};
}
function parseDocument(source, options = {}) {
	const { lineCounter, prettyErrors } = parseOptions(options);
	const parser = new Parser(lineCounter?.addNewLine);
	const composer = new Composer(options);
	let doc = null;
	for (const _doc of composer.compose(parser.parse(source), true, source.length)) if (!doc) doc = _doc;
	else if (doc.options.logLevel !== "silent") {
		doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
		break;
	}
	if (prettyErrors && lineCounter) {
		doc.errors.forEach(prettifyError(source, lineCounter));
		doc.warnings.forEach(prettifyError(source, lineCounter));
	}
	return doc;
}
function parse(src, reviver, options) {
	let _reviver = void 0;
	if (typeof reviver === "function") _reviver = reviver;
	else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
	const doc = parseDocument(src, options);
	if (!doc) return null;
	doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
	if (doc.errors.length > 0) {
		if (doc.options.logLevel !== "silent") throw doc.errors[0];
		else doc.errors = [];
	}
	return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
// packages/action-kit/lib/zod.js
config(en_default());
function described(schema, description) {
	const copy = schema.clone();
	globalRegistry.add(copy, { description });
	return copy;
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
function languagesFor(frameworks) {
	if (frameworks.includes("auto")) return [...ALL_LANGUAGES];
	const map = {
		pytest: "python",
		unittest: "python",
		vitest: "javascript",
		jest: "javascript",
		mocha: "javascript",
		go: "go",
		junit: "jvm",
		rspec: "ruby",
		cargo: "rust"
	};
	return [...new Set(frameworks.map((f) => map[f]).filter((l) => l !== void 0))];
}
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
	return posix.basename(path) === "conftest.py" && !IGNORED_SEGMENT.test(path);
}
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
defaultPatterns();
const FORBIDDEN_CATEGORY_IDS = ["policy", ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
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
const AgentsPolicySchema = described(/* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ logins: described(/* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])"))), []), `PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) })), "Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
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
const glob = (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1, "a glob cannot be empty"));
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
	path: described(/* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "docs/agent-spec.md"), "The spec markdown, read at the PR base."),
	map: described(/* @__PURE__ */ optional(/* @__PURE__ */ string$1()), "Optional spec map (YAML) saying what a change addressing each section looks like."),
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
	types: /* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^[a-z][a-z0-9-]*$/))), [...COMMIT_TYPES]),
	require_scope: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	max_subject_length: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 100)
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
	frame: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "claude-haiku-4-5"),
	plan: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "claude-sonnet-4-6"),
	implement: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "claude-sonnet-4-6"),
	review: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "claude-sonnet-4-6")
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
	escalate_to: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []), "GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).")
}), {
	session_cost_usd: 6,
	sustained_hours: 24,
	daily_vs_7day_median: 1.5,
	escalate_to: []
});
const CostPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	soft_cap_tokens: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 15e4),
	hard_cap_tokens: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 3e5),
	max_cost_per_pr_usd: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 4.5),
	min_cache_hit_rate: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _gte(0), /* @__PURE__ */ _lte(1)), .8),
	cache_hit_rate_fails: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	weekly_budget_tokens: /* @__PURE__ */ optional(int$2().check(/* @__PURE__ */ _positive())),
	models: ModelsByModeSchema,
	prices: described(/* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string$1(), ModelPriceSchema), {}), "Per-model price overrides, USD per million tokens."),
	incident: IncidentPolicySchema,
	history_branch: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "agent-guards/cost-history")
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
	from: (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1)),
	to: (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1)),
	instead: /* @__PURE__ */ optional(/* @__PURE__ */ string$1())
});
const BoundariesPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	contexts: described(/* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string$1(), /* @__PURE__ */ array(glob)), {}), "Bounded contexts: name \u2192 path globs."),
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
const registryHost = (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, "a host name such as registry.npmjs.org (optionally *.example.com or host:port)"), /* @__PURE__ */ refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), "an IP address is not a registry host: name the host"));
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
	read_only: described(/* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^(\/|~\/)/, "an absolute path or ~/\u2026"))), []), "Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/\u2026, the runner user\u2019s home)."),
	memory_mb: described(/* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 4096), "Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: described(/* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 512), "Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: described(/* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 1024), "Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: described(/* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 32), "Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: described(/* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 2048), "Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
const SandboxPolicySchema = described(/* @__PURE__ */ pipe(/* @__PURE__ */ _default(/* @__PURE__ */ union([/* @__PURE__ */ _enum(SANDBOX_MODES), SandboxSettingsSchema]), "bubblewrap"), /* @__PURE__ */ transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v)), "How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = /* @__PURE__ */ _default(/* @__PURE__ */ strictObject({
	test_command: described(/* @__PURE__ */ optional(/* @__PURE__ */ array(/* @__PURE__ */ string$1())), "argv of the service test command, e.g. [\"npm\",\"test\"] \u2014 no shell."),
	lint_command: /* @__PURE__ */ optional(/* @__PURE__ */ array(/* @__PURE__ */ string$1())),
	install_dev_dependency_command: /* @__PURE__ */ _default(/* @__PURE__ */ record$1(/* @__PURE__ */ string$1(), /* @__PURE__ */ array(/* @__PURE__ */ string$1())), {}),
	command_timeout_seconds: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 600),
	max_test_attempts: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _positive()), 5),
	session_timeout_minutes: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 30),
	target_session_minutes: /* @__PURE__ */ _default((/* @__PURE__ */ number()).check(/* @__PURE__ */ _positive()), 12),
	max_open_questions: /* @__PURE__ */ _default(int$2().check(/* @__PURE__ */ _nonnegative()), 2),
	branch_prefix: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), "agent/"),
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
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string$1()),
	version: /* @__PURE__ */ literal(1),
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
	manifest: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), DEFAULT_MANIFEST_PATH),
	tickets_dir: /* @__PURE__ */ _default(/* @__PURE__ */ string$1(), ".agent/tickets"),
	spec: SpecPolicySchema,
	commits: CommitsPolicySchema,
	tests: TestsPolicySchema,
	cost: CostPolicySchema,
	boundaries: BoundariesPolicySchema,
	runner: RunnerPolicySchema,
	required_checks: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), [
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
	acceptance_criteria: /* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []),
	edge_cases: /* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []),
	rules: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []), "Architectural rules that apply (e.g. \"events flow through the event bus\")."),
	golden_samples: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []), "Repo paths of reference implementations the change must follow."),
	shared: described(/* @__PURE__ */ optional(/* @__PURE__ */ string$1()), "Name of a context shared across tickets (kept in the stable, cached part of the prompt).")
}), "The context packet: live spec, architectural rules and golden samples.");
const TicketSchema = described(/* @__PURE__ */ strictObject({
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string$1()),
	id: (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ticket ids are letters, digits, dot, dash and underscore")),
	title: (/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1)),
	kind: /* @__PURE__ */ optional(/* @__PURE__ */ _enum([
		"bug-fix",
		"dependency-update",
		"test-addition",
		"refactor",
		"docs"
	])),
	spec: described(/* @__PURE__ */ _default(/* @__PURE__ */ array(/* @__PURE__ */ string$1()), []), "The spec sections this ticket implements, e.g. [\"\u00A73.6\"]."),
	scope: /* @__PURE__ */ strictObject({
		include: (/* @__PURE__ */ array((/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1)))).check(/* @__PURE__ */ _minLength(1, "a ticket needs at least one include glob")),
		exclude: /* @__PURE__ */ _default(/* @__PURE__ */ array((/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1))), [])
	}),
	body: described(/* @__PURE__ */ _default(/* @__PURE__ */ string$1(), ""), "Free text; untrusted data for the agent, never instructions."),
	issue: described(/* @__PURE__ */ optional(int$2().check(/* @__PURE__ */ _positive())), "The ticket issue number, for escalation comments."),
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
	name: /* @__PURE__ */ literal("delete_file"),
	scope: described(/* @__PURE__ */ literal("plan-named"), "delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = /* @__PURE__ */ union([(/* @__PURE__ */ string$1()).check(/* @__PURE__ */ _minLength(1)), DeleteFileEntry]);
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
	$schema: /* @__PURE__ */ optional(/* @__PURE__ */ string$1()),
	version: /* @__PURE__ */ literal(1),
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
const LISTINGS_KEPT = 4;
function noteBlobIds(repo, commit, listing) {
	const key = questionKey(repo, "blob-ids", commit);
	if (blobIds.has(key)) return;
	blobIds.set(key, listing.then((files) => new Map(files.map((f) => [f.path, f.oid])), () => /* @__PURE__ */ new Map()));
	for (const oldest of blobIds.keys()) {
		if (blobIds.size <= LISTINGS_KEPT) break;
		blobIds.delete(oldest);
	}
}
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
const entriesKey = (repo, rev) => questionKey(repo, "ls-tree-entries", rev);
function treeEntriesAt(repo, rev) {
	const list = async () => await entriesOfCommit(repo, rev).catch(() => void 0) ?? lsTreeEntries(repo, rev);
	const entries = remembered(entriesKey(repo, rev), list, { bytes: (es) => stringBytes(es.map((e) => e.path)) + 120 * es.length });
	noteBlobIds(repo, rev, entries.then(blobsOf));
	return entries;
}
async function listBlobsAt(repo, rev) {
	return blobsOf(await (isFullSha(rev) ? treeEntriesAt(repo, rev) : lsTreeEntries(repo, rev)));
}
function blobsOf(entries) {
	const out = [];
	for (const e of entries) if (e.type === "blob") out.push({
		path: e.path,
		oid: e.oid
	});
	return out;
}
async function lsTreeEntries(repo, rev) {
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-r",
		"-z",
		"--full-tree",
		rev
	]);
	const text = stdout.toString("utf8");
	const out = [];
	for (const record of text.length === 0 ? [] : text.slice(0, -1).split("\0")) {
		const tab = record.indexOf("	");
		const [, type, oid] = record.slice(0, tab).split(" ");
		if (type && oid) out.push({
			path: record.slice(tab + 1),
			oid,
			type
		});
	}
	return out;
}
async function listFilesAt(repo, rev, pathspecs = []) {
	if (!isFullSha(rev)) return lsTreeNames(repo, rev, pathspecs);
	if (pathspecs.length === 0) return (await treeEntriesAt(repo, rev)).map((e) => e.path);
	return (await remembered(questionKey(repo, "ls-tree-names", rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes })).slice();
}
async function listRootAt(repo, rev) {
	const names = isFullSha(rev) ? await rootNamesOf(repo, rev).catch(() => void 0) : void 0;
	if (names) return names;
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-z",
		"--name-only",
		rev
	]);
	return stdout.toString("utf8").split("\0").filter(Boolean);
}
async function lsTreeNames(repo, rev, pathspecs) {
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-r",
		"-z",
		"--name-only",
		"--full-tree",
		rev,
		"--",
		...pathspecs
	]);
	const text = stdout.toString("utf8");
	return text.length === 0 ? [] : text.slice(0, -1).split("\0");
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
async function entriesOfCommit(repo, rev) {
	const [commit] = await commitObjects(repo, [rev]);
	if (!commit) return void 0;
	return walkFolders(repo, {
		prefix: "",
		oid: commit.tree,
		found: []
	}, (folder) => [folder.oid], (folder, tree) => {
		const subfolders = [];
		for (const e of tree(folder.oid)) {
			const path = folder.prefix + e.name;
			if (e.mode === TREE_MODE) {
				const sub = {
					prefix: `${path}/`,
					oid: e.oid,
					found: []
				};
				folder.found.push(sub);
				subfolders.push(sub);
			} else folder.found.push({
				path,
				oid: e.oid,
				type: e.mode === "160000" ? "commit" : "blob"
			});
		}
		return subfolders;
	});
}
async function rootNamesOf(repo, rev) {
	const [commit] = await commitObjects(repo, [rev]);
	if (!commit) return void 0;
	return (await readTrees(repo, [commit.tree]))?.get(commit.tree)?.map((e) => e.name);
}
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
async function changedFiles(repo, base, head, options = {}) {
	const range = await resolveRange(repo, base, head, options.prCommits);
	return {
		...range,
		files: await diffTree(repo, range.mergeBase, range.head)
	};
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
// packages/git/lib/worktree.js
const worktreeQueues = /* @__PURE__ */ new Map();
function inTurn(repo, step) {
	const key = resolve(repo);
	const next = (worktreeQueues.get(key) ?? Promise.resolve()).then(step, step);
	const settled = next.catch(() => void 0);
	worktreeQueues.set(key, settled);
	settled.then(() => {
		if (worktreeQueues.get(key) === settled) worktreeQueues.delete(key);
	});
	return next;
}
async function withWorktree(repo, rev, fn, prefix = "agent-guards-worktree-") {
	const parent = mkdtempSync(join(tmpdir(), prefix));
	const dir = join(parent, basename(parent));
	try {
		await inTurn(repo, () => runGit(repo, [
			"worktree",
			"add",
			"--detach",
			"--quiet",
			dir,
			rev
		]));
		return await fn(dir);
	} finally {
		await inTurn(repo, async () => {
			await runGit(repo, [
				"worktree",
				"remove",
				"--force",
				dir
			]).catch(() => void 0);
			rmSync(parent, {
				recursive: true,
				force: true
			});
			await runGit(repo, ["worktree", "prune"]).catch(() => void 0);
		});
	}
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
export { ConfigurationError as A, _enum as C, string$1 as D, strictObject as E, transform as O, _default as S, pipe as T, testLanguageOf as _, listBlobsAt as a, reportFromFindings as b, readFileAt as c, resolveTicketPath as d, DEFAULT_POLICY_PATH as f, languagesFor as g, isConftest as h, changedFiles as i, isSecretName as k, readObjects as l, defaultPatterns as m, loadTicket as n, listFilesAt as o, notApplicableRun as p, withWorktree as r, listRootAt as s, guardContext as t, runGit as u, parse as v, optional as w, sortFindings as x, runGuardAction as y };

import { _ as string, b as ConfigurationError, c as reportFromFindings, d as boolean, f as literal, g as strictObject, h as record, l as _enum, m as partialRecord, n as readPullRequestEvent, p as number, r as resolveRevisions, s as GUARD_NAMES, t as require_dist, u as array, v as union, y as withoutSecrets } from "./lib-8wpQ1Vun.js";
import "node:fs";
import "node:os";
import { posix, resolve } from "node:path";
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
// node_modules/balanced-match/dist/esm/index.js
const range = (a, b, str) => {
	let begs, beg, left, right = void 0, result;
	let ai = str.indexOf(a);
	let bi = str.indexOf(b, ai + 1);
	let i = ai;
	if (ai >= 0 && bi > 0) {
		if (a === b) return [ai, bi];
		begs = [];
		left = str.length;
		while (i >= 0 && !result) {
			if (i === ai) {
				begs.push(i);
				ai = str.indexOf(a, i + 1);
			} else if (begs.length === 1) {
				const r = begs.pop();
				if (r !== void 0) result = [r, bi];
			} else {
				beg = begs.pop();
				if (beg !== void 0 && beg < left) {
					left = beg;
					right = bi;
				}
				bi = str.indexOf(b, i + 1);
			}
			i = ai < bi && ai >= 0 ? ai : bi;
		}
		if (begs.length && right !== void 0) result = [left, right];
	}
	return result;
};
// node_modules/brace-expansion/dist/esm/index.js
const escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
const escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
const escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
const escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
const escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
const escSlashPattern = new RegExp(escSlash, "g");
const escOpenPattern = new RegExp(escOpen, "g");
const escClosePattern = new RegExp(escClose, "g");
const escCommaPattern = new RegExp(escComma, "g");
const escPeriodPattern = new RegExp(escPeriod, "g");
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 1e5;
const EXPANSION_MAX_LENGTH = 4e6;
const EXPANSION_MAX_DEPTH = 1e3;
const EXPANSION_MAX_REWRITES = 1e3;
const EXPANSION_MAX_STEPS = 2e7;
const CALL_STEPS = 16;
function numeric(str) {
	return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
	return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
	return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
	for (let i = 0; i < items.length; i++) target.push(items[i]);
}
function balancedWithBudget(str, masked, budget) {
	if (budget.remaining < 0) return;
	const r = range("{", "}", masked);
	const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
	budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
	if (!r || budget.remaining < 0) return;
	return {
		end: r[1],
		pre: str.slice(0, r[0]),
		body: str.slice(r[0] + 1, r[1]),
		post: str.slice(r[1] + 1),
		unmatched
	};
}
function maskUnmatchedOpens(masked, budget) {
	budget.remaining -= masked.length;
	const open = [];
	for (let i = 0; i < masked.length; i++) {
		const c = masked.charCodeAt(i);
		if (c === 123) open.push(i);
		else if (c === 125 && open.length) open.pop();
	}
	let out = "";
	let last = 0;
	for (let i = 0; i < open.length; i++) {
		const at = open[i];
		out += masked.slice(last, at) + "\0";
		last = at + 1;
	}
	return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
	budget.remaining -= str.length;
	if (budget.remaining < 0) return false;
	let close = false;
	for (let i = str.length - 1; i >= 0; i--) {
		const c = str.charCodeAt(i);
		if (c === 125) close = true;
		else if (c === 10 || c === 13 || c === 8232 || c === 8233) close = false;
		else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) return true;
	}
	return false;
}
/**
* Basically just str.split(","), but handling cases
* where we have nested braced sections, which should be
* treated as individual members, like {a,{b,c},d}
*
* Returns `undefined` if the step budget runs out before the whole set is
* split, since splitting what is left on every comma would tear apart the
* nested sets it still holds.
*/
function parseCommaParts(str, budget) {
	const parts = [];
	let carry = "";
	for (;;) {
		const m = balancedWithBudget(str, str, budget);
		if (budget.remaining < 0) return;
		if (!m) {
			const tail = str.split(",");
			tail[0] = carry + tail[0];
			pushAll(parts, tail);
			return parts;
		}
		const { pre, body, post } = m;
		const p = pre.split(",");
		p[0] = carry + p[0];
		p[p.length - 1] += "{" + body + "}";
		if (!post.length) {
			pushAll(parts, p);
			return parts;
		}
		carry = p.pop();
		pushAll(parts, p);
		str = post;
	}
}
function bound(value, fallback) {
	return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
	if (!str) return [];
	const max = bound(options.max, EXPANSION_MAX);
	const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
	const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
	const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
	const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
	if (str.slice(0, 2) === "{}") str = "\\{\\}" + str.slice(2);
	return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
	return "{" + str + "}";
}
function isPadded(el) {
	return /^-?0\d/.test(el);
}
function lte(i, y) {
	return i <= y;
}
function gte(i, y) {
	return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
	const out = [];
	let length = 0;
	let nonEmpty;
	outer: for (let a = 0; a < acc.length; a++) {
		const prefix = acc[a] + pre;
		let vs = values;
		if (dropEmpties && !prefix) {
			if (!nonEmpty) nonEmpty = values.filter((v) => v);
			vs = nonEmpty;
		}
		for (let v = 0; v < vs.length; v++) {
			if (out.length >= max) break outer;
			const expansion = prefix + vs[v];
			if (length + expansion.length > maxLength) break outer;
			out.push(expansion);
			length += expansion.length;
		}
	}
	budget.remaining -= out.length;
	return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
	const n = body.split(/\.\./);
	const N = [];
	/* c8 ignore start */
	if (n[0] === void 0 || n[1] === void 0) return N;
	/* c8 ignore stop */
	const x = numeric(n[0]);
	const y = numeric(n[1]);
	const width = Math.max(n[0].length, n[1].length);
	let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
	let test = lte;
	if (y < x) {
		incr *= -1;
		test = gte;
	}
	const pad = n.some(isPadded);
	const cost = pad ? width : 1;
	let length = 0;
	for (let i = x; test(i, y) && N.length < max; i += incr) {
		budget.remaining -= cost;
		if (budget.remaining < 0) return;
		let c;
		if (isAlphaSequence) {
			c = String.fromCharCode(i);
			if (c === "\\") c = "";
		} else {
			c = String(i);
			if (pad) {
				const need = width - c.length;
				if (need > 0) {
					const z = new Array(need + 1).join("0");
					if (i < 0) c = "-" + z + c.slice(1);
					else c = z + c;
				}
			}
		}
		if (length + c.length > maxLength) break;
		N.push(c);
		length += c.length;
	}
	return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
	budget.remaining -= CALL_STEPS;
	if (depth > maxDepth) return [str];
	let acc = [""];
	let rewrites = 0;
	let dropEmpties = false;
	let firstGroup = true;
	let masked = str;
	for (;;) {
		const m = balancedWithBudget(str, masked, budget);
		if (!m) return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
		if (m.unmatched) masked = maskUnmatchedOpens(masked, budget);
		const pre = m.pre;
		const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
		if (/\$$/.test(pre)) {
			acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
			firstGroup = false;
			if (!m.post.length) break;
			str = m.post;
			masked = masked.slice(m.end + 1);
			continue;
		}
		const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
		const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
		const isSequence = isNumericSequence || isAlphaSequence;
		const isOptions = m.body.indexOf(",") >= 0;
		if (!isSequence && !isOptions) {
			if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
				rewrites++;
				str = m.pre + "{" + m.body + escClose + m.post;
				masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
				isTop = true;
				continue;
			}
			return literal();
		}
		if (firstGroup) {
			dropEmpties = isTop && !isSequence;
			firstGroup = false;
		}
		let values;
		if (isSequence) {
			values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
			if (!values) return literal();
		} else {
			let n = parseCommaParts(m.body, budget);
			if (!n) return literal();
			if (n.length === 1 && n[0] !== void 0) {
				n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
				if (budget.remaining < 0) return literal();
				/* c8 ignore start */
				if (n.length === 1) {
					const next = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
					if (budget.remaining < 0) return literal();
					acc = next;
					if (!m.post.length) break;
					str = m.post;
					masked = masked.slice(m.end + 1);
					continue;
				}
			}
			let dropsEmpties = dropEmpties && !m.post.length && !pre;
			for (let d = 0; dropsEmpties && d < acc.length; d++) if (acc[d]) dropsEmpties = false;
			values = [];
			let valuesLength = 0;
			outer: for (let j = 0; j < n.length; j++) {
				const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
				if (budget.remaining < 0) return literal();
				for (let k = 0; k < expanded.length; k++) {
					const v = expanded[k];
					if (dropsEmpties && !v) continue;
					if (values.length >= max || valuesLength + v.length > maxLength) break outer;
					values.push(v);
					valuesLength += v.length;
				}
			}
		}
		const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
		if (budget.remaining < 0) return literal();
		acc = next;
		if (!m.post.length) break;
		str = m.post;
		masked = masked.slice(m.end + 1);
	}
	return acc;
}
// node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 65536;
const assertValidPattern = (pattern) => {
	if (typeof pattern !== "string") throw new TypeError("invalid pattern");
	if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError("pattern is too long");
};
// node_modules/minimatch/dist/esm/brace-expressions.js
const posixClasses = {
	"[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
	"[:alpha:]": ["\\p{L}\\p{Nl}", true],
	"[:ascii:]": ["\\x00-\\x7f", false],
	"[:blank:]": ["\\p{Zs}\\t", true],
	"[:cntrl:]": ["\\p{Cc}", true],
	"[:digit:]": ["\\p{Nd}", true],
	"[:graph:]": [
		"\\p{Z}\\p{C}",
		true,
		true
	],
	"[:lower:]": ["\\p{Ll}", true],
	"[:print:]": ["\\p{C}", true],
	"[:punct:]": ["\\p{P}", true],
	"[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
	"[:upper:]": ["\\p{Lu}", true],
	"[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
	"[:xdigit:]": ["A-Fa-f0-9", false]
};
const braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
const rangesToString = (ranges) => ranges.join("");
const parseClass = (glob, position) => {
	const pos = position;
	/* c8 ignore start */
	if (glob.charAt(pos) !== "[") throw new Error("not in a brace expression");
	/* c8 ignore stop */
	const ranges = [];
	const negs = [];
	let i = pos + 1;
	let sawStart = false;
	let uflag = false;
	let escaping = false;
	let negate = false;
	let endPos = pos;
	let rangeStart = "";
	WHILE: while (i < glob.length) {
		const c = glob.charAt(i);
		if ((c === "!" || c === "^") && i === pos + 1) {
			negate = true;
			i++;
			continue;
		}
		if (c === "]" && sawStart && !escaping) {
			endPos = i + 1;
			break;
		}
		sawStart = true;
		if (c === "\\") {
			if (!escaping) {
				escaping = true;
				i++;
				continue;
			}
		}
		if (c === "[" && !escaping) {
			for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) if (glob.startsWith(cls, i)) {
				if (rangeStart) return [
					"$.",
					false,
					glob.length - pos,
					true
				];
				i += cls.length;
				if (neg) negs.push(unip);
				else ranges.push(unip);
				uflag = uflag || u;
				continue WHILE;
			}
		}
		escaping = false;
		if (rangeStart) {
			if (c > rangeStart) ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
			else if (c === rangeStart) ranges.push(braceEscape(c));
			rangeStart = "";
			i++;
			continue;
		}
		if (glob.startsWith("-]", i + 1)) {
			ranges.push(braceEscape(c + "-"));
			i += 2;
			continue;
		}
		if (glob.startsWith("-", i + 1)) {
			rangeStart = c;
			i += 2;
			continue;
		}
		ranges.push(braceEscape(c));
		i++;
	}
	if (endPos < i) return [
		"",
		false,
		0,
		false
	];
	if (!ranges.length && !negs.length) return [
		"$.",
		false,
		glob.length - pos,
		true
	];
	if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
		const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
		return [
			regexpEscape(r),
			false,
			endPos - pos,
			false
		];
	}
	const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
	const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
	return [
		ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs,
		uflag,
		endPos - pos,
		true
	];
};
// node_modules/minimatch/dist/esm/unescape.js
/**
* Un-escape a string that has been escaped with {@link escape}.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
* square-bracket escapes are removed, but not backslash escapes.
*
* For example, it will turn the string `'[*]'` into `*`, but it will not
* turn `'\\*'` into `'*'`, because `\` is a path separator in
* `windowsPathsNoEscape` mode.
*
* When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
* backslash escapes are removed.
*
* Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
* or unescaped.
*
* When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
* unescaped.
*/
const unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
	if (magicalBraces) return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
	return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};
// node_modules/minimatch/dist/esm/ast.js
var _a;
const types = /* @__PURE__ */ new Set([
	"!",
	"?",
	"+",
	"*",
	"@"
]);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
const adoptionMap = /* @__PURE__ */ new Map([
	["!", ["@"]],
	["?", ["?", "@"]],
	["@", ["@"]],
	["*", [
		"*",
		"+",
		"?",
		"@"
	]],
	["+", ["+", "@"]]
]);
const adoptionWithSpaceMap = /* @__PURE__ */ new Map([
	["!", ["?"]],
	["@", ["?"]],
	["+", ["?", "*"]]
]);
const adoptionAnyMap = /* @__PURE__ */ new Map([
	["!", ["?", "@"]],
	["?", ["?", "@"]],
	["@", ["?", "@"]],
	["*", [
		"*",
		"+",
		"?",
		"@"
	]],
	["+", [
		"+",
		"@",
		"?",
		"*"
	]]
]);
const usurpMap = /* @__PURE__ */ new Map([
	["!", /* @__PURE__ */ new Map([["!", "@"]])],
	["?", /* @__PURE__ */ new Map([["*", "*"], ["+", "*"]])],
	["@", /* @__PURE__ */ new Map([
		["!", "!"],
		["?", "?"],
		["@", "@"],
		["*", "*"],
		["+", "+"]
	])],
	["+", /* @__PURE__ */ new Map([["?", "*"], ["*", "*"]])]
]);
const startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
const startNoDot = "(?!\\.)";
const addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
const justDots = /* @__PURE__ */ new Set(["..", "."]);
const reSpecials = /* @__PURE__ */ new Set("().*{}+?[]^$\\!");
const regExpEscape$1 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
const qmark = "[^/]";
const star$1 = "[^/]*?";
const starNoEmpty = "[^/]+?";
let ID = 0;
var AST = class {
	type;
	#root;
	#hasMagic;
	#uflag = false;
	#parts = [];
	#parent;
	#parentIndex;
	#negs;
	#filledNegs = false;
	#options;
	#toString;
	#emptyExt = false;
	id = ++ID;
	get depth() {
		return (this.#parent?.depth ?? -1) + 1;
	}
	[Symbol.for("nodejs.util.inspect.custom")]() {
		return {
			"@@type": "AST",
			id: this.id,
			type: this.type,
			root: this.#root.id,
			parent: this.#parent?.id,
			depth: this.depth,
			partsLength: this.#parts.length,
			parts: this.#parts
		};
	}
	constructor(type, parent, options = {}) {
		this.type = type;
		if (type) this.#hasMagic = true;
		this.#parent = parent;
		this.#root = this.#parent ? this.#parent.#root : this;
		this.#options = this.#root === this ? options : this.#root.#options;
		this.#negs = this.#root === this ? [] : this.#root.#negs;
		if (type === "!" && !this.#root.#filledNegs) this.#negs.push(this);
		this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
	}
	get hasMagic() {
		/* c8 ignore start */
		if (this.#hasMagic !== void 0) return this.#hasMagic;
		/* c8 ignore stop */
		for (const p of this.#parts) {
			if (typeof p === "string") continue;
			if (p.type || p.hasMagic) return this.#hasMagic = true;
		}
		return this.#hasMagic;
	}
	toString() {
		return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
	}
	#fillNegs() {
		/* c8 ignore start */
		if (this !== this.#root) throw new Error("should only call on root");
		if (this.#filledNegs) return this;
		/* c8 ignore stop */
		this.toString();
		this.#filledNegs = true;
		let n;
		while (n = this.#negs.pop()) {
			if (n.type !== "!") continue;
			let p = n;
			let pp = p.#parent;
			while (pp) {
				for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) for (const part of n.#parts) {
					/* c8 ignore start */
					if (typeof part === "string") throw new Error("string part in extglob AST??");
					/* c8 ignore stop */
					part.copyIn(pp.#parts[i]);
				}
				p = pp;
				pp = p.#parent;
			}
		}
		return this;
	}
	push(...parts) {
		for (const p of parts) {
			if (p === "") continue;
			/* c8 ignore start */
			if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) throw new Error("invalid part: " + p);
			/* c8 ignore stop */
			this.#parts.push(p);
		}
	}
	toJSON() {
		const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
		if (this.isStart() && !this.type) ret.unshift([]);
		if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) ret.push({});
		return ret;
	}
	isStart() {
		if (this.#root === this) return true;
		if (!this.#parent?.isStart()) return false;
		if (this.#parentIndex === 0) return true;
		const p = this.#parent;
		for (let i = 0; i < this.#parentIndex; i++) {
			const pp = p.#parts[i];
			if (!(pp instanceof _a && pp.type === "!")) return false;
		}
		return true;
	}
	isEnd() {
		if (this.#root === this) return true;
		if (this.#parent?.type === "!") return true;
		if (!this.#parent?.isEnd()) return false;
		if (!this.type) return this.#parent?.isEnd();
		/* c8 ignore start */
		const pl = this.#parent ? this.#parent.#parts.length : 0;
		/* c8 ignore stop */
		return this.#parentIndex === pl - 1;
	}
	copyIn(part) {
		if (typeof part === "string") this.push(part);
		else this.push(part.clone(this));
	}
	clone(parent) {
		const c = new _a(this.type, parent);
		for (const p of this.#parts) c.copyIn(p);
		return c;
	}
	static #parseAST(str, ast, pos, opt, extDepth) {
		const maxDepth = opt.maxExtglobRecursion ?? 2;
		let escaping = false;
		let inBrace = false;
		let braceStart = -1;
		let braceNeg = false;
		if (ast.type === null) {
			let i = pos;
			let acc = "";
			while (i < str.length) {
				const c = str.charAt(i++);
				if (escaping || c === "\\") {
					escaping = !escaping;
					acc += c;
					continue;
				}
				if (inBrace) {
					if (i === braceStart + 1) {
						if (c === "^" || c === "!") braceNeg = true;
					} else if (c === "]" && !(i === braceStart + 2 && braceNeg)) inBrace = false;
					acc += c;
					continue;
				} else if (c === "[") {
					inBrace = true;
					braceStart = i;
					braceNeg = false;
					acc += c;
					continue;
				}
				if (!opt.noext && isExtglobType(c) && str.charAt(i) === "(" && extDepth <= maxDepth) {
					ast.push(acc);
					acc = "";
					const ext = new _a(c, ast);
					i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
					ast.push(ext);
					continue;
				}
				acc += c;
			}
			ast.push(acc);
			return i;
		}
		let i = pos + 1;
		let part = new _a(null, ast);
		const parts = [];
		let acc = "";
		while (i < str.length) {
			const c = str.charAt(i++);
			if (escaping || c === "\\") {
				escaping = !escaping;
				acc += c;
				continue;
			}
			if (inBrace) {
				if (i === braceStart + 1) {
					if (c === "^" || c === "!") braceNeg = true;
				} else if (c === "]" && !(i === braceStart + 2 && braceNeg)) inBrace = false;
				acc += c;
				continue;
			} else if (c === "[") {
				inBrace = true;
				braceStart = i;
				braceNeg = false;
				acc += c;
				continue;
			}
			/* c8 ignore stop */
			if (!opt.noext && isExtglobType(c) && str.charAt(i) === "(" && (extDepth <= maxDepth || ast && ast.#canAdoptType(c))) {
				const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
				part.push(acc);
				acc = "";
				const ext = new _a(c, part);
				part.push(ext);
				i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
				continue;
			}
			if (c === "|") {
				part.push(acc);
				acc = "";
				parts.push(part);
				part = new _a(null, ast);
				continue;
			}
			if (c === ")") {
				if (acc === "" && ast.#parts.length === 0) ast.#emptyExt = true;
				part.push(acc);
				acc = "";
				ast.push(...parts, part);
				return i;
			}
			acc += c;
		}
		ast.type = null;
		ast.#hasMagic = void 0;
		ast.#parts = [str.substring(pos - 1)];
		return i;
	}
	#canAdoptWithSpace(child) {
		return this.#canAdopt(child, adoptionWithSpaceMap);
	}
	#canAdopt(child, map = adoptionMap) {
		if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) return false;
		const gc = child.#parts[0];
		if (!gc || typeof gc !== "object" || gc.type === null) return false;
		return this.#canAdoptType(gc.type, map);
	}
	#canAdoptType(c, map = adoptionAnyMap) {
		return !!map.get(this.type)?.includes(c);
	}
	#adoptWithSpace(child, index) {
		const gc = child.#parts[0];
		const blank = new _a(null, gc, this.options);
		blank.#parts.push("");
		gc.push(blank);
		this.#adopt(child, index);
	}
	#adopt(child, index) {
		const gc = child.#parts[0];
		this.#parts.splice(index, 1, ...gc.#parts);
		for (const p of gc.#parts) if (typeof p === "object") p.#parent = this;
		this.#toString = void 0;
	}
	#canUsurpType(c) {
		return !!usurpMap.get(this.type)?.has(c);
	}
	#canUsurp(child) {
		if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) return false;
		const gc = child.#parts[0];
		if (!gc || typeof gc !== "object" || gc.type === null) return false;
		return this.#canUsurpType(gc.type);
	}
	#usurp(child) {
		const m = usurpMap.get(this.type);
		const gc = child.#parts[0];
		const nt = m?.get(gc.type);
		/* c8 ignore start - impossible */
		if (!nt) return false;
		/* c8 ignore stop */
		this.#parts = gc.#parts;
		for (const p of this.#parts) if (typeof p === "object") p.#parent = this;
		this.type = nt;
		this.#toString = void 0;
		this.#emptyExt = false;
	}
	static fromGlob(pattern, options = {}) {
		const ast = new _a(null, void 0, options);
		_a.#parseAST(pattern, ast, 0, options, 0);
		return ast;
	}
	toMMPattern() {
		/* c8 ignore start */
		if (this !== this.#root) return this.#root.toMMPattern();
		/* c8 ignore stop */
		const glob = this.toString();
		const [re, body, hasMagic, uflag] = this.toRegExpSource();
		if (!(hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase())) return body;
		const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
		return Object.assign(new RegExp(`^${re}$`, flags), {
			_src: re,
			_glob: glob
		});
	}
	get options() {
		return this.#options;
	}
	toRegExpSource(allowDot) {
		const dot = allowDot ?? !!this.#options.dot;
		if (this.#root === this) {
			this.#flatten();
			this.#fillNegs();
		}
		if (!isExtglobAST(this)) {
			const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
			const src = this.#parts.map((p) => {
				const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
				this.#hasMagic = this.#hasMagic || hasMagic;
				this.#uflag = this.#uflag || uflag;
				return re;
			}).join("");
			let start = "";
			if (this.isStart()) {
				if (typeof this.#parts[0] === "string") {
					if (!(this.#parts.length === 1 && justDots.has(this.#parts[0]))) {
						const aps = addPatternStart;
						const needNoTrav = dot && aps.has(src.charAt(0)) || src.startsWith("\\.") && aps.has(src.charAt(2)) || src.startsWith("\\.\\.") && aps.has(src.charAt(4));
						const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
						start = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
					}
				}
			}
			let end = "";
			if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") end = "(?:$|\\/)";
			return [
				start + src + end,
				unescape(src),
				this.#hasMagic = !!this.#hasMagic,
				this.#uflag
			];
		}
		const repeated = this.type === "*" || this.type === "+";
		const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
		let body = this.#partsToRegExp(dot);
		if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
			const s = this.toString();
			const me = this;
			me.#parts = [s];
			me.type = null;
			me.#hasMagic = void 0;
			return [
				s,
				unescape(this.toString()),
				false,
				false
			];
		}
		let bodyDotAllowed = !repeated || allowDot || dot || false ? "" : this.#partsToRegExp(true);
		if (bodyDotAllowed === body) bodyDotAllowed = "";
		if (bodyDotAllowed) body = `(?:${body})(?:${bodyDotAllowed})*?`;
		let final = "";
		if (this.type === "!" && this.#emptyExt) final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
		else {
			const close = this.type === "!" ? "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + "[^/]*?)" : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
			final = start + body + close;
		}
		return [
			final,
			unescape(body),
			this.#hasMagic = !!this.#hasMagic,
			this.#uflag
		];
	}
	#flatten() {
		if (!isExtglobAST(this)) {
			for (const p of this.#parts) if (typeof p === "object") p.#flatten();
		} else {
			let iterations = 0;
			let done = false;
			do {
				done = true;
				for (let i = 0; i < this.#parts.length; i++) {
					const c = this.#parts[i];
					if (typeof c === "object") {
						c.#flatten();
						if (this.#canAdopt(c)) {
							done = false;
							this.#adopt(c, i);
						} else if (this.#canAdoptWithSpace(c)) {
							done = false;
							this.#adoptWithSpace(c, i);
						} else if (this.#canUsurp(c)) {
							done = false;
							this.#usurp(c);
						}
					}
				}
			} while (!done && ++iterations < 10);
		}
		this.#toString = void 0;
	}
	#partsToRegExp(dot) {
		return this.#parts.map((p) => {
			/* c8 ignore start */
			if (typeof p === "string") throw new Error("string type in extglob ast??");
			/* c8 ignore stop */
			const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
			this.#uflag = this.#uflag || uflag;
			return re;
		}).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
	}
	static #parseGlob(glob, hasMagic, noEmpty = false) {
		let escaping = false;
		let re = "";
		let uflag = false;
		let inStar = false;
		for (let i = 0; i < glob.length; i++) {
			const c = glob.charAt(i);
			if (escaping) {
				escaping = false;
				re += (reSpecials.has(c) ? "\\" : "") + c;
				continue;
			}
			if (c === "*") {
				if (inStar) continue;
				inStar = true;
				re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star$1;
				hasMagic = true;
				continue;
			} else inStar = false;
			if (c === "\\") {
				if (i === glob.length - 1) re += "\\\\";
				else escaping = true;
				continue;
			}
			if (c === "[") {
				const [src, needUflag, consumed, magic] = parseClass(glob, i);
				if (consumed) {
					re += src;
					uflag = uflag || needUflag;
					i += consumed - 1;
					hasMagic = hasMagic || magic;
					continue;
				}
			}
			if (c === "?") {
				re += qmark;
				hasMagic = true;
				continue;
			}
			re += regExpEscape$1(c);
		}
		return [
			re,
			unescape(glob),
			!!hasMagic,
			uflag
		];
	}
};
_a = AST;
// node_modules/minimatch/dist/esm/escape.js
/**
* Escape all magic characters in a glob pattern.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape}
* option is used, then characters are escaped by wrapping in `[]`, because
* a magic character wrapped in a character class can only be satisfied by
* that exact character.  In this mode, `\` is _not_ escaped, because it is
* not interpreted as a magic character, but instead as a path separator.
*
* If the {@link MinimatchOptions.magicalBraces} option is used,
* then braces (`{` and `}`) will be escaped.
*/
const escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
	if (magicalBraces) return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
	return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};
// node_modules/minimatch/dist/esm/index.js
const minimatch = (p, pattern, options = {}) => {
	assertValidPattern(pattern);
	if (!options.nocomment && pattern.charAt(0) === "#") return false;
	return new Minimatch(pattern, options).match(p);
};
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith(".") && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
	ext = ext.toLowerCase();
	return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
	ext = ext.toLowerCase();
	return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
const starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith(".");
const starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExt([$0]);
	if (!ext) return noext;
	ext = ext.toLowerCase();
	return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExtDot([$0]);
	if (!ext) return noext;
	ext = ext.toLowerCase();
	return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExtDot([$0]);
	return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExt([$0]);
	return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
	const len = $0.length;
	return (f) => f.length === len && !f.startsWith(".");
};
const qmarksTestNoExtDot = ([$0]) => {
	const len = $0.length;
	return (f) => f.length === len && f !== "." && f !== "..";
};
/* c8 ignore start */
const defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
const path = {
	win32: { sep: "\\" },
	posix: { sep: "/" }
};
minimatch.sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
const GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
const star = "[^/]*?";
const twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
const twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
	if (!def || typeof def !== "object" || !Object.keys(def).length) return minimatch;
	const orig = minimatch;
	const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
	return Object.assign(m, {
		Minimatch: class Minimatch extends orig.Minimatch {
			constructor(pattern, options = {}) {
				super(pattern, ext(def, options));
			}
			static defaults(options) {
				return orig.defaults(ext(def, options)).Minimatch;
			}
		},
		AST: class AST extends orig.AST {
			/* c8 ignore start */
			constructor(type, parent, options = {}) {
				super(type, parent, ext(def, options));
			}
			/* c8 ignore stop */
			static fromGlob(pattern, options = {}) {
				return orig.AST.fromGlob(pattern, ext(def, options));
			}
		},
		unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
		escape: (s, options = {}) => orig.escape(s, ext(def, options)),
		filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
		defaults: (options) => orig.defaults(ext(def, options)),
		makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
		braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
		match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
		sep: orig.sep,
		GLOBSTAR
	});
};
minimatch.defaults = defaults;
const braceExpand = (pattern, options = {}) => {
	assertValidPattern(pattern);
	if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
	return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
	const mm = new Minimatch(pattern, options);
	list = list.filter((f) => mm.match(f));
	if (mm.options.nonull && !list.length) list.push(pattern);
	return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
	options;
	set;
	pattern;
	windowsPathsNoEscape;
	nonegate;
	negate;
	comment;
	empty;
	preserveMultipleSlashes;
	partial;
	globSet;
	globParts;
	nocase;
	isWindows;
	platform;
	windowsNoMagicRoot;
	maxGlobstarRecursion;
	regexp;
	constructor(pattern, options = {}) {
		assertValidPattern(pattern);
		options = options || {};
		this.options = options;
		this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
		this.pattern = pattern;
		this.platform = options.platform || defaultPlatform;
		this.isWindows = this.platform === "win32";
		const awe = "allowWindowsEscape";
		this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
		if (this.windowsPathsNoEscape) this.pattern = this.pattern.replace(/\\/g, "/");
		this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
		this.regexp = null;
		this.negate = false;
		this.nonegate = !!options.nonegate;
		this.comment = false;
		this.empty = false;
		this.partial = !!options.partial;
		this.nocase = !!this.options.nocase;
		this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
		this.globSet = [];
		this.globParts = [];
		this.set = [];
		this.make();
	}
	hasMagic() {
		if (this.options.magicalBraces && this.set.length > 1) return true;
		for (const pattern of this.set) for (const part of pattern) if (typeof part !== "string") return true;
		return false;
	}
	debug(..._) {}
	make() {
		const pattern = this.pattern;
		const options = this.options;
		if (!options.nocomment && pattern.charAt(0) === "#") {
			this.comment = true;
			return;
		}
		if (!pattern) {
			this.empty = true;
			return;
		}
		this.parseNegate();
		this.globSet = [...new Set(this.braceExpand())];
		if (options.debug) this.debug = (...args) => console.error(...args);
		this.debug(this.pattern, this.globSet);
		const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
		this.globParts = this.preprocess(rawGlobParts);
		this.debug(this.pattern, this.globParts);
		let set = this.globParts.map((s, _, __) => {
			if (this.isWindows && this.windowsNoMagicRoot) {
				const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
				const isDrive = /^[a-z]:/i.test(s[0]);
				if (isUNC) return [...s.slice(0, 4), ...s.slice(4).map((ss) => this.parse(ss))];
				else if (isDrive) return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
			}
			return s.map((ss) => this.parse(ss));
		});
		this.debug(this.pattern, set);
		this.set = set.filter((s) => s.indexOf(false) === -1);
		if (this.isWindows) for (let i = 0; i < this.set.length; i++) {
			const p = this.set[i];
			if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) p[2] = "?";
		}
		this.debug(this.pattern, this.set);
	}
	preprocess(globParts) {
		if (this.options.noglobstar) {
			for (const partset of globParts) for (let j = 0; j < partset.length; j++) if (partset[j] === "**") partset[j] = "*";
		}
		const { optimizationLevel = 1 } = this.options;
		if (optimizationLevel >= 2) {
			globParts = this.firstPhasePreProcess(globParts);
			globParts = this.secondPhasePreProcess(globParts);
		} else if (optimizationLevel >= 1) globParts = this.levelOneOptimize(globParts);
		else globParts = this.adjascentGlobstarOptimize(globParts);
		return globParts;
	}
	adjascentGlobstarOptimize(globParts) {
		return globParts.map((parts) => {
			let gs = -1;
			while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
				let i = gs;
				while (parts[i + 1] === "**") i++;
				if (i !== gs) parts.splice(gs, i - gs);
			}
			return parts;
		});
	}
	levelOneOptimize(globParts) {
		return globParts.map((parts) => {
			parts = parts.reduce((set, part) => {
				const prev = set[set.length - 1];
				if (part === "**" && prev === "**") return set;
				if (part === "..") {
					if (prev && prev !== ".." && prev !== "." && prev !== "**") {
						set.pop();
						return set;
					}
				}
				set.push(part);
				return set;
			}, []);
			return parts.length === 0 ? [""] : parts;
		});
	}
	levelTwoFileOptimize(parts) {
		if (!Array.isArray(parts)) parts = this.slashSplit(parts);
		let didSomething = false;
		do {
			didSomething = false;
			if (!this.preserveMultipleSlashes) {
				for (let i = 1; i < parts.length - 1; i++) {
					const p = parts[i];
					if (i === 1 && p === "" && parts[0] === "") continue;
					if (p === "." || p === "") {
						didSomething = true;
						parts.splice(i, 1);
						i--;
					}
				}
				if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
					didSomething = true;
					parts.pop();
				}
			}
			let dd = 0;
			while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
				const p = parts[dd - 1];
				if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
					didSomething = true;
					parts.splice(dd - 1, 2);
					dd -= 2;
				}
			}
		} while (didSomething);
		return parts.length === 0 ? [""] : parts;
	}
	firstPhasePreProcess(globParts) {
		let didSomething = false;
		do {
			didSomething = false;
			for (let parts of globParts) {
				let gs = -1;
				while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
					let gss = gs;
					while (parts[gss + 1] === "**") gss++;
					if (gss > gs) parts.splice(gs + 1, gss - gs);
					let next = parts[gs + 1];
					const p = parts[gs + 2];
					const p2 = parts[gs + 3];
					if (next !== "..") continue;
					if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") continue;
					didSomething = true;
					parts.splice(gs, 1);
					const other = parts.slice(0);
					other[gs] = "**";
					globParts.push(other);
					gs--;
				}
				if (!this.preserveMultipleSlashes) {
					for (let i = 1; i < parts.length - 1; i++) {
						const p = parts[i];
						if (i === 1 && p === "" && parts[0] === "") continue;
						if (p === "." || p === "") {
							didSomething = true;
							parts.splice(i, 1);
							i--;
						}
					}
					if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
						didSomething = true;
						parts.pop();
					}
				}
				let dd = 0;
				while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
					const p = parts[dd - 1];
					if (p && p !== "." && p !== ".." && p !== "**") {
						didSomething = true;
						const splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
						parts.splice(dd - 1, 2, ...splin);
						if (parts.length === 0) parts.push("");
						dd -= 2;
					}
				}
			}
		} while (didSomething);
		return globParts;
	}
	secondPhasePreProcess(globParts) {
		for (let i = 0; i < globParts.length - 1; i++) for (let j = i + 1; j < globParts.length; j++) {
			const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
			if (matched) {
				globParts[i] = [];
				globParts[j] = matched;
				break;
			}
		}
		return globParts.filter((gs) => gs.length);
	}
	partsMatch(a, b, emptyGSMatch = false) {
		let ai = 0;
		let bi = 0;
		let result = [];
		let which = "";
		while (ai < a.length && bi < b.length) if (a[ai] === b[bi]) {
			result.push(which === "b" ? b[bi] : a[ai]);
			ai++;
			bi++;
		} else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
			result.push(a[ai]);
			ai++;
		} else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
			result.push(b[bi]);
			bi++;
		} else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
			if (which === "b") return false;
			which = "a";
			result.push(a[ai]);
			ai++;
			bi++;
		} else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
			if (which === "a") return false;
			which = "b";
			result.push(b[bi]);
			ai++;
			bi++;
		} else return false;
		return a.length === b.length && result;
	}
	parseNegate() {
		if (this.nonegate) return;
		const pattern = this.pattern;
		let negate = false;
		let negateOffset = 0;
		for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
			negate = !negate;
			negateOffset++;
		}
		if (negateOffset) this.pattern = pattern.slice(negateOffset);
		this.negate = negate;
	}
	matchOne(file, pattern, partial = false) {
		let fileStartIndex = 0;
		let patternStartIndex = 0;
		if (this.isWindows) {
			const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
			const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
			const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
			const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
			const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
			const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
			if (typeof fdi === "number" && typeof pdi === "number") {
				const [fd, pd] = [file[fdi], pattern[pdi]];
				if (fd.toLowerCase() === pd.toLowerCase()) {
					pattern[pdi] = fd;
					patternStartIndex = pdi;
					fileStartIndex = fdi;
				}
			}
		}
		const { optimizationLevel = 1 } = this.options;
		if (optimizationLevel >= 2) file = this.levelTwoFileOptimize(file);
		if (pattern.includes(GLOBSTAR)) return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
		return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
	}
	#matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
		const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
		const lastgs = pattern.lastIndexOf(GLOBSTAR);
		const [head, body, tail] = partial ? [
			pattern.slice(patternIndex, firstgs),
			pattern.slice(firstgs + 1),
			[]
		] : [
			pattern.slice(patternIndex, firstgs),
			pattern.slice(firstgs + 1, lastgs),
			pattern.slice(lastgs + 1)
		];
		if (head.length) {
			const fileHead = file.slice(fileIndex, fileIndex + head.length);
			if (!this.#matchOne(fileHead, head, partial, 0, 0)) return false;
			fileIndex += head.length;
			patternIndex += head.length;
		}
		let fileTailMatch = 0;
		if (tail.length) {
			if (tail.length + fileIndex > file.length) return false;
			let tailStart = file.length - tail.length;
			if (this.#matchOne(file, tail, partial, tailStart, 0)) fileTailMatch = tail.length;
			else {
				if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) return false;
				tailStart--;
				if (!this.#matchOne(file, tail, partial, tailStart, 0)) return false;
				fileTailMatch = tail.length + 1;
			}
		}
		if (!body.length) {
			let sawSome = !!fileTailMatch;
			for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
				const f = String(file[i]);
				sawSome = true;
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return partial || sawSome;
		}
		const bodySegments = [[[], 0]];
		let currentBody = bodySegments[0];
		let nonGsParts = 0;
		const nonGsPartsSums = [0];
		for (const b of body) if (b === GLOBSTAR) {
			nonGsPartsSums.push(nonGsParts);
			currentBody = [[], 0];
			bodySegments.push(currentBody);
		} else {
			currentBody[0].push(b);
			nonGsParts++;
		}
		let i = bodySegments.length - 1;
		const fileLength = file.length - fileTailMatch;
		for (const b of bodySegments) b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
		return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
	}
	#matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
		const bs = bodySegments[bodyIndex];
		if (!bs) {
			for (let i = fileIndex; i < file.length; i++) {
				sawTail = true;
				const f = file[i];
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return sawTail;
		}
		const [body, after] = bs;
		while (fileIndex <= after) {
			if (this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0) && globStarDepth < this.maxGlobstarRecursion) {
				const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
				if (sub !== false) return sub;
			}
			const f = file[fileIndex];
			if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			fileIndex++;
		}
		return partial || null;
	}
	#matchOne(file, pattern, partial, fileIndex, patternIndex) {
		let fi;
		let pi;
		let pl;
		let fl;
		for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
			this.debug("matchOne loop");
			let p = pattern[pi];
			let f = file[fi];
			this.debug(pattern, p, f);
			/* c8 ignore start */
			if (p === false || p === GLOBSTAR) return false;
			/* c8 ignore stop */
			let hit;
			if (typeof p === "string") {
				hit = f === p;
				this.debug("string match", p, f, hit);
			} else {
				hit = p.test(f);
				this.debug("pattern match", p, f, hit);
			}
			if (!hit) return false;
		}
		if (fi === fl && pi === pl) return true;
		else if (fi === fl) return partial;
		else if (pi === pl) return fi === fl - 1 && file[fi] === "";
		else throw new Error("wtf?");
		/* c8 ignore stop */
	}
	braceExpand() {
		return braceExpand(this.pattern, this.options);
	}
	parse(pattern) {
		assertValidPattern(pattern);
		const options = this.options;
		if (pattern === "**") return GLOBSTAR;
		if (pattern === "") return "";
		let m;
		let fastTest = null;
		if (m = pattern.match(starRE)) fastTest = options.dot ? starTestDot : starTest;
		else if (m = pattern.match(starDotExtRE)) fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
		else if (m = pattern.match(qmarksRE)) fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
		else if (m = pattern.match(starDotStarRE)) fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
		else if (m = pattern.match(dotStarRE)) fastTest = dotStarTest;
		const re = AST.fromGlob(pattern, this.options).toMMPattern();
		if (fastTest && typeof re === "object") Reflect.defineProperty(re, "test", { value: fastTest });
		return re;
	}
	makeRe() {
		if (this.regexp || this.regexp === false) return this.regexp;
		const set = this.set;
		if (!set.length) {
			this.regexp = false;
			return this.regexp;
		}
		const options = this.options;
		const twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
		const flags = new Set(options.nocase ? ["i"] : []);
		let re = set.map((pattern) => {
			const pp = pattern.map((p) => {
				if (p instanceof RegExp) for (const f of p.flags.split("")) flags.add(f);
				return typeof p === "string" ? regExpEscape(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
			});
			pp.forEach((p, i) => {
				const next = pp[i + 1];
				const prev = pp[i - 1];
				if (p !== GLOBSTAR || prev === GLOBSTAR) return;
				if (prev === void 0) {
					if (next !== void 0 && next !== GLOBSTAR) pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
					else pp[i] = twoStar;
				} else if (next === void 0) pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
				else if (next !== GLOBSTAR) {
					pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
					pp[i + 1] = GLOBSTAR;
				}
			});
			const filtered = pp.filter((p) => p !== GLOBSTAR);
			if (this.partial && filtered.length >= 1) {
				const prefixes = [];
				for (let i = 1; i <= filtered.length; i++) prefixes.push(filtered.slice(0, i).join("/"));
				return "(?:" + prefixes.join("|") + ")";
			}
			return filtered.join("/");
		}).join("|");
		const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
		re = "^" + open + re + close + "$";
		if (this.partial) re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
		if (this.negate) re = "^(?!" + re + ").+$";
		try {
			this.regexp = new RegExp(re, [...flags].join(""));
		} catch {
			this.regexp = false;
		}
		/* c8 ignore stop */
		return this.regexp;
	}
	slashSplit(p) {
		if (this.preserveMultipleSlashes) return p.split("/");
		else if (this.isWindows && /^\/\/[^/]+/.test(p)) return ["", ...p.split(/\/+/)];
		else return p.split(/\/+/);
	}
	match(f, partial = this.partial) {
		this.debug("match", f, this.pattern);
		if (this.comment) return false;
		if (this.empty) return f === "";
		if (f === "/" && partial) return true;
		const options = this.options;
		if (this.isWindows) f = f.split("\\").join("/");
		const ff = this.slashSplit(f);
		this.debug(this.pattern, "split", ff);
		const set = this.set;
		this.debug(this.pattern, "set", set);
		let filename = ff[ff.length - 1];
		if (!filename) for (let i = ff.length - 2; !filename && i >= 0; i--) filename = ff[i];
		for (const pattern of set) {
			let file = ff;
			if (options.matchBase && pattern.length === 1) file = [filename];
			if (this.matchOne(file, pattern, partial)) {
				if (options.flipNegate) return true;
				return !this.negate;
			}
		}
		if (options.flipNegate) return false;
		return this.negate;
	}
	static defaults(def) {
		return minimatch.defaults(def).Minimatch;
	}
};
/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;
// packages/config/lib/forbidden-categories.js
/**
* The built-in forbidden categories (spec §4 NOT-authorized scope, contracts.md),
* built from the file names the ecosystems and tools themselves use. Globs are
* matched case-insensitively and include dotfiles; `words` are matched as whole
* words of a path's folder and file names (see forbidden.ts). The README of
* actions/manifest-scope lists them (generated: `npm run docs`).
*/
const BUILT_IN_FORBIDDEN = [
	{
		id: "ci-definitions",
		reason: "CI definitions and the automation that builds, checks or merges code are platform-team-only (spec §4)",
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
		reason: "schemas are out of scope for the agent (spec §4)",
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
		reason: "database migrations are out of scope for the agent (spec §4)",
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
		reason: "public API contracts are out of scope for the agent (spec §4)",
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
		reason: "authentication and authorization code is out of scope for the agent (spec §4)",
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
		reason: "billing code is out of scope for the agent (spec §4)",
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
		reason: "payment code is out of scope for the agent (spec §4)",
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
/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
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
/** Globs are compiled once: collection tests every path of a repository against them. */
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
function isTestPath(path) {
	const p = path.replace(/\\/g, "/");
	if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p)) return true;
	if (posix.basename(p) === "conftest.py") return true;
	const language = testLanguageOf(p, DEFAULTS);
	return language !== void 0 && language !== "rust";
}
/** Every forbidden category's id: the policy's own, then the built-in ones. */
const FORBIDDEN_CATEGORY_IDS = ["policy", ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
/** The categories a policy's `forbidden_exceptions` may narrow. */
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
// packages/config/lib/config-source.js
/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
function describeSource(file, what, source = {}) {
	return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function shortCommit(commit) {
	return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
// packages/config/lib/applies-to.js
/** Whom a guard judges: only agent PRs, or every PR. */
const APPLIES_TO = ["agent-prs", "every-pr"];
/**
* The logins other coding agents open PRs as (`pull_request.user.login`):
* GitHub Copilot coding agent (shown as `Copilot`, its app `copilot-swe-agent[bot]`),
* the Claude GitHub App and the ChatGPT Codex connector. Counting them as agents
* only ever adds checks, so they are agents in every policy.
*/
const KNOWN_AGENT_LOGINS = [
	"Copilot",
	"copilot-swe-agent[bot]",
	"claude[bot]",
	"chatgpt-codex-connector[bot]"
];
/**
* Defaults: the agent-conduct rules (a spec reference and conventional commits,
* the ticket's scope, what the sessions cost) for agent PRs; the rules any
* change should keep (no test silently skipped, no forbidden import) for every PR.
*/
const DEFAULT_APPLIES_TO = {
	"manifest-scope": "agent-prs",
	"skip-set": "every-pr",
	"spec-conformance": "agent-prs",
	"cost-ceiling": "agent-prs",
	boundaries: "every-pr"
};
/** A GitHub login: letters, digits and '-', an app's with '[bot]'. */
const login = string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])");
/**
* The agents are named in the policy because it is read at the base commit: a
* PR cannot change who counts as one, as it could a workflow input (the caller
* workflow of a pull_request run is the PR's own copy).
*/
const AgentsPolicySchema = strictObject({ logins: array(login).default([]).describe(`PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) }).optional().describe("Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
function appliesTo(guard) {
	const fallback = DEFAULT_APPLIES_TO[guard];
	return _enum(APPLIES_TO).default(fallback).describe(`Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}
function guardSettings(guard) {
	return strictObject({ applies_to: appliesTo(guard) }).default({ applies_to: DEFAULT_APPLIES_TO[guard] });
}
/**
* manifest-scope judges a PR against its ticket, which only an agent's PR has. The
* forbidden categories need no ticket: a team may keep some of them on every PR.
*/
const ScopeSettingsSchema = strictObject({
	applies_to: appliesTo("manifest-scope"),
	every_pr_categories: array(_enum(FORBIDDEN_CATEGORY_IDS)).default([]).describe("Forbidden categories checked on every PR, an agent's or not, without a ticket (e.g. [vendored-code, git-metadata]; 'policy' is the policy's own forbidden_paths). A PR that is not an agent's fails only for a path in one of these; an agent PR is judged on all of them and its ticket.")
}).default({
	applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
	every_pr_categories: []
});
const GuardsPolicySchema = strictObject({
	"manifest-scope": ScopeSettingsSchema.describe("every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them. agent-prs with every_pr_categories: other PRs are checked for those categories only."),
	"skip-set": guardSettings("skip-set"),
	"spec-conformance": guardSettings("spec-conformance"),
	"cost-ceiling": guardSettings("cost-ceiling"),
	boundaries: guardSettings("boundaries")
}).default({
	...Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])),
	"manifest-scope": {
		applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
		every_pr_categories: []
	}
}).describe("Per guard: whom it judges (applies_to).");
/** Is `login` an agent's under this policy (the known agent bots included)? GitHub logins ignore case. */
function isAgentLogin(policy, login) {
	const wanted = login.toLowerCase();
	return [...KNOWN_AGENT_LOGINS, ...policy.agents?.logins ?? []].some((l) => l.toLowerCase() === wanted);
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
/** The rule of the notice a guard that does not apply reports. */
const NOT_AN_AGENT_PR = "not-an-agent-pr";
/**
* The run of a guard that does not judge this PR: a pass with a notice saying
* why, so a required check still reports. Undefined when the guard applies
* (the reason is logged, so a run says why it judged the PR).
*/
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
const glob = string().min(1, "a glob cannot be empty");
const DependencyAllowlistSchema = strictObject({
	npm: array(glob).default([]),
	pypi: array(glob).default([]),
	go: array(glob).default([]),
	cargo: array(glob).default([])
}).default({
	npm: [],
	pypi: [],
	go: [],
	cargo: []
}).describe("Dev dependencies the agent may add or change, per ecosystem (globs over package names).");
const SpecPolicySchema = strictObject({
	path: string().default("docs/agent-spec.md").describe("The spec markdown, read at the PR base."),
	map: string().optional().describe("Optional spec map (YAML) saying what a change addressing each section looks like."),
	require_map: boolean().default(false).describe("Fail, rather than notice, when no map lets conformance be checked.")
}).default({
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
const CommitsPolicySchema = strictObject({
	types: array(string().regex(/^[a-z][a-z0-9-]*$/)).default([...COMMIT_TYPES]),
	require_scope: boolean().default(false),
	max_subject_length: number().int().positive().default(100)
}).default({
	types: [...COMMIT_TYPES],
	require_scope: false,
	max_subject_length: 100
});
const TestsPolicySchema = strictObject({
	frameworks: array(_enum([
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
	])).default(["auto"]),
	collector: _enum([
		"static",
		"runner",
		"both"
	]).default("static")
}).default({
	frameworks: ["auto"],
	collector: "static"
});
const ModelsByModeSchema = strictObject({
	frame: string().default("claude-haiku-4-5"),
	plan: string().default("claude-sonnet-4-6"),
	implement: string().default("claude-sonnet-4-6"),
	review: string().default("claude-sonnet-4-6")
}).default({
	frame: "claude-haiku-4-5",
	plan: "claude-sonnet-4-6",
	implement: "claude-sonnet-4-6",
	review: "claude-sonnet-4-6"
});
const ModelPriceSchema = strictObject({
	input_per_mtok: number().nonnegative(),
	output_per_mtok: number().nonnegative(),
	cache_write_5m_multiplier: number().nonnegative().default(1.25),
	cache_write_1h_multiplier: number().nonnegative().default(2),
	cache_read_multiplier: number().nonnegative().default(.1)
});
const IncidentPolicySchema = strictObject({
	session_cost_usd: number().positive().default(6),
	sustained_hours: number().positive().default(24),
	daily_vs_7day_median: number().positive().default(1.5),
	escalate_to: array(string()).default([]).describe("GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).")
}).default({
	session_cost_usd: 6,
	sustained_hours: 24,
	daily_vs_7day_median: 1.5,
	escalate_to: []
});
const CostPolicySchema = strictObject({
	soft_cap_tokens: number().int().positive().default(15e4),
	hard_cap_tokens: number().int().positive().default(3e5),
	max_cost_per_pr_usd: number().positive().default(4.5),
	min_cache_hit_rate: number().min(0).max(1).default(.8),
	cache_hit_rate_fails: boolean().default(false),
	weekly_budget_tokens: number().int().positive().optional(),
	models: ModelsByModeSchema,
	prices: record(string(), ModelPriceSchema).default({}).describe("Per-model price overrides, USD per million tokens."),
	incident: IncidentPolicySchema,
	history_branch: string().default("agent-guards/cost-history")
}).default({
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
const BoundaryEdgeSchema = strictObject({
	from: string().min(1),
	to: string().min(1),
	/** For forbidden edges: what to do instead, shown in the finding. */
	instead: string().optional()
});
const BoundariesPolicySchema = strictObject({
	contexts: record(string(), array(glob)).default({}).describe("Bounded contexts: name → path globs."),
	allow: array(BoundaryEdgeSchema).default([]).describe("Allowed edges between contexts; any other cross-context edge is forbidden."),
	forbid: array(BoundaryEdgeSchema).default([]).describe("Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client)."),
	type_only_imports: _enum(["allow", "check"]).default("allow")
}).default({
	contexts: {},
	allow: [],
	forbid: [],
	type_only_imports: "allow"
});
const SANDBOX_MODES = ["bubblewrap", "none"];
/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = string().regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, "a host name such as registry.npmjs.org (optionally *.example.com or host:port)").refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), "an IP address is not a registry host: name the host");
const DEFAULT_REGISTRIES = {
	npm: ["registry.npmjs.org", "registry.yarnpkg.com"],
	pypi: ["pypi.org", "files.pythonhosted.org"],
	go: ["proxy.golang.org", "sum.golang.org"],
	cargo: ["index.crates.io", "static.crates.io"]
};
const SandboxRegistriesSchema = strictObject({
	npm: array(registryHost).default(DEFAULT_REGISTRIES.npm),
	pypi: array(registryHost).default(DEFAULT_REGISTRIES.pypi),
	go: array(registryHost).default(DEFAULT_REGISTRIES.go),
	cargo: array(registryHost).default(DEFAULT_REGISTRIES.cargo)
}).default(DEFAULT_REGISTRIES).describe("Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
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
const SandboxSettingsSchema = strictObject({
	mode: _enum(SANDBOX_MODES).default("bubblewrap").describe("bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
	read_only: array(string().regex(/^(\/|~\/)/, "an absolute path or ~/…")).default([]).describe("Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home)."),
	memory_mb: number().int().positive().default(4096).describe("Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: number().int().positive().default(512).describe("Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: number().int().positive().default(1024).describe("Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: number().int().positive().default(32).describe("Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: number().int().positive().default(2048).describe("Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
const SandboxPolicySchema = union([_enum(SANDBOX_MODES), SandboxSettingsSchema]).default("bubblewrap").transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v).describe("How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = strictObject({
	test_command: array(string()).optional().describe("argv of the service test command, e.g. [\"npm\",\"test\"] — no shell."),
	lint_command: array(string()).optional(),
	install_dev_dependency_command: record(string(), array(string())).default({}),
	command_timeout_seconds: number().int().positive().default(600),
	max_test_attempts: number().int().positive().default(5),
	session_timeout_minutes: number().positive().default(30),
	target_session_minutes: number().positive().default(12),
	max_open_questions: number().int().nonnegative().default(2),
	branch_prefix: string().default("agent/"),
	sandbox: SandboxPolicySchema
}).default({
	install_dev_dependency_command: {},
	command_timeout_seconds: 600,
	max_test_attempts: 5,
	session_timeout_minutes: 30,
	target_session_minutes: 12,
	max_open_questions: 2,
	branch_prefix: "agent/",
	sandbox: SANDBOX_DEFAULTS
});
const PolicySchema = strictObject({
	$schema: string().optional(),
	version: literal(1),
	agents: AgentsPolicySchema,
	guards: GuardsPolicySchema,
	protected_branches: array(glob).default([
		"main",
		"master",
		"release/*"
	]),
	forbidden_paths: array(glob).default([]).describe("Added to the built-in forbidden categories, never replacing them."),
	forbidden_exceptions: partialRecord(_enum(NARROWABLE_FORBIDDEN_CATEGORIES), array(glob)).default({}).describe("Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
	dependency_allowlist: DependencyAllowlistSchema,
	manifest: string().default(DEFAULT_MANIFEST_PATH),
	tickets_dir: string().default(".agent/tickets"),
	spec: SpecPolicySchema,
	commits: CommitsPolicySchema,
	tests: TestsPolicySchema,
	cost: CostPolicySchema,
	boundaries: BoundariesPolicySchema,
	runner: RunnerPolicySchema,
	required_checks: array(string()).default([
		"manifest-scope",
		"skip-set",
		"spec-conformance",
		"cost-ceiling",
		"boundaries"
	]).describe("Status checks the protected branches must require (protection check).")
}).describe("agent-guards policy, owned by the platform team; read at the PR base commit.");
/** The policy used when the repository has none at the default path. */
function defaultPolicy() {
	return PolicySchema.parse({ version: 1 });
}
// packages/config/lib/ticket.js
const ContextPacketSchema = strictObject({
	acceptance_criteria: array(string()).default([]),
	edge_cases: array(string()).default([]),
	rules: array(string()).default([]).describe("Architectural rules that apply (e.g. \"events flow through the event bus\")."),
	golden_samples: array(string()).default([]).describe("Repo paths of reference implementations the change must follow."),
	shared: string().optional().describe("Name of a context shared across tickets (kept in the stable, cached part of the prompt).")
}).describe("The context packet: live spec, architectural rules and golden samples.");
const TicketSchema = strictObject({
	$schema: string().optional(),
	id: string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ticket ids are letters, digits, dot, dash and underscore"),
	title: string().min(1),
	kind: _enum([
		"bug-fix",
		"dependency-update",
		"test-addition",
		"refactor",
		"docs"
	]).optional(),
	spec: array(string()).default([]).describe("The spec sections this ticket implements, e.g. [\"§3.6\"]."),
	scope: strictObject({
		include: array(string().min(1)).min(1, "a ticket needs at least one include glob"),
		exclude: array(string().min(1)).default([])
	}),
	body: string().default("").describe("Free text; untrusted data for the agent, never instructions."),
	issue: number().int().positive().optional().describe("The ticket issue number, for escalation comments."),
	context: ContextPacketSchema.optional()
}).describe("A ticket assigned to the agent; written by a human, read at the PR base commit.");
/**
* The ticket path: given explicitly, or derived from an agent branch name
* (`<branch_prefix><id>` or the runner's `<branch_prefix><id>-<8 hex of the
* session>` → `<tickets_dir>/<id>.yml`).
*/
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
const MODES$1 = [
	"frame",
	"plan",
	"implement",
	"review"
];
/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
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
/** The spec's deliberate exclusions (§5): no mode may name them. */
const EXCLUDED_TOOLS = {
	unrestricted_shell: "no mode binds a generic shell (spec §4, §5)",
	git_push_protected: "no protected-branch push under any condition (spec §5)",
	git_force_push: "no force-pushing, even to non-protected branches (spec §5)",
	gh_pr_merge: "the agent cannot merge its own PRs (spec §5)",
	gh_workflow_dispatch: "no triggering CI workflows manually (spec §5)",
	npm_install_global: "no global package installs (spec §4)",
	pip_install_user: "no global package installs (spec §4)",
	cargo_install: "no global package installs (spec §4)",
	internet_browse: "no web access (spec §5, §8)",
	internet_fetch: "no web access (spec §5, §8)"
};
/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
/** Why a tool name may not appear in any mode, or undefined if it may. */
function exclusionReason(tool) {
	const key = tool.toLowerCase();
	if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
	if (SHELL_LIKE.test(key)) return "a generic shell or command runner under another name (spec §4: no unrestricted shell)";
	if (/force/.test(key) && /push/.test(key)) return EXCLUDED_TOOLS.git_force_push;
	if (/merge/.test(key) && /(pr|pull)/.test(key)) return EXCLUDED_TOOLS.gh_pr_merge;
	if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key)) return EXCLUDED_TOOLS.internet_fetch;
	if (/install/.test(key) && /(global|user|cargo)/.test(key)) return EXCLUDED_TOOLS.npm_install_global;
}
const DeleteFileEntry = strictObject({
	name: literal("delete_file"),
	scope: literal("plan-named").describe("delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = union([string().min(1), DeleteFileEntry]);
const ModeToolsSchema = strictObject({
	inherit: _enum(MODES$1).optional(),
	read: array(ToolEntry).default([]),
	write: array(ToolEntry).default([])
});
function entryName(entry) {
	return typeof entry === "string" ? entry : entry.name;
}
/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
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
strictObject({
	$schema: string().optional(),
	version: literal(1),
	modes: strictObject({
		frame: ModeToolsSchema,
		plan: ModeToolsSchema,
		implement: ModeToolsSchema,
		review: ModeToolsSchema
	})
}).superRefine((manifest, ctx) => {
	for (const v of manifestViolations(manifest.modes)) ctx.addIssue({
		code: "custom",
		path: ["modes", v.mode],
		message: `tool '${v.tool}' is not allowed: ${v.reason}`
	});
	for (const mode of MODES$1) {
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
}).describe("Tool manifest by mode (spec §5); read at the PR base commit.");
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
/**
* Runs git with a fixed, config-independent environment: no pager, no prompts,
* no user-level config that could change output (diff.renames, external diff…).
*/
async function runGit(repo, args, options = {}) {
	const out = [];
	const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
	return {
		stdout: Buffer.concat(out),
		stderr,
		exitCode
	};
}
/**
* Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
* writes it, so a caller can parse a large output while git is still producing
* it. If `onStdout` throws, git is stopped and the promise rejects with that error.
*/
function streamGit(repo, args, onStdout, options = {}) {
	const ok = options.okExitCodes ?? [0];
	return new Promise((resolve, reject) => {
		const child = spawn("git", [
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
async function gitText(repo, args, options = {}) {
	return (await runGit(repo, args, options)).stdout.toString("utf8");
}
// packages/git/lib/memo.js
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
const MAX_ENTRIES = 2e4;
const MAX_BYTES = 67108864;
const entries = /* @__PURE__ */ new Map();
let keptBytes = 0;
const FULL_SHA$1 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
function isFullSha(rev) {
	return FULL_SHA$1.test(rev);
}
/** An object name whose answer cannot change: a full object id, or `<full sha>:<path>` (a path in a fixed tree). */
function isImmutableObjectName(name) {
	const colon = name.indexOf(":");
	return isFullSha(colon < 0 ? name : name.slice(0, colon));
}
/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
function questionKey(repo, question, ...names) {
	return [
		resolve(repo),
		question,
		...names
	].join("\0");
}
/**
* The remembered answer to `key`, or `ask()`'s: callers that ask while it is
* running share the same call, and a successful answer is kept.
*/
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
/** Whether an answer to `key` is kept or being asked. */
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
/** The UTF-16 size of some strings, for the bound. */
function stringBytes(strings) {
	let n = 0;
	for (const s of strings) n += 2 * s.length + 16;
	return n;
}
// packages/git/lib/revisions.js
async function isShallowRepository(repo) {
	return (await gitText(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
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
	if (revisions.every(([rev]) => isFullSha(rev))) {
		const key = (rev) => questionKey(repo, "commit", rev);
		const answers = /* @__PURE__ */ new Map();
		for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
		const unknown = revisions.filter(([rev]) => !answers.has(rev));
		if (unknown.length > 0) {
			const checking = resolveCommitsInGit(repo, unknown);
			unknown.forEach(([rev], i) => answers.set(rev, remembered(key(rev), () => checking.then((shas) => shas[i]))));
		}
		return Promise.all(revisions.map(([rev]) => answers.get(rev)));
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
/**
* The merge base of base and head, which a PR diff is measured from (three-dot
* semantics). A missing merge base is an error, never a two-dot fallback: the
* two-dot diff would include the base branch's own changes or miss the PR's.
*/
async function mergeBase(repo, base, head, prCommits) {
	if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, "merge-base", base, head), () => mergeBaseInGit(repo, base, head, prCommits));
	return mergeBaseInGit(repo, base, head, prCommits);
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
/**
* Resolves base and head and finds their merge base. When both are full SHAs
* (as a pull_request event gives them) nothing can move under us, so the merge
* base is looked up while the commits are checked; names are resolved first.
*/
async function resolveRange(repo, base, head, prCommits) {
	const pair = [[base, "base"], [head, "head"]];
	if (FULL_SHA.test(base) && FULL_SHA.test(head)) {
		const [resolved, joined] = await Promise.allSettled([resolveCommits(repo, pair), mergeBase(repo, base, head, prCommits)]);
		if (resolved.status === "rejected") throw resolved.reason;
		if (joined.status === "rejected") throw joined.reason;
		return {
			base: resolved.value[0],
			head: resolved.value[1],
			mergeBase: joined.value
		};
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
/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
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
/**
* Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
* record split across chunks waits for the rest. With -z nothing is quoted, so
* paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
* Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
*/
var RawDiffParser = class {
	rest = "";
	decoder = new StringDecoder("utf8");
	/** The records completed by this chunk. */
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
	/** The last records; throws if the output stopped inside a record. */
	end() {
		const files = this.push(this.decoder.end());
		if (this.rest !== "") throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
		return files;
	}
};
/** Parses whole records from `pos`; returns where the first incomplete record starts. */
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
/**
* The files a PR changes: local git between the exact base and head SHAs, via
* their merge base, with rename and copy detection. Fails closed (throws a
* ConfigurationError) on a missing commit, a shallow clone or no merge base.
*/
async function changedFiles(repo, base, head, options = {}) {
	const range = await resolveRange(repo, base, head, options.prCommits);
	return {
		...range,
		files: await diffTree(repo, range.mergeBase, range.head)
	};
}
/**
* The raw diff between two commits, with rename and copy detection. Between two
* full SHAs it is listed once per process; each caller gets its own array of the
* same (read-only) records.
*/
async function diffTree(repo, from, to) {
	if (isFullSha(from) && isFullSha(to)) return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
	return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
	const all = [];
	await streamDiffTreeFromGit(repo, from, to, (files) => {
		for (const f of files) all.push(f);
	});
	return all;
}
const diffKey = (repo, from, to) => questionKey(repo, "diff-tree", from, to);
const diffBytes = (files) => stringBytes(files.map((f) => f.path)) + 400 * files.length;
async function streamDiffTreeFromGit(repo, from, to, onFiles) {
	const parser = new RawDiffParser();
	let count = 0;
	const take = (files) => {
		count += files.length;
		if (files.length > 0) onFiles(files);
	};
	await streamGit(repo, [
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
	], (chunk) => take(parser.push(chunk)));
	take(parser.end());
	return count;
}
/** Every path the change touches: both sides of a rename, the new side of a copy. */
function touchedPaths(files) {
	const out = [];
	for (const f of files) {
		out.push(f.path);
		if (f.status === "renamed" && f.previousPath !== void 0) out.push(f.previousPath);
	}
	return out;
}
// packages/git/lib/objects.js
/**
* Reads many objects in one `git cat-file --batch` call. Keys are object names
* (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
* by a full id (or `<full sha>:<path>`) that this process has read are not read
* again: the Buffers are shared, to be read, not written. `onObject` is handed
* each object as soon as it is read, in no set order, so a caller can work on
* the first ones while git reads the rest.
*/
async function readObjects(repo, names, onObject) {
	const unique = [...new Set(names)];
	if (unique.length === 0) return /* @__PURE__ */ new Map();
	for (const n of unique) if (n.includes("\n")) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
	const key = (name) => questionKey(repo, "object", name);
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
				return object;
			});
			answers.set(name, isImmutableObjectName(name) ? remembered(key(name), read, {
				bytes: (b) => (b?.length ?? 0) + 64,
				keep: (b) => b !== void 0 || !isFullSha(name)
			}) : read());
		}
	}
	const values = await Promise.all(unique.map((name) => onObject ? answers.get(name).then((object) => (onObject(name, object), object)) : answers.get(name)));
	return new Map(unique.map((name, i) => [name, values[i]]));
}
/**
* Blob ids by path of the commits whose trees this process listed with their ids (listBlobsAt),
* by repository and commit, the last few. `cat-file` finds `<sha>:<path>` by reading the tree
* objects down to the path, for each name; a blob id it looks up directly, at about half the cost
* over a large tree. The object is the same, and is remembered under the name it was asked by.
*/
const blobIds = /* @__PURE__ */ new Map();
/** The blob ids of the `<sha>:<path>` names whose commit's tree is listed (or being listed); undefined when there is none. */
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
/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = /* @__PURE__ */ new WeakMap();
/**
* An object read by path is remembered by its id too: the same blob is often asked for both ways
* (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
* one content for good, so the answer under it cannot be stale.
*/
function rememberById(repo, name, object) {
	const oid = object && objectIds.get(object);
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
/** The names of the next cat-file batch of each repository, each answered as git reads it. */
const batches = /* @__PURE__ */ new Map();
/**
* Reads the names in the next `cat-file --batch` of this repository, started once the current
* turn of the event loop is over: the guards of one `check` run ask for their files side by side,
* and one git process answers them all.
*/
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
/** Reads the names with `cat-file --batch`, handing each object to `onObject` as its bytes arrive. */
async function catFileBatch(repo, names, onObject) {
	const parser = new CatFileOutput(names, onObject);
	await streamGit(repo, ["cat-file", "--batch"], (chunk) => parser.push(chunk), { input: `${names.join("\n")}\n` });
	if (!parser.done()) throw new Error("truncated cat-file output");
}
/**
* `cat-file --batch` output, read as it arrives: "<oid> <type> <size>" LF, the object, LF, for
* each name in order ("<name> missing" LF for one that names nothing). An object within one chunk
* of git's output is a view of it; one spread over several is copied once.
*/
var CatFileOutput = class {
	names;
	onObject;
	/** Bytes received and not consumed yet, oldest first. */
	chunks = [];
	buffered = 0;
	next = 0;
	/** The header of the object whose bytes are awaited. */
	header;
	constructor(names, onObject) {
		this.names = names;
		this.onObject = onObject;
	}
	done() {
		return this.next === this.names.length;
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
				this.header = {
					oid: line.slice(0, line.indexOf(" ")),
					size: Number.parseInt(line.slice(line.lastIndexOf(" ") + 1), 10)
				};
			}
			const { oid, size } = this.header;
			if (this.buffered < size + 1) return;
			const object = this.take(size + 1).subarray(0, size);
			this.header = void 0;
			objectIds.set(object, oid);
			this.onObject(this.names[this.next++], object);
		}
	}
	/** The next line without its LF, consumed; undefined until all of it has arrived. */
	line() {
		let length = 0;
		for (const c of this.chunks) {
			const eol = c.indexOf(10);
			if (eol >= 0) return this.take(length + eol + 1).toString("utf8", 0, length + eol);
			length += c.length;
		}
	}
	/** The next `n` bytes (all received), consumed. */
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
/** A file's text at a revision, or undefined when the path does not exist there. */
async function readFileAt(repo, rev, path) {
	return (await readObjects(repo, [`${rev}:${path}`])).get(`${rev}:${path}`)?.toString("utf8");
}
// packages/git/lib/commits.js
/** Every commit reachable from head and not from base, oldest first, all of them. */
async function commitsBetween(repo, base, head) {
	const { stdout } = await runGit(repo, [
		"log",
		"--reverse",
		"-z",
		"--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B",
		`${base}..${head}`,
		"--"
	]);
	const text = stdout.toString("utf8");
	if (text.length === 0) return [];
	return text.split("\0").filter((record) => record.length > 0).map((record) => {
		const [sha, parents, authorName, authorEmail, message] = record.split("");
		const body = message.replace(/\n+$/, "");
		return {
			sha,
			parents: parents ? parents.split(" ") : [],
			subject: body.split("\n", 1)[0] ?? "",
			message: body,
			authorName,
			authorEmail
		};
	});
}
// packages/config/lib/did-you-mean.js
var import_dist = require_dist();
/** Edit distance (insert, delete, substitute, swap two neighbours): how far a typo is from what was meant. */
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
/**
* The known name closest to `word`, when it is close enough to be a typo of it:
* at most a third of the word's length away (and at least 2 edits allowed), so
* `forbiden_paths` → `forbidden_paths` but `colour` suggests nothing for `cost`.
* Case and `-`/`_` differences count as no distance at all.
*/
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
/** The object or record schemas a value at `path` may be checked against (several through a union). */
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
/** A schema without its wrappers (default, optional, pipe, …), union members side by side. */
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
/** The keys a config object at `path` may have. */
function knownKeys(schema, path) {
	const keys = /* @__PURE__ */ new Set();
	for (const s of schemasAt(schema, path)) {
		const def = defOf(s);
		if (def.type === "object") Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
		if (def.type === "record") for (const k of unwrap(def.keyType)) Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
	}
	return [...keys];
}
/** A dotted field path, list items by index: `cost.models.plan`, `tests.frameworks.0`. */
function fieldPath(path) {
	return path.map(String).join(".") || "(top level)";
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
/** What a YAML author calls each kind of value. */
const YAML_KINDS = {
	object: "a mapping (key: value lines)",
	array: "a list",
	string: "a string",
	number: "a number",
	boolean: "true or false"
};
/** An issue that says the value is not of this kind at all (not a field of it that is wrong). */
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
/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc, counter, path) {
	let node = doc.contents;
	let line = rangeLine(node, counter);
	for (const key of path) if ((0, import_dist.isMap)(node)) {
		const pair = node.items.find((p) => (0, import_dist.isScalar)(p.key) && String(p.key.value) === String(key));
		if (!pair) break;
		line = rangeLine(pair.key, counter) ?? line;
		node = pair.value;
	} else if ((0, import_dist.isSeq)(node) && typeof key === "number") {
		node = node.items[key];
		line = rangeLine(node, counter) ?? line;
	} else break;
	return line;
}
function rangeLine(node, counter) {
	const range = node?.range;
	return range ? counter.linePos(range[0]).line : void 0;
}
/**
* A config file with problems: every one of them, each with its field and line,
* so one edit fixes them all. `file`, `field` and `line` are those of the first.
*/
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
/**
* Parses YAML text and validates it. Every problem is reported at once — each
* with the file, the line and the field, an unknown key with the closest known
* one — so nothing is fixed one run at a time. Nothing is half-loaded: it
* either returns the whole valid value or throws a ConfigFileError.
*/
function parseConfig(text, file, schema, what, source = {}) {
	const counter = new import_dist.LineCounter();
	const doc = (0, import_dist.parseDocument)(text, {
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
		throw new ConfigFileError(what, file, source, problems, `correct ${problems.length === 1 ? "that field" : "each field"} as the schema says (${schemaName ? `schemas/${schemaName}` : "schemas/"} in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).`);
	}
	return parsed.data;
}
/** The published JSON Schema of each config file kind, by the name messages give it. */
const CONFIG_SCHEMA_FILES = {
	policy: "policy.schema.json",
	ticket: "ticket.schema.json",
	"tool manifest": "tool-manifest.schema.json",
	"spec map": "spec-map.schema.json"
};
/** The policy at the base commit; the built-in defaults when the default path has none. */
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
/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
async function loadTicket(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
		file: options.path,
		fix: "commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted."
	});
	return parseConfig(text, options.path, TicketSchema, "ticket", { commit: options.base });
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
export { isTestPath as _, readFileAt as a, touchedPaths as c, resolveCommits as d, gitText as f, notApplicableRun as g, DEFAULT_POLICY_PATH as h, commitsBetween as i, isShallowRepository as l, COMMIT_TYPES as m, loadTicket as n, readObjects as o, resolveTicketPath as p, parseConfig as r, changedFiles as s, guardContext as t, mergeBase as u, BUILT_IN_FORBIDDEN as v, Minimatch as y };

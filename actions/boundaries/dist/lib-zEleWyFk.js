import "./rolldown-runtime-C1I3wEg2.js";
import { a as readObjects, c as defaultPatterns, d as testLanguageOf, f as Minimatch, g as compareText, h as reportFromFindings, i as listFilesAt, l as isConftest, m as markdownText, n as changedFiles, r as resolveCommit, u as isTestPath, x as ConfigurationError } from "./lib-DsJTnVzy.js";
import { builtinModules } from "node:module";
import { isAscii } from "node:buffer";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import "node:fs/promises";
// packages/boundaries/lib/boundary-rules.js
const GLOB_OPTIONS = { dot: true };
var BoundaryRules = class {
	contexts;
	allowed = /* @__PURE__ */ new Map();
	forbids;
	contextCache = /* @__PURE__ */ new Map();
	dirCache = /* @__PURE__ */ new Map();
	typeOnlyImports;
	constructor(policy, policyPath) {
		const names = Object.keys(policy.contexts);
		const fail = (field, problem, fix) => {
			throw new ConfigurationError(problem, {
				file: policyPath,
				field,
				fix
			});
		};
		this.contexts = Object.entries(policy.contexts).map(([name, globs]) => {
			if (globs.length === 0) fail(`boundaries.contexts.${name}`, `context '${name}' has no path globs.`, "list the globs of its files, or remove it.");
			return {
				name,
				globs: globs.map((g) => new Minimatch(g.replace(/^\.\//, ""), GLOB_OPTIONS))
			};
		});
		const known = (name, field) => {
			if (!names.includes(name)) fail(field, `'${name}' is not a context declared under boundaries.contexts (${names.join(", ") || "none declared"}).`, "declare the context or correct the name.");
		};
		policy.allow.forEach((edge, i) => {
			known(edge.from, `boundaries.allow.${i}.from`);
			known(edge.to, `boundaries.allow.${i}.to`);
			let targets = this.allowed.get(edge.from);
			if (!targets) this.allowed.set(edge.from, targets = /* @__PURE__ */ new Set());
			targets.add(edge.to);
		});
		this.forbids = policy.forbid.map((edge, i) => {
			known(edge.from, `boundaries.forbid.${i}.from`);
			const rule = {
				from: edge.from,
				to: edge.to,
				...edge.instead !== void 0 ? { instead: edge.instead } : {}
			};
			if (!names.includes(edge.to)) rule.pattern = new Minimatch(edge.to, GLOB_OPTIONS);
			return rule;
		});
		this.typeOnlyImports = policy.type_only_imports;
	}
	get hasContexts() {
		return this.contexts.length > 0;
	}
	contextOf(path) {
		if (this.contextCache.has(path)) return this.contextCache.get(path);
		const found = this.contexts.find((c) => c.globs.some((g) => g.match(path)))?.name;
		this.contextCache.set(path, found);
		return found;
	}
	contextsOf(target, tree) {
		switch (target.kind) {
			case "module": return [];
			case "file":
			case "unresolved": {
				const context = this.contextOf(target.path);
				return context === void 0 ? [] : [context];
			}
			case "dir": {
				const key = `${target.recursive ? "r" : "d"}:${target.path}`;
				let contexts = this.dirCache.get(key);
				if (!contexts) {
					const found = /* @__PURE__ */ new Set();
					for (const file of tree.filesIn(target.path, target.recursive)) {
						const context = this.contextOf(file);
						if (context !== void 0) found.add(context);
					}
					if (found.size === 0) {
						const context = this.contextOf(`${target.path}/`);
						if (context !== void 0) found.add(context);
					}
					contexts = [...found];
					this.dirCache.set(key, contexts);
				}
				return contexts;
			}
		}
	}
	allowedFrom(from) {
		return [...this.allowed.get(from) ?? []];
	}
	judge(from, target, targetContexts) {
		const otherContexts = targetContexts.filter((c) => c !== from);
		const violations = [];
		for (const rule of this.forbids) {
			if (rule.from !== from) continue;
			if (rule.pattern ? matchesPattern(rule.pattern, target) : otherContexts.includes(rule.to)) violations.push({
				to: rule.to,
				reason: "forbid",
				instead: rule.instead ?? this.allowedText(from)
			});
		}
		for (const to of otherContexts) {
			if (this.allowed.get(from)?.has(to) || violations.some((v) => v.to === to)) continue;
			violations.push({
				to,
				reason: "not-allowed",
				instead: this.forbidInstead(from, to) ?? this.allowedText(from)
			});
		}
		return {
			otherContexts,
			violations
		};
	}
	forbidInstead(from, to) {
		return this.forbids.find((r) => r.from === from && r.to === to && r.instead !== void 0)?.instead;
	}
	allowedText(from) {
		const allowed = this.allowedFrom(from);
		return allowed.length === 0 ? `'${from}' may not import any other context: keep the code inside '${from}'.` : `'${from}' may import only ${allowed.map((a) => `'${a}'`).join(", ")}: go through ${allowed.length === 1 ? "it" : "one of them"}.`;
	}
};
function matchesPattern(pattern, target) {
	if (target.kind === "module") {
		const name = target.name.replace(/^node:/, "");
		const candidates = /* @__PURE__ */ new Set([target.name, name]);
		for (const separator of ["/", "."]) {
			const parts = name.split(separator);
			for (let k = 1; k < parts.length; k += 1) candidates.add(parts.slice(0, k).join(separator));
		}
		return [...candidates].some((c) => pattern.match(c));
	}
	return pattern.match(target.path) || target.kind === "dir" && pattern.match(`${target.path}/`);
}
// packages/boundaries/lib/parse/import-record.js
const PATH_KINDS = /* @__PURE__ */ new Set([
	"worker",
	"fork",
	"native-addon",
	"module-glob",
	"module-path-entry",
	"python-file-load",
	"python-path-entry",
	"cgo-include"
]);
const SEARCH_PATH_KINDS = /* @__PURE__ */ new Set([
	"module-path-entry",
	"python-path-entry",
	"python-module-alias"
]);
const TYPESCRIPT_EXTENSIONS = [
	".ts",
	".tsx",
	".mts",
	".cts",
	".js",
	".jsx",
	".mjs",
	".cjs"
];
function languageOf(path) {
	if (TYPESCRIPT_EXTENSIONS.some((ext) => path.endsWith(ext))) return "typescript";
	if (path.endsWith(".py") || path.endsWith(".pyi")) return "python";
	if (path.endsWith(".go")) return "go";
}
function isDeclarationFile(path) {
	return /\.d\.[mc]?ts$/.test(path) || path.endsWith(".pyi");
}
// packages/source-lexing/lib/line-index.js
var LineIndex = class {
	starts = [0];
	constructor(text) {
		for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
	}
	lineOf(offset) {
		const starts = this.starts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = lo + hi + 1 >>> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}
};
function lineOf(text, offset) {
	let line = 1;
	for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line += 1;
	return line;
}
function allowsJsx(path) {
	return !/\.[mc]?ts$/.test(path);
}
function tokenizeJs(text, options) {
	return new JsLexer(text, options.jsx, options.nested ?? false).run();
}
const KEYWORDS_BEFORE_EXPRESSION = /* @__PURE__ */ new Set([
	"return",
	"typeof",
	"instanceof",
	"in",
	"of",
	"new",
	"delete",
	"void",
	"throw",
	"case",
	"do",
	"else",
	"yield",
	"await",
	"extends"
]);
const CONTROL_KEYWORDS = /* @__PURE__ */ new Set([
	"if",
	"while",
	"for",
	"with"
]);
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
var JsLexer = class {
	src;
	jsx;
	nested;
	pos = 0;
	kind = [];
	start = [];
	end = [];
	hidden = 0;
	lastKind = 0;
	lastStart = 0;
	lastEnd = 0;
	parens = [];
	lastClosedParenWasControl = false;
	lastBangWasPostfix = false;
	error;
	constructor(src, jsx, nested) {
		this.src = src;
		this.jsx = jsx;
		this.nested = nested;
	}
	run() {
		if (this.src.startsWith("#!")) this.skipLine();
		this.scanTokens(false);
		const match = this.matchBrackets();
		const tokens = {
			kind: this.kind,
			start: this.start,
			end: this.end,
			match
		};
		if (this.error) tokens.error = this.error;
		return tokens;
	}
	fail(message, at) {
		this.error ??= {
			message,
			line: lineOf(this.src, at)
		};
	}
	scanTokens(untilBrace) {
		const src = this.src;
		let depth = 0;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (c <= 32 || c === 160 || c === 65279 || c === 8232 || c === 8233) {
				this.pos += 1;
				continue;
			}
			if (c === CH_SLASH) {
				const next = src.charCodeAt(this.pos + 1);
				if (next === CH_SLASH) this.skipLine();
				else if (next === CH_STAR) {
					const close = src.indexOf("*/", this.pos + 2);
					if (close < 0) this.fail("unterminated comment", this.pos);
					this.pos = close < 0 ? src.length : close + 2;
				} else if (this.regexAllowed()) this.scanRegex();
				else this.punct(1);
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
			if (c === CH_LESS && this.jsx && this.regexAllowed() && !this.lastIs(CH_LESS) && this.looksLikeJsx()) {
				this.scanJsx();
				continue;
			}
			if (isDigit$3(c) || c === 46 && isDigit$3(src.charCodeAt(this.pos + 1))) {
				this.scanNumber();
				continue;
			}
			if (isIdentifierStart(c)) {
				this.scanName();
				continue;
			}
			if (c === 63 && src.charCodeAt(this.pos + 1) === 46 && !isDigit$3(src.charCodeAt(this.pos + 2))) {
				this.punct(1);
				this.punct(1);
				continue;
			}
			if (c === 46 && src.charCodeAt(this.pos + 1) === 46 && src.charCodeAt(this.pos + 2) === 46) {
				this.punct(3);
				continue;
			}
			if (c === 61 && src.charCodeAt(this.pos + 1) === CH_GREATER) {
				this.punct(2);
				continue;
			}
			if (c === 40) this.parens.push(this.lastKind === 1 && CONTROL_KEYWORDS.has(src.slice(this.lastStart, this.lastEnd)));
			else if (c === 41) this.lastClosedParenWasControl = this.parens.pop() ?? false;
			else if (c === 33) this.lastBangWasPostfix = !this.regexAllowed();
			this.punct(1);
		}
	}
	regexAllowed() {
		switch (this.lastKind) {
			case 0: return true;
			case 1: return KEYWORDS_BEFORE_EXPRESSION.has(this.src.slice(this.lastStart, this.lastEnd));
			case 4: {
				if (this.lastEnd - this.lastStart > 1) return true;
				const c = this.src.charCodeAt(this.lastStart);
				if (c === 41) return this.lastClosedParenWasControl;
				if (c === 33) return !this.lastBangWasPostfix;
				return c !== 93;
			}
			default: return false;
		}
	}
	lastIs(c) {
		return this.lastKind === 4 && this.lastEnd - this.lastStart === 1 && this.src.charCodeAt(this.lastStart) === c;
	}
	push(kind, start, end) {
		this.lastKind = kind;
		this.lastStart = start;
		this.lastEnd = end;
		if (this.hidden > 0) return -1;
		this.kind.push(kind);
		this.start.push(start);
		this.end.push(end);
		return this.kind.length - 1;
	}
	punct(length) {
		this.push(4, this.pos, this.pos + length);
		this.pos += length;
	}
	holder(kind, scan) {
		const start = this.pos;
		const index = this.nested ? this.push(kind, start, start) : -1;
		if (!this.nested) this.hidden += 1;
		scan();
		if (!this.nested) this.hidden -= 1;
		if (index >= 0) this.end[index] = this.pos;
		else this.push(kind, start, this.pos);
		this.lastKind = kind;
		this.lastStart = start;
		this.lastEnd = this.pos;
	}
	scanEmbeddedCode() {
		this.lastKind = 0;
		this.scanTokens(true);
	}
	skipLine() {
		while (this.pos < this.src.length) {
			const c = this.src.charCodeAt(this.pos);
			if (c === CH_NEWLINE || c === CH_RETURN || c === 8232 || c === 8233) return;
			this.pos += 1;
		}
	}
	scanName() {
		const start = this.pos;
		this.pos += 1;
		while (this.pos < this.src.length && isIdentifierPart(this.src.charCodeAt(this.pos))) this.pos += 1;
		this.push(1, start, this.pos);
	}
	scanNumber() {
		const src = this.src;
		const start = this.pos;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (isIdentifierPart(c) || c === 46) this.pos += 1;
			else if ((c === 43 || c === 45) && (src.charCodeAt(this.pos - 1) | 32) === 101 && !/^0[xX]/.test(src.slice(start, this.pos))) this.pos += 1;
			else break;
		}
		this.push(5, start, this.pos);
	}
	scanString(quote) {
		const src = this.src;
		const start = this.pos;
		this.pos += 1;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (c === quote) {
				this.pos += 1;
				this.push(2, start, this.pos);
				return;
			}
			if (c === CH_BACKSLASH) {
				this.pos += src.charCodeAt(this.pos + 1) === CH_RETURN && src.charCodeAt(this.pos + 2) === CH_NEWLINE ? 3 : 2;
				continue;
			}
			if (c === CH_NEWLINE || c === CH_RETURN) break;
			this.pos += 1;
		}
		this.fail("unterminated string literal", start);
		this.pos = Math.min(this.pos, src.length);
		this.push(2, start, this.pos);
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
			this.fail("unterminated template literal", start);
			this.pos = src.length;
		};
		if (substitution) this.holder(3, scan);
		else {
			scan();
			this.push(3, start, this.pos);
		}
	}
	templateHasSubstitution(start) {
		const src = this.src;
		for (let i = start + 1; i < src.length; i += 1) {
			const c = src.charCodeAt(i);
			if (c === CH_BACKSLASH) i += 1;
			else if (c === CH_BACKTICK) return false;
			else if (c === CH_DOLLAR && src.charCodeAt(i + 1) === CH_OPEN_BRACE) return true;
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
			if (c === CH_NEWLINE || c === CH_RETURN) break;
			if (c === CH_BACKSLASH) {
				this.pos += 2;
				continue;
			}
			if (c === 91) inClass = true;
			else if (c === 93) inClass = false;
			else if (c === CH_SLASH && !inClass) {
				this.pos += 1;
				while (this.pos < src.length && isIdentifierPart(src.charCodeAt(this.pos))) this.pos += 1;
				this.push(6, start, this.pos);
				return;
			}
			this.pos += 1;
		}
		this.fail("unterminated regular expression", start);
		this.pos = Math.min(this.pos, src.length);
		this.push(6, start, this.pos);
	}
	looksLikeJsx() {
		const rest = this.src.slice(this.pos + 1, this.pos + 200);
		if (/^\s*>/.test(rest)) return true;
		if (!/^\s*[A-Za-z_$]/.test(rest)) return false;
		return !/^\s*[A-Za-z_$][\w$]*(?:\s*[,=]|\s+extends\s)/.test(rest);
	}
	scanJsx() {
		const start = this.pos;
		this.holder(7, () => {
			if (!this.scanJsxElement()) this.fail("unterminated JSX element", start);
		});
	}
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
				while (next < src.length && src.charCodeAt(next) <= 32) next += 1;
				if (src.charCodeAt(next) === CH_SLASH) {
					const close = src.indexOf(">", next);
					this.pos = close < 0 ? src.length : close + 1;
					return close >= 0;
				}
				if (!this.scanJsxElement()) return false;
				continue;
			}
			this.pos += 1;
		}
		return false;
	}
	skipSpaces() {
		while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32) this.pos += 1;
	}
	matchBrackets() {
		const { kind, start, src } = this;
		const match = new Array(kind.length).fill(-1);
		const stack = [];
		for (let t = 0; t < kind.length; t += 1) {
			if (kind[t] !== 4) continue;
			const c = src.charCodeAt(start[t]);
			if (c === 40 || c === 91 || c === CH_OPEN_BRACE) stack.push(t);
			else if (c === 41 || c === 93 || c === CH_CLOSE_BRACE) {
				const open = stack.pop();
				if (open === void 0 || src.charCodeAt(start[open]) !== OPENER[c]) {
					this.fail(`unmatched '${String.fromCharCode(c)}'`, start[t]);
					if (open === void 0) continue;
				}
				match[open] = t;
				match[t] = open;
			}
		}
		if (stack.length > 0) this.fail("bracket opened here is never closed", start[stack[stack.length - 1]]);
		return match;
	}
};
const OPENER = {
	41: 40,
	93: 91,
	[CH_CLOSE_BRACE]: CH_OPEN_BRACE
};
function isDigit$3(c) {
	return c >= 48 && c <= 57;
}
function isIdentifierStart(c) {
	return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === CH_DOLLAR || c === 35 || c === CH_BACKSLASH || c > 127;
}
function isIdentifierPart(c) {
	return isIdentifierStart(c) || isDigit$3(c);
}
function literalValue(text, tokens, t) {
	const kind = tokens.kind[t];
	if (kind !== 2 && kind !== 3) return void 0;
	const start = tokens.start[t];
	const end = tokens.end[t];
	const quote = text.charCodeAt(start);
	let value = "";
	let chunk = start + 1;
	let i = start + 1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c === quote) break;
		if (c === CH_BACKSLASH) {
			const escape = readEscape(text, i + 1);
			value += text.slice(chunk, i) + escape.text;
			i += 1 + escape.length;
			chunk = i;
			continue;
		}
		if (kind === 3 && c === CH_DOLLAR && text.charCodeAt(i + 1) === CH_OPEN_BRACE) return void 0;
		i += 1;
	}
	return value + text.slice(chunk, Math.min(i, end));
}
const SIMPLE_ESCAPES = {
	n: "\n",
	r: "\r",
	t: "	",
	b: "\b",
	f: "\f",
	v: "\v",
	"0": "\0"
};
function readEscape(src, at) {
	const c = src[at];
	if (c === void 0) return {
		text: "",
		length: 0
	};
	if (c === "\r") return {
		text: "",
		length: src[at + 1] === "\n" ? 2 : 1
	};
	if (c === "\n" || c === "\u2028" || c === "\u2029") return {
		text: "",
		length: 1
	};
	const hex = c === "x" ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 1, at + 3)) : c === "u" ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(at + 1, at + 9)) : null;
	if (hex) {
		const code = Number.parseInt(hex[0].replace(/[{}]/g, ""), 16);
		return {
			text: code <= 1114111 ? String.fromCodePoint(code) : "",
			length: 1 + hex[0].length
		};
	}
	return {
		text: SIMPLE_ESCAPES[c] ?? c,
		length: 1
	};
}
function templateParts(text, tokens, t) {
	if (tokens.kind[t] !== 3) return void 0;
	const end = tokens.end[t];
	const count = tokens.kind.length;
	const quasis = [];
	const substitutions = [];
	let chunk = "";
	let next = t + 1;
	let i = tokens.start[t] + 1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c === CH_BACKTICK) {
			quasis.push(chunk);
			return {
				quasis,
				substitutions
			};
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
		chunk = "";
		const first = next;
		let pos = i + 2;
		let close = -1;
		for (;;) {
			const limit = next < count && tokens.start[next] < end ? tokens.start[next] : end;
			close = closingBrace(text, pos, limit);
			if (close >= 0 || limit === end) break;
			const partner = tokens.match[next];
			const stop = tokens.end[partner > next ? partner : next];
			next += 1;
			while (next < count && tokens.start[next] < stop) next += 1;
			pos = stop;
		}
		if (close < 0) return void 0;
		substitutions.push({
			first,
			end: next
		});
		i = close + 1;
	}
}
function closingBrace(text, from, limit) {
	let i = from;
	while (i < limit) {
		const c = text.charCodeAt(i);
		if (c <= 32 || c === 160 || c === 65279 || c === 8232 || c === 8233) i += 1;
		else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_SLASH) while (i < limit && text.charCodeAt(i) !== CH_NEWLINE && text.charCodeAt(i) !== CH_RETURN) i += 1;
		else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
			const close = text.indexOf("*/", i + 2);
			i = close < 0 ? limit : close + 2;
		} else return c === CH_CLOSE_BRACE ? i : -1;
	}
	return -1;
}
// packages/source-lexing/lib/python-lexer.js
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
const OTHER = 128;
const K_NEWLINE = 1;
const K_QUOTE = 2;
const K_HASH = 3;
const K_BACKSLASH = 4;
const K_OPEN = 5;
const K_CLOSE = 6;
const KIND = /* @__PURE__ */ new Uint8Array(256);
KIND[NL] = K_NEWLINE;
KIND[CR] = K_NEWLINE;
KIND[SQ] = K_QUOTE;
KIND[DQ] = K_QUOTE;
KIND[HASH] = K_HASH;
KIND[BS] = K_BACKSLASH;
for (const c of "([{") KIND[c.charCodeAt(0)] = K_OPEN;
for (const c of ")]}") KIND[c.charCodeAt(0)] = K_CLOSE;
const scratches = Array.from({ length: 4 }, () => ({
	buffer: Buffer.allocUnsafe(65536),
	text: void 0,
	bytes: /* @__PURE__ */ new Uint8Array(0)
}));
function syntaxBytes(text) {
	let k = 0;
	while (k < scratches.length && scratches[k].text !== text) k += 1;
	if (k === 0) return scratches[0].bytes;
	const slot = scratches.splice(k < scratches.length ? k : scratches.length - 1, 1)[0];
	scratches.unshift(slot);
	if (k < scratches.length) return slot.bytes;
	const n = text.length;
	if (slot.buffer.length < 3 * n) slot.buffer = Buffer.allocUnsafe(Math.max(3 * n, 2 * slot.buffer.length));
	const scratch = slot.buffer;
	if (scratch.write(text, 0, "utf8") !== n) for (let i = 0; i < n; i += 1) {
		const c = text.charCodeAt(i);
		scratch[i] = c < 128 ? c : OTHER;
	}
	slot.text = text;
	slot.bytes = scratch.subarray(0, n);
	return slot.bytes;
}
Buffer.allocUnsafe(4096);
function isPrefixLetter(c) {
	return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70 || c === 116 || c === 84;
}
function isIdentChar(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c > 127;
}
var Cursor = class {
	b;
	line = 1;
	error;
	n;
	constructor(b) {
		this.b = b;
		this.n = b.length;
	}
	fail(message, line) {
		this.error ??= {
			message,
			line
		};
	}
	isFormatted(q) {
		const b = this.b;
		let p = q - 1;
		let formatted = false;
		let letters = 0;
		while (letters < 2 && p >= 0 && isPrefixLetter(b[p])) {
			const c = b[p] | 32;
			if (c === 102 || c === 116) formatted = true;
			p -= 1;
			letters += 1;
		}
		if (letters === 0) return false;
		if (p >= 0 && isIdentChar(b[p])) return false;
		return formatted;
	}
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
				if (next === NL) this.line += 1;
				else if (next === CR) {
					this.line += 1;
					if (b[j + 2] === NL) j += 1;
				}
				j += 2;
			} else if (c === quote) {
				if (!triple) return j + 1;
				if (b[j + 1] === quote && b[j + 2] === quote) return j + 3;
				j += 1;
			} else if (c === NL || c === CR) {
				if (!triple) {
					this.fail("unterminated string literal", startLine);
					return j;
				}
				if (c === CR && b[j + 1] === NL) j += 1;
				this.line += 1;
				j += 1;
			} else if (formatted && c === LBRACE) {
				if (b[j + 1] === LBRACE) j += 2;
				else j = this.skipFormatExpression(j + 1);
			} else j += 1;
		}
		this.fail(triple ? "unterminated triple-quoted string" : "unterminated string literal", startLine);
		return n;
	}
	skipFormatExpression(i) {
		const b = this.b;
		const n = this.n;
		let depth = 0;
		let j = i;
		while (j < n) {
			const c = b[j];
			if (c === SQ || c === DQ) j = this.skipString(j);
			else if (c === 40 || c === 91 || c === LBRACE) {
				depth += 1;
				j += 1;
			} else if (c === 41 || c === 93) {
				depth -= 1;
				j += 1;
			} else if (c === RBRACE) {
				if (depth === 0) return j + 1;
				depth -= 1;
				j += 1;
			} else {
				if (c === NL) this.line += 1;
				j += 1;
			}
		}
		return n;
	}
};
function scanPythonStatements(text) {
	const b = syntaxBytes(text);
	const n = b.length;
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
	const lfOnly = text.indexOf("\r") < 0;
	const commentEnd = (from) => {
		if (lfOnly) {
			const nl = b.indexOf(NL, from);
			return nl < 0 ? n : nl;
		}
		let j = from;
		for (let c = b[j]; j < n && c !== NL && c !== CR; c = b[++j]);
		return j;
	};
	let i = 0;
	if (text.charCodeAt(0) === 65279) i = 1;
	while (i < n) {
		let indent = 0;
		let c = b[i];
		while (c === SP || c === TAB || c === FF) {
			indent = c === TAB ? indent + 8 & -8 : c === SP ? indent + 1 : 0;
			i += 1;
			c = b[i];
		}
		if (i >= n) break;
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
				if (depth === 0) break;
				cur.line += 1;
				i += c === CR && b[i + 1] === NL ? 2 : 1;
			} else if (kind === K_QUOTE) i = cur.skipString(i);
			else if (kind === K_HASH) i = commentEnd(i);
			else if (kind === K_BACKSLASH) {
				const next = b[i + 1];
				if (next === NL || next === CR) {
					cur.line += 1;
					i += next === CR && b[i + 2] === NL ? 3 : 2;
				} else i += 1;
			} else if (kind === K_OPEN) {
				if (depth === 0) depthLine = cur.line;
				depth += 1;
				i += 1;
			} else {
				if (depth === 0) cur.fail(`unmatched '${String.fromCharCode(c)}'`, cur.line);
				else depth -= 1;
				i += 1;
			}
		}
		if (depth > 0) cur.fail("bracket opened here is never closed", depthLine);
		if (count === capacity) grow();
		starts[count] = start;
		ends[count] = i;
		indents[count] = indent;
		lines[count] = line;
		count += 1;
	}
	const result = {
		count,
		start: starts,
		end: ends,
		indent: indents,
		line: lines
	};
	if (cur.error) result.error = cur.error;
	return result;
}
function pythonStringEnd(text, quote) {
	return new Cursor(syntaxBytes(text)).skipString(quote);
}
function stringValueAt(text, i) {
	const b = syntaxBytes(text);
	let j = i;
	while (isPrefixLetter(b[j])) j += 1;
	const q = b[j];
	if (q !== SQ && q !== DQ) return void 0;
	const end = new Cursor(b).skipString(j);
	return b[j + 1] === q && b[j + 2] === q && end - j >= 6 ? text.slice(j + 3, end - 3) : text.slice(j + 1, end - 1);
}
function pythonSourceText(bytes) {
	return isAscii(bytes) ? bytes.toString("latin1") : pythonNamesAsRead(bytes.toString("utf8"));
}
const NAME_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const NON_ASCII = /[\u0080-\uffff]/g;
function pythonNamesAsRead(text) {
	if (text.normalize("NFKC") === text) return text;
	const candidates = [];
	let lineEnd = -1;
	let lineChanges = false;
	for (const m of text.matchAll(NON_ASCII)) {
		if (m.index > lineEnd) {
			const lineStart = text.lastIndexOf("\n", m.index) + 1;
			lineEnd = text.indexOf("\n", m.index);
			if (lineEnd < 0) lineEnd = text.length;
			const line = text.slice(lineStart, lineEnd);
			lineChanges = line.normalize("NFKC") !== line;
		}
		if (lineChanges) candidates.push(m.index);
	}
	const inCode = codeOffsets(text, candidates);
	if (inCode.length === 0) return text;
	const out = [];
	let copied = 0;
	for (const at of inCode) {
		if (at < copied) continue;
		let start = at;
		while (start > copied && isNameChar(text, start - 1)) start -= 1;
		let end = at;
		while (end < text.length && isNameChar(text, end)) end += 1;
		out.push(text.slice(copied, start), text.slice(start, end).normalize("NFKC"));
		copied = end;
	}
	out.push(text.slice(copied));
	return out.join("");
}
function isNameChar(text, i) {
	const unit = text.charCodeAt(i);
	if (unit < 128) return unit >= 48 && unit <= 57 || unit >= 65 && unit <= 90 || unit >= 97 && unit <= 122 || unit === 95;
	return NAME_CHAR.test(characterAt(text, i));
}
function characterAt(text, i) {
	const unit = text.charCodeAt(i);
	const start = unit >= 56320 && unit <= 57343 && i > 0 ? i - 1 : i;
	return String.fromCodePoint(text.codePointAt(start));
}
function codeOffsets(text, offsets) {
	const b = syntaxBytes(text);
	const cur = new Cursor(b);
	const out = [];
	let k = 0;
	for (let i = 0; i < b.length && k < offsets.length;) {
		while (k < offsets.length && offsets[k] < i) k += 1;
		const c = b[i];
		if (c === SQ || c === DQ) i = cur.skipString(i);
		else if (c === HASH) while (i < b.length && b[i] !== NL && b[i] !== CR) i += 1;
		else {
			if (offsets[k] === i) {
				out.push(i);
				k += 1;
			}
			i += 1;
		}
	}
	return out;
}
const LEX_BATCH = 16;
function serveLexing(port) {
	port.on("message", (request) => {
		const count = request.paths.length;
		let files = [];
		let transfer = [];
		for (let index = 0; index < count; index += 1) {
			const file = { index };
			const python = request.paths[index].endsWith(".py");
			let text;
			try {
				if (python) text = pythonSourceText(readFileSync(request.paths[index]));
				file.text = text;
			} catch {}
			if (text !== void 0) {
				const statements = scanPythonStatements(text);
				file.statements = statements;
				transfer.push(statements.start.buffer, statements.end.buffer, statements.indent.buffer, statements.line.buffer);
			}
			files.push(file);
			if (files.length === LEX_BATCH || index === count - 1) {
				port.postMessage({
					id: request.id,
					files,
					done: index === count - 1
				}, transfer);
				files = [];
				transfer = [];
			}
		}
		if (count === 0) port.postMessage({
			id: request.id,
			files: [],
			done: true
		});
	});
}
if (!isMainThread && parentPort && workerData?.role === "agent-guards/python-lexer") serveLexing(parentPort);
// packages/source-lexing/lib/python-tokens.js
function pythonTokens(text, start, end) {
	const tokens = [];
	let pos = start;
	while (pos < end) {
		const c = text.charCodeAt(pos);
		if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 65279) pos += 1;
		else if (c === 92 && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) pos += 2;
		else if (c === 35) while (pos < end && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos += 1;
		else if (c === 39 || c === 34) pos = stringToken(text, pos, pos, tokens);
		else if (isNameStart(c)) {
			const from = pos;
			while (pos < end && isNamePart(text.charCodeAt(pos))) pos += 1;
			const q = text.charCodeAt(pos);
			if ((q === 39 || q === 34) && pos - from <= 2 && isPrefix(text, from, pos)) pos = stringToken(text, from, pos, tokens);
			else tokens.push({
				type: "name",
				value: text.slice(from, pos),
				start: from,
				end: pos
			});
		} else if (c >= 48 && c <= 57 || c === 46 && isDigit$2(text.charCodeAt(pos + 1))) {
			const from = pos;
			pos = numberEnd(text, pos, end);
			tokens.push({
				type: "number",
				value: text.slice(from, pos),
				start: from,
				end: pos
			});
		} else {
			tokens.push({
				type: "op",
				value: text[pos],
				start: pos,
				end: pos + 1
			});
			pos += 1;
		}
	}
	return tokens;
}
function stringToken(text, from, quote, tokens) {
	const end = pythonStringEnd(text, quote);
	tokens.push({
		type: "string",
		value: stringValueAt(text, from) ?? "",
		start: from,
		end
	});
	return end;
}
function numberEnd(text, pos, end) {
	const hex = text.charCodeAt(pos) === 48 && (text.charCodeAt(pos + 1) | 32) === 120;
	let i = pos;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (isNamePart(c) || c === 46) i += 1;
		else if ((c === 43 || c === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101) i += 1;
		else break;
	}
	return i;
}
function isPrefix(text, from, to) {
	for (let i = from; i < to; i += 1) if (!isPrefixLetter(text.charCodeAt(i))) return false;
	return true;
}
function isDigit$2(c) {
	return c >= 48 && c <= 57;
}
function isNameStart(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c > 127;
}
function isNamePart(c) {
	return isNameStart(c) || isDigit$2(c);
}
const PY_SIMPLE_ESCAPES = {
	"\\": "\\",
	"'": "'",
	"\"": "\"",
	a: "\x07",
	b: "\b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "	",
	v: "\v"
};
function pythonStringLiteral(text, start, end) {
	let q = start;
	while (q < end && isPrefixLetter(text.charCodeAt(q))) q += 1;
	const quote = text[q];
	if (quote !== "'" && quote !== "\"") return void 0;
	const prefix = text.slice(start, q).toLowerCase();
	const open = text.startsWith(quote.repeat(3), q) && end - q >= 6 ? 3 : 1;
	const body = text.slice(q + open, Math.max(q + open, end - open));
	if (prefix.includes("f") || prefix.includes("t")) return {
		prefix,
		body
	};
	if (prefix.includes("r")) return {
		prefix,
		body,
		value: body
	};
	const value = pythonEscapes(body, prefix.includes("b"));
	return value === void 0 ? {
		prefix,
		body
	} : {
		prefix,
		body,
		value
	};
}
function pythonEscapes(body, bytes) {
	let out = "";
	let i = 0;
	while (i < body.length) {
		const c = body[i];
		if (c !== "\\") {
			out += c;
			i += 1;
			continue;
		}
		const e = body[i + 1];
		if (e === void 0) return out + c;
		if (e === "\n") {
			i += 2;
			continue;
		}
		if (e === "\r") {
			i += body[i + 2] === "\n" ? 3 : 2;
			continue;
		}
		if (PY_SIMPLE_ESCAPES[e] !== void 0) {
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
		const width = e === "x" ? 2 : !bytes && e === "u" ? 4 : !bytes && e === "U" ? 8 : 0;
		const hex = width > 0 ? body.slice(i + 2, i + 2 + width) : "";
		if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
			const code = Number.parseInt(hex, 16);
			if (code > 1114111) return void 0;
			out += String.fromCodePoint(code);
			i += 2 + width;
			continue;
		}
		if (e === "N" && !bytes) return void 0;
		out += c;
		i += 1;
	}
	return out;
}
// packages/source-lexing/lib/clike-lexer.js
function maskCLike(text, dialect) {
	const n = text.length;
	const out = text.split("");
	let error;
	const fail = (message, at) => {
		error ??= {
			message,
			line: lineOf(text, at)
		};
	};
	const blank = (from, to, fill = " ") => {
		for (let k = from; k < to && k < n; k += 1) if (out[k] !== "\n" && out[k] !== "\r") out[k] = fill;
	};
	const nestedComments = dialect === "kotlin" || dialect === "rust";
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (c === 47 && next === 47) {
			let j = i;
			while (j < n && text.charCodeAt(j) !== 10) j += 1;
			blank(i, j);
			i = j;
		} else if (c === 47 && next === 42) {
			let depth = 1;
			let j = i + 2;
			while (j < n && depth > 0) if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
				depth -= 1;
				j += 2;
			} else if (nestedComments && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
				depth += 1;
				j += 2;
			} else j += 1;
			if (depth > 0) fail("unterminated block comment", i);
			blank(i, j);
			i = j;
		} else if (c === 34) {
			const triple = (dialect === "java" || dialect === "kotlin") && next === 34 && text.charCodeAt(i + 2) === 34;
			const end = triple ? skipTripleQuoted(text, i, dialect === "java") : skipQuoted(text, i, dialect === "kotlin");
			if (end < 0) {
				fail("unterminated string literal", i);
				blank(i + 1, n);
				break;
			}
			blank(triple ? i + 3 : i + 1, triple ? end - 3 : end - 1);
			i = end;
		} else if (c === 96 && dialect === "go") {
			const close = text.indexOf("`", i + 1);
			if (close < 0) {
				fail("unterminated raw string", i);
				blank(i + 1, n);
				break;
			}
			blank(i + 1, close);
			i = close + 1;
		} else if (c === 96 && dialect === "kotlin") {
			const close = text.indexOf("`", i + 1);
			const eol = text.indexOf("\n", i + 1);
			if (close < 0 || eol >= 0 && eol < close) {
				fail("unterminated backtick name", i);
				i += 1;
				continue;
			}
			blank(i + 1, close, "x");
			i = close + 1;
		} else if (c === 114 && dialect === "rust" && (next === 35 || next === 34) && !isWordChar(text.charCodeAt(i - 1))) {
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
			const terminator = `"${"#".repeat(hashes)}`;
			const close = text.indexOf(terminator, j + 1);
			if (close < 0) {
				fail("unterminated raw string", i);
				blank(j + 1, n);
				break;
			}
			blank(j + 1, close);
			i = close + terminator.length;
		} else if (c === 39) {
			const end = charLiteralEnd(text, i, dialect);
			if (end > 0) {
				blank(i + 1, end - 1);
				i = end;
			} else i += 1;
		} else i += 1;
	}
	return {
		masked: out.join(""),
		...error ? { error } : {}
	};
}
function isWordChar(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function skipQuoted(text, from, templates) {
	let j = from + 1;
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (c === 92) j += 2;
		else if (c === 34) return j + 1;
		else if (c === 10) return -1;
		else if (templates && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
		else j += 1;
	}
	return -1;
}
function skipTripleQuoted(text, from, escapes) {
	let j = from + 3;
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (escapes && c === 92) j += 2;
		else if (c === 34 && text.charCodeAt(j + 1) === 34 && text.charCodeAt(j + 2) === 34) {
			let k = j + 3;
			while (text.charCodeAt(k) === 34) k += 1;
			return k;
		} else if (!escapes && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
		else j += 1;
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
		} else if (c === 123) {
			depth += 1;
			j += 1;
		} else if (c === 125) {
			if (depth === 0) return j + 1;
			depth -= 1;
			j += 1;
		} else j += 1;
	}
	return text.length;
}
function charLiteralEnd(text, from, dialect) {
	const next = text.charCodeAt(from + 1);
	if (next === 92) {
		const close = text.indexOf("'", from + 3);
		const eol = text.indexOf("\n", from);
		return close >= 0 && (eol < 0 || close < eol) ? close + 1 : -1;
	}
	if (text.charCodeAt(from + 2) === 39) return from + 3;
	if (next >= 55296 && next <= 56319 && text.charCodeAt(from + 3) === 39) return from + 4;
	if (dialect !== "rust") return -1;
	return -1;
}
// packages/boundaries/lib/parse/go-imports.js
function* goTokens(source, masked) {
	const prefix = masked.length < source.length;
	let pos = 0;
	while (pos < masked.length) {
		const c = masked[pos];
		if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\uFEFF") {
			pos += 1;
			continue;
		}
		const start = pos;
		if (c === "\"" || c === "`") {
			const close = masked.indexOf(c, pos + 1);
			if (close < 0) return;
			const raw = source.slice(pos + 1, close);
			yield {
				type: "string",
				value: c === "\"" ? raw.replace(/\\(.)/g, "$1") : raw,
				start,
				end: close + 1
			};
			pos = close + 1;
			continue;
		}
		if (/[\p{L}_]/u.test(c)) {
			while (pos < masked.length && /[\p{L}\p{Nd}_]/u.test(masked[pos])) pos += 1;
			if (prefix && pos === masked.length) return;
			yield {
				type: "name",
				value: source.slice(start, pos),
				start,
				end: pos
			};
			continue;
		}
		pos += 1;
		yield {
			type: "op",
			value: c,
			start,
			end: pos
		};
	}
}
function parseGoImports(source) {
	for (let length = 16384;; length *= 4) {
		const head = source.length <= length ? source : source.slice(0, length);
		const header = readHeader(source, maskCLike(head, "go").masked);
		if (header.complete || head.length === source.length) return [...header.records, ...linknames(source)].sort((a, b) => a.line - b.line);
	}
}
function linknames(source) {
	if (!source.includes("//go:linkname")) return [];
	const masked = maskCLike(source, "go").masked;
	const lines = new LineIndex(source);
	const out = [];
	const directive = /^\/\/go:linkname[ \t]+\S+[ \t]+(\S+)/gm;
	for (let match = directive.exec(source); match; match = directive.exec(source)) {
		if (masked[match.index] !== " " || (masked.slice(0, match.index).split("`").length - 1) % 2 === 1) continue;
		const target = match[1];
		const slash = target.lastIndexOf("/");
		const dot = target.indexOf(".", slash + 1);
		if (dot <= 0) continue;
		out.push({
			kind: "go-linkname",
			specifier: target.slice(0, dot),
			call: "//go:linkname",
			line: lines.lineOf(match.index),
			typeOnly: false
		});
	}
	return out;
}
function cgoIncludes(source, from, to, lines) {
	const between = source.slice(from, to);
	const out = [];
	const comment = /\/\*([\s\S]*?)\*\/|\/\/([^\n]*)/g;
	for (let m = comment.exec(between); m; m = comment.exec(between)) {
		const body = m[1] ?? m[2] ?? "";
		const bodyStart = from + m.index + 2;
		const directive = /^[ \t]*#[ \t]*(include[ \t]*"([^"]+)"|cgo\b[^:\n]*:([^\n]*))/gm;
		for (let d = directive.exec(body); d; d = directive.exec(body)) {
			const line = lines.lineOf(bodyStart + d.index);
			if (d[2] !== void 0) out.push({
				kind: "cgo-include",
				specifier: d[2],
				call: "#include",
				line,
				typeOnly: false
			});
			for (const flag of (d[3] ?? "").split(/\s+/)) {
				const dir = /^-I(.+)$/.exec(flag)?.[1]?.replace(/^\$\{SRCDIR\}\/?/, "");
				if (dir !== void 0) out.push({
					kind: "cgo-include",
					specifier: dir === "" ? "." : dir,
					call: "#cgo -I",
					line,
					typeOnly: false
				});
			}
		}
	}
	return out;
}
function readHeader(source, masked) {
	const lines = new LineIndex(source);
	const records = [];
	const tokens = goTokens(source, masked);
	let lastEnd = 0;
	let previousEnd = 0;
	const next = () => {
		const r = tokens.next();
		if (r.done) return void 0;
		previousEnd = lastEnd;
		lastEnd = r.value.end;
		return r.value;
	};
	let t = next();
	if (t?.value !== "package") return {
		records,
		complete: t !== void 0
	};
	next();
	t = next();
	while (t?.type === "op" && t.value === ";") t = next();
	while (t?.type === "name" && t.value === "import") {
		const importStart = t.start;
		const preambleFrom = previousEnd;
		t = next();
		const grouped = t?.type === "op" && t.value === "(";
		if (grouped) t = next();
		while (t) {
			if (grouped && t.type === "op" && t.value === ")") {
				t = next();
				break;
			}
			if (t.type === "string") {
				if (t.value !== "C") records.push({
					kind: "go-import",
					specifier: t.value,
					line: lines.lineOf(grouped ? t.start : importStart),
					typeOnly: false
				});
				else if (!grouped) records.push(...cgoIncludes(source, preambleFrom, importStart, lines));
				t = next();
				if (!grouped) break;
				continue;
			}
			t = next();
		}
		while (t?.type === "op" && t.value === ";") t = next();
	}
	return {
		records,
		complete: t !== void 0
	};
}
// packages/boundaries/lib/repo-tree.js
var RepoTree = class {
	fileSet;
	dirSet = /* @__PURE__ */ new Set([""]);
	sorted;
	named = /* @__PURE__ */ new Map();
	configs = /* @__PURE__ */ new Map();
	constructor(paths) {
		this.sorted = [...paths];
		if (!isSorted(this.sorted)) this.sorted.sort();
		this.fileSet = new Set(this.sorted);
		for (const path of this.sorted) {
			let slash = path.lastIndexOf("/");
			while (slash > 0) {
				const dir = path.slice(0, slash);
				if (this.dirSet.has(dir)) break;
				this.dirSet.add(dir);
				slash = dir.lastIndexOf("/");
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
	filesIn(dir, recursive) {
		const prefix = dir === "" ? "" : `${dir}/`;
		const out = [];
		for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i += 1) {
			const path = this.sorted[i];
			if (!path.startsWith(prefix)) break;
			if (recursive || !path.includes("/", prefix.length)) out.push(path);
		}
		return out;
	}
	filesNamed(name) {
		let found = this.named.get(name);
		if (!found) {
			const suffix = `/${name}`;
			found = this.sorted.filter((path) => path === name || path.endsWith(suffix));
			this.named.set(name, found);
		}
		return found;
	}
	resolutionConfigs(languages) {
		const key = `${languages.typescript}/${languages.go}`;
		let found = this.configs.get(key);
		if (!found) {
			found = [];
			for (const path of this.sorted) {
				if (!path.endsWith(".json") && !path.endsWith("go.mod")) continue;
				const name = path.slice(path.lastIndexOf("/") + 1);
				if (languages.typescript && (name === "package.json" || /^[tj]sconfig.*\.json$/.test(name))) {
					if (!isUnder(path, ["node_modules"])) found.push(path);
				} else if (languages.go && name === "go.mod" && !isUnder(path, ["vendor", "testdata"])) found.push(path);
			}
			this.configs.set(key, found);
		}
		return found;
	}
	nearest(dir, name) {
		let current = dir;
		for (;;) {
			const candidate = current === "" ? name : `${current}/${name}`;
			if (this.fileSet.has(candidate)) return candidate;
			if (current === "") return void 0;
			current = parentDir(current);
		}
	}
};
function isUnder(path, folders) {
	return path.split("/").slice(0, -1).some((part) => folders.includes(part));
}
function parentDir(path) {
	const dir = posix.dirname(path);
	return dir === "." ? "" : dir;
}
function isSorted(paths) {
	for (let i = 1; i < paths.length; i += 1) if (paths[i - 1] > paths[i]) return false;
	return true;
}
function lowerBound(sorted, key) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (sorted[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
// packages/boundaries/lib/resolve/import-target.js
function targetKey(target) {
	return target.kind === "module" ? `module:${target.name}` : `path:${target.path}`;
}
function normalizeRepoPath(path) {
	const parts = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return void 0;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
}
function joinRepoPath(dir, rel) {
	return normalizeRepoPath(dir === "" ? rel : `${dir}/${rel}`);
}
// packages/boundaries/lib/parse/folded-path.js
const plain = (value) => ({
	value,
	base: "none"
});
function joinFolded(parts, python) {
	const [first, ...rest] = parts;
	if (first === void 0) return plain(".");
	if (rest.some((p) => p.base !== "none")) {
		if (!python) return void 0;
		const lastRooted = parts.map((p) => p.base !== "none").lastIndexOf(true);
		return joinFolded(parts.slice(lastRooted), python);
	}
	if (python) {
		const lastAbsolute = parts.map((p) => p.value.startsWith("/")).lastIndexOf(true);
		if (lastAbsolute > 0) return {
			value: posix.join(...parts.slice(lastAbsolute).map((p) => p.value)),
			base: "none"
		};
	}
	if (first.base === "repo") return {
		value: rootedNormalize([first.value, ...rest.map((p) => p.value)].join("/")),
		base: "repo"
	};
	const value = first.base === "cwd" ? posix.join(first.value || ".", ...rest.map((p) => p.value)) : posix.join(first.value, ...rest.map((p) => p.value));
	return {
		value: first.base === "cwd" && value === "." ? "" : value,
		base: first.base
	};
}
function rootedNormalize(path) {
	const parts = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
		else parts.push(part);
	}
	const folder = parts.length > 0 && path.endsWith("/") ? "/" : "";
	return `/${parts.join("/")}${folder}`;
}
function resolveFolded(parts) {
	const lastRooted = parts.map((p) => p.base !== "none" || p.value.startsWith("/")).lastIndexOf(true);
	if (lastRooted < 0) {
		const value = posix.normalize(posix.join(".", ...parts.map((p) => p.value)));
		return {
			value: value === "." ? "" : value.replace(/\/$/, ""),
			base: "cwd"
		};
	}
	const joined = joinFolded(parts.slice(lastRooted), true);
	if (joined.base === "repo") return joined;
	const value = posix.normalize(joined.value || ".");
	return {
		value: value === "." ? "" : value.length > 1 ? value.replace(/\/$/, "") : value,
		base: joined.base
	};
}
function dirnameFolded(f) {
	const value = posix.dirname(f.base === "repo" ? rootedNormalize(f.value) : f.value);
	return {
		value: f.base === "cwd" && value === "." ? "" : value,
		base: f.base
	};
}
function concatFolded(a, b) {
	if (b.base !== "none") return a.value === "" && a.base === "none" ? b : void 0;
	return {
		value: a.value + b.value,
		base: a.base
	};
}
function foldedSpecifier(f, fromPath) {
	if (f.base === "none") return { specifier: f.value };
	if (f.base === "cwd") return {
		specifier: f.value === "" ? "." : f.value,
		anchor: "cwd"
	};
	const normalized = normalizeRepoPath(f.value);
	if (normalized === void 0) return { specifier: f.value };
	const relative = posix.relative(`/${parentDir(fromPath)}`, `/${normalized}`);
	if (relative === "") return { specifier: "." };
	return { specifier: relative === ".." || relative.startsWith("../") ? relative : `./${relative}` };
}
function repoPathOf(path) {
	return {
		value: `/${path}`,
		base: "repo"
	};
}
function pathSpecifier(folded, fromPath, plainBase) {
	if (folded.base === "none" && !folded.value.startsWith("/") && !/^[a-z][a-z0-9+.-]*:/i.test(folded.value)) {
		if (plainBase === "cwd") return {
			specifier: folded.value === "" ? "." : folded.value,
			anchor: "cwd"
		};
		const path = joinRepoPath(parentDir(fromPath), folded.value);
		return path === void 0 ? { specifier: folded.value } : foldedSpecifier({
			value: `/${path}`,
			base: "repo"
		}, fromPath);
	}
	return foldedSpecifier(folded.base === "repo" ? {
		...folded,
		value: rootedNormalize(folded.value)
	} : folded, fromPath);
}
// packages/boundaries/lib/parse/js-scope.js
const CONTROL = /* @__PURE__ */ new Set([
	"if",
	"while",
	"for",
	"switch",
	"with",
	"return",
	"typeof",
	"await",
	"yield",
	"void",
	"delete",
	"in",
	"of",
	"new",
	"case"
]);
const DECLARING = /* @__PURE__ */ new Set([
	"let",
	"const",
	"var",
	"function",
	"class",
	"enum",
	"namespace"
]);
const NODE_MODULES = {
	path: "path",
	"path/posix": "path",
	url: "url",
	module: "module",
	worker_threads: "worker_threads",
	child_process: "child_process",
	vm: "vm",
	process: "process"
};
var JsScope = class {
	tokens;
	byName = /* @__PURE__ */ new Map();
	declarationTokens = /* @__PURE__ */ new Set();
	enclosing;
	fileScope;
	constructor(tokens) {
		this.tokens = tokens;
		this.fileScope = {
			from: 0,
			to: tokens.count
		};
		this.enclosing = new Int32Array(tokens.count).fill(-1);
		const stack = [];
		for (let t = 0; t < tokens.count; t += 1) {
			while (stack.length > 0 && tokens.match(stack[stack.length - 1]) < t) stack.pop();
			this.enclosing[t] = stack.length > 0 ? stack[stack.length - 1] : -1;
			if (tokens.isPunct(t, "{") && tokens.match(t) > t) stack.push(t);
		}
		this.collectDeclarations();
		this.collectOrigins();
	}
	declarationAt(name, at) {
		const visible = (this.byName.get(name) ?? []).filter((d) => d.scope.from <= at && at < d.scope.to);
		if (visible.length === 0) return "global";
		const size = (d) => d.scope.to - d.scope.from;
		const innermost = Math.min(...visible.map(size));
		const inner = visible.filter((d) => size(d) === innermost);
		return inner.length === 1 ? inner[0] : void 0;
	}
	isGlobal(name, at) {
		return this.declarationAt(name, at) === "global";
	}
	constInit(name, at) {
		const d = this.declarationAt(name, at);
		return typeof d === "object" && d.kind === "const" ? d.init : void 0;
	}
	qualified(names, at) {
		const [head, ...rest] = names;
		if (head === void 0) return void 0;
		const d = this.declarationAt(head, at);
		const base = d === "global" ? head : d?.origin;
		if (base === void 0) return void 0;
		const parts = [base, ...rest].join(".").split(".");
		return parts.filter((p, k) => !(p === "posix" && parts[k - 1] === "path")).join(".");
	}
	boundNames() {
		return [...this.byName].filter(([, list]) => list.some((d) => d.origin !== void 0)).map(([name]) => name);
	}
	declarationOf(t) {
		return (this.byName.get(this.tokens.textOf(t)) ?? []).find((d) => d.token === t);
	}
	declare(t, kind, scope, init) {
		const name = this.tokens.textOf(t);
		const d = {
			name,
			token: t,
			kind,
			scope,
			...init !== void 0 ? { init } : {}
		};
		const list = this.byName.get(name);
		if (list) list.push(d);
		else this.byName.set(name, [d]);
		this.declarationTokens.add(t);
		return d;
	}
	blockOf(t) {
		const open = this.enclosing[t];
		return open < 0 ? this.fileScope : {
			from: open,
			to: this.tokens.match(open) + 1
		};
	}
	functionOf(t) {
		for (let open = this.enclosing[t]; open >= 0; open = this.enclosing[open]) {
			const before = open - 1;
			if (this.tokens.isPunct(before, "=>") || this.tokens.isPunct(before, ")") && this.isParameterList(this.tokens.match(before))) return {
				from: open,
				to: this.tokens.match(open) + 1
			};
		}
		return this.fileScope;
	}
	collectDeclarations() {
		const k = this.tokens;
		for (let t = 0; t < k.count; t += 1) {
			if (k.isPunct(t, "(")) {
				if (this.isParameterList(t)) this.declareParameters(t);
				continue;
			}
			if (!k.isName(t) || k.isMember(t)) continue;
			const word = k.textOf(t);
			if (DECLARING.has(word) && (k.isName(t + 1) || k.isPunct(t + 1, "{", "[", "*"))) {
				let at = t + 1;
				if (k.isPunct(at, "*")) at += 1;
				const kind = word === "var" ? "var" : word === "const" ? "const" : word === "let" ? "let" : word === "class" ? "class" : "function";
				const scope = kind === "var" ? this.functionOf(t) : this.blockOf(t);
				if (k.isName(at)) {
					const init = kind === "const" && k.isPunct(at + 1, "=", ":") ? this.initializer(at + 1) : void 0;
					this.declare(at, kind, scope, init);
					if (kind === "let" || kind === "const" || kind === "var") this.declareLaterDeclarators(at + 1, kind, scope);
				} else if (k.isPunct(at, "{", "[") && (kind === "let" || kind === "const" || kind === "var")) this.declareNamesIn({
					from: at + 1,
					to: k.match(at)
				}, true, kind, scope);
			} else if (word === "import" && !k.isPunct(t + 1, "(", ".")) this.declareImportBindings(t);
			else if (k.isPunct(t + 1, "=>") && !k.isPunct(t - 1, ")")) {
				const body = t + 2;
				this.declare(t, "param", {
					from: t,
					to: k.isPunct(body, "{") ? k.match(body) + 1 : k.expressionEnd(body)
				});
			} else if (word === "catch" && k.isPunct(t + 1, "(")) {
				const close = k.match(t + 1);
				const block = close + 1;
				this.declareNamesIn({
					from: t + 2,
					to: close
				}, false, "param", {
					from: t,
					to: k.isPunct(block, "{") ? k.match(block) + 1 : close + 1
				});
			}
		}
	}
	declareParameters(open) {
		const k = this.tokens;
		const close = k.match(open);
		let body = close + 1;
		if (k.isPunct(body, ":")) while (body < k.count && !k.isPunct(body, "{", "=>", ";")) body = k.after(body);
		if (k.isPunct(body, "=>")) body += 1;
		const end = k.isPunct(body, "{") ? k.match(body) + 1 : k.expressionEnd(body);
		this.declareNamesIn({
			from: open + 1,
			to: close
		}, false, "param", {
			from: open,
			to: Math.max(end, close + 1)
		});
	}
	initializer(at) {
		const k = this.tokens;
		let t = at;
		if (k.isPunct(t, ":")) while (t < k.count && !k.isPunct(t, "=", ";")) t = k.after(t);
		return k.isPunct(t, "=") ? t + 1 : void 0;
	}
	declareLaterDeclarators(from, kind, scope) {
		const k = this.tokens;
		let t = from;
		while (t < k.count && !k.isPunct(t, ";", "}", ")")) {
			if (k.isPunct(t, ",") && k.isName(t + 1)) this.declare(t + 1, kind, scope, kind === "const" && k.isPunct(t + 2, "=") ? t + 3 : void 0);
			else if (k.isPunct(t, ",") && k.isPunct(t + 1, "{", "[")) this.declareNamesIn({
				from: t + 2,
				to: k.match(t + 1)
			}, true, kind, scope);
			if (k.isName(t + 1) && k.lineBreakBetween(t, t + 1) && !k.isPunct(t, ",", "=", "+", "(", "[", ".", "?", ":")) return;
			t = k.after(t);
		}
	}
	declareNamesIn(range, pattern, kind, scope) {
		const k = this.tokens;
		for (let t = range.from; t < range.to && t < k.count; t += 1) {
			if (!k.isName(t) || k.isMember(t)) continue;
			if (pattern && k.isPunct(t + 1, ":")) continue;
			this.declare(t, kind, scope);
		}
	}
	declareImportBindings(at) {
		const k = this.tokens;
		for (let t = at + 1; t < k.count && t < at + 1e4; t += 1) {
			if (k.isName(t, "from") || k.isPunct(t, ";", "=") || k.isString(t)) {
				if (k.isPunct(t, "=") && k.isName(t - 1)) this.declare(t - 1, "import", this.fileScope);
				return;
			}
			if (!k.isName(t) || k.isName(t + 1, "as")) continue;
			if (k.isName(t, "type") && k.isName(t + 1)) continue;
			if (k.isName(t, "as")) continue;
			this.declare(t, "import", this.fileScope);
		}
	}
	isParameterList(open) {
		const k = this.tokens;
		const close = k.match(open);
		if (close < open) return false;
		if (k.isPunct(close + 1, "=>")) return true;
		if (!k.isPunct(close + 1, "{", ":")) return false;
		const before = open - 1;
		if (k.isName(before) && CONTROL.has(k.textOf(before)) && !k.isMember(before)) return false;
		if (k.isName(before, "catch")) return false;
		return k.isName(before) || k.isPunct(before, "*", ">");
	}
	collectOrigins() {
		const k = this.tokens;
		for (let t = 0; t < k.count; t += 1) {
			if (!k.isName(t) || k.isMember(t)) continue;
			const word = k.textOf(t);
			if (word === "import" && !k.isPunct(t + 1, "(", ".")) this.importOrigins(t);
			else if ((word === "const" || word === "let" || word === "var") && (k.isName(t + 1) && k.isPunct(t + 2, "=") || k.isPunct(t + 1, "{") && k.isPunct(k.match(t + 1) + 1, "="))) this.requireOrigins(t + 1);
		}
	}
	importOrigins(at) {
		const k = this.tokens;
		let end = at + 1;
		while (end < k.count && end < at + 1e4 && !(k.isName(end, "from") && k.isString(end + 1)) && !k.isPunct(end, ";")) end = k.after(end);
		const module = nodeModule(k.literal(end + 1));
		if (module === void 0 || !k.isName(end, "from")) return;
		const bind = (local, origin) => {
			const d = (this.byName.get(local) ?? []).find((x) => x.kind === "import" && x.token > at && x.token < end);
			if (d) d.origin = origin;
		};
		for (let t = at + 1; t < end; t += 1) if (k.isPunct(t, "{")) {
			for (const { imported, local } of namedBindings(k, t)) bind(local, `${module}.${imported}`);
			t = k.match(t);
		} else if (k.isPunct(t, "*") && k.isName(t + 1, "as") && k.isName(t + 2)) {
			bind(k.textOf(t + 2), module);
			t += 2;
		} else if (k.isName(t) && !k.isName(t, "type")) bind(k.textOf(t), module);
	}
	requireOrigins(at) {
		const k = this.tokens;
		const target = k.isPunct(at, "{") ? k.match(at) + 2 : at + 2;
		let module;
		let after = target;
		if (k.isName(target, "require") && k.isPunct(target + 1, "(") && k.match(target + 1) === target + 3) {
			module = nodeModule(k.literal(target + 2));
			after = target + 4;
		} else if (k.isName(target) && k.isName(at)) {
			const chain = k.chain(target);
			module = chain.names.length > 1 && k.expressionEnd(target) === chain.last + 1 ? this.qualified(chain.names, target) : void 0;
			if (module !== void 0) {
				const d = this.declarationOf(at);
				if (d) d.origin = module;
			}
			return;
		}
		if (module === void 0) return;
		let member = "";
		for (let t = after; k.isPunct(t, ".") && k.isName(t + 1); t += 2) member += `.${k.textOf(t + 1)}`;
		if (k.isName(at)) {
			const d = this.declarationOf(at);
			if (d) d.origin = module + member;
			return;
		}
		for (let s = at + 1; s < k.match(at); s += 1) {
			if (!k.isName(s)) continue;
			const imported = k.textOf(s);
			const localToken = k.isPunct(s + 1, ":") && k.isName(s + 2) ? s + 2 : s;
			const d = this.declarationOf(localToken);
			if (d) d.origin = `${module}${member}.${imported}`;
			if (localToken !== s) s += 2;
		}
	}
};
function namedBindings(k, open) {
	const out = [];
	let segment = [];
	const finish = () => {
		let parts = segment;
		segment = [];
		if (parts.length >= 2 && k.isName(parts[0], "type") && !(parts.length === 3 && k.isName(parts[1], "as"))) parts = parts.slice(1);
		if (parts.length === 0) return;
		const imported = k.literal(parts[0]) ?? k.textOf(parts[0]);
		const local = parts.length >= 3 && k.isName(parts[1], "as") ? k.textOf(parts[2]) : imported;
		out.push({
			imported,
			local
		});
	};
	const close = k.match(open);
	for (let t = open + 1; t < close; t += 1) if (k.isPunct(t, ",")) finish();
	else segment.push(t);
	finish();
	return out;
}
function nodeModule(specifier) {
	if (specifier === void 0) return void 0;
	return NODE_MODULES[specifier.replace(/^node:/, "")];
}
// packages/boundaries/lib/parse/js-fold.js
const MAX_DEPTH$1 = 16;
const PATH_FUNCTIONS = /* @__PURE__ */ new Set([
	"path.join",
	"path.resolve",
	"path.normalize",
	"path.dirname",
	"url.fileURLToPath",
	"url.pathToFileURL",
	"String",
	"require.resolve",
	"import.meta.resolve",
	"decodeURI",
	"decodeURIComponent"
]);
var JsFolder = class {
	tokens;
	scope;
	path;
	depth = 0;
	constructor(tokens, scope, path) {
		this.tokens = tokens;
		this.scope = scope;
		this.path = path;
	}
	fold(range) {
		const parsed = this.expression(range.from);
		if (!parsed || parsed.next !== range.to || !("value" in parsed.value)) return void 0;
		return parsed.value;
	}
	expression(at) {
		let left = this.postfix(at);
		while (left && this.tokens.isPunct(left.next, "+") && !this.tokens.isPunct(left.next + 1, "+", "=")) {
			const right = this.postfix(left.next + 1);
			if (!right || !("value" in left.value) || !("value" in right.value)) return void 0;
			const value = concatFolded(left.value, right.value);
			if (!value) return void 0;
			left = {
				value,
				next: right.next
			};
		}
		return left;
	}
	postfix(at) {
		let current = this.primary(at);
		const k = this.tokens;
		while (current && k.isPunct(current.next, ".") && k.isName(current.next + 1)) {
			const member = k.textOf(current.next + 1);
			const open = current.next + 2;
			const value = current.value;
			if ((member === "href" || member === "pathname") && "value" in value) current = {
				value,
				next: open
			};
			else if (k.isPunct(open, "(") && (member === "toString" || member === "concat" || member === "join")) {
				const args = this.foldArgs(open);
				if (!args) return void 0;
				const next = k.match(open) + 1;
				if (member === "toString" && "value" in value && args.length === 0) current = {
					value,
					next
				};
				else if (member === "concat" && "value" in value) {
					let acc = value;
					for (const arg of args) acc = acc && concatFolded(acc, arg);
					if (!acc) return void 0;
					current = {
						value: acc,
						next
					};
				} else if (member === "join" && "items" in value && args.length <= 1 && (args[0] === void 0 || args[0].base === "none")) {
					const joined = joinItems(value.items, args[0]?.value ?? ",");
					if (!joined) return void 0;
					current = {
						value: joined,
						next
					};
				} else return void 0;
			} else return void 0;
		}
		return current;
	}
	primary(at) {
		const k = this.tokens;
		if (at >= k.count) return void 0;
		const literal = k.literal(at);
		if (literal !== void 0) return {
			value: plain(literal),
			next: at + 1
		};
		if (k.isTemplate(at)) return this.template(at);
		if (k.isNumber(at)) {
			const n = Number(k.textOf(at).replaceAll("_", ""));
			return Number.isFinite(n) ? {
				value: plain(String(n)),
				next: at + 1
			} : void 0;
		}
		if (k.isPunct(at, "(")) {
			const inner = this.expression(at + 1);
			return inner && inner.next === k.match(at) ? {
				value: inner.value,
				next: inner.next + 1
			} : void 0;
		}
		if (k.isPunct(at, "[")) {
			const items = [];
			for (const range of rangesIn(k, at)) {
				const item = this.fold(range);
				if (!item) return void 0;
				items.push(item);
			}
			return {
				value: { items },
				next: k.match(at) + 1
			};
		}
		if (k.isName(at, "new") && k.isName(at + 1, "URL") && k.isPunct(at + 2, "(") && this.scope.isGlobal("URL", at + 1)) return this.url(at + 2);
		if (k.isName(at, "import") && k.isPunct(at + 1, ".") && k.isName(at + 2, "meta") && k.isPunct(at + 3, ".") && k.isName(at + 4)) {
			const property = k.textOf(at + 4);
			if (property === "resolve" && k.isPunct(at + 5, "(")) return this.call("import.meta.resolve", at + 5);
			const value = property === "url" || property === "filename" ? repoPathOf(this.path) : property === "dirname" ? dirnameFolded(repoPathOf(this.path)) : void 0;
			return value ? {
				value,
				next: at + 5
			} : void 0;
		}
		if (k.isName(at)) return this.name(at);
	}
	name(at) {
		const k = this.tokens;
		const word = k.textOf(at);
		if (word === "__dirname" && this.scope.isGlobal(word, at)) return {
			value: {
				value: `/${parentDir(this.path)}`,
				base: "repo"
			},
			next: at + 1
		};
		if (word === "__filename" && this.scope.isGlobal(word, at)) return {
			value: repoPathOf(this.path),
			next: at + 1
		};
		const chain = k.chain(at);
		const required = word === "require" && k.isPunct(at + 1, "(") && k.match(at + 1) === at + 3 && this.scope.isGlobal(word, at) ? nodeModule(k.literal(at + 2)) : void 0;
		if (required !== void 0 && k.isPunct(at + 4, ".") && k.isName(at + 5) && k.isPunct(at + 6, "(")) {
			const member = `${required}.${k.textOf(at + 5)}`;
			return PATH_FUNCTIONS.has(member) ? this.call(member, at + 6) : void 0;
		}
		const qualified = this.scope.qualified(chain.names, at);
		if (k.isPunct(chain.last + 1, "(") && qualified !== void 0) {
			if (qualified === "process.cwd" && k.match(chain.last + 1) === chain.last + 2) return {
				value: {
					value: "",
					base: "cwd"
				},
				next: chain.last + 3
			};
			if (PATH_FUNCTIONS.has(qualified)) return this.call(qualified, chain.last + 1);
			return;
		}
		if (qualified === "path.sep" || qualified === "path.posix.sep") return {
			value: plain("/"),
			next: chain.last + 1
		};
		const init = this.scope.constInit(word, at);
		if (init === void 0 || this.depth >= MAX_DEPTH$1) return void 0;
		this.depth += 1;
		try {
			const bound = this.expression(init);
			if (!bound || !this.endsInitializer(bound.next)) return void 0;
			return {
				value: bound.value,
				next: at + 1
			};
		} finally {
			this.depth -= 1;
		}
	}
	endsInitializer(t) {
		const k = this.tokens;
		return t >= k.count || k.isPunct(t, ";", ",", "}", ")") || k.lineBreakBetween(t - 1, t) && !k.isPunct(t, "+", ".", "?", "[", "(", "`");
	}
	call(name, open) {
		const args = this.foldArgs(open);
		if (!args) return void 0;
		const next = this.tokens.match(open) + 1;
		let value;
		switch (name) {
			case "path.join":
				value = joinFolded(args, false);
				break;
			case "path.resolve":
				value = resolveFolded(args);
				break;
			case "path.normalize":
				value = args.length === 1 ? args[0].base === "repo" ? {
					value: rootedNormalize(args[0].value),
					base: "repo"
				} : joinFolded(args, false) : void 0;
				break;
			case "path.dirname":
				value = args.length === 1 ? dirnameFolded(args[0]) : void 0;
				break;
			default: value = args.length >= 1 ? args[0] : void 0;
		}
		return value ? {
			value,
			next
		} : void 0;
	}
	url(open) {
		const args = this.foldArgs(open);
		if (!args || args.length === 0 || args.length > 2) return void 0;
		const [relative, base] = args;
		const next = this.tokens.match(open) + 1;
		if (base === void 0) return relative.base === "none" ? {
			value: relative,
			next
		} : void 0;
		if (base.base !== "repo" || relative.base !== "none") return void 0;
		if (/^[a-z][a-z0-9+.-]*:/i.test(relative.value)) return {
			value: relative,
			next
		};
		return {
			value: {
				value: rootedNormalize(`${relative.value.startsWith("/") ? "/" : dirnameFolded(base).value}/${relative.value}`),
				base: "repo"
			},
			next
		};
	}
	template(at) {
		const k = this.tokens;
		const parts = templateParts(k.text, k.tokens, at);
		if (!parts) return void 0;
		let acc = plain(parts.quasis[0] ?? "");
		for (const [i, range] of parts.substitutions.entries()) {
			const value = this.fold({
				from: range.first,
				to: range.end
			});
			if (!value || !acc) return void 0;
			acc = concatFolded(acc, value);
			acc = acc && concatFolded(acc, plain(parts.quasis[i + 1] ?? ""));
		}
		return acc ? {
			value: acc,
			next: k.after(at)
		} : void 0;
	}
	foldArgs(open) {
		const ranges = this.tokens.args(open);
		if (!ranges) return void 0;
		const out = [];
		for (const range of ranges) {
			const value = this.fold(range);
			if (!value) return void 0;
			out.push(value);
		}
		return out;
	}
};
function joinItems(items, separator) {
	let acc = plain("");
	for (const [i, item] of items.entries()) {
		if (i > 0) acc = acc && concatFolded(acc, plain(separator));
		acc = acc && concatFolded(acc, item);
	}
	return acc;
}
function rangesIn(k, open) {
	const close = k.match(open);
	const out = [];
	let from = open + 1;
	for (let t = from; t < close; t = k.after(t)) if (k.isPunct(t, ",")) {
		out.push({
			from,
			to: t
		});
		from = t + 1;
	}
	if (close > from) out.push({
		from,
		to: close
	});
	return out;
}
// packages/boundaries/lib/parse/js-loads.js
const CODE_RUNNERS$1 = {
	eval: "first",
	Function: "last",
	"vm.runInThisContext": "first",
	"vm.runInNewContext": "first",
	"vm.runInContext": "first",
	"vm.compileFunction": "first",
	"vm.Script": "first",
	"vm.SourceTextModule": "first"
};
const GLOBAL_OBJECTS = /* @__PURE__ */ new Set([
	"globalThis",
	"global",
	"window",
	"self"
]);
const LOADER_MEMBERS = /* @__PURE__ */ new Set([
	"require",
	"resolve",
	"main",
	"mainModule",
	"paths",
	"globalPaths",
	"_load",
	"createRequire",
	"constructor",
	"dlopen",
	"call",
	"apply",
	"bind",
	"Module"
]);
const SEARCH_PATH_OWNERS = /^(?:module|require\.main|module\.constructor|module\.Module|process\.mainModule)\.(?:paths|globalPaths)\.(push|unshift|splice)$/;
var JsLoads = class {
	tokens;
	scope;
	folder;
	path;
	parseCode;
	requireFunctions = /* @__PURE__ */ new Map();
	consumed = /* @__PURE__ */ new Set();
	heads;
	constructor(tokens, scope, folder, path, parseCode) {
		this.tokens = tokens;
		this.scope = scope;
		this.folder = folder;
		this.path = path;
		this.parseCode = parseCode;
		this.collectRequireFunctions();
		this.heads = /* @__PURE__ */ new Set([
			"require",
			"module",
			"process",
			"eval",
			"Function",
			"Worker",
			"SharedWorker",
			...GLOBAL_OBJECTS,
			...scope.boundNames()
		]);
		for (const t of this.requireFunctions.keys()) this.heads.add(tokens.textOf(t));
	}
	at(t, viaGlobalObject = false) {
		const k = this.tokens;
		if (this.consumed.has(t) || k.isMember(t) && !viaGlobalObject) return void 0;
		if (k.isName(t, "new") && k.isName(t + 1)) return this.heads.has(k.textOf(t + 1)) ? this.construct(t) : void 0;
		if (!this.heads.has(k.textOf(t))) return void 0;
		if (GLOBAL_OBJECTS.has(k.textOf(t)) && this.scope.isGlobal(k.textOf(t), t) && k.isPunct(t + 1, ".") && k.isName(t + 2)) return this.at(t + 2, true);
		const chain = k.chain(t);
		const open = chain.last + 1;
		const name = this.calleeName(chain.names, t);
		if (!k.isPunct(open, "(")) return this.nonCall(t, chain, name);
		const requireBase = chain.names.length === 1 ? this.requireFunctionAt(chain.names[0], t) : void 0;
		const resolveBase = chain.names.length === 2 && chain.names[1] === "resolve" ? this.requireFunctionAt(chain.names[0], t) : void 0;
		if (name === void 0 && requireBase === void 0 && resolveBase === void 0 || !isCall(k, t, open) || k.isName(t - 1, "function")) return void 0;
		const args = k.args(open) ?? [];
		this.consume(t, chain.last);
		if (requireBase !== void 0) return [this.requireCall("require", chain.names[0], t, args[0], requireBase)];
		if (resolveBase !== void 0) return [this.requireCall("require-resolve", `${chain.names[0]}.resolve`, t, args[0], resolveBase)];
		if (name === void 0) return void 0;
		if (name === "require") {
			const loaded = this.requireCall("require", name, t, args[0], "file");
			const close = k.match(open);
			const module = close === open + 2 ? nodeModule(k.literal(open + 1)) : void 0;
			if (module === void 0 || !k.isPunct(close + 1, ".") || !k.isName(close + 2) || !k.isPunct(close + 3, "(")) return [loaded];
			this.consume(close + 2, close + 2);
			return [loaded, ...this.call(t, `${module}.${k.textOf(close + 2)}`, close + 3, k.args(close + 3) ?? []) ?? []];
		}
		return this.call(t, name, open, args);
	}
	call(t, name, open, args) {
		const k = this.tokens;
		if (name === "module.require" || name === "module._load" || name === "module.Module._load") return [this.requireCall("require", name, t, args[0], "file")];
		if (name === "require.main.require" || name === "process.mainModule.require") return [this.requireCall("require", name, t, args[0], {
			value: "",
			base: "cwd"
		})];
		if (name === "require.resolve") return [this.requireCall("require-resolve", name, t, args[0], "file")];
		if (name === "require.call" || name === "require.apply") return [this.requireCall("require", name, t, name === "require.call" ? args[1] : firstElement(k, args[1]), "file")];
		if (name === "module.createRequire") {
			const close = k.match(open);
			if (k.isPunct(close + 1, "(")) {
				const inner = k.args(close + 1) ?? [];
				return [this.requireCall("require", "createRequire", t, inner[0], this.requireBase(args[0]))];
			}
			if (k.isPunct(close + 1, ".") && k.isName(close + 2, "resolve") && k.isPunct(close + 3, "(")) {
				const inner = k.args(close + 3) ?? [];
				return [this.requireCall("require-resolve", "createRequire(\u2026).resolve", t, inner[0], this.requireBase(args[0]))];
			}
			if (k.isPunct(t - 1, "=") && k.isName(t - 2) && this.requireFunctions.has(t - 2)) return void 0;
			return [{
				kind: "require",
				expression: k.source({
					from: t,
					to: k.match(open) + 1
				}),
				call: "createRequire (passed on as a value)",
				typeOnly: false,
				at: t
			}];
		}
		if (name === "require.context") return [this.pathLoad("module-glob", name, t, args[0], "file")];
		if (name === "process.dlopen") return [this.pathLoad("native-addon", name, t, args[1], "cwd")];
		if (name === "child_process.fork") return [this.pathLoad("fork", name, t, args[0], "cwd")];
		const runner = CODE_RUNNERS$1[name];
		if (runner !== void 0) return this.code(name, t, runner === "first" ? args[0] : args[args.length - 1]);
		const entry = SEARCH_PATH_OWNERS.exec(name);
		if (entry) return (entry[1] === "splice" ? args.slice(2) : args).map((arg) => ({
			...this.pathLoad("module-path-entry", name, t, arg, "cwd"),
			position: entry[1] === "push" ? "back" : "front"
		}));
	}
	importCall(t) {
		const k = this.tokens;
		if (k.isPunct(t + 1, "(")) {
			const args = k.args(t + 1);
			if (!args || args.length === 0 || !isCall(k, t, t + 1)) return void 0;
			const close = k.match(t + 1);
			const typeOnly = k.isName(t - 1, "typeof") || k.isPunct(close + 1, ".") && k.isName(close + 2) && !PROMISE_MEMBERS.has(k.textOf(close + 2));
			return [{
				...this.requireCall("dynamic-import", "import", t, args[0], "file"),
				typeOnly
			}];
		}
		if (!(k.isPunct(t + 1, ".") && k.isName(t + 2, "meta") && k.isPunct(t + 3, ".") && k.isName(t + 4) && k.isPunct(t + 5, "("))) return void 0;
		const member = k.textOf(t + 4);
		const args = k.args(t + 5) ?? [];
		if (member === "resolve") return [this.requireCall("require-resolve", "import.meta.resolve", t, args[0], "file")];
		if (member !== "glob") return void 0;
		const first = args[0];
		return (first && k.isPunct(first.from, "[") ? elements(k, first.from) : first ? [first] : []).flatMap((range) => {
			const folded = this.folder.fold(range);
			if (folded?.base === "none" && folded.value.startsWith("!")) return [];
			if (folded?.base === "none") {
				const dir = folded.value.slice(0, Math.max(0, folded.value.search(/[*?[{]/))).replace(/[^/]*$/, "") || "./";
				return [{
					kind: "module-glob",
					specifier: dir.startsWith("/") ? `.${dir}` : dir,
					...dir.startsWith("/") ? { anchor: "cwd" } : {},
					call: "import.meta.glob",
					typeOnly: false,
					at: t
				}];
			}
			return [{
				kind: "module-glob",
				expression: k.source(range),
				call: "import.meta.glob",
				typeOnly: false,
				at: t
			}];
		});
	}
	requireFunctionAt(name, t) {
		const d = this.scope.declarationAt(name, t);
		return typeof d === "object" ? this.requireFunctions.get(d.token) : void 0;
	}
	calleeName(names, at) {
		const qualified = this.scope.qualified(names, at);
		if (qualified !== void 0) return qualified;
		return names[0] === "require" ? names.join(".") : void 0;
	}
	construct(t) {
		const k = this.tokens;
		const chain = k.chain(t + 1);
		const open = chain.last + 1;
		const name = this.scope.qualified(chain.names, t + 1);
		if (name === void 0 || !k.isPunct(open, "(")) return void 0;
		const args = k.args(open) ?? [];
		if (name === "Worker" || name === "SharedWorker" || name === "worker_threads.Worker") {
			this.consume(t, chain.last);
			return [this.pathLoad("worker", `new ${chain.names.join(".")}`, t, args[0], "cwd")];
		}
		const runner = CODE_RUNNERS$1[name];
		if (runner === void 0) return void 0;
		this.consume(t, chain.last);
		return this.code(`new ${name}`, t, runner === "first" ? args[0] : args[args.length - 1]);
	}
	nonCall(t, chain, name) {
		const k = this.tokens;
		if (k.isPunct(chain.last + 1, "=") && !k.isPunct(chain.last + 2, "=") && (name === "module.paths" || name === "require.main.paths" || name === "process.env.NODE_PATH")) {
			this.consume(t, chain.last);
			const value = {
				from: chain.last + 2,
				to: k.expressionEnd(chain.last + 2)
			};
			if (k.isPunct(value.from, "[")) return elements(k, value.from).map((range) => ({
				...this.pathLoad("module-path-entry", name, t, range, "cwd"),
				position: "front"
			}));
			const folded = this.folder.fold(value);
			if (folded === void 0 || name !== "process.env.NODE_PATH") return [{
				...this.pathLoad("module-path-entry", name, t, value, "cwd"),
				position: "front"
			}];
			return folded.value.split(":").filter((p) => p !== "").map((p) => ({
				...this.entry({
					...folded,
					value: p
				}, "cwd"),
				kind: "module-path-entry",
				call: name,
				typeOnly: false,
				at: t,
				position: "front"
			}));
		}
		const word = chain.names[0];
		if (this.loaderByComputedMember(t, chain)) {
			this.consume(t, chain.last);
			return [{
				kind: "require",
				expression: k.source({
					from: t,
					to: k.match(chain.last + 1) + 1
				}),
				call: `${chain.names.join(".")}[\u2026]`,
				typeOnly: false,
				at: t
			}];
		}
		if (chain.names.length === 1 && (word === "module" || word === "require") && this.scope.isGlobal(word, t) && k.isPunct(t - 1, "=") && k.isPunct(t - 2, "}")) return [{
			kind: "require",
			expression: k.source({
				from: k.match(t - 2),
				to: t + 1
			}),
			call: `${word} (destructured)`,
			typeOnly: false,
			at: t
		}];
		if (!(chain.names.length === 1 && (word === "require" && this.scope.isGlobal(word, t) || this.requireFunctionAt(word, t) !== void 0)) || this.scope.declarationTokens.has(t) || k.isName(t - 1, "typeof")) return void 0;
		if (k.isPunct(t + 1, ":") && k.isPunct(t - 1, "{", ",")) return void 0;
		if (k.isPunct(t - 1, "=") && k.isName(t - 2) && this.requireFunctions.has(t - 2)) return void 0;
		return [{
			kind: "require",
			expression: word,
			call: `${word} (passed on as a value)`,
			typeOnly: false,
			at: t
		}];
	}
	loaderByComputedMember(t, chain) {
		const k = this.tokens;
		const word = chain.names[0];
		const open = chain.last + 1;
		if (chain.names.length !== 1 || !(word === "module" || word === "require" || word === "process") || !this.scope.isGlobal(word, t) || !k.isPunct(open, "[")) return false;
		const key = this.folder.fold({
			from: open + 1,
			to: k.match(open)
		});
		return key === void 0 || key.base !== "none" || LOADER_MEMBERS.has(key.value);
	}
	requireCall(kind, call, at, arg, base) {
		const named = call === "require" || call === "import" ? {} : { call };
		const folded = arg && base !== "unknown" ? this.folder.fold(arg) : void 0;
		if (folded === void 0) return {
			kind,
			expression: arg ? this.tokens.source(arg) : call,
			...named,
			typeOnly: false,
			at
		};
		if (!(folded.base === "none" && /^\.\.?(?:\/|$)/.test(folded.value)) || base === "file") return {
			kind,
			...foldedSpecifier(folded, this.path),
			...named,
			typeOnly: false,
			at
		};
		const joined = joinFolded([base, folded], false);
		return {
			kind,
			...this.entry(joined, "file"),
			...named,
			typeOnly: false,
			at
		};
	}
	pathLoad(kind, call, at, arg, plainBase) {
		const folded = arg ? this.folder.fold(arg) : void 0;
		if (folded === void 0) return {
			kind,
			expression: arg ? this.tokens.source(arg) : call,
			call,
			typeOnly: false,
			at
		};
		return {
			kind,
			...this.entry(folded, plainBase),
			call,
			typeOnly: false,
			at
		};
	}
	entry(folded, plainBase) {
		return pathSpecifier(folded, this.path, plainBase);
	}
	code(call, at, arg) {
		const folded = arg ? this.folder.fold(arg) : plain("");
		const nested = folded?.base === "none" ? this.parseCode(folded.value) : void 0;
		if (nested === void 0) return [{
			kind: "eval",
			expression: arg ? this.tokens.source(arg) : call,
			call,
			typeOnly: false,
			at
		}];
		return nested.map(({ line: _line, ...record }) => ({
			...record,
			evaluated: true,
			at
		}));
	}
	requireBase(arg) {
		const folded = arg ? this.folder.fold(arg) : void 0;
		if (folded === void 0 || folded.base === "none") return "unknown";
		const value = folded.base === "repo" ? rootedNormalize(folded.value) : folded.value;
		if (folded.base === "repo" && value === `/${this.path}`) return "file";
		return folded.value.endsWith("/") ? {
			value,
			base: folded.base
		} : dirnameFolded({
			value,
			base: folded.base
		});
	}
	collectRequireFunctions() {
		const k = this.tokens;
		for (let t = 0; t < k.count; t += 1) {
			if (!(k.isName(t, "const") || k.isName(t, "let") || k.isName(t, "var")) || !k.isName(t + 1) || !k.isPunct(t + 2, "=")) continue;
			const declaration = t + 1;
			const init = t + 3;
			if (k.isName(init, "require") && !k.isPunct(init + 1, "(", ".")) {
				this.requireFunctions.set(declaration, "file");
				continue;
			}
			let open;
			if (k.isName(init, "require") && k.isPunct(init + 1, "(") && k.literal(init + 2)?.replace(/^node:/, "") === "module" && k.isPunct(init + 4, ".") && k.isName(init + 5, "createRequire")) open = init + 6;
			else if (k.isName(init)) {
				const chain = k.chain(init);
				if (this.scope.qualified(chain.names, init) === "module.createRequire") open = chain.last + 1;
			}
			if (open === void 0 || !k.isPunct(open, "(")) continue;
			this.requireFunctions.set(declaration, this.requireBase((k.args(open) ?? [])[0]));
		}
	}
	consume(from, to) {
		for (let t = from; t <= to; t += 1) this.consumed.add(t);
	}
};
const PROMISE_MEMBERS = /* @__PURE__ */ new Set([
	"then",
	"catch",
	"finally"
]);
function isCall(k, at, open) {
	const close = k.match(open);
	if (close < open) return false;
	if (k.isPunct(close + 1, "{")) return false;
	return !(k.isPunct(close + 1, ":") && (at === 0 || k.isPunct(at - 1, "{", ";", "}", ",")));
}
function firstElement(k, range) {
	if (!range || !k.isPunct(range.from, "[")) return void 0;
	return elements(k, range.from)[0];
}
function elements(k, open) {
	const close = k.match(open);
	const out = [];
	let from = open + 1;
	for (let t = from; t < close; t = k.after(t)) if (k.isPunct(t, ",")) {
		if (t > from) out.push({
			from,
			to: t
		});
		from = t + 1;
	}
	if (close > from) out.push({
		from,
		to: close
	});
	return out;
}
// packages/boundaries/lib/parse/js-reexports.js
function markReexports(k, scope, drafts, bindings) {
	for (const draft of drafts) if (!bindings.has(draft)) bindings.set(draft, requireBindings(k, draft));
	const byLocal = /* @__PURE__ */ new Map();
	for (const [draft, list] of bindings) for (const b of list) byLocal.set(b.local, {
		draft,
		name: b.name
	});
	const add = (draft, reexport) => {
		draft.reexports = [...draft.reexports ?? [], reexport];
	};
	const boundAt = (name, t) => {
		const bound = byLocal.get(name);
		const d = scope.declarationAt(name, t);
		return bound && typeof d === "object" && (d.kind === "import" || d.scope.from === 0) ? bound : void 0;
	};
	const handOn = (t, end, as) => {
		if (!k.isName(t) || k.isMember(t)) return;
		const chain = k.chain(t);
		const bound = boundAt(chain.names[0], t);
		if (!bound || chain.last + 1 !== end) return;
		const member = chain.names[1];
		add(bound.draft, {
			as,
			name: bound.name === "*" && member !== void 0 ? member : bound.name
		});
	};
	const draftsIn = (from, to, as) => {
		for (const d of drafts) if (d.at >= from && d.at < to && d.kind !== "export-from") add(d, {
			as,
			name: "*"
		});
	};
	for (let t = 0; t < k.count; t += 1) {
		if (!k.isName(t) || k.isMember(t)) continue;
		const word = k.textOf(t);
		if (word === "export") {
			if (k.isPunct(t + 1, "{") && !k.isName(k.match(t + 1) + 1, "from")) for (const { imported: local, local: as } of namedBindings(k, t + 1)) {
				const bound = boundAt(local, t + 1);
				if (bound) add(bound.draft, {
					as,
					name: bound.name
				});
			}
			else if (k.isName(t + 1, "default") || k.isPunct(t + 1, "=")) {
				const end = k.expressionEnd(t + 2);
				handOn(t + 2, end, k.isPunct(t + 1, "=") ? "*" : "default");
				draftsIn(t + 2, end, k.isPunct(t + 1, "=") ? "*" : "default");
			} else if ((k.isName(t + 1, "const") || k.isName(t + 1, "let") || k.isName(t + 1, "var")) && k.isName(t + 2) && k.isPunct(t + 3, "=")) {
				const end = k.expressionEnd(t + 4);
				handOn(t + 4, end, k.textOf(t + 2));
				draftsIn(t + 4, end, k.textOf(t + 2));
			}
		} else if (word === "module" && k.isPunct(t + 1, ".") && k.isName(t + 2, "exports") && scope.isGlobal("module", t) || word === "exports" && scope.isGlobal("exports", t)) commonJsExports(k, t, (name, at) => boundAt(name, at), drafts, add);
	}
}
function commonJsExports(k, t, boundAt, drafts, add) {
	const end = k.expressionEnd(t);
	const skipped = [];
	for (let s = t; s < end; s += 1) if (k.isPunct(s, "{") && k.isPunct(s - 1, ")", "=>")) skipped.push({
		from: s,
		to: k.match(s)
	});
	else if (k.isPunct(s, "=>") && !k.isPunct(s + 1, "{")) skipped.push({
		from: s,
		to: k.expressionEnd(s + 1)
	});
	const inBody = (x) => skipped.some((r) => x > r.from && x < r.to);
	for (const d of drafts) if (d.at >= t && d.at < end && !inBody(d.at)) add(d, {
		as: "*",
		name: "*"
	});
	for (let s = t; s < end; s += 1) {
		if (!k.isName(s) || k.isMember(s) || inBody(s) || k.isPunct(s + 1, ":")) continue;
		const bound = boundAt(k.textOf(s), s);
		if (bound) add(bound.draft, {
			as: "*",
			name: "*"
		});
	}
}
function requireBindings(k, draft) {
	if (draft.kind !== "require" && draft.kind !== "dynamic-import") return [];
	let eq = draft.at - 1;
	if (k.isName(eq, "await")) eq -= 1;
	if (!k.isPunct(eq, "=")) return [];
	const open = draft.at + 1;
	const close = k.match(open);
	const member = k.isPunct(close + 1, ".") && k.isName(close + 2) ? k.textOf(close + 2) : void 0;
	if (k.isName(eq - 1)) return [{
		local: k.textOf(eq - 1),
		name: member ?? "*"
	}];
	if (!k.isPunct(eq - 1, "}") || member !== void 0) return [];
	const pattern = k.match(eq - 1);
	const out = [];
	for (let s = pattern + 1; s < eq - 1; s += 1) {
		if (!k.isName(s) || !k.isPunct(s - 1, "{", ",")) continue;
		if (k.isPunct(s + 1, ":") && k.isName(s + 2)) out.push({
			local: k.textOf(s + 2),
			name: k.textOf(s)
		});
		else out.push({
			local: k.textOf(s),
			name: k.textOf(s)
		});
	}
	return out;
}
// packages/boundaries/lib/parse/js-tokens.js
var Tokens = class {
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
		return this.tokens.kind[t] === 1 && (value === void 0 || this.is(t, value));
	}
	isPunct(t, ...values) {
		if (this.tokens.kind[t] !== 4) return false;
		for (const value of values) if (this.is(t, value)) return true;
		return false;
	}
	is(t, value) {
		const start = this.tokens.start[t];
		return this.tokens.end[t] - start === value.length && this.text.startsWith(value, start);
	}
	isNumber(t) {
		return this.tokens.kind[t] === 5;
	}
	isTemplate(t) {
		return this.tokens.kind[t] === 3;
	}
	isStringToken(t) {
		return this.tokens.kind[t] === 2 || this.tokens.kind[t] === 3;
	}
	literal(t) {
		return t >= 0 && t < this.count ? literalValue(this.text, this.tokens, t) : void 0;
	}
	isString(t) {
		return this.literal(t) !== void 0;
	}
	match(t) {
		return this.tokens.match[t] ?? -1;
	}
	isMember(t) {
		return this.isPunct(t - 1, ".");
	}
	after(t) {
		const partner = this.match(t);
		const stop = this.end(partner > t ? partner : t);
		let next = t + 1;
		while (next < this.count && this.start(next) < stop) next += 1;
		return next;
	}
	lineBreakBetween(a, b) {
		return /[\n\r\u2028\u2029]/.test(this.text.slice(this.end(a), this.start(b)));
	}
	chain(t) {
		const names = [this.textOf(t)];
		let last = t;
		for (;;) {
			let dot = last + 1;
			if (this.isPunct(dot, "?") && this.isPunct(dot + 1, ".")) dot += 1;
			if (!this.isPunct(dot, ".") || !this.isName(dot + 1)) break;
			names.push(this.textOf(dot + 1));
			last = dot + 1;
		}
		return {
			names,
			last
		};
	}
	args(open) {
		const close = this.match(open);
		if (!this.isPunct(open, "(") || close < open) return void 0;
		const out = [];
		let from = open + 1;
		let t = from;
		while (t < close) if (this.isPunct(t, ",")) {
			if (t > from) out.push({
				from,
				to: t
			});
			from = t + 1;
			t += 1;
		} else t = this.after(t);
		if (close > from) out.push({
			from,
			to: close
		});
		return out;
	}
	expressionEnd(from) {
		let t = from;
		while (t < this.count && !this.isPunct(t, ";", ")", "]", "}", ",")) {
			const next = this.after(t);
			if (next < this.count && this.lineBreakBetween(next - 1, next) && !this.isPunct(next, "+", "-", "*", "/", ".", "?", ":", "[", "(", "=>", "&", "|", "=") && !this.isPunct(next - 1, "+", "-", "*", "/", "=", "(", "[", ",", "?", ":", "&", "|", "=>")) return next;
			t = next;
		}
		return t;
	}
	source(range) {
		if (range.to <= range.from) return "";
		let end = 0;
		for (let t = range.from; t < range.to; t += 1) end = Math.max(end, this.end(t));
		return this.text.slice(this.start(range.from), end).trim();
	}
};
// packages/boundaries/lib/parse/js-imports.js
const MAX_CODE_DEPTH$1 = 3;
function parseJsImports(path, source) {
	return parseJs(path, source, 0);
}
function parseJs(path, source, depth) {
	const tokens = new Tokens(source, tokenizeJs(source, {
		jsx: allowsJsx(path),
		nested: true
	}));
	const lines = new LineIndex(source);
	const declarationFile = isDeclarationFile(path);
	const scope = new JsScope(tokens);
	const loads = new JsLoads(tokens, scope, new JsFolder(tokens, scope, path), path, (code) => depth < MAX_CODE_DEPTH$1 ? parseJs(path, code, depth + 1) : void 0);
	const drafts = [];
	const bindings = /* @__PURE__ */ new Map();
	const augmentations = [];
	let isModule = false;
	for (let i = 0; i < tokens.count; i += 1) {
		if (!tokens.isName(i) || tokens.isMember(i) || loads.consumed.has(i)) continue;
		const word = tokens.textOf(i);
		let found;
		if (word === "import") {
			if (tokens.isPunct(i + 1, "(", ".")) found = loads.importCall(i);
			else if (i + 1 < tokens.count) {
				const statement = staticImport(tokens, i, loads.consumed);
				if (statement) {
					const { bound, ...record } = statement;
					const draft = {
						...record,
						at: i
					};
					bindings.set(draft, bound);
					found = [draft];
				}
			}
		} else if (word === "export") {
			isModule = true;
			const record = exportFrom(tokens, i, loads.consumed);
			if (record) found = [{
				...record,
				at: i
			}];
		} else if (word === "declare" && tokens.isName(i + 1, "module") && tokens.isString(i + 2) && tokens.isPunct(i + 3, "{")) augmentations.push({
			kind: "module-augmentation",
			specifier: tokens.literal(i + 2),
			typeOnly: true,
			at: i
		});
		else found = loads.at(i);
		if (found) drafts.push(...found);
	}
	if (isModule || drafts.some((r) => r.kind === "import" || r.kind === "export-from" || r.kind === "import-equals")) drafts.push(...augmentations);
	markReexports(tokens, scope, drafts, bindings);
	return drafts.map(({ at, ...record }) => ({
		...record,
		typeOnly: record.typeOnly || declarationFile,
		line: lines.lineOf(tokens.start(at))
	})).sort((a, b) => a.line - b.line);
}
function namedSpecifiers(tokens, open) {
	let count = 0;
	let typeCount = 0;
	let current = [];
	const finish = () => {
		if (current.length === 0) return;
		count += 1;
		if (tokens.isName(current[0], "type") && current.length >= 2 && !(current.length === 3 && tokens.isName(current[1], "as"))) typeCount += 1;
		current = [];
	};
	for (let j = open + 1; j < tokens.count && j < open + 1e4; j += 1) {
		if (tokens.isPunct(j, "}")) {
			finish();
			return {
				end: j,
				count,
				typeCount
			};
		}
		if (tokens.isPunct(j, ",")) finish();
		else if (tokens.isName(j) || tokens.isString(j)) current.push(j);
		else return void 0;
	}
}
function fromClause(tokens, at) {
	return tokens.isName(at, "from") ? tokens.literal(at + 1) : void 0;
}
function staticImport(tokens, at, consumed) {
	let j = at + 1;
	const sideEffect = tokens.literal(j);
	if (sideEffect !== void 0) return {
		kind: "import",
		specifier: sideEffect,
		typeOnly: false,
		names: [],
		bound: []
	};
	let typeOnly = false;
	if (tokens.isName(j, "type")) {
		const next = j + 1;
		if (!(tokens.isPunct(next, ",", "=") || tokens.isName(next, "from") && tokens.isString(j + 2))) {
			typeOnly = true;
			j += 1;
		}
	}
	if (tokens.isName(j) && tokens.isPunct(j + 1, "=")) {
		const req = j + 2;
		const specifier = tokens.literal(req + 2);
		if (tokens.isName(req, "require") && tokens.isPunct(req + 1, "(") && specifier !== void 0 && tokens.isPunct(req + 3, ")")) {
			consumed.add(req);
			const local = tokens.textOf(j);
			const reexports = tokens.isName(at - 1, "export") ? [{
				as: local,
				name: "*"
			}] : void 0;
			return {
				kind: "import-equals",
				specifier,
				typeOnly,
				bound: [{
					local,
					name: "*"
				}],
				...reexports ? { reexports } : {}
			};
		}
		return;
	}
	let bindings = 0;
	let named;
	const bound = [];
	let namespace = false;
	for (; j < tokens.count && j < at + 1e4; j += 1) {
		const specifier = bindings > 0 ? fromClause(tokens, j) : void 0;
		if (specifier !== void 0) {
			const allNamedAreTypes = named !== void 0 && named.count > 0 && named.typeCount === named.count && bindings === 1;
			const names = namespace ? {} : { names: bound.map((b) => b.name) };
			return {
				kind: "import",
				specifier,
				typeOnly: typeOnly || allNamedAreTypes,
				...names,
				bound
			};
		}
		if (tokens.isPunct(j, "{")) {
			named = namedSpecifiers(tokens, j);
			if (!named) return void 0;
			for (const { imported, local } of namedBindings(tokens, j)) bound.push({
				local,
				name: imported
			});
			j = named.end;
			bindings += 1;
		} else if (tokens.isPunct(j, "*") && tokens.isName(j + 1, "as") && tokens.isName(j + 2)) {
			namespace = true;
			bound.push({
				local: tokens.textOf(j + 2),
				name: "*"
			});
			bindings += 1;
			j += 2;
		} else if (tokens.isName(j)) {
			if (tokens.isPunct(j + 1, ",") || fromClause(tokens, j + 1) !== void 0) bound.push({
				local: tokens.textOf(j),
				name: "default"
			});
			if (!tokens.isName(j - 1, "as")) bindings += 1;
		} else if (!tokens.isPunct(j, ",")) return;
	}
}
function exportFrom(tokens, at, consumed) {
	let j = at + 1;
	let typeOnly = false;
	if (tokens.isName(j, "type") && tokens.isPunct(j + 1, "{", "*")) {
		typeOnly = true;
		j += 1;
	}
	if (tokens.isPunct(j, "*")) {
		j += 1;
		let as = "*";
		if (tokens.isName(j, "as")) {
			as = tokens.literal(j + 1) ?? tokens.textOf(j + 1);
			j += 2;
		}
		const specifier = fromClause(tokens, j);
		return specifier === void 0 ? void 0 : {
			kind: "export-from",
			specifier,
			typeOnly,
			reexports: [{
				as,
				name: "*"
			}]
		};
	}
	if (tokens.isPunct(j, "{")) {
		const named = namedSpecifiers(tokens, j);
		if (!named) return void 0;
		const specifier = fromClause(tokens, named.end + 1);
		if (specifier === void 0) return void 0;
		const pairs = namedBindings(tokens, j);
		return {
			kind: "export-from",
			specifier,
			typeOnly: typeOnly || named.count > 0 && named.typeCount === named.count,
			names: pairs.map((p) => p.imported),
			reexports: pairs.map((p) => ({
				as: p.local,
				name: p.imported
			}))
		};
	}
	if (tokens.isPunct(j, "=") && tokens.isName(j + 1, "require") && tokens.isPunct(j + 2, "(") && tokens.isPunct(j + 4, ")")) {
		const specifier = tokens.literal(j + 3);
		if (specifier === void 0) return void 0;
		consumed.add(j + 1);
		return {
			kind: "require",
			specifier,
			typeOnly: false,
			reexports: [{
				as: "*",
				name: "*"
			}]
		};
	}
}
// packages/boundaries/lib/parse/python-statements.js
const COMPOUND = /* @__PURE__ */ new Set([
	"if",
	"elif",
	"else",
	"for",
	"while",
	"with",
	"try",
	"except",
	"finally",
	"def",
	"class",
	"async",
	"match",
	"case"
]);
const isName = (t, value) => t?.type === "name" && (value === void 0 || t.value === value);
const isOp = (t, value) => t?.type === "op" && t.value === value;
function pythonStatements(source, stub) {
	const scanned = scanPythonStatements(source);
	const out = [];
	let typeCheckingIndent;
	const bodies = [];
	for (let k = 0; k < scanned.count; k += 1) {
		const indent = scanned.indent[k];
		const tokens = pythonTokens(source, scanned.start[k], scanned.end[k]);
		while (bodies.length > 0 && indent <= bodies[bodies.length - 1]) bodies.pop();
		if (typeCheckingIndent !== void 0 && indent <= typeCheckingIndent) typeCheckingIndent = void 0;
		let typeOnly = stub || typeCheckingIndent !== void 0;
		let local = bodies.length > 0;
		let start = 0;
		let depth = 0;
		for (let i = 0; i <= tokens.length; i += 1) {
			const t = tokens[i];
			if (t?.type === "op") {
				if (t.value === "(" || t.value === "[" || t.value === "{") depth += 1;
				else if (t.value === ")" || t.value === "]" || t.value === "}") depth -= 1;
			}
			const header = isOp(t, ":") && depth === 0 && isName(tokens[start]) && COMPOUND.has(tokens[start].value);
			if (t !== void 0 && !isOp(t, ";") && !header) continue;
			const statement = tokens.slice(start, i);
			start = i + 1;
			if (header && isTypeCheckingGuard(statement)) {
				if (i + 1 < tokens.length) typeOnly = true;
				else typeCheckingIndent = indent;
				continue;
			}
			if (statement.length > 0) out.push({
				tokens: statement,
				typeOnly,
				moduleLevel: !local
			});
			if (header && (isName(statement[0], "def") || isName(statement[0], "class") || isName(statement[0], "async") && isName(statement[1], "def"))) {
				if (i + 1 < tokens.length) local = true;
				else bodies.push(indent);
			}
		}
	}
	return out;
}
function isTypeCheckingGuard(statement) {
	if (!isName(statement[0], "if")) return false;
	const rest = statement.slice(1);
	const last = rest[rest.length - 1];
	return isName(last, "TYPE_CHECKING") && rest.every((t, k) => k % 2 === 0 ? t.type === "name" : isOp(t, "."));
}
function closeBracket(tokens, open) {
	let depth = 0;
	for (let j = open; j < tokens.length; j += 1) {
		const t = tokens[j];
		if (t.type !== "op") continue;
		if (t.value === "(" || t.value === "[" || t.value === "{") depth += 1;
		else if (t.value === ")" || t.value === "]" || t.value === "}") {
			depth -= 1;
			if (depth === 0) return j;
		}
	}
	return tokens.length;
}
function after(tokens, t) {
	const v = tokens[t];
	return v?.type === "op" && (v.value === "(" || v.value === "[" || v.value === "{") ? closeBracket(tokens, t) + 1 : t + 1;
}
function dottedChain(tokens, at) {
	const names = [tokens[at].value];
	let j = at + 1;
	while (isOp(tokens[j], ".") && isName(tokens[j + 1])) {
		names.push(tokens[j + 1].value);
		j += 2;
	}
	return {
		names,
		next: j
	};
}
function isAssignment(tokens, t) {
	const eq = tokens[t];
	if (!isOp(eq, "=")) return false;
	const prev = tokens[t - 1];
	const next = tokens[t + 1];
	if (next?.type === "op" && next.value === "=" && next.start === eq.end) return false;
	return !(prev?.type === "op" && prev.end === eq.start && "=!<>:+-*/%&|^@".includes(prev.value));
}
function callArgs(tokens, open) {
	const close = closeBracket(tokens, open);
	const args = {
		positional: [],
		keywords: /* @__PURE__ */ new Map(),
		star: false
	};
	let from = open + 1;
	const finish = (to) => {
		if (to <= from) return;
		if (isOp(tokens[from], "*")) args.star = true;
		else if (isName(tokens[from]) && isOp(tokens[from + 1], "=") && isAssignment(tokens, from + 1)) args.keywords.set(tokens[from].value, {
			from: from + 2,
			to
		});
		else args.positional.push({
			from,
			to
		});
	};
	for (let t = from; t < close; t = after(tokens, t)) if (isOp(tokens[t], ",")) {
		finish(t);
		from = t + 1;
	}
	finish(close);
	return args;
}
function argument(args, position, keyword) {
	return args.keywords.get(keyword) ?? args.positional[position];
}
// packages/boundaries/lib/parse/python-fold.js
const MAX_DEPTH = 16;
const PATH_CLASSES = /* @__PURE__ */ new Set([
	"pathlib.Path",
	"pathlib.PurePath",
	"pathlib.PosixPath",
	"pathlib.PurePosixPath"
]);
var PyFolder = class {
	source;
	scope;
	path;
	depth = 0;
	constructor(source, scope, path) {
		this.source = source;
		this.scope = scope;
		this.path = path;
	}
	fold(text, tokens, from, to) {
		const parsed = this.sum(text, tokens.slice(0, to), from);
		if (!parsed || parsed.next !== to || parsed.value.kind === "items") return void 0;
		return parsed.value.folded;
	}
	foldItems(text, tokens, from, to) {
		const parsed = this.sum(text, tokens.slice(0, to), from);
		if (!parsed || parsed.next !== to) return void 0;
		return parsed.value.kind === "items" ? parsed.value.items : [parsed.value.folded];
	}
	sum(text, tokens, at) {
		let left = this.product(text, tokens, at);
		while (left && isOp(tokens[left.next], "+") && !isOp(tokens[left.next + 1], "=")) {
			const right = this.product(text, tokens, left.next + 1);
			if (!right) return void 0;
			if (left.value.kind === "items" && right.value.kind === "items") {
				left = {
					value: {
						kind: "items",
						items: [...left.value.items, ...right.value.items]
					},
					next: right.next
				};
				continue;
			}
			if (left.value.kind !== "str" || right.value.kind !== "str") return void 0;
			const folded = concatFolded(left.value.folded, right.value.folded);
			if (!folded) return void 0;
			left = {
				value: {
					kind: "str",
					folded
				},
				next: right.next
			};
		}
		return left;
	}
	product(text, tokens, at) {
		let left = this.postfix(text, tokens, at);
		while (left && (isOp(tokens[left.next], "/") || isOp(tokens[left.next], "%")) && !isOp(tokens[left.next + 1], "/") && !isOp(tokens[left.next + 1], "=")) {
			const operator = tokens[left.next].value;
			const right = this.postfix(text, tokens, left.next + 1);
			if (!right || right.value.kind === "items" && operator === "/") return void 0;
			if (operator === "/") {
				if (left.value.kind !== "path" || right.value.kind === "items") return void 0;
				const folded = joinFolded([left.value.folded, right.value.folded], true);
				if (!folded) return void 0;
				left = {
					value: {
						kind: "path",
						folded
					},
					next: right.next
				};
			} else {
				if (left.value.kind !== "str" || left.value.folded.base !== "none") return void 0;
				const args = right.value.kind === "items" ? right.value.items : [right.value.folded];
				const formatted = percentFormat(left.value.folded.value, args);
				if (formatted === void 0) return void 0;
				left = {
					value: {
						kind: "str",
						folded: plain(formatted)
					},
					next: right.next
				};
			}
		}
		return left;
	}
	postfix(text, tokens, at) {
		let current = this.primary(text, tokens, at);
		while (current) {
			const dot = current.next;
			if (isOp(tokens[dot], "[") && current.value.kind === "path") return void 0;
			if (!isOp(tokens[dot], ".") || !isName(tokens[dot + 1])) break;
			const member = tokens[dot + 1].value;
			const open = dot + 2;
			const value = current.value;
			if (value.kind === "path" && member === "parent") current = {
				value: {
					kind: "path",
					folded: dirnameFolded(value.folded)
				},
				next: open
			};
			else if (value.kind === "path" && member === "parents" && isOp(tokens[open], "[") && tokens[open + 1]?.type === "number" && isOp(tokens[open + 2], "]")) {
				let folded = value.folded;
				for (let n = Number(tokens[open + 1].value); n >= 0; n -= 1) folded = dirnameFolded(folded);
				current = {
					value: {
						kind: "path",
						folded
					},
					next: open + 3
				};
			} else if (isOp(tokens[open], "(")) {
				const next = closeBracket(tokens, open) + 1;
				if (value.kind === "str" && member === "join" && value.folded.base === "none") {
					const items = this.foldItems(text, tokens, open + 1, next - 1);
					const joined = items && joinStrings(items, value.folded.value);
					if (!joined) return void 0;
					current = {
						value: {
							kind: "str",
							folded: joined
						},
						next
					};
					continue;
				}
				const args = this.args(text, tokens, open);
				if (!args) return void 0;
				if (value.kind === "path" && (member === "resolve" || member === "absolute") && args.length === 0) current = {
					value: {
						kind: "path",
						folded: resolveFolded([value.folded])
					},
					next
				};
				else if (value.kind === "path" && member === "joinpath") {
					const folded = joinFolded([value.folded, ...args], true);
					if (!folded) return void 0;
					current = {
						value: {
							kind: "path",
							folded
						},
						next
					};
				} else if (value.kind === "path" && (member === "as_posix" || member === "__str__") && args.length === 0) current = {
					value: {
						kind: "str",
						folded: value.folded
					},
					next
				};
				else return void 0;
			} else return void 0;
		}
		return current;
	}
	primary(text, tokens, at) {
		const t = tokens[at];
		if (t === void 0) return void 0;
		if (t.type === "string") return this.strings(text, tokens, at);
		if (t.type === "number") return /^\d+$/.test(t.value) ? {
			value: {
				kind: "str",
				folded: plain(String(Number(t.value)))
			},
			next: at + 1
		} : void 0;
		if (isOp(t, "(") || isOp(t, "[")) {
			const close = closeBracket(tokens, at);
			const items = this.itemsAt(text, tokens, at + 1, close);
			if (!items) return void 0;
			if (!(isOp(t, "[") || tokens.slice(at + 1, close).some((tok, k) => isOp(tok, ",") && depthAt(tokens, at + 1, at + 1 + k) === 0)) && items.length === 1) {
				const inner = this.sum(text, tokens, at + 1);
				return inner && inner.next === close ? {
					value: inner.value,
					next: close + 1
				} : void 0;
			}
			return {
				value: {
					kind: "items",
					items
				},
				next: close + 1
			};
		}
		if (t.type === "name") return this.name(text, tokens, at);
	}
	name(text, tokens, at) {
		const word = tokens[at].value;
		if (word === "__file__" && !this.scope.isBound(word)) return {
			value: {
				kind: "str",
				folded: repoPathOf(this.path)
			},
			next: at + 1
		};
		const chain = dottedChain(tokens, at);
		const qualified = this.scope.qualified(chain.names);
		const open = chain.next;
		if (qualified !== void 0 && isOp(tokens[open], "(")) return this.call(text, tokens, qualified, open);
		if (qualified === "os.sep" || qualified === "os.path.sep") return {
			value: {
				kind: "str",
				folded: plain("/")
			},
			next: chain.next
		};
		if (qualified === "os.curdir" || qualified === "os.pardir") return {
			value: {
				kind: "str",
				folded: plain(qualified === "os.curdir" ? "." : "..")
			},
			next: chain.next
		};
		if (chain.names.length !== 1) return void 0;
		const value = this.scope.constant(word);
		if (value === void 0 || this.depth >= MAX_DEPTH) return void 0;
		this.depth += 1;
		try {
			const folded = this.sum(this.source, value, 0);
			return folded && folded.next === value.length ? {
				value: folded.value,
				next: at + 1
			} : void 0;
		} finally {
			this.depth -= 1;
		}
	}
	call(text, tokens, name, open) {
		const next = closeBracket(tokens, open) + 1;
		if ((name === "os.getcwd" || name === "pathlib.Path.cwd") && isOp(tokens[open + 1], ")")) return {
			value: {
				kind: name === "os.getcwd" ? "str" : "path",
				folded: {
					value: "",
					base: "cwd"
				}
			},
			next
		};
		const args = this.args(text, tokens, open);
		if (!args) return void 0;
		const str = (folded) => folded ? {
			value: {
				kind: "str",
				folded
			},
			next
		} : void 0;
		if (PATH_CLASSES.has(name)) {
			const folded = args.length === 0 ? plain(".") : joinFolded(args, true);
			return folded ? {
				value: {
					kind: "path",
					folded
				},
				next
			} : void 0;
		}
		switch (name) {
			case "os.path.join": return str(joinFolded(args, true));
			case "os.path.dirname": return str(args.length === 1 ? dirnameFolded(args[0]) : void 0);
			case "os.path.abspath":
			case "os.path.realpath": return str(args.length === 1 ? resolveFolded(args) : void 0);
			case "os.path.normpath": return str(args.length === 1 ? args[0].base === "repo" ? {
				value: rootedNormalize(args[0].value),
				base: "repo"
			} : joinFolded(args, true) : void 0);
			case "str":
			case "os.fspath": return str(args.length === 1 ? args[0] : void 0);
			default: return;
		}
	}
	strings(text, tokens, at) {
		let value = "";
		let t = at;
		while (tokens[t]?.type === "string") {
			const tok = tokens[t];
			const literal = pythonStringLiteral(text, tok.start, tok.end);
			if (!literal || literal.prefix.includes("b")) return void 0;
			if (literal.value !== void 0) value += literal.value;
			else if (literal.prefix.includes("f") && !literal.prefix.includes("t")) {
				const formatted = this.fString(literal.body, literal.prefix.includes("r"));
				if (formatted === void 0) return void 0;
				value += formatted;
			} else return void 0;
			t += 1;
		}
		return {
			value: {
				kind: "str",
				folded: plain(value)
			},
			next: t
		};
	}
	fString(body, raw) {
		let out = "";
		let i = 0;
		while (i < body.length) {
			const c = body[i];
			if ((c === "{" || c === "}") && body[i + 1] === c) {
				out += c;
				i += 2;
			} else if (c === "{") {
				const close = body.indexOf("}", i + 1);
				if (close < 0) return void 0;
				const field = body.slice(i + 1, close);
				if (/[!:{]|=\s*$/.test(field)) return void 0;
				const fieldTokens = pythonTokens(field, 0, field.length);
				const value = this.fold(field, fieldTokens, 0, fieldTokens.length);
				if (value?.base !== "none") return void 0;
				out += value.value;
				i = close + 1;
			} else if (c === "\\" && !raw) return;
			else {
				out += c;
				i += 1;
			}
		}
		return out;
	}
	args(text, tokens, open) {
		const args = callArgs(tokens, open);
		if (args.star || args.keywords.size > 0) return void 0;
		const out = [];
		for (const range of args.positional) {
			const value = this.fold(text, tokens, range.from, range.to) ?? this.pathValue(text, tokens, range.from, range.to);
			if (!value) return void 0;
			out.push(value);
		}
		return out;
	}
	pathValue(text, tokens, from, to) {
		const parsed = this.sum(text, tokens.slice(0, to), from);
		return parsed && parsed.next === to && parsed.value.kind === "path" ? parsed.value.folded : void 0;
	}
	itemsAt(text, tokens, from, to) {
		const items = [];
		let start = from;
		for (let t = from; t <= to; t = t === to ? to + 1 : after(tokens, t)) if (t === to || isOp(tokens[t], ",")) {
			if (t > start) {
				const value = this.fold(text, tokens, start, t) ?? this.pathValue(text, tokens, start, t);
				if (!value) return void 0;
				items.push(value);
			}
			start = t + 1;
		}
		return items;
	}
};
function depthAt(tokens, from, to) {
	let depth = 0;
	for (let t = from; t < to; t += 1) {
		const tok = tokens[t];
		if (tok.type !== "op") continue;
		if ("([{".includes(tok.value)) depth += 1;
		else if (")]}".includes(tok.value)) depth -= 1;
	}
	return depth;
}
function percentFormat(format, args) {
	let k = 0;
	let failed = false;
	const out = format.replace(/%(.)/g, (match, code) => {
		if (code === "%") return "%";
		const arg = args[k];
		k += 1;
		if (code !== "s" || arg === void 0 || arg.base !== "none") failed = true;
		return arg?.value ?? match;
	});
	return failed || k !== args.length ? void 0 : out;
}
function joinStrings(items, separator) {
	if (items.some((i) => i.base !== "none")) return void 0;
	return plain(items.map((i) => i.value).join(separator));
}
// packages/boundaries/lib/parse/python-loads.js
const MODULE_IMPORTERS = {
	"importlib.import_module": {
		name: [0, "name"],
		package: [1, "package"]
	},
	"importlib.util.find_spec": {
		name: [0, "name"],
		package: [1, "package"]
	},
	"runpy.run_module": { name: [0, "mod_name"] },
	"pkgutil.resolve_name": { name: [0, "name"] }
};
const FILE_LOADERS = {
	"importlib.util.spec_from_file_location": [1, "location"],
	"importlib.machinery.SourceFileLoader": [1, "path"],
	"importlib.machinery.SourcelessFileLoader": [1, "path"],
	"importlib.machinery.ExtensionFileLoader": [1, "path"],
	"imp.load_source": [1, "pathname"],
	"imp.load_compiled": [1, "pathname"],
	"imp.load_dynamic": [1, "pathname"],
	"imp.load_package": [1, "path"],
	"imp.load_module": [2, "pathname"],
	"runpy.run_path": [0, "path_name"]
};
const IMPORT_FUNCTIONS = /* @__PURE__ */ new Set([
	"__import__",
	"builtins.__import__",
	"importlib.__import__"
]);
const CODE_RUNNERS = /* @__PURE__ */ new Set([
	"exec",
	"eval",
	"compile",
	"builtins.exec",
	"builtins.eval",
	"builtins.compile"
]);
const FILE_READERS = /* @__PURE__ */ new Set([
	"open",
	"io.open",
	"builtins.open",
	"codecs.open"
]);
const TRIGGERS = /* @__PURE__ */ new Set([
	"import_module",
	"__import__",
	"find_spec",
	"run_module",
	"run_path",
	"resolve_name",
	"exec",
	"eval",
	"compile",
	"getattr",
	"sys",
	"addsitedir",
	"syspath_prepend",
	...Object.keys(FILE_LOADERS).map((n) => n.slice(n.lastIndexOf(".") + 1))
]);
var PyLoads = class {
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
	static relevant(statements) {
		return statements.some((s) => s.tokens.some((t) => t.type === "name" && TRIGGERS.has(t.value)));
	}
	statement(statement) {
		const tokens = statement.tokens;
		this.triggers ??= /* @__PURE__ */ new Set([...TRIGGERS, ...this.scope.namesBoundTo(TRIGGERS)]);
		if (!tokens.some((t) => t.type === "name" && this.triggers.has(t.value))) return [];
		const out = [];
		for (let i = 0; i < tokens.length; i += 1) {
			if (tokens[i].type !== "name" || isOp(tokens[i - 1], ".") || isName(tokens[i - 1], "def") || isName(tokens[i - 1], "class")) continue;
			const callee = this.callee(tokens, i);
			if (!callee) continue;
			out.push(...this.call(tokens, i, callee.name, callee.open));
		}
		out.push(...this.assignment(tokens, out));
		return out;
	}
	callee(tokens, i) {
		const chain = dottedChain(tokens, i);
		if (!isOp(tokens[chain.next], "(")) return void 0;
		if (chain.names.length === 1 && chain.names[0] === "getattr" && !this.scope.isBound("getattr")) {
			const [object, attribute] = callArgs(tokens, chain.next).positional;
			const close = closeBracket(tokens, chain.next);
			if (!object || !attribute || !isOp(tokens[close + 1], "(") || !isName(tokens[object.from])) return void 0;
			const objectChain = dottedChain(tokens, object.from);
			const name = this.folder.fold(this.source, tokens, attribute.from, attribute.to);
			const base = objectChain.next === object.to ? this.scope.qualified(objectChain.names) : void 0;
			return base !== void 0 && name?.base === "none" ? {
				name: `${base}.${name.value}`,
				open: close + 1
			} : void 0;
		}
		const qualified = this.scope.qualified(chain.names);
		if (qualified === "import_module") return {
			name: "importlib.import_module",
			open: chain.next
		};
		if (chain.names.length === 2 && chain.names[1] === "syspath_prepend") return {
			name: "monkeypatch.syspath_prepend",
			open: chain.next
		};
		return qualified === void 0 ? void 0 : {
			name: qualified,
			open: chain.next
		};
	}
	call(tokens, i, name, open) {
		const args = callArgs(tokens, open);
		const token = tokens[i];
		const importer = MODULE_IMPORTERS[name];
		if (importer) return this.moduleImport(tokens, token, name, args, importer);
		if (IMPORT_FUNCTIONS.has(name)) return this.dunderImport(tokens, token, name, args);
		const loader = FILE_LOADERS[name];
		if (loader) return [this.pathLoad("python-file-load", tokens, token, name, args.star ? void 0 : argument(args, ...loader))];
		if (CODE_RUNNERS.has(name)) return this.code(tokens, token, name, args);
		if (name === "sys.path.insert" || name === "monkeypatch.syspath_prepend") return [{
			...this.pathLoad("python-path-entry", tokens, token, name, name === "sys.path.insert" ? argument(args, 1, "object") : args.positional[0]),
			position: "front"
		}];
		if (name === "sys.path.append" || name === "site.addsitedir") return [{
			...this.pathLoad("python-path-entry", tokens, token, name, args.positional[0]),
			position: "back"
		}];
		if (name === "sys.path.extend") return this.pathEntries(tokens, token, name, args.positional[0], "back");
		if (name === "sys.modules.setdefault" || name === "sys.modules.__setitem__") {
			const [key, value] = args.positional;
			return key && value ? this.alias(tokens, token, name, key, value) : [];
		}
		if (name === "sys.modules.update") return this.aliasUpdate(tokens, token, args);
		return [];
	}
	moduleImport(tokens, token, call, args, where) {
		const nameRange = args.star ? void 0 : argument(args, ...where.name);
		const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
		if (name?.base !== "none") return [this.computed("python-import-module", tokens, token, call, nameRange)];
		const module = call === "pkgutil.resolve_name" ? name.value.split(":")[0] : name.value;
		if (!module.startsWith(".")) return [{
			kind: "python-import-module",
			specifier: module,
			call,
			typeOnly: false,
			token
		}];
		const packageRange = where.package && argument(args, ...where.package);
		const specifier = packageRange ? this.relativeTo(tokens, module, packageRange) : void 0;
		if (!packageRange) return [];
		if (specifier === void 0) return [this.computed("python-import-module", tokens, token, call, packageRange)];
		return [{
			kind: "python-import-module",
			specifier,
			call,
			typeOnly: false,
			token
		}];
	}
	relativeTo(tokens, module, range) {
		const level = /^\.*/.exec(module)[0].length;
		const rest = module.slice(level);
		const text = tokens.slice(range.from, range.to).map((t) => t.value).join("");
		const isInit = /(^|\/)__init__\.pyi?$/.test(this.path);
		if (text === "__package__" && !this.scope.isBound("__package__") || text === "__spec__.parent" || text === "__name__" && isInit) return module;
		if (text === "__name__" && !this.scope.isBound("__name__")) {
			const stem = this.path.slice(this.path.lastIndexOf("/") + 1).replace(/\.pyi?$/, "");
			if (level === 1) return `.${stem}${rest === "" ? "" : `.${rest}`}`;
			return `${".".repeat(level - 1)}${rest}`;
		}
		const folded = this.folder.fold(this.source, tokens, range.from, range.to);
		if (folded?.base !== "none") return void 0;
		const bits = folded.value.split(".");
		if (bits.length < level) return void 0;
		const base = bits.slice(0, bits.length - (level - 1)).join(".");
		return rest === "" ? base : `${base}.${rest}`;
	}
	dunderImport(tokens, token, call, args) {
		const nameRange = args.star ? void 0 : argument(args, 0, "name");
		const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
		if (name?.base !== "none") return [this.computed("python-import-module", tokens, token, call, nameRange)];
		const levelRange = argument(args, 4, "level");
		const level = levelRange ? this.folder.fold(this.source, tokens, levelRange.from, levelRange.to) : {
			value: "0",
			base: "none"
		};
		if (!level || !/^\d+$/.test(level.value)) return [this.computed("python-import-module", tokens, token, call, levelRange)];
		const fromRange = argument(args, 3, "fromlist");
		const fromlist = fromRange ? this.folder.foldItems(this.source, tokens, fromRange.from, fromRange.to) : [];
		const isNone = fromRange && tokens.slice(fromRange.from, fromRange.to).map((t) => t.value).join("") === "None";
		if (fromlist === void 0 && !isNone) return [this.computed("python-import-module", tokens, token, call, fromRange)];
		const names = (fromlist ?? []).map((f) => f.value);
		if (Number(level.value) === 0) return [{
			kind: "python-import-module",
			specifier: name.value,
			...names.length > 0 ? { names } : {},
			call,
			typeOnly: false,
			token
		}];
		const globalsRange = argument(args, 1, "globals");
		if ((globalsRange && tokens.slice(globalsRange.from, globalsRange.to).map((t) => t.value).join("")) !== "globals()" || this.scope.isBound("globals")) return [this.computed("python-import-module", tokens, token, call, globalsRange)];
		return [{
			kind: "python-import-module",
			specifier: ".".repeat(Number(level.value)) + name.value,
			...names.length > 0 ? { names } : {},
			call,
			typeOnly: false,
			token
		}];
	}
	code(tokens, token, call, args) {
		const range = args.star ? void 0 : argument(args, 0, "source");
		if (!range) return [this.computed("python-exec", tokens, token, call, range)];
		const folded = this.folder.fold(this.source, tokens, range.from, range.to);
		const nested = folded?.base === "none" ? this.parseCode(folded.value) : void 0;
		if (nested) return nested.map(({ line: _line, ...r }) => ({
			...r,
			evaluated: true,
			token
		}));
		const read = this.fileRead(tokens, range);
		if (read) return [{
			...this.pathLoad("python-file-load", tokens, token, call, read),
			call: `${call}(open(\u2026).read())`
		}];
		if (isName(tokens[range.from]) && this.callee(tokens, range.from)?.name.endsWith("compile") && closeBracket(tokens, this.callee(tokens, range.from).open) + 1 === range.to) return [];
		return [this.computed("python-exec", tokens, token, call, range)];
	}
	fileRead(tokens, range) {
		if (!isName(tokens[range.from])) return void 0;
		const callee = this.callee(tokens, range.from);
		if (!callee) return void 0;
		const close = closeBracket(tokens, callee.open);
		const method = tokens[close + 2]?.value;
		if (!(isOp(tokens[close + 1], ".") && isOp(tokens[close + 3], "(") && closeBracket(tokens, close + 3) + 1 === range.to)) return void 0;
		if (FILE_READERS.has(callee.name) && method === "read") return callArgs(tokens, callee.open).positional[0];
		if (callee.name === "pathlib.Path" && method === "read_text") return callArgs(tokens, callee.open).positional[0];
	}
	pathEntries(tokens, token, call, range, position) {
		const items = range && this.folder.foldItems(this.source, tokens, range.from, range.to);
		if (!items) return [{
			...this.computed("python-path-entry", tokens, token, call, range),
			position
		}];
		return items.map((folded) => ({
			kind: "python-path-entry",
			...this.entry(folded),
			call,
			position,
			typeOnly: false,
			token
		}));
	}
	assignment(tokens, calls) {
		let eq = -1;
		for (let t = 0; t < tokens.length; t = after(tokens, t)) if (isOp(tokens[t], "=")) {
			eq = t;
			break;
		}
		if (eq < 1 || !isName(tokens[0])) return [];
		const augmented = !isAssignment(tokens, eq) && isOp(tokens[eq - 1], "+") && tokens[eq - 1].end === tokens[eq].start;
		if (!isAssignment(tokens, eq) && !augmented) return [];
		const target = dottedChain(tokens, 0);
		const name = this.scope.qualified(target.names);
		const value = {
			from: eq + 1,
			to: tokens.length
		};
		const token = tokens[0];
		if (name === "sys.path") {
			if (augmented) return this.pathEntries(tokens, token, "sys.path +=", value, "back");
			const front = isOp(tokens[target.next], "[") || this.endsWithSysPath(tokens, value);
			return this.withoutSysPath(tokens, value).flatMap((part) => this.pathEntries(tokens, token, "sys.path =", part, front ? "front" : "back"));
		}
		if (name === "sys.modules" && isOp(tokens[target.next], "[")) {
			const close = closeBracket(tokens, target.next);
			if (close + 1 !== (augmented ? eq - 1 : eq)) return [];
			return this.alias(tokens, token, "sys.modules[\u2026] =", {
				from: target.next + 1,
				to: close
			}, value, calls);
		}
		if (target.names.length === 1 && target.next === eq) {
			const call = calls.find((c) => c.token === tokens[eq + 1] && c.specifier !== void 0 && c.kind === "python-import-module");
			const callee = isName(tokens[eq + 1]) ? this.callee(tokens, eq + 1) : void 0;
			if (call && callee && closeBracket(tokens, callee.open) + 1 === tokens.length) call.bound = [target.names[0]];
		}
		return [];
	}
	endsWithSysPath(tokens, range) {
		const last = tokens.slice(range.from, range.to).map((t) => t.value).join("");
		return last.endsWith("sys.path") || last.endsWith("path") && this.scope.qualified(["path"]) === "sys.path";
	}
	withoutSysPath(tokens, range) {
		const parts = [];
		let from = range.from;
		for (let t = range.from; t <= range.to; t = t === range.to ? t + 1 : after(tokens, t)) if (t === range.to || isOp(tokens[t], "+")) {
			const chain = isName(tokens[from]) ? dottedChain(tokens, from) : void 0;
			if (!(chain && chain.next === t && this.scope.qualified(chain.names) === "sys.path")) parts.push({
				from,
				to: t
			});
			from = t + 1;
		}
		return parts;
	}
	alias(tokens, token, call, key, value, calls = []) {
		const inValue = calls.find((c) => tokens.indexOf(c.token) >= value.from && tokens.indexOf(c.token) < value.to && c.kind === "python-import-module");
		const name = value.to === value.from + 1 && isName(tokens[value.from]) ? tokens[value.from].value : void 0;
		const origin = inValue ?? (name !== void 0 ? { bound: name } : void 0);
		if (!origin) return [];
		const folded = this.folder.fold(this.source, tokens, key.from, key.to);
		const draft = folded?.base === "none" ? {
			kind: "python-module-alias",
			specifier: folded.value,
			call,
			typeOnly: false,
			token
		} : this.computed("python-module-alias", tokens, token, call, key);
		if ("kind" in origin) draft.aliasDraft = origin;
		else draft.aliasName = origin.bound;
		return [draft];
	}
	aliasUpdate(tokens, token, args) {
		const range = args.positional[0];
		if (!range || !isOp(tokens[range.from], "{") || closeBracket(tokens, range.from) + 1 !== range.to) return [];
		const out = [];
		let from = range.from + 1;
		const close = range.to - 1;
		for (let t = from; t <= close; t = t === close ? t + 1 : after(tokens, t)) {
			if (t !== close && !isOp(tokens[t], ",")) continue;
			let colon = from;
			while (colon < t && !isOp(tokens[colon], ":")) colon = after(tokens, colon);
			if (colon < t) out.push(...this.alias(tokens, token, "sys.modules.update", {
				from,
				to: colon
			}, {
				from: colon + 1,
				to: t
			}));
			from = t + 1;
		}
		return out;
	}
	pathLoad(kind, tokens, token, call, range) {
		const folded = range && this.folder.fold(this.source, tokens, range.from, range.to);
		if (!folded) return this.computed(kind, tokens, token, call, range);
		return {
			kind,
			...this.entry(folded),
			call,
			typeOnly: false,
			token
		};
	}
	entry(folded) {
		return pathSpecifier(folded, this.path, "cwd");
	}
	computed(kind, tokens, token, call, range) {
		return {
			kind,
			expression: range && range.to > range.from ? this.source.slice(tokens[range.from].start, tokens[range.to - 1].end) : call,
			call,
			typeOnly: false,
			token
		};
	}
};
// packages/boundaries/lib/parse/python-scope.js
function isAugmented(tokens, t) {
	const eq = tokens[t];
	const prev = tokens[t - 1];
	if (!isOp(eq, "=") || prev?.type !== "op" || prev.end !== eq.start) return false;
	if ("+-*/%&|^@".includes(prev.value)) return true;
	const before = tokens[t - 2];
	return (prev.value === "<" || prev.value === ">") && before?.type === "op" && before.value === prev.value && before.end === prev.start;
}
var PyScope = class {
	statements;
	bindings = /* @__PURE__ */ new Map();
	constants = /* @__PURE__ */ new Map();
	aliases = /* @__PURE__ */ new Map();
	read_ = false;
	constructor(statements) {
		this.statements = statements;
	}
	ensureRead() {
		if (this.read_) return;
		this.read_ = true;
		for (const s of this.statements) this.read(s.tokens);
	}
	namesBoundTo(names) {
		this.ensureRead();
		const out = [];
		for (const [name, binding] of this.bindings) {
			const resolved = (binding.origins.size === 1 ? [...binding.origins][0] : void 0) ?? (this.aliases.has(name) ? this.qualified([name]) : void 0);
			if (resolved !== void 0 && resolved.split(".").some((part) => names.has(part))) out.push(name);
		}
		return out;
	}
	constant(name) {
		this.ensureRead();
		return this.bindings.get(name)?.count === 1 ? this.constants.get(name) : void 0;
	}
	isBound(name) {
		this.ensureRead();
		return this.bindings.has(name);
	}
	qualified(names, depth = 0) {
		this.ensureRead();
		const [head, ...rest] = names;
		if (head === void 0) return void 0;
		const binding = this.bindings.get(head);
		let base;
		if (binding === void 0) base = head === "__builtins__" ? "builtins" : head;
		else if (binding.origins.size === 1) base = [...binding.origins][0];
		if (base === void 0 && binding?.count === 1 && this.aliases.has(head) && depth < 8) base = this.qualified(this.aliases.get(head), depth + 1);
		if (base === void 0) return void 0;
		return [base, ...rest].join(".");
	}
	bind(name, origin) {
		let b = this.bindings.get(name);
		if (!b) this.bindings.set(name, b = {
			count: 0,
			origins: /* @__PURE__ */ new Set()
		});
		b.count += 1;
		b.origins.add(origin);
	}
	read(tokens) {
		const head = tokens[0];
		if (isName(head, "import")) return this.readImport(tokens);
		if (isName(head, "from")) return this.readFrom(tokens);
		if (isName(head, "def") && isName(tokens[1])) {
			this.bind(tokens[1].value);
			if (isOp(tokens[2], "(")) this.bindParameters(tokens, 3, closeBracket(tokens, 2));
		} else if (isName(head, "class") && isName(tokens[1])) this.bind(tokens[1].value);
		else if (isName(head, "async") && isName(tokens[1], "def") && isName(tokens[2])) {
			this.bind(tokens[2].value);
			if (isOp(tokens[3], "(")) this.bindParameters(tokens, 4, closeBracket(tokens, 3));
		} else if (isName(head, "global") || isName(head, "nonlocal") || isName(head, "del")) this.bindNames(tokens, 1, tokens.length);
		for (let t = 0; t < tokens.length; t += 1) {
			const tok = tokens[t];
			if (isName(tok, "for")) {
				let end = t + 1;
				while (end < tokens.length && !isName(tokens[end], "in")) end += 1;
				this.bindNames(tokens, t + 1, end);
			} else if (isName(tok, "as") && isName(tokens[t + 1])) this.bind(tokens[t + 1].value);
			else if (isName(tok, "lambda")) {
				let end = t + 1;
				while (end < tokens.length && !isOp(tokens[end], ":")) end = after(tokens, end);
				this.bindParameters(tokens, t + 1, end);
			} else if (tok.type === "name" && isOp(tokens[t + 1], ":") && isOp(tokens[t + 2], "=") && tokens[t + 2].start === tokens[t + 1].end) this.bind(tok.value);
		}
		this.readAssignment(tokens);
	}
	readAssignment(tokens) {
		const equals = [];
		let augmented = -1;
		for (let t = 0; t < tokens.length; t = after(tokens, t)) if (isAssignment(tokens, t)) equals.push(t);
		else if (augmented < 0 && equals.length === 0 && isAugmented(tokens, t)) augmented = t;
		if (equals.length === 0 && augmented < 0) return;
		const targetsEnd = equals.length > 0 ? equals[equals.length - 1] : augmented;
		let from = 0;
		for (const end of [...equals.filter((e) => e <= targetsEnd), ...equals.length === 0 ? [augmented] : []]) {
			let stop = end;
			for (let t = from; t < end; t = after(tokens, t)) if (isOp(tokens[t], ":")) stop = Math.min(stop, t);
			for (let t = from; t < stop; t += 1) {
				const tok = tokens[t];
				if (isOp(tok, "[") && t > from && (tokens[t - 1].type === "name" || isOp(tokens[t - 1], ")") || isOp(tokens[t - 1], "]"))) {
					t = closeBracket(tokens, t);
					continue;
				}
				if (tok.type !== "name" || isOp(tokens[t - 1], ".") || isOp(tokens[t + 1], ".") || isOp(tokens[t + 1], "(") || isOp(tokens[t + 1], "[")) continue;
				this.bind(tok.value);
			}
			from = end + 1;
		}
		if (!(equals.length === 1 && augmented < 0 && (equals[0] === 1 || isOp(tokens[1], ":") && equals[0] > 1) && isName(tokens[0]))) return;
		const name = tokens[0].value;
		const value = tokens.slice(equals[0] + 1);
		this.constants.set(name, value);
		if (value.length > 0 && isName(value[0])) {
			const chain = dottedChain(value, 0);
			if (chain.next === value.length) this.aliases.set(name, chain.names);
		}
	}
	bindParameters(tokens, from, to) {
		let first = true;
		for (let t = from; t < to && t < tokens.length; t = after(tokens, t)) {
			const tok = tokens[t];
			if (isOp(tok, ",")) first = true;
			else if (first && tok.type === "name") {
				this.bind(tok.value);
				first = false;
			} else if (!isOp(tok, "*") && !isOp(tok, "/")) first = false;
		}
	}
	bindNames(tokens, from, to) {
		for (let t = from; t < to && t < tokens.length; t += 1) {
			const tok = tokens[t];
			if (tok.type === "name" && !isOp(tokens[t - 1], ".") && ![
				"in",
				"not",
				"and",
				"or",
				"is",
				"if",
				"else",
				"None",
				"True",
				"False"
			].includes(tok.value)) this.bind(tok.value);
		}
	}
	readImport(tokens) {
		let j = 1;
		while (j < tokens.length) {
			if (!isName(tokens[j])) return;
			const chain = dottedChain(tokens, j);
			j = chain.next;
			if (isName(tokens[j], "as") && isName(tokens[j + 1])) {
				this.bind(tokens[j + 1].value, chain.names.join("."));
				j += 2;
			} else this.bind(chain.names[0], chain.names[0]);
			if (!isOp(tokens[j], ",")) return;
			j += 1;
		}
	}
	readFrom(tokens) {
		let j = 1;
		let relative = false;
		while (isOp(tokens[j], ".")) {
			relative = true;
			j += 1;
		}
		let module = "";
		if (isName(tokens[j]) && !isName(tokens[j], "import")) {
			const chain = dottedChain(tokens, j);
			module = chain.names.join(".");
			j = chain.next;
		}
		if (!isName(tokens[j], "import")) return;
		for (let t = j + 1; t < tokens.length; t += 1) {
			const tok = tokens[t];
			if (tok.type !== "name" || tok.value === "as" || isName(tokens[t - 1], "as")) continue;
			const local = isName(tokens[t + 1], "as") && isName(tokens[t + 2]) ? tokens[t + 2].value : tok.value;
			this.bind(local, relative || module === "" ? void 0 : `${module}.${tok.value}`);
		}
	}
};
// packages/boundaries/lib/parse/python-imports.js
const MAX_CODE_DEPTH = 3;
function parsePythonImports(path, source) {
	return parsePython(path, source, 0);
}
function parsePython(path, source, depth) {
	const statements = pythonStatements(source, isDeclarationFile(path));
	const scope = new PyScope(statements);
	const loads = new PyLoads(source, scope, new PyFolder(source, scope, path), path, (code) => depth < MAX_CODE_DEPTH ? parsePython(path, code, depth + 1) : void 0);
	const drafts = [];
	const relevant = PyLoads.relevant(statements);
	for (const statement of statements) for (const draft of [...statementImports(statement.tokens), ...relevant ? loads.statement(statement) : []]) {
		draft.typeOnly ||= statement.typeOnly;
		drafts.push({
			draft,
			moduleLevel: statement.moduleLevel
		});
	}
	const lines = new LineIndex(source);
	const records = /* @__PURE__ */ new Map();
	for (const { draft, moduleLevel } of drafts) {
		const { token, bound, aliasName: _n, aliasDraft: _d, ...rest } = draft;
		const record = {
			...rest,
			line: lines.lineOf(token.start)
		};
		if (moduleLevel && bound && bound.length > 0 && !record.typeOnly) record.reexports = reexportsOf(draft, bound);
		records.set(draft, record);
	}
	for (const { draft } of drafts) {
		const origin = draft.aliasDraft ?? (draft.aliasName !== void 0 ? drafts.find((d) => d.draft.bound?.includes(draft.aliasName))?.draft : void 0);
		if (origin) records.get(draft).aliasOf = records.get(origin);
		else if (draft.kind === "python-module-alias") records.delete(draft);
	}
	return [...records.values()];
}
function reexportsOf(draft, bound) {
	if (draft.kind === "python-from-import") return bound.map((as, k) => ({
		as,
		name: as === "*" ? "*" : (draft.names ?? [])[k] ?? as
	}));
	return bound.map((as) => ({
		as,
		name: "*"
	}));
}
function statementImports(statement) {
	const head = statement[0];
	if (isName(head, "import")) {
		const out = [];
		let j = 1;
		while (j < statement.length && isName(statement[j])) {
			const dotted = dottedChain(statement, j);
			j = dotted.next;
			let bound = dotted.names[0];
			if (isName(statement[j], "as") && isName(statement[j + 1])) {
				bound = statement[j + 1].value;
				j += 2;
			}
			out.push({
				kind: "python-import",
				specifier: dotted.names.join("."),
				typeOnly: false,
				token: head,
				bound: [bound]
			});
			if (!isOp(statement[j], ",")) break;
			j += 1;
		}
		return out;
	}
	if (isName(head, "from")) {
		let j = 1;
		let dots = "";
		while (isOp(statement[j], ".")) {
			dots += ".";
			j += 1;
		}
		let module = "";
		if (isName(statement[j]) && !isName(statement[j], "import")) {
			const dotted = dottedChain(statement, j);
			module = dotted.names.join(".");
			j = dotted.next;
		}
		if (!isName(statement[j], "import") || dots === "" && module === "") return [];
		if (module === "__future__") return [];
		const pairs = importedPairs(statement.slice(j + 1));
		return [{
			kind: "python-from-import",
			specifier: dots + module,
			names: pairs.map((p) => p.name),
			typeOnly: false,
			token: head,
			bound: pairs.map((p) => p.as)
		}];
	}
	return [];
}
function importedPairs(clause) {
	const pairs = [];
	for (let k = 0; k < clause.length; k += 1) {
		const t = clause[k];
		if (isOp(t, "*")) pairs.push({
			name: "*",
			as: "*"
		});
		else if (t.type === "name" && t.value !== "as" && !isName(clause[k - 1], "as")) pairs.push({
			name: t.value,
			as: isName(clause[k + 1], "as") && isName(clause[k + 2]) ? clause[k + 2].value : t.value
		});
	}
	return pairs;
}
// packages/boundaries/lib/parse/parse-imports.js
function parseImports(path, source) {
	switch (languageOf(path)) {
		case "typescript": return parseJsImports(path, source);
		case "python": return parsePythonImports(path, source);
		case "go": return parseGoImports(source);
		default: return [];
	}
}
var ChainFollower = class {
	snapshot;
	resolver;
	rules;
	changed;
	parsed = /* @__PURE__ */ new Map();
	constructor(snapshot, resolver, rules, changed) {
		this.snapshot = snapshot;
		this.resolver = resolver;
		this.rules = rules;
		this.changed = changed;
	}
	followable(target) {
		if (target.kind !== "file" && target.kind !== "dir") return false;
		if (this.rules.contextsOf(target, this.resolver.tree).length > 0) return false;
		return target.kind === "dir" || languageOf(target.path) !== void 0;
	}
	async follow(target, record) {
		return this.step(target, namesFor(target, record, record.names), [], /* @__PURE__ */ new Set());
	}
	async step(target, names, via, seen) {
		const files = await this.filesOf(target);
		const ends = [];
		for (const { path, all } of files) {
			const key = `${path}\0${all || names === void 0 ? "*" : [...names].sort().join(",")}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const chain = [...via, path];
			if (chain.length > 24) {
				ends.push({
					computed: {
						path,
						record: {
							kind: "require",
							expression: `a chain of more than 24 files`,
							line: 1,
							typeOnly: false
						}
					},
					via: chain
				});
				continue;
			}
			const records = await this.records(path);
			if (!records) continue;
			for (const record of records) {
				if (SEARCH_PATH_KINDS.has(record.kind) || record.typeOnly && this.rules.typeOnlyImports === "allow") continue;
				const next = all ? { names: record.names } : handedOn(record, names);
				if (next === void 0) continue;
				if (record.specifier === void 0) {
					if (all) ends.push({
						computed: {
							path,
							record
						},
						via: chain
					});
					continue;
				}
				for (const to of await this.resolver.resolve(path, record)) if (this.followable(to)) ends.push(...await this.step(to, namesFor(to, record, next.names), chain, seen));
				else ends.push({
					target: to,
					via: chain
				});
			}
		}
		return ends;
	}
	async filesOf(target) {
		if (target.kind === "file") return [{
			path: target.path,
			all: this.changed.has(target.path)
		}];
		if (target.kind !== "dir") return [];
		const direct = this.resolver.tree.filesIn(target.path, false);
		const goFiles = direct.filter((p) => p.endsWith(".go") && !p.endsWith("_test.go"));
		if (goFiles.length > 0) return goFiles.some((p) => this.changed.has(p)) ? goFiles.map((path) => ({
			path,
			all: true
		})) : [];
		if (direct.some((p) => p.endsWith("/package.json"))) {
			const entry = await this.resolver.packageEntry(target.path);
			return entry?.kind === "file" && !this.rules.contextsOf(entry, this.resolver.tree).length ? [{
				path: entry.path,
				all: this.changed.has(entry.path)
			}] : [];
		}
		return [];
	}
	records(path) {
		let cached = this.parsed.get(path);
		if (!cached) {
			cached = this.snapshot.read([path]).then((texts) => {
				const text = texts.get(path);
				return text === void 0 ? void 0 : parseImports(path, text);
			});
			this.parsed.set(path, cached);
		}
		return cached;
	}
};
function handedOn(record, names) {
	const matching = (record.reexports ?? []).filter((r) => names === void 0 || r.as === "*" || names.includes(r.as));
	if (matching.length === 0) return void 0;
	const taken = /* @__PURE__ */ new Set();
	for (const r of matching) {
		if (r.name === "*" && (r.as !== "*" || names === void 0)) return { names: void 0 };
		if (r.name === "*") names.forEach((n) => taken.add(n));
		else taken.add(r.name);
	}
	return { names: [...taken] };
}
function namesFor(target, record, names) {
	if (target.kind !== "file" || record.names === void 0) return names;
	const stem = target.path.replace(/\/__init__\.pyi?$/, "").replace(/\.[^/.]+$/, "");
	const last = stem.slice(stem.lastIndexOf("/") + 1);
	return record.names.includes(last) && languageOf(target.path) === "python" && !record.specifier?.endsWith(last) ? void 0 : names;
}
// packages/boundaries/lib/file-edges.js
function computedKey(load) {
	return load.through ? `${load.through.path}\0${load.through.record.expression ?? ""}` : load.record.expression ?? "";
}
async function fileEdges(path, source, from, rules, resolver, chains, mapTargetPath = (p) => p) {
	const records = parseImports(path, source).filter((r) => !SEARCH_PATH_KINDS.has(r.kind));
	const result = {
		edges: [],
		computed: [],
		imports: records.length,
		typeOnlySkipped: 0
	};
	for (const record of records) {
		if (record.typeOnly && rules.typeOnlyImports === "allow") {
			result.typeOnlySkipped += 1;
			continue;
		}
		if (record.specifier === void 0) {
			result.computed.push({ record });
			continue;
		}
		const keys = /* @__PURE__ */ new Set();
		const judge = (target, via) => {
			const contexts = rules.contextsOf(target, resolver.tree);
			const judgement = rules.judge(from, target, contexts);
			if (judgement.otherContexts.length === 0 && judgement.violations.length === 0) return;
			const key = `${from}\u2192${targetKey(target.kind === "module" ? target : {
				...target,
				path: mapTargetPath(target.path)
			})}`;
			if (keys.has(key)) return;
			keys.add(key);
			result.edges.push({
				path,
				line: record.line,
				record,
				from,
				target,
				...via ? { via } : {},
				judgement,
				key
			});
		};
		for (const target of await resolver.resolve(path, record)) {
			judge(target);
			if (!chains.followable(target)) continue;
			for (const end of await chains.follow(target, record)) if ("computed" in end) result.computed.push({
				record,
				through: {
					...end.computed,
					via: end.via
				}
			});
			else judge(end.target, end.via);
		}
	}
	return result;
}
// packages/boundaries/lib/messages.js
function clip(text, max = 160) {
	const line = text.replace(/[\r\n\u2028\u2029]+/g, " ");
	return line.length > max ? `${line.slice(0, max)}\u2026` : line;
}
function targetText(target) {
	switch (target.kind) {
		case "module": return `module '${target.name}'`;
		case "dir": return `package ${target.path}/`;
		case "unresolved": return `${target.path} (not found)`;
		case "file": return target.path;
	}
}
function loadText(record) {
	if (record.typeOnly) return "type-only import";
	if (record.evaluated) return `import in code run from a string (${clip(record.call ?? "eval", 60)})`;
	return record.call !== void 0 ? clip(record.call, 60) : "import";
}
function importText(edge) {
	const through = edge.via && edge.via.length > 0 ? `, through ${clip(edge.via.join(" \u2192 "))}, outside every context` : "";
	return `${loadText(edge.record)} of '${clip(edge.record.specifier ?? "")}' (${clip(targetText(edge.target))}${through})`;
}
function edgeText(edge, violation) {
	return violation.reason === "forbid" ? `the policy forbids context '${edge.from}' \u2192 '${violation.to}'` : `context '${edge.from}' \u2192 context '${violation.to}' is not an allowed edge`;
}
function forbiddenImportMessage(edge, violation) {
	return `New ${importText(edge)}: ${edgeText(edge, violation)}. Instead: ${violation.instead}`;
}
function existingForbiddenImportMessage(edge, violation) {
	return `Existing ${importText(edge)}: ${edgeText(edge, violation)}; it was already there at the merge base, so it does not fail this change.`;
}
function newLineOfExistingEdgeMessage(edge, violation) {
	return `New ${importText(edge)} on an edge that already existed at the merge base: ${edgeText(edge, violation)}. The edge is not new, so this line does not fail the change, but it adds to a dependency the policy does not allow. Instead: ${violation.instead}`;
}
function computedImportMessage(load) {
	const fix = "load a literal module path (or a constant the guard can compute: a string, a const, path.join of __dirname), or a map of literal imports to choose from.";
	if (load.through) {
		const { path, record, via } = load.through;
		return `The import of '${clip(load.record.specifier ?? "")}' reaches ${clip(via.join(" \u2192 "))} (outside every context), where ${handsOnLoader(record) ? clip(record.expression ?? "") : callText(record)} on line ${record.line} of ${clip(path)} ${handsOnLoader(record) ? "hands on a module loader" : "computes its module at run time"}: the guard cannot tell which context it reaches. In ${clip(path)}, ${fix}`;
	}
	if (handsOnLoader(load.record)) return `${clip(load.record.expression ?? "")} hands on a module loader (${clip(load.record.call ?? "", 60)}) that the guard cannot follow to what it loads: call require, import() or createRequire(import.meta.url) directly, with a literal module path.`;
	return `${callText(load.record)} computes its module at run time, so the boundary rules cannot check where it leads: ${fix}`;
}
function handsOnLoader(record) {
	return /\((?:passed on as a value|destructured)\)$|\[\u2026\]$/.test(record.call ?? "");
}
function callText(record) {
	const call = record.call ?? (record.kind === "require" ? "require" : record.kind === "dynamic-import" ? "import" : "import_module");
	return call.includes("(") ? clip(call, 60) : `${clip(call, 60)}(${clip(record.expression ?? "")})`;
}
function computedSearchPathMessage(record) {
	const what = record.kind === "python-module-alias" ? "stores an imported module under a name computed at run time" : "adds a folder computed at run time to where imports are searched";
	return `${callText(record)} ${what}, so the guard cannot tell what later imports find, in any context. Use a constant path (a string, or os.path/pathlib of __file__) or, better, an installed package or a relative import.`;
}
function noContextsMessage(policyPath) {
	return `No bounded contexts are declared (boundaries.contexts in ${policyPath}), so no import was checked.`;
}
// packages/boundaries/lib/resolve/go-resolver.js
function goModulePath(goMod) {
	for (const raw of goMod.split("\n")) {
		const line = raw.replace(/\/\/.*$/, "").trim();
		const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
		if (match) return match[2] ?? match[3] ?? match[4];
	}
}
function goLocalReplaces(text, dir) {
	const out = /* @__PURE__ */ new Map();
	let inBlock = false;
	for (const raw of text.split("\n")) {
		const line = raw.replace(/\/\/.*$/, "").trim();
		if (/^replace\s*\($/.test(line)) {
			inBlock = true;
			continue;
		}
		if (inBlock && line === ")") {
			inBlock = false;
			continue;
		}
		const body = inBlock ? line : /^replace\s+(.*)$/.exec(line)?.[1];
		const match = body === void 0 ? null : /^("?)([^\s"]+)\1(?:\s+\S+)?\s*=>\s*("?)([^\s"]+)\3\s*$/.exec(body);
		if (!match || !/^\.\.?(?:\/|$)/.test(match[4])) continue;
		const folder = joinRepoPath(dir, match[4]);
		if (folder !== void 0) out.set(match[2], folder);
	}
	return out;
}
var GoResolver = class {
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
		const own = modules.filter((m) => m.root === "" || fromPath.startsWith(`${m.root}/`)).sort((a, b) => b.root.length - a.root.length)[0];
		if (own && own.modulePath === void 0) throw new ConfigurationError(`has no 'module' line at ${this.snapshot.label.slice(0, 12)}, so imports inside the module cannot be resolved.`, {
			file: own.goModPath,
			field: "module",
			fix: "add the module directive (e.g. 'module example.com/service')."
		});
		const replaced = [...own?.replaces ?? [], ...this.workspaceReplaces ?? []].filter(([path]) => importPath === path || importPath.startsWith(`${path}/`)).sort((a, b) => b[0].length - a[0].length)[0];
		if (replaced) {
			const rest = importPath.slice(replaced[0].length + 1);
			const dir = rest === "" ? replaced[1] : replaced[1] === "" ? rest : `${replaced[1]}/${rest}`;
			return this.tree.hasDir(dir) ? {
				kind: "dir",
				path: dir,
				recursive: false
			} : {
				kind: "unresolved",
				path: dir
			};
		}
		let best;
		for (const m of modules) {
			if (m.modulePath === void 0) continue;
			if (importPath !== m.modulePath && !importPath.startsWith(`${m.modulePath}/`)) continue;
			if (!best || m.modulePath.length > best.modulePath.length) best = m;
		}
		if (!best) return {
			kind: "module",
			name: importPath
		};
		const rest = importPath.slice(best.modulePath.length + 1);
		const dir = best.root === "" ? rest : rest === "" ? best.root : `${best.root}/${rest}`;
		return this.tree.hasDir(dir) ? {
			kind: "dir",
			path: dir,
			recursive: false
		} : {
			kind: "unresolved",
			path: dir
		};
	}
	load() {
		this.modules ??= (async () => {
			const paths = this.tree.filesNamed("go.mod").filter((p) => !isUnder(p, ["vendor", "testdata"]));
			const texts = await this.snapshot.read([...paths, "go.work"]);
			const work = texts.get("go.work");
			if (work !== void 0) this.workspaceReplaces = goLocalReplaces(work, "");
			return paths.map((goModPath) => {
				const text = texts.get(goModPath);
				const modulePath = text === void 0 ? void 0 : goModulePath(text);
				if (modulePath === void 0) this.logger.warning(`${goModPath} has no module directive.`);
				return {
					root: parentDir(goModPath),
					goModPath,
					modulePath,
					replaces: text === void 0 ? /* @__PURE__ */ new Map() : goLocalReplaces(text, parentDir(goModPath))
				};
			});
		})();
		return this.modules;
	}
};
// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
	const len = text.length;
	let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
	function scanHexDigits(count, exact) {
		let digits = 0;
		let value = 0;
		while (digits < count || !exact) {
			let ch = text.charCodeAt(pos);
			if (ch >= 48 && ch <= 57) value = value * 16 + ch - 48;
			else if (ch >= 65 && ch <= 70) value = value * 16 + ch - 65 + 10;
			else if (ch >= 97 && ch <= 102) value = value * 16 + ch - 97 + 10;
			else break;
			pos++;
			digits++;
		}
		if (digits < count) value = -1;
		return value;
	}
	function setPosition(newPosition) {
		pos = newPosition;
		value = "";
		tokenOffset = 0;
		token = 16;
		scanError = 0;
	}
	function scanNumber() {
		let start = pos;
		if (text.charCodeAt(pos) === 48) pos++;
		else {
			pos++;
			while (pos < text.length && isDigit$1(text.charCodeAt(pos))) pos++;
		}
		if (pos < text.length && text.charCodeAt(pos) === 46) {
			pos++;
			if (pos < text.length && isDigit$1(text.charCodeAt(pos))) {
				pos++;
				while (pos < text.length && isDigit$1(text.charCodeAt(pos))) pos++;
			} else {
				scanError = 3;
				return text.substring(start, pos);
			}
		}
		let end = pos;
		if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
			pos++;
			if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) pos++;
			if (pos < text.length && isDigit$1(text.charCodeAt(pos))) {
				pos++;
				while (pos < text.length && isDigit$1(text.charCodeAt(pos))) pos++;
				end = pos;
			} else scanError = 3;
		}
		return text.substring(start, end);
	}
	function scanString() {
		let result = "", start = pos;
		while (true) {
			if (pos >= len) {
				result += text.substring(start, pos);
				scanError = 2;
				break;
			}
			const ch = text.charCodeAt(pos);
			if (ch === 34) {
				result += text.substring(start, pos);
				pos++;
				break;
			}
			if (ch === 92) {
				result += text.substring(start, pos);
				pos++;
				if (pos >= len) {
					scanError = 2;
					break;
				}
				switch (text.charCodeAt(pos++)) {
					case 34:
						result += "\"";
						break;
					case 92:
						result += "\\";
						break;
					case 47:
						result += "/";
						break;
					case 98:
						result += "\b";
						break;
					case 102:
						result += "\f";
						break;
					case 110:
						result += "\n";
						break;
					case 114:
						result += "\r";
						break;
					case 116:
						result += "	";
						break;
					case 117:
						const ch3 = scanHexDigits(4, true);
						if (ch3 >= 0) result += String.fromCharCode(ch3);
						else scanError = 4;
						break;
					default: scanError = 5;
				}
				start = pos;
				continue;
			}
			if (ch >= 0 && ch <= 31) {
				if (isLineBreak(ch)) {
					result += text.substring(start, pos);
					scanError = 2;
					break;
				} else scanError = 6;
			}
			pos++;
		}
		return result;
	}
	function scanNext() {
		value = "";
		scanError = 0;
		tokenOffset = pos;
		lineStartOffset = lineNumber;
		prevTokenLineStartOffset = tokenLineStartOffset;
		if (pos >= len) {
			tokenOffset = len;
			return token = 17;
		}
		let code = text.charCodeAt(pos);
		if (isWhiteSpace(code)) {
			do {
				pos++;
				value += String.fromCharCode(code);
				code = text.charCodeAt(pos);
			} while (isWhiteSpace(code));
			return token = 15;
		}
		if (isLineBreak(code)) {
			pos++;
			value += String.fromCharCode(code);
			if (code === 13 && text.charCodeAt(pos) === 10) {
				pos++;
				value += "\n";
			}
			lineNumber++;
			tokenLineStartOffset = pos;
			return token = 14;
		}
		switch (code) {
			case 123:
				pos++;
				return token = 1;
			case 125:
				pos++;
				return token = 2;
			case 91:
				pos++;
				return token = 3;
			case 93:
				pos++;
				return token = 4;
			case 58:
				pos++;
				return token = 6;
			case 44:
				pos++;
				return token = 5;
			case 34:
				pos++;
				value = scanString();
				return token = 10;
			case 47:
				const start = pos - 1;
				if (text.charCodeAt(pos + 1) === 47) {
					pos += 2;
					while (pos < len) {
						if (isLineBreak(text.charCodeAt(pos))) break;
						pos++;
					}
					value = text.substring(start, pos);
					return token = 12;
				}
				if (text.charCodeAt(pos + 1) === 42) {
					pos += 2;
					const safeLength = len - 1;
					let commentClosed = false;
					while (pos < safeLength) {
						const ch = text.charCodeAt(pos);
						if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
							pos += 2;
							commentClosed = true;
							break;
						}
						pos++;
						if (isLineBreak(ch)) {
							if (ch === 13 && text.charCodeAt(pos) === 10) pos++;
							lineNumber++;
							tokenLineStartOffset = pos;
						}
					}
					if (!commentClosed) {
						pos++;
						scanError = 1;
					}
					value = text.substring(start, pos);
					return token = 13;
				}
				value += String.fromCharCode(code);
				pos++;
				return token = 16;
			case 45:
				value += String.fromCharCode(code);
				pos++;
				if (pos === len || !isDigit$1(text.charCodeAt(pos))) return token = 16;
			case 48:
			case 49:
			case 50:
			case 51:
			case 52:
			case 53:
			case 54:
			case 55:
			case 56:
			case 57:
				value += scanNumber();
				return token = 11;
			default:
				while (pos < len && isUnknownContentCharacter(code)) {
					pos++;
					code = text.charCodeAt(pos);
				}
				if (tokenOffset !== pos) {
					value = text.substring(tokenOffset, pos);
					switch (value) {
						case "true": return token = 8;
						case "false": return token = 9;
						case "null": return token = 7;
					}
					return token = 16;
				}
				value += String.fromCharCode(code);
				pos++;
				return token = 16;
		}
	}
	function isUnknownContentCharacter(code) {
		if (isWhiteSpace(code) || isLineBreak(code)) return false;
		switch (code) {
			case 125:
			case 93:
			case 123:
			case 91:
			case 34:
			case 58:
			case 44:
			case 47: return false;
		}
		return true;
	}
	function scanNextNonTrivia() {
		let result;
		do
			result = scanNext();
		while (result >= 12 && result <= 15);
		return result;
	}
	return {
		setPosition,
		getPosition: () => pos,
		scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
		getToken: () => token,
		getTokenValue: () => value,
		getTokenOffset: () => tokenOffset,
		getTokenLength: () => pos - tokenOffset,
		getTokenStartLine: () => lineStartOffset,
		getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
		getTokenError: () => scanError
	};
}
function isWhiteSpace(ch) {
	return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
	return ch === 10 || ch === 13;
}
function isDigit$1(ch) {
	return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes) {
	CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
	CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
	CharacterCodes[CharacterCodes["space"] = 32] = "space";
	CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
	CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
	CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
	CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
	CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
	CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
	CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
	CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
	CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
	CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
	CharacterCodes[CharacterCodes["a"] = 97] = "a";
	CharacterCodes[CharacterCodes["b"] = 98] = "b";
	CharacterCodes[CharacterCodes["c"] = 99] = "c";
	CharacterCodes[CharacterCodes["d"] = 100] = "d";
	CharacterCodes[CharacterCodes["e"] = 101] = "e";
	CharacterCodes[CharacterCodes["f"] = 102] = "f";
	CharacterCodes[CharacterCodes["g"] = 103] = "g";
	CharacterCodes[CharacterCodes["h"] = 104] = "h";
	CharacterCodes[CharacterCodes["i"] = 105] = "i";
	CharacterCodes[CharacterCodes["j"] = 106] = "j";
	CharacterCodes[CharacterCodes["k"] = 107] = "k";
	CharacterCodes[CharacterCodes["l"] = 108] = "l";
	CharacterCodes[CharacterCodes["m"] = 109] = "m";
	CharacterCodes[CharacterCodes["n"] = 110] = "n";
	CharacterCodes[CharacterCodes["o"] = 111] = "o";
	CharacterCodes[CharacterCodes["p"] = 112] = "p";
	CharacterCodes[CharacterCodes["q"] = 113] = "q";
	CharacterCodes[CharacterCodes["r"] = 114] = "r";
	CharacterCodes[CharacterCodes["s"] = 115] = "s";
	CharacterCodes[CharacterCodes["t"] = 116] = "t";
	CharacterCodes[CharacterCodes["u"] = 117] = "u";
	CharacterCodes[CharacterCodes["v"] = 118] = "v";
	CharacterCodes[CharacterCodes["w"] = 119] = "w";
	CharacterCodes[CharacterCodes["x"] = 120] = "x";
	CharacterCodes[CharacterCodes["y"] = 121] = "y";
	CharacterCodes[CharacterCodes["z"] = 122] = "z";
	CharacterCodes[CharacterCodes["A"] = 65] = "A";
	CharacterCodes[CharacterCodes["B"] = 66] = "B";
	CharacterCodes[CharacterCodes["C"] = 67] = "C";
	CharacterCodes[CharacterCodes["D"] = 68] = "D";
	CharacterCodes[CharacterCodes["E"] = 69] = "E";
	CharacterCodes[CharacterCodes["F"] = 70] = "F";
	CharacterCodes[CharacterCodes["G"] = 71] = "G";
	CharacterCodes[CharacterCodes["H"] = 72] = "H";
	CharacterCodes[CharacterCodes["I"] = 73] = "I";
	CharacterCodes[CharacterCodes["J"] = 74] = "J";
	CharacterCodes[CharacterCodes["K"] = 75] = "K";
	CharacterCodes[CharacterCodes["L"] = 76] = "L";
	CharacterCodes[CharacterCodes["M"] = 77] = "M";
	CharacterCodes[CharacterCodes["N"] = 78] = "N";
	CharacterCodes[CharacterCodes["O"] = 79] = "O";
	CharacterCodes[CharacterCodes["P"] = 80] = "P";
	CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
	CharacterCodes[CharacterCodes["R"] = 82] = "R";
	CharacterCodes[CharacterCodes["S"] = 83] = "S";
	CharacterCodes[CharacterCodes["T"] = 84] = "T";
	CharacterCodes[CharacterCodes["U"] = 85] = "U";
	CharacterCodes[CharacterCodes["V"] = 86] = "V";
	CharacterCodes[CharacterCodes["W"] = 87] = "W";
	CharacterCodes[CharacterCodes["X"] = 88] = "X";
	CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
	CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
	CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
	CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
	CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
	CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
	CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
	CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
	CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
	CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
	CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
	CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
	CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
	CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
	CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
	CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
	CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));
new Array(20).fill(0).map((_, index) => {
	return " ".repeat(index);
});
const maxCachedValues = 200;
new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\n" + " ".repeat(index);
}), new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\r" + " ".repeat(index);
}), new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\r\n" + " ".repeat(index);
}), new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\n" + "	".repeat(index);
}), new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\r" + "	".repeat(index);
}), new Array(maxCachedValues).fill(0).map((_, index) => {
	return "\r\n" + "	".repeat(index);
});
// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions) {
	ParseOptions.DEFAULT = { allowTrailingComma: false };
})(ParseOptions || (ParseOptions = {}));
function parse$2(text, errors = [], options = ParseOptions.DEFAULT) {
	let currentProperty = null;
	let currentParent = [];
	const previousParents = [];
	function onValue(value) {
		if (Array.isArray(currentParent)) currentParent.push(value);
		else if (currentProperty !== null) currentParent[currentProperty] = value;
	}
	visit(text, {
		onObjectBegin: () => {
			const object = {};
			onValue(object);
			previousParents.push(currentParent);
			currentParent = object;
			currentProperty = null;
		},
		onObjectProperty: (name) => {
			currentProperty = name;
		},
		onObjectEnd: () => {
			currentParent = previousParents.pop();
		},
		onArrayBegin: () => {
			const array = [];
			onValue(array);
			previousParents.push(currentParent);
			currentParent = array;
			currentProperty = null;
		},
		onArrayEnd: () => {
			currentParent = previousParents.pop();
		},
		onLiteralValue: onValue,
		onError: (error, offset, length) => {
			errors.push({
				error,
				offset,
				length
			});
		}
	}, options);
	return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
	const _scanner = createScanner(text, false);
	const _jsonPath = [];
	let suppressedCallbacks = 0;
	function toNoArgVisit(visitFunction) {
		return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
	}
	function toOneArgVisit(visitFunction) {
		return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
	}
	function toOneArgVisitWithPath(visitFunction) {
		return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
	}
	function toBeginVisit(visitFunction) {
		return visitFunction ? () => {
			if (suppressedCallbacks > 0) suppressedCallbacks++;
			else if (visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) === false) suppressedCallbacks = 1;
		} : () => true;
	}
	function toEndVisit(visitFunction) {
		return visitFunction ? () => {
			if (suppressedCallbacks > 0) suppressedCallbacks--;
			if (suppressedCallbacks === 0) visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
		} : () => true;
	}
	const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
	const disallowComments = options && options.disallowComments;
	const allowTrailingComma = options && options.allowTrailingComma;
	function scanNext() {
		while (true) {
			const token = _scanner.scan();
			switch (_scanner.getTokenError()) {
				case 4:
					handleError(14);
					break;
				case 5:
					handleError(15);
					break;
				case 3:
					handleError(13);
					break;
				case 1:
					if (!disallowComments) handleError(11);
					break;
				case 2:
					handleError(12);
					break;
				case 6: handleError(16);
			}
			switch (token) {
				case 12:
				case 13:
					if (disallowComments) handleError(10);
					else onComment();
					break;
				case 16:
					handleError(1);
					break;
				case 15:
				case 14: break;
				default: return token;
			}
		}
	}
	function handleError(error, skipUntilAfter = [], skipUntil = []) {
		onError(error);
		if (skipUntilAfter.length + skipUntil.length > 0) {
			let token = _scanner.getToken();
			while (token !== 17) {
				if (skipUntilAfter.indexOf(token) !== -1) {
					scanNext();
					break;
				} else if (skipUntil.indexOf(token) !== -1) break;
				token = scanNext();
			}
		}
	}
	function parseString(isValue) {
		const value = _scanner.getTokenValue();
		if (isValue) onLiteralValue(value);
		else {
			onObjectProperty(value);
			_jsonPath.push(value);
		}
		scanNext();
		return true;
	}
	function parseLiteral() {
		switch (_scanner.getToken()) {
			case 11:
				const tokenValue = _scanner.getTokenValue();
				let value = Number(tokenValue);
				if (isNaN(value)) {
					handleError(2);
					value = 0;
				}
				onLiteralValue(value);
				break;
			case 7:
				onLiteralValue(null);
				break;
			case 8:
				onLiteralValue(true);
				break;
			case 9:
				onLiteralValue(false);
				break;
			default: return false;
		}
		scanNext();
		return true;
	}
	function parseProperty() {
		if (_scanner.getToken() !== 10) {
			handleError(3, [], [2, 5]);
			return false;
		}
		parseString(false);
		if (_scanner.getToken() === 6) {
			onSeparator(":");
			scanNext();
			if (!parseValue()) handleError(4, [], [2, 5]);
		} else handleError(5, [], [2, 5]);
		_jsonPath.pop();
		return true;
	}
	function parseObject() {
		onObjectBegin();
		scanNext();
		let needsComma = false;
		while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
			if (_scanner.getToken() === 5) {
				if (!needsComma) handleError(4, [], []);
				onSeparator(",");
				scanNext();
				if (_scanner.getToken() === 2 && allowTrailingComma) break;
			} else if (needsComma) handleError(6, [], []);
			if (!parseProperty()) handleError(4, [], [2, 5]);
			needsComma = true;
		}
		onObjectEnd();
		if (_scanner.getToken() !== 2) handleError(7, [2], []);
		else scanNext();
		return true;
	}
	function parseArray() {
		onArrayBegin();
		scanNext();
		let isFirstElement = true;
		let needsComma = false;
		while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
			if (_scanner.getToken() === 5) {
				if (!needsComma) handleError(4, [], []);
				onSeparator(",");
				scanNext();
				if (_scanner.getToken() === 4 && allowTrailingComma) break;
			} else if (needsComma) handleError(6, [], []);
			if (isFirstElement) {
				_jsonPath.push(0);
				isFirstElement = false;
			} else _jsonPath[_jsonPath.length - 1]++;
			if (!parseValue()) handleError(4, [], [4, 5]);
			needsComma = true;
		}
		onArrayEnd();
		if (!isFirstElement) _jsonPath.pop();
		if (_scanner.getToken() !== 4) handleError(8, [4], []);
		else scanNext();
		return true;
	}
	function parseValue() {
		switch (_scanner.getToken()) {
			case 3: return parseArray();
			case 1: return parseObject();
			case 10: return parseString(true);
			default: return parseLiteral();
		}
	}
	scanNext();
	if (_scanner.getToken() === 17) {
		if (options.allowEmptyContent) return true;
		handleError(4, [], []);
		return false;
	}
	if (!parseValue()) {
		handleError(4, [], []);
		return false;
	}
	if (_scanner.getToken() !== 17) handleError(9, [], []);
	return true;
}
// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError) {
	ScanError[ScanError["None"] = 0] = "None";
	ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
	ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
	ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
	ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
	ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
	ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind) {
	SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
	SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
	SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
	SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
	SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
	SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
	SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
	SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
	SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
	SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
	SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
	SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
	SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
	SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
	SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
	SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
	SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
const parse$1 = parse$2;
var ParseErrorCode;
(function(ParseErrorCode) {
	ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
	ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
	ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
	ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
	ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
	ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
	ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
	ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
	ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
	ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
	ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
	ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
	ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
	ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
	ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
	ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
	switch (code) {
		case 1: return "InvalidSymbol";
		case 2: return "InvalidNumberFormat";
		case 3: return "PropertyNameExpected";
		case 4: return "ValueExpected";
		case 5: return "ColonExpected";
		case 6: return "CommaExpected";
		case 7: return "CloseBraceExpected";
		case 8: return "CloseBracketExpected";
		case 9: return "EndOfFileExpected";
		case 10: return "InvalidCommentToken";
		case 11: return "UnexpectedEndOfComment";
		case 12: return "UnexpectedEndOfString";
		case 13: return "UnexpectedEndOfNumber";
		case 14: return "InvalidUnicode";
		case 15: return "InvalidEscapeCharacter";
		case 16: return "InvalidCharacter";
	}
	return "<unknown ParseErrorCode>";
}
// packages/boundaries/lib/resolve/tsconfig.js
const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
var TsconfigReader = class {
	snapshot;
	tree;
	logger;
	raw = /* @__PURE__ */ new Map();
	aliases = /* @__PURE__ */ new Map();
	constructor(snapshot, tree, logger) {
		this.snapshot = snapshot;
		this.tree = tree;
		this.logger = logger;
	}
	forFile(path) {
		const config = this.nearestConfig(parentDir(path));
		return config === void 0 ? Promise.resolve(void 0) : this.aliasesOf(config);
	}
	nearestConfig(dir) {
		let current = dir;
		for (;;) {
			for (const name of CONFIG_NAMES) {
				const candidate = current === "" ? name : `${current}/${name}`;
				if (this.tree.hasFile(candidate)) return candidate;
			}
			if (current === "") return void 0;
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
			for (const ref of options.references) {
				const referenced = await this.aliasesOf(ref);
				if (referenced && referenced.paths.length > 0) return referenced;
			}
			return options.baseUrl === void 0 ? void 0 : {
				configPath,
				baseUrl: options.baseUrl,
				paths: []
			};
		}
		const base = options.baseUrl ?? options.pathsBase ?? parentDir(configPath);
		const leafDir = parentDir(configPath);
		const paths = Object.entries(options.paths).map(([pattern, targets]) => ({
			pattern,
			targets: targets.map((t) => resolveOption(t, base, leafDir)).filter((t) => t !== void 0)
		}));
		return {
			configPath,
			...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
			paths
		};
	}
	async effective(configPath, leafDir, chain) {
		if (chain.includes(configPath)) throw new ConfigurationError(`'extends' forms a cycle: ${[...chain, configPath].join(" \u2192 ")}.`, {
			file: configPath,
			field: "extends",
			fix: "remove the cycle so the TypeScript path aliases can be read."
		});
		const config = await this.read(configPath);
		const dir = parentDir(configPath);
		const merged = { references: [] };
		const parents = typeof config.extends === "string" ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
		for (const parent of parents) {
			if (typeof parent !== "string") continue;
			const parentPath = this.resolveExtends(configPath, dir, parent);
			if (parentPath === void 0) continue;
			const inherited = await this.effective(parentPath, leafDir, [...chain, configPath]);
			if (inherited.baseUrl !== void 0) merged.baseUrl = inherited.baseUrl;
			if (inherited.paths !== void 0) {
				merged.paths = inherited.paths;
				merged.pathsBase = inherited.pathsBase;
			}
		}
		const compilerOptions = isRecord(config.compilerOptions) ? config.compilerOptions : {};
		if (typeof compilerOptions.baseUrl === "string") merged.baseUrl = resolveOption(compilerOptions.baseUrl, dir, leafDir);
		if (isRecord(compilerOptions.paths)) {
			const paths = {};
			for (const [pattern, targets] of Object.entries(compilerOptions.paths)) if (Array.isArray(targets)) paths[pattern] = targets.filter((t) => typeof t === "string");
			merged.paths = paths;
			merged.pathsBase = dir;
		}
		if (Array.isArray(config.references)) for (const ref of config.references) {
			if (!isRecord(ref) || typeof ref.path !== "string") continue;
			const target = joinRepoPath(dir, ref.path);
			if (target === void 0) continue;
			if (this.tree.hasFile(target)) merged.references.push(target);
			else if (this.tree.hasFile(target === "" ? "tsconfig.json" : `${target}/tsconfig.json`)) merged.references.push(target === "" ? "tsconfig.json" : `${target}/tsconfig.json`);
		}
		return merged;
	}
	resolveExtends(configPath, dir, spec) {
		if (!spec.startsWith(".") && !spec.startsWith("/")) {
			this.logger.debug(`${configPath}: 'extends: ${spec}' names an npm package, which is not in the repository; its options are not read.`);
			return;
		}
		const path = spec.startsWith("/") ? void 0 : joinRepoPath(dir, spec);
		const found = path === void 0 ? void 0 : [
			path,
			`${path}.json`,
			`${path}/tsconfig.json`
		].find((p) => this.tree.hasFile(p));
		if (found === void 0) throw new ConfigurationError(`'extends: ${spec}' does not name a file in the repository at ${this.snapshot.label.slice(0, 12)}.`, {
			file: configPath,
			field: "extends",
			fix: "point extends at a config inside the repository, so the path aliases the imports use can be resolved."
		});
		return found;
	}
	read(path) {
		let cached = this.raw.get(path);
		if (!cached) {
			cached = this.snapshot.read([path]).then((texts) => {
				const text = texts.get(path);
				if (text === void 0) throw new ConfigurationError(`cannot read the TypeScript config at ${this.snapshot.label.slice(0, 12)}.`, {
					file: path,
					fix: "make it a regular file."
				});
				const errors = [];
				const value = parse$1(text, errors, {
					allowTrailingComma: true,
					disallowComments: false
				});
				const error = errors[0];
				if (error) {
					const line = text.slice(0, error.offset).split("\n").length;
					throw new ConfigurationError(`is not valid JSON with comments (${printParseErrorCode(error.error)} at line ${line}), so its path aliases cannot be read.`, {
						file: path,
						fix: "correct the syntax; imports through its aliases cannot be checked until then."
					});
				}
				if (!isRecord(value)) throw new ConfigurationError("must hold a JSON object.", {
					file: path,
					fix: "make the top level an object."
				});
				return value;
			});
			this.raw.set(path, cached);
		}
		return cached;
	}
};
const CONFIG_DIR = "${configDir}";
function resolveOption(value, dir, leafDir) {
	if (value.startsWith(CONFIG_DIR)) return joinRepoPath(leafDir, value.slice(12).replace(/^\//, "") || ".");
	return joinRepoPath(dir, value);
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function matchPathAlias(aliases, specifier) {
	let best;
	for (const { pattern, targets } of aliases.paths) {
		const star = pattern.indexOf("*");
		if (star < 0) {
			if (pattern === specifier) return targets;
			continue;
		}
		const prefix = pattern.slice(0, star);
		const suffix = pattern.slice(star + 1);
		if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
			if (!best || prefix.length > best.prefixLength) best = {
				prefixLength: prefix.length,
				targets,
				captured: specifier.slice(prefix.length, specifier.length - suffix.length)
			};
		}
	}
	return best?.targets.map((t) => t.replace("*", best.captured));
}
// packages/boundaries/lib/resolve/js-resolver.js
const EXTENSIONS = [
	".ts",
	".tsx",
	".d.ts",
	".mts",
	".cts",
	".js",
	".jsx",
	".mjs",
	".cjs",
	".json"
];
const SOURCE_FOR_OUTPUT = {
	".js": [
		".ts",
		".tsx",
		".d.ts"
	],
	".jsx": [".tsx"],
	".mjs": [".mts", ".d.mts"],
	".cjs": [".cts", ".d.cts"]
};
const BUILTINS = new Set(builtinModules);
function packageNameOf(specifier) {
	const parts = specifier.split("/");
	return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
var JsResolver = class {
	snapshot;
	tree;
	logger;
	tsconfig;
	workspacePackages;
	moduleDirs = [];
	manifests = /* @__PURE__ */ new Map();
	constructor(snapshot, tree, logger) {
		this.snapshot = snapshot;
		this.tree = tree;
		this.logger = logger;
		this.tsconfig = new TsconfigReader(snapshot, tree, logger);
	}
	setModuleDirs(dirs) {
		this.moduleDirs = dirs;
	}
	async resolveAll(fromPath, specifier, fromDir = parentDir(fromPath)) {
		const first = await this.resolve(fromPath, specifier, fromDir);
		if (this.moduleDirs.length === 0 || isRelative(specifier) || specifier.startsWith("/") || specifier.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return [first];
		const more = [];
		for (const dir of this.moduleDirs) {
			const path = joinRepoPath(dir, specifier);
			const found = path === void 0 ? void 0 : this.existing(path);
			if (found) more.push(found);
		}
		return [first, ...more];
	}
	async resolve(fromPath, specifier, fromDir = parentDir(fromPath)) {
		if (isRelative(specifier)) {
			const path = joinRepoPath(fromDir, specifier);
			return path === void 0 ? {
				kind: "module",
				name: specifier
			} : this.pathTarget(path);
		}
		if (specifier.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return {
			kind: "module",
			name: specifier
		};
		if (specifier.startsWith("#")) {
			const target = await this.subpathImport(fromPath, specifier);
			if (target) return target;
			return {
				kind: "module",
				name: specifier
			};
		}
		const aliases = await this.tsconfig.forFile(fromPath);
		if (aliases) {
			const candidates = matchPathAlias(aliases, specifier);
			if (candidates && candidates.length > 0) {
				for (const candidate of candidates) {
					const found = this.existing(candidate);
					if (found) return found;
				}
				return {
					kind: "unresolved",
					path: candidates[0]
				};
			}
			if (aliases.baseUrl !== void 0) {
				const underBase = joinRepoPath(aliases.baseUrl, specifier);
				const found = underBase === void 0 ? void 0 : this.existing(underBase);
				if (found) return found;
			}
		}
		const name = packageNameOf(specifier);
		if (BUILTINS.has(name)) return {
			kind: "module",
			name: specifier
		};
		const packages = await this.workspaces();
		const nearest = this.tree.nearest(parentDir(fromPath), "package.json");
		const dir = (nearest === void 0 ? void 0 : packages.localDeps.get(nearest)?.get(name)) ?? [...packages.localDeps.values()].find((deps) => deps.has(name))?.get(name) ?? packages.byName.get(name);
		if (dir !== void 0) {
			const sub = specifier.slice(name.length + 1);
			if (sub === "") return {
				kind: "dir",
				path: dir,
				recursive: true
			};
			const path = joinRepoPath(dir, sub);
			return (path === void 0 ? void 0 : this.existing(path)) ?? {
				kind: "dir",
				path: dir,
				recursive: true
			};
		}
		return {
			kind: "module",
			name: specifier
		};
	}
	pathTarget(path) {
		return this.existing(path) ?? {
			kind: "unresolved",
			path
		};
	}
	existing(path) {
		const ext = /\.[cm]?jsx?$/.exec(path)?.[0];
		if (ext) {
			const stem = path.slice(0, -ext.length);
			for (const source of SOURCE_FOR_OUTPUT[ext] ?? []) if (this.tree.hasFile(stem + source)) return {
				kind: "file",
				path: stem + source
			};
		}
		if (this.tree.hasFile(path)) return {
			kind: "file",
			path
		};
		for (const e of EXTENSIONS) if (this.tree.hasFile(path + e)) return {
			kind: "file",
			path: path + e
		};
		for (const e of EXTENSIONS) {
			const index = path === "" ? `index${e}` : `${path}/index${e}`;
			if (this.tree.hasFile(index)) return {
				kind: "file",
				path: index
			};
		}
		if (this.tree.hasDir(path)) return {
			kind: "dir",
			path,
			recursive: true
		};
	}
	async subpathImport(fromPath, specifier) {
		const manifestPath = this.tree.nearest(parentDir(fromPath), "package.json");
		if (manifestPath === void 0) return void 0;
		const manifest = await this.manifest(manifestPath);
		if (!manifest || !isRecord(manifest.imports)) return void 0;
		let target;
		let bestPrefix = -1;
		for (const [key, value] of Object.entries(manifest.imports)) {
			const star = key.indexOf("*");
			const chosen = conditionTarget(value);
			if (chosen === void 0) continue;
			if (star < 0) {
				if (key === specifier) {
					target = chosen;
					break;
				}
			} else if (specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1)) && star > bestPrefix) {
				bestPrefix = star;
				target = chosen.replaceAll("*", specifier.slice(star, specifier.length - (key.length - star - 1)));
			}
		}
		if (target === void 0) return void 0;
		const path = joinRepoPath(parentDir(manifestPath), target);
		return path === void 0 ? void 0 : this.pathTarget(path);
	}
	manifest(path) {
		let cached = this.manifests.get(path);
		if (!cached) {
			cached = this.snapshot.read([path]).then((texts) => parseManifest(path, texts.get(path), this.logger));
			this.manifests.set(path, cached);
		}
		return cached;
	}
	async packageEntry(dir) {
		const manifestPath = dir === "" ? "package.json" : `${dir}/package.json`;
		const manifest = this.tree.hasFile(manifestPath) ? await this.manifest(manifestPath) : void 0;
		const exported = manifest && (isRecord(manifest.exports) && "." in manifest.exports ? conditionTarget(manifest.exports["."]) : conditionTarget(manifest.exports));
		for (const entry of [
			exported,
			manifest?.module,
			manifest?.main
		]) {
			if (typeof entry !== "string") continue;
			const path = joinRepoPath(dir, entry);
			const found = path === void 0 ? void 0 : this.existing(path);
			if (found?.kind === "file") return found;
		}
		const index = this.existing(dir === "" ? "index" : `${dir}/index`);
		return index?.kind === "file" ? index : void 0;
	}
	workspaces() {
		this.workspacePackages ??= (async () => {
			const paths = this.tree.filesNamed("package.json").filter((p) => !isUnder(p, ["node_modules"]));
			const texts = await this.snapshot.read(paths);
			const byName = /* @__PURE__ */ new Map();
			const localDeps = /* @__PURE__ */ new Map();
			for (const path of paths) {
				const manifest = parseManifest(path, texts.get(path), this.logger);
				this.manifests.set(path, Promise.resolve(manifest));
				if (manifest && typeof manifest.name === "string" && !byName.has(manifest.name)) byName.set(manifest.name, parentDir(path));
				const deps = /* @__PURE__ */ new Map();
				for (const field of [
					"dependencies",
					"devDependencies",
					"optionalDependencies",
					"peerDependencies"
				]) {
					const section = manifest?.[field];
					if (!isRecord(section)) continue;
					for (const [name, spec] of Object.entries(section)) {
						const folder = typeof spec === "string" ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : void 0;
						const dir = folder === void 0 ? void 0 : joinRepoPath(parentDir(path), folder);
						if (dir !== void 0 && this.tree.hasDir(dir)) deps.set(name, dir);
					}
				}
				if (deps.size > 0) localDeps.set(path, deps);
			}
			return {
				byName,
				localDeps
			};
		})();
		return this.workspacePackages;
	}
};
function isRelative(specifier) {
	return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}
function parseManifest(path, text, logger) {
	if (text === void 0) return void 0;
	try {
		const value = JSON.parse(text);
		return isRecord(value) ? value : void 0;
	} catch {
		logger.warning(`${path} is not valid JSON; its package name and imports are not used to resolve imports.`);
		return;
	}
}
function conditionTarget(value) {
	if (typeof value === "string") return value;
	if (Array.isArray(value)) {
		for (const v of value) {
			const t = conditionTarget(v);
			if (t !== void 0) return t;
		}
		return;
	}
	if (!isRecord(value)) return void 0;
	for (const condition of [
		"types",
		"import",
		"node",
		"default",
		"require"
	]) if (condition in value) {
		const t = conditionTarget(value[condition]);
		if (t !== void 0) return t;
	}
	for (const v of Object.values(value)) {
		const t = conditionTarget(v);
		if (t !== void 0) return t;
	}
}
// node_modules/smol-toml/dist/error.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
// node_modules/smol-toml/dist/primitive.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
// node_modules/smol-toml/dist/date.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
// node_modules/smol-toml/dist/extract.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
// node_modules/smol-toml/dist/util.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
// node_modules/smol-toml/dist/struct.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
// node_modules/smol-toml/dist/parse.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
"".isWellFormed;
// node_modules/smol-toml/dist/index.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
// packages/boundaries/lib/resolve/pyproject-package-roots.js
const PROJECT_FILES$1 = [
	"pyproject.toml",
	"setup.py",
	"setup.cfg"
];
const NOT_PROJECTS = [
	"node_modules",
	"site-packages",
	".venv",
	"venv",
	".tox",
	".nox",
	"__pypackages__",
	"testdata",
	"fixtures"
];
function pythonProjectDirs(tree) {
	const dirs = /* @__PURE__ */ new Set();
	for (const name of PROJECT_FILES$1) for (const path of tree.filesNamed(name)) if (!isUnder(path, NOT_PROJECTS)) dirs.add(parentDir(path));
	return [...dirs].sort();
}
async function readDeclaredPythonRoots(snapshot, tree) {
	const paths = pythonProjectDirs(tree).map((dir) => dir === "" ? "pyproject.toml" : `${dir}/pyproject.toml`).filter((p) => tree.hasFile(p));
	const declared = /* @__PURE__ */ new Map();
	if (paths.length === 0) return declared;
	const texts = await snapshot.read(paths);
	for (const path of paths) {
		const text = texts.get(path);
		if (text === void 0) continue;
		const dir = parentDir(path);
		const roots = declaredPackageRoots(text).map((rel) => joinRepoPath(dir, rel)).filter((p) => p !== void 0);
		if (roots.length > 0) declared.set(dir, [...new Set(roots)]);
	}
	return declared;
}
function declaredPackageRoots(text) {
	let doc;
	try {
		doc = parse(text);
	} catch {
		return [];
	}
	const tool = table(doc, "tool");
	const setuptools = table(tool, "setuptools");
	const wheel = table(table(table(table(tool, "hatch"), "build"), "targets"), "wheel");
	const poetryPackages = table(tool, "poetry").packages;
	return [
		...strings(table(table(setuptools, "packages"), "find").where),
		...strings(table(setuptools, "package-dir")[""]),
		...strings(wheel.packages).map(parentDir),
		...Array.isArray(wheel.sources) ? strings(wheel.sources) : [],
		...Array.isArray(poetryPackages) ? poetryPackages.flatMap((entry) => strings(field(entry, "from"))) : [],
		...strings(table(table(tool, "pdm"), "build")["package-dir"])
	].map((r) => r.replace(/\/+$/, "").replace(/^(?:\.\/)+/, "")).map((r) => r === "." ? "" : r);
}
function field(value, key) {
	return isRecord(value) ? value[key] : void 0;
}
function table(value, key) {
	const inner = field(value, key);
	return isRecord(inner) ? inner : {};
}
function strings(value) {
	if (typeof value === "string") return [value];
	return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
// packages/boundaries/lib/resolve/python-import-roots.js
const PYTEST_FILES = defaultPatterns(["python"]);
var PythonImportRoots = class {
	tree;
	projects;
	packageDirs = /* @__PURE__ */ new Map();
	namespaceDirs = /* @__PURE__ */ new Map();
	rootLists = /* @__PURE__ */ new Map();
	constructor(tree, declared = /* @__PURE__ */ new Map()) {
		this.tree = tree;
		this.projects = pythonProjectDirs(tree).map((dir) => ({
			dir,
			roots: [
				...declared.get(dir) ?? [],
				dir === "" ? "src" : `${dir}/src`,
				dir
			]
		}));
	}
	hasInit(dir) {
		const prefix = dir === "" ? "" : `${dir}/`;
		return this.tree.hasFile(`${prefix}__init__.py`) || this.tree.hasFile(`${prefix}__init__.pyi`);
	}
	isPackageDir(dir) {
		if (dir === "") return false;
		let known = this.packageDirs.get(dir);
		if (known === void 0) {
			known = this.hasInit(dir) || this.isPackageDir(parentDir(dir));
			this.packageDirs.set(dir, known);
		}
		return known;
	}
	isNamespaceDir(dir) {
		if (dir === "" || !this.tree.hasDir(dir) || this.hasInit(dir)) return false;
		let known = this.namespaceDirs.get(dir);
		if (known === void 0) {
			known = this.tree.filesIn(dir, true).some((p) => languageOf(p) === "python");
			this.namespaceDirs.set(dir, known);
		}
		return known;
	}
	baseDirOf(fromPath) {
		const pytest = isConftest(fromPath) || testLanguageOf(fromPath, PYTEST_FILES) === "python";
		let dir = parentDir(fromPath);
		while (dir !== "" && (pytest ? this.hasInit(dir) : this.isPackageDir(dir))) dir = parentDir(dir);
		return dir;
	}
	rootsFor(fromPath) {
		const base = this.baseDirOf(fromPath);
		const dir = parentDir(fromPath);
		const cacheKey = `${base}\0${dir}`;
		let roots = this.rootLists.get(cacheKey);
		if (!roots) {
			const encloses = (projectDir) => projectDir === "" || dir === projectDir || dir.startsWith(`${projectDir}/`);
			const enclosing = this.projects.filter((p) => encloses(p.dir)).sort((a, b) => b.dir.length - a.dir.length);
			const others = this.projects.filter((p) => !encloses(p.dir));
			const rest = [
				...enclosing.flatMap((p) => p.roots),
				"",
				"src",
				...others.flatMap((p) => p.roots)
			].filter((root) => root !== base && (root === "" || this.tree.hasDir(root)) && !this.isPackageDir(root));
			roots = [base, ...new Set(rest)];
			this.rootLists.set(cacheKey, roots);
		}
		return roots;
	}
};
// packages/boundaries/lib/resolve/python-stdlib.js
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
// packages/boundaries/lib/resolve/python-resolver.js
var PythonResolver = class {
	tree;
	roots;
	searchPath = {
		front: [],
		back: []
	};
	constructor(tree, declaredRoots = /* @__PURE__ */ new Map()) {
		this.tree = tree;
		this.roots = new PythonImportRoots(tree, declaredRoots);
	}
	setSearchPath(front, back) {
		this.searchPath = {
			front,
			back
		};
	}
	resolve(fromPath, record) {
		const specifier = record.specifier ?? "";
		const names = record.kind === "python-from-import" || record.kind === "python-import-module" ? record.names ?? [] : [];
		const dotted = specifier.replace(/^\.+/, "");
		if (specifier.startsWith(".") || dotted === "") return this.resolveNormally(fromPath, specifier, names);
		const added = (roots) => roots.flatMap((root) => {
			const moduleDir = joinRepoPath(root, dotted.replaceAll(".", "/"));
			const top = joinRepoPath(root, dotted.split(".")[0]);
			return moduleDir !== void 0 && top !== void 0 && this.moduleAt(top) !== void 0 ? this.targetsAt(moduleDir, names) : [];
		});
		const all = [
			...added(this.searchPath.front),
			...this.resolveNormally(fromPath, specifier, names),
			...added(this.searchPath.back)
		];
		const seen = /* @__PURE__ */ new Set();
		return all.filter((t) => {
			const key = t.kind === "module" ? `m:${t.name}` : `p:${t.path}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	}
	resolveNormally(fromPath, specifier, names) {
		const dots = /^\.*/.exec(specifier)[0].length;
		const dotted = specifier.slice(dots);
		let moduleDir;
		if (dots > 0) {
			let base = parentDir(fromPath);
			for (let level = 1; level < dots && base !== void 0; level += 1) base = base === "" ? void 0 : parentDir(base);
			if (base === void 0) return [{
				kind: "module",
				name: specifier
			}];
			moduleDir = dotted === "" ? base : joinRepoPath(base, dotted.replaceAll(".", "/"));
		} else {
			if (PYTHON_STDLIB_MODULES.has(dotted.split(".")[0])) return [{
				kind: "module",
				name: dotted
			}];
			const root = this.rootFor(fromPath, dotted);
			if (root === void 0) return [{
				kind: "module",
				name: dotted
			}];
			moduleDir = joinRepoPath(root, dotted.replaceAll(".", "/"));
		}
		if (moduleDir === void 0) return [{
			kind: "module",
			name: specifier
		}];
		return this.targetsAt(moduleDir, names);
	}
	targetsAt(moduleDir, names) {
		const moduleTarget = this.moduleAt(moduleDir) ?? {
			kind: "unresolved",
			path: `${moduleDir}.py`
		};
		const submodules = names.filter((n) => n !== "*").map((n) => this.moduleAt(moduleDir === "" ? n : `${moduleDir}/${n}`)).filter((t) => t !== void 0);
		return names.length === 0 || submodules.length < names.filter((n) => n !== "*").length || names.includes("*") ? [moduleTarget, ...submodules] : submodules;
	}
	moduleAt(path) {
		const file = this.regularModuleAt(path);
		if (file !== void 0) return {
			kind: "file",
			path: file
		};
		if (this.roots.isNamespaceDir(path)) return {
			kind: "dir",
			path,
			recursive: true
		};
	}
	regularModuleAt(path) {
		if (path === "") return void 0;
		return [
			`${path}/__init__.py`,
			`${path}.py`,
			`${path}/__init__.pyi`,
			`${path}.pyi`
		].find((candidate) => this.tree.hasFile(candidate));
	}
	rootFor(fromPath, dotted) {
		const roots = this.roots.rootsFor(fromPath);
		const top = dotted.split(".")[0];
		const under = (root, path) => root === "" ? path : `${root}/${path}`;
		const regular = roots.find((root) => this.regularModuleAt(under(root, top)) !== void 0);
		if (regular !== void 0) return regular;
		const portions = roots.filter((root) => this.roots.isNamespaceDir(under(root, top)));
		const path = dotted.replaceAll(".", "/");
		return portions.find((root) => this.moduleAt(under(root, path)) !== void 0) ?? portions[0];
	}
};
// packages/boundaries/lib/resolve/import-resolver.js
const PROJECT_FILES = {
	typescript: ["package.json"],
	python: [
		"pyproject.toml",
		"setup.py",
		"setup.cfg"
	],
	go: ["go.mod"]
};
const MAX_ALIAS_DEPTH = 4;
var ImportResolver = class {
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
	useRuntimeSearchPaths(runtime) {
		this.runtime = runtime;
		this.js.setModuleDirs(runtime.node);
		this.python = void 0;
	}
	async resolve(fromPath, record, aliasDepth = 0) {
		if (record.specifier === void 0 || SEARCH_PATH_KINDS.has(record.kind)) return [];
		const language = languageOf(fromPath);
		if (PATH_KINDS.has(record.kind) || record.anchor === "cwd") return this.resolvePath(fromPath, record, language);
		switch (language) {
			case "typescript": return this.js.resolveAll(fromPath, record.specifier);
			case "python": return [...(await this.pythonResolver()).resolve(fromPath, record), ...await this.aliased(record, aliasDepth)];
			case "go": return [await this.go.resolve(fromPath, record.specifier)];
			default: return [];
		}
	}
	packageEntry(dir) {
		return this.js.packageEntry(dir);
	}
	async resolvePath(fromPath, record, language) {
		const specifier = record.specifier;
		if (specifier.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return [{
			kind: "module",
			name: specifier
		}];
		const bases = record.anchor === "cwd" ? this.workingDirectories(fromPath, language) : [parentDir(fromPath)];
		const found = [];
		const missing = [];
		for (const base of bases) {
			const path = joinRepoPath(base, specifier);
			if (path === void 0) continue;
			const target = await this.pathTarget(fromPath, path, record, language, base, specifier);
			(target.kind === "unresolved" ? missing : found).push(target);
		}
		return found.length > 0 ? found : missing.length > 0 ? missing : [{
			kind: "module",
			name: specifier
		}];
	}
	async pathTarget(fromPath, path, record, language, base, specifier) {
		if (record.kind === "module-glob") return this.tree.hasDir(path) ? {
			kind: "dir",
			path,
			recursive: true
		} : {
			kind: "unresolved",
			path
		};
		if (language === "typescript" && record.kind !== "native-addon") return this.js.resolve(fromPath, /^\.\.?(?:\/|$)/.test(specifier) ? specifier : `./${specifier}`, base);
		if (this.tree.hasFile(path)) return {
			kind: "file",
			path
		};
		if (this.tree.hasDir(path)) {
			const main = `${path}/__main__.py`;
			return this.tree.hasFile(main) ? {
				kind: "file",
				path: main
			} : {
				kind: "dir",
				path,
				recursive: record.kind !== "cgo-include"
			};
		}
		return {
			kind: "unresolved",
			path
		};
	}
	workingDirectories(fromPath, language) {
		const dirs = /* @__PURE__ */ new Set([""]);
		for (const name of PROJECT_FILES[language ?? ""] ?? []) {
			const project = this.tree.nearest(parentDir(fromPath), name);
			if (project !== void 0) dirs.add(parentDir(project));
		}
		return [...dirs];
	}
	async aliased(record, depth) {
		if (!this.runtime || depth >= MAX_ALIAS_DEPTH || record.specifier === void 0 || record.specifier.startsWith(".")) return [];
		const names = [record.specifier, ...record.kind === "python-from-import" ? (record.names ?? []).map((n) => `${record.specifier}.${n}`) : []];
		const out = [];
		for (const name of names) for (const origin of this.runtime.aliases.get(name) ?? []) out.push(...await this.resolve(origin.path, origin.record, depth + 1));
		return out;
	}
	pythonResolver() {
		this.python ??= readDeclaredPythonRoots(this.snapshot, this.tree).then((declared) => {
			const resolver = new PythonResolver(this.tree, declared);
			if (this.runtime) resolver.setSearchPath(this.runtime.python.front, this.runtime.python.back);
			return resolver;
		});
		return this.python;
	}
};
// packages/boundaries/lib/resolve/runtime-search-paths.js
const PYTHON_STARTUP_FILES = [
	"conftest.py",
	"sitecustomize.py",
	"usercustomize.py"
];
async function runtimeSearchPaths(snapshot, tree, files, workingDirectories) {
	const runtime = {
		python: {
			front: [],
			back: []
		},
		node: [],
		aliases: /* @__PURE__ */ new Map()
	};
	const computed = [];
	const siteDirs = [];
	const read = (path, text, writtenIn = path) => {
		for (const record of parseImports(path, text)) {
			if (record.kind !== "python-path-entry" && record.kind !== "module-path-entry" && record.kind !== "python-module-alias") continue;
			if (record.specifier === void 0) {
				computed.push({
					path: writtenIn,
					record
				});
				continue;
			}
			if (record.kind === "python-module-alias") {
				if (record.aliasOf === void 0) continue;
				const list = runtime.aliases.get(record.specifier) ?? [];
				list.push({
					path,
					record: record.aliasOf
				});
				runtime.aliases.set(record.specifier, list);
				continue;
			}
			const python = record.kind === "python-path-entry";
			const bases = record.anchor === "cwd" ? workingDirectories(path, python ? "python" : "typescript") : [parentDir(path)];
			for (const base of bases) {
				const dir = record.specifier.startsWith("/") ? void 0 : joinRepoPath(base, record.specifier);
				if (dir === void 0 || !tree.hasDir(dir)) continue;
				if (!python) runtime.node.push(dir);
				else (record.position === "front" ? runtime.python.front : runtime.python.back).push(dir);
				if (record.call === "site.addsitedir") siteDirs.push(dir);
			}
		}
	};
	for (const [path, text] of files) read(path, text);
	const pthFiles = siteDirs.flatMap((dir) => tree.filesIn(dir, false).filter((p) => p.endsWith(".pth")));
	const pthTexts = await snapshot.read(pthFiles);
	for (const pth of pthFiles) {
		const dir = parentDir(pth);
		for (const line of (pthTexts.get(pth) ?? "").split(/\r?\n/)) {
			const trimmed = line.trim();
			if (trimmed === "" || trimmed.startsWith("#")) continue;
			if (/^import[ \t]/.test(trimmed)) read(`${pth}.py`, trimmed, pth);
			else {
				const added = joinRepoPath(dir, trimmed);
				if (added !== void 0 && tree.hasDir(added)) runtime.python.back.push(added);
			}
		}
	}
	return {
		runtime,
		computed
	};
}
// packages/boundaries/lib/snapshot.js
var TreeCache = class {
	capacity;
	entries = /* @__PURE__ */ new Map();
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
		loaded.catch(() => this.entries.delete(key));
		this.entries.set(key, loaded);
		while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
		return loaded;
	}
};
function cachingSnapshot(inner) {
	const texts = /* @__PURE__ */ new Map();
	return {
		label: inner.label,
		tree: () => inner.tree(),
		async read(paths) {
			const missing = [...new Set(paths.filter((p) => !texts.has(p)))];
			if (missing.length > 0) {
				const batch = inner.read(missing);
				for (const p of missing) texts.set(p, batch.then((m) => m.get(p)));
				batch.catch(() => missing.forEach((p) => texts.delete(p)));
			}
			return new Map(await Promise.all(paths.map(async (p) => [p, await texts.get(p)])));
		}
	};
}
function commitSnapshot(repo, sha, cache = new TreeCache()) {
	return {
		label: sha,
		tree: () => cache.get(`${repo}\0${sha}`, async () => new RepoTree(await listFilesAt(repo, sha))),
		async read(paths) {
			const names = paths.map((p) => `${sha}:${p}`);
			const objects = await readObjects(repo, names);
			return new Map(paths.map((p, i) => [p, objects.get(names[i])?.toString("utf8")]));
		}
	};
}
// packages/boundaries/lib/check-boundaries.js
const READABLE_KINDS = /* @__PURE__ */ new Set(["file", "executable"]);
async function checkBoundaries(input) {
	const rules = new BoundaryRules(input.boundaries, input.policyPath);
	const metrics = {
		"files-changed": input.changes.length,
		"files-parsed": 0,
		"files-compared-with-base": 0,
		imports: 0,
		"type-only-imports-skipped": 0,
		"cross-context-edges": 0,
		"new-edges": 0,
		forbidden: 0,
		"existing-forbidden": 0,
		"computed-imports": 0,
		"computed-import-paths": 0,
		"edges-through-files-outside-contexts": 0
	};
	if (!rules.hasContexts) return {
		findings: [{
			rule: "no-bounded-contexts",
			severity: "notice",
			message: noContextsMessage(input.policyPath)
		}],
		edges: [],
		metrics
	};
	const readable = input.changes.filter((f) => f.status !== "deleted" && READABLE_KINDS.has(f.newKind) && languageOf(f.path) !== void 0);
	const candidates = readable.filter((f) => rules.contextOf(f.path) !== void 0);
	const searchPathFiles = readable.filter((f) => languageOf(f.path) === "python" || languageOf(f.path) === "typescript");
	if (candidates.length === 0 && searchPathFiles.length === 0) return {
		findings: [],
		edges: [],
		metrics
	};
	const head = cachingSnapshot(input.head);
	const base = cachingSnapshot(input.base);
	if (readable.some((f) => f.status !== "added" && f.status !== "copied")) base.tree().catch(() => void 0);
	const headTree = await head.tree();
	const headPaths = [...new Set([...candidates, ...searchPathFiles].map((f) => f.path))];
	const headStartup = startupFiles(headTree, headPaths);
	const headTexts = await head.read([
		...headPaths,
		...headStartup,
		...headTree.resolutionConfigs(languagesOf(headPaths))
	]);
	const headResolver = new ImportResolver(head, headTree, input.logger);
	const headRuntime = await runtimeSearchPaths(head, headTree, textsOf(headTexts, [...searchPathFiles.map((f) => f.path), ...headStartup]), (path, language) => headResolver.workingDirectories(path, language));
	headResolver.useRuntimeSearchPaths(headRuntime.runtime);
	const headChains = new ChainFollower(head, headResolver, rules, new Set(readable.map((f) => f.path)));
	const headEdges = /* @__PURE__ */ new Map();
	await Promise.all(candidates.map(async (file) => {
		const text = headTexts.get(file.path);
		if (text === void 0) throw new Error(`${file.path} is listed as changed but cannot be read at ${input.head.label}`);
		headEdges.set(file, await fileEdges(file.path, text, rules.contextOf(file.path), rules, headResolver, headChains));
	}));
	metrics["files-parsed"] = candidates.length;
	const toCompare = [...headEdges].filter(([, e]) => e.edges.length > 0 || e.computed.length > 0).map(([f]) => f);
	const atBase = await stateAtBase({
		...input,
		base
	}, rules, readable, toCompare, headRuntime.computed.length > 0);
	const baseEdges = atBase.edges;
	metrics["files-compared-with-base"] = baseEdges.size;
	const findings = [];
	const edges = [];
	for (const file of candidates) {
		const atHead = headEdges.get(file);
		const atBase = baseEdges.get(file);
		metrics["edges-through-files-outside-contexts"] += atHead.edges.filter((e) => e.via !== void 0).length;
		metrics.imports += atHead.imports;
		metrics["type-only-imports-skipped"] += atHead.typeOnlySkipped;
		const baseKeys = new Set(atBase?.edges.map((e) => e.key));
		const baseStatements = new Multiset(atBase?.edges.map((e) => `${e.key}\0${statementKey(e.record)}`));
		const baseExpressions = new Set(atBase?.computed.map(computedKey));
		const reported = /* @__PURE__ */ new Set();
		for (const edge of atHead.edges) {
			const existing = baseKeys.has(edge.key);
			const newLine = !existing || !baseStatements.take(`${edge.key}\0${statementKey(edge.record)}`);
			edges.push({
				...edge,
				existing,
				newLine
			});
			if (edge.judgement.otherContexts.length > 0) metrics["cross-context-edges"] += 1;
			if (!existing) metrics["new-edges"] += 1;
			for (const violation of edge.judgement.violations) {
				const once = `${edge.line}\0${edge.key}\0${violation.to}`;
				if (reported.has(once)) continue;
				reported.add(once);
				if (existing) {
					metrics["existing-forbidden"] += 1;
					if (newLine) findings.push({
						rule: "existing-forbidden-import",
						severity: "warning",
						message: newLineOfExistingEdgeMessage(edge, violation),
						path: file.path,
						line: edge.line
					});
					else findings.push({
						rule: "existing-forbidden-import",
						severity: "notice",
						message: existingForbiddenImportMessage(edge, violation),
						path: file.path,
						line: edge.line
					});
				} else {
					metrics.forbidden += 1;
					findings.push({
						rule: "forbidden-import",
						severity: "error",
						message: forbiddenImportMessage(edge, violation),
						path: file.path,
						line: edge.line
					});
				}
			}
		}
		for (const load of atHead.computed) {
			metrics["computed-imports"] += 1;
			if (baseExpressions.has(computedKey(load))) continue;
			findings.push({
				rule: "computed-import",
				severity: "error",
				message: computedImportMessage(load),
				path: file.path,
				line: load.record.line
			});
		}
	}
	for (const change of headRuntime.computed) {
		const file = readable.find((f) => f.path === change.path);
		if (!file || isTestPath(change.path) && rules.contextOf(change.path) === void 0) continue;
		metrics["computed-import-paths"] += 1;
		if (atBase.computedSearchPaths.has(searchPathKey(basePathOf(file) ?? "", change))) continue;
		findings.push({
			rule: "computed-import-path",
			severity: "error",
			message: computedSearchPathMessage(change.record),
			path: change.path,
			line: change.record.line
		});
	}
	return {
		findings,
		edges,
		metrics
	};
}
function searchPathKey(path, change) {
	return `${path}\0${change.record.kind}\0${change.record.expression ?? ""}`;
}
function basePathOf(file) {
	if (file.status === "renamed") return file.previousPath;
	return file.status === "added" || file.status === "copied" ? void 0 : file.path;
}
function startupFiles(tree, paths) {
	if (!paths.some((p) => languageOf(p) === "python")) return [];
	return PYTHON_STARTUP_FILES.flatMap((name) => tree.filesNamed(name));
}
function textsOf(texts, paths) {
	const out = /* @__PURE__ */ new Map();
	for (const path of paths) {
		const text = texts.get(path);
		if (text !== void 0) out.set(path, text);
	}
	return out;
}
function statementKey(record) {
	return [
		record.kind,
		record.specifier ?? "",
		[...record.names ?? []].sort().join(","),
		record.typeOnly ? "type" : "value"
	].join("\0");
}
var Multiset = class {
	counts = /* @__PURE__ */ new Map();
	constructor(items = []) {
		for (const item of items) this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
	}
	take(item) {
		const count = this.counts.get(item) ?? 0;
		if (count === 0) return false;
		this.counts.set(item, count - 1);
		return true;
	}
};
function languagesOf(paths) {
	const languages = new Set(paths.map(languageOf));
	return {
		typescript: languages.has("typescript"),
		go: languages.has("go")
	};
}
async function stateAtBase(input, rules, readable, files, searchPathsNeeded) {
	const result = /* @__PURE__ */ new Map();
	const computedSearchPaths = /* @__PURE__ */ new Set();
	const withBase = files.map((file) => ({
		file,
		basePath: basePathOf(file)
	})).filter((x) => x.basePath !== void 0 && READABLE_KINDS.has(x.file.oldKind));
	const searchPathBases = readable.map(basePathOf).filter((p) => p !== void 0 && (languageOf(p) === "python" || languageOf(p) === "typescript"));
	if (withBase.length === 0 && !(searchPathsNeeded && searchPathBases.length > 0)) return {
		edges: result,
		computedSearchPaths
	};
	const renamed = new Map(input.changes.filter((f) => f.status === "renamed" && f.previousPath !== void 0).map((f) => [f.previousPath, f.path]));
	const mapTargetPath = (path) => renamed.get(path) ?? path;
	const baseTree = await input.base.tree();
	const basePaths = withBase.map((x) => x.basePath);
	const baseStartup = startupFiles(baseTree, [...basePaths, ...searchPathBases]);
	const baseTexts = await input.base.read([
		...basePaths,
		...searchPathBases,
		...baseStartup,
		...baseTree.resolutionConfigs(languagesOf(basePaths))
	]);
	const baseResolver = new ImportResolver(input.base, baseTree, input.logger);
	const baseRuntime = await runtimeSearchPaths(input.base, baseTree, textsOf(baseTexts, [...searchPathBases, ...baseStartup]), (path, language) => baseResolver.workingDirectories(path, language));
	for (const change of baseRuntime.computed) computedSearchPaths.add(searchPathKey(change.path, change));
	baseResolver.useRuntimeSearchPaths(baseRuntime.runtime);
	const baseChains = new ChainFollower(input.base, baseResolver, rules, new Set(searchPathBases.concat(readable.map(basePathOf).filter((p) => p !== void 0))));
	await Promise.all(withBase.map(async ({ file, basePath }) => {
		const text = baseTexts.get(basePath);
		const from = rules.contextOf(basePath);
		if (text === void 0 || from === void 0 || languageOf(basePath) === void 0) return;
		result.set(file, await fileEdges(basePath, text, from, rules, baseResolver, baseChains, mapTargetPath));
	}));
	return {
		edges: result,
		computedSearchPaths
	};
}
// packages/boundaries/lib/summary.js
function renderBoundariesSummary(result) {
	const groups = /* @__PURE__ */ new Map();
	for (const edge of result.edges) {
		if (edge.existing) continue;
		const tos = edge.judgement.violations.length > 0 ? edge.judgement.violations.map((v) => v.to) : edge.judgement.otherContexts;
		for (const to of tos) {
			const key = `${edge.from}\0${to}`;
			const group = groups.get(key) ?? {
				from: edge.from,
				to,
				imports: 0,
				forbidden: false
			};
			group.imports += 1;
			group.forbidden ||= edge.judgement.violations.some((v) => v.to === to);
			groups.set(key, group);
		}
	}
	const lines = ["### Import edges this change adds between contexts", ""];
	if (groups.size === 0) lines.push("None.");
	else {
		lines.push("| from | to | imports | |", "|---|---|---|---|");
		for (const g of [...groups.values()].sort((a, b) => Number(b.forbidden) - Number(a.forbidden) || compareText(a.from, b.from) || compareText(a.to, b.to))) lines.push(`| \`${markdownText(g.from)}\` | \`${markdownText(g.to)}\` | ${g.imports} | ${g.forbidden ? "\u274C not allowed" : "\u2705 allowed"} |`);
	}
	const existing = result.metrics["existing-forbidden"];
	const onNewLines = existingOnNewLines(result);
	if (onNewLines > 0) lines.push("", `${existing} import(s) the policy does not allow are on edges already there at the merge base (not failures); ${onNewLines} of them on lines this change adds (warnings).`);
	else if (existing > 0) lines.push("", `${existing} import(s) the policy does not allow were already there at the merge base (notices, not failures).`);
	lines.push("");
	return lines.join("\n");
}
function existingOnNewLines(result) {
	const seen = /* @__PURE__ */ new Set();
	for (const edge of result.edges) {
		if (!edge.existing || !edge.newLine) continue;
		for (const violation of edge.judgement.violations) seen.add(`${edge.path}\0${edge.line}\0${edge.key}\0${violation.to}`);
	}
	return seen.size;
}
// packages/boundaries/lib/guard.js
const BOUNDARIES_GUARD = "boundaries";
async function runBoundariesGuard(options) {
	const cache = options.treeCache ?? new TreeCache();
	const headSha = await resolveCommit(options.repo, options.head, "head");
	const head = commitSnapshot(options.repo, headSha, cache);
	head.tree().catch(() => void 0);
	const changes = await changedFiles(options.repo, options.base, headSha, options.prCommits !== void 0 ? { prCommits: options.prCommits } : {});
	const result = await checkBoundaries({
		boundaries: options.policy.boundaries,
		policyPath: options.policyPath ?? ".github/agent-guards.yml",
		changes: changes.files,
		head,
		base: commitSnapshot(options.repo, changes.mergeBase, cache),
		logger: options.logger
	});
	logOutcome(options.logger, result, `${changes.mergeBase.slice(0, 12)}..${changes.head.slice(0, 12)}`);
	return guardRun(result);
}
function guardRun(result) {
	return {
		report: reportFromFindings(BOUNDARIES_GUARD, result.findings, { ...result.metrics }),
		outputs: {
			"new-edges": result.metrics["new-edges"],
			forbidden: result.metrics.forbidden
		},
		summary: renderBoundariesSummary(result)
	};
}
function logOutcome(logger, result, range) {
	const m = result.metrics;
	logger.info(`boundaries ${range}: ${m["files-parsed"]} of ${m["files-changed"]} changed file(s) parsed, ${m.imports} import(s), ${m["new-edges"]} new edge(s) between contexts, ${m.forbidden} forbidden, ${m["existing-forbidden"]} already there at base.`);
}
export { runBoundariesGuard };

import "./rolldown-runtime-C1I3wEg2.js";
import { h as markdownText, tt as ConfigurationError, x as compareText, y as reportFromFindings } from "./lib-DA4sP2xX.js";
import { B as defaultPatterns, C as readObjects, H as isTestPath, O as runGit, V as isConftest, W as testLanguageOf, b as listFilesAt, d as parseRawDiff, g as resolveCommit, u as changedFiles, v as resolveRange } from "./lib-B3H81PlY.js";
import { t as Minimatch } from "./esm-LpoYNBFD.js";
import { _ as tokenizeJs, a as maskCLike, b as LineIndex, c as pythonTokens, f as scanPythonStatements, g as templateParts, h as literalValue, m as allowsJsx, s as pythonStringLiteral } from "./lib-bQ89aDZy.js";
import { n as printParseErrorCode, t as parse } from "./main-x9kb84vo.js";
import { t as parse$1 } from "./dist-Csm3XxGo.js";
import { builtinModules } from "node:module";
import { join, posix } from "node:path";
import { lstat, readFile } from "node:fs/promises";
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
				const value = parse(text, errors, {
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
		doc = parse$1(text);
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
function workingTreeSnapshot(repo) {
	let listing;
	return {
		label: "working tree",
		tree() {
			listing ??= (async () => {
				const [present, deleted] = await Promise.all([runGit(repo, [
					"ls-files",
					"-z",
					"--cached",
					"--others",
					"--exclude-standard"
				]), runGit(repo, [
					"ls-files",
					"-z",
					"--deleted"
				])]);
				const gone = new Set(splitNul(deleted.stdout.toString("utf8")));
				return new RepoTree(splitNul(present.stdout.toString("utf8")).filter((p) => !gone.has(p)));
			})();
			return listing;
		},
		async read(paths) {
			const entries = await Promise.all(paths.map(async (path) => {
				if (path.split("/").some((part) => part === ".." || part === "") || path.includes("\0")) return [path, void 0];
				const abs = join(repo, path);
				try {
					if (!(await lstat(abs)).isFile()) return [path, void 0];
					return [path, await readFile(abs, "utf8")];
				} catch {
					return [path, void 0];
				}
			}));
			return new Map(entries);
		}
	};
}
function splitNul(text) {
	return text.length === 0 ? [] : text.split("\0").filter((p) => p.length > 0);
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
async function runBoundariesOnWorkingTree(options) {
	const { mergeBase: mb } = await resolveRange(options.repo, options.base, "HEAD");
	const [tracked, untracked] = await Promise.all([runGit(options.repo, [
		"diff",
		"--raw",
		"-z",
		"--no-abbrev",
		"-M",
		"--ignore-submodules=none",
		mb,
		"--"
	]), runGit(options.repo, [
		"ls-files",
		"-z",
		"--others",
		"--exclude-standard"
	])]);
	const changes = parseRawDiff(tracked.stdout.toString("utf8"));
	for (const path of splitNul(untracked.stdout.toString("utf8"))) {
		const isFile = await lstat(join(options.repo, path)).then((s) => s.isFile(), () => false);
		changes.push({
			status: "added",
			path,
			oldMode: "000000",
			newMode: isFile ? "100644" : "120000",
			oldSha: "0".repeat(40),
			newSha: "0".repeat(40),
			oldKind: "none",
			newKind: isFile ? "file" : "symlink"
		});
	}
	const result = await checkBoundaries({
		boundaries: options.policy.boundaries,
		policyPath: options.policyPath ?? ".github/agent-guards.yml",
		changes,
		head: workingTreeSnapshot(options.repo),
		base: commitSnapshot(options.repo, mb),
		logger: options.logger
	});
	logOutcome(options.logger, result, `${mb.slice(0, 12)}..working tree`);
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
// packages/boundaries/lib/golden-sample.js
const GOLDEN_SAMPLE_RULE = "golden-sample-layout";
function familyOf(path) {
	const ext = posix.extname(path);
	if (/^\.[cm]?[jt]sx?$/.test(ext)) return "js";
	if (ext === ".py" || ext === ".pyi") return "python";
	if (ext === ".go") return "go";
	return ext;
}
function testName(path) {
	if (!isTestPath(path)) return void 0;
	const base = posix.basename(path);
	let m = /^(.+?)(\.(?:test|spec)\.[cm]?[jt]sx?)$/.exec(base);
	if (m) return {
		prefix: "",
		subject: m[1],
		suffix: m[2]
	};
	m = /^(test_)(.+)(\.py)$/.exec(base);
	if (m) return {
		prefix: m[1],
		subject: m[2],
		suffix: m[3]
	};
	m = /^(.+)(_test\.(?:py|go))$/.exec(base);
	if (m) return {
		prefix: "",
		subject: m[1],
		suffix: m[2]
	};
	const stem = stemOf(base);
	return {
		prefix: "",
		subject: stem,
		suffix: base.slice(stem.length)
	};
}
function stemOf(base) {
	const dot = base.indexOf(".", 1);
	return dot < 0 ? base : base.slice(0, dot);
}
function namingCase(stem) {
	if (/^[a-z0-9]+$/.test(stem)) return "lower";
	if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(stem)) return "kebab";
	if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(stem)) return "snake";
	if (/^[a-z][a-zA-Z0-9]*$/.test(stem)) return "camel";
	if (/^[A-Z][a-zA-Z0-9]*$/.test(stem)) return "pascal";
	return "other";
}
function casesCompatible(sample, added) {
	if (sample === "other" || sample === added) return true;
	if (sample === "lower") return added !== "pascal";
	return added === "lower" && sample !== "pascal";
}
const CASE_TEXT = {
	lower: "lowercase",
	kebab: "kebab-case",
	snake: "snake_case",
	camel: "camelCase",
	pascal: "PascalCase",
	other: "its own style"
};
const squash = (s) => s.toLowerCase().replace(/[-_.]/g, "");
function dirOf(path) {
	const d = posix.dirname(path);
	return d === "." ? "" : d;
}
function within(dir, rel) {
	return dir === "" ? rel : `${dir}/${rel}`;
}
function checkGoldenSampleLayout(input) {
	const findings = [];
	const known = input.knownFiles ? new Set(input.knownFiles) : void 0;
	const added = new Set(input.addedFiles);
	const sources = [];
	const tests = [];
	const listedTests = input.samples.filter((s) => !s.endsWith("/") && isTestPath(s));
	for (const raw of input.samples) {
		const sample = raw.replace(/^\.\//, "");
		if (sample.endsWith("/") || known !== void 0 && !known.has(sample) && input.knownFiles.some((f) => f.startsWith(`${sample}/`))) {
			folderShapes(sample.replace(/\/+$/, ""), input.knownFiles, listedTests, sources, tests);
			continue;
		}
		if (known && !known.has(sample)) {
			findings.push({
				rule: GOLDEN_SAMPLE_RULE,
				severity: "warning",
				message: `The golden sample ${sample} does not exist in the repository, so nothing can be compared with it.`
			});
			continue;
		}
		if (isTestPath(sample)) continue;
		const stem = stemOf(posix.basename(sample));
		sources.push({
			sample,
			family: familyOf(sample),
			namingCase: namingCase(stem),
			dir: dirOf(sample)
		});
		const test = findTest(sample, listedTests, input.knownFiles);
		if (test) tests.push(testShape(sample, test, void 0));
	}
	for (const path of input.addedFiles) {
		const family = familyOf(path);
		if (isTestPath(path)) {
			const candidates = tests.filter((t) => t.family === family);
			if (candidates.length === 0 || candidates.some((t) => testFits(t, path))) continue;
			const t = candidates[0];
			findings.push({
				rule: GOLDEN_SAMPLE_RULE,
				severity: "warning",
				message: `New test ${path} does not follow the golden sample's test layout: the sample's test is ${t.sampleTest}, so tests go in ${describeDir(t.dirPattern)} named ${t.name.prefix}<name>${t.name.suffix}.`,
				path
			});
			continue;
		}
		const candidates = sources.filter((s) => s.family === family);
		if (candidates.length === 0) continue;
		const fitting = candidates.find((s) => sourceFits(s, path));
		if (!fitting) {
			findings.push({
				rule: GOLDEN_SAMPLE_RULE,
				severity: "warning",
				message: `New file ${path} does not sit where the golden sample's pattern puts it: ${candidates.map(describeSourceShape).join("; or ")}.`,
				path
			});
			continue;
		}
		const caseOfNew = namingCase(stemOf(posix.basename(path)));
		if (!casesCompatible(fitting.namingCase, caseOfNew)) findings.push({
			rule: GOLDEN_SAMPLE_RULE,
			severity: "warning",
			message: `New file ${path} is named in ${CASE_TEXT[caseOfNew]}; the golden sample ${fitting.sample} is named in ${CASE_TEXT[fitting.namingCase]}.`,
			path
		});
		const expected = expectedTest(tests, path);
		if (expected && !added.has(expected.path) && !(known?.has(expected.path) ?? false)) findings.push({
			rule: GOLDEN_SAMPLE_RULE,
			severity: "warning",
			message: `New file ${path} has no test at ${expected.path}, where the golden sample's layout puts it (the sample ${expected.shape.sampleSource} is tested in ${expected.shape.sampleTest}).`,
			path
		});
	}
	return findings;
}
function folderShapes(folder, knownFiles, listedTests, sources, tests) {
	const files = (knownFiles ?? []).filter((f) => f.startsWith(`${folder}/`));
	const sourceFiles = files.filter((f) => !isTestPath(f));
	const families = new Set(sourceFiles.map(familyOf));
	const subDirs = new Set(sourceFiles.map((f) => dirOf(f.slice(folder.length + 1))));
	if (subDirs.size === 0) subDirs.add("");
	const feature = posix.basename(folder);
	for (const family of families.size > 0 ? families : /* @__PURE__ */ new Set([
		"js",
		"python",
		"go"
	])) sources.push({
		sample: `${folder}/`,
		family,
		namingCase: namingCase(feature),
		parent: dirOf(folder),
		subDirs
	});
	const testsOfFolder = /* @__PURE__ */ new Set([...files.filter(isTestPath), ...[...listedTests, ...(knownFiles ?? []).filter(isTestPath)].filter((t) => squash(testName(t).subject) === squash(feature))]);
	const main = sourceFiles.find((f) => stemOf(posix.basename(f)) === "index") ?? sourceFiles[0];
	for (const test of testsOfFolder) {
		const subject = squash(testName(test).subject);
		const source = sourceFiles.find((f) => squash(stemOf(posix.basename(f))) === subject) ?? (subject === squash(feature) ? main : void 0);
		if (source) tests.push(testShape(source, test, {
			folder,
			feature
		}));
	}
}
function findTest(source, listedTests, knownFiles) {
	const subject = squash(stemOf(posix.basename(source)));
	const family = familyOf(source);
	const matches = (t) => familyOf(t) === family && squash(testName(t)?.subject ?? "") === subject;
	return [...listedTests.filter(matches), ...(knownFiles ?? []).filter((f) => isTestPath(f) && matches(f))].sort((a, b) => sharedPrefix(b, source) - sharedPrefix(a, source))[0];
}
function sharedPrefix(a, b) {
	const pa = a.split("/");
	const pb = b.split("/");
	let n = 0;
	while (n < pa.length - 1 && n < pb.length - 1 && pa[n] === pb[n]) n += 1;
	return n;
}
function testShape(source, test, folder) {
	const name = testName(test);
	const withFeature = (dir) => {
		if (!folder) return dir;
		const parts = dir.split("/");
		const at = parts.lastIndexOf(folder.feature);
		if (at >= 0) parts[at] = "{feature}";
		return parts.join("/");
	};
	return {
		sampleSource: source,
		sampleTest: test,
		family: familyOf(test),
		dirPattern: withFeature(dirOf(test)),
		name,
		sourceDirPattern: withFeature(dirOf(source)),
		namedAfterFeature: folder !== void 0 && squash(name.subject) === squash(folder.feature)
	};
}
function sourceFits(shape, path) {
	if (shape.dir !== void 0) return dirOf(path) === shape.dir;
	const parent = shape.parent ?? "";
	const prefix = parent === "" ? "" : `${parent}/`;
	if (!path.startsWith(prefix)) return false;
	const rest = path.slice(prefix.length).split("/");
	if (rest.length < 2) return false;
	return shape.subDirs.has(rest.slice(1, -1).join("/"));
}
function dirRegex(pattern, capture = false) {
	const escaped = pattern.split("{feature}").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
	return new RegExp(`^${escaped.join(capture ? "([^/]+)" : "[^/]+")}$`);
}
function testFits(shape, path) {
	const name = posix.basename(path);
	if (!name.startsWith(shape.name.prefix) || !name.endsWith(shape.name.suffix)) return false;
	if (name.length <= shape.name.prefix.length + shape.name.suffix.length) return false;
	return dirRegex(shape.dirPattern).test(dirOf(path));
}
function expectedTest(tests, path) {
	const dir = dirOf(path);
	const base = posix.basename(path);
	for (const shape of tests) {
		if (shape.family !== familyOf(path)) continue;
		const m = dirRegex(shape.sourceDirPattern, true).exec(dir);
		if (!m) continue;
		if (shape.sourceDirPattern.includes("{feature}") && posix.basename(shape.sampleSource) !== base) continue;
		const feature = m[1];
		const testDir = feature === void 0 ? shape.dirPattern : shape.dirPattern.replace("{feature}", feature);
		const subject = shape.namedAfterFeature && feature !== void 0 ? feature : shape.sourceDirPattern.includes("{feature}") ? shape.name.subject : stemOf(base);
		return {
			path: within(testDir, `${shape.name.prefix}${subject}${shape.name.suffix}`),
			shape
		};
	}
}
function describeDir(pattern) {
	return pattern === "" ? "the repository root" : `${pattern.replace("{feature}", "<feature>")}/`;
}
function describeSourceShape(shape) {
	if (shape.dir !== void 0) return `the sample ${shape.sample} puts files like it in ${describeDir(shape.dir)}`;
	const sub = [...shape.subDirs ?? []].map((s) => s === "" ? "" : `${s}/`);
	const parent = shape.parent ? `${shape.parent}/` : "";
	return `the sample ${shape.sample} puts them in a feature folder ${parent}<feature>/${sub.length === 1 ? sub[0] : `{${sub.join(",")}}`}`;
}
export { BOUNDARIES_GUARD, BoundaryRules, GOLDEN_SAMPLE_RULE, ImportResolver, PATH_KINDS, RepoTree, SEARCH_PATH_KINDS, TreeCache, cachingSnapshot, checkBoundaries, checkGoldenSampleLayout, commitSnapshot, computedKey, familyOf, fileEdges, isDeclarationFile, languageOf, namingCase, parseImports, renderBoundariesSummary, runBoundariesGuard, runBoundariesOnWorkingTree, splitNul, testName, workingTreeSnapshot };

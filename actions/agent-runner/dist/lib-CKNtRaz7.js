import "./rolldown-runtime-C1I3wEg2.js";
import { t as settleInOrder, tt as ConfigurationError, y as reportFromFindings } from "./lib-DA4sP2xX.js";
import { n as braceExpand, t as Minimatch } from "./esm-LpoYNBFD.js";
import { C as readObjects, G as BUILT_IN_FORBIDDEN, H as isTestPath, R as POLICY_FORBIDDEN_CATEGORY, f as streamDiffTree, i as loadTicket, r as loadPolicy, v as resolveRange, z as nameWords } from "./lib-B3H81PlY.js";
import { n as isDependencyFile, t as dependencyBlobs } from "./dependency-sides-CGyTxBkW.js";
import { posix } from "node:path";
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
		const dependencies = deps.length > 0 && rules.dependencies ? await (await import("./dependency-findings-CN3OtccH.js")).dependencyFindings(rules.dependencies, deps, blobs) : {
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
	const compiling = Promise.all([policyLoad, ticketLoad]).then(([policy, ticket]) => decision.setRules(compileScopeRules(ticket, policy, {
		policyPath,
		ticketPath: options.ticketPath
	})));
	const [filesChanged, , ticket] = await settleInOrder([
		listing,
		policyLoad,
		ticketLoad,
		compiling
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
// packages/manifest-scope/lib/forbidden-table.js
const code = (s) => `\`${s.replace(/\|/g, "\\|")}\``;
function covers(c) {
	const parts = [];
	if (c.patterns.length > 0) parts.push(c.patterns.map(code).join(", "));
	if (c.words) parts.push(`the words ${c.words.map(code).join(", ")} in any folder or file name`);
	return parts.join("; and ");
}
function forbiddenCategoriesTable() {
	return [
		"| category | why | paths (globs, case-insensitive) | test files too | narrowable |",
		"|---|---|---|---|---|",
		...BUILT_IN_FORBIDDEN.map((c) => `| \`${c.id}\` | ${c.reason} | ${covers(c)} | ${c.testsExempt ? "no" : "yes"} | ${c.narrowable ? "yes" : "no"} |`)
	].join("\n");
}
function updateForbiddenCategoriesTable(readme) {
	return readme.replace(/(<!-- forbidden-categories:start -->)[\s\S]*?(<!-- forbidden-categories:end -->)/, `$1\n${forbiddenCategoriesTable()}\n$2`);
}
export { classifyPath as a, runEveryPrCategories as c, PathMatcher as d, detached as f, ScopeDecision as i, runScopeGuard as l, updateForbiddenCategoriesTable as n, compileEveryPrRules as o, normalizePattern as p, SCOPE_GUARD as r, compileScopeRules as s, forbiddenCategoriesTable as t, ForbiddenMatcher as u };

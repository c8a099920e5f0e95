import { t as Minimatch } from "./esm-CHQ4Fsde.js";
import { posix } from "node:path";
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
/** The languages a policy's `tests.frameworks` list selects. */
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
/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
	return posix.basename(path) === "conftest.py" && !IGNORED_SEGMENT.test(path);
}
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
defaultPatterns();
// packages/skip-set/lib/compare-collectors.js
/** A pytest node id without its parameter part: `f.py::T::test_x[1-a]` → `f.py::T::test_x`. */
function functionId(id) {
	const bracket = id.indexOf("[");
	return bracket < 0 ? id : id.slice(0, bracket);
}
function runs(status) {
	return status === "active" || status === "focused" || status === "xfail";
}
/**
* Compares the static collection with the runner's, test function by test
* function, for the files the runner covers. Skips only a run can see (a skip
* call in a body or fixture) are not disagreements: collection cannot see them.
*/
function compareCollections(staticCol, runnerCol, covers) {
	const group = (col, only) => {
		const out = /* @__PURE__ */ new Map();
		for (const t of col.tests.values()) {
			if (!only(t)) continue;
			const k = functionId(t.id);
			out.set(k, [...out.get(k) ?? [], t]);
		}
		return out;
	};
	const errored = new Set(runnerCol.errors.map((e) => e.path));
	const staticByFn = group(staticCol, covers);
	const runnerByFn = group(runnerCol, () => true);
	const out = [];
	for (const [id, tests] of staticByFn) {
		const main = tests.find((t) => t.id === id) ?? tests[0];
		const seen = runnerByFn.get(id);
		if (!seen) {
			if (errored.has(main.path)) continue;
			if (!runs(main.status) && main.reason?.startsWith("excluded by")) continue;
			const moduleSkip = runnerCol.skippedFiles?.get(main.path);
			if (moduleSkip !== void 0 && main.status !== "active") continue;
			out.push({
				id,
				path: main.path,
				line: main.line,
				staticView: main.status === "active" ? "collected" : `collected, ${main.status} (${main.reason ?? ""})`,
				runnerView: moduleSkip !== void 0 ? `module skipped at collection (${moduleSkip})` : "not collected"
			});
			continue;
		}
		if (main.skipKind === "runtime") continue;
		const runnerRuns = seen.some((t) => runs(t.status));
		const staticRuns = runs(main.status);
		if (staticRuns !== runnerRuns) {
			const r = seen.find((t) => !runs(t.status));
			out.push({
				id,
				path: main.path,
				line: main.line,
				staticView: staticRuns ? "active" : `${main.status} (${main.reason ?? ""})`,
				runnerView: runnerRuns ? "runs (conditions evaluated)" : `${r?.status} (${r?.reason ?? ""})`
			});
		}
	}
	for (const [id, tests] of runnerByFn) {
		if (staticByFn.has(id)) continue;
		const t = tests[0];
		out.push({
			id,
			path: t.path,
			line: t.line,
			staticView: "not found",
			runnerView: `collected (${tests.length} item(s))`
		});
	}
	return out;
}
/** Findings for disagreements: warnings, the first `cap` individually and a count for the rest. */
function disagreementFindings(list, revision, cap = 20) {
	const findings = list.slice(0, cap).map((d) => ({
		rule: "collector-disagreement",
		severity: "warning",
		message: `at ${revision}: static collector says ${d.staticView}; the framework says ${d.runnerView}.`,
		path: d.path,
		...d.line ? { line: d.line } : {},
		test: d.id
	}));
	if (list.length > cap) findings.push({
		rule: "collector-disagreement",
		severity: "warning",
		message: `${list.length - cap} more disagreement(s) between the static collector and the framework at ${revision} (see the report metrics).`
	});
	return findings;
}
export { isConftest as a, defaultPatterns as i, disagreementFindings as n, languagesFor as o, functionId as r, testLanguageOf as s, compareCollections as t };

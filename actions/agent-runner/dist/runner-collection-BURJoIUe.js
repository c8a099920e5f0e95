import "./rolldown-runtime-C1I3wEg2.js";
import { W as testLanguageOf, b as listFilesAt, c as withWorktree } from "./lib-B3H81PlY.js";
import { n as containedProcessEnv, t as openSandbox } from "./lib-C-AHDbDj.js";
import { r as functionId } from "./compare-collectors-CMLOFAQt.js";
import { a as testId, i as emptyCollection, t as IdAllocator } from "./model-BTWlNzb-.js";
import { tt as ConfigurationError } from "./lib-DA4sP2xX.js";
import { createRequire } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
// packages/skip-set/lib/runner/run-process.js
function commandWorks(argv, timeoutMs) {
	return new Promise((resolve) => {
		execFile(argv[0], argv.slice(1), {
			cwd: tmpdir(),
			env: containedProcessEnv(),
			timeout: timeoutMs
		}, (error) => resolve(!error));
	});
}
function tail(text, chars = 1500) {
	const t = text.trim();
	return t.length <= chars ? t : `\u2026${t.slice(-chars)}`;
}
// packages/skip-set/lib/runner/go-runner.js
async function collectWithGo(dir, options) {
	const go = options.go ?? "go";
	const env = {
		GOFLAGS: "-mod=mod",
		GOTOOLCHAIN: "local",
		GOPROXY: "off"
	};
	const timeoutMs = options.timeoutMs ?? 9e5;
	const list = await options.sandbox.run({
		argv: [
			go,
			"list",
			"-e",
			"-f",
			"{{.ImportPath}}	{{.Dir}}",
			"./..."
		],
		cwd: dir,
		env,
		timeoutMs
	});
	if (list.exitCode !== 0) throw new Error(`go list failed (exit ${list.exitCode}): ${tail(list.stderr)}`);
	const dirs = /* @__PURE__ */ new Map();
	for (const line of list.stdout.split("\n")) {
		const [importPath, pkgDir] = line.split("	");
		if (importPath && pkgDir) dirs.set(importPath, relative(dir, pkgDir) || ".");
	}
	const result = await options.sandbox.run({
		argv: [
			go,
			"test",
			"-list",
			"^(Test|Fuzz)",
			"./..."
		],
		cwd: dir,
		env,
		timeoutMs
	});
	if (result.timedOut) throw new Error("go test -list did not finish in time.");
	const collection = emptyCollection();
	let names = [];
	for (const line of result.stdout.split("\n")) {
		const ok = /^ok\s+(\S+)/.exec(line);
		const failed = /^FAIL\s+(\S+)\s+\[(.+)\]/.exec(line);
		if (ok || failed) {
			const pkg = (ok ?? failed)[1];
			const pkgDir = dirs.get(pkg) ?? pkg;
			collection.files += 1;
			if (failed) collection.errors.push({
				path: pkgDir,
				message: `go test -list: package ${pkg} ${failed[2]}: ${tail(result.stderr, 800)}`
			});
			for (const name of names) {
				const id = testId(pkgDir, [], name);
				collection.tests.set(id, {
					id,
					path: pkgDir,
					line: 1,
					name,
					suite: [],
					status: "active",
					body: ""
				});
			}
			names = [];
		} else if (/^(?:Test|Fuzz)\w*$/.test(line.trim())) names.push(line.trim());
	}
	if (result.exitCode !== 0 && collection.errors.length === 0) collection.errors.push({
		path: ".",
		message: `go test -list failed (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`, 800)}`
	});
	return collection;
}
async function hasGo(go = "go") {
	return commandWorks([go, "version"], 3e4);
}
// packages/skip-set/lib/runner/framework-collection.js
function checkoutPath(root, file) {
	return relative(root, file).split(sep).join("/");
}
// packages/skip-set/lib/runner/jest-runner.js
var JestUnsupportedError = class extends Error {
	name = "JestUnsupportedError";
};
const RUNNER_MODULE = "skip_set_jest_runner.cjs";
const NOTHING = "(?!)";
function runnerSource() {
	return readFileSync(new URL("./skip_set_jest_runner.cjs", import.meta.url), "utf8");
}
function projectName(p) {
	return (typeof p.displayName === "string" ? p.displayName : p.displayName?.name) ?? p.rootDir;
}
async function circusRunners(dir, options, timeoutMs) {
	const r = await options.sandbox.run({
		argv: [options.bin, "--showConfig"],
		cwd: dir,
		timeoutMs,
		readOnly: options.readOnly ?? []
	});
	const start = r.stdout.indexOf("{");
	let shown;
	try {
		if (r.exitCode !== 0 || start < 0) throw new Error("no configuration printed");
		shown = JSON.parse(r.stdout.slice(start));
	} catch {
		throw new Error(`jest --showConfig failed (exit ${r.exitCode}${r.timedOut ? ", timed out" : ""}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
	}
	const byProject = {};
	for (const p of shown.configs) {
		if (!/[\\/]jest-runner[\\/]/.test(p.runner)) throw new JestUnsupportedError(`jest project '${projectName(p)}' runs its files with '${p.runner}', not jest-runner, so they are not test files jest-circus can list.`);
		if (!/[\\/]jest-circus[\\/]/.test(p.testRunner)) throw new JestUnsupportedError(`jest project '${projectName(p)}' uses the test runner '${p.testRunner}'; the runner collector reads jest-circus's test tree (jest's default since 27).`);
		byProject[p.id] = p.testRunner;
	}
	return {
		version: shown.version,
		byProject,
		collectsTests: "collectTests" in shown.globalConfig
	};
}
function statusOf$1(test, skippedBy, dump) {
	if (skippedBy) return {
		status: "skipped",
		reason: skippedBy,
		skipKind: "marker"
	};
	if (test.mode === "todo") return {
		status: "todo",
		reason: "todo",
		skipKind: "marker"
	};
	if (test.mode === "only") return {
		status: "focused",
		reason: "only",
		skipKind: "focus"
	};
	if (dump.hasFocusedTests) return {
		status: "skipped",
		reason: "not run: a focused test (.only) in the file excludes it",
		skipKind: "focus"
	};
	if (test.failing) return {
		status: "xfail",
		reason: "failing",
		skipKind: "marker"
	};
	return { status: "active" };
}
function testsFromDump(path, dump) {
	const ids = new IdAllocator();
	const out = [];
	const walk = (nodes, suite, skippedBy) => {
		for (const node of nodes) {
			if (node.type === "describe") {
				walk(node.children, [...suite, node.name], skippedBy ?? (node.mode === "skip" ? `describe '${node.name}' skipped` : void 0));
				continue;
			}
			const own = node.mode === "skip" ? "skip" : void 0;
			const { status, reason, skipKind } = statusOf$1(node, skippedBy ?? own, dump);
			out.push({
				id: ids.allocate(testId(path, suite, node.name)),
				path,
				line: Math.max(1, node.line),
				name: node.name,
				suite,
				status,
				...reason ? {
					reason: `jest: ${reason}`,
					skipKind
				} : {},
				body: ""
			});
		}
	};
	walk(dump.tests, [], dump.rootMode === "skip" ? "the file is skipped" : void 0);
	return out;
}
async function collectWithJest(dir, options) {
	const timeoutMs = options.timeoutMs ?? 9e5;
	const work = mkdtempSync(join(tmpdir(), "skip-set-jest-"));
	try {
		const runner = join(work, RUNNER_MODULE);
		writeFileSync(runner, runnerSource());
		const noop = join(work, "noop.cjs");
		writeFileSync(noop, "module.exports = async () => {};\n");
		const out = join(work, "trees");
		mkdirSync(out);
		const results = join(work, "results.json");
		const { version, byProject, collectsTests } = await circusRunners(dir, options, timeoutMs);
		const first = Object.values(byProject)[0];
		const env = {
			SKIP_SET_JEST_OUT: out,
			SKIP_SET_JEST_CIRCUS: JSON.stringify({
				default: first,
				byProject
			})
		};
		const r = await options.sandbox.run({
			argv: [
				options.bin,
				"--ci",
				...collectsTests && options.collectTests !== false ? ["--collectTests"] : [],
				`--testRunner=${runner}`,
				`--testNamePattern=${NOTHING}`,
				"--json",
				`--outputFile=${results}`,
				"--passWithNoTests",
				`--globalSetup=${noop}`,
				`--globalTeardown=${noop}`,
				"--silent",
				"--reporters=default",
				"--watchman=false",
				"--coverage=false",
				"--forceExit",
				"--maxWorkers=100%"
			],
			cwd: dir,
			env,
			timeoutMs,
			writable: [work],
			readOnly: options.readOnly ?? []
		});
		if (!existsSync(results)) {
			if (r.timedOut) throw new Error(`jest did not finish collecting within ${Math.round(timeoutMs / 1e3)} s.`);
			throw new Error(`jest produced no results (exit ${r.exitCode}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
		}
		const parsed = JSON.parse(readFileSync(results, "utf8"));
		const root = realpathSync(dir);
		const collection = emptyCollection();
		const files = /* @__PURE__ */ new Set();
		for (const file of parsed.testResults) {
			const path = checkoutPath(root, file.name);
			files.add(path);
			collection.files += 1;
			const treeFile = join(out, `${createHash("sha1").update(file.name).digest("hex")}.json`);
			const dump = existsSync(treeFile) ? JSON.parse(readFileSync(treeFile, "utf8")) : void 0;
			const failure = file.status === "failed" ? stripVTControlCharacters(file.message).trim() : "";
			if (failure || !dump || dump.unhandledErrors.length > 0) {
				const why = failure || dump?.unhandledErrors.join("\n") || "jest ran the file without listing its tests";
				collection.errors.push({
					path,
					message: `jest could not collect ${path}: ${tail(why, 800)}`
				});
				continue;
			}
			for (const t of testsFromDump(path, dump)) collection.tests.set(t.id, t);
		}
		return {
			collection,
			files,
			version
		};
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
// packages/skip-set/lib/runner/js-runner.js
const JEST_CONFIGS = [
	"jest.config.js",
	"jest.config.ts",
	"jest.config.mjs",
	"jest.config.cjs",
	"jest.config.json"
];
function configuresJest(checkout) {
	if (JEST_CONFIGS.some((f) => existsSync(join(checkout, f)))) return true;
	try {
		return JSON.parse(readFileSync(join(checkout, "package.json"), "utf8")).jest !== void 0;
	} catch {
		return false;
	}
}
function jsRunnerFor(checkout, nodeModulesFrom, frameworks) {
	const installed = (tool) => existsSync(join(nodeModulesFrom, "node_modules", ".bin", tool));
	return (frameworks.includes("auto") ? configuresJest(checkout) ? ["jest", "vitest"] : ["vitest", "jest"] : frameworks.filter((f) => f === "vitest" || f === "jest")).find(installed);
}
function borrowNodeModules(dir, nodeModulesFrom) {
	if (!existsSync(join(dir, "node_modules"))) symlinkSync(resolve(nodeModulesFrom, "node_modules"), join(dir, "node_modules"), "dir");
}
// packages/skip-set/lib/runner/vitest-runner.js
const SCRIPT = "skip_set_vitest_collect.mjs";
function scriptSource() {
	return readFileSync(new URL("./skip_set_vitest_collect.mjs", import.meta.url), "utf8");
}
function statusOf(test, fileHasFocus) {
	if (test.mode === "todo") return {
		status: "todo",
		reason: "vitest: todo",
		skipKind: "marker"
	};
	if (test.mode === "skip") return fileHasFocus ? {
		status: "skipped",
		reason: "vitest: not run (a focused test in the file, or its own skip)",
		skipKind: "focus"
	} : {
		status: "skipped",
		reason: "vitest: skip (skipIf/runIf conditions evaluated)",
		skipKind: "marker"
	};
	if (test.focused) return {
		status: "focused",
		reason: "vitest: only",
		skipKind: "focus"
	};
	if (test.fails) return {
		status: "xfail",
		reason: "vitest: fails",
		skipKind: "marker"
	};
	return { status: "active" };
}
async function collectWithVitest(dir, options) {
	const timeoutMs = options.timeoutMs ?? 9e5;
	let entry;
	try {
		entry = createRequire(join(dir, "package.json")).resolve("vitest/node");
	} catch {
		throw new Error(`vitest's Node API (vitest/node) cannot be resolved from ${dir}.`);
	}
	const work = mkdtempSync(join(tmpdir(), "skip-set-vitest-"));
	try {
		const script = join(work, SCRIPT);
		writeFileSync(script, scriptSource());
		const out = join(work, "listing.json");
		const r = await options.sandbox.run({
			argv: [
				process.execPath,
				script,
				entry,
				out
			],
			cwd: dir,
			timeoutMs,
			writable: [work],
			readOnly: [process.execPath, ...options.readOnly ?? []]
		});
		if (!existsSync(out)) {
			if (r.timedOut) throw new Error(`vitest did not finish collecting within ${Math.round(timeoutMs / 1e3)} s.`);
			throw new Error(`vitest collection produced no listing (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}`);
		}
		const listing = JSON.parse(readFileSync(out, "utf8"));
		const root = realpathSync(dir);
		const collection = emptyCollection();
		const files = /* @__PURE__ */ new Set();
		for (const file of listing.files) {
			const path = checkoutPath(root, file.path);
			files.add(path);
			collection.files += 1;
			const errors = [...file.errors, ...file.tests.flatMap((t) => t.errors)];
			if (errors.length > 0) {
				collection.errors.push({
					path,
					message: `vitest could not collect ${path}: ${tail(errors.join("\n"), 800)}`
				});
				continue;
			}
			const ids = new IdAllocator();
			const hasFocus = file.tests.some((t) => t.focused);
			for (const t of file.tests) {
				const { status, reason, skipKind } = statusOf(t, hasFocus);
				const test = {
					id: ids.allocate(testId(path, t.suite, t.name)),
					path,
					line: Math.max(1, t.line),
					name: t.name,
					suite: t.suite,
					status,
					...reason ? {
						reason,
						skipKind
					} : {},
					body: ""
				};
				collection.tests.set(test.id, test);
			}
		}
		for (const e of listing.unhandledErrors) collection.errors.push({
			path: ".",
			message: `vitest reported an error while collecting: ${tail(e, 800)}`
		});
		return {
			collection,
			files,
			version: listing.version
		};
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
// packages/skip-set/lib/runner/pytest-runner.js
const PLUGIN_MODULE = "skip_set_pytest_plugin";
function pluginSource() {
	return readFileSync(new URL("./skip_set_pytest_plugin.py", import.meta.url), "utf8");
}
function testFromNodeId(nodeid, path, line, status, reason) {
	const parts = nodeid.split("::");
	const name = parts[parts.length - 1] ?? nodeid;
	return {
		id: nodeid,
		path: parts[0] ?? path,
		line: Math.max(1, line),
		name,
		suite: parts.slice(1, -1),
		status,
		...status !== "active" ? {
			reason,
			skipKind: "marker"
		} : {},
		body: ""
	};
}
async function collectWithPytest(dir, options) {
	const python = options.python ?? "python3";
	const work = mkdtempSync(join(tmpdir(), "skip-set-pytest-"));
	try {
		writeFileSync(join(work, `${PLUGIN_MODULE}.py`), pluginSource());
		const reportPath = join(work, "report.json");
		const result = await options.sandbox.run({
			argv: [
				python,
				"-m",
				"pytest",
				"--collect-only",
				"-q",
				"-p",
				PLUGIN_MODULE,
				"-p",
				"no:cacheprovider",
				"--continue-on-collection-errors",
				"--rootdir",
				dir,
				...options.paths ?? []
			],
			cwd: dir,
			env: {
				PYTHONPATH: work,
				SKIP_SET_REPORT: reportPath,
				PYTHONDONTWRITEBYTECODE: "1"
			},
			writable: [work],
			timeoutMs: options.timeoutMs ?? 9e5
		});
		let report;
		try {
			report = JSON.parse(readFileSync(reportPath, "utf8"));
		} catch {
			if (result.timedOut) throw new Error(`pytest collection did not finish within ${Math.round((options.timeoutMs ?? 9e5) / 1e3)} s.`);
			if (/No module named pytest/.test(result.stderr)) throw new ConfigurationError(`pytest is not installed for '${python}'.`, {
				field: "tests.collector",
				fix: `install pytest and the project's test dependencies for ${python} before the guard runs, or use collector 'static'.`
			});
			throw new Error(`pytest collection produced no report (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`)}`);
		}
		const collection = emptyCollection();
		collection.skippedFiles = /* @__PURE__ */ new Map();
		const files = /* @__PURE__ */ new Set();
		for (const item of [...report.items, ...report.deselected]) {
			files.add(item.path);
			if (item.status === "error") {
				collection.errors.push({
					path: item.path,
					line: item.line,
					message: `${item.nodeid}: ${item.reason}`
				});
				continue;
			}
			collection.tests.set(item.nodeid, testFromNodeId(item.nodeid, item.path, item.line, item.status, item.reason));
		}
		for (const s of report.skipped_collectors) collection.skippedFiles.set(s.nodeid.split("::")[0], s.reason);
		for (const e of report.errors) collection.errors.push({
			path: e.nodeid.split("::")[0] || ".",
			message: `pytest could not collect ${e.nodeid || "the session"}: ${tail(e.message, 800)}`
		});
		collection.files = files.size;
		return collection;
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
async function hasPytest(python = "python3") {
	return commandWorks([
		python,
		"-c",
		"import pytest"
	], 6e4);
}
// packages/skip-set/lib/runner/runner-collection.js
function onlyPaths(collection, keep) {
	const out = emptyCollection();
	out.files = collection.files;
	for (const [id, t] of collection.tests) if (keep(t.path)) out.tests.set(id, t);
	out.errors = collection.errors.filter((e) => keep(e.path));
	if (collection.skippedFiles) out.skippedFiles = collection.skippedFiles;
	return out;
}
function merge(a, b) {
	const out = emptyCollection();
	out.files = a.files + b.files;
	for (const c of [a, b]) for (const [id, t] of c.tests) out.tests.set(id, t);
	out.errors = [...a.errors, ...b.errors];
	out.skippedFiles = new Map([...a.skippedFiles ?? [], ...b.skippedFiles ?? []]);
	return out;
}
const availability = /* @__PURE__ */ new Map();
function available(tool, check) {
	let known = availability.get(tool);
	if (!known) {
		known = check();
		availability.set(tool, known);
	}
	return known;
}
async function collectWithRunners(options, rev, patterns, label) {
	const files = await listFilesAt(options.repo, rev);
	const has = (l) => patterns.languages.has(l) && files.some((f) => testLanguageOf(f, patterns) === l);
	const settings = options.runner ?? {};
	const covered = /* @__PURE__ */ new Set();
	const coveredFiles = /* @__PURE__ */ new Set();
	const notes = [];
	const nodeModulesFrom = settings.nodeModulesFrom ?? options.repo;
	const borrowed = resolve(nodeModulesFrom, "node_modules");
	return withWorktree(options.repo, rev, async (dir) => {
		const sandbox = await openSandbox({
			settings: options.policy.runner.sandbox,
			policyPath: options.policyPath ?? ".github/agent-guards.yml",
			workdir: dir,
			readOnlyWorkdir: true,
			logger: options.logger
		});
		try {
			return await collectIn(dir, sandbox);
		} finally {
			await sandbox.close();
		}
	});
	async function collectIn(dir, sandbox) {
		let collection = emptyCollection();
		if (has("python")) {
			if (!await available(`python:${settings.python ?? "python3"}`, () => hasPytest(settings.python))) notes.push({
				rule: "runner-unavailable",
				severity: "warning",
				message: `pytest is not importable by ${settings.python ?? "python3"}: Python tests at ${label} were collected statically.`
			});
			else {
				options.logger.info(`skip-set: pytest --collect-only at ${label} (${rev.slice(0, 12)})`);
				collection = merge(collection, await collectWithPytest(dir, {
					sandbox,
					...settings.python ? { python: settings.python } : {},
					...settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}
				}));
				covered.add("python");
			}
		}
		if (has("go")) {
			if (!await available(`go:${settings.go ?? "go"}`, () => hasGo(settings.go))) notes.push({
				rule: "runner-unavailable",
				severity: "notice",
				message: `go is not installed: Go tests at ${label} were collected statically.`
			});
			else {
				options.logger.info(`skip-set: go test -list at ${label}`);
				collection = merge(collection, await collectWithGo(dir, {
					sandbox,
					...settings.go ? { go: settings.go } : {},
					...settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}
				}));
				covered.add("go");
			}
		}
		const tool = has("javascript") ? jsRunnerFor(dir, nodeModulesFrom, options.policy.tests.frameworks) : void 0;
		if (tool) {
			const timeout = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
			try {
				borrowNodeModules(dir, nodeModulesFrom);
				const js = {
					sandbox,
					readOnly: [borrowed],
					...timeout
				};
				const framework = tool === "jest" ? await collectWithJest(dir, {
					bin: join(dir, "node_modules", ".bin", "jest"),
					...js
				}) : await collectWithVitest(dir, js);
				options.logger.info(`skip-set: ${tool} ${framework.version} collected ${framework.files.size} test file(s) at ${label}`);
				collection = merge(collection, framework.collection);
				for (const f of framework.files) coveredFiles.add(f);
			} catch (e) {
				const message = e instanceof Error ? e.message : String(e);
				notes.push(e instanceof JestUnsupportedError ? {
					rule: "runner-unavailable",
					severity: "warning",
					message: `${message} JavaScript tests at ${label} were collected statically.`
				} : {
					rule: "collection-error",
					severity: "error",
					message: `${tool} could not list the tests at ${label}: ${message}`
				});
			}
		}
		return {
			collection,
			covered,
			coveredFiles,
			notes
		};
	}
}
function alignWithStatic(runner, staticCol, paths) {
	const byLine = /* @__PURE__ */ new Map();
	for (const t of staticCol.tests.values()) {
		if (!paths.has(t.path)) continue;
		const key = `${t.path}:${t.line}`;
		byLine.set(key, [...byLine.get(key) ?? [], t]);
	}
	const aligned = /* @__PURE__ */ new Map();
	for (const [id, t] of runner.tests) {
		const declared = paths.has(t.path) && !staticCol.tests.has(id) ? byLine.get(`${t.path}:${t.line}`) : void 0;
		if (declared?.length !== 1) {
			aligned.set(id, t);
			continue;
		}
		const next = {
			...t,
			id: `${declared[0].id}[${id.slice(t.path.length + 2)}]`
		};
		aligned.set(next.id, next);
	}
	runner.tests = aligned;
}
function borrowBodies(runner, staticCol) {
	for (const t of runner.tests.values()) {
		if (t.body) continue;
		const source = staticCol.tests.get(t.id) ?? staticCol.tests.get(functionId(t.id));
		if (source) t.body = source.body;
	}
}
export { alignWithStatic, borrowBodies, collectWithRunners, merge, onlyPaths };

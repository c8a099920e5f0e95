import "./rolldown-runtime-C1I3wEg2.js";
import { i as dependencyFileOf, r as sides, s as minimatch } from "./dependency-sides-BXAldebR.js";
import { _ as table, a as packageKey, c as cargoSource, f as pep508Source, g as canonical, h as at, i as lockfileDir, l as npmSource, o as reachable, p as pythonTableSource, r as diffLockfiles, s as REGISTRY, t as LockfileError, u as onRegistryHost } from "./locked-packages-BvSneJQC.js";
import { t as parse } from "./dist-Csm3XxGo.js";
import { n as parsePep508, t as normalizePythonName } from "./pep508-Bbru85ZZ.js";
import { n as readNpmLockfile } from "./npm-lockfile-CGHOzD96.js";
import { createHash } from "node:crypto";
import { posix } from "node:path";
// packages/dependency-manifests/lib/manifest-sections.js
const DEV_GROUP = /^(dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|check|ci)$/i;
function isDevRequirementsPath(path) {
	return /(?:^|[-_./])(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|ci)(?=[-_./]|$)/i.test(path.replace(/requirements|constraints/gi, ""));
}
const PIPFILE_NON_CATEGORIES = /* @__PURE__ */ new Set([
	"source",
	"requires",
	"pipenv",
	"scripts",
	"packages",
	"dev-packages"
]);
function manifestSections(format, doc) {
	const out = [];
	const add = (path, dev, shape) => {
		if (at(doc, path) !== void 0) out.push({
			path,
			dev,
			shape
		});
	};
	switch (format) {
		case "package-json":
			for (const s of [
				"dependencies",
				"optionalDependencies",
				"peerDependencies"
			]) add([s], false, "table");
			add(["devDependencies"], true, "table");
			break;
		case "pyproject": {
			const project = table(doc.project);
			const tool = table(doc.tool);
			add(["project", "dependencies"], false, "list");
			add(["build-system", "requires"], false, "list");
			for (const extra of Object.keys(table(project["optional-dependencies"]))) add([
				"project",
				"optional-dependencies",
				extra
			], DEV_GROUP.test(extra), "list");
			for (const group of Object.keys(table(doc["dependency-groups"]))) add(["dependency-groups", group], true, "list");
			add([
				"tool",
				"uv",
				"dev-dependencies"
			], true, "list");
			for (const group of Object.keys(table(table(tool.pdm)["dev-dependencies"]))) add([
				"tool",
				"pdm",
				"dev-dependencies",
				group
			], true, "list");
			add([
				"tool",
				"rye",
				"dev-dependencies"
			], true, "list");
			for (const env of Object.keys(table(table(tool.hatch).envs))) {
				add([
					"tool",
					"hatch",
					"envs",
					env,
					"dependencies"
				], true, "list");
				add([
					"tool",
					"hatch",
					"envs",
					env,
					"extra-dependencies"
				], true, "list");
			}
			add([
				"tool",
				"poetry",
				"dependencies"
			], false, "table");
			add([
				"tool",
				"poetry",
				"dev-dependencies"
			], true, "table");
			for (const group of Object.keys(table(table(tool.poetry).group))) add([
				"tool",
				"poetry",
				"group",
				group,
				"dependencies"
			], group !== "main", "table");
			break;
		}
		case "pipfile":
			add(["packages"], false, "table");
			add(["dev-packages"], true, "table");
			for (const [key, value] of Object.entries(doc)) if (!PIPFILE_NON_CATEGORIES.has(key) && table(value) === value) add([key], true, "table");
			break;
		case "cargo-toml":
			add(["dependencies"], false, "table");
			add(["dev-dependencies"], true, "table");
			add(["build-dependencies"], false, "table");
			add(["workspace", "dependencies"], false, "table");
			for (const target of Object.keys(table(doc.target))) {
				add([
					"target",
					target,
					"dependencies"
				], false, "table");
				add([
					"target",
					target,
					"dev-dependencies"
				], true, "table");
				add([
					"target",
					target,
					"build-dependencies"
				], false, "table");
			}
	}
	return out;
}
function resolutionSettings(format, doc) {
	const out = /* @__PURE__ */ new Map();
	const add = (path) => {
		const value = at(doc, path);
		if (value !== void 0) out.set(path.join("."), canonical(value));
	};
	switch (format) {
		case "package-json":
			for (const key of [
				"overrides",
				"resolutions",
				"pnpm",
				"bundleDependencies",
				"bundledDependencies",
				"workspaces",
				"packageManager",
				"dependenciesMeta",
				"devEngines",
				"trustedDependencies",
				"patchedDependencies",
				"catalog",
				"catalogs"
			]) add([key]);
			break;
		case "pyproject":
			for (const key of Object.keys(table(table(doc.tool).uv))) if (key !== "dev-dependencies") add([
				"tool",
				"uv",
				key
			]);
			add([
				"tool",
				"poetry",
				"source"
			]);
			add([
				"tool",
				"pdm",
				"source"
			]);
			add([
				"tool",
				"pdm",
				"resolution"
			]);
			add([
				"tool",
				"rye",
				"sources"
			]);
			add(["tool", "pixi"]);
			add([
				"tool",
				"setuptools",
				"dynamic"
			]);
			add([
				"tool",
				"hatch",
				"metadata"
			]);
			add(["project", "dynamic"]);
			add(["build-system", "build-backend"]);
			add(["build-system", "backend-path"]);
			break;
		case "pipfile":
			add(["source"]);
			add(["pipenv"]);
			add(["requires"]);
			break;
		case "cargo-toml":
			add(["patch"]);
			add(["replace"]);
			add(["features"]);
	}
	return out;
}
// packages/dependency-manifests/lib/go-mod.js
var GoModSyntaxError = class extends Error {
	name = "GoModSyntaxError";
};
const IGNORED = /* @__PURE__ */ new Set([
	"module",
	"godebug",
	"retract",
	"tool",
	"ignore"
]);
const SETTINGS = /* @__PURE__ */ new Set([
	"replace",
	"exclude",
	"go",
	"toolchain"
]);
function tokens(line) {
	const out = [];
	const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
	for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]);
	return out;
}
function entry(directive, operands, mod, number) {
	if (IGNORED.has(directive)) return;
	if (directive === "require") {
		const [module, version] = operands;
		if (!module || !version) throw new GoModSyntaxError(`line ${number}: require needs a module path and a version`);
		mod.requires.push({
			module,
			version
		});
		return;
	}
	if (!SETTINGS.has(directive)) throw new GoModSyntaxError(`line ${number}: unknown directive '${directive}'`);
	const arrow = operands.indexOf("=>");
	const key = arrow < 0 ? directive === "exclude" ? operands.join(" ") : "" : operands.slice(0, arrow).join(" ");
	const value = arrow < 0 ? directive === "exclude" ? "excluded" : operands.join(" ") : operands.slice(arrow + 1).join(" ");
	mod.settings.set(`${directive} ${key}`.trim(), value);
}
function parseGoMod(text) {
	const mod = {
		requires: [],
		settings: /* @__PURE__ */ new Map()
	};
	let block;
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i += 1) {
		const words = tokens(lines[i].replace(/\/\/.*$/, ""));
		if (words.length === 0) continue;
		if (block !== void 0) {
			if (words[0] === ")") block = void 0;
			else entry(block, words, mod, i + 1);
			continue;
		}
		const [directive, ...operands] = words;
		if (operands[0] === "(" && operands.length === 1) block = directive;
		else entry(directive, operands, mod, i + 1);
	}
	if (block !== void 0) throw new GoModSyntaxError(`the ${block} block is not closed`);
	return mod;
}
// packages/dependency-manifests/lib/requirements-file.js
var RequirementsSyntaxError = class extends Error {
	name = "RequirementsSyntaxError";
};
const LONG_NAMES = {
	"-r": "--requirement",
	"-c": "--constraint",
	"-e": "--editable",
	"-i": "--index-url",
	"-f": "--find-links"
};
function logicalLines(text) {
	const out = [];
	const physical = text.split(/\r?\n/);
	for (let i = 0; i < physical.length; i += 1) {
		const number = i + 1;
		let line = physical[i];
		while (line.endsWith("\\") && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i];
		line = line.replace(/(^|\s)#.*$/, "").trim();
		if (line) out.push({
			line,
			number
		});
	}
	return out;
}
function splitOption(line) {
	const long = /^(--[A-Za-z-]+)(?:=|\s+|$)(.*)$/s.exec(line);
	if (long) return {
		name: long[1],
		value: long[2].trim()
	};
	const short = /^(-[A-Za-z])\s*(.*)$/s.exec(line);
	return {
		name: LONG_NAMES[short[1]] ?? short[1],
		value: short[2].trim()
	};
}
function unnamed(target) {
	const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target);
	const name = egg ? egg[1] : target;
	return {
		name: egg ? name.toLowerCase().replace(/[-_.]+/g, "-") : name,
		extras: [],
		specifier: "",
		url: target
	};
}
function looksLikeTarget(text) {
	return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || text.startsWith(".") || text.startsWith("/") || text.includes("/") || /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(text);
}
function requirementLine(text, editable, number) {
	const optionAt = text.search(/\s--?[A-Za-z]/);
	const spec = (optionAt < 0 ? text : text.slice(0, optionAt)).trim();
	const options = optionAt < 0 ? [] : text.slice(optionAt).trim().split(/\s+(?=--?[A-Za-z])/);
	const hashes = options.filter((o) => o.startsWith("--hash")).map((o) => o.replace(/^--hash[=\s]\s*/, "")).sort();
	const buildOptions = options.filter((o) => !o.startsWith("--hash"));
	const usesEnvironment = text.includes("${");
	let requirement;
	let unnamedTarget;
	if (editable || looksLikeTarget(spec) && !/^[A-Za-z0-9._-]+\s*(\[[^\]]*\])?\s*@/.test(spec)) {
		unnamedTarget = spec;
		requirement = unnamed(spec);
	} else if (usesEnvironment) {
		const named = parsePep508(spec.replace(/\$\{[^}]*\}/g, "0"));
		requirement = named ? {
			...named,
			specifier: spec.slice(spec.search(/[<>=!~;@[\s]/) >= 0 ? spec.search(/[<>=!~;@[\s]/) : spec.length).trim()
		} : unnamed(spec);
	} else requirement = parsePep508(spec);
	if (!requirement) throw new RequirementsSyntaxError(`line ${number}: '${spec}' is not a requirement (PEP 508)`);
	return {
		requirement,
		editable,
		...unnamedTarget !== void 0 ? { unnamedTarget } : {},
		...hashes.length > 0 ? { hashes: `${hashes.length} hash(es) ${createHash("sha256").update(hashes.join(" ")).digest("hex").slice(0, 8)}` } : {},
		buildOptions,
		usesEnvironment
	};
}
function parseRequirementsFile(text) {
	const file = {
		requirements: [],
		options: [],
		includes: []
	};
	for (const { line, number } of logicalLines(text)) {
		if (!line.startsWith("-")) {
			file.requirements.push(requirementLine(line, false, number));
			continue;
		}
		const { name, value } = splitOption(line);
		if (name === "--editable") {
			if (!value) throw new RequirementsSyntaxError(`line ${number}: -e needs a path or URL`);
			file.requirements.push(requirementLine(value, true, number));
			continue;
		}
		if (name === "--requirement" || name === "--constraint") file.includes.push(value);
		file.options.push(value ? `${name} ${value}` : name);
	}
	return file;
}
// packages/dependency-manifests/lib/declared-dependencies.js
var DependencyFileError = class extends Error {
	name = "DependencyFileError";
};
function specText(value) {
	return typeof value === "string" ? value : JSON.stringify(value);
}
function fromSection(ecosystem, doc, s, dir) {
	const section = s.path.join(".");
	const value = at(doc, s.path);
	if (s.shape === "list") {
		if (value === void 0) return [];
		if (!Array.isArray(value)) throw new DependencyFileError(`'${section}' is not a list of requirements`);
		return value.flatMap((x) => {
			if (x && typeof x === "object" && "include-group" in x) return [];
			if (typeof x !== "string") throw new DependencyFileError(`'${section}' has an entry that is not a requirement string: ${JSON.stringify(x)}`);
			const r = parsePep508(x);
			if (!r) throw new DependencyFileError(`'${section}' has ${JSON.stringify(x)}, which is not a PEP 508 requirement`);
			const spec = [r.url ? `@ ${r.url}` : r.specifier, r.marker ? `; ${r.marker}` : ""].filter(Boolean).join(" ");
			return [{
				ecosystem,
				name: r.name,
				dev: s.dev,
				section,
				spec,
				source: pep508Source(r, dir)
			}];
		});
	}
	if (value !== void 0 && (typeof value !== "object" || Array.isArray(value))) throw new DependencyFileError(`'${section}' is not a table of dependencies`);
	return Object.entries(value ?? {}).filter(([name]) => !(ecosystem === "pypi" && name.toLowerCase() === "python")).map(([name, spec]) => ({
		ecosystem,
		name: ecosystem === "pypi" ? normalizePythonName(name) : name,
		dev: s.dev,
		section,
		spec: specText(spec),
		source: ecosystem === "npm" ? typeof spec === "string" ? npmSource(name, spec, dir) : {
			kind: "other",
			detail: `${JSON.stringify(spec)}, which is not a version spec`
		} : ecosystem === "cargo" ? cargoSource(name, spec, dir) : pythonTableSource(spec, dir)
	}));
}
function parseManifestDocument(format, text) {
	const doc = format === "package-json" ? JSON.parse(text) : parse(text);
	if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new DependencyFileError("not an object at the top level");
	return doc;
}
function fromRequirements(path, text, dir) {
	const dev = isDevRequirementsPath(path);
	const file = parseRequirementsFile(text);
	return {
		dependencies: file.requirements.map((line) => {
			const r = line.requirement;
			const spec = [
				line.editable ? "-e" : "",
				r.url ? line.unnamedTarget !== void 0 ? r.url : `@ ${r.url}` : r.specifier,
				r.marker ? `; ${r.marker}` : "",
				line.hashes ? `(${line.hashes})` : ""
			].filter(Boolean).join(" ");
			let source = line.unnamedTarget !== void 0 || r.url ? pep508Source({
				...r,
				url: r.url ?? line.unnamedTarget
			}, dir) : REGISTRY;
			if (line.usesEnvironment) source = {
				kind: "other",
				detail: "a line pip completes from environment variables (${\u2026})"
			};
			else if (line.buildOptions.length > 0) source = {
				kind: "other",
				detail: `a build with ${line.buildOptions.join(" ")}`
			};
			else if (line.editable && source.kind === "registry") source = {
				kind: "other",
				detail: `an editable install (-e ${line.unnamedTarget ?? r.name})`
			};
			return {
				ecosystem: "pypi",
				name: r.name,
				dev,
				section: path,
				spec,
				source
			};
		}),
		settings: new Map(file.options.map((o) => [o, o]))
	};
}
function fromGoMod(text) {
	const mod = parseGoMod(text);
	return {
		dependencies: mod.requires.map((r) => ({
			ecosystem: "go",
			name: r.module,
			dev: false,
			section: "require",
			spec: r.version,
			source: REGISTRY
		})),
		settings: mod.settings
	};
}
function readManifest(path, text) {
	const file = dependencyFileOf(path);
	if (!file || file.role !== "manifest" || file.format === "unread") return {
		dependencies: [],
		settings: /* @__PURE__ */ new Map()
	};
	const dir = posix.dirname(path) === "." ? "" : posix.dirname(path);
	try {
		switch (file.format) {
			case "requirements": return fromRequirements(path, text, dir);
			case "go-mod": return fromGoMod(text);
			case "setup-py":
			case "setup-cfg": throw new DependencyFileError(`${path} declares dependencies in a form that is not read here (move them to pyproject.toml)`);
			default: {
				const doc = parseManifestDocument(file.format, text);
				return {
					dependencies: manifestSections(file.format, doc).flatMap((s) => fromSection(file.ecosystem, doc, s, dir)),
					settings: resolutionSettings(file.format, doc)
				};
			}
		}
	} catch (error) {
		if (error instanceof DependencyFileError) throw error;
		throw new DependencyFileError(`cannot parse ${path}: ${error.message.split("\n")[0]}`);
	}
}
function diffDeclared(before, after) {
	const key = (d) => `${d.section}\0${d.name}`;
	const old = new Map(before.map((d) => [key(d), d]));
	const changes = [];
	const seen = /* @__PURE__ */ new Set();
	for (const d of after) {
		const k = key(d);
		seen.add(k);
		const prev = old.get(k);
		if (!prev) changes.push({
			kind: "added",
			dependency: d
		});
		else if (prev.spec !== d.spec) changes.push({
			kind: "changed",
			dependency: d,
			previousSpec: prev.spec
		});
	}
	for (const [k, d] of old) if (!seen.has(k)) changes.push({
		kind: "removed",
		dependency: d
	});
	return changes;
}
function diffSettings(before, after) {
	return [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort().filter((k) => before.get(k) !== after.get(k)).map((k) => [
		k,
		before.get(k),
		after.get(k)
	]);
}
// packages/dependency-manifests/lib/lockfile-change.js
const READERS = {
	"npm-lock": () => Promise.resolve(readNpmLockfile),
	"yarn-lock": async () => (await import("./yarn-lockfile-C927jiiS.js")).readYarnLockfile,
	"pnpm-lock": async () => (await import("./pnpm-lockfile-S8fUJDil.js")).readPnpmLockfile,
	"bun-lock": async () => (await import("./bun-lockfile-B3vQlDp3.js")).readBunLockfile,
	"poetry-lock": async () => (await import("./python-lockfiles-FRtkmg5p.js")).readPoetryLockfile,
	"uv-lock": async () => (await import("./python-lockfiles-FRtkmg5p.js")).readUvLockfile,
	"pdm-lock": async () => (await import("./python-lockfiles-FRtkmg5p.js")).readPdmLockfile,
	"pipfile-lock": async () => (await import("./python-lockfiles-FRtkmg5p.js")).readPipfileLockfile,
	pylock: async () => (await import("./python-lockfiles-FRtkmg5p.js")).readPylockFile,
	"cargo-lock": async () => (await import("./cargo-go-lockfiles-DbSJvKnG.js")).readCargoLockfile,
	"go-sum": async () => (await import("./cargo-go-lockfiles-DbSJvKnG.js")).readGoSum
};
async function readLockfile(path, text) {
	const file = dependencyFileOf(path);
	if (!file || file.role !== "lockfile" || file.format === "unread") throw new DependencyFileError(`${path} is not a lockfile this guard reads`);
	const dir = lockfileDir(path);
	const read = await READERS[file.format]();
	try {
		return read(text, dir);
	} catch (error) {
		if (error instanceof LockfileError) throw new DependencyFileError(`${path} ${error.message}`);
		throw new DependencyFileError(`cannot parse ${path}: ${error.message.split("\n")[0]}`);
	}
}
const MAX_NAMED = 5;
function some(packages, describe = packageKey) {
	const shown = packages.slice(0, MAX_NAMED).map(describe).join(", ");
	return packages.length > MAX_NAMED ? `${shown} and ${packages.length - MAX_NAMED} more` : shown;
}
function lockfileProblems(path, ecosystem, change, after, why) {
	const problems = [];
	if (change.altered.length > 0) problems.push({
		rule: "lockfile-change-unexplained",
		message: `${path} pins other bytes for ${some(change.altered.map((a) => a.after))} without changing the version (integrity, checksum or source changed). Regenerate the lockfile with the package manager, or leave it unchanged.`
	});
	if (change.added.length === 0) return problems;
	if (!why.manifestChanged) {
		problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds or changes ${some(change.added)}, but no manifest beside it changes a dependency. A lockfile changes only with its manifest: make the change in the manifest, or revert the lockfile.`
		});
		return problems;
	}
	const foreign = change.added.filter((p) => p.source.kind === "other" || p.source.kind === "registry" && p.source.url !== void 0 && !onRegistryHost(ecosystem, p.source.url, why.registryHosts));
	if (foreign.length > 0) {
		const from = (p) => `${packageKey(p)} from ${p.source.kind === "other" ? p.source.detail : p.source.kind === "registry" ? p.source.url : p.source.detail}`;
		problems.push({
			rule: "dependency-source-not-registry",
			message: `${path} installs ${some(foreign, from)}: not a registry the policy names (runner.sandbox.registries.${ecosystem}). Depend on the registry's release instead.`
		});
	}
	if (after?.graph) {
		const used = reachable(after.packages, [...after.roots, ...why.declared]);
		const orphans = change.added.filter((p) => !used.has(p.name) && p.source.kind !== "local");
		if (orphans.length > 0) problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds ${some(orphans)}, which neither the manifests nor any package in the lockfile depends on. Regenerate the lockfile with the package manager.`
		});
	}
	if (why.devOnly) {
		const runtime = change.added.filter((p) => p.dev === false && p.source.kind !== "local");
		if (runtime.length > 0) problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds ${some(runtime)} for runtime (not marked dev-only), but the manifests change only dev dependencies.`
		});
	}
	return problems;
}
// packages/manifest-scope/lib/dependency-findings.js
const dirOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
const clip = (s) => s === void 0 ? "absent" : s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
async function dependencyFindings(rules, files, blobs) {
	const findings = [];
	const manifests = [];
	const lockfiles = [];
	let changes = 0;
	const text = (side) => {
		const blob = blobs.get(side.sha);
		if (!blob) throw new DependencyFileError(`cannot read ${side.path} (${side.sha.slice(0, 12)})`);
		return blob.toString("utf8");
	};
	const unparsable = (path, error) => {
		if (!(error instanceof DependencyFileError)) throw error;
		findings.push({
			rule: "dependency-file-unparsable",
			severity: "error",
			path,
			message: `${error.message}; dependency changes cannot be checked. Fix the file so its package manager can read it.`
		});
	};
	for (const f of files) {
		const { before, after } = sides(f);
		if (!(after ?? before)) continue;
		const pairs = before && after && (before.file.format !== after.file.format || before.file.ecosystem !== after.file.ecosystem) ? [[before, void 0], [void 0, after]] : [[before, after]];
		for (const [b, a] of pairs) {
			const side = a ?? b;
			const file = side.file;
			if (file.format === "settings") {
				changes += 1;
				findings.push({
					rule: "dependency-resolution-changed",
					severity: "error",
					path: side.path,
					message: `${side.path} is ${file.tool}: it decides where and how dependencies are installed, and the agent may not change it. A human makes this change.`
				});
			} else if (file.format === "unread") {
				changes += 1;
				findings.push({
					rule: "dependency-file-unsupported",
					severity: "error",
					path: side.path,
					message: `${side.path} is ${file.tool}, which manifest-scope does not read, so what the change installs cannot be checked. A human makes dependency changes here.`
				});
			} else if (file.role === "lockfile") lockfiles.push({
				path: side.path,
				ecosystem: file.ecosystem,
				...b ? { before: b } : {},
				...a ? { after: a } : {}
			});
			else {
				let old;
				let next;
				try {
					old = b ? readManifest(b.path, text(b)) : {
						dependencies: [],
						settings: /* @__PURE__ */ new Map()
					};
					next = a ? readManifest(a.path, text(a)) : {
						dependencies: [],
						settings: /* @__PURE__ */ new Map()
					};
				} catch (error) {
					unparsable(side.path, error);
					continue;
				}
				const declared = diffDeclared(old.dependencies, next.dependencies);
				const settings = diffSettings(old.settings, next.settings);
				changes += declared.length + settings.length;
				for (const c of declared) {
					const finding = dependencyFinding(rules, side.path, c);
					if (finding) findings.push(finding);
				}
				for (const [key, was, now] of settings) findings.push({
					rule: "dependency-resolution-changed",
					severity: "error",
					path: side.path,
					message: `${side.path}: '${key}' changes (${clip(was)} \u2192 ${clip(now)}), which changes how dependencies are resolved (overrides, sources, indexes, patches, toolchain); the agent may not. A human makes this change.`
				});
				manifests.push({
					dir: dirOf(side.path),
					ecosystem: file.ecosystem,
					changed: declared.length + settings.length > 0,
					devOnly: settings.length === 0 && declared.every((c) => c.dependency.dev),
					declared: next.dependencies.map((d) => d.name)
				});
			}
		}
	}
	for (const l of lockfiles) {
		let old;
		let next;
		try {
			old = l.before ? await readLockfile(l.before.path, text(l.before)) : void 0;
			next = l.after ? await readLockfile(l.after.path, text(l.after)) : void 0;
		} catch (error) {
			unparsable(l.path, error);
			continue;
		}
		const change = diffLockfiles(old, next);
		changes += change.added.length + change.removed.length + change.altered.length;
		const dir = lockfileDir(l.path);
		const explaining = manifests.filter((m) => m.ecosystem === l.ecosystem && m.changed && (dir === "" || m.dir === dir || m.dir.startsWith(`${dir}/`)));
		const problems = lockfileProblems(l.path, l.ecosystem, change, next, {
			manifestChanged: explaining.length > 0,
			devOnly: explaining.length > 0 && explaining.every((m) => m.devOnly),
			declared: new Set(explaining.flatMap((m) => m.declared)),
			registryHosts: rules.registryHosts[l.ecosystem]
		});
		for (const p of problems) findings.push({
			rule: p.rule,
			severity: "error",
			path: l.path,
			message: p.message
		});
	}
	return {
		findings,
		changes
	};
}
function allowlisted(rules, ecosystem, name) {
	return rules.allowlist[ecosystem].some((glob) => minimatch(name, glob, { nocase: ecosystem === "pypi" }));
}
function dependencyFinding(rules, path, change) {
	const d = change.dependency;
	const what = change.kind === "changed" ? `${d.name} ${change.previousSpec} \u2192 ${d.spec}` : `${d.name} ${d.spec}`.trim();
	if (change.kind === "removed") return d.dev ? void 0 : {
		rule: "runtime-dependency-change",
		severity: "warning",
		path,
		message: `runtime dependency removed (${d.section}): ${what}.`
	};
	if (!d.dev) return {
		rule: "runtime-dependency-change",
		severity: "error",
		path,
		message: `runtime dependency ${change.kind} in ${d.section}: ${what}. The agent may only add or update dev dependencies (spec \u00A73).`
	};
	if (d.source.kind !== "registry") return {
		rule: "dependency-source-not-registry",
		severity: "error",
		path,
		message: `dev dependency ${change.kind} in ${d.section}: ${what} installs ${d.source.detail}, not the registry's ${d.name}. The allowlist names registry packages: give a version range from the registry, or drop the change.`
	};
	if (!allowlisted(rules, d.ecosystem, d.name)) return {
		rule: "dependency-not-allowlisted",
		severity: "error",
		path,
		message: `dev dependency ${change.kind} (${d.section}): ${what} is not on the policy's dependency_allowlist.${d.ecosystem}. Add it to the allowlist in the policy, or drop the change.`
	};
	return {
		rule: "dev-dependency-change",
		severity: "notice",
		path,
		message: `allowlisted dev dependency ${change.kind}: ${what}.`
	};
}
export { dependencyFindings };

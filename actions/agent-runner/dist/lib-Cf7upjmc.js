import "./rolldown-runtime-C1I3wEg2.js";
import { t as dependencyFileOf } from "./dependency-files-CIQMu26D.js";
import { _ as canonical, a as packageKey, c as REGISTRY, d as onRegistryHost, g as at, h as asRecord, i as lockfileDir, l as cargoSource, m as pythonTableSource, o as reachable, p as pep508Source, r as diffLockfiles, t as LockfileError, u as npmSource, v as table } from "./locked-packages-DhDOmF47.js";
import { t as parse } from "./dist-Csm3XxGo.js";
import { n as parsePep508, t as normalizePythonName } from "./pep508-Bbru85ZZ.js";
import { n as readNpmLockfile } from "./npm-lockfile-CI4ZDwCr.js";
import { posix } from "node:path";
import { createHash } from "node:crypto";
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
	"yarn-lock": async () => (await import("./yarn-lockfile-C6nZvTKz.js")).readYarnLockfile,
	"pnpm-lock": async () => (await import("./pnpm-lockfile-DM8sU-B7.js")).readPnpmLockfile,
	"bun-lock": async () => (await import("./bun-lockfile-C6kgLy9_.js")).readBunLockfile,
	"poetry-lock": async () => (await import("./python-lockfiles-BGdY45cp.js")).readPoetryLockfile,
	"uv-lock": async () => (await import("./python-lockfiles-BGdY45cp.js")).readUvLockfile,
	"pdm-lock": async () => (await import("./python-lockfiles-BGdY45cp.js")).readPdmLockfile,
	"pipfile-lock": async () => (await import("./python-lockfiles-BGdY45cp.js")).readPipfileLockfile,
	pylock: async () => (await import("./python-lockfiles-BGdY45cp.js")).readPylockFile,
	"cargo-lock": async () => (await import("./cargo-go-lockfiles-DO8Jywoi.js")).readCargoLockfile,
	"go-sum": async () => (await import("./cargo-go-lockfiles-DO8Jywoi.js")).readGoSum
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
// packages/dependency-manifests/lib/dev-only-change.js
function changedKeys(before, after) {
	return [.../* @__PURE__ */ new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => canonical(before?.[k]) !== canonical(after?.[k])).sort();
}
function without(doc, paths) {
	const copy = JSON.parse(JSON.stringify(doc));
	for (const path of paths) {
		let node = copy;
		for (const key of path.slice(0, -1)) node = asRecord(node?.[key]);
		if (node) delete node[path.at(-1)];
	}
	return copy;
}
const notDevOnly = (problem) => ({
	devOnly: false,
	changed: [],
	problem
});
function npmLockDevOnly(before, after, path, beforeText, afterText, options) {
	const rootBefore = asRecord(asRecord(before.packages)?.[""]) ?? {};
	const rootAfter = asRecord(asRecord(after.packages)?.[""]) ?? {};
	const rootOutside = changedKeys(rootBefore, rootAfter).filter((k) => k !== "devDependencies");
	if (rootOutside.length > 0) return notDevOnly(`${path} changes the root package's ${rootOutside.map((k) => `'${k}'`).join(", ")}`);
	const changed = new Set(changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies)));
	for (const section of ["packages", "dependencies"]) {
		const b = asRecord(before[section]) ?? {};
		const a = asRecord(after[section]) ?? {};
		for (const key of changedKeys(b, a)) {
			if (section === "packages" && key === "") continue;
			if ((asRecord(a[key]) ?? asRecord(b[key]))?.dev !== true) return notDevOnly(`${path} changes '${key}', which is not a dev-only package`);
			changed.add(key.replace(/^.*node_modules\//, ""));
		}
	}
	const rest = (doc) => canonical({
		...doc,
		packages: null,
		dependencies: null
	});
	if (rest(before) !== rest(after)) return notDevOnly(`${path} changes lockfile fields besides its packages`);
	if (changed.size === 0) return notDevOnly(`${path} changes no dev dependency`);
	const rootDevChanged = changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies));
	const dir = lockfileDir(path);
	let lockAfter;
	let change;
	try {
		lockAfter = readNpmLockfile(afterText, dir);
		change = diffLockfiles(readNpmLockfile(beforeText, dir), lockAfter);
	} catch (error) {
		return notDevOnly(`${path} cannot be read (${error.message})`);
	}
	const problems = lockfileProblems(path, "npm", change, lockAfter, {
		manifestChanged: rootDevChanged.length > 0,
		devOnly: true,
		declared: new Set(Object.keys(asRecord(rootAfter.devDependencies) ?? {})),
		registryHosts: options.registryHosts ?? []
	});
	if (problems.length > 0) return notDevOnly(problems[0].message);
	return {
		devOnly: true,
		changed: [...changed].sort()
	};
}
function nonRegistry(path, changes) {
	const bad = changes.find((c) => c.kind !== "removed" && c.dependency.source.kind !== "registry");
	if (!bad) return void 0;
	const s = bad.dependency.source;
	return `${path}: ${bad.dependency.name} comes from ${s.kind === "registry" ? "the registry" : s.detail}, not from the registry`;
}
function parsed(file, text, path) {
	try {
		return parseManifestDocument(file.format, text);
	} catch (error) {
		return `${path} is not valid ${file.format === "package-json" ? "JSON" : "TOML"} (${error.message.split("\n")[0]})`;
	}
}
function devOnlyChange(path, before, after, options = {}) {
	const file = dependencyFileOf(path);
	if (!file) return notDevOnly(`${path} is not a dependency file`);
	if (file.format === "settings") return notDevOnly(`${path} is ${file.tool}, which decides how every dependency is resolved`);
	if (file.format === "unread") return notDevOnly(`${path} is ${file.tool}, which is not read here`);
	if (before === void 0 || after === void 0) return notDevOnly(`${path} is ${before === void 0 ? "added" : "deleted"}, not updated`);
	if (file.role === "lockfile") {
		if (file.format !== "npm-lock") return notDevOnly(`${path} cannot be checked entry by entry`);
		let b;
		let a;
		try {
			b = asRecord(JSON.parse(before));
			a = asRecord(JSON.parse(after));
		} catch (error) {
			return notDevOnly(`${path} is not valid JSON (${error.message})`);
		}
		if (!b || !a) return notDevOnly(`${path} is not a JSON object`);
		return npmLockDevOnly(b, a, path, before, after, options);
	}
	let declared;
	try {
		const b = readManifest(path, before);
		const a = readManifest(path, after);
		declared = {
			changes: diffDeclared(b.dependencies, a.dependencies),
			settings: diffSettings(b.settings, a.settings)
		};
	} catch (error) {
		if (error instanceof DependencyFileError) return notDevOnly(error.message);
		throw error;
	}
	const foreign = nonRegistry(path, declared.changes);
	if (foreign) return notDevOnly(foreign);
	if (declared.settings.length > 0) return notDevOnly(`${path} changes how dependencies are resolved (${declared.settings.map(([k]) => `'${k}'`).join(", ")})`);
	const names = () => [...new Set(declared.changes.map((c) => c.dependency.name))].sort();
	switch (file.format) {
		case "requirements":
			if (!isDevRequirementsPath(path)) return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
			return {
				devOnly: true,
				changed: names()
			};
		case "go-mod": return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
		case "setup-py":
		case "setup-cfg": return notDevOnly(`${path} declares dependencies in a form that is not read here`);
		default: {
			const b = parsed(file, before, path);
			const a = parsed(file, after, path);
			if (typeof b === "string") return notDevOnly(b);
			if (typeof a === "string") return notDevOnly(a);
			const devPaths = [...manifestSections(file.format, b), ...manifestSections(file.format, a)].filter((s) => s.dev).map((s) => s.path);
			const restBefore = without(b, devPaths);
			const restAfter = without(a, devPaths);
			if (canonical(restBefore) !== canonical(restAfter)) return notDevOnly(`${path} changes more than dev dependencies (${changedKeys(restBefore, restAfter).map((k) => `'${k}'`).join(", ")})`);
			if (declared.changes.length === 0) return notDevOnly(`${path} changes no dev dependency`);
			return {
				devOnly: true,
				changed: names()
			};
		}
	}
}
export { diffDeclared as a, readManifest as c, GoModSyntaxError as d, parseGoMod as f, resolutionSettings as g, manifestSections as h, DependencyFileError as i, RequirementsSyntaxError as l, isDevRequirementsPath as m, lockfileProblems as n, diffSettings as o, DEV_GROUP as p, readLockfile as r, parseManifestDocument as s, devOnlyChange as t, parseRequirementsFile as u };

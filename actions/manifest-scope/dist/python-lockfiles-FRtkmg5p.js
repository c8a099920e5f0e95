import "./rolldown-runtime-C1I3wEg2.js";
import { t as parse } from "./dist-Csm3XxGo.js";
import { d as pathSource, g as canonical, m as asRecord, o as reachable, s as REGISTRY, t as LockfileError } from "./locked-packages-BvSneJQC.js";
import { n as parsePep508, t as normalizePythonName } from "./pep508-Bbru85ZZ.js";
// packages/dependency-manifests/lib/python-lockfiles.js
function toml(text) {
	try {
		return parse(text);
	} catch (error) {
		throw new LockfileError(`is not valid TOML (${error.message.split("\n")[0]})`);
	}
}
function list(value) {
	return Array.isArray(value) ? value.map((v) => asRecord(v) ?? {}) : [];
}
const str = (v) => typeof v === "string" ? v : "";
const names = (entries) => list(entries).map((d) => normalizePythonName(str(d.name))).filter(Boolean);
function readPoetryLockfile(text, dir) {
	return {
		packages: list(toml(text).package).map((p) => {
			const src = asRecord(p.source);
			let source = REGISTRY;
			if (src) {
				const type = str(src.type);
				const url = str(src.url);
				if (type === "legacy") source = {
					kind: "registry",
					url
				};
				else if (type === "directory") source = pathSource(dir, url, "the folder");
				else source = {
					kind: "other",
					detail: `${type === "git" ? "a git repository" : `a ${type || "non-registry"} source`} (${url})`
				};
			}
			const groups = Array.isArray(p.groups) ? p.groups.map(String) : void 0;
			const dev = groups ? !groups.includes("main") : typeof p.category === "string" ? p.category === "dev" : void 0;
			return {
				name: normalizePythonName(str(p.name)),
				version: str(p.version),
				source,
				...dev !== void 0 ? { dev } : {},
				dependsOn: Object.keys(asRecord(p.dependencies) ?? {}).map(normalizePythonName),
				content: canonical({
					files: p.files ?? null,
					source: src ?? null
				})
			};
		}),
		roots: [],
		graph: true
	};
}
function uvSource(source, dir) {
	if (!source) return REGISTRY;
	if (typeof source.registry === "string") return /^https?:/i.test(source.registry) ? {
		kind: "registry",
		url: source.registry
	} : pathSource(dir, source.registry, "the index folder");
	for (const key of [
		"editable",
		"virtual",
		"directory",
		"path"
	]) if (typeof source[key] === "string") return pathSource(dir, source[key], `the ${key} path`);
	if (typeof source.git === "string") return {
		kind: "other",
		detail: `a git repository (${source.git})`
	};
	if (typeof source.url === "string") return {
		kind: "other",
		detail: `the URL ${source.url}`
	};
	return {
		kind: "other",
		detail: canonical(source)
	};
}
function readUvLockfile(text, dir) {
	const raw = list(toml(text).package);
	const packages = raw.map((p) => {
		const optional = Object.values(asRecord(p["optional-dependencies"]) ?? {}).flatMap(names);
		const dev = Object.values(asRecord(p["dev-dependencies"]) ?? {}).flatMap(names);
		return {
			name: normalizePythonName(str(p.name)),
			version: str(p.version),
			source: uvSource(asRecord(p.source), dir),
			dependsOn: [
				...names(p.dependencies),
				...optional,
				...dev
			],
			content: canonical({
				sdist: p.sdist ?? null,
				wheels: p.wheels ?? null,
				source: p.source ?? null
			})
		};
	});
	const own = raw.filter((p) => {
		const s = asRecord(p.source);
		return s !== void 0 && (typeof s.editable === "string" || typeof s.virtual === "string");
	});
	const runtimeRoots = own.flatMap((p) => [...names(p.dependencies), ...Object.values(asRecord(p["optional-dependencies"]) ?? {}).flatMap(names)]);
	const devRoots = own.flatMap((p) => Object.values(asRecord(p["dev-dependencies"]) ?? {}).flatMap(names));
	if (own.length > 0) {
		const runtimeGraph = packages.map((p) => own.some((o) => normalizePythonName(str(o.name)) === p.name) ? {
			...p,
			dependsOn: []
		} : p);
		const runtime = reachable(runtimeGraph, runtimeRoots);
		for (const p of packages) if (p.source.kind !== "local") p.dev = !runtime.has(p.name);
	}
	return {
		packages,
		roots: [
			...runtimeRoots,
			...devRoots,
			...own.map((p) => normalizePythonName(str(p.name)))
		],
		graph: true
	};
}
function readPdmLockfile(text, dir) {
	return {
		packages: list(toml(text).package).map((p) => {
			let source = REGISTRY;
			if (typeof p.git === "string") source = {
				kind: "other",
				detail: `a git repository (${p.git})`
			};
			else if (typeof p.url === "string") source = {
				kind: "other",
				detail: `the URL ${p.url}`
			};
			else if (typeof p.path === "string") source = pathSource(dir, p.path, "the path");
			const groups = Array.isArray(p.groups) ? p.groups.map(String) : void 0;
			return {
				name: normalizePythonName(str(p.name)),
				version: str(p.version),
				source,
				...groups ? { dev: !groups.includes("default") } : {},
				dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => parsePep508(String(d))?.name ?? "").filter(Boolean),
				content: canonical({
					files: p.files ?? null,
					git: p.git ?? null,
					revision: p.revision ?? null,
					url: p.url ?? null
				})
			};
		}),
		roots: [],
		graph: true
	};
}
function readPipfileLockfile(text, dir) {
	let doc;
	try {
		doc = asRecord(JSON.parse(text));
	} catch (error) {
		throw new LockfileError(`is not valid JSON (${error.message.split("\n")[0]})`);
	}
	if (!doc) throw new LockfileError("is not a JSON object");
	const sources = new Map(list(asRecord(doc._meta)?.sources).map((s) => [str(s.name), str(s.url)]));
	const runtime = new Set(Object.keys(asRecord(doc.default) ?? {}).map(normalizePythonName));
	const packages = [];
	for (const section of ["default", "develop"]) for (const [rawName, raw] of Object.entries(asRecord(doc[section]) ?? {})) {
		const entry = asRecord(raw) ?? {};
		const name = normalizePythonName(rawName);
		let source = REGISTRY;
		if (typeof entry.git === "string") source = {
			kind: "other",
			detail: `a git repository (${entry.git})`
		};
		else if (typeof entry.path === "string") source = pathSource(dir, entry.path, "the path");
		else if (typeof entry.file === "string") source = {
			kind: "other",
			detail: `the file ${entry.file}`
		};
		else if (typeof entry.index === "string") source = sources.has(entry.index) ? {
			kind: "registry",
			url: sources.get(entry.index)
		} : {
			kind: "other",
			detail: `the index '${entry.index}'`
		};
		packages.push({
			name,
			version: str(entry.version).replace(/^==/, ""),
			source,
			dev: section === "develop" && !runtime.has(name),
			dependsOn: [],
			content: canonical({
				hashes: entry.hashes ?? null,
				ref: entry.ref ?? null
			})
		});
	}
	return {
		packages,
		roots: [...new Set(packages.map((p) => p.name))],
		graph: false
	};
}
function readPylockFile(text, dir) {
	const doc = toml(text);
	return {
		packages: list(doc.packages).map((p) => {
			let source = typeof p.index === "string" ? {
				kind: "registry",
				url: p.index
			} : REGISTRY;
			const vcs = asRecord(p.vcs);
			const directory = asRecord(p.directory);
			const archive = asRecord(p.archive);
			if (vcs) source = {
				kind: "other",
				detail: `a ${str(vcs.type) || "VCS"} repository (${str(vcs.url) || str(vcs.path)})`
			};
			else if (directory) source = pathSource(dir, str(directory.path), "the folder");
			else if (archive) source = {
				kind: "other",
				detail: `the archive ${str(archive.url) || str(archive.path)}`
			};
			return {
				name: normalizePythonName(str(p.name)),
				version: str(p.version),
				source,
				dependsOn: names(p.dependencies),
				content: canonical({
					sdist: p.sdist ?? null,
					wheels: p.wheels ?? null,
					vcs: p.vcs ?? null,
					archive: p.archive ?? null
				})
			};
		}),
		roots: [],
		graph: Array.isArray(doc.packages) && list(doc.packages).some((p) => p.dependencies !== void 0)
	};
}
export { readPdmLockfile, readPipfileLockfile, readPoetryLockfile, readPylockFile, readUvLockfile };

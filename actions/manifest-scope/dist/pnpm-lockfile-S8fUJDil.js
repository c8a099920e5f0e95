import "./rolldown-runtime-C1I3wEg2.js";
import { t as parse } from "./public-api-CDtUKyzU.js";
import { d as pathSource, g as canonical, m as asRecord, s as REGISTRY, t as LockfileError } from "./locked-packages-BvSneJQC.js";
// packages/dependency-manifests/lib/pnpm-lockfile.js
const DEP_FIELDS = [
	"dependencies",
	"devDependencies",
	"optionalDependencies"
];
function pnpmKey(key) {
	let k = key.startsWith("/") ? key.slice(1) : key;
	const paren = k.indexOf("(");
	if (paren > 0) k = k.slice(0, paren);
	const at = k.indexOf("@", 1);
	if (at > 0) return {
		name: k.slice(0, at),
		version: k.slice(at + 1)
	};
	const slash = k.lastIndexOf("/");
	const version = k.slice(slash + 1).split("_")[0];
	return {
		name: k.slice(0, slash),
		version
	};
}
function resolutionSource(resolution, version, dir) {
	if (!resolution) return REGISTRY;
	if (resolution.type === "git" || typeof resolution.repo === "string") return {
		kind: "other",
		detail: `a git repository (${String(resolution.repo)})`
	};
	if (resolution.type === "directory" || typeof resolution.directory === "string") return pathSource(dir, String(resolution.directory ?? ""), "the folder");
	if (typeof resolution.tarball === "string") return /^https?:/i.test(resolution.tarball) ? {
		kind: "registry",
		url: resolution.tarball
	} : pathSource(dir, resolution.tarball, "the tarball");
	if (/^(?:link|file|workspace):/.test(version)) return pathSource(dir, version.replace(/^\w+:/, ""), "the path");
	return REGISTRY;
}
function readPnpmLockfile(text, dir) {
	let doc;
	try {
		doc = asRecord(parse(text, { uniqueKeys: false }));
	} catch (error) {
		throw new LockfileError(`is not valid YAML (${error.message.split("\n")[0]})`);
	}
	if (!doc) throw new LockfileError("is not a YAML mapping");
	const roots = [];
	const importers = asRecord(doc.importers) ?? { ".": doc };
	for (const importer of Object.values(importers)) for (const f of DEP_FIELDS) roots.push(...Object.keys(asRecord(asRecord(importer)?.[f]) ?? {}));
	const snapshots = asRecord(doc.snapshots) ?? {};
	const deps = /* @__PURE__ */ new Map();
	for (const [key, raw] of Object.entries(snapshots)) {
		const { name, version } = pnpmKey(key);
		const entry = asRecord(raw) ?? {};
		const names = ["dependencies", "optionalDependencies"].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
		deps.set(`${name}@${version}`, [...deps.get(`${name}@${version}`) ?? [], ...names]);
	}
	const packages = [];
	for (const [key, raw] of Object.entries(asRecord(doc.packages) ?? {})) {
		const { name, version } = pnpmKey(key);
		const entry = asRecord(raw) ?? {};
		const resolution = asRecord(entry.resolution);
		const own = ["dependencies", "optionalDependencies"].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
		packages.push({
			name,
			version,
			source: resolutionSource(resolution, version, dir),
			...typeof entry.dev === "boolean" ? { dev: entry.dev } : {},
			dependsOn: [...own, ...deps.get(`${name}@${version}`) ?? []],
			content: resolution ? canonical(resolution) : ""
		});
	}
	return {
		packages,
		roots,
		graph: true
	};
}
export { readPnpmLockfile };

import { d as pathSource, m as asRecord, s as REGISTRY, t as LockfileError } from "./locked-packages-BvSneJQC.js";
// packages/dependency-manifests/lib/npm-lockfile.js
const DEP_FIELDS = [
	"dependencies",
	"optionalDependencies",
	"peerDependencies"
];
function npmResolvedSource(resolved, dir) {
	if (typeof resolved !== "string" || resolved === "") return REGISTRY;
	if (/^https?:\/\//i.test(resolved)) return {
		kind: "registry",
		url: resolved
	};
	if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(resolved)) return {
		kind: "other",
		detail: `a git repository (${resolved})`
	};
	if (/^file:/i.test(resolved) || !/^[a-z][a-z0-9+.-]*:/i.test(resolved)) return pathSource(dir, resolved, "the path");
	return {
		kind: "other",
		detail: resolved
	};
}
function depNames(entry, withDev) {
	return [...DEP_FIELDS, ...withDev ? ["devDependencies"] : []].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
}
function nameAt(key) {
	const at = key.lastIndexOf("node_modules/");
	return at < 0 ? key : key.slice(at + 13);
}
function readNpmLockfile(text, dir) {
	let doc;
	try {
		doc = asRecord(JSON.parse(text));
	} catch (error) {
		throw new LockfileError(`not valid JSON (${error.message.split("\n")[0]})`);
	}
	if (!doc) throw new LockfileError("not a JSON object");
	const packages = asRecord(doc.packages);
	if (packages) return fromPackages(packages, dir);
	if (asRecord(doc.dependencies) || doc.lockfileVersion === 1) return fromV1(asRecord(doc.dependencies) ?? {}, dir);
	throw new LockfileError("has neither 'packages' nor 'dependencies'");
}
function fromPackages(packages, dir) {
	const out = [];
	const roots = [];
	for (const [key, raw] of Object.entries(packages)) {
		const entry = asRecord(raw) ?? {};
		const installed = key.includes("node_modules/");
		if (!installed) roots.push(...depNames(entry, true));
		const nameAtKey = nameAt(key);
		const name = typeof entry.name === "string" && installed ? entry.name : nameAtKey;
		let source;
		if (!installed) source = {
			kind: "local",
			detail: `the workspace folder ${key || "."}`
		};
		else if (entry.link === true) source = pathSource(dir, String(entry.resolved ?? ""), "the linked folder");
		else if (entry.inBundle === true) source = { kind: "registry" };
		else source = npmResolvedSource(entry.resolved, dir);
		if (installed && typeof entry.name === "string" && entry.name !== nameAtKey) source = {
			kind: "other",
			detail: `${entry.name} installed as ${nameAtKey}`
		};
		if (!installed && key === "") continue;
		out.push({
			name: installed ? nameAtKey : name,
			version: typeof entry.version === "string" ? entry.version : "",
			source,
			dev: entry.dev === true,
			dependsOn: depNames(entry, !installed),
			content: [entry.resolved, entry.integrity].filter((x) => typeof x === "string").join(" ")
		});
	}
	return {
		packages: out,
		roots,
		graph: true
	};
}
function fromV1(dependencies, dir) {
	const out = [];
	const walk = (deps) => {
		for (const [name, raw] of Object.entries(deps)) {
			const entry = asRecord(raw) ?? {};
			const version = typeof entry.version === "string" ? entry.version : "";
			let source = npmResolvedSource(entry.resolved, dir);
			if (version.startsWith("npm:")) source = {
				kind: "other",
				detail: `${version.slice(4)} installed as ${name}`
			};
			else if (!/^\d/.test(version) && version !== "") source = npmResolvedSource(version, dir);
			out.push({
				name,
				version,
				source,
				dev: entry.dev === true,
				dependsOn: Object.keys(asRecord(entry.requires) ?? {}),
				content: [entry.resolved, entry.integrity].filter((x) => typeof x === "string").join(" ")
			});
			walk(asRecord(entry.dependencies) ?? {});
		}
	};
	walk(dependencies);
	return {
		packages: out,
		roots: Object.keys(dependencies),
		graph: true
	};
}
export { readNpmLockfile as n, npmResolvedSource as t };

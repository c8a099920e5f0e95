import "./rolldown-runtime-C1I3wEg2.js";
import { t as parse } from "./dist-Csm3XxGo.js";
import { m as asRecord, s as REGISTRY, t as LockfileError } from "./locked-packages-BvSneJQC.js";
// packages/dependency-manifests/lib/cargo-go-lockfiles.js
const CRATES_IO = /* @__PURE__ */ new Set(["registry+https://github.com/rust-lang/crates.io-index", "sparse+https://index.crates.io/"]);
function cargoLockSource(source) {
	if (typeof source !== "string") return {
		kind: "local",
		detail: "a path dependency or workspace member"
	};
	if (CRATES_IO.has(source)) return REGISTRY;
	if (source.startsWith("registry+") || source.startsWith("sparse+")) return {
		kind: "registry",
		url: source.slice(source.indexOf("+") + 1)
	};
	if (source.startsWith("git+")) return {
		kind: "other",
		detail: `a git repository (${source.slice(4)})`
	};
	return {
		kind: "other",
		detail: source
	};
}
function readCargoLockfile(text) {
	let doc;
	try {
		doc = parse(text);
	} catch (error) {
		throw new LockfileError(`is not valid TOML (${error.message.split("\n")[0]})`);
	}
	const packages = (Array.isArray(doc.package) ? doc.package.map((p) => asRecord(p) ?? {}) : []).map((p) => ({
		name: String(p.name ?? ""),
		version: String(p.version ?? ""),
		source: cargoLockSource(p.source),
		dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => String(d).split(" ")[0]),
		content: [p.source, p.checksum].filter((x) => typeof x === "string").join(" ")
	}));
	return {
		packages,
		roots: packages.filter((p) => p.source.kind === "local").flatMap((p) => [p.name, ...p.dependsOn]),
		graph: true
	};
}
function readGoSum(text) {
	const packages = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i += 1) {
		const line = lines[i].trim();
		if (!line) continue;
		const parts = line.split(/\s+/);
		if (parts.length !== 3 || !/^h\d+:/.test(parts[2])) throw new LockfileError(`line ${i + 1} is not 'module version hash'`);
		const [module, version, hash] = parts;
		packages.push({
			name: module,
			version,
			source: REGISTRY,
			dependsOn: [],
			content: hash
		});
	}
	return {
		packages,
		roots: [],
		graph: false
	};
}
export { readCargoLockfile, readGoSum };

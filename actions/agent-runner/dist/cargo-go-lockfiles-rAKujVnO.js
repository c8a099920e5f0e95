import "./rolldown-runtime-C1I3wEg2.js";
import { t as parse } from "./dist-CVwRp2xx.js";
import { c as REGISTRY, h as asRecord, t as LockfileError } from "./locked-packages-B2Nck-N-.js";
// packages/dependency-manifests/lib/cargo-go-lockfiles.js
/** crates.io's index, as Cargo.lock names it (the git index and the sparse one). */
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
/** Cargo.lock (versions 1 to 4): `[[package]]` with name, version, source, checksum and `dependencies = ["name version"]`. */
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
/**
* go.sum: `module version[/go.mod] h1:hash` lines. It pins hashes, not a
* graph: what is built follows go.mod, which the go command checks these against.
*/
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

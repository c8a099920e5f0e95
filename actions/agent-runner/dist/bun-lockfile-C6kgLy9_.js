import "./rolldown-runtime-C1I3wEg2.js";
import { n as printParseErrorCode, t as parse } from "./main-x9kb84vo.js";
import { c as REGISTRY, h as asRecord, n as descriptorName, t as LockfileError, u as npmSource } from "./locked-packages-DhDOmF47.js";
// packages/dependency-manifests/lib/bun-lockfile.js
function readBunLockfile(text, dir) {
	const errors = [];
	const doc = asRecord(parse(text, errors, {
		allowTrailingComma: true,
		disallowComments: false
	}));
	if (errors.length > 0) throw new LockfileError(`is not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset})`);
	if (!doc) throw new LockfileError("is not a JSON object");
	const roots = [];
	for (const workspace of Object.values(asRecord(doc.workspaces) ?? {})) for (const f of [
		"dependencies",
		"devDependencies",
		"optionalDependencies",
		"peerDependencies"
	]) roots.push(...Object.keys(asRecord(asRecord(workspace)?.[f]) ?? {}));
	const packages = [];
	for (const [key, raw] of Object.entries(asRecord(doc.packages) ?? {})) {
		if (!Array.isArray(raw) || typeof raw[0] !== "string") throw new LockfileError(`package '${key}' is not [ "name@version", \u2026 ]`);
		const descriptor = raw[0];
		const name = descriptorName(descriptor);
		const spec = descriptor.slice(name.length + 1);
		const meta = raw.find((x) => asRecord(x) !== void 0) ?? {};
		const registry = typeof raw[1] === "string" ? raw[1] : "";
		let source = /^\d/.test(spec) ? REGISTRY : npmSource(name, spec, dir);
		if (source.kind === "registry" && registry !== "") source = {
			kind: "registry",
			url: registry
		};
		packages.push({
			name,
			version: spec,
			source,
			dependsOn: [
				"dependencies",
				"optionalDependencies",
				"peerDependencies"
			].flatMap((f) => Object.keys(asRecord(meta[f]) ?? {})),
			content: raw.filter((x) => typeof x === "string").join(" ")
		});
	}
	return {
		packages,
		roots,
		graph: true
	};
}
export { readBunLockfile };

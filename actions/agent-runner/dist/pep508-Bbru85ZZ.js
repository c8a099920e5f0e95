// packages/dependency-manifests/lib/pep508.js
function normalizePythonName(name) {
	return name.toLowerCase().replace(/[-_.]+/g, "-");
}
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const EXTRAS = /^\[([^\]]*)\]\s*/;
const ONE_SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
function parsePep508(text) {
	const name = NAME.exec(text);
	if (!name) return void 0;
	let rest = text.slice(name[0].length);
	const extrasMatch = EXTRAS.exec(rest);
	const extras = extrasMatch ? extrasMatch[1].split(",").map((e) => e.trim()).filter(Boolean) : [];
	if (extrasMatch) rest = rest.slice(extrasMatch[0].length);
	const requirement = {
		name: normalizePythonName(name[1]),
		extras,
		specifier: ""
	};
	if (rest.startsWith("@")) {
		const m = /^@\s*(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
		if (!m) return void 0;
		requirement.url = m[1];
		if (m[2] !== void 0) requirement.marker = m[2].trim();
		return requirement;
	}
	const semicolon = rest.indexOf(";");
	let specifiers = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
	if (semicolon >= 0) requirement.marker = rest.slice(semicolon + 1).trim();
	if (specifiers.startsWith("(") && specifiers.endsWith(")")) specifiers = specifiers.slice(1, -1).trim();
	if (specifiers !== "") {
		const parts = specifiers.split(",").map((s) => s.trim());
		if (!parts.every((p) => ONE_SPECIFIER.test(p))) return void 0;
		requirement.specifier = parts.map((p) => p.replace(/\s+/g, "")).join(",");
	}
	return requirement;
}
export { parsePep508 as n, normalizePythonName as t };

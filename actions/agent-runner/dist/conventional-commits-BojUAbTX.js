import { P as COMMIT_TYPES } from "./lib-B3H81PlY.js";
// packages/spec-conformance/lib/conventional-commits.js
const DEFAULT_COMMIT_RULES = {
	types: [...COMMIT_TYPES],
	require_scope: false,
	max_subject_length: 100
};
const HEADER = /^(?<type>[A-Za-z][A-Za-z0-9-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<breaking>!)?: (?<description>\S.*)$/;
const AUTOSQUASH = /^(fixup|squash|amend)! /;
function closestType(type, types) {
	const lower = type.toLowerCase();
	return types.find((t) => t === lower) ?? types.find((t) => lower.startsWith(t) || t.startsWith(lower));
}
function parseConventionalCommit(message, rules = DEFAULT_COMMIT_RULES) {
	const lines = message.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
	const subject = lines[0] ?? "";
	const rewrite = `reword it (git rebase -i <base>, 'reword') as 'type(scope): description', e.g. '${`${rules.types.includes("fix") ? "fix" : rules.types[0] ?? "fix"}${rules.require_scope ? "(events)" : ""}: handle an empty payload`}'; allowed types: ${rules.types.join(", ")}.`;
	if (subject.trim() === "") return {
		valid: false,
		problems: ["the commit message is empty"],
		fix: rewrite
	};
	const autosquash = AUTOSQUASH.exec(subject);
	if (autosquash) return {
		valid: false,
		problems: [`'${autosquash[1]}!' commit left unsquashed`],
		fix: "squash it into the commit it amends: git rebase -i --autosquash <base>, then push with --force-with-lease."
	};
	const m = HEADER.exec(subject);
	if (!m?.groups) return {
		valid: false,
		problems: [`subject '${subject}' is not 'type(scope)!: description'`],
		fix: rewrite
	};
	const g = m.groups;
	const header = {
		type: g.type,
		...g.scope !== void 0 ? { scope: g.scope } : {},
		breaking: g.breaking === "!",
		description: g.description.trim()
	};
	const problems = [];
	if (!rules.types.includes(header.type)) {
		const near = closestType(header.type, rules.types);
		problems.push(`type '${header.type}' is not one of ${rules.types.join(", ")}${near ? ` (did you mean '${near}'?)` : ""}`);
	}
	if (header.scope !== void 0 && header.scope.trim() === "") problems.push("the scope in parentheses is empty");
	if (rules.require_scope && header.scope === void 0) problems.push("the policy requires a scope: type(scope): description");
	if (subject.length > rules.max_subject_length) problems.push(`subject line is ${subject.length} characters, over the limit of ${rules.max_subject_length}`);
	if (lines.length > 1 && lines[1].trim() !== "") problems.push("the body must be separated from the subject by a blank line");
	if (problems.length > 0) return {
		valid: false,
		header,
		problems,
		fix: rewrite
	};
	return {
		valid: true,
		header
	};
}
export { parseConventionalCommit as n, DEFAULT_COMMIT_RULES as t };

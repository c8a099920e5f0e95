import { b as string, d as array, m as literal, u as _enum, x as union, y as strictObject } from "./run-git-THyvmY8x.js";
// packages/config/lib/manifest.js
const MODES = [
	"frame",
	"plan",
	"implement",
	"review"
];
/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
const KNOWN_TOOLS = [
	"read_file",
	"list_dir",
	"grep",
	"read_dependency_graph",
	"ask_user_question",
	"run_tests",
	"run_linter",
	"read_test_output",
	"edit_file",
	"write_file",
	"delete_file",
	"git_commit",
	"git_diff",
	"git_log",
	"git_push_non_protected",
	"gh_pr_create",
	"gh_pr_comment",
	"install_dev_dependency"
];
/** The spec's deliberate exclusions (§5): no mode may name them. */
const EXCLUDED_TOOLS = {
	unrestricted_shell: "no mode binds a generic shell (spec §4, §5)",
	git_push_protected: "no protected-branch push under any condition (spec §5)",
	git_force_push: "no force-pushing, even to non-protected branches (spec §5)",
	gh_pr_merge: "the agent cannot merge its own PRs (spec §5)",
	gh_workflow_dispatch: "no triggering CI workflows manually (spec §5)",
	npm_install_global: "no global package installs (spec §4)",
	pip_install_user: "no global package installs (spec §4)",
	cargo_install: "no global package installs (spec §4)",
	internet_browse: "no web access (spec §5, §8)",
	internet_fetch: "no web access (spec §5, §8)"
};
/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
/** Why a tool name may not appear in any mode, or undefined if it may. */
function exclusionReason(tool) {
	const key = tool.toLowerCase();
	if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
	if (SHELL_LIKE.test(key)) return "a generic shell or command runner under another name (spec §4: no unrestricted shell)";
	if (/force/.test(key) && /push/.test(key)) return EXCLUDED_TOOLS.git_force_push;
	if (/merge/.test(key) && /(pr|pull)/.test(key)) return EXCLUDED_TOOLS.gh_pr_merge;
	if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key)) return EXCLUDED_TOOLS.internet_fetch;
	if (/install/.test(key) && /(global|user|cargo)/.test(key)) return EXCLUDED_TOOLS.npm_install_global;
}
const DeleteFileEntry = strictObject({
	name: literal("delete_file"),
	scope: literal("plan-named").describe("delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = union([string().min(1), DeleteFileEntry]);
const ModeToolsSchema = strictObject({
	inherit: _enum(MODES).optional(),
	read: array(ToolEntry).default([]),
	write: array(ToolEntry).default([])
});
function entryName(entry) {
	return typeof entry === "string" ? entry : entry.name;
}
/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
function manifestViolations(modes) {
	const out = [];
	for (const [mode, tools] of Object.entries(modes)) for (const entry of [...tools.read, ...tools.write]) {
		const name = entryName(entry);
		const excluded = exclusionReason(name);
		if (excluded) out.push({
			mode,
			tool: name,
			reason: excluded
		});
		else if (name === "delete_file" && typeof entry === "string") out.push({
			mode,
			tool: name,
			reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }"
		});
		else if (!KNOWN_TOOLS.includes(name)) out.push({
			mode,
			tool: name,
			reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(", ")}`
		});
	}
	return out;
}
const ToolManifestSchema = strictObject({
	$schema: string().optional(),
	version: literal(1),
	modes: strictObject({
		frame: ModeToolsSchema,
		plan: ModeToolsSchema,
		implement: ModeToolsSchema,
		review: ModeToolsSchema
	})
}).superRefine((manifest, ctx) => {
	for (const v of manifestViolations(manifest.modes)) ctx.addIssue({
		code: "custom",
		path: ["modes", v.mode],
		message: `tool '${v.tool}' is not allowed: ${v.reason}`
	});
	for (const mode of MODES) {
		const seen = /* @__PURE__ */ new Set([mode]);
		let next = manifest.modes[mode].inherit;
		while (next) {
			if (seen.has(next)) {
				ctx.addIssue({
					code: "custom",
					path: [
						"modes",
						mode,
						"inherit"
					],
					message: `inherit cycle through '${next}'`
				});
				break;
			}
			seen.add(next);
			next = manifest.modes[next].inherit;
		}
	}
}).describe("Tool manifest by mode (spec §5); read at the PR base commit.");
/** Resolves `inherit` into the full tool set of each mode. */
function resolveManifest(manifest) {
	const resolved = {};
	const resolve = (mode) => {
		if (resolved[mode]) return resolved[mode];
		const spec = manifest.modes[mode];
		const parent = spec.inherit ? resolve(spec.inherit) : void 0;
		const read = /* @__PURE__ */ new Set([...parent?.read ?? [], ...spec.read.map(entryName)]);
		const write = /* @__PURE__ */ new Set([...parent?.write ?? [], ...spec.write.map(entryName)]);
		resolved[mode] = {
			read,
			write,
			all: /* @__PURE__ */ new Set([...read, ...write])
		};
		return resolved[mode];
	};
	for (const mode of MODES) resolve(mode);
	return resolved;
}
/** The spec §5 manifest, used when a repository has none and as the template. */
const DEFAULT_MANIFEST = {
	version: 1,
	modes: {
		frame: {
			read: [
				"read_file",
				"list_dir",
				"grep",
				"read_dependency_graph"
			],
			write: []
		},
		plan: {
			inherit: "frame",
			read: ["ask_user_question"],
			write: []
		},
		implement: {
			inherit: "plan",
			read: [
				"run_tests",
				"run_linter",
				"read_test_output"
			],
			write: [
				"edit_file",
				"write_file",
				"git_commit",
				"install_dev_dependency",
				{
					name: "delete_file",
					scope: "plan-named"
				}
			]
		},
		review: {
			inherit: "implement",
			read: ["git_diff", "git_log"],
			write: [
				"git_push_non_protected",
				"gh_pr_create",
				"gh_pr_comment"
			]
		}
	}
};
export { exclusionReason as a, ToolManifestSchema as i, KNOWN_TOOLS as n, resolveManifest as o, MODES as r, DEFAULT_MANIFEST as t };

import "./rolldown-runtime-C1I3wEg2.js";
import { a as diffDeclared, c as readManifest, i as DependencyFileError, n as lockfileProblems, o as diffSettings, r as readLockfile } from "./lib-Cf7upjmc.js";
import { r as minimatch } from "./esm-LpoYNBFD.js";
import { i as lockfileDir, r as diffLockfiles } from "./locked-packages-DhDOmF47.js";
import { r as sides } from "./dependency-sides-CGyTxBkW.js";
// packages/manifest-scope/lib/dependency-findings.js
const dirOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
const clip = (s) => s === void 0 ? "absent" : s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
async function dependencyFindings(rules, files, blobs) {
	const findings = [];
	const manifests = [];
	const lockfiles = [];
	let changes = 0;
	const text = (side) => {
		const blob = blobs.get(side.sha);
		if (!blob) throw new DependencyFileError(`cannot read ${side.path} (${side.sha.slice(0, 12)})`);
		return blob.toString("utf8");
	};
	const unparsable = (path, error) => {
		if (!(error instanceof DependencyFileError)) throw error;
		findings.push({
			rule: "dependency-file-unparsable",
			severity: "error",
			path,
			message: `${error.message}; dependency changes cannot be checked. Fix the file so its package manager can read it.`
		});
	};
	for (const f of files) {
		const { before, after } = sides(f);
		if (!(after ?? before)) continue;
		const pairs = before && after && (before.file.format !== after.file.format || before.file.ecosystem !== after.file.ecosystem) ? [[before, void 0], [void 0, after]] : [[before, after]];
		for (const [b, a] of pairs) {
			const side = a ?? b;
			const file = side.file;
			if (file.format === "settings") {
				changes += 1;
				findings.push({
					rule: "dependency-resolution-changed",
					severity: "error",
					path: side.path,
					message: `${side.path} is ${file.tool}: it decides where and how dependencies are installed, and the agent may not change it. A human makes this change.`
				});
			} else if (file.format === "unread") {
				changes += 1;
				findings.push({
					rule: "dependency-file-unsupported",
					severity: "error",
					path: side.path,
					message: `${side.path} is ${file.tool}, which manifest-scope does not read, so what the change installs cannot be checked. A human makes dependency changes here.`
				});
			} else if (file.role === "lockfile") lockfiles.push({
				path: side.path,
				ecosystem: file.ecosystem,
				...b ? { before: b } : {},
				...a ? { after: a } : {}
			});
			else {
				let old;
				let next;
				try {
					old = b ? readManifest(b.path, text(b)) : {
						dependencies: [],
						settings: /* @__PURE__ */ new Map()
					};
					next = a ? readManifest(a.path, text(a)) : {
						dependencies: [],
						settings: /* @__PURE__ */ new Map()
					};
				} catch (error) {
					unparsable(side.path, error);
					continue;
				}
				const declared = diffDeclared(old.dependencies, next.dependencies);
				const settings = diffSettings(old.settings, next.settings);
				changes += declared.length + settings.length;
				for (const c of declared) {
					const finding = dependencyFinding(rules, side.path, c);
					if (finding) findings.push(finding);
				}
				for (const [key, was, now] of settings) findings.push({
					rule: "dependency-resolution-changed",
					severity: "error",
					path: side.path,
					message: `${side.path}: '${key}' changes (${clip(was)} \u2192 ${clip(now)}), which changes how dependencies are resolved (overrides, sources, indexes, patches, toolchain); the agent may not. A human makes this change.`
				});
				manifests.push({
					dir: dirOf(side.path),
					ecosystem: file.ecosystem,
					changed: declared.length + settings.length > 0,
					devOnly: settings.length === 0 && declared.every((c) => c.dependency.dev),
					declared: next.dependencies.map((d) => d.name)
				});
			}
		}
	}
	for (const l of lockfiles) {
		let old;
		let next;
		try {
			old = l.before ? await readLockfile(l.before.path, text(l.before)) : void 0;
			next = l.after ? await readLockfile(l.after.path, text(l.after)) : void 0;
		} catch (error) {
			unparsable(l.path, error);
			continue;
		}
		const change = diffLockfiles(old, next);
		changes += change.added.length + change.removed.length + change.altered.length;
		const dir = lockfileDir(l.path);
		const explaining = manifests.filter((m) => m.ecosystem === l.ecosystem && m.changed && (dir === "" || m.dir === dir || m.dir.startsWith(`${dir}/`)));
		const problems = lockfileProblems(l.path, l.ecosystem, change, next, {
			manifestChanged: explaining.length > 0,
			devOnly: explaining.length > 0 && explaining.every((m) => m.devOnly),
			declared: new Set(explaining.flatMap((m) => m.declared)),
			registryHosts: rules.registryHosts[l.ecosystem]
		});
		for (const p of problems) findings.push({
			rule: p.rule,
			severity: "error",
			path: l.path,
			message: p.message
		});
	}
	return {
		findings,
		changes
	};
}
function allowlisted(rules, ecosystem, name) {
	return rules.allowlist[ecosystem].some((glob) => minimatch(name, glob, { nocase: ecosystem === "pypi" }));
}
function dependencyFinding(rules, path, change) {
	const d = change.dependency;
	const what = change.kind === "changed" ? `${d.name} ${change.previousSpec} \u2192 ${d.spec}` : `${d.name} ${d.spec}`.trim();
	if (change.kind === "removed") return d.dev ? void 0 : {
		rule: "runtime-dependency-change",
		severity: "warning",
		path,
		message: `runtime dependency removed (${d.section}): ${what}.`
	};
	if (!d.dev) return {
		rule: "runtime-dependency-change",
		severity: "error",
		path,
		message: `runtime dependency ${change.kind} in ${d.section}: ${what}. The agent may only add or update dev dependencies (spec \u00A73).`
	};
	if (d.source.kind !== "registry") return {
		rule: "dependency-source-not-registry",
		severity: "error",
		path,
		message: `dev dependency ${change.kind} in ${d.section}: ${what} installs ${d.source.detail}, not the registry's ${d.name}. The allowlist names registry packages: give a version range from the registry, or drop the change.`
	};
	if (!allowlisted(rules, d.ecosystem, d.name)) return {
		rule: "dependency-not-allowlisted",
		severity: "error",
		path,
		message: `dev dependency ${change.kind} (${d.section}): ${what} is not on the policy's dependency_allowlist.${d.ecosystem}. Add it to the allowlist in the policy, or drop the change.`
	};
	return {
		rule: "dev-dependency-change",
		severity: "notice",
		path,
		message: `allowlisted dev dependency ${change.kind}: ${what}.`
	};
}
export { dependencyFindings };

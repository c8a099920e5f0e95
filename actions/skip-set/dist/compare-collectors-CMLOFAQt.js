// packages/skip-set/lib/compare-collectors.js
function functionId(id) {
	const bracket = id.indexOf("[");
	return bracket < 0 ? id : id.slice(0, bracket);
}
function runs(status) {
	return status === "active" || status === "focused" || status === "xfail";
}
function compareCollections(staticCol, runnerCol, covers) {
	const group = (col, only) => {
		const out = /* @__PURE__ */ new Map();
		for (const t of col.tests.values()) {
			if (!only(t)) continue;
			const k = functionId(t.id);
			out.set(k, [...out.get(k) ?? [], t]);
		}
		return out;
	};
	const errored = new Set(runnerCol.errors.map((e) => e.path));
	const staticByFn = group(staticCol, covers);
	const runnerByFn = group(runnerCol, () => true);
	const out = [];
	for (const [id, tests] of staticByFn) {
		const main = tests.find((t) => t.id === id) ?? tests[0];
		const seen = runnerByFn.get(id);
		if (!seen) {
			if (errored.has(main.path)) continue;
			if (!runs(main.status) && main.reason?.startsWith("excluded by")) continue;
			const moduleSkip = runnerCol.skippedFiles?.get(main.path);
			if (moduleSkip !== void 0 && main.status !== "active") continue;
			out.push({
				id,
				path: main.path,
				line: main.line,
				staticView: main.status === "active" ? "collected" : `collected, ${main.status} (${main.reason ?? ""})`,
				runnerView: moduleSkip !== void 0 ? `module skipped at collection (${moduleSkip})` : "not collected"
			});
			continue;
		}
		if (main.skipKind === "runtime") continue;
		const runnerRuns = seen.some((t) => runs(t.status));
		const staticRuns = runs(main.status);
		if (staticRuns !== runnerRuns) {
			const r = seen.find((t) => !runs(t.status));
			out.push({
				id,
				path: main.path,
				line: main.line,
				staticView: staticRuns ? "active" : `${main.status} (${main.reason ?? ""})`,
				runnerView: runnerRuns ? "runs (conditions evaluated)" : `${r?.status} (${r?.reason ?? ""})`
			});
		}
	}
	for (const [id, tests] of runnerByFn) {
		if (staticByFn.has(id)) continue;
		const t = tests[0];
		out.push({
			id,
			path: t.path,
			line: t.line,
			staticView: "not found",
			runnerView: `collected (${tests.length} item(s))`
		});
	}
	return out;
}
function disagreementFindings(list, revision, cap = 20) {
	const findings = list.slice(0, cap).map((d) => ({
		rule: "collector-disagreement",
		severity: "warning",
		message: `at ${revision}: static collector says ${d.staticView}; the framework says ${d.runnerView}.`,
		path: d.path,
		...d.line ? { line: d.line } : {},
		test: d.id
	}));
	if (list.length > cap) findings.push({
		rule: "collector-disagreement",
		severity: "warning",
		message: `${list.length - cap} more disagreement(s) between the static collector and the framework at ${revision} (see the report metrics).`
	});
	return findings;
}
export { disagreementFindings as n, functionId as r, compareCollections as t };

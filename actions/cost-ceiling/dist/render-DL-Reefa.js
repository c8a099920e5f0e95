// packages/action-kit/lib/render.js
/** GitHub's per-step caps (docs: "Workflow commands", "Job summaries"). */
const LIMITS = {
	annotationsPerSeverity: 10,
	summaryBytes: 1048576,
	outputBytes: 1e6,
	commentChars: 65536
};
const VERDICT_ICON = {
	pass: "✅",
	fail: "❌",
	error: "⛔"
};
const SEVERITY_ICON = {
	error: "❌",
	warning: "⚠️",
	notice: "ℹ️"
};
const TRUNCATION_MARKER = "\n\n_…truncated: the full report is in the JSON report file._\n";
/** Escapes text for a markdown table cell or line without letting it open HTML or break the table. */
function markdownText(text) {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function formatMetric(value) {
	if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "");
	if (value === null || value === void 0) return "";
	if (typeof value === "object") return JSON.stringify(value);
	return String(value);
}
function location(f) {
	if (!f.path) return "";
	return `\`${markdownText(f.path)}${f.line ? `:${f.line}` : ""}\``;
}
/** The job-summary section for one guard report: a pure function, tested on its text. */
function renderSummary(report, maxFindings = 200) {
	const counts = countBySeverity(report.findings);
	const lines = [
		`## ${VERDICT_ICON[report.verdict]} ${report.guard}: ${report.verdict}`,
		"",
		`${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
		""
	];
	const shown = report.findings.slice(0, maxFindings);
	if (shown.length > 0) {
		lines.push("| | rule | where | message |", "|---|---|---|---|");
		for (const f of shown) {
			const where = [location(f), f.test ? `\`${markdownText(f.test)}\`` : ""].filter(Boolean).join(" ");
			lines.push(`| ${SEVERITY_ICON[f.severity]} | \`${f.rule}\` | ${where} | ${markdownText(f.message)} |`);
		}
		if (report.findings.length > shown.length) lines.push("", `_${report.findings.length - shown.length} more finding(s) are in the JSON report._`);
		lines.push("");
	}
	const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== "object" || v === null);
	if (metrics.length > 0) {
		lines.push("<details><summary>Metrics</summary>", "", "| metric | value |", "|---|---|");
		for (const [k, v] of metrics) lines.push(`| ${markdownText(k)} | ${markdownText(formatMetric(v))} |`);
		lines.push("", "</details>", "");
	}
	return lines.join("\n");
}
/** Cuts text to a byte budget on a character boundary, adding a visible marker. */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
	if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
	const budget = maxBytes - Buffer.byteLength(marker, "utf8");
	let cut = Buffer.from(text, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
	if (cut.endsWith("�")) cut = cut.slice(0, -1);
	return cut + marker;
}
function countBySeverity(findings) {
	const counts = {
		error: 0,
		warning: 0,
		notice: 0
	};
	for (const f of findings) counts[f.severity] += 1;
	return counts;
}
/**
* Picks the findings that become annotations: those with a path, at most
* `annotationsPerSeverity` of each severity (GitHub drops the rest silently, so
* we count them and say so).
*/
function planAnnotations(findings, cap = LIMITS.annotationsPerSeverity) {
	const used = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const omitted = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const annotations = [];
	for (const f of findings) {
		if (!f.path) continue;
		if (used[f.severity] < cap) {
			used[f.severity] += 1;
			annotations.push(f);
		} else omitted[f.severity] += 1;
	}
	return {
		annotations,
		omitted
	};
}
export { truncateUtf8 as a, renderSummary as i, markdownText as n, planAnnotations as r, LIMITS as t };

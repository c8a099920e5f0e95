// packages/action-kit/lib/render.js
/** GitHub's per-step caps (docs: "Workflow commands", "Job summaries"). */
const LIMITS = {
	annotationsPerSeverity: 10,
	summaryBytes: 1048576,
	outputBytes: 1e6,
	commentChars: 65536
};
const TRUNCATION_MARKER = "\n\n_…truncated: the full report is in the JSON report file._\n";
/** Escapes text for a markdown table cell or line without letting it open HTML or break the table. */
function markdownText(text) {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
/** Cuts text to a byte budget on a character boundary, adding a visible marker. */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
	if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
	const budget = maxBytes - Buffer.byteLength(marker, "utf8");
	let cut = Buffer.from(text, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
	if (cut.endsWith("�")) cut = cut.slice(0, -1);
	return cut + marker;
}
export { markdownText as n, truncateUtf8 as r, LIMITS as t };

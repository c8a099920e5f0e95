// packages/skip-set/lib/results/model.js
const NOT_RUNNING = /* @__PURE__ */ new Set([
	"skipped",
	"xfail",
	"todo"
]);
/** Whether a status means the test's body no longer decides anything. */
function notRunning(status) {
	return NOT_RUNNING.has(status);
}
/**
* The status of a test that appears more than once in one revision's reports
* (a retried test, or the same report in two formats): if any occurrence ran,
* it ran; a pass beats a failure (a rerun that passed).
*/
function strongestResult(a, b) {
	const rank = {
		passed: 4,
		failed: 3,
		xfail: 2,
		skipped: 1,
		todo: 0
	};
	return rank[b] > rank[a] ? b : a;
}
/** The first line of a message, trimmed to a readable length. */
function firstLine(text, max = 200) {
	const line = text?.trim().split("\n")[0]?.trim();
	if (!line) return void 0;
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
export { notRunning as n, strongestResult as r, firstLine as t };

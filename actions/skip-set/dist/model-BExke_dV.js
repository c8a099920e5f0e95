// packages/skip-set/lib/results/model.js
const NOT_RUNNING = /* @__PURE__ */ new Set([
	"skipped",
	"xfail",
	"todo"
]);
function notRunning(status) {
	return NOT_RUNNING.has(status);
}
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
function firstLine(text, max = 200) {
	const line = text?.trim().split("\n")[0]?.trim();
	if (!line) return void 0;
	return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
export { notRunning as n, strongestResult as r, firstLine as t };

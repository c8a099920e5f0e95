// packages/skip-set/lib/model.js
const TEST_STATUSES = [
	"active",
	"skipped",
	"xfail",
	"todo",
	"focused"
];
function emptyCollection() {
	return {
		tests: /* @__PURE__ */ new Map(),
		errors: [],
		files: 0
	};
}
function addFile(collection, file) {
	collection.files += 1;
	if (file.error) collection.errors.push(file.error);
	for (const t of file.tests) collection.tests.set(t.id, t);
}
function totalsByStatus(tests) {
	const totals = {
		total: 0,
		active: 0,
		skipped: 0,
		xfail: 0,
		todo: 0,
		focused: 0
	};
	for (const t of tests) {
		totals.total += 1;
		totals[t.status] += 1;
	}
	return totals;
}
var IdAllocator = class {
	seen = /* @__PURE__ */ new Map();
	allocate(id) {
		const n = (this.seen.get(id) ?? 0) + 1;
		this.seen.set(id, n);
		return n === 1 ? id : `${id}#${n}`;
	}
};
function testId(path, suite, name) {
	return [
		path,
		...suite,
		name
	].join("::");
}
export { testId as a, emptyCollection as i, TEST_STATUSES as n, totalsByStatus as o, addFile as r, IdAllocator as t };

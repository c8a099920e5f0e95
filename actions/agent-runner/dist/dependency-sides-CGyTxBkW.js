import { n as isReadable, t as dependencyFileOf } from "./dependency-files-CIQMu26D.js";
// packages/manifest-scope/lib/dependency-sides.js
const isDependencyFile = (path) => dependencyFileOf(path) !== void 0;
const isZero = (sha) => /^0+$/.test(sha);
function sides(f) {
	const beforePath = f.previousPath ?? (f.status === "added" ? void 0 : f.path);
	const afterPath = f.status === "deleted" ? void 0 : f.path;
	const side = (path, sha) => {
		const file = path === void 0 || isZero(sha) ? void 0 : dependencyFileOf(path);
		return file && path !== void 0 ? {
			path,
			sha,
			file
		} : void 0;
	};
	const before = side(beforePath, f.oldSha);
	const after = side(afterPath, f.newSha);
	return {
		...before ? { before } : {},
		...after ? { after } : {}
	};
}
function dependencyBlobs(files) {
	return files.flatMap((f) => {
		const { before, after } = sides(f);
		return [before, after].filter((s) => s !== void 0 && isReadable(s.file)).map((s) => s.sha);
	});
}
export { isDependencyFile as n, sides as r, dependencyBlobs as t };

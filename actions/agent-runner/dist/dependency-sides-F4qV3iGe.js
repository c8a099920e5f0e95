import { n as isReadable, t as dependencyFileOf } from "./dependency-files-CN4JWig5.js";
// packages/manifest-scope/lib/dependency-sides.js
/** Whether manifest-scope looks at this path's contents: every dependency file, read or not. */
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
/** The blobs to read for the dependency files among the changed files. */
function dependencyBlobs(files) {
	return files.flatMap((f) => {
		const { before, after } = sides(f);
		return [before, after].filter((s) => s !== void 0 && isReadable(s.file)).map((s) => s.sha);
	});
}
export { isDependencyFile as n, sides as r, dependencyBlobs as t };

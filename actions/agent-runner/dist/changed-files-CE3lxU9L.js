import { a as isFullSha, c as remembered, l as stringBytes, o as isRemembered, s as questionKey } from "./objects-CQIjLmSI.js";
import { t as ConfigurationError } from "./errors-CKwehVBK.js";
import { i as streamGit, n as gitText, r as runGit, t as GitError } from "./run-git-THyvmY8x.js";
import { StringDecoder } from "node:string_decoder";
// packages/git/lib/revisions.js
async function isShallowRepository(repo) {
	return (await gitText(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
const REVISION = /^[^\s-][^\s]*$/;
/** Plain SHAs and ref names: nothing rev-parse would expand into several lines (ranges, ^@, :path). */
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
* Resolves several revisions with one git process; if any is missing, falls
* back to resolveCommit one by one so the error names the missing role.
*/
async function resolveCommits(repo, revisions) {
	if (revisions.every(([rev]) => isFullSha(rev))) {
		const key = (rev) => questionKey(repo, "commit", rev);
		const answers = /* @__PURE__ */ new Map();
		for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
		const unknown = revisions.filter(([rev]) => !answers.has(rev));
		if (unknown.length > 0) {
			const checking = resolveCommitsInGit(repo, unknown);
			unknown.forEach(([rev], i) => answers.set(rev, remembered(key(rev), () => checking.then((shas) => shas[i]))));
		}
		return Promise.all(revisions.map(([rev]) => answers.get(rev)));
	}
	return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
	if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
		const result = await runGit(repo, ["rev-parse", ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
		const lines = result.stdout.toString("utf8").trim().split("\n");
		if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line))) return lines;
	}
	return (await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)))).map((r) => {
		if (r.status === "rejected") throw r.reason;
		return r.value;
	});
}
/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
function resolveCommit(repo, rev, role) {
	return isFullSha(rev) ? remembered(questionKey(repo, "commit", rev), () => resolveCommitInGit(repo, rev, role)) : resolveCommitInGit(repo, rev, role);
}
async function resolveCommitInGit(repo, rev, role) {
	if (!REVISION.test(rev)) throw new ConfigurationError(`'${rev}' is not a revision.`, {
		field: role,
		fix: "pass a commit SHA or ref name."
	});
	try {
		return (await gitText(repo, [
			"rev-parse",
			"--verify",
			"--end-of-options",
			`${rev}^{commit}`
		])).trim();
	} catch (error) {
		if (error instanceof GitError && error.exitCode !== null) {
			const shallow = await isShallowRepository(repo).catch(() => false);
			throw new ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
				field: role,
				fix: shallow ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present." : "fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0."
			});
		}
		throw error;
	}
}
/**
* The merge base of base and head, which a PR diff is measured from (three-dot
* semantics). A missing merge base is an error, never a two-dot fallback: the
* two-dot diff would include the base branch's own changes or miss the PR's.
*/
async function mergeBase(repo, base, head, prCommits) {
	if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, "merge-base", base, head), () => mergeBaseInGit(repo, base, head, prCommits));
	return mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
	const result = await runGit(repo, [
		"merge-base",
		base,
		head
	], { okExitCodes: [0, 1] });
	const sha = result.stdout.toString("utf8").trim();
	if (result.exitCode === 0 && sha) return sha;
	const shallow = await isShallowRepository(repo);
	const depth = prCommits !== void 0 ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : "";
	throw new ConfigurationError(shallow ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.` : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`, {
		field: "fetch-depth",
		fix: shallow ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.` : "compare a head that was branched from the base."
	});
}
const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
* Resolves base and head and finds their merge base. When both are full SHAs
* (as a pull_request event gives them) nothing can move under us, so the merge
* base is looked up while the commits are checked; names are resolved first.
*/
async function resolveRange(repo, base, head, prCommits) {
	const pair = [[base, "base"], [head, "head"]];
	if (FULL_SHA.test(base) && FULL_SHA.test(head)) {
		const [resolved, joined] = await Promise.allSettled([resolveCommits(repo, pair), mergeBase(repo, base, head, prCommits)]);
		if (resolved.status === "rejected") throw resolved.reason;
		if (joined.status === "rejected") throw joined.reason;
		return {
			base: resolved.value[0],
			head: resolved.value[1],
			mergeBase: joined.value
		};
	}
	const [baseSha, headSha] = await resolveCommits(repo, pair);
	return {
		base: baseSha,
		head: headSha,
		mergeBase: await mergeBase(repo, baseSha, headSha, prCommits)
	};
}
// packages/git/lib/changed-files.js
const STATUS = {
	A: "added",
	M: "modified",
	D: "deleted",
	R: "renamed",
	C: "copied",
	T: "type-changed",
	U: "unmerged",
	X: "unknown"
};
function kindOfMode(mode) {
	switch (mode) {
		case "000000": return "none";
		case "120000": return "symlink";
		case "160000": return "submodule";
		case "100755": return "executable";
		default: return "file";
	}
}
/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
const MODES = [
	"100644",
	"100755",
	"120000",
	"160000",
	"000000",
	"040000"
];
function modeAt(text, start) {
	for (const mode of MODES) if (text.startsWith(mode, start)) return mode;
	return text.slice(start, start + 6);
}
/**
* Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
* record split across chunks waits for the rest. With -z nothing is quoted, so
* paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
* Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
*/
var RawDiffParser = class {
	rest = "";
	decoder = new StringDecoder("utf8");
	/** The records completed by this chunk. */
	push(chunk) {
		const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
		const files = [];
		let pos = 0;
		if (this.rest !== "") {
			let cut = -1;
			for (let k = 0; k < 3; k += 1) {
				const nul = text.indexOf("\0", cut + 1);
				if (nul < 0) break;
				cut = nul;
			}
			const end = parseRecords(this.rest + text.slice(0, cut + 1), 0, files);
			if (end < this.rest.length) {
				this.rest += text;
				return files;
			}
			pos = end - this.rest.length;
		}
		pos = parseRecords(text, pos, files);
		this.rest = pos < text.length ? text.slice(pos) : "";
		return files;
	}
	/** The last records; throws if the output stopped inside a record. */
	end() {
		const files = this.push(this.decoder.end());
		if (this.rest !== "") throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
		return files;
	}
};
/** Parses whole records from `pos`; returns where the first incomplete record starts. */
function parseRecords(text, pos, files) {
	const n = text.length;
	while (pos < n) {
		if (text.charCodeAt(pos) === 0) {
			pos += 1;
			continue;
		}
		if (text.charCodeAt(pos) !== 58) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
		const metaEnd = text.indexOf("\0", pos);
		if (metaEnd < 0) return pos;
		const firstEnd = text.indexOf("\0", metaEnd + 1);
		if (firstEnd < 0) return pos;
		const s3 = text.indexOf(" ", pos + 15);
		const s4 = text.indexOf(" ", s3 + 1);
		if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
		const status = STATUS[text.charAt(s4 + 1)] ?? "unknown";
		const twoPaths = status === "renamed" || status === "copied";
		const secondEnd = twoPaths ? text.indexOf("\0", firstEnd + 1) : firstEnd;
		if (secondEnd < 0) return pos;
		const oldMode = modeAt(text, pos + 1);
		const newMode = modeAt(text, pos + 8);
		const first = text.slice(metaEnd + 1, firstEnd);
		const file = {
			status,
			path: first,
			oldMode,
			newMode,
			oldSha: text.slice(pos + 15, s3),
			newSha: text.slice(s3 + 1, s4),
			oldKind: kindOfMode(oldMode),
			newKind: kindOfMode(newMode)
		};
		if (twoPaths) {
			file.previousPath = first;
			file.path = text.slice(firstEnd + 1, secondEnd);
			file.similarity = Number.parseInt(text.slice(s4 + 2, metaEnd), 10);
		}
		files.push(file);
		pos = secondEnd + 1;
	}
	return pos;
}
/** Parses complete `git diff-tree -r -z --raw` output. */
function parseRawDiff(output) {
	const parser = new RawDiffParser();
	const files = parser.push(output);
	for (const file of parser.end()) files.push(file);
	return files;
}
/**
* The files a PR changes: local git between the exact base and head SHAs, via
* their merge base, with rename and copy detection. Fails closed (throws a
* ConfigurationError) on a missing commit, a shallow clone or no merge base.
*/
async function changedFiles(repo, base, head, options = {}) {
	const range = await resolveRange(repo, base, head, options.prCommits);
	return {
		...range,
		files: await diffTree(repo, range.mergeBase, range.head)
	};
}
/**
* The raw diff between two commits, with rename and copy detection. Between two
* full SHAs it is listed once per process; each caller gets its own array of the
* same (read-only) records.
*/
async function diffTree(repo, from, to) {
	if (isFullSha(from) && isFullSha(to)) return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
	return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
	const all = [];
	await streamDiffTreeFromGit(repo, from, to, (files) => {
		for (const f of files) all.push(f);
	});
	return all;
}
const diffKey = (repo, from, to) => questionKey(repo, "diff-tree", from, to);
const diffBytes = (files) => stringBytes(files.map((f) => f.path)) + 400 * files.length;
/**
* diffTree, handed over batch by batch as git writes it: a caller can decide on
* the first files while git lists the rest, and need not keep what it has
* decided. Resolves to the number of changed files. A diff this process has
* listed (or is listing) through diffTree is handed over from there in one batch;
* a streamed diff is not kept, so a caller alone with a large diff holds no more
* of it than it keeps itself.
*/
async function streamDiffTree(repo, from, to, onFiles) {
	if (isFullSha(from) && isFullSha(to) && isRemembered(diffKey(repo, from, to))) {
		const files = await diffTree(repo, from, to);
		if (files.length > 0) onFiles(files);
		return files.length;
	}
	return streamDiffTreeFromGit(repo, from, to, onFiles);
}
async function streamDiffTreeFromGit(repo, from, to, onFiles) {
	const parser = new RawDiffParser();
	let count = 0;
	const take = (files) => {
		count += files.length;
		if (files.length > 0) onFiles(files);
	};
	const started = isFullSha(from) && isFullSha(to) ? early.get(diffKey(repo, from, to)) : void 0;
	await (started ? started.read((chunk) => take(parser.push(chunk))) : streamGit(repo, diffTreeArgs(from, to), (chunk) => take(parser.push(chunk))));
	take(parser.end());
	return count;
}
const diffTreeArgs = (from, to) => [
	"diff-tree",
	"-r",
	"-z",
	"--raw",
	"--no-abbrev",
	"--no-commit-id",
	"--no-ext-diff",
	"--no-textconv",
	"--ignore-submodules=none",
	"-M",
	"-C",
	from,
	to
];
/** Listings started before anyone reads them (startDiffTree), by diff key: each is read once, then forgotten. */
const early = /* @__PURE__ */ new Map();
/** Every path the change touches: both sides of a rename, the new side of a copy. */
function touchedPaths(files) {
	const out = [];
	for (const f of files) {
		out.push(f.path);
		if (f.status === "renamed" && f.previousPath !== void 0) out.push(f.previousPath);
	}
	return out;
}
export { isShallowRepository as a, resolveCommits as c, touchedPaths as i, resolveRange as l, parseRawDiff as n, mergeBase as o, streamDiffTree as r, resolveCommit as s, changedFiles as t };

import { B as string, C as datetime, J as _minLength, M as number, P as optional, R as refine, T as _enum, X as _positive, Y as _nonnegative, Z as _regex, j as nullable, k as int, n as described, tt as ConfigurationError, z as strictObject } from "./lib-DA4sP2xX.js";
import { A as MODES } from "./lib-B3H81PlY.js";
import { l as countsFromUsage, y as usdToMicro } from "./prices-C_eeCRrX.js";
import { createHash } from "node:crypto";
import { open, readFile } from "node:fs/promises";
// packages/cost-ceiling/lib/ledger-schema.js
const tokenCount = int().check(_nonnegative());
const LedgerLineSchema = described(strictObject({
	session: string().check(_minLength(1)),
	ticket: string().check(_minLength(1)),
	repo: string().check(_regex(/^[^/\s]+\/[^/\s]+$/, "repo is owner/name")),
	pr: optional(nullable(int().check(_positive()))),
	mode: _enum(MODES),
	model: string().check(_minLength(1)),
	ts: datetime({ offset: true }),
	input_tokens: tokenCount,
	output_tokens: tokenCount,
	cache_creation_input_tokens: tokenCount,
	cache_read_input_tokens: tokenCount,
	cache_creation: optional(strictObject({
		ephemeral_5m_input_tokens: tokenCount,
		ephemeral_1h_input_tokens: tokenCount
	})),
	cost_usd: number().check(_nonnegative())
}).check(refine((l) => !l.cache_creation || l.cache_creation.ephemeral_5m_input_tokens + l.cache_creation.ephemeral_1h_input_tokens === l.cache_creation_input_tokens, {
	message: "cache_creation by TTL must add up to cache_creation_input_tokens",
	path: ["cache_creation"]
})), "agent-guards usage ledger line: one model call, written by the runner.");
// packages/cost-ceiling/lib/usage-record.js
const USAGE_SOURCES = [
	"runner-ledger",
	"claude-code-action",
	"codex",
	"gemini-cli",
	"gh-aw"
];
var RecordKeyer = class {
	seen = /* @__PURE__ */ new Map();
	key(parts) {
		const digest = createHash("sha256").update(parts.map((p) => p === void 0 ? "" : String(p)).join("")).digest("base64url").slice(0, 22);
		const n = this.seen.get(digest) ?? 0;
		this.seen.set(digest, n + 1);
		return `${digest}.${n}`;
	}
};
function identityParts(r) {
	const c = r.counts;
	return [
		r.source,
		r.session,
		r.repo,
		r.pr,
		r.mode,
		r.model,
		r.ts,
		c.input,
		c.output,
		c.cacheWrite5m,
		c.cacheWrite1h,
		c.cacheRead
	];
}
// packages/cost-ceiling/lib/usage-ledger.js
const FIX_GARBLED = "the ledger is written only by the runner (appendLedgerLine); restore it from the run artifact, or re-run the session. The guard does not skip lines, because a skipped line is uncounted cost.";
var UsageLedger = class UsageLedger {
	file;
	entries;
	constructor(file, entries) {
		this.file = file;
		this.entries = entries;
	}
	static async read(file) {
		let text;
		try {
			text = await readFile(file, "utf8");
		} catch (error) {
			if (error.code === "ENOENT") throw new ConfigurationError("the usage ledger does not exist.", {
				file,
				fix: "pass the ledger the runner wrote for this session (download the run artifact before this step)."
			});
			throw error;
		}
		return UsageLedger.parse(text, file);
	}
	static parse(text, file) {
		if (text.length === 0) throw new ConfigurationError("the usage ledger is empty: a session that made no model call writes no ledger, so an empty one means the spend was not recorded.", {
			file,
			line: 1,
			fix: FIX_GARBLED
		});
		const lines = text.split("\n");
		if (lines.pop() !== "") throw new ConfigurationError("the last ledger line has no newline: the writer stopped mid-line.", {
			file,
			line: lines.length + 1,
			fix: FIX_GARBLED
		});
		const entries = [];
		for (let i = 0; i < lines.length; i += 1) entries.push({
			line: i + 1,
			value: parseLedgerLine(lines[i], file, i + 1)
		});
		return new UsageLedger(file, entries);
	}
	toRecords(prices) {
		const keyer = new RecordKeyer();
		return this.entries.map(({ line, value }) => {
			const counts = countsFromUsage(value);
			const base = {
				source: "runner-ledger",
				session: value.session,
				ticket: value.ticket,
				repo: value.repo,
				...value.pr ? { pr: value.pr } : {},
				mode: value.mode,
				model: value.model,
				ts: Date.parse(value.ts),
				counts
			};
			return {
				...base,
				key: keyer.key(identityParts(base)),
				costMicro: prices.cost(value.model, counts, {
					file: this.file,
					line
				}),
				recordedCostMicro: usdToMicro(value.cost_usd),
				file: this.file,
				line
			};
		});
	}
};
function parseLedgerLine(text, file, line) {
	if (text.trim().length === 0) throw new ConfigurationError("blank line in the usage ledger.", {
		file,
		line,
		fix: FIX_GARBLED
	});
	let json;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`usage ledger line is not valid JSON (${error.message}).`, {
			file,
			line,
			fix: FIX_GARBLED
		});
	}
	const parsed = LedgerLineSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue.path.map(String).join(".") || "(line)";
		throw new ConfigurationError(`usage ledger line does not match the ledger schema: ${issue.message}.`, {
			file,
			line,
			field,
			fix: FIX_GARBLED
		});
	}
	return parsed.data;
}
async function appendLedgerLine(path, line) {
	const parsed = LedgerLineSchema.safeParse(line);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`refusing to append an invalid ledger line to ${path}: ${issue.path.map(String).join(".") || "(line)"}: ${issue.message}`);
	}
	const bytes = Buffer.from(`${JSON.stringify(parsed.data)}\n`, "utf8");
	const handle = await open(path, "a+");
	try {
		const { size } = await handle.stat();
		if (size > 0) {
			const lastByte = Buffer.alloc(1);
			await handle.read(lastByte, 0, 1, size - 1);
			if (lastByte[0] !== 10) throw new Error(`${path} ends in a partial line; the ledger is damaged and will not be appended to.`);
		}
		const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
		if (bytesWritten !== bytes.length) throw new Error(`short write to ${path}: ${bytesWritten} of ${bytes.length} bytes; the ledger now ends in a partial line.`);
	} finally {
		await handle.close();
	}
}
export { identityParts as a, USAGE_SOURCES as i, appendLedgerLine as n, LedgerLineSchema as o, RecordKeyer as r, UsageLedger as t };

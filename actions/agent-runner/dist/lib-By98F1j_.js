import "./rolldown-runtime-C1I3wEg2.js";
import { _ as microToDecimal, a as priceCall, c as capTokens, d as totalInput, f as MICRO_PER_USD, g as fractionBelow, h as formatUsd, i as modelFamily, l as countsFromUsage, m as exceedsMultiple, n as builtInPrice, o as addCounts, p as divideRounded, r as costMicro, s as cacheCreation, t as PriceBook, u as emptyCounts, v as ratioToMillionths, y as usdToMicro } from "./prices-C_eeCRrX.js";
import { a as identityParts, i as USAGE_SOURCES, n as appendLedgerLine, o as LedgerLineSchema, r as RecordKeyer, t as UsageLedger } from "./usage-ledger-CEmjYrHn.js";
import { A as literal, B as string, C as datetime, D as boolean, J as _minLength, L as record, M as number, N as object, O as discriminatedUnion, P as optional, Q as silentLogger, S as groupDigits, T as _enum, X as _positive, Y as _nonnegative, Z as _regex, g as truncateUtf8, h as markdownText, j as nullable, k as int, m as LIMITS, s as sharedTelemetry, tt as ConfigurationError, x as compareText, y as reportFromFindings, z as strictObject } from "./lib-DA4sP2xX.js";
import { E as GitError, O as runGit, w as catFileBatch } from "./lib-B3H81PlY.js";
import { basename } from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
// packages/cost-ceiling/lib/execution-file.js
const tokens = int().check(_nonnegative());
const ApiUsageSchema = object({
	input_tokens: tokens,
	output_tokens: tokens,
	cache_creation_input_tokens: optional(nullable(tokens)),
	cache_read_input_tokens: optional(nullable(tokens)),
	cache_creation: optional(nullable(object({
		ephemeral_5m_input_tokens: optional(nullable(tokens)),
		ephemeral_1h_input_tokens: optional(nullable(tokens))
	})))
});
const AssistantMessageSchema = object({
	type: literal("assistant"),
	session_id: string(),
	message: object({
		id: string().check(_minLength(1)),
		model: string().check(_minLength(1)),
		usage: ApiUsageSchema
	})
});
const ModelUsageSchema = object({
	inputTokens: tokens,
	outputTokens: tokens,
	cacheReadInputTokens: tokens,
	cacheCreationInputTokens: tokens,
	costUSD: optional(number().check(_nonnegative()))
});
const ResultMessageSchema = object({
	type: literal("result"),
	subtype: string(),
	session_id: string().check(_minLength(1)),
	total_cost_usd: number().check(_nonnegative()),
	usage: ApiUsageSchema,
	modelUsage: optional(record(string(), ModelUsageSchema))
});
const AnyMessageSchema = object({ type: string() });
const EXECUTION_FILE_MODE = "claude-code-action";
const FIX$2 = "pass the `execution_file` output of anthropics/claude-code-action from a run that finished (the file is written with a final `result` message).";
async function readExecutionFile(file, prices, options) {
	let text;
	try {
		text = await readFile(file, "utf8");
	} catch (error) {
		if (error.code === "ENOENT") throw new ConfigurationError("the claude-code-action execution file does not exist.", {
			file,
			fix: FIX$2
		});
		throw error;
	}
	return parseExecutionFile(text, file, prices, options);
}
function parseExecutionFile(text, file, prices, options) {
	let json;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`the execution file is not valid JSON (${error.message}).`, {
			file,
			line: jsonErrorLine(text, error),
			fix: FIX$2
		});
	}
	if (!Array.isArray(json) || json.length === 0) throw new ConfigurationError("the execution file is not a non-empty JSON array of SDK messages.", {
		file,
		line: 1,
		fix: FIX$2
	});
	const lines = elementLines(text);
	const at = (i) => ({
		file,
		line: lines[i] ?? 1
	});
	const steps = /* @__PURE__ */ new Map();
	let result;
	json.forEach((message, i) => {
		const kind = AnyMessageSchema.safeParse(message);
		if (!kind.success) throw new ConfigurationError(`execution file element ${i} is not an SDK message (no string \`type\`).`, {
			...at(i),
			fix: FIX$2
		});
		if (kind.data.type === "assistant") {
			const m = parseAt(AssistantMessageSchema, message, at(i), i);
			const counts = countsFromUsage(m.message.usage);
			const step = steps.get(m.message.id);
			if (!step) steps.set(m.message.id, {
				model: m.message.model,
				usage: counts
			});
			else step.usage.output = Math.max(step.usage.output, counts.output);
		} else if (kind.data.type === "result") {
			if (result) throw new ConfigurationError("the execution file has more than one `result` message; it should hold one query.", {
				...at(i),
				fix: FIX$2
			});
			result = parseAt(ResultMessageSchema, message, at(i), i);
		}
	});
	if (!result) throw new ConfigurationError("the execution file has no final `result` message: the run did not finish, so its usage cannot be totalled.", {
		file,
		line: lines[lines.length - 1] ?? 1,
		fix: FIX$2
	});
	const fromSteps = /* @__PURE__ */ new Map();
	for (const { model, usage } of steps.values()) {
		const sum = fromSteps.get(model) ?? emptyCounts();
		addCounts(sum, usage);
		fromSteps.set(model, sum);
	}
	const perModel = /* @__PURE__ */ new Map();
	const modelUsage = Object.entries(result.modelUsage ?? {});
	if (modelUsage.length > 0) for (const [model, u] of modelUsage) {
		const oneHour = Math.min(fromSteps.get(model)?.cacheWrite1h ?? 0, u.cacheCreationInputTokens);
		perModel.set(model, {
			input: u.inputTokens,
			output: u.outputTokens,
			cacheWrite5m: u.cacheCreationInputTokens - oneHour,
			cacheWrite1h: oneHour,
			cacheRead: u.cacheReadInputTokens
		});
	}
	else for (const [model, counts] of fromSteps) perModel.set(model, counts);
	const resultLine = lines[json.length - 1] ?? 1;
	const keyer = new RecordKeyer();
	const ts = options.now.getTime();
	const records = [];
	for (const [model, counts] of perModel) {
		const base = {
			source: "claude-code-action",
			session: result.session_id,
			...options.repo ? { repo: options.repo } : {},
			...options.pr ? { pr: options.pr } : {},
			mode: EXECUTION_FILE_MODE,
			model,
			ts,
			counts
		};
		const recorded = result.modelUsage?.[model]?.costUSD;
		records.push({
			...base,
			key: keyer.key(identityParts(base)),
			costMicro: prices.cost(model, counts, {
				file,
				line: resultLine
			}),
			...recorded !== void 0 ? { recordedCostMicro: usdToMicro(recorded) } : {},
			file,
			line: resultLine
		});
	}
	if (records.length === 0) throw new ConfigurationError("the execution file records no model usage at all.", {
		file,
		line: resultLine,
		fix: FIX$2
	});
	if (modelUsage.length === 0) {
		if (records.length === 1) records[0].recordedCostMicro = usdToMicro(result.total_cost_usd);
	}
	return records;
}
function parseAt(schema, value, where, index) {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new ConfigurationError(`execution file element ${index} does not have the SDK message shape: ${issue.message}.`, {
		...where,
		field: issue.path.map(String).join(".") || "(message)",
		fix: FIX$2
	});
}
function elementLines(text) {
	const starts = [];
	let depth = 0;
	let line = 1;
	let inString = false;
	let expectElement = false;
	for (let i = 0; i < text.length; i += 1) {
		const ch = text[i];
		if (ch === "\n") line += 1;
		if (inString) {
			if (ch === "\\") i += 1;
			else if (ch === "\"") inString = false;
			continue;
		}
		if (depth === 1 && expectElement && !/\s/.test(ch) && ch !== "]") {
			starts.push(line);
			expectElement = false;
		}
		if (ch === "\"") inString = true;
		else if (ch === "[" || ch === "{") {
			depth += 1;
			if (depth === 1) expectElement = true;
		} else if (ch === "]" || ch === "}") depth -= 1;
		else if (ch === "," && depth === 1) expectElement = true;
	}
	return starts;
}
function jsonErrorLine(text, error) {
	const position = /position (\d+)/.exec(error.message);
	if (!position) return 1;
	return text.slice(0, Number(position[1])).split("\n").length;
}
// packages/cost-ceiling/lib/agents/usage-file.js
function pricedRecords(drafts, file, prices, options) {
	const keyer = new RecordKeyer();
	return drafts.map((d) => {
		const base = {
			source: d.source,
			session: d.session,
			...options.repo ? { repo: options.repo } : {},
			...options.pr ? { pr: options.pr } : {},
			mode: d.source,
			model: d.model,
			ts: d.ts,
			counts: d.counts
		};
		return {
			...base,
			key: keyer.key(identityParts(base)),
			costMicro: prices.cost(d.model, d.counts, {
				file,
				...d.line ? { line: d.line } : {}
			}),
			file,
			...d.line ? { line: d.line } : {}
		};
	});
}
function jsonLines(text, file, fix) {
	const out = [];
	const lines = text.split("\n");
	lines.forEach((raw, i) => {
		const text = raw.trim();
		if (text.length === 0) return;
		let value;
		try {
			value = JSON.parse(text);
		} catch (error) {
			const why = lines.slice(i + 1).every((l) => l.trim().length === 0) ? "the last line is not complete JSON: the writer stopped mid-line" : `line is not valid JSON (${error.message})`;
			throw new ConfigurationError(`${why}.`, {
				file,
				line: i + 1,
				fix
			});
		}
		if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigurationError("line is not a JSON object.", {
			file,
			line: i + 1,
			fix
		});
		out.push({
			line: i + 1,
			value
		});
	});
	return out;
}
function count(value, field, where, fix) {
	if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
	throw new ConfigurationError(`${field} is not a token count (${JSON.stringify(value) ?? "missing"}).`, {
		...where,
		field,
		fix
	});
}
function optionalCount(value, field, where, fix) {
	return value === void 0 || value === null ? 0 : count(value, field, where, fix);
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function timestamp(value, fallback) {
	const ms = typeof value === "string" ? Date.parse(value) : NaN;
	return Number.isFinite(ms) ? ms : fallback.getTime();
}
// packages/cost-ceiling/lib/agents/codex.js
const EXEC_FIX = "pass the stdout of `codex exec --json` (codex-action with codex-args [\"--json\"]) from a run that finished, and the model it ran (agent-model).";
const ROLLOUT_FIX = "pass the session rollout codex wrote ($CODEX_HOME/sessions/\u2026/rollout-*.jsonl) of a run that finished.";
function codexUsage(value, field, where, fix) {
	if (!isObject(value)) throw new ConfigurationError(`${field} is not a usage object.`, {
		...where,
		field,
		fix
	});
	return {
		input: count(value.input_tokens, `${field}.input_tokens`, where, fix),
		cached: optionalCount(value.cached_input_tokens, `${field}.cached_input_tokens`, where, fix),
		cacheWrite: optionalCount(value.cache_write_input_tokens, `${field}.cache_write_input_tokens`, where, fix),
		output: count(value.output_tokens, `${field}.output_tokens`, where, fix)
	};
}
function countsOf(u, where, fix) {
	const uncached = u.input - u.cached - u.cacheWrite;
	if (uncached < 0) throw new ConfigurationError("cached input exceeds input_tokens, which includes it: the usage is not codex\u2019s.", {
		...where,
		fix
	});
	return {
		...emptyCounts(),
		input: uncached,
		output: u.output,
		cacheRead: u.cached,
		cacheWrite5m: u.cacheWrite
	};
}
function grew(now, before) {
	return {
		input: now.input - before.input,
		cached: now.cached - before.cached,
		cacheWrite: now.cacheWrite - before.cacheWrite,
		output: now.output - before.output
	};
}
const isZero = (u) => u.input === 0 && u.cached === 0 && u.cacheWrite === 0 && u.output === 0;
const isNegative = (u) => u.input < 0 || u.cached < 0 || u.cacheWrite < 0 || u.output < 0;
function codexExecDrafts(lines, file, options) {
	let thread;
	const last = /* @__PURE__ */ new Map();
	for (const { line, value } of lines) {
		const where = {
			file,
			line
		};
		if (value.type === "thread.started") {
			if (typeof value.thread_id !== "string" || value.thread_id.length === 0) throw new ConfigurationError("thread.started has no thread_id.", {
				...where,
				fix: EXEC_FIX
			});
			thread = value.thread_id;
		} else if (value.type === "turn.completed") {
			if (!thread) throw new ConfigurationError("turn.completed before any thread.started: the stream is not whole.", {
				...where,
				fix: EXEC_FIX
			});
			const usage = codexUsage(value.usage, "usage", where, EXEC_FIX);
			const before = last.get(thread);
			if (before && isNegative(grew(usage, before.usage))) throw new ConfigurationError(`turn.completed usage went down within thread ${thread}: codex reports the thread's running total, so it cannot shrink.`, {
				...where,
				fix: EXEC_FIX
			});
			last.set(thread, {
				usage,
				line
			});
		}
	}
	if (last.size === 0) throw new ConfigurationError("no turn.completed with usage: the run did not finish a turn (turn.failed reports no usage), so its tokens are unknown.", {
		file,
		fix: EXEC_FIX
	});
	if (!options.model) throw new ConfigurationError("`codex exec --json` does not say which model ran, and without it the usage cannot be priced.", {
		file,
		field: "agent-model",
		fix: "give the model codex ran (codex-action's `model` input, `codex exec -m`): agent-model / --agent-model."
	});
	return [...last].map(([session, { usage, line }]) => ({
		source: "codex",
		session,
		model: options.model,
		ts: options.now.getTime(),
		counts: countsOf(usage, {
			file,
			line
		}, EXEC_FIX),
		line
	}));
}
function codexRolloutDrafts(lines, file, options) {
	let session;
	let model;
	let total = {
		input: 0,
		cached: 0,
		cacheWrite: 0,
		output: 0
	};
	let lastTs = options.now.getTime();
	let lastLine = 0;
	const perModel = /* @__PURE__ */ new Map();
	for (const { line, value } of lines) {
		const where = {
			file,
			line
		};
		const payload = isObject(value.payload) ? value.payload : void 0;
		if (value.type === "session_meta" && typeof payload?.id === "string") session ??= payload.id;
		else if (value.type === "turn_context" && typeof payload?.model === "string" && payload.model.length > 0) model = payload.model;
		else if (value.type === "event_msg" && payload?.type === "token_count") {
			if (payload.info === null || payload.info === void 0) continue;
			if (!isObject(payload.info)) throw new ConfigurationError("token_count info is not an object.", {
				...where,
				fix: ROLLOUT_FIX
			});
			const now = codexUsage(payload.info.total_token_usage, "payload.info.total_token_usage", where, ROLLOUT_FIX);
			const delta = grew(now, total);
			if (isNegative(delta)) throw new ConfigurationError("total_token_usage went down: a rollout\u2019s totals only grow.", {
				...where,
				fix: ROLLOUT_FIX
			});
			if (isZero(delta)) continue;
			const name = model ?? options.model;
			if (!name) throw new ConfigurationError("tokens were counted before any turn_context named the model.", {
				...where,
				fix: ROLLOUT_FIX
			});
			const sum = perModel.get(name) ?? {
				input: 0,
				cached: 0,
				cacheWrite: 0,
				output: 0
			};
			perModel.set(name, {
				input: sum.input + delta.input,
				cached: sum.cached + delta.cached,
				cacheWrite: sum.cacheWrite + delta.cacheWrite,
				output: sum.output + delta.output
			});
			total = now;
			lastTs = timestamp(value.timestamp, options.now);
			lastLine = line;
		}
	}
	if (perModel.size === 0) throw new ConfigurationError("the rollout has no token_count with usage: no turn finished.", {
		file,
		fix: ROLLOUT_FIX
	});
	session ??= /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i.exec(basename(file))?.[1];
	if (!session) throw new ConfigurationError("the rollout names no session (no session_meta line, no id in the file name).", {
		file,
		fix: ROLLOUT_FIX
	});
	return [...perModel].map(([name, usage]) => ({
		source: "codex",
		session,
		model: name,
		ts: lastTs,
		counts: countsOf(usage, {
			file,
			line: lastLine
		}, ROLLOUT_FIX),
		line: lastLine
	}));
}
function mergeCodexThreads(records) {
	const byThread = /* @__PURE__ */ new Map();
	for (const r of records) byThread.set(r.session, [...byThread.get(r.session) ?? [], r]);
	const covers = (a, b) => a.input >= b.input && a.output >= b.output && a.cacheRead >= b.cacheRead && a.cacheWrite5m >= b.cacheWrite5m;
	const out = [];
	for (const [thread, runs] of byThread) {
		const largest = runs.reduce((a, b) => covers(b.counts, a.counts) ? b : a);
		if (!runs.every((r) => covers(largest.counts, r.counts))) throw new ConfigurationError(`codex thread ${thread} appears in ${runs.length} files whose running totals do not nest: the guard cannot tell what was spent.`, {
			file: runs.map((r) => r.file).join(", "),
			fix: "pass the output of the last run of the thread only, or the session rollout."
		});
		out.push(largest);
	}
	return out;
}
// packages/cost-ceiling/lib/agents/gemini-cli.js
const JSON_FIX = "pass the stdout of `gemini \u2026 --output-format json` (run-gemini-cli keeps it as gemini-artifacts/stdout.log) from a run that finished.";
const STREAM_FIX = "pass the stdout of `gemini \u2026 --output-format stream-json` from a run that finished (it ends in a result event).";
function contentSession(text) {
	return `gemini-cli-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function geminiJsonDrafts(json, text, file, options) {
	const where = { file };
	const stats = json.stats;
	if (!isObject(stats) || !isObject(stats.models)) {
		const error = isObject(json.error) ? ` (error ${String(json.error.type ?? "")}: ${String(json.error.message ?? "").slice(0, 200)})` : "";
		throw new ConfigurationError(`the Gemini CLI output has no stats.models${error}: the run's usage is unknown.`, {
			...where,
			field: "stats.models",
			fix: JSON_FIX
		});
	}
	const session = typeof json.session_id === "string" && json.session_id ? json.session_id : contentSession(text);
	const drafts = [];
	for (const [model, metrics] of Object.entries(stats.models)) {
		const field = `stats.models.${model}.tokens`;
		if (!isObject(metrics) || !isObject(metrics.tokens)) throw new ConfigurationError(`${field} is missing.`, {
			...where,
			field,
			fix: JSON_FIX
		});
		const t = metrics.tokens;
		const prompt = count(t.prompt, `${field}.prompt`, where, JSON_FIX);
		const cached = optionalCount(t.cached, `${field}.cached`, where, JSON_FIX);
		if (cached > prompt) throw new ConfigurationError(`${field}.cached exceeds prompt, which includes it.`, {
			...where,
			field,
			fix: JSON_FIX
		});
		const counts = {
			...emptyCounts(),
			input: prompt - cached + optionalCount(t.tool, `${field}.tool`, where, JSON_FIX),
			cacheRead: cached,
			output: count(t.candidates, `${field}.candidates`, where, JSON_FIX) + optionalCount(t.thoughts, `${field}.thoughts`, where, JSON_FIX)
		};
		drafts.push({
			source: "gemini-cli",
			session,
			model,
			ts: options.now.getTime(),
			counts
		});
	}
	if (drafts.length === 0) throw new ConfigurationError("the Gemini CLI output records no model usage at all.", {
		...where,
		field: "stats.models",
		fix: JSON_FIX
	});
	return drafts;
}
function geminiStreamDrafts(lines, text, file, options) {
	let session;
	let model;
	let result;
	for (const l of lines) if (l.value.type === "init") {
		if (typeof l.value.session_id === "string") session = l.value.session_id;
		if (typeof l.value.model === "string") model = l.value.model;
	} else if (l.value.type === "result") result = l;
	if (!result) throw new ConfigurationError("the stream has no result event: the run did not finish, so its usage is unknown.", {
		file,
		fix: STREAM_FIX
	});
	const where = {
		file,
		line: result.line
	};
	const stats = result.value.stats;
	if (!isObject(stats)) throw new ConfigurationError(`the result event (status ${String(result.value.status)}) has no stats.`, {
		...where,
		field: "stats",
		fix: STREAM_FIX
	});
	const name = model ?? options.model;
	if (!name) throw new ConfigurationError("no init event names the model.", {
		file,
		fix: STREAM_FIX
	});
	const inputTokens = count(stats.input_tokens, "stats.input_tokens", where, STREAM_FIX);
	const outputTokens = count(stats.output_tokens, "stats.output_tokens", where, STREAM_FIX);
	const cached = optionalCount(stats.cached, "stats.cached", where, STREAM_FIX);
	const total = optionalCount(stats.total_tokens, "stats.total_tokens", where, STREAM_FIX);
	if (cached > inputTokens) throw new ConfigurationError("stats.cached exceeds input_tokens, which includes it.", {
		...where,
		fix: STREAM_FIX
	});
	const unsplit = Math.max(0, total - inputTokens - outputTokens);
	return [{
		source: "gemini-cli",
		session: session ?? contentSession(text),
		model: name,
		ts: timestamp(result.value.timestamp, options.now),
		counts: {
			...emptyCounts(),
			input: inputTokens - cached,
			cacheRead: cached,
			output: outputTokens + unsplit
		},
		line: result.line
	}];
}
// packages/cost-ceiling/lib/agents/gh-aw.js
const FIX$1 = "pass `gh aw logs --json` of the PR\u2019s runs, from workflows whose agent ran behind the AWF API proxy (which records per-model token usage).";
function ghAwDrafts(json, file, options) {
	const runs = json.runs;
	if (!Array.isArray(runs) || runs.length === 0) throw new ConfigurationError(`gh aw logs lists no runs${typeof json.message === "string" ? ` (${json.message.slice(0, 200)})` : ""}.`, {
		file,
		field: "runs",
		fix: FIX$1
	});
	const drafts = [];
	runs.forEach((run, i) => {
		const field = `runs[${i}]`;
		if (!isObject(run)) throw new ConfigurationError(`${field} is not a run.`, {
			file,
			field,
			fix: FIX$1
		});
		const id = typeof run.run_id === "number" || typeof run.run_id === "string" ? String(run.run_id) : void 0;
		if (!id) throw new ConfigurationError(`${field} has no run_id.`, {
			file,
			field,
			fix: FIX$1
		});
		const summary = run.token_usage_summary;
		const total = optionalCount(run.token_usage, `${field}.token_usage`, { file }, FIX$1);
		if (summary === void 0 || summary === null) {
			if (total === 0) return;
			throw new ConfigurationError(`run ${id} reports ${total} tokens (token_usage) but no per-model usage (token_usage_summary): without a model and a split it cannot be priced.`, {
				file,
				field: `${field}.token_usage_summary`,
				fix: FIX$1
			});
		}
		if (!isObject(summary)) throw new ConfigurationError(`${field}.token_usage_summary is not an object.`, {
			file,
			field,
			fix: FIX$1
		});
		const byModel = isObject(summary.by_model) ? Object.entries(summary.by_model).filter(([, u]) => u !== null) : [];
		if (byModel.length === 0 && optionalCount(summary.total_requests, `${field}.token_usage_summary.total_requests`, { file }, FIX$1) > 0) throw new ConfigurationError(`run ${id} made model requests but lists no by_model usage.`, {
			file,
			field: `${field}.token_usage_summary.by_model`,
			fix: FIX$1
		});
		for (const [model, usage] of byModel) {
			const at = `${field}.token_usage_summary.by_model.${model}`;
			if (!isObject(usage)) throw new ConfigurationError(`${at} is not an object.`, {
				file,
				field: at,
				fix: FIX$1
			});
			drafts.push({
				source: "gh-aw",
				session: `gh-aw-run-${id}`,
				model,
				ts: timestamp(run.created_at, options.now),
				counts: {
					...emptyCounts(),
					input: count(usage.input_tokens, `${at}.input_tokens`, { file }, FIX$1),
					output: count(usage.output_tokens, `${at}.output_tokens`, { file }, FIX$1),
					cacheRead: optionalCount(usage.cache_read_tokens, `${at}.cache_read_tokens`, { file }, FIX$1),
					cacheWrite5m: optionalCount(usage.cache_write_tokens, `${at}.cache_write_tokens`, { file }, FIX$1)
				}
			});
		}
	});
	if (drafts.length === 0) throw new ConfigurationError("no run in the gh aw logs output used a model.", {
		file,
		field: "runs",
		fix: FIX$1
	});
	return drafts;
}
// packages/cost-ceiling/lib/agents/agent-usage.js
const AGENT_USAGE_FORMATS = [
	"claude-code-action",
	"codex-exec-json",
	"codex-rollout",
	"gemini-json",
	"gemini-stream-json",
	"gh-aw-logs"
];
const KNOWN = "a claude-code-action execution file, `codex exec --json` output, a codex session rollout, `gemini --output-format json` or `stream-json` output, or `gh aw logs --json`";
const CODEX_EXEC_EVENTS = /* @__PURE__ */ new Set([
	"thread.started",
	"turn.started",
	"turn.completed",
	"turn.failed",
	"item.started",
	"item.updated",
	"item.completed",
	"error"
]);
const CODEX_ROLLOUT_ITEMS = /* @__PURE__ */ new Set([
	"session_meta",
	"turn_context",
	"event_msg",
	"response_item",
	"compacted"
]);
const GEMINI_STREAM_EVENTS = /* @__PURE__ */ new Set([
	"init",
	"message",
	"tool_use",
	"tool_result",
	"result"
]);
function detectAgentUsageFormat(text) {
	const trimmed = text.trimStart();
	if (trimmed.startsWith("[")) return "claude-code-action";
	if (!trimmed.startsWith("{")) return void 0;
	let whole;
	try {
		whole = JSON.parse(text);
	} catch {
		whole = void 0;
	}
	if (isObject(whole) && typeof whole.type !== "string") {
		if (Array.isArray(whole.runs)) return "gh-aw-logs";
		if ("stats" in whole || "response" in whole || "session_id" in whole) return "gemini-json";
		return;
	}
	let first;
	try {
		first = JSON.parse(trimmed.split("\n", 1)[0]);
	} catch {
		return;
	}
	if (!isObject(first) || typeof first.type !== "string") return void 0;
	if (CODEX_ROLLOUT_ITEMS.has(first.type) && "payload" in first) return "codex-rollout";
	if (GEMINI_STREAM_EVENTS.has(first.type) && "timestamp" in first) return "gemini-stream-json";
	if (CODEX_EXEC_EVENTS.has(first.type)) return "codex-exec-json";
}
function drafts(format, text, file, options) {
	switch (format) {
		case "codex-exec-json": return codexExecDrafts(jsonLines(text, file, "pass the stdout of `codex exec --json` unchanged."), file, options);
		case "codex-rollout": return codexRolloutDrafts(jsonLines(text, file, "pass the rollout file codex wrote, unchanged."), file, options);
		case "gemini-stream-json": return geminiStreamDrafts(jsonLines(text, file, "pass the stdout of `gemini --output-format stream-json` unchanged."), text, file, options);
		case "gemini-json": return geminiJsonDrafts(JSON.parse(text), text, file, options);
		case "gh-aw-logs": return ghAwDrafts(JSON.parse(text), file, options);
	}
}
function parseAgentUsage(text, file, prices, options) {
	const format = detectAgentUsageFormat(text);
	if (!format) throw new ConfigurationError(`the usage file is not one the cost guard reads: expected ${KNOWN}.`, {
		file,
		fix: "pass the file as the agent wrote it (see the cost-ceiling README for each agent), or leave it out."
	});
	if (format === "claude-code-action") return {
		format,
		records: parseExecutionFile(text, file, prices, options)
	};
	return {
		format,
		records: pricedRecords(drafts(format, text, file, options), file, prices, options)
	};
}
async function readAgentUsageFiles(files, prices, options) {
	const records = [];
	const execStreams = [];
	for (const file of files) {
		let text;
		try {
			text = await readFile(file, "utf8");
		} catch (error) {
			if (error.code === "ENOENT") throw new ConfigurationError("the usage file does not exist.", {
				file,
				fix: "download the agent run\u2019s artifact before this step, or fix the path."
			});
			throw error;
		}
		const parsed = parseAgentUsage(text, file, prices, options);
		for (const r of parsed.records) (parsed.format === "codex-exec-json" ? execStreams : records).push(r);
	}
	for (const r of mergeCodexThreads(execStreams)) records.push(r);
	return records;
}
// packages/cost-ceiling/lib/totals.js
var UsageTotals = class {
	counts = emptyCounts();
	costMicro = 0;
	recordedCostMicro = 0;
	unrecorded = 0;
	records = 0;
	addCall(input, output, cacheWrite5m, cacheWrite1h, cacheRead, costMicro) {
		const c = this.counts;
		c.input += input;
		c.output += output;
		c.cacheWrite5m += cacheWrite5m;
		c.cacheWrite1h += cacheWrite1h;
		c.cacheRead += cacheRead;
		this.costMicro += costMicro;
		this.unrecorded += 1;
		this.records += 1;
	}
	add(counts, costMicro, recordedCostMicro) {
		addCounts(this.counts, counts);
		this.costMicro += costMicro;
		if (recordedCostMicro === void 0) this.unrecorded += 1;
		else this.recordedCostMicro += recordedCostMicro;
		this.records += 1;
	}
	get cacheCreation() {
		return cacheCreation(this.counts);
	}
	get totalInput() {
		return totalInput(this.counts);
	}
	get capTokens() {
		return capTokens(this.counts);
	}
	get hitRate() {
		const all = this.totalInput;
		return all === 0 ? void 0 : this.counts.cacheRead / all;
	}
	toJSON() {
		return {
			calls: this.records,
			input_tokens: this.counts.input,
			output_tokens: this.counts.output,
			cache_creation_input_tokens: this.cacheCreation,
			cache_read_input_tokens: this.counts.cacheRead,
			total_input_tokens: this.totalInput,
			tokens: this.capTokens,
			cost_micro_usd: this.costMicro,
			cache_hit_rate: this.hitRate === void 0 ? null : roundRate(this.hitRate)
		};
	}
};
function roundRate(rate) {
	return Math.round(rate * 1e4) / 1e4;
}
function totalsFor(map, key) {
	let t = map.get(key);
	if (!t) {
		t = new UsageTotals();
		map.set(key, t);
	}
	return t;
}
// packages/cost-ceiling/lib/summary.js
function prKey(repo, pr) {
	return `${repo ?? ""}#${pr}`;
}
function attributeSessions(records, fallbackPr) {
	const prOf = /* @__PURE__ */ new Map();
	for (const r of records) {
		if (r.pr === void 0) continue;
		const seen = prOf.get(r.session);
		if (seen && seen.pr !== r.pr) throw new ConfigurationError(`session '${r.session}' is recorded for PR #${seen.pr} (${seen.record.file}:${seen.record.line ?? 1}) and for PR #${r.pr}.`, {
			file: r.file,
			...r.line ? { line: r.line } : {},
			field: "pr",
			fix: "a session belongs to one PR; pass the ledgers of one session per PR and check the runner that wrote them."
		});
		if (!seen) prOf.set(r.session, {
			pr: r.pr,
			record: r
		});
	}
	return records.map((r) => {
		const pr = prOf.get(r.session)?.pr ?? r.pr ?? fallbackPr;
		return pr === r.pr || pr === void 0 ? r : {
			...r,
			pr
		};
	});
}
function summarise(records) {
	const summary = {
		total: new UsageTotals(),
		sessions: /* @__PURE__ */ new Map(),
		prs: /* @__PURE__ */ new Map(),
		modes: /* @__PURE__ */ new Map(),
		models: /* @__PURE__ */ new Map()
	};
	for (const r of records) addRecord(summary, r);
	return summary;
}
function addRecord(summary, r) {
	summary.total.add(r.counts, r.costMicro, r.recordedCostMicro);
	let session = summary.sessions.get(r.session);
	if (!session) {
		session = {
			session: r.session,
			firstTs: r.ts,
			lastTs: r.ts,
			modes: /* @__PURE__ */ new Set(),
			totals: new UsageTotals()
		};
		summary.sessions.set(r.session, session);
	}
	if (r.repo !== void 0) session.repo = r.repo;
	if (r.pr !== void 0) session.pr = r.pr;
	if (r.ticket !== void 0) session.ticket = r.ticket;
	if (r.ts < session.firstTs) session.firstTs = r.ts;
	if (r.ts > session.lastTs) session.lastTs = r.ts;
	session.modes.add(r.mode);
	session.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
	if (r.pr !== void 0) {
		const key = prKey(r.repo, r.pr);
		let pr = summary.prs.get(key);
		if (!pr) {
			pr = {
				...r.repo ? { repo: r.repo } : {},
				pr: r.pr,
				sessions: /* @__PURE__ */ new Set(),
				totals: new UsageTotals()
			};
			summary.prs.set(key, pr);
		}
		pr.sessions.add(r.session);
		pr.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
	}
	totalsFor(summary.modes, r.mode).add(r.counts, r.costMicro, r.recordedCostMicro);
	totalsFor(summary.models, r.model).add(r.counts, r.costMicro, r.recordedCostMicro);
}
// packages/cost-ceiling/lib/decisions.js
function prLabel(group) {
	return `${group.repo ?? ""}#${group.pr}`;
}
function capFindings(summary, policy) {
	const findings = [];
	for (const s of summary.sessions.values()) {
		const used = s.totals.capTokens;
		const where = `session ${s.session}${s.pr ? ` (PR #${s.pr})` : ""}`;
		const breakdown = `${groupDigits(s.totals.totalInput)} input incl. ${groupDigits(s.totals.cacheCreation + s.totals.counts.cacheRead)} cache + ${groupDigits(s.totals.counts.output)} output`;
		if (used >= policy.hard_cap_tokens) findings.push({
			rule: "hard-cap-exceeded",
			severity: "error",
			message: `${where} used ${groupDigits(used)} tokens (${breakdown}), at or over the hard cap of ${groupDigits(policy.hard_cap_tokens)}: the session had to escalate, not continue.`
		});
		else if (used >= policy.soft_cap_tokens) findings.push({
			rule: "soft-cap-exceeded",
			severity: "warning",
			message: `${where} used ${groupDigits(used)} tokens (${breakdown}), at or over the soft cap of ${groupDigits(policy.soft_cap_tokens)} (context-budget warning; hard cap ${groupDigits(policy.hard_cap_tokens)}).`
		});
	}
	return findings;
}
function prGroups(summary) {
	const groups = [...summary.prs.values()].map((g) => ({
		label: `PR ${prLabel(g)}`,
		totals: g.totals,
		sessions: [...g.sessions]
	}));
	for (const s of summary.sessions.values()) if (s.pr === void 0) groups.push({
		label: `session ${s.session} (no PR yet)`,
		totals: s.totals,
		sessions: [s.session]
	});
	return groups;
}
function costFindings(summary, policy) {
	const ceiling = usdToMicro(policy.max_cost_per_pr_usd);
	return prGroups(summary).filter((g) => g.totals.costMicro > ceiling).map((g) => ({
		rule: "cost-per-pr-exceeded",
		severity: "error",
		message: `${g.label} cost ${formatUsd(g.totals.costMicro)} in tokens over ${g.sessions.length} session(s), over the ceiling of ${formatUsd(ceiling)} per PR; a costlier model tier needs a \u00A74 amendment, not a silent override.`
	}));
}
function hitRateFindings(summary, policy) {
	return prGroups(summary).filter((g) => g.totals.totalInput > 0 && fractionBelow(g.totals.counts.cacheRead, g.totals.totalInput, policy.min_cache_hit_rate)).map((g) => ({
		rule: "cache-hit-rate-low",
		severity: policy.cache_hit_rate_fails ? "error" : "warning",
		message: `${g.label} read ${groupDigits(g.totals.counts.cacheRead)} of ${groupDigits(g.totals.totalInput)} input tokens from the prompt cache (${((g.totals.hitRate ?? 0) * 100).toFixed(2)}%), under the ${(policy.min_cache_hit_rate * 100).toFixed(0)}% floor: the stable prefix (identity prompt + skills) is not being reused.`
	}));
}
// packages/cost-ceiling/lib/history/history-digest.js
const DAY_MS = 864e5;
function dayNumber(ms) {
	return Math.floor(ms / DAY_MS);
}
function dayName(day) {
	return (/* @__PURE__ */ new Date(day * DAY_MS)).toISOString().slice(0, 10);
}
function canonicalTs(ts) {
	return ts.length === 24 ? ts : new Date(ts).toISOString();
}
var HistoryDigestBuilder = class {
	digest = {
		lines: 0,
		total: new UsageTotals(),
		modes: /* @__PURE__ */ new Map(),
		models: /* @__PURE__ */ new Map(),
		sessions: /* @__PURE__ */ new Map(),
		dailyCostMicro: /* @__PURE__ */ new Map(),
		outcomes: /* @__PURE__ */ new Map(),
		prFirstSeen: /* @__PURE__ */ new Map()
	};
	sessions = /* @__PURE__ */ new Map();
	session;
	modeName = "";
	mode;
	modelName = "";
	model;
	addDay(file, lines) {
		const digest = this.digest;
		const day = dayNumber(Date.parse(file.slice(0, 10)));
		let dayCost = 0;
		for (const line of lines) {
			digest.lines += 1;
			if (line.kind === "pr-outcome") {
				const key = `${line.repo}#${line.pr}`;
				const seen = digest.outcomes.get(key);
				if (!seen || canonicalTs(seen.ts) <= canonicalTs(line.ts)) digest.outcomes.set(key, line);
				continue;
			}
			const c = line;
			const oneHour = c.cache_creation_1h_input_tokens ?? 0;
			const fiveMinutes = c.cache_creation_input_tokens - oneHour;
			const cost = c.cost_micro_usd;
			dayCost += cost;
			digest.total.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			if (c.mode !== this.modeName || !this.mode) {
				this.modeName = c.mode;
				this.mode = totalsFor(digest.modes, c.mode);
			}
			this.mode.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			if (c.model !== this.modelName || !this.model) {
				this.modelName = c.model;
				this.model = totalsFor(digest.models, c.model);
			}
			this.model.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			const ts = canonicalTs(c.ts);
			let session = this.session;
			if (!session || session.session !== c.session) {
				session = this.sessions.get(c.session);
				if (!session) {
					session = {
						session: c.session,
						repo: c.repo,
						firstTs: ts,
						lastTs: ts,
						costMicro: 0,
						tokens: 0
					};
					this.sessions.set(c.session, session);
				}
				this.session = session;
			}
			if (c.pr !== void 0) session.pr = c.pr;
			if (ts < session.firstTs) session.firstTs = ts;
			if (ts > session.lastTs) session.lastTs = ts;
			session.costMicro += cost;
			session.tokens += c.input_tokens + c.output_tokens + c.cache_creation_input_tokens + c.cache_read_input_tokens;
		}
		digest.dailyCostMicro.set(day, (digest.dailyCostMicro.get(day) ?? 0) + dayCost);
	}
	finish() {
		const digest = this.digest;
		for (const s of this.sessions.values()) {
			const summary = {
				...s,
				firstTs: Date.parse(s.firstTs),
				lastTs: Date.parse(s.lastTs)
			};
			digest.sessions.set(s.session, summary);
			if (digest.earliestTs === void 0 || summary.firstTs < digest.earliestTs) digest.earliestTs = summary.firstTs;
			if (summary.pr !== void 0) {
				const key = `${summary.repo}#${summary.pr}`;
				const first = digest.prFirstSeen.get(key);
				if (first === void 0 || summary.firstTs < first) digest.prFirstSeen.set(key, summary.firstTs);
			}
		}
		return digest;
	}
};
function digestHistory(snapshot) {
	const builder = new HistoryDigestBuilder();
	for (const [file, lines] of snapshot.days) builder.addDay(file, lines);
	return builder.finish();
}
// packages/cost-ceiling/lib/history/incidents.js
const HOUR_MS = 36e5;
const BASELINE_DAYS = 7;
function detectIncidents(digest, policy, now) {
	return [...sustainedSessionCost(digest, policy, now), ...dailySpikes(digest, policy, now)];
}
function sustainedSessionCost(digest, policy, now) {
	const threshold = usdToMicro(policy.session_cost_usd);
	const sessions = [...digest.sessions.values()].filter((s) => s.lastTs <= now.getTime()).sort((a, b) => a.lastTs - b.lastTs);
	const run = [];
	for (let i = sessions.length - 1; i >= 0 && sessions[i].costMicro > threshold; i -= 1) run.push(sessions[i]);
	if (run.length < 2) return [];
	const last = run[0];
	const first = run[run.length - 1];
	const spanHours = (last.lastTs - first.lastTs) / HOUR_MS;
	if (spanHours <= policy.sustained_hours) return [];
	const costliest = run.reduce((a, b) => b.costMicro > a.costMicro ? b : a);
	return [{
		kind: "session-cost-sustained",
		message: `every one of the last ${run.length} sessions cost more than ${formatUsd(threshold)}, for ${spanHours.toFixed(1)} h (since ${new Date(first.lastTs).toISOString()}; over ${policy.sustained_hours} h is an incident). Costliest: session ${costliest.session} at ${formatUsd(costliest.costMicro)}.`
	}];
}
function dailySpikes(digest, policy, now) {
	const today = dayNumber(now.getTime());
	const triggers = [];
	for (const day of [today - 1, today]) {
		const baselineStart = day - BASELINE_DAYS;
		if (digest.earliestTs === void 0 || dayNumber(digest.earliestTs) > baselineStart) continue;
		const baseline = [];
		for (let d = baselineStart; d < day; d += 1) baseline.push(digest.dailyCostMicro.get(d) ?? 0);
		const median = baseline.sort((a, b) => a - b)[Math.floor(BASELINE_DAYS / 2)];
		const cost = digest.dailyCostMicro.get(day) ?? 0;
		if (median > 0 && exceedsMultiple(cost, median, policy.daily_vs_7day_median)) triggers.push({
			kind: "daily-cost-spike",
			message: `${dayName(day)}${day === today ? " (so far)" : ""} cost ${formatUsd(cost)}, over ${policy.daily_vs_7day_median}\u00D7 the rolling 7-day median of ${formatUsd(median)} (${dayName(baselineStart)} to ${dayName(day - 1)}).`
		});
	}
	return triggers;
}
function incidentFindings(triggers, escalateTo) {
	const who = escalateTo.length > 0 ? ` Escalates to ${escalateTo.map(handle).join(" \u2192 ")}.` : "";
	return triggers.map((t) => ({
		rule: "cost-incident",
		severity: "warning",
		message: `Cost incident: ${t.message}${who}`
	}));
}
function handle(name) {
	return name.startsWith("@") ? name : `@${name}`;
}
// packages/cost-ceiling/lib/history/oversight.js
const OVERSIGHT = {
	fpvFloor: .7,
	sustainedDays: 7,
	windowDays: 7,
	everyNth: 5,
	label: "extra-review"
};
function oversightState(digest, now, pr) {
	const byDay = /* @__PURE__ */ new Map();
	for (const o of digest.outcomes.values()) {
		const day = dayNumber(Date.parse(o.ts));
		const tally = byDay.get(day) ?? {
			first: 0,
			all: 0
		};
		tally.all += 1;
		if (o.merged && !o.spec_amended) tally.first += 1;
		byDay.set(day, tally);
	}
	const windowEnding = (day) => {
		const sum = {
			first: 0,
			all: 0
		};
		for (let d = day - OVERSIGHT.windowDays + 1; d <= day; d += 1) {
			const t = byDay.get(d);
			if (t) {
				sum.first += t.first;
				sum.all += t.all;
			}
		}
		return sum;
	};
	const today = dayNumber(now.getTime());
	const current = windowEnding(today);
	const fpv = current.all === 0 ? void 0 : current.first / current.all;
	let daysBelow = 0;
	const oldest = Math.min(...[...byDay.keys()], today);
	for (let d = today; d >= oldest; d -= 1) {
		const w = windowEnding(d);
		if (w.all === 0 || !fractionBelow(w.first, w.all, OVERSIGHT.fpvFloor)) break;
		daysBelow += 1;
	}
	const periodic = daysBelow >= OVERSIGHT.sustainedDays;
	const state = {
		...fpv !== void 0 ? { fpv } : {},
		daysBelow,
		periodic,
		extraReview: false
	};
	if (!periodic) return state;
	const startDay = today - daysBelow + OVERSIGHT.sustainedDays;
	state.periodicSince = dayName(startDay);
	if (!pr) return state;
	const startMs = startDay * 864e5;
	const key = `${pr.repo ?? ""}#${pr.pr}`;
	const mine = digest.prFirstSeen.get(key);
	if (mine === void 0 || mine < startMs) return state;
	const ordinal = [...digest.prFirstSeen].filter(([, ts]) => ts >= startMs).sort(([ka, a], [kb, b]) => a - b || compareText(ka, kb)).findIndex(([k]) => k === key) + 1;
	return {
		...state,
		ordinal,
		extraReview: ordinal % OVERSIGHT.everyNth === 0
	};
}
// packages/cost-ceiling/lib/notify.js
const CONTEXT_BUDGET_LABEL = "context-budget-warning";
const CONTEXT_BUDGET_MARKER = "<!-- agent-guards:cost-ceiling:context-budget -->";
const COST_INCIDENT_LABEL = "cost-incident";
const COST_INCIDENT_MARKER = "<!-- agent-guards:cost-ceiling:cost-incident -->";
function contextBudgetComment(sessions, policy) {
	const rows = sessions.slice(0, 50).map((s) => {
		const t = s.totals;
		const over = t.capTokens >= policy.hard_cap_tokens ? "hard cap" : "soft cap";
		return `| \`${s.session}\` | ${[...s.modes].join(", ")} | ${groupDigits(t.capTokens)} | ${groupDigits(t.totalInput)} | ${groupDigits(t.counts.output)} | ${formatUsd(t.costMicro)} | ${over} |`;
	});
	const more = sessions.length > rows.length ? ["", `_${sessions.length - rows.length} more session(s) are in the job summary._`] : [];
	const body = [
		CONTEXT_BUDGET_MARKER,
		"### \u26A0\uFE0F Context-budget warning",
		"",
		`The agent session(s) behind this PR reached the per-session soft cap of ${groupDigits(policy.soft_cap_tokens)} tokens (input including cache reads and writes, plus output; hard cap ${groupDigits(policy.hard_cap_tokens)}). A long context is where drift hides: please review the plan against the ticket scope with extra care.`,
		"",
		"| session | modes | tokens | input | output | cost | reached |",
		"|---|---|---:|---:|---:|---:|---|",
		...rows,
		...more,
		"",
		"_Updated by the cost-ceiling guard on every run; this comment is edited, never duplicated._"
	].join("\n");
	return truncateUtf8(body, LIMITS.commentChars);
}
function incidentIssue(triggers, escalateTo, now) {
	const who = escalateTo.length > 0 ? escalateTo.map(handle).join(" \u2192 ") : "_no escalation handles configured (policy cost.incident.escalate_to)_";
	return {
		marker: COST_INCIDENT_MARKER,
		title: "Cost incident: agent token spend over the \u00A74 escalation triggers",
		body: [
			COST_INCIDENT_MARKER,
			`**Escalation:** ${who}`,
			"",
			`Detected by the cost-ceiling guard at ${now.toISOString()}:`,
			"",
			...triggers.map((t) => `- ${t.message}`),
			"",
			"Spec \u00A74 cost-incident escalation: per-session cost sustained over the threshold, or daily cost over the multiple of the rolling 7-day median. This issue is updated on each run while the incident lasts; close it when resolved."
		].join("\n"),
		labels: [COST_INCIDENT_LABEL]
	};
}
async function sendNotifications(target, what, policy, now, logger) {
	const done = [];
	const { client, repo, prNumber } = target;
	if (what.softCapSessions.length > 0) {
		await client.addLabels(repo, prNumber, [CONTEXT_BUDGET_LABEL]);
		await client.upsertStickyComment(repo, prNumber, CONTEXT_BUDGET_MARKER, contextBudgetComment(what.softCapSessions, policy));
		done.push(`labelled PR #${prNumber} ${CONTEXT_BUDGET_LABEL} and updated the reviewer's context-budget comment`);
	}
	if (what.incidents.length > 0) {
		await client.upsertIssue(repo, incidentIssue(what.incidents, policy.incident.escalate_to, now));
		done.push(`opened or updated the ${COST_INCIDENT_LABEL} issue`);
	}
	if (what.oversight?.extraReview) {
		await client.addLabels(repo, prNumber, [OVERSIGHT.label]);
		done.push(`labelled PR #${prNumber} ${OVERSIGHT.label} (\u00A710 periodic review)`);
	}
	for (const line of done) logger.info(`cost-ceiling: ${line}.`);
	return done;
}
// packages/cost-ceiling/lib/cost-summary-markdown.js
const rate = (t) => t.hitRate === void 0 ? "\u2013" : `${(t.hitRate * 100).toFixed(1)}%`;
const MAX_ROWS = 100;
function usageRow(name, t) {
	return `| ${name} | ${groupDigits(t.records)} | ${groupDigits(t.counts.input)} | ${groupDigits(t.cacheCreation)} | ${groupDigits(t.counts.cacheRead)} | ${groupDigits(t.counts.output)} | ${rate(t)} | ${formatUsd(t.costMicro)} |`;
}
const USAGE_HEADER = ["| | calls | input | cache write | cache read | output | hit rate | cost |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
function renderCostSummary(summary, policy) {
	const lines = [
		"### Token cost by mode",
		"",
		...USAGE_HEADER
	];
	for (const [mode, t] of [...summary.modes].sort(([a], [b]) => compareText(a, b))) lines.push(usageRow(`\`${markdownText(mode)}\``, t));
	lines.push(usageRow("**total**", summary.total), "");
	lines.push("### By model", "", ...USAGE_HEADER);
	for (const [model, t] of [...summary.models].sort(([a], [b]) => compareText(a, b))) lines.push(usageRow(`\`${markdownText(model)}\``, t));
	lines.push("");
	const sessions = [...summary.sessions.values()].sort((a, b) => b.totals.capTokens - a.totals.capTokens);
	lines.push("### Sessions", "", `Caps count total input (cache reads and writes included) plus output: soft ${groupDigits(policy.soft_cap_tokens)}, hard ${groupDigits(policy.hard_cap_tokens)}. Ceiling per PR: ${formatUsd(Math.round(policy.max_cost_per_pr_usd * 1e6))}.`, "", "| session | PR | modes | tokens | of soft cap | hit rate | cost |", "|---|---|---|---:|---:|---:|---:|");
	for (const s of sessions.slice(0, MAX_ROWS)) {
		const share = `${(s.totals.capTokens / policy.soft_cap_tokens * 100).toFixed(0)}%`;
		lines.push(`| \`${markdownText(s.session)}\` | ${s.pr ? `#${s.pr}` : "\u2013"} | ${markdownText([...s.modes].join(", "))} | ${groupDigits(s.totals.capTokens)} | ${share} | ${rate(s.totals)} | ${formatUsd(s.totals.costMicro)} |`);
	}
	if (sessions.length > MAX_ROWS) lines.push("", `_${sessions.length - MAX_ROWS} more session(s) are in the JSON report._`);
	return lines.join("\n");
}
// packages/cost-ceiling/lib/history/history-schema.js
const tokenCount = int().check(_nonnegative());
const repo = string().check(_regex(/^[^/\s]+\/[^/\s]+$/, "repo is owner/name"));
const utcTimestamp = datetime();
const HistoryCallLineSchema = strictObject({
	kind: literal("call"),
	key: string().check(_minLength(1)),
	source: _enum(USAGE_SOURCES),
	session: string().check(_minLength(1)),
	ticket: optional(string().check(_minLength(1))),
	repo,
	pr: optional(int().check(_positive())),
	mode: string().check(_minLength(1)),
	model: string().check(_minLength(1)),
	ts: utcTimestamp,
	input_tokens: tokenCount,
	output_tokens: tokenCount,
	cache_creation_input_tokens: tokenCount,
	cache_read_input_tokens: tokenCount,
	cache_creation_1h_input_tokens: optional(tokenCount),
	cost_micro_usd: tokenCount
});
const HistoryOutcomeLineSchema = strictObject({
	kind: literal("pr-outcome"),
	key: string().check(_minLength(1)),
	repo,
	pr: int().check(_positive()),
	ts: utcTimestamp,
	merged: boolean(),
	spec_amended: boolean()
});
const HistoryLineSchema = discriminatedUnion("kind", [HistoryCallLineSchema, HistoryOutcomeLineSchema]);
function dayFileOf(line) {
	return `${line.ts.slice(0, 10)}.jsonl`;
}
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;
function historyLineOf(r) {
	return {
		kind: "call",
		key: r.key,
		source: r.source,
		session: r.session,
		...r.ticket ? { ticket: r.ticket } : {},
		repo: r.repo,
		...r.pr ? { pr: r.pr } : {},
		mode: r.mode,
		model: r.model,
		ts: new Date(r.ts).toISOString(),
		input_tokens: r.counts.input,
		output_tokens: r.counts.output,
		cache_creation_input_tokens: r.counts.cacheWrite5m + r.counts.cacheWrite1h,
		cache_read_input_tokens: r.counts.cacheRead,
		...r.counts.cacheWrite1h > 0 ? { cache_creation_1h_input_tokens: r.counts.cacheWrite1h } : {},
		cost_micro_usd: r.costMicro
	};
}
function recordOfHistoryLine(l, file, line) {
	const oneHour = l.cache_creation_1h_input_tokens ?? 0;
	return {
		key: l.key,
		source: l.source,
		session: l.session,
		...l.ticket ? { ticket: l.ticket } : {},
		repo: l.repo,
		...l.pr ? { pr: l.pr } : {},
		mode: l.mode,
		model: l.model,
		ts: Date.parse(l.ts),
		counts: {
			input: l.input_tokens,
			output: l.output_tokens,
			cacheWrite5m: l.cache_creation_input_tokens - oneHour,
			cacheWrite1h: oneHour,
			cacheRead: l.cache_read_input_tokens
		},
		costMicro: l.cost_micro_usd,
		file,
		line
	};
}
// packages/cost-ceiling/lib/history/history-file.js
const FIX = "the history branch is written only by the cost guard; repair or revert the commit that damaged this file on the history branch.";
const HISTORY_FORMAT_VERSION = 1;
const CALL_COLUMNS = [
	"kind",
	"key",
	"source",
	"session",
	"ticket",
	"repo",
	"pr",
	"mode",
	"model",
	"ts",
	"input_tokens",
	"output_tokens",
	"cache_creation_input_tokens",
	"cache_read_input_tokens",
	"cache_creation_1h_input_tokens",
	"cost_micro_usd"
];
const OUTCOME_COLUMNS = [
	"kind",
	"key",
	"repo",
	"pr",
	"ts",
	"merged",
	"spec_amended"
];
const HISTORY_HEADER = JSON.stringify({
	agent_guards_cost_history: 1,
	columns: {
		call: CALL_COLUMNS,
		"pr-outcome": OUTCOME_COLUMNS
	}
});
function serializeHistoryLines(lines) {
	const rows = lines.map((l) => l.kind === "call" ? [
		l.kind,
		l.key,
		l.source,
		l.session,
		l.ticket ?? null,
		l.repo,
		l.pr ?? null,
		l.mode,
		l.model,
		l.ts,
		l.input_tokens,
		l.output_tokens,
		l.cache_creation_input_tokens,
		l.cache_read_input_tokens,
		l.cache_creation_1h_input_tokens ?? null,
		l.cost_micro_usd
	] : [
		l.kind,
		l.key,
		l.repo,
		l.pr,
		l.ts,
		l.merged,
		l.spec_amended
	]);
	return `${HISTORY_HEADER}\n${rows.map((r) => `${JSON.stringify(r)}\n`).join("")}`;
}
function parseHistoryFile(text, file) {
	if (text.length === 0) return [];
	const lines = text.split("\n");
	if (lines.pop() !== "") throw new ConfigurationError("the history file ends in a partial line.", {
		file,
		line: lines.length + 1,
		fix: FIX
	});
	if (lines[0] !== HISTORY_HEADER) throw new ConfigurationError(`the history file does not start with the format 1 header this version of the cost guard reads.`, {
		file,
		line: 1,
		fix: `${FIX} A newer cost guard may have written it: use the same agent-guards version everywhere.`
	});
	const named = /(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file)?.[1];
	const day = named !== void 0 && (/* @__PURE__ */ new Date(`${named}T00:00:00.000Z`)).toISOString().startsWith(named) ? named : void 0;
	if (named !== void 0 && day === void 0) throw new ConfigurationError(`${named} is not a calendar day.`, {
		file,
		fix: FIX
	});
	const out = new Array(lines.length - 1);
	const rows = parseRowsAtOnce(lines);
	for (let i = 1; i < lines.length; i += 1) {
		const line = rows ? checkRow(rows[i - 1], file, i + 1, day) : parseRow(lines[i], file, i + 1, day);
		if (day !== void 0 && !line.ts.startsWith(day)) throw new ConfigurationError(`history line is dated ${line.ts}, not on the day of its file.`, {
			file,
			line: i + 1,
			field: "ts",
			fix: FIX
		});
		out[i - 1] = line;
	}
	return out;
}
function parseRowsAtOnce(lines) {
	if (lines.length < 2) return [];
	try {
		const rows = JSON.parse(`[${lines.slice(1).join(",")}]`);
		return Array.isArray(rows) && rows.length === lines.length - 1 ? rows : void 0;
	} catch {
		return;
	}
}
function parseRow(text, file, line, day) {
	let row;
	try {
		row = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`history line is not valid JSON (${error.message}).`, {
			file,
			line,
			fix: FIX
		});
	}
	return checkRow(row, file, line, day);
}
function checkRow(row, file, line, day) {
	if (Array.isArray(row)) {
		if (row[0] === "call" && row.length === CALL_COLUMNS.length && isWellFormedCall(row, day)) return callOf(row);
		if (row[0] === "pr-outcome" && row.length === OUTCOME_COLUMNS.length && isWellFormedOutcome(row, day)) return outcomeOf(row);
	}
	return viaSchema(row, file, line);
}
function viaSchema(row, file, line) {
	const columns = !Array.isArray(row) ? void 0 : row[0] === "call" ? CALL_COLUMNS : row[0] === "pr-outcome" ? OUTCOME_COLUMNS : void 0;
	if (!Array.isArray(row) || !columns || row.length !== columns.length) throw new ConfigurationError(`history line is not a 'call' row of ${CALL_COLUMNS.length} columns or a 'pr-outcome' row of ${OUTCOME_COLUMNS.length}.`, {
		file,
		line,
		fix: FIX
	});
	const object = Object.fromEntries(columns.map((name, i) => [name, row[i]]).filter(([, value]) => value !== null));
	const parsed = HistoryLineSchema.safeParse(object);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ConfigurationError(`history line does not match the history schema: ${issue.message}.`, {
			file,
			line,
			field: issue.path.map(String).join(".") || "(line)",
			fix: FIX
		});
	}
	const value = parsed.data;
	if (value.kind === "call" && (value.cache_creation_1h_input_tokens ?? 0) > value.cache_creation_input_tokens) throw new ConfigurationError("history line has more 1-hour cache writes than cache writes.", {
		file,
		line,
		field: "cache_creation_1h_input_tokens",
		fix: FIX
	});
	return value;
}
const ISO_UTC = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const TIME_OF_DAY = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const REPO = /^[^/\s]+\/[^/\s]+$/;
function isRealUtcTimestamp(ts, day) {
	if (typeof ts !== "string" || ts.length !== 24) return false;
	if (day !== void 0) return ts.startsWith(day) && TIME_OF_DAY.test(ts.slice(10));
	if (!ISO_UTC.test(ts)) return false;
	const tens = ts.charCodeAt(8);
	return tens < 50 || tens === 50 && ts.charCodeAt(9) < 57 || new Date(ts).toISOString() === ts;
}
const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isText = (v) => typeof v === "string" && v.length > 0;
let lastRepo = "";
function isRepo(v) {
	if (typeof v !== "string") return false;
	if (v === lastRepo) return true;
	if (!REPO.test(v)) return false;
	lastRepo = v;
	return true;
}
function isWellFormedCall(r, day) {
	return isText(r[1]) && USAGE_SOURCES.includes(r[2]) && isText(r[3]) && (r[4] === null || isText(r[4])) && isRepo(r[5]) && (r[6] === null || isCount(r[6]) && r[6] > 0) && isText(r[7]) && isText(r[8]) && isRealUtcTimestamp(r[9], day) && isCount(r[10]) && isCount(r[11]) && isCount(r[12]) && isCount(r[13]) && (r[14] === null || isCount(r[14]) && r[14] <= r[12]) && isCount(r[15]);
}
function isWellFormedOutcome(r, day) {
	return isText(r[1]) && isRepo(r[2]) && isCount(r[3]) && r[3] > 0 && isRealUtcTimestamp(r[4], day) && typeof r[5] === "boolean" && typeof r[6] === "boolean";
}
function callOf(r) {
	return {
		kind: "call",
		key: r[1],
		source: r[2],
		session: r[3],
		ticket: r[4] ?? void 0,
		repo: r[5],
		pr: r[6] ?? void 0,
		mode: r[7],
		model: r[8],
		ts: r[9],
		input_tokens: r[10],
		output_tokens: r[11],
		cache_creation_input_tokens: r[12],
		cache_read_input_tokens: r[13],
		cache_creation_1h_input_tokens: r[14] ?? void 0,
		cost_micro_usd: r[15]
	};
}
function outcomeOf(r) {
	return {
		kind: "pr-outcome",
		key: r[1],
		repo: r[2],
		pr: r[3],
		ts: r[4],
		merged: r[5],
		spec_amended: r[6]
	};
}
// packages/cost-ceiling/lib/history/history-store.js
function remoteAuthEnv(location) {
	if (!location.token) return {};
	return {
		GIT_CONFIG_COUNT: "1",
		GIT_CONFIG_KEY_0: "http.extraheader",
		GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${location.token}`).toString("base64")}`
	};
}
var HistorySnapshot = class {
	commit;
	days;
	constructor(commit, days) {
		this.commit = commit;
		this.days = days;
	}
	get size() {
		let n = 0;
		for (const lines of this.days.values()) n += lines.length;
		return n;
	}
};
const COMMITTER_ENV = {
	GIT_AUTHOR_NAME: "agent-guards",
	GIT_AUTHOR_EMAIL: "agent-guards@users.noreply.github.com",
	GIT_COMMITTER_NAME: "agent-guards",
	GIT_COMMITTER_EMAIL: "agent-guards@users.noreply.github.com"
};
var CostHistory = class {
	location;
	logger;
	maxAttempts;
	backoffMs;
	maxBackoffMs;
	parsedBlobs = /* @__PURE__ */ new Map();
	constructor(location, options = {}) {
		this.location = location;
		this.logger = options.logger ?? silentLogger;
		this.maxAttempts = options.maxAttempts ?? 50;
		this.backoffMs = options.backoffMs ?? 25;
		this.maxBackoffMs = options.maxBackoffMs ?? 2e3;
	}
	async tip() {
		return this.withTip(async (tip) => tip);
	}
	async scan(commit, visit) {
		if (!commit) return;
		const days = (await treeEntries(this.location.repo, commit)).filter((e) => e.type === "blob" && DAY_FILE.test(e.name)).sort((a, b) => compareText(a.name, b.name));
		let index = 0;
		const flushCachedBefore = (stop) => {
			for (; index < stop; index += 1) {
				const d = days[index];
				visit(d.name, this.parsedBlobs.get(d.sha));
			}
		};
		const position = new Map(days.map((d, i) => [d.sha, i]));
		const streamed = days.filter((d) => !this.parsedBlobs.has(d.sha));
		await streamBlobs(this.location.repo, streamed.map((d) => d.sha), (sha, blob) => {
			const at = position.get(sha);
			flushCachedBefore(at);
			const name = days[at].name;
			visit(name, parseHistoryFile(blob.toString("utf8"), `${this.location.branch}:${name}`));
			index = at + 1;
		});
		flushCachedBefore(days.length);
	}
	async read() {
		const tip = await this.tip();
		const days = /* @__PURE__ */ new Map();
		await this.scan(tip, (file, lines) => days.set(file, lines));
		return new HistorySnapshot(tip, new Map([...days].sort(([a], [b]) => compareText(a, b))));
	}
	async append(lines) {
		for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
			const outcome = await this.withTip(async (tip) => {
				const tree = tip ? await treeEntries(this.location.repo, tip) : [];
				const { changed, appended, alreadyPresent } = merge(await this.daysTouched(tree, lines), lines);
				if (appended === 0) return {
					appended,
					alreadyPresent,
					attempts: attempt,
					commit: tip
				};
				const commit = await this.commit(tip, tree, changed, appended);
				return await this.publish(commit, tip) ? {
					appended,
					alreadyPresent,
					attempts: attempt,
					commit
				} : void 0;
			});
			if (outcome) return outcome;
			const delay = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempt - 1, 10)) * (.5 + Math.random());
			this.logger.debug(`cost history: push to ${this.location.branch} rejected (attempt ${attempt}); another writer was first, retrying in ${Math.round(delay)} ms.`);
			await new Promise((resolve) => setTimeout(resolve, delay));
		}
		throw new Error(`cost history: gave up after ${this.maxAttempts} rejected pushes to ${this.location.branch}; the branch is changing faster than this writer can catch up.`);
	}
	async withTip(fn) {
		const { repo, remote, branch } = this.location;
		if (!remote) {
			const { stdout, exitCode } = await runGit(repo, [
				"rev-parse",
				"--verify",
				"-q",
				`refs/heads/${branch}^{commit}`
			], { okExitCodes: [0, 1] });
			return fn(exitCode === 0 ? stdout.toString("utf8").trim() : void 0);
		}
		const ref = `refs/agent-guards/cost-history/${process.pid}-${randomBytes(6).toString("hex")}`;
		try {
			const fetched = await runGit(repo, [
				"fetch",
				"--quiet",
				"--no-tags",
				"--no-write-fetch-head",
				remote,
				`+refs/heads/${branch}:${ref}`
			], {
				okExitCodes: [0, 128],
				env: remoteAuthEnv(this.location)
			});
			if (fetched.exitCode !== 0) {
				if (!/couldn't find remote ref/i.test(fetched.stderr)) throw new GitError(`git fetch ${remote} ${branch} failed: ${fetched.stderr.trim()}`, ["fetch", remote], fetched.exitCode, fetched.stderr);
				return await fn(void 0);
			}
			return await fn((await runGit(repo, [
				"rev-parse",
				"--verify",
				`${ref}^{commit}`
			])).stdout.toString("utf8").trim());
		} finally {
			await runGit(repo, [
				"update-ref",
				"-d",
				ref
			], { okExitCodes: [0, 1] }).catch(() => void 0);
		}
	}
	async daysTouched(tree, lines) {
		const wanted = new Set(lines.map(dayFileOf));
		const entries = tree.filter((e) => e.type === "blob" && wanted.has(e.name));
		const missing = entries.filter((e) => !this.parsedBlobs.has(e.sha));
		const names = new Map(missing.map((e) => [e.sha, e.name]));
		await streamBlobs(this.location.repo, missing.map((e) => e.sha), (sha, blob) => {
			this.parsedBlobs.set(sha, parseHistoryFile(blob.toString("utf8"), `${this.location.branch}:${names.get(sha)}`));
		});
		return new Map(entries.map((e) => [e.name, {
			sha: e.sha,
			lines: this.parsedBlobs.get(e.sha)
		}]));
	}
	async commit(parent, tree, changed, appended) {
		const repo = this.location.repo;
		const entries = tree.filter((e) => !changed.has(e.name));
		for (const [name, lines] of changed) {
			const sha = (await runGit(repo, [
				"hash-object",
				"-w",
				"--stdin"
			], { input: serializeHistoryLines(lines) })).stdout.toString("utf8").trim();
			this.parsedBlobs.set(sha, lines);
			entries.push({
				mode: "100644",
				type: "blob",
				sha,
				name
			});
		}
		const mktreeInput = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join("");
		const args = [
			"commit-tree",
			"--no-gpg-sign",
			(await runGit(repo, ["mktree", "-z"], { input: mktreeInput })).stdout.toString("utf8").trim(),
			...parent ? ["-p", parent] : [],
			"-m",
			`cost history: ${appended} line(s)`
		];
		return (await runGit(repo, args, { env: COMMITTER_ENV })).stdout.toString("utf8").trim();
	}
	async publish(commit, expected) {
		const { repo, remote, branch } = this.location;
		if (!remote) return (await runGit(repo, [
			"update-ref",
			"-m",
			"cost history",
			`refs/heads/${branch}`,
			commit,
			expected ?? ""
		], { okExitCodes: [0, 128] })).exitCode === 0;
		const res = await runGit(repo, [
			"push",
			"--porcelain",
			"--no-verify",
			remote,
			`${commit}:refs/heads/${branch}`
		], {
			okExitCodes: [0, 1],
			env: remoteAuthEnv(this.location)
		});
		if (res.exitCode === 0) return true;
		const report = res.stdout.toString("utf8");
		const rejected = report.split("\n").filter((l) => l.startsWith("!"));
		if (rejected.length > 0 && rejected.every((l) => /fetch first|non-fast-forward|failed to update ref|lock|incorrect old value|stale info/i.test(l))) return false;
		const detail = `${report.trim()} ${res.stderr.trim()}`.trim();
		if (/protected branch|declined|denied/i.test(detail)) throw new ConfigurationError(`the remote refused the cost history branch: ${detail}`, {
			field: "cost.history_branch",
			fix: `let the workflow token push to ${branch} (exclude it from branch rulesets), or point history_branch at a branch it may write.`
		});
		throw new GitError(`git push of the cost history failed: ${detail}`, ["push", remote], res.exitCode, res.stderr);
	}
};
function merge(existing, lines) {
	const changed = /* @__PURE__ */ new Map();
	const keysByDay = /* @__PURE__ */ new Map();
	let appended = 0;
	let alreadyPresent = 0;
	for (const line of lines) {
		const name = dayFileOf(line);
		let keys = keysByDay.get(name);
		if (!keys) {
			keys = new Set((existing.get(name)?.lines ?? []).map((l) => l.key));
			keysByDay.set(name, keys);
		}
		if (keys.has(line.key)) {
			alreadyPresent += 1;
			continue;
		}
		keys.add(line.key);
		let day = changed.get(name);
		if (!day) {
			day = [...existing.get(name)?.lines ?? []];
			changed.set(name, day);
		}
		day.push(line);
		appended += 1;
	}
	return {
		changed,
		appended,
		alreadyPresent
	};
}
async function treeEntries(repo, commit) {
	return (await runGit(repo, [
		"ls-tree",
		"-z",
		commit
	])).stdout.toString("utf8").split("\0").filter((s) => s.length > 0).map((s) => {
		const tab = s.indexOf("	");
		const [mode, type, sha] = s.slice(0, tab).split(" ");
		return {
			mode,
			type,
			sha,
			name: s.slice(tab + 1)
		};
	});
}
function streamBlobs(repo, ids, onBlob) {
	return catFileBatch(repo, ids, (id, blob) => {
		if (!blob) throw new GitError(`git cat-file found no object ${id}: the cost history's tree names a blob this clone lacks.`, ["cat-file", "--batch"], null, "");
		onBlob(id, blob);
	});
}
// packages/cost-ceiling/lib/history/pr-outcome.js
async function recordPrOutcome(history, outcome, logger) {
	const ts = outcome.closedAt.toISOString();
	const line = HistoryOutcomeLineSchema.parse({
		kind: "pr-outcome",
		key: `pr-outcome:${outcome.repo}#${outcome.pr}@${ts}:${outcome.merged ? "merged" : "closed"}:${outcome.specAmended ? "amended" : "first-pass"}`,
		repo: outcome.repo,
		pr: outcome.pr,
		ts,
		merged: outcome.merged,
		spec_amended: outcome.specAmended
	});
	return new CostHistory(history, logger ? { logger } : {}).append([line]);
}
const SPEC_AMENDMENT_LABEL = "spec-amendment";
// packages/cost-ceiling/lib/history/signal-metrics.js
function signalFigures(digest, oversight, weeklyTokens) {
	const outcomes = [...digest.outcomes.values()];
	const firstPass = outcomes.filter((o) => o.merged && !o.spec_amended).length;
	const merged = new Set(outcomes.filter((o) => o.merged).map((o) => `${o.repo}#${o.pr}`));
	let mergedCostMicro = 0;
	for (const s of digest.sessions.values()) if (s.pr !== void 0 && merged.has(`${s.repo}#${s.pr}`)) mergedCostMicro += s.costMicro;
	const hitRate = digest.total.hitRate;
	return {
		prsDecided: outcomes.length,
		...outcomes.length ? { firstPassValidation: firstPass / outcomes.length } : {},
		...oversight.fpv !== void 0 ? { firstPassValidation7d: oversight.fpv } : {},
		mergedPrs: merged.size,
		...merged.size ? { costPerMergedPrUsd: mergedCostMicro / merged.size / 1e6 } : {},
		...hitRate !== void 0 ? { cacheHitRate: hitRate } : {},
		weeklyTokens
	};
}
function recordSignalMetrics(telemetry, figures, attributes) {
	const gauge = (name, unit, description, value) => {
		if (value !== void 0) telemetry.gauge(name, {
			unit,
			description
		}).record(value, attributes);
	};
	gauge("agent_guards.first_pass_validation", "1", "Closed agent PRs merged without a spec amendment \u00F7 all closed agent PRs in the cost history.", figures.firstPassValidation);
	gauge("agent_guards.first_pass_validation.window_7d", "1", "First-pass validation over the last 7 days (the \u00A710 oversight trigger).", figures.firstPassValidation7d);
	gauge("agent_guards.prs.decided", "{pr}", "Closed agent PRs in the cost history.", figures.prsDecided);
	gauge("agent_guards.cost.per_merged_pr", "{USD}", "Mean token cost of a merged agent PR, every session of the PR counted.", figures.costPerMergedPrUsd);
	gauge("agent_guards.prs.merged", "{pr}", "Merged agent PRs in the cost history.", figures.mergedPrs);
	gauge("agent_guards.cache_hit_rate", "1", "Cache reads \u00F7 total input tokens over the cost history.", figures.cacheHitRate);
	gauge("agent_guards.tokens.weekly", "{token}", "Tokens of the sessions of the last 7 days.", figures.weeklyTokens);
}
// packages/cost-ceiling/lib/cost-schemas.js
const COST_SCHEMAS = [{
	file: "usage-ledger-line.schema.json",
	title: "agent-guards usage ledger line (one JSON object per line, written by the runner)",
	schema: LedgerLineSchema
}];
// packages/cost-ceiling/lib/cost-guard.js
const COST_GUARD = "cost-ceiling";
async function runCostGuard(options) {
	const { policy, logger } = options;
	const cost = policy.cost;
	const now = options.now ?? /* @__PURE__ */ new Date();
	const executionFiles = options.executionFiles ?? [];
	const usageFiles = options.usageFiles ?? [];
	if (options.ledgers.length === 0 && executionFiles.length === 0 && usageFiles.length === 0) throw new ConfigurationError("no usage to judge: neither a usage ledger nor an agent usage file was given.", {
		field: "ledger",
		fix: "pass the ledger(s) the runner wrote (--ledger FILE, repeatable), or the usage file of the agent that wrote the PR (--usage-file: claude-code-action, codex, Gemini CLI, gh aw)."
	});
	const prNumber = options.pr ?? options.notify?.prNumber;
	const book = new PriceBook(cost.prices);
	const read = [];
	for (const file of options.ledgers) for (const r of (await UsageLedger.read(file)).toRecords(book)) read.push(r);
	const repo = options.repo ?? (options.notify ? `${options.notify.repo.owner}/${options.notify.repo.repo}` : soleRepo(read));
	for (const file of executionFiles) for (const r of await readExecutionFile(file, book, {
		...repo ? { repo } : {},
		...prNumber ? { pr: prNumber } : {},
		now
	})) read.push(r);
	const agentOptions = {
		...repo ? { repo } : {},
		...prNumber ? { pr: prNumber } : {},
		now,
		...options.agentModel ? { model: options.agentModel } : {}
	};
	for (const r of await readAgentUsageFiles(usageFiles, book, agentOptions)) read.push(r);
	const records = attributeSessions(uniqueByKey(read), prNumber);
	const inScope = prNumber === void 0 ? [...records] : records.filter((r) => r.pr === prNumber);
	const judged = new Set(inScope);
	const skipped = new Set(records.filter((r) => !judged.has(r)).map((r) => r.session));
	if (skipped.size > 0) logger.info(`cost-ceiling: ${skipped.size} session(s) in the ledgers belong to other PRs and are not judged here: ${[...skipped].join(", ")}.`);
	logger.info(`cost-ceiling: ${records.length} usage record(s) from ${options.ledgers.length} ledger(s) and ${executionFiles.length + usageFiles.length} agent usage file(s).`);
	if (prNumber !== void 0 && inScope.length === 0) throw new ConfigurationError(`no usage in the given ledgers belongs to PR #${prNumber}.`, {
		field: "ledger",
		fix: `pass the ledger(s) of the sessions that produced PR #${prNumber} (the runner's usage-ledger.jsonl), or the right PR number.`
	});
	let digest;
	let historyNote = {};
	if (options.history) {
		const history = new CostHistory({
			...options.history,
			branch: cost.history_branch
		}, { logger });
		const lines = records.map((r) => {
			if (!r.repo) throw new ConfigurationError("usage from an agent usage file names no repository, and the history needs one.", {
				file: r.file,
				field: "repo",
				fix: "pass the repository (owner/name) to the cost guard alongside the usage file."
			});
			return historyLineOf({
				...r,
				repo: r.repo
			});
		});
		const result = await history.append(lines);
		logger.info(`cost-ceiling: history ${cost.history_branch}: ${result.appended} line(s) appended, ${result.alreadyPresent} already there, ${result.attempts} attempt(s).`);
		const builder = new HistoryDigestBuilder();
		const earlierSessions = new PrSessionCollector(inScope);
		await history.scan(result.commit, (file, dayLines) => {
			builder.addDay(file, dayLines);
			earlierSessions.addDay(file, dayLines);
		});
		digest = builder.finish();
		historyNote = {
			"history-lines": digest.lines,
			"history-appended": result.appended
		};
		for (const r of earlierSessions.records) inScope.push(r);
	}
	const summary = summarise(inScope);
	const findings = [
		...capFindings(summary, cost),
		...costFindings(summary, cost),
		...hitRateFindings(summary, cost)
	];
	let oversight;
	const incidents = digest ? detectIncidents(digest, cost.incident, now) : [];
	findings.push(...incidentFindings(incidents, cost.incident.escalate_to));
	if (digest) {
		oversight = oversightState(digest, now, prNumber ? {
			...repo ? { repo } : {},
			pr: prNumber
		} : void 0);
		findings.push(...oversightFindings(oversight, prNumber));
		const weekly = weeklyTokens(digest, now);
		historyNote["weekly-tokens"] = weekly;
		recordSignalMetrics(await sharedTelemetry(), signalFigures(digest, oversight, weekly), repo ? { "agent_guards.repo": repo } : {});
		if (cost.weekly_budget_tokens !== void 0 && weekly > cost.weekly_budget_tokens) findings.push({
			rule: "weekly-budget-exceeded",
			severity: "warning",
			message: `the last 7 days used ${groupDigits(weekly)} tokens, over the weekly budget of ${groupDigits(cost.weekly_budget_tokens)}.`
		});
	}
	if (options.notify) {
		const softCapSessions = [...summary.sessions.values()].filter((s) => s.totals.capTokens >= cost.soft_cap_tokens);
		await sendNotifications(options.notify, {
			softCapSessions,
			incidents,
			...oversight ? { oversight } : {}
		}, cost, now, logger);
	}
	return {
		report: reportFromFindings(COST_GUARD, findings, {
			...metricsOf(summary),
			...historyNote
		}),
		outputs: outputsOf(summary),
		summary: renderCostSummary(summary, cost)
	};
}
function uniqueByKey(records) {
	const seen = /* @__PURE__ */ new Set();
	return records.filter((r) => seen.has(r.key) ? false : (seen.add(r.key), true));
}
function soleRepo(records) {
	const repos = new Set(records.map((r) => r.repo).filter((r) => r !== void 0));
	return repos.size === 1 ? [...repos][0] : void 0;
}
var PrSessionCollector = class {
	records = [];
	prs;
	keys;
	constructor(inScope) {
		this.prs = new Set(inScope.filter((r) => r.pr !== void 0).map((r) => prKey(r.repo, r.pr)));
		this.keys = new Set(inScope.map((r) => r.key));
	}
	addDay(file, lines) {
		if (this.prs.size === 0) return;
		lines.forEach((line, i) => {
			if (line.kind !== "call" || line.pr === void 0 || this.keys.has(line.key) || !this.prs.has(prKey(line.repo, line.pr))) return;
			this.records.push(recordOfHistoryLine(line, file, i + 1));
		});
	}
};
function oversightFindings(state, pr) {
	if (!state.periodic) return [];
	const fpv = state.fpv === void 0 ? "n/a" : `${(state.fpv * 100).toFixed(1)}%`;
	const base = `first-pass validation has been under ${OVERSIGHT.fpvFloor * 100}% for ${state.daysBelow} day(s) (now ${fpv}); \u00A710 periodic review is on since ${state.periodicSince}`;
	if (state.extraReview) return [{
		rule: "extra-review",
		severity: "warning",
		message: `${base}, and PR #${pr} is agent PR number ${state.ordinal} since then (every ${OVERSIGHT.everyNth}th gets the \`${OVERSIGHT.label}\` label): give it the flagged extra review.`
	}];
	return [{
		rule: "periodic-review",
		severity: "notice",
		message: `${base}; ${state.ordinal ? `this PR is number ${state.ordinal}, ` : ""}every ${OVERSIGHT.everyNth}th agent PR gets the \`${OVERSIGHT.label}\` label.`
	}];
}
function weeklyTokens(digest, now) {
	const today = dayNumber(now.getTime());
	let tokens = 0;
	for (const s of digest.sessions.values()) if (dayNumber(s.lastTs) > today - 7 && s.lastTs <= now.getTime()) tokens += s.tokens;
	return tokens;
}
function metricsOf(summary) {
	const t = summary.total;
	return {
		tokens: t.capTokens,
		"input-tokens": t.counts.input,
		"output-tokens": t.counts.output,
		"cache-creation-input-tokens": t.cacheCreation,
		"cache-read-input-tokens": t.counts.cacheRead,
		"total-input-tokens": t.totalInput,
		"cost-usd": microToDecimal(t.costMicro),
		"cost-micro-usd": t.costMicro,
		...t.unrecorded === 0 ? { "recorded-cost-usd": microToDecimal(t.recordedCostMicro) } : {},
		"cache-hit-rate": t.hitRate === void 0 ? null : roundRate(t.hitRate),
		sessions: summary.sessions.size,
		prs: summary.prs.size,
		"per-mode": perMode(summary),
		"per-model": Object.fromEntries([...summary.models].map(([k, v]) => [k, v.toJSON()])),
		"per-session": Object.fromEntries([...summary.sessions].map(([k, s]) => [k, {
			pr: s.pr ?? null,
			modes: [...s.modes],
			...s.totals.toJSON()
		}]))
	};
}
function perMode(summary) {
	return Object.fromEntries([...summary.modes].map(([mode, t]) => [mode, {
		...t.toJSON(),
		cost_usd: microToDecimal(t.costMicro)
	}]));
}
function outputsOf(summary) {
	const t = summary.total;
	return {
		tokens: t.capTokens,
		"cost-usd": microToDecimal(t.costMicro),
		"cache-hit-rate": t.hitRate === void 0 ? "" : roundRate(t.hitRate).toFixed(4),
		"per-mode": JSON.stringify(perMode(summary))
	};
}
// packages/cost-ceiling/lib/pull-request-run.js
async function runCostCeilingOnPullRequest(run) {
	const { event, logger } = run;
	const remote = {
		repo: run.repo,
		remote: "origin",
		...run.token ? { token: run.token } : {}
	};
	if (event?.action === "closed") {
		if (!run.history || !run.repository) throw new ConfigurationError("a closed PR is recorded in the durable history, which is off.", {
			field: "history",
			fix: "set 'history: true' (with contents: write) on the job that runs when agent PRs close."
		});
		const outcome = {
			repo: run.repository,
			pr: event.number,
			merged: event.merged,
			specAmended: event.labels.includes(SPEC_AMENDMENT_LABEL),
			closedAt: new Date(event.closedAt ?? Date.now())
		};
		await recordPrOutcome({
			...remote,
			branch: run.policy.cost.history_branch
		}, outcome, logger);
		const message = `PR #${event.number} recorded as ${outcome.merged ? "merged" : "closed unmerged"}${outcome.specAmended ? " after a spec amendment" : ""}.`;
		if (run.ledgers.length === 0 && run.executionFiles.length === 0 && (run.usageFiles ?? []).length === 0) return { report: reportFromFindings("cost-ceiling", [{
			rule: "pr-outcome-recorded",
			severity: "notice",
			message
		}]) };
		logger.info(message);
	}
	return runCostGuard({
		ledgers: run.ledgers,
		executionFiles: run.executionFiles,
		...run.usageFiles?.length ? { usageFiles: run.usageFiles } : {},
		...run.agentModel ? { agentModel: run.agentModel } : {},
		policy: run.policy,
		logger,
		...run.pr ? { pr: run.pr } : {},
		...run.repository ? { repo: run.repository } : {},
		...run.history ? { history: remote } : {},
		...run.notify ? { notify: run.notify } : {}
	});
}
export { AGENT_USAGE_FORMATS, CALL_COLUMNS, CONTEXT_BUDGET_LABEL, CONTEXT_BUDGET_MARKER, COST_GUARD, COST_INCIDENT_LABEL, COST_INCIDENT_MARKER, COST_SCHEMAS, CostHistory, DAY_FILE, EXECUTION_FILE_MODE, HISTORY_FORMAT_VERSION, HISTORY_HEADER, HistoryCallLineSchema, HistoryDigestBuilder, HistoryLineSchema, HistoryOutcomeLineSchema, HistorySnapshot, LedgerLineSchema, MICRO_PER_USD, OUTCOME_COLUMNS, OVERSIGHT, PriceBook, RecordKeyer, SPEC_AMENDMENT_LABEL, USAGE_SOURCES, UsageLedger, UsageTotals, addCounts, addRecord, appendLedgerLine, attributeSessions, builtInPrice, cacheCreation, capFindings, capTokens, contextBudgetComment, costFindings, costMicro, countsFromUsage, dayFileOf, dayName, dayNumber, detectAgentUsageFormat, detectIncidents, digestHistory, divideRounded, elementLines, emptyCounts, exceedsMultiple, formatUsd, fractionBelow, handle, historyLineOf, hitRateFindings, identityParts, incidentFindings, incidentIssue, mergeCodexThreads, microToDecimal, modelFamily, oversightState, parseAgentUsage, parseExecutionFile, parseHistoryFile, prGroups, prKey, priceCall, ratioToMillionths, readAgentUsageFiles, readExecutionFile, recordOfHistoryLine, recordPrOutcome, recordSignalMetrics, renderCostSummary, roundRate, runCostCeilingOnPullRequest, runCostGuard, sendNotifications, serializeHistoryLines, signalFigures, summarise, totalInput, totalsFor, usdToMicro };

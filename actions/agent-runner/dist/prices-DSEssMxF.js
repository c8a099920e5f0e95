import { tt as ConfigurationError } from "./lib-yg2IhoS4.js";
// packages/cost-ceiling/lib/money.js
/**
* Money is held as integer micro-dollars (1 USD = 1,000,000 µ$) everywhere, so
* sums over a million calls are exact integer sums with no floating-point drift.
* Dollars appear only at the edges: policy values coming in, text going out.
*/
const MICRO_PER_USD = 1e6;
/** A dollar amount from the policy or a recorded cost, to the nearest micro-dollar. */
function usdToMicro(usd) {
	if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`not a non-negative dollar amount: ${usd}`);
	return Math.round(usd * MICRO_PER_USD);
}
/**
* Integer division rounding half up, exact for non-negative safe integers
* (no `x / d` float that could land on 0.4999…).
*/
function divideRounded(numerator, divisor) {
	const quotient = Math.floor(numerator / divisor);
	return 2 * (numerator - quotient * divisor) >= divisor ? quotient + 1 : quotient;
}
/** Exact decimal text of a micro-dollar amount, at least two decimals: 4500000 → "4.50", 4510001 → "4.510001". */
function microToDecimal(micro) {
	if (!Number.isSafeInteger(micro)) throw new RangeError(`not an integer micro-dollar amount: ${micro}`);
	const sign = micro < 0 ? "-" : "";
	const abs = Math.abs(micro);
	const dollars = Math.floor(abs / MICRO_PER_USD);
	return `${sign}${dollars}.${String(abs - dollars * MICRO_PER_USD).padStart(6, "0").replace(/0+$/, "").padEnd(2, "0")}`;
}
/** "$4.50" */
function formatUsd(micro) {
	return `$${microToDecimal(micro)}`;
}
/** A ratio such as 0.8 or 1.5 as an integer count of millionths, for integer comparisons. */
function ratioToMillionths(ratio) {
	if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`not a non-negative ratio: ${ratio}`);
	return Math.round(ratio * 1e6);
}
/**
* `part / whole < ratio`, decided in integers: part × 10⁶ < ratio(millionths) × whole.
* BigInt keeps it exact when token counts reach the billions.
*/
function fractionBelow(part, whole, ratio) {
	return BigInt(part) * 1000000n < BigInt(ratioToMillionths(ratio)) * BigInt(whole);
}
/** `value > ratio × base`, decided in integers. */
function exceedsMultiple(value, base, ratio) {
	return BigInt(value) * 1000000n > BigInt(ratioToMillionths(ratio)) * BigInt(base);
}
// packages/cost-ceiling/lib/usage.js
function emptyCounts() {
	return {
		input: 0,
		output: 0,
		cacheWrite5m: 0,
		cacheWrite1h: 0,
		cacheRead: 0
	};
}
/**
* Normalises API usage. When the TTL breakdown is present the 1-hour part is
* taken from it and the rest of `cache_creation_input_tokens` is 5-minute, so
* the total always equals what the API reported as cache creation.
*/
function countsFromUsage(usage) {
	const creation = usage.cache_creation_input_tokens ?? 0;
	const oneHour = Math.min(usage.cache_creation?.ephemeral_1h_input_tokens ?? 0, creation);
	return {
		input: usage.input_tokens,
		output: usage.output_tokens,
		cacheWrite5m: creation - oneHour,
		cacheWrite1h: oneHour,
		cacheRead: usage.cache_read_input_tokens ?? 0
	};
}
function cacheCreation(c) {
	return c.cacheWrite5m + c.cacheWrite1h;
}
/** Total input = input + cache creation + cache read (contracts.md, "Usage ledger"). */
function totalInput(c) {
	return c.input + c.cacheWrite5m + c.cacheWrite1h + c.cacheRead;
}
/**
* The tokens a session cap counts: total input (cache tokens included) plus
* output. Cached tokens still occupy the context window the cap protects, and
* the runner projects its budget with this same sum.
*/
function capTokens(c) {
	return totalInput(c) + c.output;
}
function addCounts(into, c) {
	into.input += c.input;
	into.output += c.output;
	into.cacheWrite5m += c.cacheWrite5m;
	into.cacheWrite1h += c.cacheWrite1h;
	into.cacheRead += c.cacheRead;
}
// packages/cost-ceiling/lib/prices.js
const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = .1;
function fromUsdPerMtok(inputUsd, outputUsd, multipliers = {
	w5: CACHE_WRITE_5M,
	w1: CACHE_WRITE_1H,
	r: CACHE_READ
}) {
	const input = usdToMicro(inputUsd);
	return {
		input,
		output: usdToMicro(outputUsd),
		cacheWrite5m: Math.round(input * multipliers.w5),
		cacheWrite1h: Math.round(input * multipliers.w1),
		cacheRead: Math.round(input * multipliers.r)
	};
}
/** Anthropic list prices of the current models (USD per million tokens). */
const HAIKU_4_5 = fromUsdPerMtok(1, 5);
const SONNET_4_X = fromUsdPerMtok(3, 15);
const OPUS_4_5_AND_LATER = fromUsdPerMtok(5, 25);
/**
* The family a model id belongs to: date suffixes, provider prefixes and
* context-window tags are dropped, so `claude-sonnet-4-5-20250929`,
* `us.anthropic.claude-sonnet-4-5-20250929-v1:0` (Bedrock),
* `claude-sonnet-4-5@20250929` (Vertex) and `claude-sonnet-4-5[1m]` are all
* `claude-sonnet-4-5`; `gpt-5-2025-08-07` and `openai/gpt-5` are `gpt-5`;
* dots become dashes (`gpt-5.1-codex` → `gpt-5-1-codex`, `gemini-2.5-pro` →
* `gemini-2-5-pro`, Copilot's `claude-sonnet-4.5` → `claude-sonnet-4-5`).
*/
function modelFamily(model) {
	return model.trim().toLowerCase().replace(/^(?:openai|google|models|anthropic|azure|copilot|vertex_ai|gemini)\//, "").replace(/^(?:[a-z]{2,6}\.)?anthropic\./, "").replace(/\[[^\]]*\]$/, "").replace(/-v\d+(?::\d+)?$/, "").replace(/@(?:\d{8}|latest)$/, "").replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/, "").replace(/(\d)\.(\d)/g, "$1-$2");
}
/**
* OpenAI and Google list prices (USD per million tokens: input, output, and
* cached input as a share of input), for the agents whose usage the guard
* reads besides the runner's: codex-action / `codex exec`, run-gemini-cli and
* gh-aw's engines. OpenAI bills cached input at a discount and has no cache
* write; input counts include the cached part (the readers split it out).
* Gemini 2.5/3 Pro bills prompts over 200k tokens at a higher rate that usage
* totals cannot tell apart: they are priced at the ≤200k rate here, and a team
* with long prompts sets `cost.prices` for the model. Prices change: the policy
* overrides any of these, and a model missing here fails closed.
*/
const LIST_PRICES = {
	"gpt-5": [
		1.25,
		10,
		.1
	],
	"gpt-5-codex": [
		1.25,
		10,
		.1
	],
	"gpt-5-1": [
		1.25,
		10,
		.1
	],
	"gpt-5-1-codex": [
		1.25,
		10,
		.1
	],
	"gpt-5-1-codex-max": [
		1.25,
		10,
		.1
	],
	"gpt-5-mini": [
		.25,
		2,
		.1
	],
	"gpt-5-1-codex-mini": [
		.25,
		2,
		.1
	],
	"gpt-5-nano": [
		.05,
		.4,
		.1
	],
	"gpt-4-1": [
		2,
		8,
		.25
	],
	"gpt-4-1-mini": [
		.4,
		1.6,
		.25
	],
	"gpt-4-1-nano": [
		.1,
		.4,
		.25
	],
	o3: [
		2,
		8,
		.25
	],
	"o4-mini": [
		1.1,
		4.4,
		.25
	],
	"codex-mini": [
		1.5,
		6,
		.25
	],
	"gemini-2-5-pro": [
		1.25,
		10,
		.1
	],
	"gemini-2-5-flash": [
		.3,
		2.5,
		.1
	],
	"gemini-2-5-flash-lite": [
		.1,
		.4,
		.1
	],
	"gemini-3-pro-preview": [
		2,
		12,
		.1
	]
};
/** The built-in price of a model family, or undefined when the table does not know it. */
function builtInPrice(family) {
	if (family === "claude-haiku-4-5") return HAIKU_4_5;
	if (family === "claude-sonnet-4-5" || family === "claude-sonnet-4-6") return SONNET_4_X;
	const opus = /^claude-opus-(\d+)(?:-(\d+))?$/.exec(family);
	if (opus) {
		const major = Number(opus[1]);
		const minor = Number(opus[2] ?? 0);
		if (major > 4 || major === 4 && minor >= 5) return OPUS_4_5_AND_LATER;
	}
	const listed = Object.hasOwn(LIST_PRICES, family) ? LIST_PRICES[family] : void 0;
	return listed ? fromUsdPerMtok(listed[0], listed[1], {
		w5: 1,
		w1: 1,
		r: listed[2]
	}) : void 0;
}
/**
* Resolves and remembers model prices: the policy override for the exact id,
* then for its family, then the built-in table. An unknown model has no price;
* it is never priced at zero.
*/
var PriceBook = class {
	overrides;
	resolved = /* @__PURE__ */ new Map();
	constructor(overrides = {}) {
		this.overrides = overrides;
	}
	find(model) {
		if (this.resolved.has(model)) return this.resolved.get(model);
		const family = modelFamily(model);
		const own = (key) => Object.hasOwn(this.overrides, key) ? this.overrides[key] : void 0;
		const override = own(model) ?? own(family);
		const price = override ? fromUsdPerMtok(override.input_per_mtok, override.output_per_mtok, {
			w5: override.cache_write_5m_multiplier,
			w1: override.cache_write_1h_multiplier,
			r: override.cache_read_multiplier
		}) : builtInPrice(family);
		this.resolved.set(model, price);
		return price;
	}
	/** The price of a model, or a ConfigurationError saying how to price it. */
	require(model, where = {}) {
		const price = this.find(model);
		if (price) return price;
		throw new ConfigurationError(`model '${model}' has no price: the built-in table covers Claude Haiku 4.5, Sonnet 4.5/4.6 and Opus 4.5 and later, OpenAI's GPT-5, GPT-4.1, o3/o4-mini and Codex models, and Gemini 2.5 and 3 Pro; an unpriced model is not counted as free.`, {
			...where,
			field: `cost.prices.${modelFamily(model)}`,
			fix: `add the model's list price to the policy: cost.prices.${modelFamily(model)}: { input_per_mtok: …, output_per_mtok: … }.`
		});
	}
	/** Exact cost of some tokens of one model, rounded to the nearest micro-dollar. */
	cost(model, counts, where) {
		return costMicro(this.require(model, where), counts);
	}
};
/** Σ tokens × price is exact in pico-dollars; one rounding to micro-dollars at the end. */
function costMicro(price, c) {
	const pico = c.input * price.input + c.output * price.output + c.cacheWrite5m * price.cacheWrite5m + c.cacheWrite1h * price.cacheWrite1h + c.cacheRead * price.cacheRead;
	if (Number.isSafeInteger(pico)) return divideRounded(pico, 1e6);
	const big = BigInt(c.input) * BigInt(price.input) + BigInt(c.output) * BigInt(price.output) + BigInt(c.cacheWrite5m) * BigInt(price.cacheWrite5m) + BigInt(c.cacheWrite1h) * BigInt(price.cacheWrite1h) + BigInt(c.cacheRead) * BigInt(price.cacheRead);
	return Number((big + 500000n) / 1000000n);
}
const booksByOverrides = /* @__PURE__ */ new WeakMap();
/**
* The cost in micro-dollars of one model call, from the API's usage object.
* The runner projects its budget with this, so runner and guard agree to the
* micro-dollar. Throws a ConfigurationError for a model without a price.
*/
function priceCall(model, usage, prices = {}) {
	let book = booksByOverrides.get(prices);
	if (!book) {
		book = new PriceBook(prices);
		booksByOverrides.set(prices, book);
	}
	return book.cost(model, countsFromUsage(usage));
}
export { microToDecimal as _, priceCall as a, capTokens as c, totalInput as d, MICRO_PER_USD as f, fractionBelow as g, formatUsd as h, modelFamily as i, countsFromUsage as l, exceedsMultiple as m, builtInPrice as n, addCounts as o, divideRounded as p, costMicro as r, cacheCreation as s, PriceBook as t, emptyCounts as u, ratioToMillionths as v, usdToMicro as y };

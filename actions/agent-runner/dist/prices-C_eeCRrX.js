import { tt as ConfigurationError } from "./lib-DA4sP2xX.js";
// packages/cost-ceiling/lib/money.js
const MICRO_PER_USD = 1e6;
function usdToMicro(usd) {
	if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`not a non-negative dollar amount: ${usd}`);
	return Math.round(usd * MICRO_PER_USD);
}
function divideRounded(numerator, divisor) {
	const quotient = Math.floor(numerator / divisor);
	return 2 * (numerator - quotient * divisor) >= divisor ? quotient + 1 : quotient;
}
function microToDecimal(micro) {
	if (!Number.isSafeInteger(micro)) throw new RangeError(`not an integer micro-dollar amount: ${micro}`);
	const sign = micro < 0 ? "-" : "";
	const abs = Math.abs(micro);
	const dollars = Math.floor(abs / MICRO_PER_USD);
	return `${sign}${dollars}.${String(abs - dollars * MICRO_PER_USD).padStart(6, "0").replace(/0+$/, "").padEnd(2, "0")}`;
}
function formatUsd(micro) {
	return `$${microToDecimal(micro)}`;
}
function ratioToMillionths(ratio) {
	if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`not a non-negative ratio: ${ratio}`);
	return Math.round(ratio * 1e6);
}
function fractionBelow(part, whole, ratio) {
	return BigInt(part) * 1000000n < BigInt(ratioToMillionths(ratio)) * BigInt(whole);
}
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
function totalInput(c) {
	return c.input + c.cacheWrite5m + c.cacheWrite1h + c.cacheRead;
}
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
const HAIKU_4_5 = fromUsdPerMtok(1, 5);
const SONNET_4_X = fromUsdPerMtok(3, 15);
const OPUS_4_5_AND_LATER = fromUsdPerMtok(5, 25);
function modelFamily(model) {
	return model.trim().toLowerCase().replace(/^(?:openai|google|models|anthropic|azure|copilot|vertex_ai|gemini)\//, "").replace(/^(?:[a-z]{2,6}\.)?anthropic\./, "").replace(/\[[^\]]*\]$/, "").replace(/-v\d+(?::\d+)?$/, "").replace(/@(?:\d{8}|latest)$/, "").replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/, "").replace(/(\d)\.(\d)/g, "$1-$2");
}
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
	require(model, where = {}) {
		const price = this.find(model);
		if (price) return price;
		throw new ConfigurationError(`model '${model}' has no price: the built-in table covers Claude Haiku 4.5, Sonnet 4.5/4.6 and Opus 4.5 and later, OpenAI's GPT-5, GPT-4.1, o3/o4-mini and Codex models, and Gemini 2.5 and 3 Pro; an unpriced model is not counted as free.`, {
			...where,
			field: `cost.prices.${modelFamily(model)}`,
			fix: `add the model's list price to the policy: cost.prices.${modelFamily(model)}: { input_per_mtok: \u2026, output_per_mtok: \u2026 }.`
		});
	}
	cost(model, counts, where) {
		return costMicro(this.require(model, where), counts);
	}
};
function costMicro(price, c) {
	const pico = c.input * price.input + c.output * price.output + c.cacheWrite5m * price.cacheWrite5m + c.cacheWrite1h * price.cacheWrite1h + c.cacheRead * price.cacheRead;
	if (Number.isSafeInteger(pico)) return divideRounded(pico, 1e6);
	const big = BigInt(c.input) * BigInt(price.input) + BigInt(c.output) * BigInt(price.output) + BigInt(c.cacheWrite5m) * BigInt(price.cacheWrite5m) + BigInt(c.cacheWrite1h) * BigInt(price.cacheWrite1h) + BigInt(c.cacheRead) * BigInt(price.cacheRead);
	return Number((big + 500000n) / 1000000n);
}
const booksByOverrides = /* @__PURE__ */ new WeakMap();
function priceCall(model, usage, prices = {}) {
	let book = booksByOverrides.get(prices);
	if (!book) {
		book = new PriceBook(prices);
		booksByOverrides.set(prices, book);
	}
	return book.cost(model, countsFromUsage(usage));
}
export { microToDecimal as _, priceCall as a, capTokens as c, totalInput as d, MICRO_PER_USD as f, fractionBelow as g, formatUsd as h, modelFamily as i, countsFromUsage as l, exceedsMultiple as m, builtInPrice as n, addCounts as o, divideRounded as p, costMicro as r, cacheCreation as s, PriceBook as t, emptyCounts as u, ratioToMillionths as v, usdToMicro as y };

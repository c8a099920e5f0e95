import { ConfigurationError } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { divideRounded, usdToMicro } from './money.js';
import { countsFromUsage, type CallUsage, type TokenCounts } from './usage.js';

/** policy.cost.prices: per-model overrides in USD per million tokens. */
export type PriceOverrides = Policy['cost']['prices'];

/**
 * Prices of one model in micro-dollars per million tokens, which is also
 * pico-dollars per token: a call's exact cost is an integer in pico-dollars.
 */
export interface ModelPrice {
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
}

const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = 0.1;

function fromUsdPerMtok(inputUsd: number, outputUsd: number, multipliers = { w5: CACHE_WRITE_5M, w1: CACHE_WRITE_1H, r: CACHE_READ }): ModelPrice {
  const input = usdToMicro(inputUsd);
  return {
    input,
    output: usdToMicro(outputUsd),
    cacheWrite5m: Math.round(input * multipliers.w5),
    cacheWrite1h: Math.round(input * multipliers.w1),
    cacheRead: Math.round(input * multipliers.r),
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
export function modelFamily(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^(?:openai|google|models|anthropic|azure|copilot|vertex_ai|gemini)\//, '')
    .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
    .replace(/\[[^\]]*\]$/, '')
    .replace(/-v\d+(?::\d+)?$/, '')
    .replace(/@(?:\d{8}|latest)$/, '')
    .replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/, '')
    .replace(/(\d)\.(\d)/g, '$1-$2');
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
const LIST_PRICES: Record<string, [input: number, output: number, cachedShare: number]> = {
  // platform.openai.com/docs/pricing
  'gpt-5': [1.25, 10, 0.1],
  'gpt-5-codex': [1.25, 10, 0.1],
  'gpt-5-1': [1.25, 10, 0.1],
  'gpt-5-1-codex': [1.25, 10, 0.1],
  'gpt-5-1-codex-max': [1.25, 10, 0.1],
  'gpt-5-mini': [0.25, 2, 0.1],
  'gpt-5-1-codex-mini': [0.25, 2, 0.1],
  'gpt-5-nano': [0.05, 0.4, 0.1],
  'gpt-4-1': [2, 8, 0.25],
  'gpt-4-1-mini': [0.4, 1.6, 0.25],
  'gpt-4-1-nano': [0.1, 0.4, 0.25],
  o3: [2, 8, 0.25],
  'o4-mini': [1.1, 4.4, 0.25],
  'codex-mini': [1.5, 6, 0.25],
  // ai.google.dev/gemini-api/docs/pricing (paid tier, prompts ≤ 200k tokens)
  'gemini-2-5-pro': [1.25, 10, 0.1],
  'gemini-2-5-flash': [0.3, 2.5, 0.1],
  'gemini-2-5-flash-lite': [0.1, 0.4, 0.1],
  'gemini-3-pro-preview': [2, 12, 0.1],
};

/** The built-in price of a model family, or undefined when the table does not know it. */
export function builtInPrice(family: string): ModelPrice | undefined {
  if (family === 'claude-haiku-4-5') return HAIKU_4_5;
  if (family === 'claude-sonnet-4-5' || family === 'claude-sonnet-4-6') return SONNET_4_X;
  const opus = /^claude-opus-(\d+)(?:-(\d+))?$/.exec(family);
  if (opus) {
    const major = Number(opus[1]);
    const minor = Number(opus[2] ?? 0);
    if (major > 4 || (major === 4 && minor >= 5)) return OPUS_4_5_AND_LATER;
  }
  const listed = Object.hasOwn(LIST_PRICES, family) ? LIST_PRICES[family] : undefined;
  // No cache-write charge at these providers; were a reader to report one, it is priced as input.
  return listed ? fromUsdPerMtok(listed[0], listed[1], { w5: 1, w1: 1, r: listed[2] }) : undefined;
}

/**
 * Resolves and remembers model prices: the policy override for the exact id,
 * then for its family, then the built-in table. An unknown model has no price;
 * it is never priced at zero.
 */
export class PriceBook {
  private readonly resolved = new Map<string, ModelPrice | undefined>();

  constructor(private readonly overrides: PriceOverrides = {}) {}

  find(model: string): ModelPrice | undefined {
    if (this.resolved.has(model)) return this.resolved.get(model);
    const family = modelFamily(model);
    // Own keys only: a model named `constructor` must not find Object's.
    const own = (key: string) => (Object.hasOwn(this.overrides, key) ? this.overrides[key] : undefined);
    const override = own(model) ?? own(family);
    const price = override
      ? fromUsdPerMtok(override.input_per_mtok, override.output_per_mtok, {
          w5: override.cache_write_5m_multiplier,
          w1: override.cache_write_1h_multiplier,
          r: override.cache_read_multiplier,
        })
      : builtInPrice(family);
    this.resolved.set(model, price);
    return price;
  }

  /** The price of a model, or a ConfigurationError saying how to price it. */
  require(model: string, where: { file?: string; line?: number } = {}): ModelPrice {
    const price = this.find(model);
    if (price) return price;
    throw new ConfigurationError(`model '${model}' has no price: the built-in table covers Claude Haiku 4.5, Sonnet 4.5/4.6 and Opus 4.5 and later, OpenAI's GPT-5, GPT-4.1, o3/o4-mini and Codex models, and Gemini 2.5 and 3 Pro; an unpriced model is not counted as free.`, {
      ...where,
      field: `cost.prices.${modelFamily(model)}`,
      fix: `add the model's list price to the policy: cost.prices.${modelFamily(model)}: { input_per_mtok: …, output_per_mtok: … }.`,
    });
  }

  /** Exact cost of some tokens of one model, rounded to the nearest micro-dollar. */
  cost(model: string, counts: TokenCounts, where?: { file?: string; line?: number }): number {
    return costMicro(this.require(model, where), counts);
  }
}

/** Σ tokens × price is exact in pico-dollars; one rounding to micro-dollars at the end. */
export function costMicro(price: ModelPrice, c: TokenCounts): number {
  const pico =
    c.input * price.input +
    c.output * price.output +
    c.cacheWrite5m * price.cacheWrite5m +
    c.cacheWrite1h * price.cacheWrite1h +
    c.cacheRead * price.cacheRead;
  if (Number.isSafeInteger(pico)) return divideRounded(pico, 1_000_000);
  // Aggregates of billions of tokens: the same sum in BigInt.
  const big =
    BigInt(c.input) * BigInt(price.input) +
    BigInt(c.output) * BigInt(price.output) +
    BigInt(c.cacheWrite5m) * BigInt(price.cacheWrite5m) +
    BigInt(c.cacheWrite1h) * BigInt(price.cacheWrite1h) +
    BigInt(c.cacheRead) * BigInt(price.cacheRead);
  return Number((big + 500_000n) / 1_000_000n);
}

const booksByOverrides = new WeakMap<PriceOverrides, PriceBook>();

/**
 * The cost in micro-dollars of one model call, from the API's usage object.
 * The runner projects its budget with this, so runner and guard agree to the
 * micro-dollar. Throws a ConfigurationError for a model without a price.
 */
export function priceCall(model: string, usage: CallUsage, prices: PriceOverrides = {}): number {
  let book = booksByOverrides.get(prices);
  if (!book) {
    book = new PriceBook(prices);
    booksByOverrides.set(prices, book);
  }
  return book.cost(model, countsFromUsage(usage));
}

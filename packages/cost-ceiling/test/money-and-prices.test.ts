import { describe, expect, it } from 'vitest';
import type { Usage } from '@anthropic-ai/sdk/resources/messages/messages';
import { ConfigurationError } from '@agent-guards/action-kit';
import { policyWith } from './support/ledgers.js';
import { formatUsd, fractionBelow, microToDecimal, modelFamily, PriceBook, priceCall, usdToMicro, UsageTotals } from '../src/index.js';

describe('micro-dollar arithmetic', () => {
  it('sums a million $0.0117 calls to exactly $11,700 where floating point drifts', () => {
    let floatSum = 0;
    const totals = new UsageTotals();
    const perCall = usdToMicro(0.0117);
    for (let i = 0; i < 1_000_000; i += 1) {
      floatSum += 0.0117;
      totals.add({ input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 }, perCall);
    }
    expect(floatSum).not.toBe(11_700);
    expect(totals.costMicro).toBe(11_700_000_000);
    expect(formatUsd(totals.costMicro)).toBe('$11700.00');
  });

  it('prints exact decimals, never rounding a cent away', () => {
    expect(microToDecimal(4_500_000)).toBe('4.50');
    expect(microToDecimal(4_510_001)).toBe('4.510001');
    expect(microToDecimal(7)).toBe('0.000007');
    expect(microToDecimal(0)).toBe('0.00');
    expect(usdToMicro(0.1 + 0.2)).toBe(300_000);
  });

  it('compares rates in integers: 80 of 100 is not below 80%, 79 of 100 is', () => {
    expect(fractionBelow(80, 100, 0.8)).toBe(false);
    expect(fractionBelow(79, 100, 0.8)).toBe(true);
    expect(fractionBelow(7_999_999_999, 10_000_000_000, 0.8)).toBe(true);
  });
});

describe('prices', () => {
  const sonnet: Usage = {
    input_tokens: 1_000_000,
    output_tokens: 1_000_000,
    cache_creation_input_tokens: 1_000_000,
    cache_read_input_tokens: 1_000_000,
    cache_creation: { ephemeral_5m_input_tokens: 400_000, ephemeral_1h_input_tokens: 600_000 },
    inference_geo: null,
    output_tokens_details: null,
    server_tool_use: null,
    service_tier: 'standard',
    speed: null,
  };

  it('prices a Messages API usage object: input, output, both cache-write TTLs and cache reads', () => {
    // $3 + $15 + 0.4 × $3.75 + 0.6 × $6 + $0.30
    expect(priceCall('claude-sonnet-4-6', sonnet, {})).toBe(3_000_000 + 15_000_000 + 1_500_000 + 3_600_000 + 300_000);
  });

  it('prices cache writes at the 5-minute rate when the TTL breakdown is absent', () => {
    expect(priceCall('claude-haiku-4-5', { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 1_000_000 }, {})).toBe(1_250_000);
  });

  it('knows the current models by family, with date suffixes and provider spellings', () => {
    const usage = { input_tokens: 1_000_000, output_tokens: 1_000_000 };
    expect(priceCall('claude-haiku-4-5-20251001', usage)).toBe(6_000_000);
    expect(priceCall('claude-sonnet-4-5-20250929', usage)).toBe(18_000_000);
    expect(priceCall('us.anthropic.claude-sonnet-4-5-20250929-v1:0', usage)).toBe(18_000_000);
    expect(priceCall('claude-sonnet-4-5@20250929', usage)).toBe(18_000_000);
    expect(priceCall('claude-opus-4-5-20251101', usage)).toBe(30_000_000);
    expect(priceCall('claude-opus-4-6', usage)).toBe(30_000_000);
    expect(priceCall('claude-opus-5', usage)).toBe(30_000_000);
    expect(modelFamily('claude-sonnet-4-6[1m]')).toBe('claude-sonnet-4-6');
  });

  it('rounds one call to the nearest micro-dollar from an exact pico-dollar sum', () => {
    // 1 cache-read token of Haiku is $0.0000001: 0.1 µ$ rounds to 0, 5 of them to 1 (half up).
    expect(priceCall('claude-haiku-4-5', { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 1 })).toBe(0);
    expect(priceCall('claude-haiku-4-5', { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 5 })).toBe(1);
  });

  it('refuses an unpriced model instead of counting it free, and says how to price it', () => {
    expect(() => priceCall('claude-opus-4-1-20250805', { input_tokens: 10, output_tokens: 10 })).toThrow(ConfigurationError);
    expect(() => priceCall('claude-3-5-haiku-20241022', { input_tokens: 10, output_tokens: 10 })).toThrow(/cost\.prices\.claude-3-5-haiku/);
  });

  it('takes policy overrides by exact id or by family, with their own cache multipliers', () => {
    const policy = policyWith({
      prices: {
        'claude-opus-4-1': { input_per_mtok: 15, output_per_mtok: 75 },
        'claude-sonnet-4-6': { input_per_mtok: 2, output_per_mtok: 10, cache_read_multiplier: 0.05 },
      },
    });
    const book = new PriceBook(policy.cost.prices);
    expect(book.cost('claude-opus-4-1-20250805', { input: 1_000_000, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 })).toBe(15_000_000);
    expect(book.cost('claude-sonnet-4-6', { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 1_000_000 })).toBe(100_000);
  });

  it('stays exact for aggregates past 2^53 pico-dollars', () => {
    const book = new PriceBook();
    const billions = { input: 0, output: 3_000_000_001, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
    expect(book.cost('claude-opus-4-6', billions)).toBe(75_000_000_025);
  });
});

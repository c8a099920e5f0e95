import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPlaceholderSha as cliRule } from '../../packages/cli/src/setup/workflow-pins.js';
// @ts-expect-error: the release scripts are plain ESM without type declarations.
import { isPlaceholderSha as releaseRule } from '../../scripts/release/pins.mjs';

// doctor and init (the CLI package) and the release (its scripts, which run before any build) each
// ask whether a pin is a placeholder; they must give one answer.
describe('what counts as a placeholder SHA', () => {
  const samples = [
    ...[...'0123456789abcdef'].map((c) => c.repeat(40)),
    '0'.repeat(39),
    '0'.repeat(41),
    `${'0'.repeat(39)}1`,
    `1${'0'.repeat(39)}`,
    '<release commit>',
    'v1.4.0',
    '',
    ...Array.from({ length: 200 }, () => randomBytes(20).toString('hex')),
  ];

  it('is the same for doctor and init as for the release', () => {
    for (const ref of samples) expect(cliRule(ref), ref).toBe((releaseRule as (ref: string) => boolean)(ref));
  });

  it('takes every repeated digit, not only zero, and no real-looking SHA', () => {
    expect(cliRule('f'.repeat(40))).toBe(true);
    expect(cliRule('0'.repeat(40))).toBe(true);
    expect(cliRule(`${'0'.repeat(39)}1`)).toBe(false);
  });
});

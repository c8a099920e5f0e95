import { describe, expect, it } from 'vitest';
import { compareText, groupDigits } from '../src/index.js';

describe('text order and counts without ICU', () => {
  it('orders as code units do, the same in every locale: upper case before lower, shorter prefix first', () => {
    const paths = ['src/b.ts', 'src/B.ts', 'src/a.ts', 'src', 'src/a/b.ts', 'Z.md', 'é.md', 'e.md', ''];
    expect([...paths].sort(compareText)).toEqual([...paths].sort());
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('a', 'b')).toBeLessThan(0);
    expect(compareText('b', 'a')).toBeGreaterThan(0);
  });

  it('groups the digits of any integer as en-US does', () => {
    const values = [0, 1, -1, 7, 12, 999, 1000, -1000, 1234, 99_999, 100_000, 1_234_567, -1_234_567, 10 ** 12, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 200; i += 1) values.push(Math.floor(Math.random() * 10 ** (i % 16)) * (i % 2 ? 1 : -1));
    for (const n of values) expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-US'));
    // Fractions and numbers past 2^53 are left to the locale formatting.
    expect(groupDigits(1234.5)).toBe((1234.5).toLocaleString('en-US'));
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newSpanId, newTraceId, RANDOM_DEVICE, randomHex } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'random-hex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('randomHex', () => {
  it('reads the random device: as many bytes as asked, in lower-case hex, different each time', () => {
    const ids = new Set(Array.from({ length: 64 }, () => randomHex(16, RANDOM_DEVICE)));
    expect(ids.size).toBe(64);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('takes the bytes from the device it is given', () => {
    // A file standing in for the device: what it holds is what comes back.
    const device = join(dir, 'fixed');
    writeFileSync(device, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x01]));
    expect(randomHex(4, device)).toBe('deadbeef');
  });

  it('falls back to node:crypto where there is no device, or it holds too few bytes', () => {
    const short = join(dir, 'short');
    writeFileSync(short, Buffer.from([1, 2]));
    for (const device of [join(dir, 'no-such-device'), short]) {
      const ids = new Set(Array.from({ length: 16 }, () => randomHex(8, device)));
      expect(ids.size).toBe(16);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('makes the trace and span ids of W3C Trace Context', () => {
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(newSpanId()).toMatch(/^[0-9a-f]{16}$/);
    expect(newTraceId()).not.toBe(newTraceId());
  });
});

import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run bench`: files under bench/ measure and print ratios; they never assert on time.
// The include list replaces the tests' one (mergeConfig would concatenate them).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['bench/**/*.bench.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    fileParallelism: false,
  },
});

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run bench`: files under bench/ measure and print ratios; they never assert on time.
// They measure the compiled packages (lib/, as `npm run build` writes them and the actions bundle
// them), not the test-time transform of the sources: `prebench` builds first.
// The include list replaces the tests' one (mergeConfig would concatenate them).
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const alias = readdirSync(packagesDir).flatMap((name) => [
  { find: new RegExp(`^@agent-guards/${name}$`), replacement: `${packagesDir}${name}/lib/index.js` },
  { find: new RegExp(`^@agent-guards/${name}/(.+)$`), replacement: `${packagesDir}${name}/lib/$1.js` },
]);

export default defineConfig({
  ...base,
  resolve: { alias },
  test: {
    ...base.test,
    include: ['bench/**/*.bench.ts'],
    // Loaded by Node itself, as an action loads them, not through vitest's module transform.
    server: { deps: { external: [/\/packages\/[^/]+\/lib\//] } },
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    fileParallelism: false,
  },
});

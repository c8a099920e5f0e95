import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against package sources, so `npm test` needs no build step.
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
// A package's subpath export (`@agent-guards/guards/catalog`) is its source file of that name.
const alias = readdirSync(packagesDir).flatMap((name) => [
  { find: new RegExp(`^@agent-guards/${name}$`), replacement: `${packagesDir}${name}/src/index.ts` },
  { find: new RegExp(`^@agent-guards/${name}/(.+)$`), replacement: `${packagesDir}${name}/src/$1.ts` },
]);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/harness/temp-root.ts'],
  },
});

import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { defaultPatterns, isTestPath, testLanguageOf } from '../src/index.js';

/** The answers that existed before this one, kept here to compare against: the runner's, spec-conformance's. */
const RUNNER_GLOBS = ['**/test/**', '**/tests/**', '**/__tests__/**', '**/spec/**', '**/specs/**', '**/testing/**', '**/*.test.*', '**/*.spec.*', '**/*_test.*', '**/*_spec.*', '**/test_*.py', '**/conftest.py', '**/*Test.java', '**/*Tests.java', '**/*Test.kt'];
const SPEC_GLOBS = ['**/test/**', '**/tests/**', '**/__tests__/**', '**/src/test/**', 'spec/**', '**/*_spec.rb', '**/*.test.*', '**/*.spec.*', '**/*_test.go', '**/*_test.py', '**/test_*.py', '**/conftest.py', '**/*Test.java', '**/*Tests.java', '**/*Test.kt'];
const former = (globs: string[]) => (path: string) => globs.some((g) => minimatch(path, g, { dot: true, nocase: true }));

/** Paths from the ecosystems the guards know, and whether they hold tests or their support. */
const CASES: [string, boolean][] = [
  ['tests/test_cart.py', true],
  ['tests/__init__.py', true],
  ['tests/fixtures/order.json', true],
  ['src/shop/conftest.py', true],
  ['pkg/cart_test.py', true],
  ['inventory/stock_test.go', true],
  ['inventory/testdata/levels.json', true],
  ['src/cart/cart.test.ts', true],
  ['src/cart/cart.spec.tsx', true],
  ['src/cart/__tests__/cart.ts', true],
  ['src/cart/__snapshots__/cart.test.ts.snap', true],
  ['test/helpers.js', true],
  ['spec/models/user_spec.rb', true],
  ['spec/support/helpers.rb', true],
  ['src/test/java/shop/CartTest.java', true],
  ['src/test/resources/orders.json', true],
  ['app/src/main/java/shop/CartTests.java', true],
  ['rust/tests/cart.rs', true],
  ['src/cart/cart.ts', false],
  ['src/cart.py', false],
  ['inventory/stock.go', false],
  ['src/lib.rs', false],
  ['docs/testing-strategy.md', false],
  ['src/contest.py', false],
  ['src/latest/index.ts', false],
  // A TypeScript package named spec is not RSpec's folder.
  ['packages/spec/src/guard.ts', false],
  ['packages/spec-conformance/src/spec-document.ts', false],
  ['src/specs/catalog.ts', false],
];

describe('what a test file is: one answer', () => {
  it.each(CASES)('%s → %s', (path, expected) => {
    expect(isTestPath(path)).toBe(expected);
  });

  it('counts every file a framework collects by default (but any .rs file, which may hold inline tests)', () => {
    const collected = CASES.map(([p]) => p).filter((p) => testLanguageOf(p, defaultPatterns()) !== undefined && !p.endsWith('.rs'));
    expect(collected.length).toBeGreaterThan(8);
    for (const p of collected) expect(isTestPath(p), p).toBe(true);
  });

  it('agrees with both former answers wherever they agreed with each other, and says which way it went where they did not', () => {
    const runner = former(RUNNER_GLOBS);
    const spec = former(SPEC_GLOBS);
    const differences: string[] = [];
    for (const [path] of CASES) {
      if (runner(path) === spec(path)) {
        if (isTestPath(path) !== runner(path)) differences.push(`${path}: both said ${runner(path)}, now ${isTestPath(path)}`);
      } else differences.push(`${path}: runner ${runner(path)}, spec ${spec(path)} → ${isTestPath(path)}`);
    }
    expect(differences).toEqual([
      // Test data of Go packages: neither list had testdata/, which `go test` reads and never builds.
      'inventory/testdata/levels.json: both said false, now true',
      // A TypeScript package or folder named spec(s) is not a test: only Ruby's spec/ is.
      'packages/spec/src/guard.ts: runner true, spec false → false',
      'src/specs/catalog.ts: runner true, spec false → false',
    ]);
  });
});

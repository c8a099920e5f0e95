/**
 * Lists a checkout's tests through vitest's own Node API without running
 * them: `createVitest(...).collect()` evaluates each test file, as
 * `vitest list` does, and this script writes every test with its mode as
 * vitest resolved it (`skip`, `todo`, `skipIf`/`runIf` conditions evaluated,
 * focus applied), its `fails` flag and its line.
 *
 * Usage: node skip_set_vitest_collect.mjs <vitest/node entry> <output.json>
 * (run in the checkout; the entry is the checkout's own vitest).
 *
 * `allowOnly` is off on purpose: vitest then marks a focused test or suite
 * with an "Unexpected .only modifier" error at collection, which is how a
 * focused test is told apart from the tests its focus stops.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [entry, out] = process.argv.slice(2);
const { createVitest, version } = await import(pathToFileURL(entry).href);

const message = (e) => `${e?.name ?? 'Error'}: ${e?.message ?? String(e)}`;
const collectionErrors = (task) => (task.result?.state === 'fail' ? (task.result.errors ?? []).map(message) : []);
const isFocusError = (text) => /\.only\b/.test(text);

function describeTest(test) {
  const suite = [];
  let focused = false;
  const errors = [];
  const read = (task) => {
    for (const own of collectionErrors(task)) {
      if (isFocusError(own)) focused = true;
      else errors.push(own);
    }
  };
  read(test.task);
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) {
    suite.unshift(p.name);
    read(p.task);
  }
  return { name: test.name, suite, mode: test.options.mode, fails: Boolean(test.options.fails), focused, line: test.location?.line ?? 0, errors };
}

const vitest = await createVitest('test', { watch: false, run: true, includeTaskLocation: true, allowOnly: false, passWithNoTests: true, reporters: [] });
try {
  const { testModules, unhandledErrors } = await vitest.collect();
  const files = testModules.map((m) => ({
    path: m.moduleId,
    errors: m.errors().map(message),
    tests: [...m.children.allTests()].map(describeTest),
  }));
  writeFileSync(out, JSON.stringify({ version, files, unhandledErrors: unhandledErrors.map(message) }));
} finally {
  await vitest.close();
}

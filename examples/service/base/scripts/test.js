// Runs the test files in one Node process (node:test), rather than one process per file as
// `node --test` does: the suite starts in a fraction of the time. With arguments, only the test
// files whose paths contain one of them run (the agent runner narrows a run this way).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : []))
    .sort();
}

const filters = process.argv.slice(2);
const files = testFiles('tests').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x.replace(/^\.\//, ''))));
if (files.length === 0) {
  console.error(`no test file matches ${filters.join(', ')}`);
  process.exit(1);
}
for (const file of files) await import(pathToFileURL(resolve(file)).href);

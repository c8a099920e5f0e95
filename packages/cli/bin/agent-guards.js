#!/usr/bin/env node
// A committed shim so npm links the bin at install time. It runs the CLI's bundle, which loads in a few
// files what lib/ loads in hundreds of modules: `npm run build` writes it to packages/cli/dist/, and the
// npm package carries it at the same place under the package. Where only tsc has run (the agent
// pipeline builds the CLI with `tsc -b packages/cli`), it runs the compiled lib/ as it is.
import { existsSync } from 'node:fs';

const entry = ['../dist/bin.js', '../packages/cli/dist/bin.js', '../lib/bin.js'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
if (!entry) {
  process.stderr.write('agent-guards: the CLI is not built yet. Run `npm run build` in the agent-guards repository first.\n');
  process.exit(2);
}
await import(entry.href);

#!/usr/bin/env node
// A committed shim so npm links the bin at install time. It runs the CLI's bundle (`npm run build`
// writes it to packages/cli/dist/; the npm package carries it at the same place under the package),
// which loads in a few files what lib/ loads in hundreds of modules.
import { existsSync } from 'node:fs';

const entry = [new URL('../dist/bin.js', import.meta.url), new URL('../packages/cli/dist/bin.js', import.meta.url)].find((url) => existsSync(url));
if (!entry) {
  process.stderr.write('agent-guards: the CLI is not built yet. Run `npm run build` in the agent-guards repository first.\n');
  process.exit(2);
}
await import(entry.href);

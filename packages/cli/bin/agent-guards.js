#!/usr/bin/env node
// A committed shim so npm links the bin at install time; the CLI itself is compiled to lib/ by `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../lib/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('agent-guards: the CLI is not built yet. Run `npm run build` in the agent-guards repository first.\n');
  process.exit(2);
}
await import(entry.href);

// Writes the JSON Schemas generated from the zod schemas to schemas/.
// `--write` updates them; without it, exits 1 when a published schema is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const write = process.argv.includes('--write');
const entries = [];
for (const pkg of ['config', 'spec', 'boundaries', 'cost', 'report', 'eval']) {
  const lib = join('packages', pkg, 'lib', 'index.js');
  if (!existsSync(lib)) continue;
  const mod = await import(pathToFileURL(lib).href);
  for (const value of Object.values(mod)) {
    if (Array.isArray(value) && value.every((e) => e && typeof e.file === 'string' && e.file.endsWith('.schema.json') && e.schema)) entries.push(...value);
    else if (value && typeof value === 'object' && typeof value.file === 'string' && value.file.endsWith('.schema.json') && value.schema) entries.push(value);
  }
}
const { toJsonSchemaText } = await import(pathToFileURL(join('packages', 'config', 'lib', 'index.js')).href);
mkdirSync('schemas', { recursive: true });
const stale = [];
const seen = new Set();
for (const entry of entries) {
  if (seen.has(entry.file)) continue;
  seen.add(entry.file);
  const path = join('schemas', entry.file);
  const text = toJsonSchemaText(entry);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    stale.push(path);
    if (write) writeFileSync(path, text);
  }
}
if (stale.length > 0) console.log(`${write ? 'updated' : 'stale (run npm run schemas)'}: ${stale.join(', ')}`);
if (!write && stale.length > 0) process.exit(1);

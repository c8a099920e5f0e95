import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI's version, from the package.json of the package it runs from: the
 * nearest one above this module that declares the `agent-guards` bin. That
 * holds from the compiled lib/, from an installed package and from a bundle
 * of the CLI placed anywhere inside its package (import.meta.url is then
 * the bundle's own file).
 */
export function cliVersion(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.bin && typeof manifest.bin === 'object' && 'agent-guards' in manifest.bin && typeof manifest.version === 'string') return manifest.version;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json declaring the agent-guards bin above ${fileURLToPath(moduleUrl)}: the CLI was copied out of its package.`);
    dir = parent;
  }
}

function readManifest(path: string): { version?: unknown; bin?: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as { version?: unknown; bin?: unknown };
}

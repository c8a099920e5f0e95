import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder above `moduleUrl` nearest to it that holds `relativePath`, or undefined. The files
 * the CLI ships beside its code (the templates, the example service) are found this way: an
 * installed CLI package carries them in its own folder, a checkout of agent-guards has them at its
 * root, and either is above every module of the CLI — from src/, from lib/ and from a bundle.
 */
export function findShipped(relativePath: string, moduleUrl: string = import.meta.url): string | undefined {
  for (let dir = dirname(fileURLToPath(moduleUrl)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, relativePath))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `relativePath` in the nearest folder that ships it; an error that says the installation is incomplete otherwise. */
export function shippedPath(relativePath: string, moduleUrl: string = import.meta.url): string {
  const root = findShipped(relativePath, moduleUrl);
  if (!root) throw new Error(`the agent-guards files ${relativePath}/ are in no folder above ${fileURLToPath(moduleUrl)}: the CLI installation is incomplete; reinstall it.`);
  return join(root, relativePath);
}

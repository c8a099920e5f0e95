import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A Node module hook that appends the URL of every module a process loads to a file: what a
 * command line or an action loads, not how long it takes. A process takes it with
 * `node --import <register> …` (or NODE_OPTIONS); `urls()` reads what it loaded, in order.
 * The temp folder is the caller's to remove (`dir`).
 */
export function moduleLoadLog(): { dir: string; register: string; urls(): string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'module-load-log-'));
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return { dir, register: pathToFileURL(register).href, urls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

// Service linter: every module is type-checked from JSDoc and has no debugging leftovers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.mjs')) {
      const text = readFileSync(path, 'utf8');
      if (!text.startsWith('// @ts-check')) problems.push(`${path}: missing // @ts-check`);
      text.split('\n').forEach((line, i) => {
        if (/\bconsole\.log\(|\bdebugger\b/.test(line)) problems.push(`${path}:${i + 1}: debugging leftover`);
      });
    }
  }
};
walk('src');
for (const p of problems) process.stderr.write(`${p}\n`);
process.exitCode = problems.length > 0 ? 1 : 0;

// Bundles every JS action's compiled lib/index.js into a committed dist/ with ncc.
// CI rebuilds the bundles and fails when dist/ differs (check-dist).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LEX_WORKER_ROLE } from '../packages/source-lexing/lib/python-lexer.js';

const LEXER_MODULE = 'packages/source-lexing/lib/python-lexer.js';

const only = process.argv.slice(2);
const actions = readdirSync('actions').filter((name) => existsSync(join('actions', name, 'src', 'index.ts')) && (only.length === 0 || only.includes(name)));
for (const name of actions) {
  const dir = join('actions', name);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', join(dir, 'lib', 'index.js'), '-o', join(dir, 'dist'), '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  // A bundle that scans directories lexes Python on a worker thread: the worker script is the
  // lexer module itself (it imports only Node built-ins), copied beside the bundle. The lexer may
  // sit in a chunk that loads when the scan starts, not in index.js.
  const chunks = readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.js'));
  if (chunks.some((f) => readFileSync(join(dir, 'dist', f), 'utf8').includes(LEX_WORKER_ROLE))) copyFileSync(LEXER_MODULE, join(dir, 'dist', 'python-lexer.js'));
  console.log(`bundled ${dir}/dist`);
}

// Bundles every JS action's compiled lib/index.js into a committed dist/ with ncc.
// CI rebuilds the bundles and fails when dist/ differs (check-dist).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const actions = readdirSync('actions').filter((name) => existsSync(join('actions', name, 'src', 'index.ts')) && (only.length === 0 || only.includes(name)));
for (const name of actions) {
  const dir = join('actions', name);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', join(dir, 'lib', 'index.js'), '-o', join(dir, 'dist'), '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  console.log(`bundled ${dir}/dist`);
}

// Bundles every JS action's compiled lib/index.js into a committed dist/ with rolldown (the options
// are in rolldown-bundle.mjs). CI rebuilds the bundles and fails when dist/ differs (check-dist).
//
//   node scripts/bundle.mjs [<action>…]
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleInto, ROOT } from './rolldown-bundle.mjs';

const only = process.argv.slice(2);
const actions = readdirSync(join(ROOT, 'actions')).filter((name) => existsSync(join(ROOT, 'actions', name, 'src', 'index.ts')) && (only.length === 0 || only.includes(name)));
for (const name of actions) {
  const dir = join(ROOT, 'actions', name);
  const dist = join(dir, 'dist');
  await bundleInto({ input: { index: join(dir, 'lib', 'index.js') }, dist });
  // The chunks are ES modules; dist/ says so itself, whatever package.json is above it.
  writeFileSync(join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  console.log(`bundled actions/${name}/dist`);
}

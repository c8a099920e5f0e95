// Regenerates the inputs/outputs tables in every actions/*/README.md from its action.yml, the guards
// composite action's table of guards from the guard registry, and manifest-scope's table of the
// built-in forbidden categories from config's list.
// `--write` updates the files; without it, exits 1 listing the READMEs that drifted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionMetadata, updateReadme } from '../packages/action-kit/lib/index.js';
import { updateGuardTable } from '../packages/guards/lib/index.js';
import { updateForbiddenCategoriesTable } from '../packages/manifest-scope/lib/index.js';

const write = process.argv.includes('--write');
const drifted = [];
for (const name of readdirSync('actions')) {
  const yml = join('actions', name, 'action.yml');
  const readme = join('actions', name, 'README.md');
  if (!existsSync(yml) || !existsSync(readme)) continue;
  const current = readFileSync(readme, 'utf8');
  const next = updateForbiddenCategoriesTable(updateGuardTable(updateReadme(current, parseActionMetadata(readFileSync(yml, 'utf8')))));
  if (next !== current) {
    drifted.push(readme);
    if (write) writeFileSync(readme, next);
  }
}
if (drifted.length > 0) console.log(`${write ? 'updated' : 'out of date'}: ${drifted.join(', ')}`);
if (!write && drifted.length > 0) process.exit(1);

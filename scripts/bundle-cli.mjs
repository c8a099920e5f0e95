// Bundles the CLI (packages/cli/lib/bin.js) into packages/cli/dist/, which its bin runs: ES modules,
// split where the CLI imports a command's code on demand, so `--help` parses the command table and
// a command parses its own code, each in a few files instead of hundreds of modules. `npm run build`
// runs this after tsc; scripts/pack-cli.mjs carries the result into the npm package at the same
// place (packages/cli/dist/ inside the package).
//
// The workspace modules find files relative to themselves (the sandbox's egress bridge, the skip-set
// collectors, the Python lexer's worker, the templates, the eval scenarios, the example service):
// in the bundle each one's import.meta.url/dirname/filename still names its own compiled module,
// packages/<name>/lib/…, computed from the chunk's location, so every such path is the one it is
// when lib/ runs unbundled — in this repository and in the npm package, which keeps that layout.
//
//   node scripts/bundle-cli.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { bundleInto, ROOT } from './rolldown-bundle.mjs';

const CLI = join(ROOT, 'packages', 'cli');
const DIST = join(CLI, 'dist');
const PACKAGES = join(ROOT, 'packages');

/** Every node of an ESTree program, depth first. */
function* nodes(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* nodes(n);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') yield* nodes(value);
}

/** A workspace module's import.meta.url, dirname and filename, as they are where tsc compiled it. */
function moduleLocations() {
  return {
    name: 'module-locations',
    transform: {
      filter: { code: 'import.meta' },
      handler(code, id) {
        const rel = relative(PACKAGES, id);
        if (rel.startsWith('..') || rel.split(sep).includes('node_modules')) return null;
        const file = relative(DIST, id).split(sep).join('/');
        const dir = relative(DIST, dirname(id)).split(sep).join('/');
        const replacements = {
          url: `new URL(${JSON.stringify(file)}, import.meta.url).href`,
          dirname: `process.getBuiltinModule('node:path').join(import.meta.dirname, ${JSON.stringify(dir)})`,
          filename: `process.getBuiltinModule('node:path').join(import.meta.dirname, ${JSON.stringify(file)})`,
        };
        const edits = [];
        for (const n of nodes(parseAst(code, { sourceType: 'module' }, id))) {
          if (n.type === 'MemberExpression' && n.object?.type === 'MetaProperty' && !n.computed && replacements[n.property?.name]) edits.push([n.start, n.end, replacements[n.property.name]]);
        }
        if (edits.length === 0) return null;
        let out = code;
        for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

const chunks = await bundleInto({ input: { bin: join(CLI, 'lib', 'bin.js') }, dist: DIST, plugins: [moduleLocations()] });
// Which source modules each chunk holds: what the start-up tests read to tell which modules a command line loaded.
const modules = Object.fromEntries(chunks.map((c) => [c.fileName, c.moduleIds.filter((id) => !id.startsWith('\0')).map((id) => relative(ROOT, id).split(sep).join('/'))]));
writeFileSync(join(DIST, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);

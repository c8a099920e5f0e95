// Packs the CLI as a standalone npm package: `npm install <tarball>` in an empty directory gives a working
// `agent-guards`. The workspace packages it uses are private, so their compiled modules are carried inside
// the package; third-party packages stay ordinary dependencies, installed from the registry.
//
// Every module keeps its own file (rolldown, preserveModules): the commands the CLI loads on demand stay
// separate, and code that finds its files beside itself (`new URL('…', import.meta.url)`: the sandbox's
// egress bridge, the skip-set collectors, the Python lexer's worker; the package.json and templates that
// --version and init read) finds them at the same relative place as in this repository —
//
//   <package>/lib/…                    packages/cli/lib/…
//   <package>/packages/<name>/lib/…    packages/<name>/lib/… (and the files those modules read)
//   <package>/action-templates/…       action-templates/ (the release's stamped templates)
//   <package>/examples/service/…       examples/service/ (the service `agent-guards demo` builds)
//
// Run after `npm run build`; prints the tarball's path.
//
//   node scripts/pack-cli.mjs [--out DIR]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLI_PACKAGE, REPOSITORY } from './release/config.mjs';
import { workingTree } from './release/tree.mjs';
import { referencesIn } from './release/verify.mjs';

class PackError extends Error {}

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const CLI = join(ROOT, CLI_PACKAGE);
const PACKAGES = join(ROOT, 'packages');
/** Manifest fields the published package takes from packages/cli/package.json as they are. */
const CARRIED_FIELDS = ['name', 'version', 'description', 'license', 'keywords', 'type', 'bin', 'engines', 'publishConfig', 'files'];

const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const packageNameOf = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');

/** The workspace package a file belongs to (`packages/<name>/…`), or undefined. */
function workspaceOf(file) {
  const rel = relative(PACKAGES, file);
  if (rel.startsWith('..') || rel.includes(`..${sep}`)) return undefined;
  return rel.split(sep)[0];
}

/** Where a compiled module of this repository goes in the package. */
function placeOf(file) {
  const name = workspaceOf(file);
  if (!name) throw new PackError(`${relative(ROOT, file)} is not a module of a workspace package; the CLI package carries only those.`);
  const inPackage = relative(join(PACKAGES, name), file).split(sep).join('/');
  return name === 'cli' ? inPackage : `packages/${name}/${inPackage}`;
}

/** The compiled module of each source file (lib/ may still hold outputs of deleted sources). */
function compiledModulesOf(packageDir) {
  const src = join(packageDir, 'src');
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(packageDir, 'lib', relative(src, join(e.parentPath, e.name)).replace(/\.ts$/, '.js')));
}

function requireBuilt() {
  const missing = readdirSync(PACKAGES).filter((name) => existsSync(join(PACKAGES, name, 'src')) && !existsSync(join(PACKAGES, name, 'lib')));
  const unbuilt = compiledModulesOf(CLI).filter((file) => !existsSync(file));
  if (!existsSync(join(CLI, 'dist', 'bin.js'))) unbuilt.push(join(CLI, 'dist', 'bin.js'));
  if (missing.length > 0 || unbuilt.length > 0) {
    const what = missing.length > 0 ? `no lib/ in ${missing.map((n) => `packages/${n}`).join(', ')}` : `no ${relative(ROOT, unbuilt[0])}`;
    throw new PackError(`the workspace is not built (${what}): run npm run build first.`);
  }
}

/** The templates init writes must be the release the package's version names. */
function requireTemplatesOf(version) {
  const tree = workingTree(ROOT);
  const named = referencesIn(tree).filter((ref) => ref.kind === 'pin' && ref.file.startsWith('action-templates/') && ref.comment !== `v${version}`);
  if (named.length > 0) {
    throw new PackError(`${named[0].file}:${named[0].line} pins ${named[0].comment ?? 'no version'}, but ${CLI_PACKAGE}/package.json says ${version}: the package would write the templates of another release. Release with node scripts/release.mjs, which sets both.`);
  }
}

/** The version range each third-party package is declared with, by the workspace packages and the root. */
function declaredRanges() {
  const ranges = new Map();
  const manifests = [...readdirSync(PACKAGES).map((name) => join(PACKAGES, name, 'package.json')).filter(existsSync), join(ROOT, 'package.json')];
  for (const path of manifests) {
    const manifest = readJson(path);
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      if (name.startsWith('@agent-guards/')) continue;
      const by = ranges.get(name) ?? new Map();
      by.set(workspaceOf(path) ?? '(root)', range);
      ranges.set(name, by);
    }
  }
  return ranges;
}

async function bundleModules(stage) {
  // Every CLI module is an entry, so a command loaded by a computed path is there too; the workspace
  // packages contribute the modules the CLI reaches.
  const inputs = Object.fromEntries(compiledModulesOf(CLI).map((file) => [placeOf(file).replace(/\.js$/, ''), file]));
  const imported = new Map();
  // Loaded here, so a checkout without node_modules still gets the checks above and their fixes.
  const { build } = await import('rolldown');
  const output = await build({
    input: inputs,
    platform: 'node',
    logLevel: 'silent',
    treeshake: false,
    external(id, importer) {
      if (isBuiltin(id)) return true;
      if (/^[./]/.test(id) || id.startsWith('@agent-guards/') || !importer) return false;
      const name = packageNameOf(id);
      const users = imported.get(name) ?? new Set();
      users.add(workspaceOf(importer) ?? relative(ROOT, importer));
      imported.set(name, users);
      return true;
    },
    output: {
      dir: stage,
      format: 'esm',
      preserveModules: true,
      entryFileNames: (chunk) => (chunk.facadeModuleId && !chunk.facadeModuleId.startsWith('\0') ? placeOf(chunk.facadeModuleId) : `lib/_virtual/${chunk.name.replace(/[^\w.-]/g, '_')}.js`),
      chunkFileNames: 'lib/_virtual/[name]-[hash].js',
    },
  });
  const modules = output.output.filter((o) => o.type === 'chunk').flatMap((chunk) => chunk.moduleIds.filter((id) => !id.startsWith('\0')));
  return { modules, imported };
}

/** The files beside the modules that they read at run time (`new URL('<literal>', import.meta.url)` within their package). */
function copyAdjacentFiles(stage, modules) {
  const copied = new Set();
  for (const file of modules) {
    const name = workspaceOf(file);
    if (!name) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g)) {
      const target = resolve(dirname(file), m[2]);
      if (workspaceOf(target) !== name || !existsSync(target) || copied.has(target)) continue;
      if (statSync(target).isFile() && target.endsWith('.js') && target.includes(`${sep}lib${sep}`)) continue;
      cpSync(target, join(stage, placeOf(target)), { recursive: true });
      copied.add(target);
    }
  }
  return [...copied].map((p) => relative(ROOT, p));
}

function manifest(imported) {
  const own = readJson(join(CLI, 'package.json'));
  const ranges = declaredRanges();
  const dependencies = {};
  for (const [name, users] of [...imported].sort(([a], [b]) => a.localeCompare(b))) {
    const declared = ranges.get(name);
    const range = [...users].map((user) => declared?.get(user)).find(Boolean) ?? declared?.get('(root)');
    if (!range) throw new PackError(`${[...users].join(', ')} import${users.size === 1 ? 's' : ''} '${name}', which no package.json declares: add it to the dependencies of the package that imports it.`);
    dependencies[name] = range;
  }
  const carried = Object.fromEntries(CARRIED_FIELDS.filter((f) => own[f] !== undefined).map((f) => [f, own[f]]));
  for (const field of ['bin', 'engines', 'files', 'publishConfig']) {
    if (!carried[field]) throw new PackError(`${CLI_PACKAGE}/package.json has no '${field}', which the published package needs.`);
  }
  return {
    ...carried,
    license: carried.license ?? readJson(join(ROOT, 'package.json')).license,
    repository: { type: 'git', url: `git+https://github.com/${REPOSITORY}.git`, directory: CLI_PACKAGE },
    homepage: `https://github.com/${REPOSITORY}#readme`,
    bugs: { url: `https://github.com/${REPOSITORY}/issues` },
    exports: { './package.json': './package.json' },
    dependencies,
  };
}

async function main() {
  requireTemplatesOf(readJson(join(CLI, 'package.json')).version);
  requireBuilt();
  const stage = mkdtempSync(join(tmpdir(), 'agent-guards-cli-package-'));
  try {
    const { modules, imported } = await bundleModules(stage);
    const adjacent = copyAdjacentFiles(stage, modules);
    cpSync(join(CLI, 'bin'), join(stage, 'bin'), { recursive: true });
    // What the bin runs: the CLI's bundle (scripts/bundle-cli.mjs), at the place it has in this repository.
    cpSync(join(CLI, 'dist'), join(stage, 'packages', 'cli', 'dist'), { recursive: true });
    for (const shipped of ['action-templates', 'examples/service']) cpSync(join(ROOT, shipped), join(stage, shipped), { recursive: true });
    if (existsSync(join(CLI, 'README.md'))) cpSync(join(CLI, 'README.md'), join(stage, 'README.md'));
    const pkg = manifest(imported);
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const out = resolve(values.out ?? join(ROOT, 'out', 'cli-package'));
    mkdirSync(out, { recursive: true });
    const [packed] = JSON.parse(execFileSync('npm', ['pack', stage, '--pack-destination', out, '--json', '--silent'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    const tarball = join(out, packed.filename);
    console.error(`packed ${pkg.name}@${pkg.version}: ${packed.entryCount} files, ${Object.keys(pkg.dependencies).length} dependencies from the registry; files read beside modules: ${adjacent.join(', ') || 'none'}`);
    console.log(tarball);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`pack-cli: ${error instanceof PackError ? error.message : error.stack}`);
  process.exitCode = 1;
}

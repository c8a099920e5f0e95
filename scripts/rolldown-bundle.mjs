// What the action bundles (scripts/bundle.mjs) and the CLI's bundle (scripts/bundle-cli.mjs) share:
// rolldown's options, the files modules read beside themselves, the Python lexer's worker script and
// the licenses of the bundled third-party code. The output depends only on the sources and the
// installed packages, so a rebuild reproduces it byte for byte.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { LEX_WORKER_ROLE } from '../packages/source-lexing/lib/python-lexer.js';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const LEXER_MODULE = join(ROOT, 'packages/source-lexing/lib/python-lexer.js');

/**
 * Third-party modules whose top-level code only defines things (classes, functions, constants), so
 * importing one and using none of its exports does nothing: declared here so tree-shaking can drop
 * them where nothing uses them. Their package.json files declare no `sideEffects`, so without this
 * every module they import would stay in. Each entry says why it holds; a pattern matches a path
 * under node_modules.
 */
const SIDE_EFFECT_FREE = [
  // @actions/core imports its OIDC client (and with it @actions/http-client, undici and tunnel, ~1 MB)
  // at its top level; only an action that asks for an ID token needs them. oidc-utils.js defines one
  // class; http-client's modules define classes, enums and helper functions, and import undici and
  // tunnel only for their exports.
  /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/,
  /[\\/]node_modules[\\/]@actions[\\/]http-client[\\/]lib[\\/]/,
  // core's `platform` namespace (os details through @actions/exec) is read by nothing here; the
  // module computes two constants from `os` and defines async functions.
  /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]platform\.js$/,
  // yaml's ES build (the alias below): its modules define node classes, the schemas' tag tables and
  // the parser's functions; none touches anything outside itself when imported.
  /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]/,
];

/**
 * Files a module reads beside itself, `new URL('<relative path>', import.meta.url)`, that are not
 * modules to bundle (the skip-set collectors, the sandbox's egress bridge): each is copied into
 * dist/ under its own name and the URL rewritten to point there, since every chunk sits in dist/.
 */
function adjacentFiles() {
  const emitted = new Map();
  return {
    name: 'adjacent-files',
    transform: {
      filter: { code: 'import.meta.url' },
      handler(code, id) {
        if (id.includes(`${sep}node_modules${sep}`) && !id.includes(`${sep}@agent-guards${sep}`)) return null;
        let changed = false;
        const out = code.replace(/new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g, (whole, quote, rel) => {
          const target = resolve(dirname(id), rel);
          if (/\.(js|ts)$/.test(target) && target.includes(`${sep}lib${sep}`)) return whole;
          if (!existsSync(target)) this.error(`${relative(ROOT, id)} reads ${rel}, which is not at ${relative(ROOT, target)}`);
          const fileName = basename(target);
          const previous = emitted.get(fileName);
          if (previous && previous !== target) this.error(`two files would be copied to dist/${fileName}: ${relative(ROOT, previous)} and ${relative(ROOT, target)}`);
          if (!previous) {
            emitted.set(fileName, target);
            this.emitFile({ type: 'asset', fileName, source: readFileSync(target) });
          }
          changed = true;
          return `new URL(${quote}./${fileName}${quote}, import.meta.url)`;
        });
        return changed ? { code: out, map: null } : null;
      },
    },
  };
}

/**
 * @actions/core's file commands import node:crypto for one call, randomUUID (the delimiter of a
 * multi-line output), and node:crypto loads some twenty internal modules, about 5 ms of a Node 24
 * start-up, before an action's first log line. That module gets a node:crypto that loads on its
 * first call; a name it does not define fails the build (IMPORT_IS_UNDEFINED, below).
 */
const LAZY_CRYPTO = '\0lazy-node-crypto';
const LAZY_CRYPTO_IMPORTER = /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/;

const isLazyCrypto = (source, importer) => (source === 'crypto' || source === 'node:crypto') && LAZY_CRYPTO_IMPORTER.test(importer ?? '');

function lazyCrypto() {
  return {
    name: 'lazy-crypto',
    resolveId(source, importer) {
      return isLazyCrypto(source, importer) ? LAZY_CRYPTO : null;
    },
    load(id) {
      return id === LAZY_CRYPTO ? "export function randomUUID() {\n  return process.getBuiltinModule('node:crypto').randomUUID();\n}\n" : null;
    },
  };
}

/** The package a file under node_modules belongs to: its directory and package.json. */
function packageOf(file) {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      // Nested package.json files that only set "type" (dist/esm/package.json) are not the package.
      if (pkg.name && pkg.version) return { dir, pkg };
    }
    dir = dirname(dir);
  }
  throw new Error(`no package.json above ${file}`);
}

/** The license text of every third-party package whose code is in the bundle, as ncc's --license wrote it. */
function licenses(moduleIds) {
  const packages = new Map();
  for (const id of moduleIds) {
    const file = id.split('?')[0];
    if (!file.includes(`${sep}node_modules${sep}`)) continue;
    const { dir, pkg } = packageOf(file);
    if (pkg.name.startsWith('@agent-guards/')) continue;
    packages.set(pkg.name, { dir, pkg });
  }
  const entries = [...packages.values()].sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0));
  return entries
    .map(({ dir, pkg }) => {
      const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
      const file = readdirSync(dir)
        .filter((f) => /^(licen[cs]e|copying)/i.test(f))
        .sort()[0];
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
      return `${pkg.name}\n${license}\n${text}\n`;
    })
    .join('\n');
}

/**
 * Bundles `input` (entry name → compiled module) into `dist`, emptied first: ES modules, tree-shaken,
 * split only where the code imports dynamically, so a run parses the code it uses and no more.
 * Writes licenses.txt beside the chunks and, when a chunk lexes Python, the lexer's worker script.
 * Returns rolldown's chunks.
 */
export async function bundleInto({ input, dist, plugins = [adjacentFiles()] }) {
  rmSync(dist, { recursive: true, force: true });
  const output = await build({
    input,
    cwd: ROOT,
    platform: 'node',
    logLevel: 'warn',
    // bottleneck's optional Redis connections call `eval("require")` on purpose, to hide ioredis from
    // bundlers; nothing here uses them. Every other warning is printed.
    onLog(level, log, handler) {
      if (log.code === 'EVAL' && /[\\/]node_modules[\\/]bottleneck[\\/]/.test(log.id ?? '')) return;
      // A name read from a module that does not export it would be undefined at run time.
      if (log.code === 'IMPORT_IS_UNDEFINED' || log.code === 'MISSING_EXPORT') return handler('error', log);
      handler(level, log);
    },
    external: (source, importer) => isBuiltin(source) && !isLazyCrypto(source, importer),
    resolve: {
      // jsonc-parser's `main` is a UMD build whose modules load each other through a `require` that
      // only a CommonJS loader resolves; its ES build (`module`) is the same code, bundled as modules.
      // yaml's Node build is CommonJS, kept whole; its ES build is the same code as modules, so only the
      // parts a bundle calls stay (it warns through console.warn rather than process.emitWarning).
      alias: { 'jsonc-parser': join(ROOT, 'node_modules/jsonc-parser/lib/esm/main.js'), yaml: join(ROOT, 'node_modules/yaml/browser/dist/index.js') },
    },
    // Every other module is kept once imported, whatever its package.json says: a package that declares
    // itself side-effect-free lets the bundler move its modules into whichever chunk uses them, and a
    // command that imports a package's index lazily then loads those chunks, other commands' code with them.
    treeshake: { moduleSideEffects: (id) => !SIDE_EFFECT_FREE.some((re) => re.test(id)) },
    plugins: [lazyCrypto(), ...plugins],
    // CommonJS packages' `require` of Node built-ins goes through createRequire(import.meta.url).
    // ASCII: a source of one-byte characters is decoded and scanned by Node and V8 on their fast paths.
    output: { dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: false, charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } },
  });
  const chunks = output.output.filter((o) => o.type === 'chunk');
  const moduleIds = [...new Set(chunks.flatMap((c) => c.moduleIds))].filter((id) => !id.startsWith('\0'));
  writeFileSync(join(dist, 'licenses.txt'), licenses(moduleIds));
  // A bundle that scans directories lexes Python on a worker thread: the worker script is the
  // lexer module itself (it imports only Node built-ins), copied beside the chunks. The lexer may
  // sit in a chunk that loads when the scan starts, not in the entry.
  if (chunks.some((c) => c.code.includes(LEX_WORKER_ROLE))) copyFileSync(LEXER_MODULE, join(dist, 'python-lexer.js'));
  return chunks;
}

import { builtinModules } from 'node:module';
import type { Logger } from '@agent-guards/action-kit';
import { isUnder, parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { joinRepoPath, type ImportTarget } from './import-target.js';
import { isRecord, matchPathAlias, TsconfigReader } from './tsconfig.js';

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'];
/** Under NodeNext a `.js` specifier names the `.ts` file it is compiled from. */
const SOURCE_FOR_OUTPUT: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};
const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names: `@scope/name` or `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Resolves TypeScript/JavaScript specifiers to repository files the way the
 * compiler would: relative paths with extension and index lookup, tsconfig
 * `paths`/`baseUrl`, package.json `imports` (`#x`), and workspace packages
 * (a bare name that is a package.json `name` in this repository).
 */
export class JsResolver {
  private readonly tsconfig: TsconfigReader;
  private workspacePackages: Promise<{ byName: Map<string, string>; localDeps: Map<string, Map<string, string>> }> | undefined;
  /** Folders searched for bare specifiers (`module.paths`, `NODE_PATH`) that the repository's code adds. */
  private moduleDirs: readonly string[] = [];
  private readonly manifests = new Map<string, Promise<Record<string, unknown> | undefined>>();

  constructor(
    private readonly snapshot: SourceSnapshot,
    private readonly tree: RepoTree,
    private readonly logger: Logger,
  ) {
    this.tsconfig = new TsconfigReader(snapshot, tree, logger);
  }

  /** Folders the code adds to Node's search for bare specifiers. */
  setModuleDirs(dirs: readonly string[]): void {
    this.moduleDirs = dirs;
  }

  /**
   * Where a specifier leads; a bare one may lead to more than one place when
   * the code adds folders to Node's search path (each that has it is a target).
   */
  async resolveAll(fromPath: string, specifier: string, fromDir = parentDir(fromPath)): Promise<ImportTarget[]> {
    const first = await this.resolve(fromPath, specifier, fromDir);
    if (this.moduleDirs.length === 0 || isRelative(specifier) || specifier.startsWith('/') || specifier.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return [first];
    const more: ImportTarget[] = [];
    for (const dir of this.moduleDirs) {
      const path = joinRepoPath(dir, specifier);
      const found = path === undefined ? undefined : this.existing(path);
      if (found) more.push(found);
    }
    return [first, ...more];
  }

  async resolve(fromPath: string, specifier: string, fromDir = parentDir(fromPath)): Promise<ImportTarget> {
    if (isRelative(specifier)) {
      const path = joinRepoPath(fromDir, specifier);
      return path === undefined ? { kind: 'module', name: specifier } : this.pathTarget(path);
    }
    if (specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) {
      // Absolute paths, `node:` and URL schemes are outside the repository.
      return { kind: 'module', name: specifier };
    }
    if (specifier.startsWith('#')) {
      const target = await this.subpathImport(fromPath, specifier);
      if (target) return target;
      return { kind: 'module', name: specifier };
    }
    const aliases = await this.tsconfig.forFile(fromPath);
    if (aliases) {
      const candidates = matchPathAlias(aliases, specifier);
      if (candidates && candidates.length > 0) {
        for (const candidate of candidates) {
          const found = this.existing(candidate);
          if (found) return found;
        }
        return { kind: 'unresolved', path: candidates[0]! };
      }
      if (aliases.baseUrl !== undefined) {
        const underBase = joinRepoPath(aliases.baseUrl, specifier);
        const found = underBase === undefined ? undefined : this.existing(underBase);
        if (found) return found;
      }
    }
    const name = packageNameOf(specifier);
    if (BUILTINS.has(name)) return { kind: 'module', name: specifier };
    const packages = await this.workspaces();
    // A `file:`/`link:` dependency installs a folder of the repository under any name: the nearest manifest's first.
    const nearest = this.tree.nearest(parentDir(fromPath), 'package.json');
    const local = (nearest === undefined ? undefined : packages.localDeps.get(nearest)?.get(name)) ?? [...packages.localDeps.values()].find((deps) => deps.has(name))?.get(name);
    const dir = local ?? packages.byName.get(name);
    if (dir !== undefined) {
      const sub = specifier.slice(name.length + 1);
      if (sub === '') return { kind: 'dir', path: dir, recursive: true };
      const path = joinRepoPath(dir, sub);
      return (path === undefined ? undefined : this.existing(path)) ?? { kind: 'dir', path: dir, recursive: true };
    }
    return { kind: 'module', name: specifier };
  }

  /** A repo path as the compiler would look it up, or `unresolved` at that path. */
  private pathTarget(path: string): ImportTarget {
    return this.existing(path) ?? { kind: 'unresolved', path };
  }

  private existing(path: string): ImportTarget | undefined {
    const ext = /\.[cm]?jsx?$/.exec(path)?.[0];
    if (ext) {
      const stem = path.slice(0, -ext.length);
      for (const source of SOURCE_FOR_OUTPUT[ext] ?? []) if (this.tree.hasFile(stem + source)) return { kind: 'file', path: stem + source };
    }
    if (this.tree.hasFile(path)) return { kind: 'file', path };
    for (const e of EXTENSIONS) if (this.tree.hasFile(path + e)) return { kind: 'file', path: path + e };
    for (const e of EXTENSIONS) {
      const index = path === '' ? `index${e}` : `${path}/index${e}`;
      if (this.tree.hasFile(index)) return { kind: 'file', path: index };
    }
    if (this.tree.hasDir(path)) return { kind: 'dir', path, recursive: true };
    return undefined;
  }

  /** package.json `imports` of the nearest package: `#internal/*` → `./src/internal/*.js`. */
  private async subpathImport(fromPath: string, specifier: string): Promise<ImportTarget | undefined> {
    const manifestPath = this.tree.nearest(parentDir(fromPath), 'package.json');
    if (manifestPath === undefined) return undefined;
    const manifest = await this.manifest(manifestPath);
    if (!manifest || !isRecord(manifest.imports)) return undefined;
    let target: string | undefined;
    let bestPrefix = -1;
    for (const [key, value] of Object.entries(manifest.imports)) {
      const star = key.indexOf('*');
      const chosen = conditionTarget(value);
      if (chosen === undefined) continue;
      if (star < 0) {
        if (key === specifier) {
          target = chosen;
          break;
        }
      } else if (specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1)) && star > bestPrefix) {
        bestPrefix = star;
        target = chosen.replaceAll('*', specifier.slice(star, specifier.length - (key.length - star - 1)));
      }
    }
    if (target === undefined) return undefined;
    const path = joinRepoPath(parentDir(manifestPath), target);
    return path === undefined ? undefined : this.pathTarget(path);
  }

  private manifest(path: string): Promise<Record<string, unknown> | undefined> {
    let cached = this.manifests.get(path);
    if (!cached) {
      cached = this.snapshot.read([path]).then((texts) => parseManifest(path, texts.get(path), this.logger));
      this.manifests.set(path, cached);
    }
    return cached;
  }

  /**
   * The file a package folder's importers load: its package.json `exports`
   * (`.`), `module`, `main`, or its index file.
   */
  async packageEntry(dir: string): Promise<ImportTarget | undefined> {
    const manifestPath = dir === '' ? 'package.json' : `${dir}/package.json`;
    const manifest = this.tree.hasFile(manifestPath) ? await this.manifest(manifestPath) : undefined;
    const exported = manifest && (isRecord(manifest.exports) && '.' in manifest.exports ? conditionTarget(manifest.exports['.']) : conditionTarget(manifest.exports));
    for (const entry of [exported, manifest?.module, manifest?.main]) {
      if (typeof entry !== 'string') continue;
      const path = joinRepoPath(dir, entry);
      const found = path === undefined ? undefined : this.existing(path);
      if (found?.kind === 'file') return found;
    }
    const index = this.existing(dir === '' ? 'index' : `${dir}/index`);
    return index?.kind === 'file' ? index : undefined;
  }

  /**
   * Package names declared anywhere in the repository, and each manifest's
   * dependencies on folders of the repository (`file:`, `link:`, `portal:`),
   * read in one batch the first time a bare name is seen.
   */
  private workspaces(): Promise<{ byName: Map<string, string>; localDeps: Map<string, Map<string, string>> }> {
    this.workspacePackages ??= (async () => {
      const paths = this.tree.filesNamed('package.json').filter((p) => !isUnder(p, ['node_modules']));
      const texts = await this.snapshot.read(paths);
      const byName = new Map<string, string>();
      const localDeps = new Map<string, Map<string, string>>();
      for (const path of paths) {
        const manifest = parseManifest(path, texts.get(path), this.logger);
        this.manifests.set(path, Promise.resolve(manifest));
        if (manifest && typeof manifest.name === 'string' && !byName.has(manifest.name)) byName.set(manifest.name, parentDir(path));
        const deps = new Map<string, string>();
        for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
          const section = manifest?.[field];
          if (!isRecord(section)) continue;
          for (const [name, spec] of Object.entries(section)) {
            const folder = typeof spec === 'string' ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : undefined;
            const dir = folder === undefined ? undefined : joinRepoPath(parentDir(path), folder);
            if (dir !== undefined && this.tree.hasDir(dir)) deps.set(name, dir);
          }
        }
        if (deps.size > 0) localDeps.set(path, deps);
      }
      return { byName, localDeps };
    })();
    return this.workspacePackages;
  }
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}

function parseManifest(path: string, text: string | undefined, logger: Logger): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    logger.warning(`${path} is not valid JSON; its package name and imports are not used to resolve imports.`);
    return undefined;
  }
}

/** The path a package.json `imports`/`exports` value leads to, preferring source-level conditions. */
function conditionTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = conditionTarget(v);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  for (const condition of ['types', 'import', 'node', 'default', 'require']) {
    if (condition in value) {
      const t = conditionTarget(value[condition]);
      if (t !== undefined) return t;
    }
  }
  for (const v of Object.values(value)) {
    const t = conditionTarget(v);
    if (t !== undefined) return t;
  }
  return undefined;
}

import type { Logger } from '@agent-guards/action-kit';
import { languageOf, PATH_KINDS, SEARCH_PATH_KINDS, type ImportRecord } from '../parse/import-record.js';
import { parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { GoResolver } from './go-resolver.js';
import { joinRepoPath, type ImportTarget } from './import-target.js';
import { JsResolver } from './js-resolver.js';
import { readDeclaredPythonRoots } from './pyproject-package-roots.js';
import { PythonResolver } from './python-resolver.js';
import type { RuntimeSearchPaths } from './runtime-search-paths.js';

/** Project files that mark where a program is usually started from (its working directory), by language. */
const PROJECT_FILES: Record<string, string[]> = {
  typescript: ['package.json'],
  python: ['pyproject.toml', 'setup.py', 'setup.cfg'],
  go: ['go.mod'],
};

/** `sys.modules` aliases are followed this deep (an alias of an alias …). */
const MAX_ALIAS_DEPTH = 4;

/** Resolves imports of any supported language within one repository state; configs are read once. */
export class ImportResolver {
  private readonly js: JsResolver;
  private python: Promise<PythonResolver> | undefined;
  private readonly go: GoResolver;
  private runtime: RuntimeSearchPaths | undefined;

  constructor(
    private readonly snapshot: SourceSnapshot,
    readonly tree: RepoTree,
    logger: Logger,
  ) {
    this.js = new JsResolver(snapshot, tree, logger);
    this.go = new GoResolver(snapshot, tree, logger);
  }

  /** Where the repository's own code makes imports look (`sys.path`, `module.paths`) and what it aliases (`sys.modules`). */
  useRuntimeSearchPaths(runtime: RuntimeSearchPaths): void {
    this.runtime = runtime;
    this.js.setModuleDirs(runtime.node);
    this.python = undefined;
  }

  /** The targets of one import; none for a computed module or a search-path change. */
  async resolve(fromPath: string, record: ImportRecord, aliasDepth = 0): Promise<ImportTarget[]> {
    if (record.specifier === undefined || SEARCH_PATH_KINDS.has(record.kind)) return [];
    const language = languageOf(fromPath);
    if (PATH_KINDS.has(record.kind) || record.anchor === 'cwd') return this.resolvePath(fromPath, record, language);
    switch (language) {
      case 'typescript':
        return this.js.resolveAll(fromPath, record.specifier);
      case 'python':
        return [...(await this.pythonResolver()).resolve(fromPath, record), ...(await this.aliased(record, aliasDepth))];
      case 'go':
        return [await this.go.resolve(fromPath, record.specifier)];
      default:
        return [];
    }
  }

  /** The entry file of a package folder (a workspace package imported by name), for following it. */
  packageEntry(dir: string): Promise<ImportTarget | undefined> {
    return this.js.packageEntry(dir);
  }

  /**
   * A path, relative to the importing file's folder or to the working
   * directory. The working directory is not fixed by the code: the
   * repository root and the nearest project folder are both taken, and each
   * that has the path is a target (neither has it: both, unresolved).
   */
  private async resolvePath(fromPath: string, record: ImportRecord, language: string | undefined): Promise<ImportTarget[]> {
    const specifier = record.specifier!;
    if (specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return [{ kind: 'module', name: specifier }];
    const bases = record.anchor === 'cwd' ? this.workingDirectories(fromPath, language) : [parentDir(fromPath)];
    const found: ImportTarget[] = [];
    const missing: ImportTarget[] = [];
    for (const base of bases) {
      const path = joinRepoPath(base, specifier);
      if (path === undefined) continue;
      const target = await this.pathTarget(fromPath, path, record, language, base, specifier);
      (target.kind === 'unresolved' ? missing : found).push(target);
    }
    return found.length > 0 ? found : missing.length > 0 ? missing : [{ kind: 'module', name: specifier }];
  }

  private async pathTarget(fromPath: string, path: string, record: ImportRecord, language: string | undefined, base: string, specifier: string): Promise<ImportTarget> {
    if (record.kind === 'module-glob') return this.tree.hasDir(path) ? { kind: 'dir', path, recursive: true } : { kind: 'unresolved', path };
    if (language === 'typescript' && record.kind !== 'native-addon') {
      // A module path that Node resolves like a relative require: extensions and index files.
      return this.js.resolve(fromPath, /^\.\.?(?:\/|$)/.test(specifier) ? specifier : `./${specifier}`, base);
    }
    if (this.tree.hasFile(path)) return { kind: 'file', path };
    if (this.tree.hasDir(path)) {
      // `runpy.run_path(dir)` runs its __main__.py; a C include folder is its own files.
      const main = `${path}/__main__.py`;
      return this.tree.hasFile(main) ? { kind: 'file', path: main } : { kind: 'dir', path, recursive: record.kind !== 'cgo-include' };
    }
    return { kind: 'unresolved', path };
  }

  /** The repository root and the nearest project folder of the importing file. */
  workingDirectories(fromPath: string, language: string | undefined): string[] {
    const dirs = new Set<string>(['']);
    for (const name of PROJECT_FILES[language ?? ''] ?? []) {
      const project = this.tree.nearest(parentDir(fromPath), name);
      if (project !== undefined) dirs.add(parentDir(project));
    }
    return [...dirs];
  }

  /** `sys.modules['name'] = module` anywhere the guard read: importing `name` gives that module. */
  private async aliased(record: ImportRecord, depth: number): Promise<ImportTarget[]> {
    if (!this.runtime || depth >= MAX_ALIAS_DEPTH || record.specifier === undefined || record.specifier.startsWith('.')) return [];
    const names = [record.specifier, ...(record.kind === 'python-from-import' ? (record.names ?? []).map((n) => `${record.specifier}.${n}`) : [])];
    const out: ImportTarget[] = [];
    for (const name of names) {
      for (const origin of this.runtime.aliases.get(name) ?? []) out.push(...(await this.resolve(origin.path, origin.record, depth + 1)));
    }
    return out;
  }

  /** The pyproject files are read only when a Python file is resolved, once per repository state. */
  private pythonResolver(): Promise<PythonResolver> {
    this.python ??= readDeclaredPythonRoots(this.snapshot, this.tree).then((declared) => {
      const resolver = new PythonResolver(this.tree, declared);
      if (this.runtime) resolver.setSearchPath(this.runtime.python.front, this.runtime.python.back);
      return resolver;
    });
    return this.python;
  }
}

import { parentDir, type RepoTree } from '../repo-tree.js';
import type { ImportRecord } from '../parse/import-record.js';
import { joinRepoPath, type ImportTarget } from './import-target.js';
import { PythonImportRoots } from './python-import-roots.js';
import { PYTHON_STDLIB_MODULES } from './python-stdlib.js';

/**
 * Resolves Python imports to module files and packages, by Python's rules.
 * Relative imports climb from the importing file's package. Absolute ones
 * name the standard library (never a repository file, whatever a package has
 * beside the importer), or a module under the import roots (PythonImportRoots:
 * the importer's own base folder, its projects' roots, the repository root and
 * `src/`; package folders never are one), or else a dependency.
 */
export class PythonResolver {
  private readonly roots: PythonImportRoots;
  /** Folders the code puts on `sys.path`: searched before the usual roots (and the standard library), or after them. */
  private searchPath: { front: readonly string[]; back: readonly string[] } = { front: [], back: [] };

  /** `declaredRoots`: package folders by project folder, from pyproject.toml (readDeclaredPythonRoots). */
  constructor(
    private readonly tree: RepoTree,
    declaredRoots: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.roots = new PythonImportRoots(tree, declaredRoots);
  }

  /** Folders the repository's code adds to `sys.path` (PythonRuntime). */
  setSearchPath(front: readonly string[], back: readonly string[]): void {
    this.searchPath = { front, back };
  }

  resolve(fromPath: string, record: ImportRecord): ImportTarget[] {
    const specifier = record.specifier ?? '';
    const names = record.kind === 'python-from-import' || record.kind === 'python-import-module' ? (record.names ?? []) : [];
    const dotted = specifier.replace(/^\.+/, '');
    if (specifier.startsWith('.') || dotted === '') return this.resolveNormally(fromPath, specifier, names);
    // A folder added to sys.path can hold the module too: each place that has it is a target (the order of
    // execution decides which one wins, and the guard does not run the code).
    const added = (roots: readonly string[]): ImportTarget[] =>
      roots.flatMap((root) => {
        const moduleDir = joinRepoPath(root, dotted.replaceAll('.', '/'));
        const top = joinRepoPath(root, dotted.split('.')[0]!);
        return moduleDir !== undefined && top !== undefined && this.moduleAt(top) !== undefined ? this.targetsAt(moduleDir, names) : [];
      });
    const all = [...added(this.searchPath.front), ...this.resolveNormally(fromPath, specifier, names), ...added(this.searchPath.back)];
    const seen = new Set<string>();
    return all.filter((t) => {
      const key = t.kind === 'module' ? `m:${t.name}` : `p:${t.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private resolveNormally(fromPath: string, specifier: string, names: readonly string[]): ImportTarget[] {
    const dots = /^\.*/.exec(specifier)![0].length;
    const dotted = specifier.slice(dots);
    let moduleDir: string | undefined;
    if (dots > 0) {
      // `.` is the importing file's package (its folder, for a module and for __init__.py alike); each further dot one folder up.
      let base: string | undefined = parentDir(fromPath);
      for (let level = 1; level < dots && base !== undefined; level += 1) base = base === '' ? undefined : parentDir(base);
      if (base === undefined) return [{ kind: 'module', name: specifier }];
      moduleDir = dotted === '' ? base : joinRepoPath(base, dotted.replaceAll('.', '/'));
    } else {
      // The standard library is found before any folder of the repository is searched.
      if (PYTHON_STDLIB_MODULES.has(dotted.split('.')[0]!)) return [{ kind: 'module', name: dotted }];
      const root = this.rootFor(fromPath, dotted);
      if (root === undefined) return [{ kind: 'module', name: dotted }];
      moduleDir = joinRepoPath(root, dotted.replaceAll('.', '/'));
    }
    if (moduleDir === undefined) return [{ kind: 'module', name: specifier }];
    return this.targetsAt(moduleDir, names);
  }

  /** The module at `moduleDir` (a path without extension), or the submodules `names` of it. */
  private targetsAt(moduleDir: string, names: readonly string[]): ImportTarget[] {
    const moduleTarget = this.moduleAt(moduleDir) ?? { kind: 'unresolved', path: `${moduleDir}.py` };
    // `from pkg import sub` imports the submodule pkg/sub.py when there is one.
    const submodules = names
      .filter((n) => n !== '*')
      .map((n) => this.moduleAt(moduleDir === '' ? n : `${moduleDir}/${n}`))
      .filter((t): t is ImportTarget => t !== undefined);
    const importsModuleItself = names.length === 0 || submodules.length < names.filter((n) => n !== '*').length || names.includes('*');
    return importsModuleItself ? [moduleTarget, ...submodules] : submodules;
  }

  /** The module file or package at a path without extension: a regular package wins over a module, as in Python's path finder. */
  private moduleAt(path: string): ImportTarget | undefined {
    const file = this.regularModuleAt(path);
    if (file !== undefined) return { kind: 'file', path: file };
    if (this.roots.isNamespaceDir(path)) return { kind: 'dir', path, recursive: true };
    return undefined;
  }

  private regularModuleAt(path: string): string | undefined {
    if (path === '') return undefined;
    return [`${path}/__init__.py`, `${path}.py`, `${path}/__init__.pyi`, `${path}.pyi`].find((candidate) => this.tree.hasFile(candidate));
  }

  /**
   * The import root the module is found under; undefined for a dependency. A
   * module or regular package under any root wins over a namespace package
   * under an earlier one (PEP 420), and a namespace package split over roots
   * is found where the imported submodule is.
   */
  private rootFor(fromPath: string, dotted: string): string | undefined {
    const roots = this.roots.rootsFor(fromPath);
    const top = dotted.split('.')[0]!;
    const under = (root: string, path: string): string => (root === '' ? path : `${root}/${path}`);
    const regular = roots.find((root) => this.regularModuleAt(under(root, top)) !== undefined);
    if (regular !== undefined) return regular;
    const portions = roots.filter((root) => this.roots.isNamespaceDir(under(root, top)));
    const path = dotted.replaceAll('.', '/');
    return portions.find((root) => this.moduleAt(under(root, path)) !== undefined) ?? portions[0];
  }
}

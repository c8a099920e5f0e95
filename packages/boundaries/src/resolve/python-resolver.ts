import { parentDir, type RepoTree } from '../repo-tree.js';
import type { ImportRecord } from '../parse/import-record.js';
import { joinRepoPath, type ImportTarget } from './import-target.js';

/**
 * Resolves Python imports to module files and packages. Relative imports climb
 * from the importing file's package; absolute ones are looked up under the
 * import roots a project can have: the repository root, `src/`, and each
 * directory above the importing file (a service folder in a monorepo).
 */
export class PythonResolver {
  constructor(private readonly tree: RepoTree) {}

  resolve(fromPath: string, record: ImportRecord): ImportTarget[] {
    const specifier = record.specifier ?? '';
    const names = record.kind === 'python-from-import' ? (record.names ?? []) : [];
    const dots = /^\.*/.exec(specifier)![0].length;
    const dotted = specifier.slice(dots);
    let moduleDir: string | undefined;
    if (dots > 0) {
      let base: string | undefined = parentDir(fromPath);
      for (let level = 1; level < dots && base !== undefined; level += 1) base = base === '' ? undefined : parentDir(base);
      if (base === undefined) return [{ kind: 'module', name: specifier }];
      moduleDir = dotted === '' ? base : joinRepoPath(base, dotted.replaceAll('.', '/'));
    } else {
      const root = this.rootFor(fromPath, dotted.split('.')[0]!);
      if (root === undefined) return [{ kind: 'module', name: dotted }];
      moduleDir = joinRepoPath(root, dotted.replaceAll('.', '/'));
    }
    if (moduleDir === undefined) return [{ kind: 'module', name: specifier }];
    const moduleTarget = this.moduleAt(moduleDir) ?? { kind: 'unresolved', path: `${moduleDir}.py` };
    // `from pkg import sub` imports the submodule pkg/sub.py when there is one.
    const submodules = names
      .filter((n) => n !== '*')
      .map((n) => this.moduleAt(moduleDir === '' ? n : `${moduleDir}/${n}`))
      .filter((t): t is ImportTarget => t !== undefined);
    const importsModuleItself = names.length === 0 || submodules.length < names.filter((n) => n !== '*').length || names.includes('*');
    return importsModuleItself ? [moduleTarget, ...submodules] : submodules;
  }

  /** The module file or package at a path without extension. */
  private moduleAt(path: string): ImportTarget | undefined {
    for (const candidate of [`${path}.py`, `${path}.pyi`, `${path}/__init__.py`, `${path}/__init__.pyi`]) {
      if (this.tree.hasFile(candidate)) return { kind: 'file', path: candidate };
    }
    if (path !== '' && this.tree.hasDir(path)) return { kind: 'dir', path, recursive: true };
    return undefined;
  }

  /** The first import root holding the top-level package or module; undefined for third-party and stdlib names. */
  private rootFor(fromPath: string, top: string): string | undefined {
    const roots = ['', 'src'];
    const ancestors: string[] = [];
    for (let dir = parentDir(fromPath); dir !== ''; dir = parentDir(dir)) ancestors.unshift(dir);
    for (const dir of ancestors) if (!roots.includes(dir)) roots.push(dir);
    return roots.find((root) => this.moduleAt(root === '' ? top : `${root}/${top}`) !== undefined);
  }
}

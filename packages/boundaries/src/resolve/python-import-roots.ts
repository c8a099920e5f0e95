import { defaultPatterns, isConftest, testLanguageOf } from '@agent-guards/config';
import { languageOf } from '../parse/import-record.js';
import { parentDir, type RepoTree } from '../repo-tree.js';
import { pythonProjectDirs } from './pyproject-package-roots.js';

const PYTEST_FILES = defaultPatterns(['python']);

/**
 * The folders Python would find a repository's top-level modules in (its
 * `sys.path` entries inside the repository), and which folders are packages.
 *
 * A package folder is never a root: `import logging` inside a package means
 * the standard library, not a sibling `logging.py`. The roots, first match wins:
 * - the folder the importer itself is imported from: the first folder above it
 *   that is not a package (a script's own folder; for a test file, pytest's
 *   `prepend` rule: the first folder without `__init__.py`);
 * - each Python project enclosing the importer, nearest first (a folder with
 *   pyproject.toml, setup.py or setup.cfg): the package folders its
 *   pyproject declares, its `src/`, and the folder itself;
 * - the repository root and `src/`;
 * - the other projects of the repository (a monorepo's packages import each other).
 */
export class PythonImportRoots {
  private readonly projects: { dir: string; roots: string[] }[];
  private readonly packageDirs = new Map<string, boolean>();
  private readonly namespaceDirs = new Map<string, boolean>();
  private readonly rootLists = new Map<string, string[]>();

  /** `declared`: package folders by project folder, from pyproject.toml (readDeclaredPythonRoots). */
  constructor(
    private readonly tree: RepoTree,
    declared: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.projects = pythonProjectDirs(tree).map((dir) => ({ dir, roots: [...(declared.get(dir) ?? []), dir === '' ? 'src' : `${dir}/src`, dir] }));
  }

  /** A regular package: the folder has an `__init__.py` (or its stub). */
  hasInit(dir: string): boolean {
    const prefix = dir === '' ? '' : `${dir}/`;
    return this.tree.hasFile(`${prefix}__init__.py`) || this.tree.hasFile(`${prefix}__init__.pyi`);
  }

  /**
   * A regular package, or a folder inside one: Python imports `pkg/sub/` as the
   * namespace subpackage `pkg.sub` even without an `__init__.py` (flask's `sansio/`).
   */
  isPackageDir(dir: string): boolean {
    if (dir === '') return false;
    let known = this.packageDirs.get(dir);
    if (known === undefined) {
      known = this.hasInit(dir) || this.isPackageDir(parentDir(dir));
      this.packageDirs.set(dir, known);
    }
    return known;
  }

  /**
   * A folder importable as a namespace package (PEP 420): no `__init__.py`, but
   * Python code in it. A folder of templates or data is not taken for one.
   */
  isNamespaceDir(dir: string): boolean {
    if (dir === '' || !this.tree.hasDir(dir) || this.hasInit(dir)) return false;
    let known = this.namespaceDirs.get(dir);
    if (known === undefined) {
      known = this.tree.filesIn(dir, true).some((p) => languageOf(p) === 'python');
      this.namespaceDirs.set(dir, known);
    }
    return known;
  }

  /** The folder the importing file's top-level package, or the file itself, is imported from. */
  baseDirOf(fromPath: string): string {
    // pytest inserts a test file's first folder without __init__.py into sys.path; other code is imported through its packages.
    const pytest = isConftest(fromPath) || testLanguageOf(fromPath, PYTEST_FILES) === 'python';
    let dir = parentDir(fromPath);
    while (dir !== '' && (pytest ? this.hasInit(dir) : this.isPackageDir(dir))) dir = parentDir(dir);
    return dir;
  }

  /** The import roots for absolute imports in `fromPath`, in the order they are searched. */
  rootsFor(fromPath: string): string[] {
    const base = this.baseDirOf(fromPath);
    const dir = parentDir(fromPath);
    const cacheKey = `${base}\0${dir}`;
    let roots = this.rootLists.get(cacheKey);
    if (!roots) {
      const encloses = (projectDir: string): boolean => projectDir === '' || dir === projectDir || dir.startsWith(`${projectDir}/`);
      const enclosing = this.projects.filter((p) => encloses(p.dir)).sort((a, b) => b.dir.length - a.dir.length);
      const others = this.projects.filter((p) => !encloses(p.dir));
      const candidates = [...enclosing.flatMap((p) => p.roots), '', 'src', ...others.flatMap((p) => p.roots)];
      const rest = candidates.filter((root) => root !== base && (root === '' || this.tree.hasDir(root)) && !this.isPackageDir(root));
      roots = [base, ...new Set(rest)];
      this.rootLists.set(cacheKey, roots);
    }
    return roots;
  }
}

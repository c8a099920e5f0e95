import { parse as parseToml } from 'smol-toml';
import { isUnder, parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { joinRepoPath } from './import-target.js';
import { isRecord } from './tsconfig.js';

/** The files that make a folder a Python project (its folder, and its `src/`, are import roots). */
const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/**
 * Folders whose projects are not the repository's own: environments and
 * installed copies, and test data (a fixture project named like a real
 * dependency would otherwise capture its imports).
 */
const NOT_PROJECTS = ['node_modules', 'site-packages', '.venv', 'venv', '.tox', '.nox', '__pypackages__', 'testdata', 'fixtures'];

/** The folders of the repository's Python projects, in path order. */
export function pythonProjectDirs(tree: RepoTree): string[] {
  const dirs = new Set<string>();
  for (const name of PROJECT_FILES) {
    for (const path of tree.filesNamed(name)) if (!isUnder(path, NOT_PROJECTS)) dirs.add(parentDir(path));
  }
  return [...dirs].sort();
}

/**
 * The package folders each project's pyproject.toml declares, as repository
 * paths by project folder. An unreadable pyproject declares nothing: the
 * conventional roots (the project folder and its `src/`) still apply.
 */
export async function readDeclaredPythonRoots(snapshot: SourceSnapshot, tree: RepoTree): Promise<Map<string, string[]>> {
  const paths = pythonProjectDirs(tree)
    .map((dir) => (dir === '' ? 'pyproject.toml' : `${dir}/pyproject.toml`))
    .filter((p) => tree.hasFile(p));
  const declared = new Map<string, string[]>();
  if (paths.length === 0) return declared;
  const texts = await snapshot.read(paths);
  for (const path of paths) {
    const text = texts.get(path);
    if (text === undefined) continue;
    const dir = parentDir(path);
    const roots = declaredPackageRoots(text)
      .map((rel) => joinRepoPath(dir, rel))
      .filter((p): p is string => p !== undefined);
    if (roots.length > 0) declared.set(dir, [...new Set(roots)]);
  }
  return declared;
}

/**
 * Where a pyproject.toml says its packages live, relative to its folder:
 * setuptools `[tool.setuptools.packages.find] where` and `package-dir = {"" = …}`,
 * hatch `[tool.hatch.build.targets.wheel] packages` (their parent folders) and `sources`,
 * poetry `packages = [{ include, from }]`, pdm `[tool.pdm.build] package-dir`.
 * A pyproject that is not valid TOML declares nothing: the conventional roots still apply.
 */
export function declaredPackageRoots(text: string): string[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text);
  } catch {
    return [];
  }
  const tool = table(doc, 'tool');
  const setuptools = table(tool, 'setuptools');
  const wheel = table(table(table(table(tool, 'hatch'), 'build'), 'targets'), 'wheel');
  const poetryPackages = table(tool, 'poetry').packages;
  const roots = [
    ...strings(table(table(setuptools, 'packages'), 'find').where),
    ...strings(table(setuptools, 'package-dir')['']),
    ...strings(wheel.packages).map(parentDir),
    ...(Array.isArray(wheel.sources) ? strings(wheel.sources) : []),
    ...(Array.isArray(poetryPackages) ? poetryPackages.flatMap((entry) => strings(field(entry, 'from'))) : []),
    ...strings(table(table(tool, 'pdm'), 'build')['package-dir']),
  ];
  return roots.map((r) => r.replace(/\/+$/, '').replace(/^(?:\.\/)+/, '')).map((r) => (r === '.' ? '' : r));
}

/** The value under `key` when `value` is a table. */
function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** A sub-table, or an empty one when the key is absent or not a table. */
function table(value: unknown, key: string): Record<string, unknown> {
  const inner = field(value, key);
  return isRecord(inner) ? inner : {};
}

/** The strings of a value that is a string or a list of strings. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

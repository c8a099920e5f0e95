import { parentDir, type RepoTree } from '../repo-tree.js';
import type { ImportRecord } from '../parse/import-record.js';
import { parseImports } from '../parse/parse-imports.js';
import type { SourceSnapshot } from '../snapshot.js';
import { joinRepoPath } from './import-target.js';

/**
 * Where the repository's own code makes imports look, and what it makes them
 * find: folders put on Python's `sys.path` (before the usual places, or
 * after), folders added to Node's search for bare specifiers, and Python
 * `sys.modules` aliases (a module name → the import whose module is stored
 * under it). These are process-wide, so they apply to every importer.
 */
export interface RuntimeSearchPaths {
  python: { front: string[]; back: string[] };
  node: string[];
  aliases: Map<string, { path: string; record: ImportRecord }[]>;
}

/** A search-path change or alias the guard cannot compute, where it was written. */
export interface ComputedSearchPath {
  path: string;
  record: ImportRecord;
}

/** Files Python runs before any test or program code without being imported by name: their path changes apply everywhere. */
export const PYTHON_STARTUP_FILES = ['conftest.py', 'sitecustomize.py', 'usercustomize.py'];

/**
 * The search paths the given files set up, and the changes among them whose
 * folder or name is computed at run time. `workingDirectories` says which
 * folders a path relative to the working directory may start from.
 */
export async function runtimeSearchPaths(
  snapshot: SourceSnapshot,
  tree: RepoTree,
  files: ReadonlyMap<string, string>,
  workingDirectories: (fromPath: string, language: 'python' | 'typescript') => string[],
): Promise<{ runtime: RuntimeSearchPaths; computed: ComputedSearchPath[] }> {
  const runtime: RuntimeSearchPaths = { python: { front: [], back: [] }, node: [], aliases: new Map() };
  const computed: ComputedSearchPath[] = [];
  const siteDirs: string[] = [];
  const read = (path: string, text: string, writtenIn = path): void => {
    for (const record of parseImports(path, text)) {
      if (record.kind !== 'python-path-entry' && record.kind !== 'module-path-entry' && record.kind !== 'python-module-alias') continue;
      if (record.specifier === undefined) {
        computed.push({ path: writtenIn, record });
        continue;
      }
      if (record.kind === 'python-module-alias') {
        if (record.aliasOf === undefined) continue;
        const list = runtime.aliases.get(record.specifier) ?? [];
        list.push({ path, record: record.aliasOf });
        runtime.aliases.set(record.specifier, list);
        continue;
      }
      const python = record.kind === 'python-path-entry';
      const bases = record.anchor === 'cwd' ? workingDirectories(path, python ? 'python' : 'typescript') : [parentDir(path)];
      for (const base of bases) {
        const dir = record.specifier.startsWith('/') ? undefined : joinRepoPath(base, record.specifier);
        if (dir === undefined || !tree.hasDir(dir)) continue;
        if (!python) runtime.node.push(dir);
        else (record.position === 'front' ? runtime.python.front : runtime.python.back).push(dir);
        if (record.call === 'site.addsitedir') siteDirs.push(dir);
      }
    }
  };
  for (const [path, text] of files) read(path, text);
  // `site.addsitedir(d)` also reads d's `.pth` files: each line a folder to add, or an `import` line to run.
  const pthFiles = siteDirs.flatMap((dir) => tree.filesIn(dir, false).filter((p) => p.endsWith('.pth')));
  const pthTexts = await snapshot.read(pthFiles);
  for (const pth of pthFiles) {
    const dir = parentDir(pth);
    for (const line of (pthTexts.get(pth) ?? '').split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (/^import[ \t]/.test(trimmed)) read(`${pth}.py`, trimmed, pth);
      else {
        const added = joinRepoPath(dir, trimmed);
        if (added !== undefined && tree.hasDir(added)) runtime.python.back.push(added);
      }
    }
  }
  return { runtime, computed };
}

import { posix } from 'node:path';
import { listFilesAt, runGit, type ChangedFile } from '@agent-guards/git';
import { readSourcesAt } from './static-collector.js';
import { isSupportModulePath } from './collectors/python-helpers.js';
import { isConftest, testLanguageOf, type CollectionPatterns } from '@agent-guards/config';

/** Files whose tests must be re-read: the changed ones, and every test under a changed conftest.py. */
export async function incrementalPaths(repo: string, rev: string, files: readonly ChangedFile[], side: 'base' | 'head', patterns: CollectionPatterns): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    if (side === 'base' && ['modified', 'deleted', 'renamed', 'type-changed'].includes(f.status)) paths.push(f.status === 'renamed' ? f.previousPath! : f.path);
    if (side === 'head' && ['added', 'modified', 'renamed', 'copied', 'type-changed'].includes(f.status)) paths.push(f.path);
  }
  const shared = paths.filter((p) => p.endsWith('.py') && !isConftest(p) && testLanguageOf(p, patterns) === undefined);
  if (shared.length > 0 && (await someUnlisted(repo, rev, paths))) paths.push(...(await dependentsOfTestBases(repo, rev, shared)));
  // A changed conftest.py (or one importing a changed helper) changes every test below it.
  const conftestDirs = [...new Set(paths.filter(isConftest).map((p) => p.slice(0, Math.max(0, p.lastIndexOf('/')))))];
  // One listing for all of them (a root conftest.py means the whole tree), not one git process each.
  if (conftestDirs.length > 0) paths.push(...(await listFilesAt(repo, rev, conftestDirs.includes('') ? [] : conftestDirs)).filter((p) => p.endsWith('.py')));
  return [...new Set(paths)];
}

/**
 * Whether some Python file at `rev` is not among `paths`. The importers `git grep` finds are
 * Python files at `rev` (pathspec `*.py`, compared here without case in case git ignores it):
 * when every one is listed already (a PR that adds or changes the whole suite), the search
 * cannot add a path, and it is skipped. The listing costs one ls-tree; the search reads every
 * blob in the tree.
 */
async function someUnlisted(repo: string, rev: string, paths: readonly string[]): Promise<boolean> {
  const listed = new Set(paths);
  return (await listFilesAt(repo, rev)).some((p) => p.toLowerCase().endsWith('.py') && !listed.has(p));
}

/**
 * A changed Python module that is not itself collected but holds test methods
 * (a shared base class), or is test support (a helper a test calls may start to
 * skip), changes the tests of every test module that imports it: those are
 * found with `git grep` on the module's name and re-read too.
 */
async function dependentsOfTestBases(repo: string, rev: string, changed: readonly string[]): Promise<string[]> {
  const sources = await readSourcesAt(repo, rev, changed);
  // Importers name the module or, through a package's re-export, its classes.
  const names = sources
    .filter((s) => /^[ \t]+(?:async[ \t]+)?def[ \t]+test/m.test(s.text) || isSupportModulePath(s.path))
    .flatMap((s) => [
      posix.basename(s.path) === '__init__.py' ? posix.basename(posix.dirname(s.path)) : posix.basename(s.path, '.py'),
      ...[...s.text.matchAll(/^class[ \t]+(\w+)/gm)].map((m) => m[1]!),
    ])
    .filter((n) => /^\w+$/.test(n));
  if (names.length === 0) return [];
  const args = ['grep', '-l', '-w', '-F', ...names.flatMap((n) => ['-e', n]), rev, '--', '*.py'];
  const { stdout } = await runGit(repo, args, { okExitCodes: [0, 1] });
  return stdout.toString('utf8').split('\n').filter(Boolean).map((line) => line.slice(rev.length + 1));
}

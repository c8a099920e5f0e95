import { posix } from 'node:path';
import { joinRepoPath, normalizeRepoPath } from '../resolve/import-target.js';
import { parentDir } from '../repo-tree.js';

/**
 * A constant the folders computed from an expression: a plain string, a path
 * from the repository root (`__dirname`, `__file__`, `import.meta.url`: the
 * file's own place, with the repository root as `/`), or a path from the
 * working directory (`process.cwd()`, `path.resolve('x')`, `os.getcwd()`),
 * which the code does not fix.
 */
export interface Folded {
  value: string;
  base: 'none' | 'repo' | 'cwd';
}

export const plain = (value: string): Folded => ({ value, base: 'none' });

/** Joins path parts the way `path.join`/`os.path.join` would; the first part's base is kept. */
export function joinFolded(parts: readonly Folded[], python: boolean): Folded | undefined {
  const [first, ...rest] = parts;
  if (first === undefined) return plain('.');
  if (rest.some((p) => p.base !== 'none')) {
    // A later part from the repository or the working directory is absolute: Python restarts there, Node does not.
    if (!python) return undefined;
    const lastRooted = parts.map((p) => p.base !== 'none').lastIndexOf(true);
    return joinFolded(parts.slice(lastRooted), python);
  }
  if (python) {
    // os.path.join restarts at an absolute part.
    const lastAbsolute = parts.map((p) => p.value.startsWith('/')).lastIndexOf(true);
    if (lastAbsolute > 0) return { value: posix.join(...parts.slice(lastAbsolute).map((p) => p.value)), base: 'none' };
  }
  if (first.base === 'repo') return { value: rootedNormalize([first.value, ...rest.map((p) => p.value)].join('/')), base: 'repo' };
  const value = first.base === 'cwd' ? posix.join(first.value || '.', ...rest.map((p) => p.value)) : posix.join(first.value, ...rest.map((p) => p.value));
  return { value: first.base === 'cwd' && value === '.' ? '' : value, base: first.base };
}

/**
 * Normalizes a path from the repository root (`/…`) without stopping at the
 * root, as posix.normalize would: `/a/../../x` stays `/../x`, which is outside
 * the repository, not `/x`.
 */
export function rootedNormalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  // A trailing `/` says the path is a folder (`new URL('./dir/', …)`, `createRequire('/dir/')`): kept.
  const folder = parts.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${parts.join('/')}${folder}`;
}

/** `path.resolve`/`os.path.abspath`: an absolute path; relative to the working directory unless a part is absolute. */
export function resolveFolded(parts: readonly Folded[]): Folded {
  const lastRooted = parts.map((p) => p.base !== 'none' || p.value.startsWith('/')).lastIndexOf(true);
  if (lastRooted < 0) {
    const value = posix.normalize(posix.join('.', ...parts.map((p) => p.value)));
    return { value: value === '.' ? '' : value.replace(/\/$/, ''), base: 'cwd' };
  }
  const joined = joinFolded(parts.slice(lastRooted), true)!;
  if (joined.base === 'repo') return joined;
  const value = posix.normalize(joined.value || '.');
  return { value: value === '.' ? '' : value.length > 1 ? value.replace(/\/$/, '') : value, base: joined.base };
}

/** `path.dirname`/`os.path.dirname`. */
export function dirnameFolded(f: Folded): Folded {
  const value = posix.dirname(f.base === 'repo' ? rootedNormalize(f.value) : f.value);
  return { value: f.base === 'cwd' && value === '.' ? '' : value, base: f.base };
}

/** A string concatenation: a path's base is kept; a path after a plain string is meaningless. */
export function concatFolded(a: Folded, b: Folded): Folded | undefined {
  if (b.base !== 'none') return a.value === '' && a.base === 'none' ? b : undefined;
  return { value: a.value + b.value, base: a.base };
}

/** Where a folded path or specifier leads from `fromPath`. */
export interface FoldedSpecifier {
  specifier: string;
  anchor?: 'cwd';
}

/**
 * A folded value as a specifier of `fromPath`: a repository path becomes
 * relative to the file's folder (`./x`, `../x`); one that climbs out of the
 * repository stays absolute (somewhere outside it); a working-directory path
 * is anchored there.
 */
export function foldedSpecifier(f: Folded, fromPath: string): FoldedSpecifier {
  if (f.base === 'none') return { specifier: f.value };
  if (f.base === 'cwd') return { specifier: f.value === '' ? '.' : f.value, anchor: 'cwd' };
  const normalized = normalizeRepoPath(f.value);
  if (normalized === undefined) return { specifier: f.value };
  const relative = posix.relative(`/${parentDir(fromPath)}`, `/${normalized}`);
  if (relative === '') return { specifier: '.' };
  return { specifier: relative === '..' || relative.startsWith('../') ? relative : `./${relative}` };
}

/** The repository path of a file as a folded value (`__filename`, `__file__`). */
export function repoPathOf(path: string): Folded {
  return { value: `/${path}`, base: 'repo' };
}

/**
 * A folded path as a path specifier of `fromPath`: a plain relative path is
 * relative to `plainBase` (the working directory for `sys.path`, `Worker`,
 * `fork`); URLs and absolute paths outside the repository stay as they are.
 */
export function pathSpecifier(folded: Folded, fromPath: string, plainBase: 'file' | 'cwd'): FoldedSpecifier {
  if (folded.base === 'none' && !folded.value.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(folded.value)) {
    if (plainBase === 'cwd') return { specifier: folded.value === '' ? '.' : folded.value, anchor: 'cwd' };
    const path = joinRepoPath(parentDir(fromPath), folded.value);
    return path === undefined ? { specifier: folded.value } : foldedSpecifier({ value: `/${path}`, base: 'repo' }, fromPath);
  }
  return foldedSpecifier(folded.base === 'repo' ? { ...folded, value: rootedNormalize(folded.value) } : folded, fromPath);
}

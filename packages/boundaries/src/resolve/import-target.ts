/** Where an import leads. */
export type ImportTarget =
  /** A file in the repository. */
  | { kind: 'file'; path: string }
  /** A package directory (Go package, Python namespace package, workspace package). */
  | { kind: 'dir'; path: string; recursive: boolean }
  /** Outside the repository: a dependency or the standard library, by its import name. */
  | { kind: 'module'; name: string }
  /** An in-repository path that does not exist in this state: still placed in a context by its path. */
  | { kind: 'unresolved'; path: string };

/** The key an edge is compared by between base and head. */
export function targetKey(target: ImportTarget): string {
  return target.kind === 'module' ? `module:${target.name}` : `path:${target.path}`;
}

/** `a/./b/../c` → `a/c`; undefined when the path climbs out of the repository. */
export function normalizeRepoPath(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export function joinRepoPath(dir: string, rel: string): string | undefined {
  return normalizeRepoPath(dir === '' ? rel : `${dir}/${rel}`);
}

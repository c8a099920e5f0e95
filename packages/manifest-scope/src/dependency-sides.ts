import { dependencyFileOf, isReadable, type DependencyFile } from '@agent-guards/dependency-manifests/dependency-files';
import type { ChangedFile } from '@agent-guards/git';

// Which changed files are dependency files, and which of their blobs to read: asked for every path
// of the diff, so this module imports only the classification, not the parsers (dependency-findings
// loads them when a dependency file did change).

/** Whether manifest-scope looks at this path's contents: every dependency file, read or not. */
export const isDependencyFile = (path: string): boolean => dependencyFileOf(path) !== undefined;

const isZero = (sha: string): boolean => /^0+$/.test(sha);

/** One side of a changed file: its path and blob there, when it is a dependency file. */
export interface Side {
  path: string;
  sha: string;
  file: DependencyFile;
}

export function sides(f: ChangedFile): { before?: Side; after?: Side } {
  const beforePath = f.previousPath ?? (f.status === 'added' ? undefined : f.path);
  const afterPath = f.status === 'deleted' ? undefined : f.path;
  const side = (path: string | undefined, sha: string): Side | undefined => {
    const file = path === undefined || isZero(sha) ? undefined : dependencyFileOf(path);
    return file && path !== undefined ? { path, sha, file } : undefined;
  };
  const before = side(beforePath, f.oldSha);
  const after = side(afterPath, f.newSha);
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** The blobs to read for the dependency files among the changed files. */
export function dependencyBlobs(files: readonly ChangedFile[]): string[] {
  return files.flatMap((f) => {
    const { before, after } = sides(f);
    return [before, after].filter((s): s is Side => s !== undefined && isReadable(s.file)).map((s) => s.sha);
  });
}

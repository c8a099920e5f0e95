import { posix } from 'node:path';

/**
 * The file paths of one repository state, listed once, so resolving an import
 * is a set look-up instead of a git call. Directories are derived from the paths.
 */
export class RepoTree {
  private readonly fileSet: Set<string>;
  private readonly dirSet = new Set<string>(['']);
  private readonly sorted: string[];

  private readonly named = new Map<string, string[]>();
  private readonly configs = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    this.sorted = [...paths];
    // `git ls-tree -r` lists in path order already: sort only what is not.
    if (!isSorted(this.sorted)) this.sorted.sort();
    this.fileSet = new Set(this.sorted);
    for (const path of this.sorted) {
      let slash = path.lastIndexOf('/');
      while (slash > 0) {
        const dir = path.slice(0, slash);
        if (this.dirSet.has(dir)) break;
        this.dirSet.add(dir);
        slash = dir.lastIndexOf('/');
      }
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  hasFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  hasDir(path: string): boolean {
    return this.dirSet.has(path);
  }

  /** Files under a directory: all of them, or only those directly in it. */
  filesIn(dir: string, recursive: boolean): string[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const out: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i += 1) {
      const path = this.sorted[i]!;
      if (!path.startsWith(prefix)) break;
      if (recursive || !path.includes('/', prefix.length)) out.push(path);
    }
    return out;
  }

  /** Every file with this base name (e.g. every go.mod), in path order. */
  filesNamed(name: string): string[] {
    let found = this.named.get(name);
    if (!found) {
      const suffix = `/${name}`;
      found = this.sorted.filter((path) => path === name || path.endsWith(suffix));
      this.named.set(name, found);
    }
    return found;
  }

  /**
   * The files import resolution reads: TypeScript/JavaScript project configs and
   * package manifests (outside node_modules); Go module files (outside vendor and testdata).
   */
  resolutionConfigs(languages: { typescript: boolean; go: boolean }): string[] {
    const key = `${languages.typescript}/${languages.go}`;
    let found = this.configs.get(key);
    if (!found) {
      found = [];
      for (const path of this.sorted) {
        if (!path.endsWith('.json') && !path.endsWith('go.mod')) continue;
        const name = path.slice(path.lastIndexOf('/') + 1);
        if (languages.typescript && (name === 'package.json' || /^[tj]sconfig.*\.json$/.test(name))) {
          if (!isUnder(path, ['node_modules'])) found.push(path);
        } else if (languages.go && name === 'go.mod' && !isUnder(path, ['vendor', 'testdata'])) {
          found.push(path);
        }
      }
      this.configs.set(key, found);
    }
    return found;
  }

  /** The file with this base name in `dir` or its nearest ancestor. */
  nearest(dir: string, name: string): string | undefined {
    let current = dir;
    for (;;) {
      const candidate = current === '' ? name : `${current}/${name}`;
      if (this.fileSet.has(candidate)) return candidate;
      if (current === '') return undefined;
      current = parentDir(current);
    }
  }
}

/** Whether a path lies inside a folder with one of these names. */
export function isUnder(path: string, folders: readonly string[]): boolean {
  return path.split('/').slice(0, -1).some((part) => folders.includes(part));
}

export function parentDir(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i += 1) if (paths[i - 1]! > paths[i]!) return false;
  return true;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

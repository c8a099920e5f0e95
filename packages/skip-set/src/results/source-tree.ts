import { posix } from 'node:path';
import { listFilesAt, readObjects } from '@agent-guards/git';

interface GoModule {
  /** Repository directory of the go.mod, `.` at the root. */
  dir: string;
  module: string;
}

function components(raw: string): string[] {
  return raw
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .split('/')
    .filter((c) => c !== '' && c !== '.');
}

/**
 * The files of one revision, to turn the names a report uses into repository
 * paths: an absolute path on the CI runner (`/home/runner/work/svc/svc/src/a.test.ts`),
 * a path relative to a sub-project (pytest's rootdir), a dotted module or class
 * (`tests.test_calc.TestAdd`, `com.acme.CalcTest$Inner`, `spec.models.user_spec`)
 * or a Go import path. Ids built from these match the static collector's.
 */
export class SourceTree {
  /** Every component suffix of every path → the paths that end with it. */
  private readonly suffixes = new Map<string, string[]>();
  private readonly files: ReadonlySet<string>;
  private readonly dirs = new Set<string>(['.']);
  private readonly goModules: GoModule[];

  constructor(files: readonly string[], goModules: readonly GoModule[] = []) {
    this.files = new Set(files);
    for (const file of files) {
      const parts = file.split('/');
      for (let i = 1; i < parts.length; i += 1) this.dirs.add(parts.slice(0, i).join('/'));
      for (let i = 0; i < parts.length; i += 1) {
        const suffix = parts.slice(i).join('/');
        const list = this.suffixes.get(suffix);
        if (list) list.push(file);
        else this.suffixes.set(suffix, [file]);
      }
    }
    // Longest module path first: a nested module owns its packages.
    this.goModules = [...goModules].sort((a, b) => b.module.length - a.module.length);
  }

  /** The tree of `rev`, with the module path of every go.mod in it. */
  static async at(repo: string, rev: string): Promise<SourceTree> {
    const files = await listFilesAt(repo, rev);
    const goMods = files.filter((f) => f === 'go.mod' || f.endsWith('/go.mod'));
    const objects = await readObjects(repo, goMods.map((f) => `${rev}:${f}`));
    const modules: GoModule[] = [];
    for (const f of goMods) {
      const module = /^\s*module\s+"?([^\s"]+)"?/m.exec(objects.get(`${rev}:${f}`)?.toString('utf8') ?? '')?.[1];
      if (module) modules.push({ dir: posix.dirname(f), module });
    }
    return new SourceTree(files, modules);
  }

  /** Whether the tree has this file or directory (a Go package is named by its directory). */
  has(path: string): boolean {
    return this.files.has(path) || this.dirs.has(path);
  }

  /**
   * The repository file a report's path names: the longest tail of `raw` that
   * is a path of the tree, or that only one path of the tree ends with.
   */
  resolveFile(raw: string): string | undefined {
    const parts = components(raw);
    for (let i = 0; i < parts.length; i += 1) {
      const suffix = parts.slice(i).join('/');
      const hits = this.suffixes.get(suffix);
      if (!hits) continue;
      if (this.files.has(suffix)) return suffix;
      return hits.length === 1 ? hits[0] : undefined;
    }
    return undefined;
  }

  /**
   * A dotted name whose leading parts are a file (`tests.test_calc.TestAdd` →
   * `tests/test_calc.py` and `[TestAdd]`): the longest such file wins.
   */
  resolveDotted(dotted: string, extensions: readonly string[]): { path: string; rest: string[] } | undefined {
    const parts = dotted.split('.').filter(Boolean);
    for (let k = parts.length; k >= 1; k -= 1) {
      for (const ext of extensions) {
        const path = this.resolveFile(`${parts.slice(0, k).join('/')}${ext}`);
        if (path) return { path, rest: parts.slice(k) };
      }
    }
    return undefined;
  }

  /** The repository directory of a Go package (`example.com/svc/calc` → `calc`), as the static collector names it. */
  goPackageDir(importPath: string): string | undefined {
    for (const m of this.goModules) {
      if (importPath === m.module) return m.dir;
      if (importPath.startsWith(`${m.module}/`)) return posix.join(m.dir, importPath.slice(m.module.length + 1));
    }
    return undefined;
  }
}

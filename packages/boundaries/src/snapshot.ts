import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFilesAt, readObjects, runGit } from '@agent-guards/git';
import { RepoTree } from './repo-tree.js';

/**
 * One state of a repository that imports are parsed and resolved in: a commit,
 * or the runner's working tree. The listing is taken once per state.
 */
export interface SourceSnapshot {
  /** A commit SHA, or `working tree`. */
  readonly label: string;
  tree(): Promise<RepoTree>;
  /** File texts by repo path; undefined when a path is not a readable file there. */
  read(paths: readonly string[]): Promise<Map<string, string | undefined>>;
}

/**
 * Listings by repository and commit, shared between runs (Review mode checks the
 * same head more than once). Small: a listing of a large repository is megabytes.
 */
export class TreeCache {
  private readonly entries = new Map<string, Promise<RepoTree>>();

  constructor(private readonly capacity = 4) {}

  get(key: string, load: () => Promise<RepoTree>): Promise<RepoTree> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const loaded = load();
    // A failed listing is not remembered: the next run tries again.
    loaded.catch(() => this.entries.delete(key));
    this.entries.set(key, loaded);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return loaded;
  }
}

/**
 * Remembers what was read: the guard reads the changed files and every config
 * the resolvers may need in one batch, so resolving asks git for nothing more.
 */
export function cachingSnapshot(inner: SourceSnapshot): SourceSnapshot {
  const texts = new Map<string, Promise<string | undefined>>();
  return {
    label: inner.label,
    tree: () => inner.tree(),
    async read(paths) {
      const missing = [...new Set(paths.filter((p) => !texts.has(p)))];
      if (missing.length > 0) {
        const batch = inner.read(missing);
        for (const p of missing) texts.set(p, batch.then((m) => m.get(p)));
        // A failed batch is not remembered.
        batch.catch(() => missing.forEach((p) => texts.delete(p)));
      }
      return new Map(await Promise.all(paths.map(async (p): Promise<[string, string | undefined]> => [p, await texts.get(p)])));
    },
  };
}

/** A commit: one `git ls-tree` for the listing, `git cat-file --batch` for contents. */
export function commitSnapshot(repo: string, sha: string, cache: TreeCache = new TreeCache()): SourceSnapshot {
  return {
    label: sha,
    tree: () => cache.get(`${repo}\0${sha}`, async () => new RepoTree(await listFilesAt(repo, sha))),
    async read(paths) {
      const names = paths.map((p) => `${sha}:${p}`);
      const objects = await readObjects(repo, names);
      return new Map(paths.map((p, i) => [p, objects.get(names[i]!)?.toString('utf8')]));
    },
  };
}

/**
 * The working tree as the runner's agent left it: tracked and untracked files
 * that are not ignored. Symlinks are not followed, so nothing outside the repo is read.
 */
export function workingTreeSnapshot(repo: string): SourceSnapshot {
  let listing: Promise<RepoTree> | undefined;
  return {
    label: 'working tree',
    tree() {
      listing ??= (async () => {
        const [present, deleted] = await Promise.all([
          runGit(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
          runGit(repo, ['ls-files', '-z', '--deleted']),
        ]);
        const gone = new Set(splitNul(deleted.stdout.toString('utf8')));
        return new RepoTree(splitNul(present.stdout.toString('utf8')).filter((p) => !gone.has(p)));
      })();
      return listing;
    },
    async read(paths) {
      const entries = await Promise.all(
        paths.map(async (path): Promise<[string, string | undefined]> => {
          if (path.split('/').some((part) => part === '..' || part === '') || path.includes('\0')) return [path, undefined];
          const abs = join(repo, path);
          try {
            if (!(await lstat(abs)).isFile()) return [path, undefined];
            return [path, await readFile(abs, 'utf8')];
          } catch {
            return [path, undefined];
          }
        }),
      );
      return new Map(entries);
    },
  };
}

export function splitNul(text: string): string[] {
  return text.length === 0 ? [] : text.split('\0').filter((p) => p.length > 0);
}

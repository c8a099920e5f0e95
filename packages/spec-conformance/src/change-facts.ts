import { changedFiles, readObjects, touchedPaths, type ChangedFile, type ChangeSet, type CommitInfo } from '@agent-guards/git';

const MISSING_OBJECT = /^0+$/;

/**
 * What the change-kind checks read about a PR: the files it changes (merge
 * base to head, renames detected), the paths it touches, its commits, and the
 * text of changed files on either side, loaded in batches on demand.
 */
export interface ChangeFacts {
  mergeBase: string;
  files: ChangedFile[];
  touched: string[];
  commits: CommitInfo[];
  /** npm registry hosts besides the public one (the policy's runner.sandbox.registries.npm), for lockfiles' resolved URLs. */
  npmRegistryHosts: readonly string[];
  /** Text of each file before (merge base) and after (head); undefined on the side where it does not exist. */
  texts(files: readonly ChangedFile[]): Promise<Map<ChangedFile, { before?: string; after?: string }>>;
}

export async function loadChangeFacts(repo: string, base: string, head: string, commits: CommitInfo[], prCommits?: number): Promise<ChangeFacts> {
  return changeFactsFrom(repo, await changedFiles(repo, base, head, prCommits === undefined ? {} : { prCommits }), commits);
}

/** Facts over a change set already listed (the guard lists it alongside its other git reads). */
export function changeFactsFrom(repo: string, changes: ChangeSet, commits: CommitInfo[], npmRegistryHosts: readonly string[] = []): ChangeFacts {
  const cache = new Map<string, string | undefined>();
  return {
    mergeBase: changes.mergeBase,
    files: changes.files,
    touched: touchedPaths(changes.files),
    commits,
    npmRegistryHosts,
    async texts(files) {
      const wanted = files.flatMap((f) => [f.oldSha, f.newSha]).filter((sha) => !MISSING_OBJECT.test(sha) && !cache.has(sha));
      // Submodule entries name commits of another repository: nothing to read here.
      const readable = wanted.filter((sha) => !files.some((f) => (f.oldSha === sha && f.oldKind === 'submodule') || (f.newSha === sha && f.newKind === 'submodule')));
      if (readable.length > 0) {
        const objects = await readObjects(repo, readable);
        for (const sha of readable) cache.set(sha, objects.get(sha)?.toString('utf8'));
      }
      const out = new Map<ChangedFile, { before?: string; after?: string }>();
      for (const f of files) {
        const before = MISSING_OBJECT.test(f.oldSha) ? undefined : cache.get(f.oldSha);
        const after = MISSING_OBJECT.test(f.newSha) ? undefined : cache.get(f.newSha);
        out.set(f, { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
      }
      return out;
    },
  };
}

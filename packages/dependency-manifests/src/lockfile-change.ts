import { DependencyFileError } from './declared-dependencies.js';
import { dependencyFileOf, type Ecosystem, type LockfileFormat } from './dependency-files.js';
import { onRegistryHost } from './dependency-sources.js';
import { lockfileDir, LockfileError, packageKey, reachable, type LockedPackage, type Lockfile, type LockfileChange } from './locked-packages.js';
import { readNpmLockfile } from './npm-lockfile.js';

type LockfileReader = (text: string, dir: string) => Lockfile;

/**
 * Each lockfile kind's reader, imported when a lockfile of that kind is first read: the parsers
 * (Yarn's, TOML, JSONC, YAML) are most of this package's code, and most pull requests change no
 * lockfile, or one kind of it.
 */
const READERS: Record<LockfileFormat, () => Promise<LockfileReader>> = {
  'npm-lock': () => Promise.resolve(readNpmLockfile),
  'yarn-lock': async () => (await import('./yarn-lockfile.js')).readYarnLockfile,
  'pnpm-lock': async () => (await import('./pnpm-lockfile.js')).readPnpmLockfile,
  'bun-lock': async () => (await import('./bun-lockfile.js')).readBunLockfile,
  'poetry-lock': async () => (await import('./python-lockfiles.js')).readPoetryLockfile,
  'uv-lock': async () => (await import('./python-lockfiles.js')).readUvLockfile,
  'pdm-lock': async () => (await import('./python-lockfiles.js')).readPdmLockfile,
  'pipfile-lock': async () => (await import('./python-lockfiles.js')).readPipfileLockfile,
  pylock: async () => (await import('./python-lockfiles.js')).readPylockFile,
  'cargo-lock': async () => (await import('./cargo-go-lockfiles.js')).readCargoLockfile,
  'go-sum': async () => (await import('./cargo-go-lockfiles.js')).readGoSum,
};

/** The packages a lockfile pins. Rejects with DependencyFileError for a file it cannot read (or that is no readable lockfile). */
export async function readLockfile(path: string, text: string): Promise<Lockfile> {
  const file = dependencyFileOf(path);
  if (!file || file.role !== 'lockfile' || file.format === 'unread') throw new DependencyFileError(`${path} is not a lockfile this guard reads`);
  const dir = lockfileDir(path);
  const read = await READERS[file.format]();
  try {
    return read(text, dir);
  } catch (error) {
    if (error instanceof LockfileError) throw new DependencyFileError(`${path} ${error.message}`);
    throw new DependencyFileError(`cannot parse ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** What the manifests changed in the same pull request say about a lockfile beside them (or in a folder above them). */
export interface LockfileExplanation {
  /** Whether some manifest of the lockfile's project changes a dependency or a resolution setting. */
  manifestChanged: boolean;
  /** Whether every such change is to a development dependency. */
  devOnly: boolean;
  /** The names those manifests declare (at head). */
  declared: ReadonlySet<string>;
  /** Registry hosts besides the public ones (the policy's runner.sandbox.registries). */
  registryHosts: readonly string[];
}

export type LockfileRule = 'lockfile-change-unexplained' | 'dependency-source-not-registry';

export interface LockfileProblem {
  rule: LockfileRule;
  message: string;
}

const MAX_NAMED = 5;

function some(packages: readonly LockedPackage[], describe: (p: LockedPackage) => string = packageKey): string {
  const shown = packages.slice(0, MAX_NAMED).map(describe).join(', ');
  return packages.length > MAX_NAMED ? `${shown} and ${packages.length - MAX_NAMED} more` : shown;
}

/**
 * Why a lockfile change is not one its manifests explain: packages pinned to
 * other bytes under a known version; packages added with no manifest change
 * beside them; packages from outside the registries; packages nothing depends
 * on; runtime packages added for a dev-only manifest change.
 */
export function lockfileProblems(path: string, ecosystem: Ecosystem, change: LockfileChange, after: Lockfile | undefined, why: LockfileExplanation): LockfileProblem[] {
  const problems: LockfileProblem[] = [];
  if (change.altered.length > 0) {
    problems.push({
      rule: 'lockfile-change-unexplained',
      message: `${path} pins other bytes for ${some(change.altered.map((a) => a.after))} without changing the version (integrity, checksum or source changed). Regenerate the lockfile with the package manager, or leave it unchanged.`,
    });
  }
  if (change.added.length === 0) return problems;
  if (!why.manifestChanged) {
    problems.push({
      rule: 'lockfile-change-unexplained',
      message: `${path} adds or changes ${some(change.added)}, but no manifest beside it changes a dependency. A lockfile changes only with its manifest: make the change in the manifest, or revert the lockfile.`,
    });
    return problems;
  }
  const foreign = change.added.filter((p) => p.source.kind === 'other' || (p.source.kind === 'registry' && p.source.url !== undefined && !onRegistryHost(ecosystem, p.source.url, why.registryHosts)));
  if (foreign.length > 0) {
    const from = (p: LockedPackage): string => `${packageKey(p)} from ${p.source.kind === 'other' ? p.source.detail : p.source.kind === 'registry' ? p.source.url : p.source.detail}`;
    problems.push({
      rule: 'dependency-source-not-registry',
      message: `${path} installs ${some(foreign, from)}: not a registry the policy names (runner.sandbox.registries.${ecosystem}). Depend on the registry's release instead.`,
    });
  }
  if (after?.graph) {
    const used = reachable(after.packages, [...after.roots, ...why.declared]);
    const orphans = change.added.filter((p) => !used.has(p.name) && p.source.kind !== 'local');
    if (orphans.length > 0) {
      problems.push({
        rule: 'lockfile-change-unexplained',
        message: `${path} adds ${some(orphans)}, which neither the manifests nor any package in the lockfile depends on. Regenerate the lockfile with the package manager.`,
      });
    }
  }
  if (why.devOnly) {
    const runtime = change.added.filter((p) => p.dev === false && p.source.kind !== 'local');
    if (runtime.length > 0) {
      problems.push({
        rule: 'lockfile-change-unexplained',
        message: `${path} adds ${some(runtime)} for runtime (not marked dev-only), but the manifests change only dev dependencies.`,
      });
    }
  }
  return problems;
}

import { readBunLockfile } from './bun-lockfile.js';
import { readCargoLockfile, readGoSum } from './cargo-go-lockfiles.js';
import { DependencyFileError } from './declared-dependencies.js';
import { dependencyFileOf, type Ecosystem } from './dependency-files.js';
import { onRegistryHost } from './dependency-sources.js';
import { lockfileDir, LockfileError, packageKey, reachable, type LockedPackage, type Lockfile, type LockfileChange } from './locked-packages.js';
import { readNpmLockfile } from './npm-lockfile.js';
import { readPnpmLockfile } from './pnpm-lockfile.js';
import { readPdmLockfile, readPipfileLockfile, readPoetryLockfile, readPylockFile, readUvLockfile } from './python-lockfiles.js';
import { readYarnLockfile } from './yarn-lockfile.js';

/** The packages a lockfile pins. Throws DependencyFileError for a file it cannot read (or that is no readable lockfile). */
export function readLockfile(path: string, text: string): Lockfile {
  const file = dependencyFileOf(path);
  if (!file || file.role !== 'lockfile' || file.format === 'unread') throw new DependencyFileError(`${path} is not a lockfile this guard reads`);
  const dir = lockfileDir(path);
  try {
    switch (file.format) {
      case 'npm-lock':
        return readNpmLockfile(text, dir);
      case 'yarn-lock':
        return readYarnLockfile(text, dir);
      case 'pnpm-lock':
        return readPnpmLockfile(text, dir);
      case 'bun-lock':
        return readBunLockfile(text, dir);
      case 'poetry-lock':
        return readPoetryLockfile(text, dir);
      case 'uv-lock':
        return readUvLockfile(text, dir);
      case 'pdm-lock':
        return readPdmLockfile(text, dir);
      case 'pipfile-lock':
        return readPipfileLockfile(text, dir);
      case 'pylock':
        return readPylockFile(text, dir);
      case 'cargo-lock':
        return readCargoLockfile(text);
      case 'go-sum':
        return readGoSum(text);
    }
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

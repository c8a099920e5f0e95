import { posix } from 'node:path';
import type { DependencySource } from './dependency-sources.js';

/** One package a lockfile pins. */
export interface LockedPackage {
  name: string;
  version: string;
  source: DependencySource;
  /** Whether only development needs it, where the lockfile says (npm's `dev`, Poetry's and PDM's groups, Pipfile.lock's `develop`, uv's graph). */
  dev?: boolean;
  /** The names it depends on. */
  dependsOn: string[];
  /** What identifies the installed bytes (integrity, checksum, hashes, resolved URL, commit): the same version with other bytes is another package. */
  content: string;
}

export interface Lockfile {
  packages: LockedPackage[];
  /** The names the project (every workspace member) depends on directly, as far as the lockfile records them. */
  roots: string[];
  /** Whether the lockfile records what each package depends on (go.sum and Pipfile.lock do not). */
  graph: boolean;
}

export class LockfileError extends Error {
  override name = 'LockfileError';
}

/** The folder of a lockfile, '' at the repository root: path dependencies in it are relative to that. */
export function lockfileDir(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

export const packageKey = (p: Pick<LockedPackage, 'name' | 'version'>): string => `${p.name}@${p.version}`;

export interface LockfileChange {
  /** Packages (name@version) the new lockfile has and the old one had not. */
  added: LockedPackage[];
  removed: LockedPackage[];
  /** The same name@version with other content or source: other bytes under a version reviewers already know. */
  altered: { before: LockedPackage; after: LockedPackage }[];
}

function byKey(lock: Lockfile | undefined): Map<string, LockedPackage> {
  const map = new Map<string, LockedPackage>();
  for (const p of lock?.packages ?? []) if (!map.has(packageKey(p))) map.set(packageKey(p), p);
  return map;
}

export function diffLockfiles(before: Lockfile | undefined, after: Lockfile | undefined): LockfileChange {
  const old = byKey(before);
  const next = byKey(after);
  const change: LockfileChange = { added: [], removed: [], altered: [] };
  for (const [key, p] of next) {
    const prev = old.get(key);
    if (!prev) change.added.push(p);
    // A lockfile that gains or loses a checksum field for a package (a format upgrade) has not changed its bytes.
    else if (prev.content !== p.content && prev.content !== '' && p.content !== '') change.altered.push({ before: prev, after: p });
    else if (prev.source.kind !== p.source.kind || (prev.source.kind === 'registry' && p.source.kind === 'registry' && (prev.source.url ?? '') !== (p.source.url ?? ''))) {
      change.altered.push({ before: prev, after: p });
    }
  }
  for (const [key, p] of old) if (!next.has(key)) change.removed.push(p);
  return change;
}

/** The names reachable from `from` through the packages' dependencies (by name: a lockfile's graph, without versions). */
export function reachable(packages: readonly LockedPackage[], from: Iterable<string>): Set<string> {
  const deps = new Map<string, string[]>();
  for (const p of packages) deps.set(p.name, [...(deps.get(p.name) ?? []), ...p.dependsOn]);
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(deps.get(name) ?? []));
  }
  return seen;
}

/** The package name of a Yarn or Bun descriptor (`@scope/name@^1`, `name@npm:^1`). */
export function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? descriptor : descriptor.slice(0, at);
}

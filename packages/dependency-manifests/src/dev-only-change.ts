import { asRecord, canonical, type Doc } from './canonical-json.js';
import { dependencyFileOf, type DependencyFile } from './dependency-files.js';
import { DependencyFileError, diffDeclared, diffSettings, parseManifestDocument, readManifest, type DependencyChange } from './declared-dependencies.js';
import { lockfileProblems } from './lockfile-change.js';
import { diffLockfiles, lockfileDir } from './locked-packages.js';
import { readNpmLockfile } from './npm-lockfile.js';
import { isDevRequirementsPath, manifestSections } from './manifest-sections.js';

export interface DevOnlyOptions {
  /** Registry hosts besides the public ones (the policy's runner.sandbox.registries), for lockfiles' resolved URLs. */
  registryHosts?: readonly string[];
}

export interface DevOnlyVerdict {
  /** True when everything that changed is a development dependency. */
  devOnly: boolean;
  /** Dev dependency names whose entry changed (added, removed or re-pinned). */
  changed: string[];
  /** Why the change is not dev-only. */
  problem?: string;
}

function changedKeys(before: Doc | undefined, after: Doc | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => canonical(before?.[k]) !== canonical(after?.[k])).sort();
}

function without(doc: Doc, paths: readonly string[][]): Doc {
  const copy = JSON.parse(JSON.stringify(doc)) as Doc;
  for (const path of paths) {
    let node: Doc | undefined = copy;
    for (const key of path.slice(0, -1)) node = asRecord(node?.[key]);
    if (node) delete node[path.at(-1)!];
  }
  return copy;
}

const notDevOnly = (problem: string): DevOnlyVerdict => ({ devOnly: false, changed: [], problem });

/**
 * npm lockfiles mark each installed package `dev: true` when only dev
 * dependencies need it: every entry that changed must carry that mark, and the
 * root entry may change only in its devDependencies.
 */
function npmLockDevOnly(before: Doc, after: Doc, path: string, beforeText: string, afterText: string, options: DevOnlyOptions): DevOnlyVerdict {
  const rootBefore = asRecord(asRecord(before.packages)?.['']) ?? {};
  const rootAfter = asRecord(asRecord(after.packages)?.['']) ?? {};
  const rootOutside = changedKeys(rootBefore, rootAfter).filter((k) => k !== 'devDependencies');
  if (rootOutside.length > 0) return notDevOnly(`${path} changes the root package's ${rootOutside.map((k) => `'${k}'`).join(', ')}`);
  const changed = new Set(changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies)));
  for (const section of ['packages', 'dependencies'] as const) {
    const b = asRecord(before[section]) ?? {};
    const a = asRecord(after[section]) ?? {};
    for (const key of changedKeys(b, a)) {
      if (section === 'packages' && key === '') continue;
      // `devOptional` is also needed by an optional runtime dependency: not dev-only.
      if ((asRecord(a[key]) ?? asRecord(b[key]))?.dev !== true) return notDevOnly(`${path} changes '${key}', which is not a dev-only package`);
      changed.add(key.replace(/^.*node_modules\//, ''));
    }
  }
  const rest = (doc: Doc) => canonical({ ...doc, packages: null, dependencies: null });
  if (rest(before) !== rest(after)) return notDevOnly(`${path} changes lockfile fields besides its packages`);
  if (changed.size === 0) return notDevOnly(`${path} changes no dev dependency`);
  // What the lockfile installs must follow from the root's devDependencies (the manifest's, mirrored):
  // no other bytes under a known version, only registry packages, nothing no one depends on.
  const rootDevChanged = changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies));
  const dir = lockfileDir(path);
  let lockAfter;
  let change;
  try {
    lockAfter = readNpmLockfile(afterText, dir);
    change = diffLockfiles(readNpmLockfile(beforeText, dir), lockAfter);
  } catch (error) {
    return notDevOnly(`${path} cannot be read (${(error as Error).message})`);
  }
  const problems = lockfileProblems(path, 'npm', change, lockAfter, {
    manifestChanged: rootDevChanged.length > 0,
    devOnly: true,
    declared: new Set(Object.keys(asRecord(rootAfter.devDependencies) ?? {})),
    registryHosts: options.registryHosts ?? [],
  });
  if (problems.length > 0) return notDevOnly(problems[0]!.message);
  return { devOnly: true, changed: [...changed].sort() };
}

/** Why a changed dev dependency is not the registry's package, or undefined. */
function nonRegistry(path: string, changes: readonly DependencyChange[]): string | undefined {
  const bad = changes.find((c) => c.kind !== 'removed' && c.dependency.source.kind !== 'registry');
  if (!bad) return undefined;
  const s = bad.dependency.source;
  return `${path}: ${bad.dependency.name} comes from ${s.kind === 'registry' ? 'the registry' : s.detail}, not from the registry`;
}

function parsed(file: Extract<DependencyFile, { role: 'manifest' }>, text: string, path: string): Doc | string {
  try {
    return parseManifestDocument(file.format, text);
  } catch (error) {
    return `${path} is not valid ${file.format === 'package-json' ? 'JSON' : 'TOML'} (${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * Whether one changed dependency file changes development dependencies only
 * (`before`/`after` undefined when the file is added or deleted). Lockfiles
 * other than npm's cannot be read entry by entry: the caller judges them with
 * the manifest beside them.
 */
export function devOnlyChange(path: string, before: string | undefined, after: string | undefined, options: DevOnlyOptions = {}): DevOnlyVerdict {
  const file = dependencyFileOf(path);
  if (!file) return notDevOnly(`${path} is not a dependency file`);
  if (file.format === 'settings') return notDevOnly(`${path} is ${file.tool}, which decides how every dependency is resolved`);
  if (file.format === 'unread') return notDevOnly(`${path} is ${file.tool}, which is not read here`);
  if (before === undefined || after === undefined) return notDevOnly(`${path} is ${before === undefined ? 'added' : 'deleted'}, not updated`);
  if (file.role === 'lockfile') {
    if (file.format !== 'npm-lock') return notDevOnly(`${path} cannot be checked entry by entry`);
    let b: Doc | undefined;
    let a: Doc | undefined;
    try {
      b = asRecord(JSON.parse(before));
      a = asRecord(JSON.parse(after));
    } catch (error) {
      return notDevOnly(`${path} is not valid JSON (${(error as Error).message})`);
    }
    if (!b || !a) return notDevOnly(`${path} is not a JSON object`);
    return npmLockDevOnly(b, a, path, before, after, options);
  }
  let declared;
  try {
    const b = readManifest(path, before);
    const a = readManifest(path, after);
    declared = { changes: diffDeclared(b.dependencies, a.dependencies), settings: diffSettings(b.settings, a.settings) };
  } catch (error) {
    if (error instanceof DependencyFileError) return notDevOnly(error.message);
    throw error;
  }
  const foreign = nonRegistry(path, declared.changes);
  if (foreign) return notDevOnly(foreign);
  if (declared.settings.length > 0) return notDevOnly(`${path} changes how dependencies are resolved (${declared.settings.map(([k]) => `'${k}'`).join(', ')})`);
  const names = (): string[] => [...new Set(declared.changes.map((c) => c.dependency.name))].sort();
  switch (file.format) {
    case 'requirements':
      if (!isDevRequirementsPath(path)) return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
      return { devOnly: true, changed: names() };
    case 'go-mod':
      return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
    case 'setup-py':
    case 'setup-cfg':
      return notDevOnly(`${path} declares dependencies in a form that is not read here`);
    default: {
      const b = parsed(file, before, path);
      const a = parsed(file, after, path);
      if (typeof b === 'string') return notDevOnly(b);
      if (typeof a === 'string') return notDevOnly(a);
      const devPaths = [...manifestSections(file.format, b), ...manifestSections(file.format, a)].filter((s) => s.dev).map((s) => s.path);
      const restBefore = without(b, devPaths);
      const restAfter = without(a, devPaths);
      if (canonical(restBefore) !== canonical(restAfter)) {
        return notDevOnly(`${path} changes more than dev dependencies (${changedKeys(restBefore, restAfter).map((k) => `'${k}'`).join(', ')})`);
      }
      if (declared.changes.length === 0) return notDevOnly(`${path} changes no dev dependency`);
      return { devOnly: true, changed: names() };
    }
  }
}

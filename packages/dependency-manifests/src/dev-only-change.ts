import { dependencyFileOf, type DependencyFile } from './dependency-files.js';
import { diffDeclared, parseDeclared, parseManifestDocument } from './declared-dependencies.js';
import { isDevRequirementsPath, manifestSections } from './manifest-sections.js';

export interface DevOnlyVerdict {
  /** True when everything that changed is a development dependency. */
  devOnly: boolean;
  /** Dev dependency names whose entry changed (added, removed or re-pinned). */
  changed: string[];
  /** Why the change is not dev-only. */
  problem?: string;
}

type Doc = Record<string, unknown>;

/** Stable text of a JSON-like value: key order does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function asRecord(value: unknown): Doc | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : undefined;
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
function npmLockDevOnly(before: Doc, after: Doc, path: string): DevOnlyVerdict {
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
  return { devOnly: true, changed: [...changed].sort() };
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
export function devOnlyChange(path: string, before: string | undefined, after: string | undefined): DevOnlyVerdict {
  const file = dependencyFileOf(path);
  if (!file) return notDevOnly(`${path} is not a dependency file`);
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
    return npmLockDevOnly(b, a, path);
  }
  const names = (): string[] => [...new Set(diffDeclared(parseDeclared(path, before), parseDeclared(path, after)).map((c) => c.dependency.name))].sort();
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
      const changed = diffDeclared(parseDeclared(path, before), parseDeclared(path, after)).map((c) => c.dependency.name);
      if (changed.length === 0) return notDevOnly(`${path} changes no dev dependency`);
      return { devOnly: true, changed: [...new Set(changed)].sort() };
    }
  }
}

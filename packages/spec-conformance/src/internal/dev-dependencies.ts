import { parse as parseToml } from 'smol-toml';
import type { DependencyFile } from './file-classes.js';

export interface DevOnlyVerdict {
  /** True when everything that changed is a development dependency. */
  devOnly: boolean;
  /** Dev dependency names whose entry changed (added, removed or re-pinned). */
  changed: string[];
  /** Why the change is not dev-only. */
  problem?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Stable text of a JSON-like value: key order does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function changedKeys(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => canonical(before?.[k]) !== canonical(after?.[k])).sort();
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Removes the value at a dotted path (with `*` for any key) and returns what was there, keyed by the concrete path. */
function takePaths(doc: Record<string, unknown>, paths: readonly string[][]): Map<string, unknown> {
  const taken = new Map<string, unknown>();
  const walk = (node: Record<string, unknown>, path: string[], prefix: string) => {
    const [head, ...rest] = path;
    if (head === undefined) return;
    const keys = head === '*' ? Object.keys(node) : [head];
    for (const key of keys) {
      if (!(key in node)) continue;
      const at = prefix ? `${prefix}.${key}` : key;
      if (rest.length === 0) {
        taken.set(at, node[key]);
        delete node[key];
      } else {
        const child = asRecord(node[key]);
        if (child) walk(child, rest, at);
      }
    }
  };
  for (const p of paths) walk(doc, p, '');
  return taken;
}

/**
 * Compares two versions of a document with the dev-dependency tables taken
 * out: the rest must be identical, and the dev tables must differ.
 */
function compareWithoutDevTables(before: Record<string, unknown>, after: Record<string, unknown>, devTables: readonly string[][], path: string): DevOnlyVerdict {
  const devBefore = takePaths(before, devTables);
  const devAfter = takePaths(after, devTables);
  if (canonical(before) !== canonical(after)) {
    const outside = changedKeys(before, after);
    return { devOnly: false, changed: [], problem: `${path} changes more than dev dependencies (${outside.map((k) => `'${k}'`).join(', ')})` };
  }
  const changed = new Set<string>();
  for (const table of new Set([...devBefore.keys(), ...devAfter.keys()])) {
    const b = devBefore.get(table);
    const a = devAfter.get(table);
    const bRec = asRecord(b);
    const aRec = asRecord(a);
    if (bRec || aRec) for (const k of changedKeys(bRec, aRec)) changed.add(k);
    else if (canonical(b) !== canonical(a)) for (const k of arrayDependencyNames(b, a)) changed.add(k);
  }
  if (changed.size === 0) return { devOnly: false, changed: [], problem: `${path} changes no dev dependency` };
  return { devOnly: true, changed: [...changed].sort() };
}

/** PEP 735 groups and PEP 621 style lists: requirement strings; the names of those that differ. */
function arrayDependencyNames(before: unknown, after: unknown): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : canonical(x))) : []);
  const b = new Set(list(before));
  const a = new Set(list(after));
  const differing = [...b].filter((x) => !a.has(x)).concat([...a].filter((x) => !b.has(x)));
  return [...new Set(differing.map((req) => /^[A-Za-z0-9._-]+/.exec(req)?.[0] ?? req))];
}

function parseJson(text: string, path: string): Record<string, unknown> | string {
  try {
    return asRecord(JSON.parse(text) as Json) ?? `${path} is not a JSON object`;
  } catch (error) {
    return `${path} is not valid JSON (${(error as Error).message})`;
  }
}

function parseTomlDoc(text: string, path: string): Record<string, unknown> | string {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    return `${path} is not valid TOML (${(error as Error).message.split('\n')[0]})`;
  }
}

const PACKAGE_JSON_DEV = [['devDependencies']];
const PYPROJECT_DEV = [['dependency-groups', '*'], ['tool', 'poetry', 'dev-dependencies'], ['tool', 'poetry', 'group', '*', 'dependencies'], ['tool', 'uv', 'dev-dependencies'], ['tool', 'pdm', 'dev-dependencies']];
const CARGO_DEV = [['dev-dependencies'], ['target', '*', 'dev-dependencies']];

/**
 * npm lockfiles mark each installed package `dev: true` when only dev
 * dependencies need it: every entry that changed must carry that mark, and the
 * root entry may change only in its devDependencies.
 */
function npmLockDevOnly(before: Record<string, unknown>, after: Record<string, unknown>, path: string): DevOnlyVerdict {
  const notDev = (problem: string): DevOnlyVerdict => ({ devOnly: false, changed: [], problem });
  const rootBefore = asRecord(asRecord(before.packages)?.['']) ?? {};
  const rootAfter = asRecord(asRecord(after.packages)?.['']) ?? {};
  const rootOutside = changedKeys(rootBefore, rootAfter).filter((k) => k !== 'devDependencies');
  if (rootOutside.length > 0) return notDev(`${path} changes the root package's ${rootOutside.map((k) => `'${k}'`).join(', ')}`);
  const changed = new Set(changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies)));
  for (const section of ['packages', 'dependencies'] as const) {
    const b = asRecord(before[section]) ?? {};
    const a = asRecord(after[section]) ?? {};
    for (const key of changedKeys(b, a)) {
      if (section === 'packages' && key === '') continue;
      // `devOptional` is also needed by an optional runtime dependency: not dev-only.
      if ((asRecord(a[key]) ?? asRecord(b[key]))?.dev !== true) return notDev(`${path} changes '${key}', which is not a dev-only package`);
      changed.add(key.replace(/^.*node_modules\//, ''));
    }
  }
  const rest = (doc: Record<string, unknown>) => canonical({ ...doc, packages: null, dependencies: null });
  if (rest(before) !== rest(after)) return notDev(`${path} changes lockfile fields besides its packages`);
  if (changed.size === 0) return notDev(`${path} changes no dev dependency`);
  return { devOnly: true, changed: [...changed].sort() };
}

/**
 * Whether one changed dependency file changes development dependencies only.
 * `before`/`after` are undefined when the file is added/deleted. Lockfiles
 * other than npm's cannot be read per entry: they are judged with their
 * manifest by the caller.
 */
export function devOnlyChange(file: DependencyFile, path: string, before: string | undefined, after: string | undefined): DevOnlyVerdict {
  if (file.format === 'requirements-dev') return { devOnly: true, changed: arrayDependencyNames(lines(before), lines(after)) };
  if (file.format === 'runtime') return { devOnly: false, changed: [], problem: `${path} declares runtime dependencies and has no dev section` };
  if (file.format === 'other-lock') return { devOnly: false, changed: [], problem: `${path} cannot be checked entry by entry` };
  if (before === undefined || after === undefined) {
    return { devOnly: false, changed: [], problem: `${path} is ${before === undefined ? 'added' : 'deleted'}, not updated` };
  }
  const parse = file.format === 'pyproject' || file.format === 'cargo-toml' ? parseTomlDoc : parseJson;
  const b = parse(before, path);
  const a = parse(after, path);
  if (typeof b === 'string') return { devOnly: false, changed: [], problem: b };
  if (typeof a === 'string') return { devOnly: false, changed: [], problem: a };
  if (file.format === 'npm-lock') return npmLockDevOnly(b, a, path);
  const tables = file.format === 'package-json' ? PACKAGE_JSON_DEV : file.format === 'pyproject' ? PYPROJECT_DEV : CARGO_DEV;
  return compareWithoutDevTables(b, a, tables, path);
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

import { parse as parseToml } from 'smol-toml';
import { asRecord, canonical, type Doc } from './canonical-json.js';
import { pathSource, REGISTRY, type DependencySource } from './dependency-sources.js';
import { LockfileError, reachable, type LockedPackage, type Lockfile } from './locked-packages.js';
import { normalizePythonName, parsePep508 } from './pep508.js';

function toml(text: string): Doc {
  try {
    return parseToml(text) as Doc;
  } catch (error) {
    throw new LockfileError(`is not valid TOML (${(error as Error).message.split('\n')[0]})`);
  }
}

function list(value: unknown): Doc[] {
  return Array.isArray(value) ? value.map((v) => asRecord(v) ?? {}) : [];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const names = (entries: unknown): string[] => list(entries).map((d) => normalizePythonName(str(d.name))).filter(Boolean);

/** poetry.lock: `[[package]]` with an optional `[package.source]` (git, url, file, directory, or a `legacy` index). */
export function readPoetryLockfile(text: string, dir: string): Lockfile {
  const doc = toml(text);
  const packages = list(doc.package).map((p): LockedPackage => {
    const src = asRecord(p.source);
    let source: DependencySource = REGISTRY;
    if (src) {
      const type = str(src.type);
      const url = str(src.url);
      if (type === 'legacy') source = { kind: 'registry', url };
      else if (type === 'directory') source = pathSource(dir, url, 'the folder');
      else source = { kind: 'other', detail: `${type === 'git' ? 'a git repository' : `a ${type || 'non-registry'} source`} (${url})` };
    }
    const groups = Array.isArray(p.groups) ? p.groups.map(String) : undefined;
    const dev = groups ? !groups.includes('main') : typeof p.category === 'string' ? p.category === 'dev' : undefined;
    return {
      name: normalizePythonName(str(p.name)),
      version: str(p.version),
      source,
      ...(dev !== undefined ? { dev } : {}),
      dependsOn: Object.keys(asRecord(p.dependencies) ?? {}).map(normalizePythonName),
      content: canonical({ files: p.files ?? null, source: src ?? null }),
    };
  });
  return { packages, roots: [], graph: true };
}

function uvSource(source: Doc | undefined, dir: string): DependencySource {
  if (!source) return REGISTRY;
  if (typeof source.registry === 'string') return /^https?:/i.test(source.registry) ? { kind: 'registry', url: source.registry } : pathSource(dir, source.registry, 'the index folder');
  for (const key of ['editable', 'virtual', 'directory', 'path']) if (typeof source[key] === 'string') return pathSource(dir, source[key], `the ${key} path`);
  if (typeof source.git === 'string') return { kind: 'other', detail: `a git repository (${source.git})` };
  if (typeof source.url === 'string') return { kind: 'other', detail: `the URL ${source.url}` };
  return { kind: 'other', detail: canonical(source) };
}

/**
 * uv.lock: every package with its `source`; the project's own packages
 * (editable or virtual) list their runtime dependencies, extras and dev
 * groups, from which a package's dev-ness follows.
 */
export function readUvLockfile(text: string, dir: string): Lockfile {
  const doc = toml(text);
  const raw = list(doc.package);
  const packages: LockedPackage[] = raw.map((p) => {
    const optional = Object.values(asRecord(p['optional-dependencies']) ?? {}).flatMap(names);
    const dev = Object.values(asRecord(p['dev-dependencies']) ?? {}).flatMap(names);
    return {
      name: normalizePythonName(str(p.name)),
      version: str(p.version),
      source: uvSource(asRecord(p.source), dir),
      dependsOn: [...names(p.dependencies), ...optional, ...dev],
      content: canonical({ sdist: p.sdist ?? null, wheels: p.wheels ?? null, source: p.source ?? null }),
    };
  });
  const own = raw.filter((p) => {
    const s = asRecord(p.source);
    return s !== undefined && (typeof s.editable === 'string' || typeof s.virtual === 'string');
  });
  const runtimeRoots = own.flatMap((p) => [...names(p.dependencies), ...Object.values(asRecord(p['optional-dependencies']) ?? {}).flatMap(names)]);
  const devRoots = own.flatMap((p) => Object.values(asRecord(p['dev-dependencies']) ?? {}).flatMap(names));
  if (own.length > 0) {
    // Reached from the runtime dependencies only through packages: the runtime closure, without dev groups.
    const runtimeGraph = packages.map((p) => (own.some((o) => normalizePythonName(str(o.name)) === p.name) ? { ...p, dependsOn: [] } : p));
    const runtime = reachable(runtimeGraph, runtimeRoots);
    for (const p of packages) if (p.source.kind !== 'local') p.dev = !runtime.has(p.name);
  }
  return { packages, roots: [...runtimeRoots, ...devRoots, ...own.map((p) => normalizePythonName(str(p.name)))], graph: true };
}

/** pdm.lock: `[[package]]` with `groups`, PEP 508 `dependencies`, and `git`/`url`/`path` for what is not from an index. */
export function readPdmLockfile(text: string, dir: string): Lockfile {
  const doc = toml(text);
  const packages = list(doc.package).map((p): LockedPackage => {
    let source: DependencySource = REGISTRY;
    if (typeof p.git === 'string') source = { kind: 'other', detail: `a git repository (${p.git})` };
    else if (typeof p.url === 'string') source = { kind: 'other', detail: `the URL ${p.url}` };
    else if (typeof p.path === 'string') source = pathSource(dir, p.path, 'the path');
    const groups = Array.isArray(p.groups) ? p.groups.map(String) : undefined;
    return {
      name: normalizePythonName(str(p.name)),
      version: str(p.version),
      source,
      ...(groups ? { dev: !groups.includes('default') } : {}),
      dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => parsePep508(String(d))?.name ?? '').filter(Boolean),
      content: canonical({ files: p.files ?? null, git: p.git ?? null, revision: p.revision ?? null, url: p.url ?? null }),
    };
  });
  return { packages, roots: [], graph: true };
}

/** Pipfile.lock: `default` and `develop`, each name → { version, hashes, index | git | path | file }. */
export function readPipfileLockfile(text: string, dir: string): Lockfile {
  let doc: Doc | undefined;
  try {
    doc = asRecord(JSON.parse(text));
  } catch (error) {
    throw new LockfileError(`is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!doc) throw new LockfileError('is not a JSON object');
  const sources = new Map(list(asRecord(doc._meta)?.sources).map((s) => [str(s.name), str(s.url)]));
  const runtime = new Set(Object.keys(asRecord(doc.default) ?? {}).map(normalizePythonName));
  const packages: LockedPackage[] = [];
  for (const section of ['default', 'develop']) {
    for (const [rawName, raw] of Object.entries(asRecord(doc[section]) ?? {})) {
      const entry = asRecord(raw) ?? {};
      const name = normalizePythonName(rawName);
      let source: DependencySource = REGISTRY;
      if (typeof entry.git === 'string') source = { kind: 'other', detail: `a git repository (${entry.git})` };
      else if (typeof entry.path === 'string') source = pathSource(dir, entry.path, 'the path');
      else if (typeof entry.file === 'string') source = { kind: 'other', detail: `the file ${entry.file}` };
      else if (typeof entry.index === 'string') source = sources.has(entry.index) ? { kind: 'registry', url: sources.get(entry.index)! } : { kind: 'other', detail: `the index '${entry.index}'` };
      packages.push({
        name,
        version: str(entry.version).replace(/^==/, ''),
        source,
        dev: section === 'develop' && !runtime.has(name),
        dependsOn: [],
        content: canonical({ hashes: entry.hashes ?? null, ref: entry.ref ?? null }),
      });
    }
  }
  return { packages, roots: [...new Set(packages.map((p) => p.name))], graph: false };
}

/** PEP 751 pylock.toml: `[[packages]]` from an index, a VCS, a directory or an archive. */
export function readPylockFile(text: string, dir: string): Lockfile {
  const doc = toml(text);
  const packages = list(doc.packages).map((p): LockedPackage => {
    let source: DependencySource = typeof p.index === 'string' ? { kind: 'registry', url: p.index } : REGISTRY;
    const vcs = asRecord(p.vcs);
    const directory = asRecord(p.directory);
    const archive = asRecord(p.archive);
    if (vcs) source = { kind: 'other', detail: `a ${str(vcs.type) || 'VCS'} repository (${str(vcs.url) || str(vcs.path)})` };
    else if (directory) source = pathSource(dir, str(directory.path), 'the folder');
    else if (archive) source = { kind: 'other', detail: `the archive ${str(archive.url) || str(archive.path)}` };
    return {
      name: normalizePythonName(str(p.name)),
      version: str(p.version),
      source,
      dependsOn: names(p.dependencies),
      content: canonical({ sdist: p.sdist ?? null, wheels: p.wheels ?? null, vcs: p.vcs ?? null, archive: p.archive ?? null }),
    };
  });
  return { packages, roots: [], graph: Array.isArray(doc.packages) && list(doc.packages).some((p) => p.dependencies !== undefined) };
}

import { asRecord, type Doc } from './canonical-json.js';
import { pathSource, REGISTRY, type DependencySource } from './dependency-sources.js';
import { LockfileError, type LockedPackage, type Lockfile } from './locked-packages.js';

const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Where a `resolved` (or a v1 `version`) says the bytes come from. */
export function npmResolvedSource(resolved: unknown, dir: string): DependencySource {
  if (typeof resolved !== 'string' || resolved === '') return REGISTRY;
  if (/^https?:\/\//i.test(resolved)) return { kind: 'registry', url: resolved };
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(resolved)) return { kind: 'other', detail: `a git repository (${resolved})` };
  if (/^file:/i.test(resolved) || !/^[a-z][a-z0-9+.-]*:/i.test(resolved)) return pathSource(dir, resolved, 'the path');
  return { kind: 'other', detail: resolved };
}

function depNames(entry: Doc, withDev: boolean): string[] {
  const fields: string[] = [...DEP_FIELDS, ...(withDev ? ['devDependencies'] : [])];
  return fields.flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
}

/** The package name a `packages` key installs: the part after the last node_modules/ (`@scope/name` kept whole). */
function nameAt(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return at < 0 ? key : key.slice(at + 'node_modules/'.length);
}

/** package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`) to 3 (flat `packages`). */
export function readNpmLockfile(text: string, dir: string): Lockfile {
  let doc: Doc | undefined;
  try {
    doc = asRecord(JSON.parse(text));
  } catch (error) {
    throw new LockfileError(`not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!doc) throw new LockfileError('not a JSON object');
  const packages = asRecord(doc.packages);
  if (packages) return fromPackages(packages, dir);
  if (asRecord(doc.dependencies) || doc.lockfileVersion === 1) return fromV1(asRecord(doc.dependencies) ?? {}, dir);
  throw new LockfileError("has neither 'packages' nor 'dependencies'");
}

function fromPackages(packages: Doc, dir: string): Lockfile {
  const out: LockedPackage[] = [];
  const roots: string[] = [];
  for (const [key, raw] of Object.entries(packages)) {
    const entry = asRecord(raw) ?? {};
    const installed = key.includes('node_modules/');
    // The root ('') and workspace folders declare the project's own dependencies.
    if (!installed) roots.push(...depNames(entry, true));
    const nameAtKey = nameAt(key);
    const name = typeof entry.name === 'string' && installed ? entry.name : nameAtKey;
    let source: DependencySource;
    if (!installed) source = { kind: 'local', detail: `the workspace folder ${key || '.'}` };
    else if (entry.link === true) source = pathSource(dir, String(entry.resolved ?? ''), 'the linked folder');
    else if (entry.inBundle === true) source = { kind: 'registry' };
    else source = npmResolvedSource(entry.resolved, dir);
    // An alias installs another package under this name (`node_modules/vitest` with `"name": "evil-vitest"`).
    if (installed && typeof entry.name === 'string' && entry.name !== nameAtKey) source = { kind: 'other', detail: `${entry.name} installed as ${nameAtKey}` };
    if (!installed && key === '') continue;
    out.push({
      name: installed ? nameAtKey : name,
      version: typeof entry.version === 'string' ? entry.version : '',
      source,
      dev: entry.dev === true,
      dependsOn: depNames(entry, !installed),
      content: [entry.resolved, entry.integrity].filter((x) => typeof x === 'string').join(' '),
    });
  }
  return { packages: out, roots, graph: true };
}

function fromV1(dependencies: Doc, dir: string): Lockfile {
  const out: LockedPackage[] = [];
  const walk = (deps: Doc): void => {
    for (const [name, raw] of Object.entries(deps)) {
      const entry = asRecord(raw) ?? {};
      const version = typeof entry.version === 'string' ? entry.version : '';
      let source = npmResolvedSource(entry.resolved, dir);
      // v1 writes an alias as `"version": "npm:real@1.0.0"` and a git dependency as its URL.
      if (version.startsWith('npm:')) source = { kind: 'other', detail: `${version.slice(4)} installed as ${name}` };
      else if (!/^\d/.test(version) && version !== '') source = npmResolvedSource(version, dir);
      out.push({
        name,
        version,
        source,
        dev: entry.dev === true,
        dependsOn: Object.keys(asRecord(entry.requires) ?? {}),
        content: [entry.resolved, entry.integrity].filter((x) => typeof x === 'string').join(' '),
      });
      walk(asRecord(entry.dependencies) ?? {});
    }
  };
  walk(dependencies);
  // v1 keeps no root entry: every top-level name is taken as a direct dependency.
  return { packages: out, roots: Object.keys(dependencies), graph: true };
}

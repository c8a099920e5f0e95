import { posix } from 'node:path';
import npa from 'npm-package-arg';
import type { Ecosystem } from './dependency-files.js';
import type { Pep508Requirement } from './pep508.js';

/**
 * Where a dependency is installed from. An allowlist names registry packages:
 * `"vitest": "npm:evil-vitest@1"`, a git URL, a tarball, a path or another
 * index installs something else under an allowlisted name, so only `registry`
 * is the package the allowlist means.
 */
export type DependencySource =
  | { kind: 'registry'; /** The index or tarball URL when the file names one (lockfiles). */ url?: string }
  | { kind: 'local'; detail: string }
  | { kind: 'other'; detail: string };

export const REGISTRY: DependencySource = { kind: 'registry' };

/** The public registries' hosts; a policy adds its own (runner.sandbox.registries). */
export const PUBLIC_REGISTRY_HOSTS: Record<Ecosystem, readonly string[]> = {
  npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
  pypi: ['pypi.org', 'files.pythonhosted.org'],
  go: ['proxy.golang.org'],
  cargo: ['index.crates.io', 'static.crates.io'],
};

/** Whether `url` is on one of the registry hosts (`*.example.com` and `host:port` as the policy writes them). */
export function onRegistryHost(ecosystem: Ecosystem, url: string, extraHosts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  return [...PUBLIC_REGISTRY_HOSTS[ecosystem], ...extraHosts].some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h.toLowerCase()));
}

const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate)$/i;

/**
 * A path dependency: `local` when it is a folder inside the repository (code a
 * reviewer sees in the diff), `other` when it leaves the repository or is an
 * archive (bytes nobody reviews).
 */
export function pathSource(manifestDir: string, target: string, what: string): DependencySource {
  const clean = target.replace(/^file:(?:\/\/)?/, '');
  if (ARCHIVE.test(clean)) return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, an archive` };
  if (clean.startsWith('/') || /^[A-Za-z]:[\\/]/.test(clean) || clean.startsWith('~')) return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, outside the repository` };
  const resolved = posix.normalize(posix.join(manifestDir, clean));
  if (resolved === '..' || resolved.startsWith('../')) return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, outside the repository` };
  return { kind: 'local', detail: `${what} ${JSON.stringify(target)}` };
}

/** An npm-style spec (package.json, also the protocols Yarn, pnpm and Bun add). */
export function npmSource(name: string, spec: string, manifestDir: string): DependencySource {
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(spec)?.[1]?.toLowerCase();
  if (protocol === 'workspace') return { kind: 'local', detail: `the workspace package (${spec})` };
  if (protocol === 'link' || protocol === 'portal') return pathSource(manifestDir, spec.slice(protocol.length + 1), `the ${protocol}: path`);
  if (protocol === 'catalog') return { kind: 'other', detail: `a pnpm catalog entry (${spec}), which is resolved in pnpm-workspace.yaml` };
  let parsed: ReturnType<typeof npa.resolve>;
  try {
    parsed = npa.resolve(name, spec, '/');
  } catch {
    return { kind: 'other', detail: `the ${protocol ? `${protocol}: protocol` : `spec ${JSON.stringify(spec)}`}` };
  }
  switch (parsed.type) {
    case 'version':
    case 'range':
    case 'tag':
      return REGISTRY;
    case 'alias': {
      const target = parsed.subSpec;
      if (target && target.name === name && (target.type === 'version' || target.type === 'range' || target.type === 'tag')) return REGISTRY;
      return { kind: 'other', detail: `an alias of ${target?.name ?? 'another package'} (${spec})` };
    }
    case 'git':
      return { kind: 'other', detail: `a git repository (${spec})` };
    case 'remote':
      return { kind: 'other', detail: `a tarball URL (${spec})` };
    case 'file':
      return { kind: 'other', detail: `a local tarball (${spec})` };
    case 'directory':
      return pathSource(manifestDir, spec, 'the folder');
    default:
      return { kind: 'other', detail: `${JSON.stringify(spec)}` };
  }
}

/** A PEP 508 requirement: a direct reference (`name @ url`) is not the registry's package. */
export function pep508Source(requirement: Pep508Requirement, manifestDir: string): DependencySource {
  const url = requirement.url;
  if (url === undefined) return REGISTRY;
  if (/^(?:git|hg|svn|bzr)\+/i.test(url)) return { kind: 'other', detail: `a ${url.slice(0, url.indexOf('+'))} repository (${url})` };
  if (/^file:/i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return pathSource(manifestDir, url, 'the path');
  return { kind: 'other', detail: `the URL ${url}` };
}

type Table = Record<string, unknown>;

/** Keys a registry dependency's table may have in Poetry and Pipfile: the version and when it applies. */
const PYTHON_REGISTRY_KEYS = new Set([
  'version',
  'extras',
  'markers',
  'python',
  'optional',
  'allow-prereleases',
  'allow_prereleases',
  'platform',
  'sys_platform',
  'os_name',
  'platform_machine',
  'platform_python_implementation',
  'platform_system',
  'python_version',
  'python_full_version',
  'implementation_name',
]);

/** A Poetry or Pipfile entry: a version string, or a table that may name git, a path, a URL or another index. */
export function pythonTableSource(value: unknown, manifestDir: string): DependencySource {
  if (typeof value === 'string') return REGISTRY;
  if (Array.isArray(value)) {
    // Poetry's multiple-constraint form: every alternative must come from the registry.
    for (const v of value) {
      const s = pythonTableSource(v, manifestDir);
      if (s.kind !== 'registry') return s;
    }
    return REGISTRY;
  }
  if (!value || typeof value !== 'object') return { kind: 'other', detail: `${JSON.stringify(value)}` };
  const table = value as Table;
  if (typeof table.git === 'string') return { kind: 'other', detail: `a git repository (${table.git})` };
  if (typeof table.path === 'string') return pathSource(manifestDir, table.path, 'the path');
  if (typeof table.file === 'string') return /^[a-z][a-z0-9+.-]*:/i.test(table.file) && !/^file:/i.test(table.file) ? { kind: 'other', detail: `the URL ${table.file}` } : pathSource(manifestDir, table.file, 'the file');
  if (typeof table.url === 'string') return { kind: 'other', detail: `the URL ${table.url}` };
  for (const key of ['source', 'index']) if (typeof table[key] === 'string') return { kind: 'other', detail: `the package index '${String(table[key])}'` };
  const unknown = Object.keys(table).filter((k) => !PYTHON_REGISTRY_KEYS.has(k));
  if (unknown.length > 0) return { kind: 'other', detail: `an entry with ${unknown.map((k) => `'${k}'`).join(', ')}` };
  return REGISTRY;
}

const CARGO_REGISTRY_KEYS = new Set(['version', 'features', 'default-features', 'default_features', 'optional', 'workspace', 'public', 'artifact', 'target', 'lib']);

/** A Cargo.toml entry: git, path, another registry or a rename (`package = "…"`) is not crates.io's package of that name. */
export function cargoSource(name: string, value: unknown, manifestDir: string): DependencySource {
  if (typeof value === 'string') return REGISTRY;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'other', detail: `${JSON.stringify(value)}` };
  const table = value as Table;
  if (typeof table.git === 'string') return { kind: 'other', detail: `a git repository (${table.git})` };
  if (typeof table.path === 'string') return pathSource(manifestDir, table.path, 'the path');
  if (typeof table.registry === 'string' || typeof table['registry-index'] === 'string') return { kind: 'other', detail: `the registry '${String(table.registry ?? table['registry-index'])}'` };
  if (typeof table.package === 'string' && table.package !== name) return { kind: 'other', detail: `a rename of ${table.package}` };
  const unknown = Object.keys(table).filter((k) => !CARGO_REGISTRY_KEYS.has(k) && k !== 'package');
  if (unknown.length > 0) return { kind: 'other', detail: `an entry with ${unknown.map((k) => `'${k}'`).join(', ')}` };
  return REGISTRY;
}

import { BUILT_IN_FORBIDDEN } from '@agent-guards/config';
import { Minimatch } from 'minimatch';

const compiled = new Map<string, Minimatch>();

/** Globs are compiled once: the kind checks test every changed path against the same few dozen. */
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    m = new Minimatch(glob, { dot: true });
    compiled.set(glob, m);
  }
  return m;
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matcher(g).match(path));
}

export { isTestPath } from '@agent-guards/config';

export const DOC_PATH_GLOBS = [
  '**/*.md',
  '**/*.mdx',
  '**/*.markdown',
  '**/*.rst',
  '**/*.adoc',
  'docs/**',
  'doc/**',
  '**/README',
  '**/README.*',
  '**/CHANGELOG*',
  '**/LICENSE*',
  '**/NOTICE*',
  '**/CONTRIBUTING*',
];

export function isDocPath(path: string): boolean {
  return matchesAny(path, DOC_PATH_GLOBS);
}

/** Files that are a public contract whatever the map says: API descriptions, schemas, type declarations. */
export const PUBLIC_CONTRACT_GLOBS = [
  ...BUILT_IN_FORBIDDEN.filter((c) => c.id === 'public-api-contracts' || c.id === 'schemas').flatMap((c) => c.patterns),
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];

export type DependencyFileRole = 'manifest' | 'lockfile';

export interface DependencyFile {
  role: DependencyFileRole;
  format: 'package-json' | 'npm-lock' | 'pyproject' | 'requirements-dev' | 'cargo-toml' | 'other-lock' | 'runtime';
}

const BASENAME_ROLES: Record<string, DependencyFile> = {
  'package.json': { role: 'manifest', format: 'package-json' },
  'package-lock.json': { role: 'lockfile', format: 'npm-lock' },
  'npm-shrinkwrap.json': { role: 'lockfile', format: 'npm-lock' },
  'yarn.lock': { role: 'lockfile', format: 'other-lock' },
  'pnpm-lock.yaml': { role: 'lockfile', format: 'other-lock' },
  'bun.lock': { role: 'lockfile', format: 'other-lock' },
  'pyproject.toml': { role: 'manifest', format: 'pyproject' },
  'poetry.lock': { role: 'lockfile', format: 'other-lock' },
  'uv.lock': { role: 'lockfile', format: 'other-lock' },
  'pdm.lock': { role: 'lockfile', format: 'other-lock' },
  'Pipfile.lock': { role: 'lockfile', format: 'other-lock' },
  'Cargo.toml': { role: 'manifest', format: 'cargo-toml' },
  'Cargo.lock': { role: 'lockfile', format: 'other-lock' },
  // Go modules and plain requirement files have no notion of a dev dependency.
  'go.mod': { role: 'manifest', format: 'runtime' },
  'go.sum': { role: 'lockfile', format: 'runtime' },
};

/** Requirement files that hold development dependencies only. */
const DEV_REQUIREMENTS = ['**/requirements-dev.txt', '**/dev-requirements.txt', '**/requirements-test.txt', '**/test-requirements.txt', '**/requirements/dev.txt', '**/requirements/test.txt'];

export function dependencyFile(path: string): DependencyFile | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (BASENAME_ROLES[name]) return BASENAME_ROLES[name];
  if (matchesAny(path, DEV_REQUIREMENTS)) return { role: 'manifest', format: 'requirements-dev' };
  // Other requirement files pin runtime dependencies: a manifest that is never dev-only.
  if (/(^|\/)requirements[^/]*\.txt$/.test(path) || name === 'Pipfile' || name === 'setup.py' || name === 'setup.cfg') return { role: 'manifest', format: 'runtime' };
  return undefined;
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

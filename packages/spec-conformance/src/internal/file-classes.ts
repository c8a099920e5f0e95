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

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The ecosystems whose dependencies the guards read. */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'cargo';

export type ManifestFormat = 'package-json' | 'pyproject' | 'requirements' | 'pipfile' | 'go-mod' | 'cargo-toml' | 'setup-py' | 'setup-cfg';
export type LockfileFormat = 'npm-lock' | 'yarn-lock' | 'pnpm-lock' | 'bun-lock' | 'poetry-lock' | 'uv-lock' | 'pdm-lock' | 'pipfile-lock' | 'cargo-lock' | 'go-sum';

export type DependencyFile =
  | { role: 'manifest'; ecosystem: Ecosystem; format: ManifestFormat }
  | { role: 'lockfile'; ecosystem: Ecosystem; format: LockfileFormat };

const BY_NAME: Record<string, DependencyFile> = {
  'package.json': { role: 'manifest', ecosystem: 'npm', format: 'package-json' },
  'package-lock.json': { role: 'lockfile', ecosystem: 'npm', format: 'npm-lock' },
  'npm-shrinkwrap.json': { role: 'lockfile', ecosystem: 'npm', format: 'npm-lock' },
  'yarn.lock': { role: 'lockfile', ecosystem: 'npm', format: 'yarn-lock' },
  'pnpm-lock.yaml': { role: 'lockfile', ecosystem: 'npm', format: 'pnpm-lock' },
  'bun.lock': { role: 'lockfile', ecosystem: 'npm', format: 'bun-lock' },
  'bun.lockb': { role: 'lockfile', ecosystem: 'npm', format: 'bun-lock' },
  'pyproject.toml': { role: 'manifest', ecosystem: 'pypi', format: 'pyproject' },
  Pipfile: { role: 'manifest', ecosystem: 'pypi', format: 'pipfile' },
  'setup.py': { role: 'manifest', ecosystem: 'pypi', format: 'setup-py' },
  'setup.cfg': { role: 'manifest', ecosystem: 'pypi', format: 'setup-cfg' },
  'poetry.lock': { role: 'lockfile', ecosystem: 'pypi', format: 'poetry-lock' },
  'uv.lock': { role: 'lockfile', ecosystem: 'pypi', format: 'uv-lock' },
  'pdm.lock': { role: 'lockfile', ecosystem: 'pypi', format: 'pdm-lock' },
  'Pipfile.lock': { role: 'lockfile', ecosystem: 'pypi', format: 'pipfile-lock' },
  'go.mod': { role: 'manifest', ecosystem: 'go', format: 'go-mod' },
  'go.sum': { role: 'lockfile', ecosystem: 'go', format: 'go-sum' },
  'Cargo.toml': { role: 'manifest', ecosystem: 'cargo', format: 'cargo-toml' },
  'Cargo.lock': { role: 'lockfile', ecosystem: 'cargo', format: 'cargo-lock' },
};

/** The last letters of every name above and of requirement files (.txt, .in): most paths are ruled out by their last character. */
const LAST_CHARS = new Set([...Object.keys(BY_NAME), 'x.txt', 'x.TXT', 'x.in', 'x.IN'].map((name) => name.charCodeAt(name.length - 1)));

/** pip requirement files: requirements*.txt|.in, and any .txt|.in in a requirements/ folder. */
function isRequirements(path: string, base: string): boolean {
  return /^requirements.*\.(txt|in)$/i.test(base) || /^[\w.-]*requirements\.(txt|in)$/i.test(base) || (/\.(txt|in)$/i.test(base) && /(^|\/)requirements\//.test(path));
}

/** Which dependency file `path` is (by its name), or undefined. */
export function dependencyFileOf(path: string): DependencyFile | undefined {
  if (!LAST_CHARS.has(path.charCodeAt(path.length - 1))) return undefined;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const known = BY_NAME[base];
  if (known) return known;
  if (isRequirements(path, base)) return { role: 'manifest', ecosystem: 'pypi', format: 'requirements' };
  return undefined;
}

import { parse as parseToml } from 'smol-toml';

export type Ecosystem = 'npm' | 'pypi' | 'go' | 'cargo';

/** One declared dependency: its ecosystem, name, whether it is a dev dependency, and its version spec. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  name: string;
  dev: boolean;
  /** The section it is declared in, for messages (e.g. `devDependencies`). */
  section: string;
  spec: string;
}

export interface DependencyChange {
  kind: 'added' | 'changed' | 'removed';
  dependency: DeclaredDependency;
  previousSpec?: string;
}

export class DependencyFileError extends Error {}

const DEV_GROUP = /^(dev|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|check|ci)$/i;

/** The last letters of package.json, pyproject.toml, Cargo.toml, requirements*.txt|.in (any case), Pipfile and go.mod. */
const MANIFEST_LAST_CHARS = new Set([...'nNtTlLed'].map((c) => c.charCodeAt(0)));

/** Which parser a path needs, or undefined if it is not a dependency manifest. */
export function dependencyFileKind(path: string): 'package.json' | 'pyproject' | 'requirements' | 'pipfile' | 'go.mod' | 'cargo' | undefined {
  // Every manifest name below ends in one of these letters: most paths are ruled out by their last character.
  if (!MANIFEST_LAST_CHARS.has(path.charCodeAt(path.length - 1))) return undefined;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'package.json') return 'package.json';
  if (base === 'pyproject.toml') return 'pyproject';
  if (/^requirements.*\.(txt|in)$/i.test(base) || (/\.(txt|in)$/i.test(base) && /(^|\/)requirements\//.test(path))) return 'requirements';
  if (base === 'Pipfile') return 'pipfile';
  if (base === 'go.mod') return 'go.mod';
  if (base === 'Cargo.toml') return 'cargo';
  return undefined;
}

/** Parses the dependencies a manifest declares; throws DependencyFileError when it cannot be read. */
export function parseDependencies(path: string, text: string): DeclaredDependency[] {
  const kind = dependencyFileKind(path);
  try {
    switch (kind) {
      case 'package.json':
        return fromPackageJson(text);
      case 'pyproject':
        return fromPyproject(text);
      case 'requirements':
        return fromRequirements(path, text);
      case 'pipfile':
        return fromPipfile(text);
      case 'go.mod':
        return fromGoMod(text);
      case 'cargo':
        return fromCargo(text);
      default:
        return [];
    }
  } catch (error) {
    if (error instanceof DependencyFileError) throw error;
    throw new DependencyFileError(`cannot parse ${path}: ${(error as Error).message}`);
  }
}

/** What changed between two versions of one manifest (either side may be absent). */
export function diffDependencies(before: DeclaredDependency[], after: DeclaredDependency[]): DependencyChange[] {
  const key = (d: DeclaredDependency): string => `${d.section}\0${d.name}`;
  const old = new Map(before.map((d) => [key(d), d]));
  const changes: DependencyChange[] = [];
  const seen = new Set<string>();
  for (const d of after) {
    const k = key(d);
    seen.add(k);
    const prev = old.get(k);
    if (!prev) changes.push({ kind: 'added', dependency: d });
    else if (prev.spec !== d.spec) changes.push({ kind: 'changed', dependency: d, previousSpec: prev.spec });
  }
  for (const [k, d] of old) if (!seen.has(k)) changes.push({ kind: 'removed', dependency: d });
  return changes;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function specText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fromPackageJson(text: string): DeclaredDependency[] {
  const json = record(JSON.parse(text));
  const out: DeclaredDependency[] = [];
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    for (const [name, spec] of Object.entries(record(json[section]))) {
      out.push({ ecosystem: 'npm', name, dev: section === 'devDependencies', section, spec: specText(spec) });
    }
  }
  return out;
}

/** PEP 503 normalisation, so `Pytest_Cov` and `pytest-cov` are one package. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function pep508(requirement: string): { name: string; spec: string } | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$/.exec(requirement);
  if (!m) return undefined;
  return { name: normalizePythonName(m[1]!), spec: m[2]!.trim() };
}

function pythonList(items: unknown, section: string, dev: boolean): DeclaredDependency[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((x): x is string => typeof x === 'string')
    .map(pep508)
    .filter((x): x is { name: string; spec: string } => x !== undefined)
    .map((r) => ({ ecosystem: 'pypi' as const, name: r.name, dev, section, spec: r.spec }));
}

function pythonTable(table: unknown, section: string, dev: boolean): DeclaredDependency[] {
  return Object.entries(record(table))
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, spec]) => ({ ecosystem: 'pypi' as const, name: normalizePythonName(name), dev, section, spec: specText(spec) }));
}

function fromPyproject(text: string): DeclaredDependency[] {
  const toml = record(parseToml(text));
  const project = record(toml.project);
  const out = pythonList(project.dependencies, 'project.dependencies', false);
  for (const [group, items] of Object.entries(record(project['optional-dependencies']))) {
    out.push(...pythonList(items, `project.optional-dependencies.${group}`, DEV_GROUP.test(group)));
  }
  for (const [group, items] of Object.entries(record(toml['dependency-groups']))) {
    out.push(...pythonList(items, `dependency-groups.${group}`, true));
  }
  const tool = record(toml.tool);
  // uv's and pdm's own dev tables: dev dependencies like the others, so held to the allowlist too.
  out.push(...pythonList(record(tool.uv)['dev-dependencies'], 'tool.uv.dev-dependencies', true));
  for (const [group, items] of Object.entries(record(record(tool.pdm)['dev-dependencies']))) {
    out.push(...pythonList(items, `tool.pdm.dev-dependencies.${group}`, true));
  }
  const poetry = record(tool.poetry);
  out.push(...pythonTable(poetry.dependencies, 'tool.poetry.dependencies', false));
  out.push(...pythonTable(poetry['dev-dependencies'], 'tool.poetry.dev-dependencies', true));
  for (const [group, def] of Object.entries(record(poetry.group))) {
    out.push(...pythonTable(record(def).dependencies, `tool.poetry.group.${group}.dependencies`, group !== 'main'));
  }
  return out;
}

function fromRequirements(path: string, text: string): DeclaredDependency[] {
  const dev = /(dev|test|lint|docs|ci|typing)/i.test(path.slice(path.lastIndexOf('/') + 1)) || /(^|\/)requirements\/(dev|test)/i.test(path);
  const out: DeclaredDependency[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-')) continue;
    const r = pep508(line);
    if (r) out.push({ ecosystem: 'pypi', name: r.name, dev, section: path, spec: r.spec });
  }
  return out;
}

function fromPipfile(text: string): DeclaredDependency[] {
  const toml = record(parseToml(text));
  return [...pythonTable(toml.packages, 'packages', false), ...pythonTable(toml['dev-packages'], 'dev-packages', true)];
}

function fromGoMod(text: string): DeclaredDependency[] {
  const out: DeclaredDependency[] = [];
  let inBlock = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line) {
        const [name, version] = line.split(/\s+/);
        if (name && version) out.push({ ecosystem: 'go', name, dev: false, section: 'require', spec: version });
      }
      continue;
    }
    if (/^require\s*\($/.test(line)) inBlock = true;
    else {
      const m = /^require\s+(\S+)\s+(\S+)/.exec(line);
      if (m) out.push({ ecosystem: 'go', name: m[1]!, dev: false, section: 'require', spec: m[2]! });
    }
  }
  return out;
}

function fromCargo(text: string): DeclaredDependency[] {
  const toml = record(parseToml(text));
  const out: DeclaredDependency[] = [];
  const add = (table: unknown, section: string, dev: boolean): void => {
    for (const [name, spec] of Object.entries(record(table))) out.push({ ecosystem: 'cargo', name, dev, section, spec: specText(spec) });
  };
  add(toml.dependencies, 'dependencies', false);
  add(toml['dev-dependencies'], 'dev-dependencies', true);
  add(toml['build-dependencies'], 'build-dependencies', false);
  for (const [target, def] of Object.entries(record(toml.target))) {
    add(record(def).dependencies, `target.${target}.dependencies`, false);
    add(record(def)['dev-dependencies'], `target.${target}.dev-dependencies`, true);
  }
  return out;
}

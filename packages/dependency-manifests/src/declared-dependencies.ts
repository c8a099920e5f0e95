import { parse as parseToml } from 'smol-toml';
import { dependencyFileOf, type Ecosystem, type ManifestFormat } from './dependency-files.js';
import { isDevRequirementsPath, manifestSections, type ManifestSection } from './manifest-sections.js';

/** One declared dependency: its ecosystem, name, whether it is a dev dependency, and its version spec. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  name: string;
  dev: boolean;
  /** The section it is declared in, for messages (e.g. `devDependencies`, `tool.poetry.group.test.dependencies`). */
  section: string;
  spec: string;
}

export interface DependencyChange {
  kind: 'added' | 'changed' | 'removed';
  dependency: DeclaredDependency;
  previousSpec?: string;
}

/** A manifest that cannot be read: a guard that meets one cannot decide (fail closed). */
export class DependencyFileError extends Error {
  override name = 'DependencyFileError';
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

function specText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function at(doc: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = doc;
  for (const key of path) node = node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function fromSection(ecosystem: Ecosystem, doc: Record<string, unknown>, s: ManifestSection): DeclaredDependency[] {
  const section = s.path.join('.');
  const value = at(doc, s.path);
  if (s.shape === 'list') {
    if (!Array.isArray(value)) return [];
    return value
      .filter((x): x is string => typeof x === 'string')
      .map(pep508)
      .filter((r): r is { name: string; spec: string } => r !== undefined)
      .map((r) => ({ ecosystem, name: r.name, dev: s.dev, section, spec: r.spec }));
  }
  return Object.entries(value && typeof value === 'object' ? (value as Record<string, unknown>) : {})
    .filter(([name]) => !(ecosystem === 'pypi' && name.toLowerCase() === 'python'))
    .map(([name, spec]) => ({ ecosystem, name: ecosystem === 'pypi' ? normalizePythonName(name) : name, dev: s.dev, section, spec: specText(spec) }));
}

/** The parsed document of a JSON or TOML manifest. */
export function parseManifestDocument(format: ManifestFormat, text: string): Record<string, unknown> {
  const doc = format === 'package-json' ? (JSON.parse(text) as unknown) : parseToml(text);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DependencyFileError('not an object at the top level');
  return doc as Record<string, unknown>;
}

function fromRequirements(path: string, text: string): DeclaredDependency[] {
  const dev = isDevRequirementsPath(path);
  const out: DeclaredDependency[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-')) continue;
    const r = pep508(line);
    if (r) out.push({ ecosystem: 'pypi', name: r.name, dev, section: path, spec: r.spec });
  }
  return out;
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

/**
 * The dependencies a manifest declares; [] for a path that is no manifest.
 * Throws DependencyFileError when it cannot be read, and for setup.py and
 * setup.cfg, whose dependencies are code or build configuration this does not
 * evaluate: a guard cannot tell what such a change installs.
 */
export function parseDeclared(path: string, text: string): DeclaredDependency[] {
  const file = dependencyFileOf(path);
  if (!file || file.role !== 'manifest') return [];
  try {
    switch (file.format) {
      case 'requirements':
        return fromRequirements(path, text);
      case 'go-mod':
        return fromGoMod(text);
      case 'setup-py':
      case 'setup-cfg':
        throw new DependencyFileError(`${path} declares dependencies in a form that is not read here (move them to pyproject.toml)`);
      default: {
        const doc = parseManifestDocument(file.format, text);
        return manifestSections(file.format, doc).flatMap((s) => fromSection(file.ecosystem, doc, s));
      }
    }
  } catch (error) {
    if (error instanceof DependencyFileError) throw error;
    throw new DependencyFileError(`cannot parse ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** What changed between two versions of one manifest (either side may be empty). */
export function diffDeclared(before: readonly DeclaredDependency[], after: readonly DeclaredDependency[]): DependencyChange[] {
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

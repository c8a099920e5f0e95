import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { at, type Doc } from './canonical-json.js';
import { dependencyFileOf, type Ecosystem, type ManifestFormat } from './dependency-files.js';
import { cargoSource, npmSource, pep508Source, pythonTableSource, REGISTRY, type DependencySource } from './dependency-sources.js';
import { parseGoMod } from './go-mod.js';
import { isDevRequirementsPath, manifestSections, resolutionSettings, type ManifestSection } from './manifest-sections.js';
import { normalizePythonName, parsePep508 } from './pep508.js';
import { parseRequirementsFile } from './requirements-file.js';


/** One declared dependency: its ecosystem, name, whether it is a dev dependency, its version spec and where it comes from. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  name: string;
  dev: boolean;
  /** The section it is declared in, for messages (e.g. `devDependencies`, `tool.poetry.group.test.dependencies`). */
  section: string;
  spec: string;
  source: DependencySource;
}

export interface DependencyChange {
  kind: 'added' | 'changed' | 'removed';
  dependency: DeclaredDependency;
  previousSpec?: string;
}

/** What a manifest says about installing: its dependencies, and the settings that steer resolution (see resolutionSettings). */
export interface ManifestContents {
  dependencies: DeclaredDependency[];
  settings: Map<string, string>;
}

/** A manifest that cannot be read: a guard that meets one cannot decide (fail closed). */
export class DependencyFileError extends Error {
  override name = 'DependencyFileError';
}

function specText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fromSection(ecosystem: Ecosystem, doc: Doc, s: ManifestSection, dir: string): DeclaredDependency[] {
  const section = s.path.join('.');
  const value = at(doc, s.path);
  if (s.shape === 'list') {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new DependencyFileError(`'${section}' is not a list of requirements`);
    return value.flatMap((x): DeclaredDependency[] => {
      // PEP 735 lets a group include another (`{ include-group = "test" }`): the included group is read on its own.
      if (x && typeof x === 'object' && 'include-group' in x) return [];
      if (typeof x !== 'string') throw new DependencyFileError(`'${section}' has an entry that is not a requirement string: ${JSON.stringify(x)}`);
      const r = parsePep508(x);
      if (!r) throw new DependencyFileError(`'${section}' has ${JSON.stringify(x)}, which is not a PEP 508 requirement`);
      const spec = [r.url ? `@ ${r.url}` : r.specifier, r.marker ? `; ${r.marker}` : ''].filter(Boolean).join(' ');
      return [{ ecosystem, name: r.name, dev: s.dev, section, spec, source: pep508Source(r, dir) }];
    });
  }
  if (value !== undefined && (typeof value !== 'object' || Array.isArray(value))) throw new DependencyFileError(`'${section}' is not a table of dependencies`);
  return Object.entries((value ?? {}) as Doc)
    .filter(([name]) => !(ecosystem === 'pypi' && name.toLowerCase() === 'python'))
    .map(([name, spec]) => ({
      ecosystem,
      name: ecosystem === 'pypi' ? normalizePythonName(name) : name,
      dev: s.dev,
      section,
      spec: specText(spec),
      source:
        ecosystem === 'npm'
          ? typeof spec === 'string'
            ? npmSource(name, spec, dir)
            : { kind: 'other', detail: `${JSON.stringify(spec)}, which is not a version spec` }
          : ecosystem === 'cargo'
            ? cargoSource(name, spec, dir)
            : pythonTableSource(spec, dir),
    }));
}

/** The parsed document of a JSON or TOML manifest. */
export function parseManifestDocument(format: ManifestFormat, text: string): Doc {
  const doc = format === 'package-json' ? (JSON.parse(text) as unknown) : parseToml(text);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DependencyFileError('not an object at the top level');
  return doc as Doc;
}

function fromRequirements(path: string, text: string, dir: string): ManifestContents {
  const dev = isDevRequirementsPath(path);
  const file = parseRequirementsFile(text);
  const dependencies = file.requirements.map((line): DeclaredDependency => {
    const r = line.requirement;
    const spec = [line.editable ? '-e' : '', r.url ? (line.unnamedTarget !== undefined ? r.url : `@ ${r.url}`) : r.specifier, r.marker ? `; ${r.marker}` : '', line.hashes ? `(${line.hashes})` : '']
      .filter(Boolean)
      .join(' ');
    let source: DependencySource = line.unnamedTarget !== undefined || r.url ? pep508Source({ ...r, url: r.url ?? line.unnamedTarget }, dir) : REGISTRY;
    if (line.usesEnvironment) source = { kind: 'other', detail: 'a line pip completes from environment variables (${…})' };
    else if (line.buildOptions.length > 0) source = { kind: 'other', detail: `a build with ${line.buildOptions.join(' ')}` };
    else if (line.editable && source.kind === 'registry') source = { kind: 'other', detail: `an editable install (-e ${line.unnamedTarget ?? r.name})` };
    return { ecosystem: 'pypi', name: r.name, dev, section: path, spec, source };
  });
  // Every global option (another index, an include, --pre…) changes what pip installs.
  return { dependencies, settings: new Map(file.options.map((o) => [o, o])) };
}

function fromGoMod(text: string): ManifestContents {
  const mod = parseGoMod(text);
  return {
    dependencies: mod.requires.map((r) => ({ ecosystem: 'go', name: r.module, dev: false, section: 'require', spec: r.version, source: REGISTRY })),
    settings: mod.settings,
  };
}

/**
 * What a manifest declares; empty for a path that is no readable manifest.
 * Throws DependencyFileError when it cannot be read, and for setup.py and
 * setup.cfg, whose dependencies are code or build configuration this does not
 * evaluate: a guard cannot tell what such a change installs.
 */
export function readManifest(path: string, text: string): ManifestContents {
  const file = dependencyFileOf(path);
  if (!file || file.role !== 'manifest' || file.format === 'unread') return { dependencies: [], settings: new Map() };
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  try {
    switch (file.format) {
      case 'requirements':
        return fromRequirements(path, text, dir);
      case 'go-mod':
        return fromGoMod(text);
      case 'setup-py':
      case 'setup-cfg':
        throw new DependencyFileError(`${path} declares dependencies in a form that is not read here (move them to pyproject.toml)`);
      default: {
        const doc = parseManifestDocument(file.format, text);
        return {
          dependencies: manifestSections(file.format, doc).flatMap((s) => fromSection(file.ecosystem, doc, s, dir)),
          settings: resolutionSettings(file.format, doc),
        };
      }
    }
  } catch (error) {
    if (error instanceof DependencyFileError) throw error;
    throw new DependencyFileError(`cannot parse ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The dependencies a manifest declares (see readManifest). */
export function parseDeclared(path: string, text: string): DeclaredDependency[] {
  return readManifest(path, text).dependencies;
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

/** The settings that differ between two versions of one manifest: key → [before, after] (undefined where absent). */
export function diffSettings(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): [string, string | undefined, string | undefined][] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys.filter((k) => before.get(k) !== after.get(k)).map((k) => [k, before.get(k), after.get(k)]);
}

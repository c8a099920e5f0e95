import type { ManifestFormat } from './dependency-files.js';

/**
 * Where a manifest declares dependencies, and which of those places are for
 * development only: the one answer manifest-scope (which dependencies the
 * agent may change) and spec-conformance (whether a change is a dev
 * dependency update) both ask.
 *
 * - npm: `devDependencies`; dependencies, optional and peer ones are runtime.
 * - Python: PEP 735 `dependency-groups.*`, `tool.uv.dev-dependencies`,
 *   `tool.pdm.dev-dependencies.*`, `tool.poetry.dev-dependencies` and every
 *   Poetry group but `main` (Poetry's name for the runtime group); a PEP 621
 *   extra (`project.optional-dependencies.<extra>`) is dev when its name says
 *   so (dev, test, lint, docs, typing…), since users install extras too;
 *   Pipfile's `dev-packages`; a requirement file whose name says so.
 * - Cargo: `dev-dependencies`, also per target; build dependencies are runtime.
 * - Go modules have no dev dependencies.
 */
export interface ManifestSection {
  /** Key path in the parsed document (TOML/JSON). */
  path: string[];
  dev: boolean;
  /** A table of name → spec, or a list of requirement strings (PEP 508). */
  shape: 'table' | 'list';
}

/** Extras and groups named for development work. */
export const DEV_GROUP = /^(dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|check|ci)$/i;

/** A requirement file's name (or folder) says it is for development: requirements-dev.txt, requirements/test.in, … */
export function isDevRequirementsPath(path: string): boolean {
  return /(?:^|[-_./])(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|ci)(?=[-_./]|$)/i.test(path.replace(/requirements/gi, ''));
}

type Doc = Record<string, unknown>;

function table(value: unknown): Doc {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {};
}

/** The dependency sections present in a parsed manifest document. */
export function manifestSections(format: ManifestFormat, doc: Doc): ManifestSection[] {
  const out: ManifestSection[] = [];
  const add = (path: string[], dev: boolean, shape: ManifestSection['shape']): void => {
    let node: unknown = doc;
    for (const key of path) node = table(node)[key];
    if (node !== undefined) out.push({ path, dev, shape });
  };
  switch (format) {
    case 'package-json':
      for (const s of ['dependencies', 'optionalDependencies', 'peerDependencies']) add([s], false, 'table');
      add(['devDependencies'], true, 'table');
      break;
    case 'pyproject': {
      const project = table(doc.project);
      const tool = table(doc.tool);
      add(['project', 'dependencies'], false, 'list');
      for (const extra of Object.keys(table(project['optional-dependencies']))) add(['project', 'optional-dependencies', extra], DEV_GROUP.test(extra), 'list');
      for (const group of Object.keys(table(doc['dependency-groups']))) add(['dependency-groups', group], true, 'list');
      add(['tool', 'uv', 'dev-dependencies'], true, 'list');
      for (const group of Object.keys(table(table(tool.pdm)['dev-dependencies']))) add(['tool', 'pdm', 'dev-dependencies', group], true, 'list');
      add(['tool', 'poetry', 'dependencies'], false, 'table');
      add(['tool', 'poetry', 'dev-dependencies'], true, 'table');
      for (const group of Object.keys(table(table(tool.poetry).group))) add(['tool', 'poetry', 'group', group, 'dependencies'], group !== 'main', 'table');
      break;
    }
    case 'pipfile':
      add(['packages'], false, 'table');
      add(['dev-packages'], true, 'table');
      break;
    case 'cargo-toml':
      add(['dependencies'], false, 'table');
      add(['dev-dependencies'], true, 'table');
      add(['build-dependencies'], false, 'table');
      for (const target of Object.keys(table(doc.target))) {
        add(['target', target, 'dependencies'], false, 'table');
        add(['target', target, 'dev-dependencies'], true, 'table');
        add(['target', target, 'build-dependencies'], false, 'table');
      }
      break;
    default:
      break;
  }
  return out;
}

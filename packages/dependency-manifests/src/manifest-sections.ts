import { at, canonical, table, type Doc } from './canonical-json.js';
import type { ManifestFormat } from './dependency-files.js';

/**
 * Where a manifest declares dependencies, and which of those places are for
 * development only: the one answer manifest-scope (which dependencies the
 * agent may change) and spec-conformance (whether a change is a dev
 * dependency update) both ask.
 *
 * - npm: `devDependencies`; dependencies, optional and peer ones are runtime.
 * - Python: PEP 735 `dependency-groups.*`, `tool.uv.dev-dependencies`,
 *   `tool.pdm.dev-dependencies.*`, `tool.rye.dev-dependencies`, Hatch's
 *   environments (`tool.hatch.envs.*.dependencies`, `extra-dependencies`),
 *   `tool.poetry.dev-dependencies` and every Poetry group but `main` (Poetry's
 *   name for the runtime group); a PEP 621 extra
 *   (`project.optional-dependencies.<extra>`) is dev when its name says so
 *   (dev, test, lint, docs, typing…), since users install extras too;
 *   `build-system.requires` is runtime (it runs at every build);
 *   Pipfile's `dev-packages` and its other package categories; a requirement
 *   file whose name says so.
 * - Cargo: `dev-dependencies`, also per target; build dependencies and the
 *   workspace's shared `workspace.dependencies` are runtime.
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
  return /(?:^|[-_./])(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|ci)(?=[-_./]|$)/i.test(path.replace(/requirements|constraints/gi, ''));
}

/** Pipfile tables that are not package categories. */
const PIPFILE_NON_CATEGORIES = new Set(['source', 'requires', 'pipenv', 'scripts', 'packages', 'dev-packages']);

/** The dependency sections present in a parsed manifest document. */
export function manifestSections(format: ManifestFormat, doc: Doc): ManifestSection[] {
  const out: ManifestSection[] = [];
  const add = (path: string[], dev: boolean, shape: ManifestSection['shape']): void => {
    if (at(doc, path) !== undefined) out.push({ path, dev, shape });
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
      add(['build-system', 'requires'], false, 'list');
      for (const extra of Object.keys(table(project['optional-dependencies']))) add(['project', 'optional-dependencies', extra], DEV_GROUP.test(extra), 'list');
      for (const group of Object.keys(table(doc['dependency-groups']))) add(['dependency-groups', group], true, 'list');
      add(['tool', 'uv', 'dev-dependencies'], true, 'list');
      for (const group of Object.keys(table(table(tool.pdm)['dev-dependencies']))) add(['tool', 'pdm', 'dev-dependencies', group], true, 'list');
      add(['tool', 'rye', 'dev-dependencies'], true, 'list');
      for (const env of Object.keys(table(table(tool.hatch).envs))) {
        add(['tool', 'hatch', 'envs', env, 'dependencies'], true, 'list');
        add(['tool', 'hatch', 'envs', env, 'extra-dependencies'], true, 'list');
      }
      add(['tool', 'poetry', 'dependencies'], false, 'table');
      add(['tool', 'poetry', 'dev-dependencies'], true, 'table');
      for (const group of Object.keys(table(table(tool.poetry).group))) add(['tool', 'poetry', 'group', group, 'dependencies'], group !== 'main', 'table');
      break;
    }
    case 'pipfile':
      add(['packages'], false, 'table');
      add(['dev-packages'], true, 'table');
      // Pipenv's package categories (`[docs-packages]`…) are installed only when asked for, as dev packages are.
      for (const [key, value] of Object.entries(doc)) if (!PIPFILE_NON_CATEGORIES.has(key) && table(value) === value) add([key], true, 'table');
      break;
    case 'cargo-toml':
      add(['dependencies'], false, 'table');
      add(['dev-dependencies'], true, 'table');
      add(['build-dependencies'], false, 'table');
      add(['workspace', 'dependencies'], false, 'table');
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

/**
 * The settings of a manifest that change what gets installed without
 * declaring a dependency: overrides and resolutions, patches, other indexes
 * and sources, workspaces, the package manager or build backend, features.
 * Key path (dotted) → canonical value; a change to any is a dependency change
 * a guard cannot judge as a dev-dependency update.
 */
export function resolutionSettings(format: ManifestFormat, doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const add = (path: string[]): void => {
    const value = at(doc, path);
    if (value !== undefined) out.set(path.join('.'), canonical(value));
  };
  switch (format) {
    case 'package-json':
      for (const key of [
        'overrides',
        'resolutions',
        'pnpm',
        'bundleDependencies',
        'bundledDependencies',
        'workspaces',
        'packageManager',
        'dependenciesMeta',
        'devEngines',
        'trustedDependencies',
        'patchedDependencies',
        'catalog',
        'catalogs',
      ]) {
        add([key]);
      }
      break;
    case 'pyproject':
      for (const key of Object.keys(table(table(doc.tool).uv))) if (key !== 'dev-dependencies') add(['tool', 'uv', key]);
      add(['tool', 'poetry', 'source']);
      add(['tool', 'pdm', 'source']);
      add(['tool', 'pdm', 'resolution']);
      add(['tool', 'rye', 'sources']);
      add(['tool', 'pixi']);
      add(['tool', 'setuptools', 'dynamic']);
      add(['tool', 'hatch', 'metadata']);
      add(['project', 'dynamic']);
      add(['build-system', 'build-backend']);
      add(['build-system', 'backend-path']);
      break;
    case 'pipfile':
      add(['source']);
      add(['pipenv']);
      add(['requires']);
      break;
    case 'cargo-toml':
      add(['patch']);
      add(['replace']);
      add(['features']);
      break;
    default:
      break;
  }
  return out;
}

import { posix } from 'node:path';
import { Minimatch } from 'minimatch';

/** The languages whose tests the guards know. */
export type Language = 'python' | 'javascript' | 'go' | 'jvm' | 'ruby' | 'rust';

/**
 * What a test file is: the one answer every part asks. `testLanguageOf` says
 * which files a framework collects under its (possibly configured) collection
 * rules — the skip-set guard's question; `isTestPath` says whether a path holds
 * tests or their support (fixtures, conftest, test data) by the frameworks'
 * default conventions — what the runner never deletes, what counts as a test
 * addition, where a golden sample's test goes.
 */

/** Which files hold tests, per language, as the frameworks' collection rules say. */
export interface CollectionPatterns {
  languages: ReadonlySet<Language>;
  /** pytest `python_files` (basename globs). */
  pythonFiles: readonly string[];
  /** pytest `testpaths`: when set, only files under these directories. */
  pythonTestpaths: readonly string[];
  pythonFunctionPrefixes: readonly string[];
  pythonClassPrefixes: readonly string[];
  /** vitest `include` / jest `testMatch` (path globs). */
  jsInclude: readonly string[];
  /** vitest `exclude` (globs) and jest `testPathIgnorePatterns` (regular expressions). */
  jsExcludeGlobs: readonly string[];
  jsIgnoreRegexps: readonly string[];
}

export const ALL_LANGUAGES: readonly Language[] = ['python', 'javascript', 'go', 'jvm', 'ruby', 'rust'];

const JS_EXT = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';
export const DEFAULT_JS_INCLUDE = [`**/*.{test,spec}.${JS_EXT}`, `**/__tests__/**/*.${JS_EXT}`, 'test/**/*.{js,cjs,mjs}'];
export const DEFAULT_JS_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

export function defaultPatterns(languages: Iterable<Language> = ALL_LANGUAGES): CollectionPatterns {
  return {
    languages: new Set(languages),
    pythonFiles: ['test_*.py', '*_test.py'],
    pythonTestpaths: [],
    pythonFunctionPrefixes: ['test'],
    pythonClassPrefixes: ['Test'],
    jsInclude: DEFAULT_JS_INCLUDE,
    jsExcludeGlobs: DEFAULT_JS_EXCLUDE,
    jsIgnoreRegexps: [],
  };
}

/** The languages a policy's `tests.frameworks` list selects. */
export function languagesFor(frameworks: readonly string[]): Language[] {
  if (frameworks.includes('auto')) return [...ALL_LANGUAGES];
  const map: Record<string, Language> = {
    pytest: 'python',
    unittest: 'python',
    vitest: 'javascript',
    jest: 'javascript',
    mocha: 'javascript',
    go: 'go',
    junit: 'jvm',
    rspec: 'ruby',
    cargo: 'rust',
  };
  return [...new Set(frameworks.map((f) => map[f]).filter((l): l is Language => l !== undefined))];
}

/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;

export function isConftest(path: string): boolean {
  return posix.basename(path) === 'conftest.py' && !IGNORED_SEGMENT.test(path);
}

/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
export function testLanguageOf(path: string, patterns: CollectionPatterns): Language | undefined {
  const base = posix.basename(path);
  const dot = base.lastIndexOf('.');
  const ext = dot < 0 ? '' : base.slice(dot + 1);
  const ignored = IGNORED_SEGMENT.test(path);
  switch (ext) {
    case 'py':
      if (ignored || !patterns.languages.has('python')) return undefined;
      if (!patterns.pythonFiles.some((g) => matches(base, g))) return undefined;
      if (patterns.pythonTestpaths.length > 0 && !patterns.pythonTestpaths.some((d) => d === '.' || path.startsWith(`${d.replace(/\/+$/, '')}/`))) {
        return undefined;
      }
      return 'python';
    case 'js':
    case 'jsx':
    case 'ts':
    case 'tsx':
    case 'mjs':
    case 'cjs':
    case 'mts':
    case 'cts':
      if (!patterns.languages.has('javascript') || path.endsWith('.d.ts')) return undefined;
      if (!patterns.jsInclude.some((g) => matches(path, g))) return undefined;
      if (patterns.jsExcludeGlobs.some((g) => matches(path, g))) return undefined;
      if (patterns.jsIgnoreRegexps.some((r) => safeRegExp(r)?.test(path))) return undefined;
      return 'javascript';
    case 'go':
      return !ignored && patterns.languages.has('go') && base.endsWith('_test.go') && !/(?:^|\/)_/.test(path) ? 'go' : undefined;
    case 'java':
    case 'kt':
      if (ignored || !patterns.languages.has('jvm')) return undefined;
      return /(?:^|\/)src\/test\//.test(path) || /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$|^Test\w*\.(?:java|kt)$/.test(base) ? 'jvm' : undefined;
    case 'rb':
      return !ignored && patterns.languages.has('ruby') && base.endsWith('_spec.rb') ? 'ruby' : undefined;
    case 'rs':
      return !ignored && patterns.languages.has('rust') ? 'rust' : undefined;
    default:
      return undefined;
  }
}

const compiled = new Map<string, Minimatch>();
/** Globs are compiled once: collection tests every path of a repository against them. */
function matches(path: string, glob: string): boolean {
  let m = compiled.get(glob);
  if (!m) {
    m = new Minimatch(glob, { dot: true });
    compiled.set(glob, m);
  }
  return m.match(path);
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source.replace(/<rootDir>\/?/g, ''));
  } catch {
    return undefined;
  }
}

/** Folders that hold tests and their support in the ecosystems the guards know. */
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__snapshots__|testing|testdata|test-data|fixtures)\//;
/** RSpec's folder is `spec/`, but only for Ruby: a TypeScript package named spec is not a test. */
const RUBY_SPEC_DIR = /(?:^|\/)spec\/.*\.rb$/;
/** JUnit's source set. */
const JVM_TEST_SOURCE_SET = /(?:^|\/)src\/test\//;

const DEFAULTS = defaultPatterns();

/**
 * Whether `path` holds tests or their support, by the frameworks' default
 * conventions: a file a framework would collect (Rust's inline tests aside: a
 * .rs file is not a test file for that), conftest.py, and anything under a test
 * folder (tests/, __tests__/, testdata/, fixtures/, src/test/, Ruby's spec/).
 */
export function isTestPath(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p)) return true;
  if (posix.basename(p) === 'conftest.py') return true;
  const language = testLanguageOf(p, DEFAULTS);
  return language !== undefined && language !== 'rust';
}

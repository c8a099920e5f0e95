import type { PyStatements } from '@agent-guards/source-lexing';
import { importsOf, parsePythonModule, type PyClass, type PythonModule } from './python-module.js';

/**
 * Returns the parsed module at a repository path, or undefined when there is
 * none. `misses()` counts the loads of paths still to be fetched (undefined then
 * is not final): work that did not change the count asked only for answers that
 * hold, and its own answer holds too.
 */
export type ModuleLoader = ((path: string) => PythonModule | undefined) & { misses?: () => number };

/** Files that may hold a dotted module: `a/b.py`, `a/b/__init__.py`, and the same under `src/`. */
export function modulePaths(dotted: string): string[] {
  let paths = pathsOf.get(dotted);
  if (!paths) {
    const p = dotted.split('.').join('/');
    paths = [`${p}.py`, `${p}/__init__.py`, `src/${p}.py`, `src/${p}/__init__.py`];
    pathsOf.set(dotted, paths);
  }
  return paths;
}

const pathsOf = new Map<string, string[]>();

function loadDotted(dotted: string, load: ModuleLoader): PythonModule | undefined {
  for (const path of modulePaths(dotted)) {
    const m = load(path);
    if (m) return m;
  }
  return undefined;
}

/**
 * The class a base-class expression names, as Python would find it: a class of
 * the same module, or one imported from another module of the repository
 * (through package `__init__` re-exports). Undefined for classes outside the
 * repository (`unittest.TestCase`, installed packages).
 */
export function resolveClass(from: PythonModule, name: string, load: ModuleLoader, depth = 0): PyClass | undefined {
  let known = resolved.get(from);
  if (!known) {
    known = new Map();
    resolved.set(from, known);
  }
  if (known.has(name)) return known.get(name) ?? undefined;
  const misses = load.misses?.();
  const cls = resolveUncached(from, name, load, depth);
  // A miss is final when no module it depends on is still to be fetched.
  if (cls || load.misses?.() === misses) known.set(name, cls ?? null);
  return cls;
}

/** Resolutions per module: a base class named in many test modules is looked up once per module. */
const resolved = new WeakMap<PythonModule, Map<string, PyClass | null>>();

function resolveUncached(from: PythonModule, name: string, load: ModuleLoader, depth: number): PyClass | undefined {
  if (depth > 8) return undefined;
  if (name === 'object') return undefined;
  const parts = name.split('.');
  if (parts.length === 1) {
    const local = from.classesByName.get(name);
    if (local) return local;
  }
  if (from.importRanges.length === 0) return undefined;
  const imported = importsOf(from).get(parts[0]!);
  if (!imported) return undefined;
  const target = [...imported.module.split('.').filter(Boolean), ...(imported.name ? [imported.name] : []), ...parts.slice(1)];
  for (let k = target.length - 1; k >= 1; k -= 1) {
    const module = loadDotted(target.slice(0, k).join('.'), load);
    if (!module) continue;
    const rest = target.slice(k);
    if (rest.length === 1) {
      const cls = module.classesByName.get(rest[0]!);
      if (cls) return cls;
    }
    return importsOf(module).has(rest[0]!) ? resolveClass(module, rest.join('.'), load, depth + 1) : undefined;
  }
  return undefined;
}

/**
 * Whether a class can be collected, so its bases are worth resolving: its name
 * has a test-class prefix, or a base is named like a test case (`BaseTestCase`).
 * Other classes (an ExtensionArray subclass in a test module) would send the
 * resolver through the library's own modules for nothing.
 */
export function mayBeTestClass(cls: PyClass, classPrefixes: readonly string[] = ['Test']): boolean {
  return classPrefixes.some((p) => cls.name.startsWith(p)) || cls.bases.some((b) => /Test|Case/.test(b));
}

/** Resolves the bases of every class that may be collected (and of the classes found), so a loader learns what it lacks. */
export function resolveAllBases(module: PythonModule, load: ModuleLoader, classPrefixes?: readonly string[]): void {
  const seen = new Set<PyClass>();
  const visit = (cls: PyClass): void => {
    if (seen.has(cls)) return;
    seen.add(cls);
    for (const b of cls.bases) {
      const base = resolveClass(cls.owner, b, load);
      if (base) visit(base);
    }
    for (const nested of cls.classes) if (mayBeTestClass(nested, classPrefixes)) visit(nested);
  };
  for (const cls of module.classes) if (mayBeTestClass(cls, classPrefixes)) visit(cls);
}

/**
 * Parsed modules by path, parsed once; paths it has no text for are recorded in
 * `missing` so a caller can fetch them (from git) and try again.
 */
export class ModuleCache {
  private readonly parsed = new Map<string, PythonModule | undefined>();
  /** How many times each path was asked for. */
  private readonly asked = new Map<string, number>();
  readonly missing = new Set<string>();
  /** How many times a path with no known text was asked for (again or not): a caller sees whether some work asked for one. */
  misses = 0;
  /** Statements a worker found for texts not parsed yet, used once. */
  private readonly lexed = new Map<string, PyStatements>();

  constructor(
    private readonly texts: Map<string, string | undefined>,
    private readonly readSync?: (path: string) => string | undefined,
  ) {}

  readonly load: ModuleLoader = Object.assign((path: string) => this.loadPath(path), { misses: () => this.misses });

  private loadPath(path: string): PythonModule | undefined {
    this.asked.set(path, (this.asked.get(path) ?? 0) + 1);
    if (this.parsed.has(path)) return this.parsed.get(path);
    let text = this.texts.get(path);
    if (text === undefined && !this.texts.has(path)) {
      if (!this.readSync) {
        this.missing.add(path);
        this.misses += 1;
        return undefined;
      }
      text = this.readSync(path);
      this.texts.set(path, text);
    }
    const lexed = this.lexed.get(path);
    if (lexed) this.lexed.delete(path);
    const module = text === undefined ? undefined : parsePythonModule(path, text, lexed);
    this.parsed.set(path, module);
    return module;
  }

  /** Whether the module's text is known. */
  hasText(path: string): boolean {
    return this.texts.get(path) !== undefined;
  }

  /**
   * Parses a module whose text is known ahead of its first load (while other texts are still
   * being read); it does not count as asked for.
   */
  prepare(path: string): void {
    if (this.parsed.has(path)) return;
    const text = this.texts.get(path);
    if (text === undefined) return;
    const lexed = this.lexed.get(path);
    if (lexed) this.lexed.delete(path);
    this.parsed.set(path, parsePythonModule(path, text, lexed));
  }

  /** Forgets the parse of a module asked for at most once (its text stays, so it can be parsed again). */
  release(path: string): void {
    if ((this.asked.get(path) ?? 0) <= 1) this.parsed.delete(path);
  }

  /** Adds a text with its statements, already lexed (by a worker). */
  supplyLexed(path: string, text: string, statements: PyStatements | undefined): void {
    if (this.parsed.has(path)) return;
    this.texts.set(path, text);
    this.missing.delete(path);
    if (statements) this.lexed.set(path, statements);
  }

  /** Adds fetched texts (undefined: the path does not exist) and forgets them as missing. */
  supply(texts: Iterable<[string, string | undefined]>): void {
    for (const [path, text] of texts) {
      this.texts.set(path, text);
      this.missing.delete(path);
    }
  }
}

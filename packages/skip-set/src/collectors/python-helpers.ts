import { maskPython } from '@agent-guards/source-lexing';
import { importsOf, parametersOf, relabel, type Mark, type PyClass, type PyDef, type PythonModule } from './python-module.js';
import { modulePaths, type ModuleLoader } from './python-resolver.js';

/**
 * Skips reached through names: a helper a test calls that calls
 * `pytest.skip`, a decorator defined in the repository that skips or never
 * calls the test, in the test's module or in a test support module it imports
 * (conftest.py, tests/helpers.py, a `testing` package), followed a few calls deep.
 */

/** Modules worth following for helpers: test support by their path (the library under test is not read). */
export function isSupportModulePath(path: string): boolean {
  return /(?:^|\/)conftest\.py$|(?:^|\/)[^/]*(?:test|helper|fixture|support|util|spec|conftest)[^/]*(?:\/|\.py$)/i.test(path);
}

/**
 * The files that may hold a dotted module and are test support. Every test module of a suite
 * imports the same few modules, most of them the library under test (none of its files): the
 * answer is kept per name.
 */
function supportPathsOf(dotted: string): readonly string[] {
  let paths = supportPaths.get(dotted);
  if (!paths) {
    paths = modulePaths(dotted).filter(isSupportModulePath);
    supportPaths.set(dotted, paths);
  }
  return paths;
}

const supportPaths = new Map<string, readonly string[]>();

const MAX_DEPTH = 4;
const resolvedModules = new WeakSet<PythonModule>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstMark(def: PyDef | undefined): Mark | undefined {
  return def?.bodyMarks?.find((m) => m.status === 'skipped') ?? def?.bodyMarks?.[0];
}

/** A repository module a dotted import names, when it is test support. */
function loadSupport(dotted: string, load: ModuleLoader): PythonModule | undefined {
  for (const path of supportPathsOf(dotted)) {
    const m = load(path);
    if (m) return m;
  }
  return undefined;
}

/** Names this module may call that skip: its own helpers, imported ones, and `alias.helper` of an imported support module. */
function skippingCallables(module: PythonModule, load: ModuleLoader, depth: number): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const [name, def] of module.functions) {
    const mark = firstMark(def);
    if (mark && !def.isFixture) out.set(name, mark);
  }
  if (depth >= MAX_DEPTH || module.importRanges.length === 0) return out;
  for (const [local, binding] of importsOf(module)) {
    if (!binding.module || /^(?:pytest|unittest|_pytest|os|sys|typing)(?:\.|$)/.test(binding.module)) continue;
    const fromModule = binding.name ? loadSupport(binding.module, load) : undefined;
    if (fromModule && binding.name) {
      resolveHelperSkips(fromModule, load, depth + 1);
      const mark = firstMark(fromModule.functions.get(binding.name));
      if (mark) {
        out.set(local, relabel(mark, `${binding.name}() from ${fromModule.path}: ${mark.reason}`, `${fromModule.path}::${binding.name}() → `));
        continue;
      }
    }
    // `import tests.helpers as h`, `from tests import helpers`: calls are `h.fn(…)`.
    const asModule = loadSupport(binding.name ? `${binding.module}.${binding.name}` : binding.module, load);
    if (!asModule || asModule === module) continue;
    resolveHelperSkips(asModule, load, depth + 1);
    for (const [name, def] of asModule.functions) {
      const mark = firstMark(def);
      if (mark && !def.isFixture) out.set(`${local}.${name}`, relabel(mark, `${local}.${name}() from ${asModule.path}: ${mark.reason}`, `${asModule.path}::${name}() → `));
    }
  }
  return out;
}

function everyDef(module: PythonModule): PyDef[] {
  const defs = [...module.functions.values()];
  const visit = (classes: readonly PyClass[]): void => {
    for (const c of classes) {
      defs.push(...c.defs.values());
      visit(c.classes);
    }
  };
  visit(module.classes);
  return defs;
}

/**
 * Marks every definition of the module (tests, fixtures, setUp, helpers) that
 * calls a skipping helper as skipping, to a fixed point, so a fixture calling a
 * helper that skips is a skipping fixture. Done once per module, once its
 * loader has every module it asks for.
 */
export function resolveHelperSkips(module: PythonModule, load: ModuleLoader, depth = 0): void {
  if (resolvedModules.has(module)) return;
  const misses = load.misses?.();
  const callables = skippingCallables(module, load, depth);
  if (callables.size > 0) {
    const defs = everyDef(module);
    const applied = new Set<string>();
    for (let grew = true, round = 0; grew && round < 6; round += 1) {
      grew = false;
      const pattern = new RegExp(`(?<![\\w\\u0080-\\uffff.])(${[...callables.keys()].map(escape).join('|')})\\s*\\(`, 'g');
      for (const def of defs) {
        const raw = module.text.slice(def.headerEnd, def.end);
        pattern.lastIndex = 0;
        if (!pattern.test(raw)) continue;
        // matchAll starts where the last test stopped.
        pattern.lastIndex = 0;
        const masked = maskPython(module.text, def.headerEnd, def.end);
        for (const m of masked.matchAll(pattern)) {
          const callee = m[1]!;
          const mark = callables.get(callee);
          if (!mark || callee === def.name || applied.has(`${def.line}\0${callee}`)) continue;
          applied.add(`${def.line}\0${callee}`);
          const placed: Mark = { ...relabel(mark, `calls ${callee}() → ${mark.reason}`, `${callee}() → `), kind: 'runtime' };
          // A module resolved again (its loader was missing modules the first time) keeps one mark per call.
          if (def.bodyMarks?.some((x) => x.key === placed.key)) continue;
          (def.bodyMarks ??= []).push(placed);
          def.bodyMark ??= placed;
          if (module.functions.get(def.name) === def && !def.isFixture && !callables.has(def.name)) {
            callables.set(def.name, placed);
            grew = true;
          }
        }
      }
    }
    const skips = (defs: Iterable<{ def: PyDef }>): boolean => [...defs].some((f) => f.def.bodyMark);
    const anyClass = (classes: readonly PyClass[]): boolean => classes.some((c) => skips(c.fixtures.values()) || anyClass(c.classes));
    module.skippingFixtures = skips(module.fixtures.values()) || anyClass(module.classes);
  }
  // Resolved for good when nothing it asked for is still to be fetched (else again once it is), and
  // its imports were followed: reached first at the end of a long chain, it is resolved again nearer.
  if (load.misses?.() === misses && (depth < MAX_DEPTH || module.importRanges.length === 0)) resolvedModules.add(module);
}

/** Whether a decorator function never calls nor returns the function it decorates: the test's body never runs. */
export function discardsFunction(def: PyDef): boolean {
  const param = parametersOf(def.owner, def)[0];
  if (!param || param === 'self' || param === 'cls') return false;
  const body = maskPython(def.owner.text, def.headerEnd, def.end).replace(new RegExp(`\\b(?:functools\\.)?wraps\\s*\\(\\s*${escape(param)}\\s*\\)`, 'g'), '');
  return !new RegExp(`(?<![\\w\\u0080-\\uffff.])${escape(param)}(?![\\w\\u0080-\\uffff])`).test(body);
}

/**
 * The mark of a decorator defined in the repository: one whose body skips, or
 * (used bare, `@deco`) one that never calls the test. Looked up in the module
 * and in the support modules it imports.
 */
export function repositoryDecoratorMark(module: PythonModule, raw: string, load: ModuleLoader): Mark | undefined {
  const head = /^\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)\s*(\()?/.exec(raw);
  if (!head) return undefined;
  const name = head[1]!;
  const called = head[2] !== undefined;
  let def = module.functions.get(name);
  let where = module.path;
  let alias: Mark | undefined;
  if (!def && module.importRanges.length > 0) {
    const [first, ...rest] = name.split('.');
    const binding = importsOf(module).get(first!);
    if (binding) {
      const target = binding.name ? (rest.length > 0 ? `${binding.module}.${binding.name}` : binding.module) : binding.module;
      const member = rest.length > 0 ? rest.join('.') : binding.name;
      const from = member ? loadSupport(target, load) : undefined;
      if (from && member && !member.includes('.')) {
        resolveHelperSkips(from, load, 1);
        def = from.functions.get(member);
        alias = from.aliases.get(member);
        where = from.path;
      }
    }
  }
  if (alias) return relabel(alias, `@${name} from ${where}: ${alias.reason}`, `@${name} from ${where}: `);
  if (!def || def.isFixture) return undefined;
  const mark = firstMark(def);
  if (mark) return relabel(mark, `decorator @${name} (${where}): ${mark.reason}`, `@${name} → `);
  if (!called && discardsFunction(def)) {
    return { status: 'skipped', reason: `decorator @${name} (${where}) never calls the test: its body never runs`, kind: 'runtime', key: `@${name} discards the test`, unconditional: true };
  }
  return undefined;
}

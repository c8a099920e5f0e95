import { LineIndex, maskPython, matchingBracket, splitTopLevel, stringValueAt } from '@agent-guards/source-lexing';
import { testId, type CollectedTest, type FileCollection } from '../model.js';
import { mayBeTestClass, resolveClass, type ModuleLoader } from './python-resolver.js';
import { repositoryDecoratorMark, resolveHelperSkips } from './python-helpers.js';
import {
  expressionHead,
  importsOf,
  markKey,
  markOfExpression,
  markOfList,
  parametersOf,
  relabel,
  parsePythonModule,
  usefixtureNames,
  type Decorator,
  type Fixture,
  type Mark,
  type PyClass,
  type PyDef,
  type PythonModule,
} from './python-module.js';

export interface PythonCollectOptions {
  /** pytest `python_functions` prefixes. */
  functionPrefixes?: readonly string[];
  /** pytest `python_classes` prefixes. */
  classPrefixes?: readonly string[];
  /** Loads other modules of the repository, for test classes whose bases are imported. */
  load?: ModuleLoader;
}

const PARAM_CALL = /\bparam\s*\(/;
const NO_MARKS: readonly Mark[] = [];

function matchesPrefix(name: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => name.startsWith(p));
}

function decoratorKind(d: Decorator): 'parametrize' | 'usefixtures' | 'fixture' | 'other' {
  if (d.kind) return d.kind;
  const head = expressionHead(d.raw) ?? '';
  d.kind = head.endsWith('parametrize') ? 'parametrize' : head.endsWith('usefixtures') ? 'usefixtures' : /^(?:pytest\.)?fixture$/.test(head) ? 'fixture' : 'other';
  return d.kind;
}

/** Marks of a definition's decorators: pytest/unittest marks under any name, aliases, and decorators defined in the repository. */
function decoratorMarks(decorators: readonly Decorator[], module: PythonModule, load?: ModuleLoader): Mark[] {
  const marks: Mark[] = [];
  for (const d of decorators) {
    if (decoratorKind(d) !== 'other') continue;
    let mark = markOfExpression(d.raw, module.aliases, module.vocab);
    // Read again with its strings blanked, so a parenthesis inside a reason string does not end the call.
    if (mark?.key && !d.byHand) mark = markOfExpression(d.raw, module.aliases, module.vocab, maskPython(module.text, d.offset, d.offset + d.raw.length)) ?? mark;
    mark ??= load ? repositoryDecoratorMark(module, d.raw, load) : undefined;
    if (mark) marks.push(mark);
  }
  return marks;
}

/** The frameworks' own modules, when a repository holds them (CPython's Lib, a vendored copy): their classes are not helpers. */
const FRAMEWORK_MODULE = /(?:^|\/)(?:unittest|_pytest|pytest|twisted\/trial)\//;

const selfCallPatterns = new WeakMap<Map<string, Mark>, { size: number; re: RegExp }>();
/** `self.name(` or `cls.name(` for the names of `methods`. */
function selfCallPattern(methods: Map<string, Mark>): RegExp {
  const known = selfCallPatterns.get(methods);
  if (known && known.size === methods.size) {
    known.re.lastIndex = 0;
    return known.re;
  }
  const re = new RegExp(`\\b(?:self|cls)\\s*\\.\\s*(${[...methods.keys()].join('|')})\\s*\\(`, 'g');
  selfCallPatterns.set(methods, { size: methods.size, re });
  return re;
}

/** The methods a TestCase overrides to run its tests: an override decides whether a test body runs at all. */
const RUN_OVERRIDES = ['run', '__call__', 'debug', '_callTestMethod', '_callSetUp'];

function strongest(marks: readonly Mark[]): Mark | undefined {
  return marks.find((m) => m.status === 'skipped') ?? marks.find((m) => m.status === 'xfail');
}

const SETUP_HOOKS = ['setUpClass', 'setUp', 'asyncSetUp', 'setup_class', 'setup_method', 'setup'];

class PythonFileCollector {
  /** Names are unique per scope already (the parser keeps the last definition, as Python does). */
  private readonly tests: CollectedTest[] = [];
  private readonly functionPrefixes: readonly string[];
  private readonly classPrefixes: readonly string[];
  /** Names of fixtures that skip, directly or through the fixtures they request (any scope). */
  private readonly skipping: ReadonlySet<string>;
  /** Matches a header that names one of `skipping`: a cheap test before reading parameters. */
  private readonly skippingPattern: RegExp;
  private readonly autouse: string[] = [];
  /** Whether every test here requests a skipping fixture (autouse, or the module's usefixtures). */
  private readonly fileRequestsSkipping: boolean;
  private readonly load: ModuleLoader;
  private lines: LineIndex | undefined;
  private paramSequences: boolean | undefined;

  constructor(
    private readonly module: PythonModule,
    /** conftest.py modules from the nearest directory up. */
    private readonly conftests: readonly PythonModule[],
    options: PythonCollectOptions,
  ) {
    this.functionPrefixes = options.functionPrefixes ?? ['test'];
    this.classPrefixes = options.classPrefixes ?? ['Test'];
    this.load = options.load ?? (() => undefined);
    const shared = chainFixtures(conftests);
    this.autouse.push(...shared.autouse);
    for (const f of module.fixtures.values()) if (f.autouse) this.autouse.push(f.name);
    this.skipping = skippingFixtureNames(module, shared.skipping);
    this.skippingPattern = this.skipping.size > 0 ? skippingPattern(this.skipping) : /(?!)/;
    this.fileRequestsSkipping = anyIn(this.autouse, this.skipping) || anyIn(module.moduleUsefixtures, this.skipping);
  }

  collect(): CollectedTest[] {
    for (const def of this.module.functions.values()) {
      if (matchesPrefix(def.name, this.functionPrefixes) && !def.isFixture) this.emit(def, [], []);
    }
    for (const cls of this.module.classes) this.visitClass(cls, [], []);
    // pytest collects every Test* class in the module's namespace, imported ones included.
    for (const [local, binding] of this.importsTestClasses() ? importsOf(this.module) : []) {
      if (!binding.name || !matchesPrefix(local, this.classPrefixes) || this.module.classesByName.has(local)) continue;
      const cls = resolveClass(this.module, local, this.load);
      if (cls) this.visitClass(cls, [], [], local);
    }
    return this.tests;
  }

  private readonly lineages = new Map<PyClass, PyClass[]>();

  private baseClasses(cls: PyClass): PyClass[] {
    return cls.bases.map((b) => resolveClass(cls.owner, b, this.load)).filter((c): c is PyClass => c !== undefined);
  }

  /** Whether an import statement could bind a Test* name (reading imports costs; most modules import none). */
  private importsTestClasses(): boolean {
    const r = this.module.importRanges;
    for (let k = 0; k < r.length; k += 2) {
      const raw = this.module.text.slice(r[k], r[k + 1]);
      if (raw.startsWith('from') && this.classPrefixes.some((p) => raw.includes(p))) return true;
    }
    return false;
  }

  private isTestCase(cls: PyClass): boolean {
    return this.lineage(cls).some((c) => c.bases.some((b) => /(?:^|\.)[\w\u0080-\uffff]*TestCase$/.test(b)));
  }

  /** The class followed by its bases (same module or imported), depth first: an approximation of the MRO. */
  private lineage(cls: PyClass): PyClass[] {
    let known = this.lineages.get(cls);
    if (!known) {
      known = this.walkLineage(cls, new Set());
      this.lineages.set(cls, known);
    }
    return known;
  }

  private walkLineage(cls: PyClass, seen: Set<PyClass>): PyClass[] {
    if (seen.has(cls)) return [];
    seen.add(cls);
    const out = [cls];
    for (const base of this.baseClasses(cls)) out.push(...this.walkLineage(base, seen));
    return out;
  }

  private visitClass(cls: PyClass, suite: string[], enclosing: PyClass[], name = cls.name): void {
    if (cls.insideDef || this.disabledByTestAttr(cls)) return;
    if (name === cls.name && !mayBeTestClass(cls, this.classPrefixes)) return;
    const testCase = this.isTestCase(cls);
    if (!testCase && (!matchesPrefix(name, this.classPrefixes) || cls.defs.has('__init__'))) return;
    const path = [...suite, name];
    const chain = [...enclosing, cls];
    const classMarks = this.classMarks(chain);
    const methods = new Map<string, PyDef>();
    for (const c of this.lineage(cls)) for (const [name, def] of c.defs) if (!methods.has(name)) methods.set(name, def);
    for (const [name, def] of methods) {
      if (matchesPrefix(name, testCase ? ['test'] : this.functionPrefixes) && !def.isFixture) this.emit(def, path, chain, classMarks, name);
    }
    if (!testCase) for (const nested of cls.classes) this.visitClass(nested, path, chain);
  }

  /** pytest reads `__test__` through the class's bases: the nearest class that sets it decides. */
  private disabledByTestAttr(cls: PyClass): boolean {
    for (const c of this.lineage(cls)) if (c.testAttr !== undefined) return !c.testAttr;
    return false;
  }

  private classMarks(chain: readonly PyClass[]): Mark[] {
    const marks: Mark[] = [];
    for (const enclosing of chain) {
      for (const c of this.lineage(enclosing)) marks.push(...decoratorMarks(c.decorators, c.owner, this.load), ...c.pytestmark, ...(c.assigned ?? []));
      if (enclosing.conditions) marks.push(conditionMark(`class ${enclosing.name}`, enclosing.conditions, enclosing.neverDefined === true));
    }
    const innermost = chain[chain.length - 1];
    if (innermost) {
      const testCase = this.isTestCase(innermost);
      for (const c of this.lineage(innermost)) {
        for (const hook of SETUP_HOOKS) {
          const def = c.defs.get(hook);
          for (const m of def?.bodyMarks ?? []) marks.push(relabel(m, `${m.reason} in ${c.name}.${hook}`, `${c.name}.${hook}: `));
          if (def) marks.push(...this.selfCallMarks(def, chain, `${c.name}.${hook}`));
        }
        // Only in the test's own module: framework base classes in the repository (unittest's own TestCase,
        // a Django-style SimpleTestCase) override these to run tests, and are not the PR's to judge here.
        if (!testCase || c.owner !== this.module) continue;
        for (const hook of RUN_OVERRIDES) {
          if (c.defs.has(hook)) marks.push({ status: 'skipped', reason: `${c.name}.${hook} is overridden: whether a test body runs is up to it`, kind: 'runtime', key: `${c.name} overrides TestCase.${hook}` });
        }
      }
    }
    return marks;
  }

  private readonly skippingMethodsOf = new Map<PyClass, Map<string, Mark>>();

  /**
   * Methods of the class and its bases that skip when called, directly or
   * through other `self.` calls, computed once per class. The framework's own
   * classes (unittest's TestCase, whose `skipTest` is the skip itself) are left out.
   */
  private skippingMethods(cls: PyClass): Map<string, Mark> {
    let known = this.skippingMethodsOf.get(cls);
    if (known) return known;
    known = new Map();
    const methods = new Map<string, PyDef>();
    for (const c of this.lineage(cls)) {
      if (FRAMEWORK_MODULE.test(c.owner.path)) continue;
      for (const [name, def] of c.defs) if (!methods.has(name) && !def.isFixture) methods.set(name, def);
    }
    for (const [name, def] of methods) {
      const mark = def.bodyMarks?.find((m) => m.status === 'skipped') ?? def.bodyMarks?.[0];
      if (mark) known.set(name, mark);
    }
    for (let grew = known.size > 0, round = 0; grew && round < 3; round += 1) {
      grew = false;
      const pattern = selfCallPattern(known);
      for (const [name, def] of methods) {
        if (known.has(name)) continue;
        const raw = def.owner.text.slice(def.headerEnd, def.end);
        pattern.lastIndex = 0;
        if (!pattern.test(raw)) continue;
        pattern.lastIndex = 0;
        const called = [...maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)].map((m) => m[1]!).find((n) => known!.has(n));
        if (called) {
          const mark = known.get(called)!;
          known.set(name, relabel(mark, `self.${called}() → ${mark.reason}`, `self.${called}() → `));
          grew = true;
        }
      }
    }
    this.skippingMethodsOf.set(cls, known);
    return known;
  }

  /** Skips reached through `self.helper()` / `cls.helper()`: a method of the class or its bases whose body skips. */
  private selfCallMarks(def: PyDef, chain: readonly PyClass[], where: string): Mark[] {
    const cls = chain[chain.length - 1];
    if (!cls) return [];
    const skipping = this.skippingMethods(cls);
    if (skipping.size === 0) return [];
    const pattern = selfCallPattern(skipping);
    if (!pattern.test(def.owner.text.slice(def.headerEnd, def.end))) return [];
    pattern.lastIndex = 0;
    const marks: Mark[] = [];
    const seen = new Set<string>();
    for (const m of maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)) {
      const name = m[1]!;
      const mark = skipping.get(name);
      if (!mark || seen.has(name) || name === def.name) continue;
      seen.add(name);
      marks.push({ ...relabel(mark, `${where} calls self.${name}() → ${mark.reason}`, `self.${name}() → `), kind: 'runtime' });
    }
    return marks;
  }

  private findFixture(name: string, chain: readonly PyClass[]): Fixture | undefined {
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      for (const c of this.lineage(chain[i]!)) {
        const f = c.fixtures.get(name);
        if (f) return f;
      }
    }
    return this.module.fixtures.get(name) ?? this.conftests.map((m) => m.fixtures.get(name)).find((f) => f !== undefined);
  }

  /** Skips in the fixtures a test requests (by parameter, usefixtures or autouse), followed transitively. */
  private fixtureMarks(def: PyDef, chain: readonly PyClass[]): readonly Mark[] {
    if (this.skipping.size === 0) return NO_MARKS;
    // Most tests request no skipping fixture: answer that without building lists.
    const skipping = this.skipping;
    const touches =
      this.fileRequestsSkipping ||
      (this.skippingPattern.test(def.owner.text.slice(def.start, def.headerEnd)) && anyIn(parametersOf(def.owner, def), skipping)) ||
      chainRequests(chain, skipping) ||
      hasUsefixturesDecorator(def);
    if (!touches) return NO_MARKS;
    const requested = [
      ...parametersOf(def.owner, def).filter((p) => p !== 'self' && p !== 'cls'),
      ...def.decorators.filter((d) => decoratorKind(d) === 'usefixtures').flatMap((d) => usefixtureNames(def.owner.text, d.offset, d.offset + d.raw.length)),
      ...chain.flatMap((c) => c.usefixtures),
      ...this.module.moduleUsefixtures,
      ...this.autouse,
    ];
    for (const c of chain) for (const f of c.fixtures.values()) if (f.autouse) requested.push(f.name);
    if (!requested.some((name) => this.skipping.has(name))) return [];
    const marks: Mark[] = [];
    const seen = new Set<string>();
    const queue = [...requested];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const fixture = this.findFixture(name, chain);
      if (!fixture) continue;
      for (const m of fixture.def.bodyMarks ?? []) marks.push(relabel(m, `${m.reason} in fixture '${name}'`, `fixture '${name}': `));
      queue.push(...parametersOf(fixture.module, fixture.def).filter((p) => p !== 'self' && p !== 'request'));
    }
    return marks;
  }

  private emit(def: PyDef, suite: string[], chain: readonly PyClass[], classMarks: readonly Mark[] = [], name = def.name): void {
    const owner = def.owner;
    const own = def.decorators.length > 0 ? decoratorMarks(def.decorators, owner, this.load) : NO_MARKS;
    const fixtures = this.fixtureMarks(def, chain);
    const structure = structuralMarks(def, name);
    const module = this.module;
    const functionMarks = chain.length === 0 ? module.functionMarks : NO_MARKS;
    const selfCalls = chain.length > 0 ? this.selfCallMarks(def, chain, name) : NO_MARKS;
    const params = def.decorators.length > 0 ? this.emptyParametrize(owner, def) : NO_MARKS;
    const marks =
      module.moduleMarks.length + functionMarks.length + classMarks.length + own.length + fixtures.length + structure.length + selfCalls.length + params.length === 0
        ? (def.bodyMarks ?? NO_MARKS)
        : [...module.moduleMarks, ...functionMarks, ...classMarks, ...own, ...(def.bodyMarks ?? NO_MARKS), ...structure, ...selfCalls, ...params, ...fixtures];
    // A method inherited from another module is reported at its class in this file.
    const cls = chain[chain.length - 1];
    const line = owner === this.module ? def.line : cls?.owner === this.module ? cls.line : 1;
    this.add(suite, name, marks, owner.text.slice(def.headerEnd, def.end), line);
    for (const d of def.decorators) {
      if (decoratorKind(d) !== 'parametrize') continue;
      for (const c of this.paramCases(owner, d)) {
        this.add(suite, `${name}[${c.id}]`, [...marks, c.mark], c.body, owner === this.module ? c.line : line);
      }
    }
  }

  /** `@pytest.mark.parametrize("x", [])`: pytest skips a test whose parameter set is empty. */
  private emptyParametrize(module: PythonModule, def: PyDef): Mark[] {
    const out: Mark[] = [];
    for (const d of def.decorators) {
      // Only an empty literal, a named sequence or argvalues= can be empty: most parametrize lists are not read twice.
      if (decoratorKind(d) !== 'parametrize' || !/[[(]\s*[\])]|list\(\s*\)|tuple\(\s*\)|,\s*[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*[,)]|argvalues\s*=/.test(d.raw)) continue;
      const expr = maskPython(module.text, d.offset, d.offset + d.raw.length);
      const open = expr.indexOf('(');
      const close = matchingBracket(expr, open);
      if (open < 0 || close < 0) continue;
      const args = splitTopLevel(expr, open + 1, close);
      const positional = args.filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(expr.slice(s.start, s.end)));
      const valuesSpan = positional[1] ?? args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
      if (!valuesSpan) continue;
      let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, '').trim();
      const named = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(values) ? module.sequences.get(values) : undefined;
      if (named) values = maskPython(module.text, named.start, named.end).trim();
      if (/^(?:\[\s*\]|\(\s*\)|list\(\s*\)|tuple\(\s*\))$/.test(values)) {
        out.push({ status: 'skipped', reason: 'parametrize with an empty parameter set: pytest skips it', kind: 'marker', key: `empty parametrize @${d.raw.replace(/\s+/g, ' ').trim()}`, unconditional: true });
      }
    }
    return out;
  }

  private add(suite: string[], name: string, marks: readonly Mark[], body: string, line: number): void {
    const id = suite.length === 0 ? `${this.module.path}::${name}` : testId(this.module.path, suite, name);
    const mark = marks.length === 0 ? undefined : marks.length === 1 ? marks[0] : strongest(marks);
    const test: CollectedTest = { id, path: this.module.path, line, name, suite, status: mark ? mark.status : 'active', body };
    if (mark) {
      test.reason = mark.reason;
      test.skipKind = mark.kind;
      test.reasons = [...new Set(marks.map(markKey))].sort();
      if (marks.some((m) => m.unconditional && m.status === 'skipped') || marks.some((m) => m.unconditional && /run=False/.test(m.reason))) test.neverRuns = true;
    }
    this.tests.push(test);
  }

  /** `pytest.param(…, marks=…)` cases of a parametrize decorator that carry a skip or xfail. */
  private paramCases(module: PythonModule, d: Decorator): { id: string; mark: Mark; line: number; body: string }[] {
    const text = module.text;
    const paramSequences =
      module === this.module
        ? (this.paramSequences ??= [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end))))
        : [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end)));
    if (!paramSequences && !PARAM_CALL.test(d.raw)) return [];
    const expr = maskPython(text, d.offset, d.offset + d.raw.length);
    const open = expr.indexOf('(');
    const close = matchingBracket(expr, open);
    if (open < 0 || close < 0) return [];
    const args = splitTopLevel(expr, open + 1, close);
    const positional = args.filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(expr.slice(s.start, s.end)));
    const keyword = args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
    const namesSpan = positional[0];
    const argnames = namesSpan ? (stringValueAt(text, d.offset + namesSpan.start) ?? '').split(',').map((s) => s.trim()) : [];
    const valuesSpan = positional[1] ?? keyword;
    if (!valuesSpan) return [];
    let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, '');
    let offset = d.offset + valuesSpan.end - values.length;
    if (/^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(values)) {
      const seq = module.sequences.get(values);
      if (!seq) return [];
      values = maskPython(text, seq.start, seq.end);
      offset = seq.start;
    }
    if (!/^[[(]/.test(values)) return [];
    const listClose = matchingBracket(values, 0);
    const cases: { id: string; mark: Mark; line: number; body: string }[] = [];
    splitTopLevel(values, 1, listClose < 0 ? values.length : listClose).forEach((el, index) => {
      const element = values.slice(el.start, el.end);
      if (!/^(?:pytest\.)?param\s*\(/.test(element)) return;
      const po = element.indexOf('(');
      const pc = matchingBracket(element, po);
      const pargs = splitTopLevel(element, po + 1, pc < 0 ? element.length : pc);
      const marksSpan = pargs.find((s) => /^marks\s*=/.test(element.slice(s.start, s.end)));
      if (!marksSpan) return;
      const mark = markOfList(element.slice(marksSpan.start, marksSpan.end).replace(/^marks\s*=\s*/, ''), module.aliases);
      if (!mark) return;
      const base = offset + el.start;
      const idArg = pargs.map((s) => /^id\s*=\s*/.exec(element.slice(s.start, s.end)) && s).find(Boolean);
      const id =
        (idArg ? stringValueAt(text, base + idArg.start + /^id\s*=\s*/.exec(element.slice(idArg.start))![0].length) : undefined) ??
        pargs
          .filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(element.slice(s.start, s.end)))
          .map((s, k) => autoId(text.slice(base + s.start, base + s.end), argnames[k] ?? 'arg', index))
          .join('-');
      const lines = module === this.module ? (this.lines ??= new LineIndex(text)) : new LineIndex(text);
      cases.push({ id, mark: { ...mark, reason: `pytest.param(marks=${mark.reason})` }, line: lines.lineOf(base), body: text.slice(base, base + el.end - el.start) });
    });
    return cases;
  }
}

/** Why a definition may not run from how the module holds it: conditions, shadowing, a rebinding, an early return. */
function structuralMarks(def: PyDef, name: string): readonly Mark[] {
  if (!def.assigned && !def.conditions && def.shadows === undefined && !def.returnsFirst) return NO_MARKS;
  const marks: Mark[] = [...(def.assigned ?? [])];
  if (def.conditions) marks.push(conditionMark(name, def.conditions, def.neverDefined === true));
  if (def.shadows !== undefined) {
    marks.push({ status: 'skipped', reason: `${name} is defined again (first at line ${def.shadows}): the earlier definition never runs`, kind: 'marker', key: `${name} shadows an earlier definition` });
  }
  if (def.returnsFirst) marks.push({ status: 'skipped', reason: 'returns before its body: nothing after the first statement runs', kind: 'runtime', key: 'return as first statement', unconditional: true });
  return marks;
}

/** A test (or class) defined under `if …:`: it exists only when the condition holds. */
function conditionMark(what: string, conditions: readonly string[], never: boolean): Mark {
  return {
    status: 'skipped',
    reason: never ? `${what} is defined under \`${conditions.join(' / ')}\`, which never holds` : `${what} is defined only under \`${conditions.join(' / ')}\``,
    kind: 'marker',
    key: `defined under ${conditions.join(' / ')}`,
    ...(never ? { unconditional: true } : {}),
  };
}

function allFixtures(module: PythonModule): Fixture[] {
  const out = [...module.fixtures.values()];
  const visit = (classes: readonly PyClass[]): void => {
    for (const c of classes) {
      out.push(...c.fixtures.values());
      visit(c.classes);
    }
  };
  visit(module.classes);
  return out;
}

/** Per conftest chain: a suite's hundreds of test modules share a few conftest.py files. */
const chainCache = new WeakMap<PythonModule, Map<string, { skipping: ReadonlySet<string>; autouse: readonly string[] }>>();

function chainFixtures(conftests: readonly PythonModule[]): { skipping: ReadonlySet<string>; autouse: readonly string[] } {
  const nearest = conftests[0];
  if (!nearest) return { skipping: new Set(), autouse: [] };
  const key = conftests.map((c) => c.path).join('\0');
  let byChain = chainCache.get(nearest);
  if (!byChain) {
    byChain = new Map();
    chainCache.set(nearest, byChain);
  }
  let known = byChain.get(key);
  if (!known) {
    const fixtures = conftests.flatMap(allFixtures);
    known = {
      skipping: conftests.some((m) => m.skippingFixtures) ? fixtureClosure(fixtures, new Set()) : new Set(),
      autouse: conftests.flatMap((m) => [...m.fixtures.values()].filter((f) => f.autouse).map((f) => f.name)),
    };
    byChain.set(key, known);
  }
  return known;
}

/** The conftest chain's skipping fixtures, plus the module's own (which may request the chain's). */
function skippingFixtureNames(module: PythonModule, fromChain: ReadonlySet<string>): ReadonlySet<string> {
  const own = allFixtures(module);
  if (own.length === 0) return fromChain;
  if (!module.skippingFixtures && fromChain.size === 0) return fromChain;
  return fixtureClosure(own, new Set(fromChain));
}

const patterns = new WeakMap<ReadonlySet<string>, RegExp>();
function skippingPattern(names: ReadonlySet<string>): RegExp {
  let re = patterns.get(names);
  if (!re) {
    re = new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
    patterns.set(names, re);
  }
  return re;
}

function fixtureClosure(fixtures: readonly Fixture[], names: Set<string>): Set<string> {
  for (const f of fixtures) if (f.def.bodyMark) names.add(f.name);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of fixtures) {
      if (!names.has(f.name) && parametersOf(f.module, f.def).some((p) => names.has(p))) {
        names.add(f.name);
        grew = true;
      }
    }
  }
  return names;
}

/** pytest's id for one parameter value: simple literals as written, anything else argname + index. */
function autoId(source: string, argname: string, index: number): string {
  const s = source.trim();
  if (/^-?\d[\d_]*(\.\d+)?$/.test(s) || /^(True|False|None)$/.test(s)) return s;
  const value = /^[rRuU]?(['"])/.test(s) && !/^[rRuU]?('''|""")/.test(s) ? stringValueAt(s, 0) : undefined;
  if (value !== undefined && /^[\x20-\x7e]*$/.test(value)) return value;
  return `${argname}${index}`;
}

/** The tests of one Python test module; `conftests` are the conftest.py modules that apply, nearest first. */
export function collectPythonModule(module: PythonModule, conftests: readonly PythonModule[], options: PythonCollectOptions = {}): FileCollection {
  // Helpers that skip, here and in the support modules imported (conftest.py files first: their fixtures may call them).
  const load = options.load ?? (() => undefined);
  for (const c of conftests) resolveHelperSkips(c, load);
  resolveHelperSkips(module, load);
  const tests = new PythonFileCollector(module, conftests, options).collect();
  return {
    path: module.path,
    language: 'python',
    tests,
    ...(module.error ? { error: { path: module.path, line: module.error.line, message: module.error.message } } : {}),
  };
}

export function collectPython(path: string, text: string, conftests: readonly PythonModule[] = [], options: PythonCollectOptions = {}): FileCollection {
  return collectPythonModule(parsePythonModule(path, text), conftests, options);
}

export { parsePythonModule, type ModuleLoader, type PythonModule };

/** Whether a class of the chain requests a skipping fixture (usefixtures, or an autouse one it declares). */
function chainRequests(chain: readonly PyClass[], skipping: ReadonlySet<string>): boolean {
  for (const c of chain) if (anyIn(c.usefixtures, skipping) || autouseSkipping(c, skipping)) return true;
  return false;
}

function hasUsefixturesDecorator(def: PyDef): boolean {
  for (const d of def.decorators) if (decoratorKind(d) === 'usefixtures') return true;
  return false;
}

function anyIn(names: readonly string[], set: ReadonlySet<string>): boolean {
  for (const name of names) if (set.has(name)) return true;
  return false;
}

/** Whether a class declares an autouse fixture among the skipping ones. */
function autouseSkipping(cls: PyClass, skipping: ReadonlySet<string>): boolean {
  for (const f of cls.fixtures.values()) if (f.autouse && skipping.has(f.name)) return true;
  return false;
}

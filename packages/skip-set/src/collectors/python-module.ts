import { type LexError, maskPython, matchingBracket, type PyStatement, type PyStatements, scanPythonStatements, splitTopLevel, stringValueAt } from '@agent-guards/source-lexing';
import type { SkipKind } from '../model.js';

/** A skip or expected failure that applies to a test, and where it comes from. */
export interface Mark {
  status: 'skipped' | 'xfail';
  reason: string;
  kind: SkipKind;
}

export interface Decorator {
  /** Raw text after `@`. */
  raw: string;
  /** What the decorator is, once classified. */
  kind?: 'parametrize' | 'usefixtures' | 'fixture' | 'other';
  /** Offset of `raw` in the module text. */
  offset: number;
  line: number;
}

export interface PyDef {
  name: string;
  line: number;
  indent: number;
  start: number;
  /** End of the `def` statement: the body starts here. */
  headerEnd: number;
  end: number;
  decorators: readonly Decorator[];
  /** Parameter names, read on demand (see `parametersOf`). */
  params?: string[];
  /** A skip/xfail call in the body (runtime). */
  bodyMark?: Mark;
  isFixture: boolean;
  /** The module that defines it (a base class may live in another module). */
  owner: PythonModule;
}

export interface PyClass {
  name: string;
  line: number;
  indent: number;
  bases: string[];
  decorators: readonly Decorator[];
  /** Marks from a `pytestmark = …` in the class body. */
  pytestmark: Mark[];
  usefixtures: string[];
  defs: Map<string, PyDef>;
  classes: PyClass[];
  fixtures: Map<string, Fixture>;
  parent?: PyClass;
  insideDef: boolean;
  /** `__test__ = False`. */
  disabled: boolean;
  owner: PythonModule;
}

export interface Fixture {
  name: string;
  autouse: boolean;
  def: PyDef;
  module: PythonModule;
}

export interface PythonModule {
  path: string;
  text: string;
  classes: PyClass[];
  classesByName: Map<string, PyClass>;
  functions: Map<string, PyDef>;
  fixtures: Map<string, Fixture>;
  /** Whether any fixture here (module or class level) calls a skip: fixture resolution is needed only then. */
  skippingFixtures: boolean;
  /** `pytestmark`, a module-level `pytest.importorskip`/`pytest.skip(allow_module_level=True)`, `setUpModule` skips. */
  moduleMarks: Mark[];
  moduleUsefixtures: string[];
  /** Names bound at module level to a skip/xfail mark (`skip_slow = pytest.mark.skipif(…)`). */
  aliases: Map<string, Mark>;
  /** Module-level list/tuple assignments, for `parametrize("x", CASES)`: offsets of the value. */
  sequences: Map<string, { start: number; end: number }>;
  /** Names bound by imports: `from a.b import C as D` → D ↦ { module: 'a.b', name: 'C' }; `import a.b as e` → e ↦ { module: 'a.b' }. Read on demand with `importsOf`. */
  imports?: Map<string, { module: string; name?: string }>;
  /** Offsets of the module-level import statements, parsed only when a base class needs resolving. */
  importRanges: number[];
  error?: LexError;
}

const BODY_SKIP =
  /\bpytest\.skip\s*\(|\bimportorskip\s*\(|\.skipTest\s*\(|\braise\s+(?:unittest\.(?:case\.)?)?SkipTest\b|\braise\s+pytest\.skip\.Exception\b/;
const BODY_XFAIL = /\bpytest\.xfail\s*\(/;
const MODULE_SKIP = /\bimportorskip\s*\(|\bpytest\.skip\s*\([^]*allow_module_level\s*=\s*True|\braise\s+(?:unittest\.(?:case\.)?)?SkipTest\b/;
const DEF_HEADER = /(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/y;
const CLASS_HEADER = /^class\s+([A-Za-z_]\w*)\s*(\()?/;
const ASSIGNMENT = /([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)\s*/y;
const HEAD = /^\s*([A-Za-z_][\w.]*)/;
const FIXTURE_DECORATOR = /^\s*(?:pytest\.)?fixture\b/;
const NO_DECORATORS: Decorator[] = [];
Object.freeze(NO_DECORATORS);

function skipped(reason: string, kind: SkipKind = 'marker'): Mark {
  return { status: 'skipped', reason, kind };
}

function xfail(reason: string, kind: SkipKind = 'marker'): Mark {
  return { status: 'xfail', reason, kind };
}

/** The helper-name convention for conditional skip decorators (`td.skip_if_no("scipy")`, `skipIfNoDb`). */
const SKIP_HELPER = /^(?:skip|xfail)(?:_?[Ii]f|_?[Uu]nless|_on|_without|_when|_no|_for)/;

/** The dotted name an expression starts with: `pytest.mark.skipif` in `pytest.mark.skipif(x, reason="…")`. */
export function expressionHead(expr: string): string | undefined {
  return HEAD.exec(expr)?.[1];
}

/**
 * The mark a decorator or mark expression applies, judged by the name it starts
 * with (so text in its arguments never counts): pytest marks, unittest
 * decorators, module aliases, and the skip-helper naming convention.
 */
export function markOfExpression(expr: string, aliases: ReadonlyMap<string, Mark>): Mark | undefined {
  const head = expressionHead(expr);
  if (!head) return undefined;
  const pytestMark = /(?:^|\.)mark\.(skipif|skip|xfail)$/.exec(head);
  if (pytestMark) return pytestMark[1] === 'xfail' ? xfail('@pytest.mark.xfail') : skipped(`@pytest.mark.${pytestMark[1]}`);
  const unittestMark = /^(?:unittest\.)?(skip|skipIf|skipUnless|expectedFailure)$/.exec(head);
  if (unittestMark) return unittestMark[1] === 'expectedFailure' ? xfail('@unittest.expectedFailure') : skipped(`@unittest.${unittestMark[1]}`);
  const alias = aliases.get(head);
  if (alias) return alias;
  const last = head.slice(head.lastIndexOf('.') + 1);
  if (SKIP_HELPER.test(last)) return last.startsWith('xfail') ? xfail(`${head} (xfail helper)`) : skipped(`${head} (skip helper)`);
  return undefined;
}

/** Marks of `[m1, m2]`, `(m1,)` or a single mark expression (masked); the strongest one. */
export function markOfList(expr: string, aliases: ReadonlyMap<string, Mark>): Mark | undefined {
  const trimmed = expr.trim();
  const elements =
    trimmed.startsWith('[') || trimmed.startsWith('(')
      ? splitTopLevel(trimmed, 1, Math.max(1, matchingBracket(trimmed, 0))).map((s) => trimmed.slice(s.start, s.end))
      : [trimmed];
  let best: Mark | undefined;
  for (const e of elements) {
    const mark = markOfExpression(e, aliases);
    if (mark && (!best || (best.status === 'xfail' && mark.status === 'skipped'))) best = mark;
  }
  return best;
}

/** Parameter names of a function, read from its header once. */
export function parametersOf(module: PythonModule, def: PyDef): string[] {
  if (def.params) return def.params;
  const header = module.text.slice(def.start, def.headerEnd);
  // Most headers hold no string or comment: read them as they are.
  const masked = /["'#]/.test(header) ? maskPython(module.text, def.start, def.headerEnd) : header;
  const open = masked.indexOf('(');
  const close = matchingBracket(masked, open);
  const names: string[] = [];
  if (open >= 0 && close >= 0) {
    for (const span of splitTopLevel(masked, open + 1, close)) {
      const m = /^\*{0,2}\s*([A-Za-z_]\w*)/.exec(masked.slice(span.start, span.end));
      if (m) names.push(m[1]!);
    }
  }
  def.params = names;
  return names;
}

function classBases(masked: string, open: number): string[] {
  const close = matchingBracket(masked, open);
  if (close < 0) return [];
  return splitTopLevel(masked, open + 1, close)
    .map((s) => masked.slice(s.start, s.end).replace(/\s+/g, ''))
    .filter((b) => !/^\w+=/.test(b));
}

/** Fixture names given as string literals in `usefixtures("a", "b")` at text[start, end). */
export function usefixtureNames(text: string, start: number, end: number): string[] {
  const masked = maskPython(text, start, end);
  const at = masked.search(/\busefixtures\s*\(/);
  if (at < 0) return [];
  const open = masked.indexOf('(', at);
  const close = matchingBracket(masked, open);
  const names: string[] = [];
  for (const s of splitTopLevel(masked, open + 1, close < 0 ? masked.length : close)) {
    const value = stringValueAt(text, start + s.start);
    if (value !== undefined) names.push(value);
  }
  return names;
}

type Scope = { kind: 'class'; cls: PyClass } | { kind: 'def'; def: PyDef; owner?: PyClass };

/** Parses a Python module into the classes, functions, fixtures and marks the collector needs. */
export function parsePythonModule(path: string, text: string, statements?: PyStatements): PythonModule {
  const scan = statements ?? scanPythonStatements(text);
  const module: PythonModule = {
    path,
    text,
    classes: [],
    classesByName: new Map(),
    functions: new Map(),
    fixtures: new Map(),
    skippingFixtures: false,
    moduleMarks: [],
    moduleUsefixtures: [],
    aliases: new Map(),
    sequences: new Map(),
    importRanges: [],
    ...(scan.error ? { error: scan.error } : {}),
  };
  const stack: { indent: number; scope: Scope }[] = [];
  // Most statements carry no decorator: they share one empty list.
  let decorators: Decorator[] = NO_DECORATORS;
  // Offsets of every skip-like word, found in one native pass: a statement is
  // only masked and analysed when one falls inside it.
  const hits = wordOffsets(text);
  let hit = 0;
  let outerDef: Extract<Scope, { kind: 'def' }> | undefined;

  const close = (st: PyStatement | undefined): void => {
    const indent = st ? st.indent : -1;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) {
      const top = stack.pop()!;
      if (top.scope.kind === 'def') {
        top.scope.def.end = st ? st.start : text.length;
        if (outerDef === top.scope) outerDef = undefined;
      }
    }
  };

  const st: PyStatement = { start: 0, end: 0, indent: 0, line: 0 };
  for (let k = 0; k < scan.count; k += 1) {
    st.start = scan.start[k]!;
    st.end = scan.end[k]!;
    st.indent = scan.indent[k]!;
    st.line = scan.line[k]!;
    close(st);
    while (hit < hits.length && hits[hit]! < st.start) hit += 1;
    const hasSkipWord = hit < hits.length && hits[hit]! < st.end;
    const first = text.charCodeAt(st.start);
    if (first === 64 /* @ */) {
      if (decorators === NO_DECORATORS) decorators = [];
      decorators.push({ raw: text.slice(st.start + 1, st.end), offset: st.start + 1, line: st.line });
      continue;
    }
    const innermost = stack[stack.length - 1]?.scope;
    DEF_HEADER.lastIndex = st.start;
    const defMatch = (first === 100 && text.startsWith('def', st.start)) || (first === 97 && text.startsWith('async', st.start)) ? DEF_HEADER.exec(text) : null;
    if (defMatch) {
      const def: PyDef = {
        name: defMatch[1]!,
        line: st.line,
        indent: st.indent,
        start: st.start,
        headerEnd: st.end,
        end: text.length,
        decorators,
        isFixture: decorators.length > 0 && decorators.some((d) => FIXTURE_DECORATOR.test(d.raw)),
        owner: module,
      };
      decorators = NO_DECORATORS;
      // A one-line body (`def test(): pytest.skip()`) is part of the header statement.
      const bodyMark = hasSkipWord ? bodyMarkOf(maskPython(text, st.start, st.end)) : undefined;
      if (bodyMark) def.bodyMark = bodyMark;
      if (outerDef) {
        if (bodyMark) outerDef.def.bodyMark ??= bodyMark;
      } else if (innermost?.kind === 'class') {
        innermost.cls.defs.set(def.name, def);
        registerFixture(module, innermost.cls.fixtures, def);
      } else {
        module.functions.set(def.name, def);
        registerFixture(module, module.fixtures, def);
      }
      const scope: Scope = { kind: 'def', def, ...(innermost?.kind === 'class' ? { owner: innermost.cls } : {}) };
      outerDef ??= scope;
      stack.push({ indent: st.indent, scope });
      continue;
    }
    if (first === 99 && text.startsWith('class', st.start)) {
      const masked = maskPython(text, st.start, st.end);
      const classMatch = CLASS_HEADER.exec(masked);
      if (classMatch) {
        const cls: PyClass = {
          name: classMatch[1]!,
          line: st.line,
          indent: st.indent,
          bases: classMatch[2] ? classBases(masked, classMatch[0].length - 1) : [],
          decorators,
          pytestmark: [],
          usefixtures: decorators.flatMap((d) => usefixtureNames(text, d.offset, d.offset + d.raw.length)),
          defs: new Map(),
          classes: [],
          fixtures: new Map(),
          insideDef: outerDef !== undefined,
          disabled: false,
          owner: module,
        };
        decorators = NO_DECORATORS;
        if (innermost?.kind === 'class') {
          cls.parent = innermost.cls;
          innermost.cls.classes.push(cls);
        } else if (!outerDef) {
          module.classes.push(cls);
          module.classesByName.set(cls.name, cls);
        }
        stack.push({ indent: st.indent, scope: { kind: 'class', cls } });
        continue;
      }
    }
    decorators = NO_DECORATORS;
    if (outerDef) {
      if (hasSkipWord) outerDef.def.bodyMark ??= bodyMarkOf(maskPython(text, st.start, st.end));
    } else if (innermost?.kind === 'class') {
      classStatement(module, innermost.cls, st);
    } else {
      moduleStatement(module, st, hasSkipWord);
    }
  }
  close(undefined);
  resolveModuleSkipDefs(module);
  return module;
}

/** Sorted offsets of `skip`/`Skip` (by their `kip`) and `xfail`, found with native indexOf. */
function wordOffsets(text: string): number[] {
  const kip: number[] = [];
  for (let i = text.indexOf('kip'); i >= 0; i = text.indexOf('kip', i + 3)) {
    const c = text.charCodeAt(i - 1);
    if (c === 115 || c === 83) kip.push(i - 1);
  }
  const xf: number[] = [];
  for (let i = text.indexOf('xfail'); i >= 0; i = text.indexOf('xfail', i + 5)) xf.push(i);
  if (xf.length === 0) return kip;
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < kip.length || b < xf.length) {
    if (b >= xf.length || (a < kip.length && kip[a]! < xf[b]!)) out.push(kip[a++]!);
    else out.push(xf[b++]!);
  }
  return out;
}

function bodyMarkOf(masked: string): Mark | undefined {
  const skip = BODY_SKIP.exec(masked);
  if (skip) return skipped(`${skip[0].replace(/\s*\($/, '()').replace(/\s+/g, ' ').trim()} call`, 'runtime');
  if (BODY_XFAIL.test(masked)) return xfail('pytest.xfail() call', 'runtime');
  return undefined;
}

function registerFixture(module: PythonModule, into: Map<string, Fixture>, def: PyDef): void {
  if (!def.isFixture) return;
  const text = module.text;
  const d = def.decorators.find((x) => FIXTURE_DECORATOR.test(x.raw))!;
  const masked = maskPython(text, d.offset, d.offset + d.raw.length);
  const nameArg = /\bname\s*=\s*(?=['"])/.exec(masked);
  const name = (nameArg ? stringValueAt(text, d.offset + nameArg.index + nameArg[0].length) : undefined) ?? def.name;
  into.set(name, { name, autouse: /\bautouse\s*=\s*True\b/.test(masked), def, module });
}

function classStatement(module: PythonModule, cls: PyClass, st: PyStatement): void {
  ASSIGNMENT.lastIndex = st.start;
  const assign = ASSIGNMENT.exec(module.text);
  if (!assign) return;
  const rhsStart = st.start + assign[0].length;
  if (assign[1] === 'pytestmark') {
    const mark = markOfList(maskPython(module.text, rhsStart, st.end), module.aliases);
    if (mark) cls.pytestmark.push(mark);
    cls.usefixtures.push(...usefixtureNames(module.text, rhsStart, st.end));
  } else if (assign[1] === '__test__' && module.text.startsWith('False', rhsStart)) {
    cls.disabled = true;
  }
}

/** The module's import bindings, read from its import statements the first time they are needed. */
export function importsOf(module: PythonModule): Map<string, { module: string; name?: string }> {
  if (!module.imports) {
    module.imports = new Map();
    const r = module.importRanges;
    for (let k = 0; k < r.length; k += 2) {
      const raw = module.text.slice(r[k], r[k + 1]);
      importStatement(module, module.imports, /["'#]/.test(raw) ? maskPython(module.text, r[k]!, r[k + 1]!) : raw);
    }
  }
  return module.imports;
}

/** Records `import …` and `from … import …` bindings, relative imports resolved against the module's package. */
function importStatement(module: PythonModule, into: Map<string, { module: string; name?: string }>, masked: string): void {
  const from = /^from\s+(\.*)([\w.]*)\s+import\s+([^]*)$/.exec(masked);
  if (from) {
    const packageParts = module.path.split('/').slice(0, -1);
    const dots = from[1]!.length;
    const base = dots === 0 ? [] : packageParts.slice(0, packageParts.length - (dots - 1));
    const target = [...base, ...(from[2] ? from[2].split('.') : [])].join('.');
    for (const item of from[3]!.replace(/[()\\]/g, ' ').split(',')) {
      const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
      if (m) into.set(m[2] ?? m[1]!, { module: target, name: m[1]! });
    }
    return;
  }
  const plain = /^import\s+([^]*)$/.exec(masked);
  if (!plain) return;
  for (const item of plain[1]!.split(',')) {
    const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
    if (!m) continue;
    if (m[2]) into.set(m[2], { module: m[1]! });
    else into.set(m[1]!.split('.')[0]!, { module: m[1]!.split('.')[0]! });
  }
}

function moduleStatement(module: PythonModule, st: PyStatement, hasSkipWord: boolean): void {
  const text = module.text;
  if (text.startsWith('from', st.start) || text.startsWith('import', st.start)) {
    module.importRanges.push(st.start, st.end);
    return;
  }
  ASSIGNMENT.lastIndex = st.start;
  const assign = ASSIGNMENT.exec(text);
  if (assign) {
    const name = assign[1]!;
    const rhsStart = st.start + assign[0].length;
    if (name === 'pytestmark') {
      const mark = markOfList(maskPython(text, rhsStart, st.end), module.aliases);
      if (mark) module.moduleMarks.push({ ...mark, reason: `pytestmark: ${mark.reason}` });
      module.moduleUsefixtures.push(...usefixtureNames(text, rhsStart, st.end));
      return;
    }
    const opener = text.charCodeAt(rhsStart);
    if (opener === 91 || opener === 40) {
      module.sequences.set(name, { start: rhsStart, end: st.end });
      if (hasSkipWord) {
        const masked = maskPython(text, rhsStart, st.end);
        const mark = /\bparam\s*\(/.test(masked) ? undefined : markOfList(masked, module.aliases);
        if (mark) module.aliases.set(name, { ...mark, reason: `${name} = ${mark.reason}` });
      }
    } else {
      const mark = markOfExpression(text.slice(rhsStart, Math.min(st.end, rhsStart + 200)), module.aliases);
      if (mark) module.aliases.set(name, { ...mark, reason: `${name} (${mark.reason})` });
    }
  }
  if (hasSkipWord) {
    const masked = maskPython(text, st.start, st.end);
    if (MODULE_SKIP.test(masked)) {
      const m = /importorskip|SkipTest|pytest\.skip/.exec(masked)![0];
      module.moduleMarks.push(skipped(`module-level ${m === 'importorskip' ? 'pytest.importorskip()' : m === 'SkipTest' ? 'raise SkipTest' : 'pytest.skip()'}`));
    }
  }
}

/** `setUpModule` that skips makes every test of the module skip when it runs. */
function resolveModuleSkipDefs(module: PythonModule): void {
  const setUpModule = module.functions.get('setUpModule') ?? module.functions.get('setup_module');
  if (setUpModule?.bodyMark) module.moduleMarks.push({ ...setUpModule.bodyMark, reason: `${setUpModule.bodyMark.reason} in ${setUpModule.name}` });
  const skips = (fixtures: Map<string, Fixture>): boolean => [...fixtures.values()].some((f) => f.def.bodyMark);
  const anyClassFixture = (classes: PyClass[]): boolean => classes.some((c) => skips(c.fixtures) || anyClassFixture(c.classes));
  module.skippingFixtures = skips(module.fixtures) || anyClassFixture(module.classes);
}

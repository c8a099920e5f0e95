import { type LexError, maskPython, matchingBracket, type PyStatement, type PyStatements, pythonStatementsOf, splitTopLevel, stringValueAt } from '@agent-guards/source-lexing';
import type { SkipKind } from '../model.js';
import { bodySkipsIn, GETATTR_NAMESPACES, getattrTarget, readVocabulary, resolveName, type SkipVocabulary } from './python-vocabulary.js';

/** A skip or expected failure that applies to a test, and where it comes from. */
export interface Mark {
  status: 'skipped' | 'xfail';
  reason: string;
  kind: SkipKind;
  /** Its identity in a test's set of reasons (the decorator with its condition, the call as written); `reason` when unset. */
  key?: string;
  /** It stops the test wherever it runs: no condition (`@pytest.mark.skip`, `skipif(True)`, `xfail(run=False)`). */
  unconditional?: boolean;
}

export interface Decorator {
  /** Raw text after `@`. */
  raw: string;
  /** What the decorator is, once classified. */
  kind?: 'parametrize' | 'usefixtures' | 'fixture' | 'other';
  /** Offset of `raw` in the module text. */
  offset: number;
  line: number;
  /** Applied by a statement after the definition (`test_x = deco(test_x)`), not with `@`. */
  byHand?: boolean;
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
  /** A skip/xfail call in the body (runtime): the first of `bodyMarks`. */
  bodyMark?: Mark;
  /** Every skip, xfail or exit in the body, each call site its own reason. */
  bodyMarks?: Mark[];
  /** Marks from what the module does to it after its definition: `del`, a rebinding, `f.__test__ = False`, `f = skip(f)`. */
  assigned?: Mark[];
  /** The compound statements it is defined under (`if sys.platform == "win32":`): it exists only when they let it. */
  conditions?: string[];
  /** Set when a condition is constant-false (`if False:`, `if TYPE_CHECKING:`): it is never defined. */
  neverDefined?: boolean;
  /** The line of an earlier definition of the same name that this one shadows (the earlier body never runs). */
  shadows?: number;
  /** The body's first statement (after a docstring) is `return`: nothing after it runs. */
  returnsFirst?: boolean;
  /** Body statements seen so far (docstring aside), while the body is read. */
  bodyCount?: number;
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
  /** Its own `__test__` value when it sets one (a subclass may set `True` again); inherited otherwise. */
  testAttr?: boolean;
  /** `__unittest_skip__ = True`, `del`, a rebinding or `__test__` set from outside: marks on every test of the class. */
  assigned?: Mark[];
  conditions?: string[];
  neverDefined?: boolean;
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
  /** The module's names for pytest's and unittest's skips (`import pytest as pt`, `from unittest import skip as later`). */
  vocab: SkipVocabulary;
  /** `setup_function` skips: every module-level test function is skipped when it runs. */
  functionMarks: Mark[];
  /** Module-level list/tuple assignments, for `parametrize("x", CASES)`: offsets of the value. */
  sequences: Map<string, { start: number; end: number }>;
  /** Names bound by imports: `from a.b import C as D` → D ↦ { module: 'a.b', name: 'C' }; `import a.b as e` → e ↦ { module: 'a.b' }. Read on demand with `importsOf`. */
  imports?: Map<string, { module: string; name?: string }>;
  /** Offsets of the module-level import statements, parsed only when a base class needs resolving. */
  importRanges: number[];
  error?: LexError;
}

const MODULE_SKIP = /\bimportorskip\s*\(|\bpytest\.skip\s*\([^]*allow_module_level\s*=\s*True|\braise\s+(?:unittest\.(?:case\.)?)?SkipTest\b/;
// Names: outside strings and comments a character outside ASCII can only be part of a name (Python 3
// names may hold any letters; sourceText has NFKC-normalized them), so name patterns take
// \u0080-\uffff as name characters, here and in the other Python collector modules.
const DEF_HEADER = /(?:async[ \t]+)?def[ \t]+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/y;
const CLASS_HEADER = /^class\s+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*(\()?/;
const ASSIGNMENT = /([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)[ \t]*(?::[^=\n]*)?=(?!=)\s*/y;
const HEAD = /^\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)/;
const FIXTURE_DECORATOR = /^\s*(?:pytest\.)?fixture\b/;
const NO_DECORATORS: Decorator[] = [];
Object.freeze(NO_DECORATORS);

function skipped(reason: string, kind: SkipKind = 'marker', extra: Partial<Mark> = {}): Mark {
  return { status: 'skipped', reason, kind, ...extra };
}

function xfail(reason: string, kind: SkipKind = 'marker'): Mark {
  return { status: 'xfail', reason, kind };
}

/** A mark under another name: its reason says where it came from, its key keeps what it is. */
export function relabel(mark: Mark, reason: string, keyPrefix: string): Mark {
  return { ...mark, reason, key: `${keyPrefix}${mark.key ?? mark.reason}` };
}

/** The key of a mark in a test's reason set. */
export function markKey(mark: Mark): string {
  return mark.key ?? mark.reason;
}

/** Code text without its comments, whitespace collapsed: a reason key that an edited comment does not change. */
function codeText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  // Without a '#' there is no comment: most statements need no mask.
  if (!raw.includes('#')) return raw.replace(/\s+/g, ' ').trim();
  const masked = maskPython(text, start, end);
  let out = '';
  for (let i = 0; i < masked.length; i += 1) {
    const c = text.charCodeAt(start + i);
    // A '#' the mask blanked is a comment's start (a '#' in a string stays in the raw text and in the mask's quotes).
    if (c === 35 && masked.charCodeAt(i) === 32) {
      while (i < masked.length && text.charCodeAt(start + i) !== 10) i += 1;
      continue;
    }
    out += text[start + i];
  }
  return out.replace(/\s+/g, ' ').trim();
}

const FALSE_LITERAL = /^(?:False|0|None|''|""|\(\)|\[\]|\{\}|not\s+True|not\s+1)$/;
const TRUE_LITERAL = /^(?:True|1|"True"|'True'|not\s+False|not\s+0|not\s+None)$/;

/**
 * Detail of a pytest or unittest skip mark from its call (`skipif(True)`,
 * `xfail(run=False)`): the key is the call as written (its condition counts),
 * and whether it applies everywhere.
 */
function markDetail(mark: Mark, which: string, expr: string, masked: string | undefined): Mark {
  const m = masked ?? expr;
  const open = m.search(/\(/);
  const close = open >= 0 ? matchingBracket(m, open) : -1;
  const call = (open >= 0 && close > open ? expr.slice(0, close + 1) : (expressionHead(expr) ?? expr)).replace(/\s+/g, ' ').trim();
  const args = open >= 0 && close > open ? splitTopLevel(m, open + 1, close).map((s) => ({ masked: m.slice(s.start, s.end).trim(), raw: expr.slice(s.start, s.end).trim() })) : [];
  const positional = args.filter((a) => !/^[\w\u0080-\uffff]+\s*=/.test(a.masked));
  const condition = positional[0]?.raw ?? args.find((a) => /^condition\s*=/.test(a.masked))?.raw.replace(/^condition\s*=\s*/, '');
  let unconditional = false;
  let reason = mark.reason;
  if (which === 'skip') unconditional = true;
  else if (which === 'skipif' || which === 'skipIf') unconditional = condition === undefined ? which === 'skipif' : TRUE_LITERAL.test(condition);
  else if (which === 'skipUnless') unconditional = condition !== undefined && FALSE_LITERAL.test(condition);
  else if (which === 'xfail' && args.some((a) => /^run\s*=\s*False\b/.test(a.raw))) {
    reason = `${mark.reason}(run=False): never runs`;
    unconditional = condition === undefined || TRUE_LITERAL.test(condition);
  }
  return { ...mark, reason, key: `@${call.replace(/^@/, '')}`, ...(unconditional ? { unconditional } : {}) };
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
 * decorators (under any name the module gave them), `getattr(pytest.mark,
 * "skip")`, module aliases, and the skip-helper naming convention. `masked` is
 * `expr` with its strings blanked, when the caller has it.
 */
export function markOfExpression(expr: string, aliases: ReadonlyMap<string, Mark>, vocab?: SkipVocabulary, masked?: string): Mark | undefined {
  const local = expressionHead(expr);
  if (!local) return undefined;
  let head = resolveName(vocab, local);
  if (head === 'getattr') {
    const name = markNameOfGetattr(expr, vocab, masked);
    if (name === null) return { ...skipped(`@${local}(pytest.mark, …) with a mark name it cannot read (may be a skip)`), key: `@${expr.replace(/\s+/g, ' ').trim()}` };
    if (name && /^(?:skipif|skip|xfail)$/.test(name)) head = `pytest.mark.${name}`;
  }
  head = head.replace(/\.with_args$/, '');
  const pytestMark = /(?:^|\.)mark\.(skipif|skip|xfail)$/.exec(head);
  if (pytestMark) return markDetail(pytestMark[1] === 'xfail' ? xfail('@pytest.mark.xfail') : skipped(`@pytest.mark.${pytestMark[1]}`), pytestMark[1]!, expr, masked);
  const unittestMark = /^(?:unittest\.)?(skip|skipIf|skipUnless|expectedFailure)$/.exec(head);
  if (unittestMark) {
    const mark = unittestMark[1] === 'expectedFailure' ? xfail('@unittest.expectedFailure') : skipped(`@unittest.${unittestMark[1]}${local !== head ? ` (as ${local})` : ''}`);
    return markDetail(mark, unittestMark[1]!, expr, masked);
  }
  const alias = aliases.get(local);
  if (alias) return alias;
  const last = local.slice(local.lastIndexOf('.') + 1);
  if (SKIP_HELPER.test(last)) {
    const mark = last.startsWith('xfail') ? xfail(`${local} (xfail helper)`) : skipped(`${local} (skip helper)`);
    return { ...mark, key: `@${expr.replace(/\s+/g, ' ').trim()}` };
  }
  return undefined;
}

/**
 * The mark `getattr(pytest.mark, <name>)` names: the name's value (getattrTarget), null for a name
 * it cannot read, undefined where getattr reads something other than pytest.mark.
 */
function markNameOfGetattr(expr: string, vocab: SkipVocabulary | undefined, masked = maskPython(expr, 0, expr.length)): string | null | undefined {
  const call = /^\s*getattr\s*\(/.exec(masked);
  const target = call ? getattrTarget(masked, expr, call[0].length - 1, vocab) : undefined;
  return target && /(?:^|\.)mark$/.test(target.object) ? target.name : undefined;
}

/** Every mark expression inside a masked expression (`pytestmark = [a, b] + extra`, `marks=(…)`), each with its key from the raw text. */
export function marksIn(masked: string, raw: string, aliases: ReadonlyMap<string, Mark>, vocab?: SkipVocabulary): Mark[] {
  const out: Mark[] = [];
  for (const m of masked.matchAll(/(?<![\w\u0080-\uffff.])[A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*/g)) {
    const at = m.index ?? 0;
    const open = masked.slice(at).search(/[^\w\u0080-\uffff.\s]/);
    const end = open >= 0 && masked[at + open] === '(' ? matchingBracket(masked, at + open) + 1 : at + m[0].length;
    const mark = markOfExpression(raw.slice(at, end > at ? end : undefined), aliases, vocab, masked.slice(at, end > at ? end : undefined));
    if (mark) out.push(mark);
  }
  return out;
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
      const m = /^\*{0,2}\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/.exec(masked.slice(span.start, span.end));
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
    .filter((b) => !/^[\w\u0080-\uffff]+=/.test(b));
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

type Scope = { kind: 'class'; cls: PyClass } | { kind: 'def'; def: PyDef; owner?: PyClass } | { kind: 'block'; header: string; conditional: boolean; never: boolean };

/** Compound statements whose body may not run: a definition under one exists only when it lets it. */
const BLOCK_HEADER = /^(?:(if|elif|while|for|except|else|try|finally|with|match|case)\b|async\s+(for|with)\b)/;
const NEVER = /^(?:(?:if|elif|while)\s+(?:False|0|None|''|""|not\s+True|not\s+1|(?:typing\.)?TYPE_CHECKING)\s*:|for\s+\w+\s+in\s+(?:\[\s*\]|\(\s*\)|range\s*\(\s*0\s*\))\s*:)$/;
const DOCSTRING = /^[rRuUbBfF]{0,2}(?:"""[^]*"""|'''[^]*'''|"[^"\n]*"|'[^'\n]*')$/;

/** Parses a Python module into the classes, functions, fixtures and marks the collector needs. */
export function parsePythonModule(path: string, text: string, statements?: PyStatements): PythonModule {
  const scan = statements ?? pythonStatementsOf(text);
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
    vocab: readVocabulary(text, scan),
    functionMarks: [],
    sequences: new Map(),
    importRanges: [],
    ...(scan.error ? { error: scan.error } : {}),
  };
  const stack: { indent: number; scope: Scope }[] = [];
  // Most statements carry no decorator: they share one empty list.
  let decorators: Decorator[] = NO_DECORATORS;
  // Offsets of every skip-like word, found in one native pass: a statement is
  // only masked and analysed when one falls inside it.
  const hits = wordOffsets(text, module.vocab.needles);
  let hit = 0;
  let outerDef: Extract<Scope, { kind: 'def' }> | undefined;
  // The definition whose first body statement is still to come (for `return` first, and empty bodies).
  let opening: PyDef | undefined;
  let docstringSeen = false;
  // The last `if`/`try` header at each indent, so an `else:` says what it is the else of.
  const lastHeader = new Map<number, string>();

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
  /** The innermost class or def, looking through compound statements. */
  const innermostScope = (): Exclude<Scope, { kind: 'block' }> | undefined => {
    for (let k = stack.length - 1; k >= 0; k -= 1) {
      const scope = stack[k]!.scope;
      if (scope.kind !== 'block') return scope;
    }
    return undefined;
  };
  /** The compound statements between the innermost class or def and a new definition. */
  const openBlocks = (): { conditions: string[]; never: boolean } | undefined => {
    let conditions: string[] | undefined;
    let never = false;
    for (let k = stack.length - 1; k >= 0; k -= 1) {
      const scope = stack[k]!.scope;
      if (scope.kind !== 'block') break;
      if (!scope.conditional) continue;
      (conditions ??= []).unshift(scope.header);
      never ||= scope.never;
    }
    return conditions ? { conditions, never } : undefined;
  };

  const st: PyStatement = { start: 0, end: 0, indent: 0, line: 0 };
  for (let k = 0; k < scan.count; k += 1) {
    st.start = scan.start[k]!;
    st.end = scan.end[k]!;
    st.indent = scan.indent[k]!;
    st.line = scan.line[k]!;
    if (opening) {
      if (st.indent > opening.indent) {
        if (!docstringSeen && opening.bodyCount === 0 && DOCSTRING.test(text.slice(st.start, st.end).trim())) docstringSeen = true;
        else {
          if (opening.bodyCount === 0 && /^return\b/.test(text.slice(st.start, st.start + 7))) opening.returnsFirst = true;
          opening.bodyCount = (opening.bodyCount ?? 0) + 1;
        }
      } else opening = undefined;
    }
    close(st);
    while (hit < hits.length && hits[hit]! < st.start) hit += 1;
    const hasSkipWord = hit < hits.length && hits[hit]! < st.end;
    const first = text.charCodeAt(st.start);
    if (first === 64 /* @ */) {
      if (decorators === NO_DECORATORS) decorators = [];
      decorators.push({ raw: text.slice(st.start + 1, st.end), offset: st.start + 1, line: st.line });
      continue;
    }
    const innermost = innermostScope();
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
      if (hasSkipWord) addBodyMarks(def, maskPython(text, st.start, st.end), module, text.slice(st.start, st.end));
      if (outerDef) {
        if (def.bodyMarks) for (const m of def.bodyMarks) addBodyMark(outerDef.def, m);
      } else {
        definedAt(def, text, st);
        if (def.bodyCount === 0) {
          opening = def;
          docstringSeen = false;
        }
        const blocks = openBlocks();
        if (blocks) {
          def.conditions = blocks.conditions;
          if (blocks.never) def.neverDefined = true;
        }
        if (innermost?.kind === 'class') {
          shadowing(innermost.cls.defs.get(def.name), def);
          innermost.cls.defs.set(def.name, def);
          registerFixture(module, innermost.cls.fixtures, def);
        } else {
          shadowing(module.functions.get(def.name), def);
          module.functions.set(def.name, def);
          registerFixture(module, module.fixtures, def);
        }
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
        if (!outerDef) {
          const blocks = openBlocks();
          if (blocks) {
            cls.conditions = blocks.conditions;
            if (blocks.never) cls.neverDefined = true;
          }
        }
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
      if (hasSkipWord) addBodyMarks(outerDef.def, maskPython(text, st.start, st.end), module, text.slice(st.start, st.end));
      continue;
    }
    const header = blockHeader(text, st);
    if (header) {
      const keyword = /^[\w\u0080-\uffff]+/.exec(header)![0];
      const of = keyword === 'else' || keyword === 'elif' || keyword === 'except' ? lastHeader.get(st.indent) : undefined;
      if (keyword === 'if' || keyword === 'try' || keyword === 'for' || keyword === 'while') lastHeader.set(st.indent, header);
      stack.push({
        indent: st.indent,
        scope: { kind: 'block', header: of ? `${header} (after ${of})` : header, conditional: !/^(?:try|finally|with|async\s+with)\b/.test(header), never: NEVER.test(header) },
      });
      continue;
    }
    if (innermost?.kind === 'class') classStatement(module, innermost.cls, st, hasSkipWord);
    else if (!innermost) moduleStatement(module, st, hasSkipWord);
  }
  close(undefined);
  resolveModuleSkipDefs(module);
  return module;
}

/** What the header of a definition says of its body when the body is on the same line (`def test(): return`). */
function definedAt(def: PyDef, text: string, st: PyStatement): void {
  // Most headers end with their colon: the body is on the next lines.
  if (text.charCodeAt(st.end - 1) === 58 || text.slice(st.start, st.end).trimEnd().endsWith(':')) {
    def.bodyCount = 0;
    return;
  }
  const inline = /\)\s*(?:->[^:]*)?:\s*(\S[^]*)$/.exec(maskPython(text, st.start, st.end).replace(/\s+/g, ' ').trim());
  if (!inline) {
    def.bodyCount = 0;
    return;
  }
  def.bodyCount = 1;
  if (/^return\b/.test(inline[1]!)) def.returnsFirst = true;
}

/** A second definition of a name in the same scope replaces the first, whose body then never runs. */
function shadowing(earlier: PyDef | undefined, def: PyDef): void {
  if (earlier && !earlier.conditions && !def.conditions) def.shadows = earlier.line;
}

/** The header of a compound statement whose body is on the next lines (`if x:`), normalized; undefined otherwise. */
function blockHeader(text: string, st: PyStatement): string | undefined {
  const c = text.charCodeAt(st.start);
  // i(f) e(lif, lse, xcept) w(hile, ith) f(or, inally) t(ry) m(atch) c(ase) a(sync)
  if (c !== 105 && c !== 101 && c !== 119 && c !== 102 && c !== 116 && c !== 109 && c !== 99 && c !== 97) return undefined;
  if (!BLOCK_HEADER.test(text.slice(st.start, st.start + 12))) return undefined;
  const code = codeText(text, st.start, st.end);
  return code.endsWith(':') ? code : undefined;
}

const GETATTR_OBJECT = /\s*\(\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/y;

/** Sorted offsets of `skip`/`Skip` (by their `kip`), `xfail`, exits, run-time markers and the module's own skip names, found with native indexOf. */
function wordOffsets(text: string, needles: readonly string[] = []): number[] {
  const kip: number[] = [];
  for (let i = text.indexOf('kip'); i >= 0; i = text.indexOf('kip', i + 3)) {
    const c = text.charCodeAt(i - 1);
    if (c === 115 || c === 83) kip.push(i - 1);
  }
  const others: number[] = [];
  for (const word of ['xfail', 'exit(', 'marker(', ...needles]) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) others.push(i);
  }
  // getattr on the namespaces whose attributes skip (bodySkipsIn reads which): most getattr calls
  // read other objects, and their statements need no closer look.
  for (let i = text.indexOf('getattr'); i >= 0; i = text.indexOf('getattr', i + 7)) {
    GETATTR_OBJECT.lastIndex = i + 7;
    const object = GETATTR_OBJECT.exec(text)?.[1];
    if (object !== undefined && (GETATTR_NAMESPACES.has(object) || needles.includes(object))) others.push(i);
  }
  if (others.length === 0) return kip;
  return [...kip, ...others].sort((a, b) => a - b);
}

function addBodyMark(def: PyDef, mark: Mark): void {
  def.bodyMarks ??= [];
  // The same call twice is two reasons: a second `pytest.skip()` is a new call site.
  const key = markKey(mark);
  const same = def.bodyMarks.filter((m) => markKey(m).replace(/ #\d+$/, '') === key).length;
  const placed = same === 0 ? mark : { ...mark, key: `${key} #${same + 1}` };
  def.bodyMarks.push(placed);
  def.bodyMark ??= placed;
}

function addBodyMarks(def: PyDef, masked: string, module: PythonModule, raw: string): void {
  for (const found of bodySkipsIn(masked, module.vocab, raw)) addBodyMark(def, { status: found.status, reason: found.label, kind: 'runtime', key: found.text });
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

/** `pytestmark = …`, `pytestmark += […]`, `pytestmark.append(…)`, annotated or not: the marks it adds. */
function pytestmarkStatement(module: PythonModule, st: PyStatement): Mark[] | undefined {
  const text = module.text;
  if (!text.startsWith('pytestmark', st.start)) return undefined;
  const rest = /^pytestmark\s*(?::[^=\n]*)?(?:\+=|=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, Math.min(st.end, st.start + 200)));
  if (!rest) return undefined;
  const from = st.start + rest[0].length;
  return marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab);
}

const SPECIAL_ATTRIBUTE = /^([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*\.\s*(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\s*(?::[^=\n]*)?(\+?=)\s*/;
const SETATTR = /^setattr\s*\(\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*,\s*(["'])(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\2\s*,\s*/;
const FALSY = /^(?:False|0|None|''|"")$/;

/** What a statement does to a test function or class defined before it in the same scope; true when it did something. */
function rebindingStatement(module: PythonModule, st: PyStatement, defs: Map<string, PyDef>, classes: ReadonlyMap<string, PyClass> | undefined): boolean {
  const text = module.text;
  const raw = text.slice(st.start, st.end);
  const targetOf = (name: string): { assigned?: Mark[] } | undefined => defs.get(name) ?? classes?.get(name);
  const add = (name: string, mark: Mark): boolean => {
    const target = targetOf(name);
    if (!target) return false;
    (target.assigned ??= []).push(mark);
    return true;
  };
  const del = /^del\s+([^#\n]+)/.exec(raw);
  if (del) {
    let any = false;
    for (const name of del[1]!.split(',').map((n) => n.trim())) {
      if (/^[\w\u0080-\uffff]+$/.test(name)) any = add(name, skipped(`deleted by \`del ${name}\``, 'marker', { key: `del ${name}`, unconditional: true })) || any;
    }
    return any;
  }
  const special = SPECIAL_ATTRIBUTE.exec(raw);
  const viaSetattr = special ? null : SETATTR.exec(raw);
  if (special || viaSetattr) {
    const name = (special ?? viaSetattr)![1]!;
    const attr = special ? special[2]! : viaSetattr![3]!;
    const from = st.start + (special ?? viaSetattr)![0].length;
    const value = codeText(text, from, st.end).replace(/\)$/, '').trim();
    if (attr === 'pytestmark') {
      let any = false;
      for (const m of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) {
        any = add(name, relabel(m, `${name}.pytestmark: ${m.reason}`, `${name}.pytestmark: `)) || any;
      }
      return any;
    }
    const truthy = !FALSY.test(value);
    if (attr === '__test__' && !truthy) return add(name, skipped(`${name}.__test__ = ${value}: pytest does not collect it`, 'marker', { key: `${name}.__test__ = ${value}`, unconditional: true }));
    if (attr === '__unittest_skip__' && truthy) return add(name, skipped(`${name}.__unittest_skip__ = ${value}`, 'marker', { key: `${name}.__unittest_skip__ = ${value}`, unconditional: true }));
    if (attr === '__unittest_expecting_failure__' && truthy) return add(name, { ...xfail(`${name}.__unittest_expecting_failure__ = ${value}`), key: `${name}.__unittest_expecting_failure__` });
    return false;
  }
  ASSIGNMENT.lastIndex = st.start;
  const assign = ASSIGNMENT.exec(text);
  if (!assign || !targetOf(assign[1]!)) return false;
  const name = assign[1]!;
  const rhsStart = st.start + assign[0].length;
  const rhs = codeText(text, rhsStart, st.end);
  // `test_x = pytest.mark.skip(test_x)`, `test_x = unittest.skip("later")(test_x)`: a decorator applied by hand.
  const applied = new RegExp(`^(.+)\\(\\s*${name}\\s*\\)$`).exec(rhs);
  const def = defs.get(name);
  if (applied) {
    const mark = markOfExpression(applied[1]!, module.aliases, module.vocab);
    if (mark) return add(name, relabel(mark, `${mark.reason} applied by \`${name} = …(${name})\``, ''));
    // Another decorator applied by hand is read as a decorator (one that never calls the test is found later).
    if (def) def.decorators = [...def.decorators, { raw: applied[1]!, offset: rhsStart, line: st.line, byHand: true }];
    return false;
  }
  return add(name, skipped(`rebound to \`${rhs.slice(0, 60)}\` after its definition: its body never runs`, 'marker', { key: `${name} = ${rhs}`, unconditional: true }));
}

function classStatement(module: PythonModule, cls: PyClass, st: PyStatement, hasSkipWord: boolean): void {
  const marks = pytestmarkStatement(module, st);
  if (marks) {
    cls.pytestmark.push(...marks);
    cls.usefixtures.push(...usefixtureNames(module.text, st.start, st.end));
    return;
  }
  ASSIGNMENT.lastIndex = st.start;
  const assign = ASSIGNMENT.exec(module.text);
  if (assign && (assign[1] === '__test__' || assign[1] === '__unittest_skip__')) {
    const value = codeText(module.text, st.start + assign[0].length, st.end);
    const truthy = !FALSY.test(value);
    if (assign[1] === '__test__') {
      cls.testAttr = truthy;
      if (!truthy) cls.disabled = true;
    } else if (truthy) {
      (cls.assigned ??= []).push(skipped(`${cls.name}.__unittest_skip__ = ${value}`, 'marker', { key: `__unittest_skip__ = ${value}`, unconditional: true }));
    }
    return;
  }
  if (hasSkipWord || /^(?:del\b|setattr\b|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*(?:\.|=[^=]|:))/.test(module.text.slice(st.start, st.start + 60))) rebindingStatement(module, st, cls.defs, undefined);
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
  const from = /^from\s+(\.*)([\w\u0080-\uffff.]*)\s+import\s+([^]*)$/.exec(masked);
  if (from) {
    const packageParts = module.path.split('/').slice(0, -1);
    const dots = from[1]!.length;
    const base = dots === 0 ? [] : packageParts.slice(0, packageParts.length - (dots - 1));
    const target = [...base, ...(from[2] ? from[2].split('.') : [])].join('.');
    for (const item of from[3]!.replace(/[()\\]/g, ' ').split(',')) {
      const m = /^\s*([\w\u0080-\uffff]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item);
      if (m) into.set(m[2] ?? m[1]!, { module: target, name: m[1]! });
    }
    return;
  }
  const plain = /^import\s+([^]*)$/.exec(masked);
  if (!plain) return;
  for (const item of plain[1]!.split(',')) {
    const m = /^\s*([\w\u0080-\uffff.]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item);
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
  const marks = pytestmarkStatement(module, st);
  if (marks) {
    for (const mark of marks) module.moduleMarks.push(relabel(mark, `pytestmark: ${mark.reason}`, 'pytestmark: '));
    module.moduleUsefixtures.push(...usefixtureNames(text, st.start, st.end));
    return;
  }
  // `globals()["pytestmark"] = …` sets it too.
  if (hasSkipWord && /^globals\s*\(\s*\)\s*\[\s*["']pytestmark["']\s*\]\s*=/.test(text.slice(st.start, st.start + 40))) {
    const from = text.indexOf('=', st.start) + 1;
    for (const mark of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) {
      module.moduleMarks.push(relabel(mark, `globals()["pytestmark"]: ${mark.reason}`, 'pytestmark: '));
    }
    return;
  }
  ASSIGNMENT.lastIndex = st.start;
  const assign = ASSIGNMENT.exec(text);
  if (assign?.[1] === '__test__') {
    // pytest collects nothing from a module whose `__test__` is false.
    const value = codeText(text, st.start + assign[0].length, st.end);
    if (FALSY.test(value)) module.moduleMarks.push(skipped(`module __test__ = ${value}: pytest collects nothing from it`, 'marker', { key: `module __test__ = ${value}`, unconditional: true }));
    return;
  }
  if (
    (assign && (module.functions.has(assign[1]!) || module.classesByName.has(assign[1]!))) ||
    /^(?:del\b|setattr\s*\(|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*\.\s*(?:__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\b)/.test(text.slice(st.start, st.start + 60))
  ) {
    if (rebindingStatement(module, st, module.functions, module.classesByName)) return;
  }
  if (assign) {
    const name = assign[1]!;
    const rhsStart = st.start + assign[0].length;
    const opener = text.charCodeAt(rhsStart);
    if (opener === 91 || opener === 40) {
      module.sequences.set(name, { start: rhsStart, end: st.end });
      if (hasSkipWord) {
        const masked = maskPython(text, rhsStart, st.end);
        const mark = /\bparam\s*\(/.test(masked) ? undefined : markOfList(masked, module.aliases);
        if (mark) module.aliases.set(name, { ...mark, reason: `${name} = ${mark.reason}`, key: `@${name} = ${markKey(mark)}` });
      }
    } else if (hasSkipWord || module.vocab.needles.length > 0) {
      const end = Math.min(st.end, rhsStart + 400);
      const mark = markOfExpression(text.slice(rhsStart, end), module.aliases, module.vocab, maskPython(text, rhsStart, end));
      if (mark) module.aliases.set(name, { ...mark, reason: `${name} (${mark.reason})`, key: `@${name} = ${markKey(mark)}` });
    }
  }
  if (hasSkipWord) {
    const masked = maskPython(text, st.start, st.end);
    if (MODULE_SKIP.test(masked)) {
      const m = /importorskip|SkipTest|pytest\.skip/.exec(masked)![0];
      const label = `module-level ${m === 'importorskip' ? 'pytest.importorskip()' : m === 'SkipTest' ? 'raise SkipTest' : 'pytest.skip()'}`;
      module.moduleMarks.push(skipped(label, 'marker', { key: `${label}: ${codeText(text, st.start, st.end)}` }));
    }
  }
}

/** `setUpModule` (and pytest's `setup_module`, `setup_function`) that skips makes the tests it sets up skip when they run. */
function resolveModuleSkipDefs(module: PythonModule): void {
  for (const name of ['setUpModule', 'setup_module']) {
    const def = module.functions.get(name);
    for (const mark of def?.bodyMarks ?? []) module.moduleMarks.push(relabel(mark, `${mark.reason} in ${name}`, `${name}: `));
  }
  for (const mark of module.functions.get('setup_function')?.bodyMarks ?? []) module.functionMarks.push(relabel(mark, `${mark.reason} in setup_function`, 'setup_function: '));
  const skips = (fixtures: Map<string, Fixture>): boolean => [...fixtures.values()].some((f) => f.def.bodyMark);
  const anyClassFixture = (classes: PyClass[]): boolean => classes.some((c) => skips(c.fixtures) || anyClassFixture(c.classes));
  module.skippingFixtures = skips(module.fixtures) || anyClassFixture(module.classes);
}

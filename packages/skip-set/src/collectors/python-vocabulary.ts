import { matchingBracket, pythonStringLiteral, pythonTokens, splitTopLevel, type PyStatements } from '@agent-guards/source-lexing';

/**
 * The names a module uses for pytest's and unittest's skips, however it
 * imported or renamed them: `import pytest as pt` makes `pt.skip(…)` a skip,
 * `from unittest import skip as later` makes `@later(…)` one, `stop =
 * pytest.skip` makes `stop()` one. Read from the module's import statements
 * (at any depth: a `try:` import counts) and its top-level aliases before the
 * rest of the module is parsed.
 */
export interface SkipVocabulary {
  /** Local dotted names → canonical names (`pt` → `pytest`, `later` → `unittest.skip`). */
  names: Map<string, string>;
  /** Local names that are not the usual ones: a statement is read for a skip when it holds one. */
  needles: string[];
  /** Calls of a skip, xfail or exit under a local name: group 1 is the callee. */
  call?: RegExp;
  /** `raise <name>` of a skip exception under a local name. */
  raise?: RegExp;
}

/** What a canonical name does when called (or raised). */
const CALLABLE: Record<string, { status: 'skipped' | 'xfail'; label: string }> = {
  'pytest.skip': { status: 'skipped', label: 'pytest.skip()' },
  'pytest.importorskip': { status: 'skipped', label: 'pytest.importorskip()' },
  'pytest.xfail': { status: 'xfail', label: 'pytest.xfail()' },
  'pytest.exit': { status: 'skipped', label: 'pytest.exit() (stops the session: no later test runs)' },
  'os._exit': { status: 'skipped', label: 'os._exit() (ends the process: no later test runs)' },
};
const EXCEPTION = new Set(['unittest.SkipTest', 'pytest.skip.Exception']);
const KNOWN_PREFIXES = ['pytest', 'unittest', '_pytest', 'os'];

/** `unittest.case.SkipTest` → `unittest.SkipTest`; `_pytest.outcomes.skip` → `pytest.skip`. */
export function canonicalize(name: string): string {
  return name
    .replace(/^unittest\.case\./, 'unittest.')
    .replace(/^_pytest\.outcomes\.(skip|xfail|exit|importorskip)$/, 'pytest.$1')
    .replace(/^_pytest\.outcomes\.Skipped$/, 'pytest.skip.Exception')
    .replace(/^_pytest\.outcomes\.XFailed$/, 'pytest.xfail.Exception')
    .replace(/^pytest\.skip\.Exception$/, 'pytest.skip.Exception')
    .replace(/^_pytest\.mark\.(?:structures\.)?MARK_GEN\b/, 'pytest.mark');
}

/** The canonical name a local dotted name stands for, through the module's bindings. */
export function resolveName(vocab: SkipVocabulary | undefined, dotted: string): string {
  if (!vocab || vocab.names.size === 0) return dotted;
  const parts = dotted.split('.');
  for (let k = parts.length; k >= 1; k -= 1) {
    const bound = vocab.names.get(parts.slice(0, k).join('.'));
    if (bound !== undefined) return canonicalize([bound, ...parts.slice(k)].join('.'));
  }
  return canonicalize(dotted);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the bindings of pytest's and unittest's skip names from a module's statements. */
export function readVocabulary(text: string, scan: PyStatements): SkipVocabulary {
  const names = new Map<string, string>();
  const bind = (local: string, target: string): void => {
    const canonical = canonicalize(target);
    // `import pytest` binds pytest to itself: nothing to learn.
    if (local !== canonical) names.set(local, canonical);
  };
  for (let k = 0; k < scan.count; k += 1) {
    const start = scan.start[k]!;
    const c = text.charCodeAt(start);
    if (c !== 102 && c !== 105 && !(scan.indent[k] === 0 && /[A-Za-z_\u0080-\uffff]/.test(text[start]!))) continue;
    const raw = text.slice(start, scan.end[k]!);
    if (!/pytest|unittest|os\b|skip|Skip|xfail|exit|mark/.test(raw)) continue;
    const from = /^from\s+([\w\u0080-\uffff.]+)\s+import\s+\(?([^)#]*)\)?/.exec(raw);
    if (from) {
      if (!KNOWN_PREFIXES.some((p) => from[1] === p || from[1]!.startsWith(`${p}.`))) continue;
      for (const item of from[2]!.split(',')) {
        const m = /^\s*([\w\u0080-\uffff]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item.replace(/\\\s*\n/g, ' '));
        if (m) bind(m[2] ?? m[1]!, `${from[1]}.${m[1]}`);
      }
      continue;
    }
    const plain = /^import\s+([^#]*)/.exec(raw);
    if (plain) {
      for (const item of plain[1]!.split(',')) {
        const m = /^\s*([\w\u0080-\uffff.]+)\s+as\s+([\w\u0080-\uffff]+)\s*$/.exec(item);
        if (m && KNOWN_PREFIXES.some((p) => m[1] === p || m[1]!.startsWith(`${p}.`))) bind(m[2]!, m[1]!);
      }
      continue;
    }
    // A top-level alias of a skip, a mark namespace or a module: `stop = pytest.skip`, `mk = pytest.mark`.
    const alias = /^([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*(?::[^=\n]*)?=\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)\s*$/.exec(raw);
    if (alias) {
      const target = resolveName({ names, needles: [] }, alias[2]!);
      if (CALLABLE[target] || EXCEPTION.has(target) || /^(?:pytest(?:\.mark)?|unittest|pytest\.mark\.(?:skip|skipif|xfail)|unittest\.(?:skip|skipIf|skipUnless|expectedFailure))$/.test(target)) {
        names.set(alias[1]!, target);
      }
      continue;
    }
    // A subclass of a skip exception is raised as one: `class Later(unittest.SkipTest): pass`.
    const cls = /^class\s+([\w\u0080-\uffff]+)\s*\(\s*([\w\u0080-\uffff.]+)\s*\)/.exec(raw);
    if (cls && EXCEPTION.has(resolveName({ names, needles: [] }, cls[2]!))) names.set(cls[1]!, 'unittest.SkipTest');
  }
  const vocab: SkipVocabulary = { names, needles: [] };
  const calls: string[] = [];
  const raises: string[] = [];
  for (const local of names.keys()) {
    const target = names.get(local)!;
    if (CALLABLE[target]) calls.push(escape(local));
    else if (EXCEPTION.has(target)) raises.push(escape(local));
    else if (target === 'pytest' || target === 'os') calls.push(`${escape(local)}\\.(?:skip|xfail|importorskip|exit|_exit)`);
    else if (target === 'unittest') raises.push(`${escape(local)}(?:\\.case)?\\.SkipTest`);
    else continue;
    vocab.needles.push(local);
  }
  if (calls.length > 0) vocab.call = new RegExp(`(?<![\\w\\u0080-\\uffff.])(${calls.join('|')})\\s*\\(`, 'g');
  if (raises.length > 0) vocab.raise = new RegExp(`\\braise\\s+(${raises.join('|')})\\b`, 'g');
  return vocab;
}

export interface BodySkip {
  status: 'skipped' | 'xfail';
  /** What it is, for messages: `pytest.skip() call`. */
  label: string;
  /** The call as written (strings blanked), for the reason key. */
  text: string;
}

const USUAL_CALL = /(?<![\w.])(pytest\.(?:skip|xfail|importorskip|exit)|importorskip|os\._exit)\s*\(|\.(skipTest)\s*\(|\b(raise)\s+((?:unittest\.(?:case\.)?)?SkipTest|pytest\.skip\.Exception)\b|\.(applymarker|add_marker)\s*\(/g;

function callText(masked: string, at: number): string {
  const open = masked.indexOf('(', at);
  if (open < 0) return masked.slice(at).trim();
  const close = matchingBracket(masked, open);
  return masked.slice(at, close < 0 ? masked.length : close + 1).replace(/\s+/g, ' ').trim();
}

/**
 * Every skip, xfail or exit in a masked statement (strings and comments
 * blanked): calls and raises under their usual names and the module's own,
 * `self.skipTest`, and markers applied at run time (`request.applymarker`).
 */
export function bodySkipsIn(masked: string, vocab: SkipVocabulary | undefined, raw?: string): BodySkip[] {
  const out: BodySkip[] = [];
  for (const m of masked.matchAll(GETATTR)) {
    const found = getattrSkip(masked, raw, m.index ?? 0, m[0].length - 1, vocab);
    if (found) out.push(found);
  }
  for (const m of masked.matchAll(USUAL_CALL)) {
    const at = m.index ?? 0;
    if (m[1]) {
      const name = m[1] === 'importorskip' ? 'pytest.importorskip' : m[1];
      const what = CALLABLE[name]!;
      out.push({ status: what.status, label: `${what.label.replace(/\(\)/, '()')} call`, text: callText(masked, at) });
    } else if (m[2]) {
      out.push({ status: 'skipped', label: '.skipTest() call', text: callText(masked, at) });
    } else if (m[3]) {
      out.push({ status: 'skipped', label: `raise ${m[4]}`, text: `raise ${m[4]}` });
    } else if (m[5]) {
      const call = callText(masked, at);
      const mark = /\bmark\.(skipif|skip|xfail)\b/.exec(call);
      if (mark) out.push({ status: mark[1] === 'xfail' ? 'xfail' : 'skipped', label: `${m[5]}(pytest.mark.${mark[1]}) at run time`, text: call });
    }
  }
  if (vocab?.call) {
    for (const m of masked.matchAll(vocab.call)) {
      const target = resolveName(vocab, m[1]!);
      const what = CALLABLE[target];
      if (what) out.push({ status: what.status, label: `${m[1]}() call (${what.label})`, text: callText(masked, m.index ?? 0) });
    }
  }
  if (vocab?.raise) {
    for (const m of masked.matchAll(vocab.raise)) out.push({ status: 'skipped', label: `raise ${m[1]} (a SkipTest)`, text: `raise ${m[1]}` });
  }
  return out;
}

const GETATTR = /(?<![\w\u0080-\uffff.])getattr\s*\(/g;
/** The attributes whose call skips, by the namespace getattr reads them from. */
const SKIPPING_ATTRIBUTES = new Map<string, ReadonlySet<string>>([
  ['pytest', new Set(['skip', 'xfail', 'importorskip', 'exit'])],
  ['os', new Set(['_exit'])],
  ['self', new Set(['skipTest'])],
  ['cls', new Set(['skipTest'])],
]);

/** What `getattr(<object>, <name>, …)` reads: the object as written and as resolved, and the name (null: not a string it can read). */
export interface GetattrTarget {
  objectText: string;
  object: string;
  name: string | null;
}

/**
 * What the getattr call whose `(` is at `open` in `masked` (strings blanked) reads; `raw` is the
 * same text as written, where the name's string literals are read (`"\x73kip"`, `"sk" + "ip"`).
 * Undefined for a call with fewer than two arguments.
 */
export function getattrTarget(masked: string, raw: string, open: number, vocab: SkipVocabulary | undefined): GetattrTarget | undefined {
  const close = matchingBracket(masked, open);
  const args = splitTopLevel(masked, open + 1, close < 0 ? masked.length : close);
  if (args.length < 2) return undefined;
  const objectText = masked.slice(args[0]!.start, args[0]!.end).trim();
  return { objectText, object: resolveName(vocab, objectText), name: stringExpressionValue(raw.slice(args[1]!.start, args[1]!.end)) ?? null };
}

/** The namespaces whose attributes skip when getattr reads them (pytest.mark too: it starts with pytest). */
export const GETATTR_NAMESPACES: ReadonlySet<string> = new Set(SKIPPING_ATTRIBUTES.keys());

/**
 * A skip reached through getattr, which names the attribute with an expression: `getattr(pytest,
 * "\x73kip")("…")`, `getattr(pytest, "sk" + "ip")`. `at` is where `getattr` starts in `masked`
 * (the statement with its strings blanked) and `toParen` how far its `(` is; `raw` is the statement
 * as written. A name read from pytest or os that is not a string it can read (a variable, an
 * f-string) counts as a skip: those modules have little else a test would look up by a computed
 * name. From self, only a readable skipTest.
 */
function getattrSkip(masked: string, raw: string | undefined, at: number, toParen: number, vocab: SkipVocabulary | undefined): BodySkip | undefined {
  const target = getattrTarget(masked, raw ?? masked, at + toParen, vocab);
  const skipping = target && SKIPPING_ATTRIBUTES.get(target.object);
  if (!target || !skipping) return undefined;
  const { objectText, object } = target;
  // Without the raw text the name's strings are blanked: it cannot be read.
  const name = raw === undefined ? null : target.name;
  const text = callText(masked, at);
  if (name === null) {
    if (object === 'self' || object === 'cls') return undefined;
    return { status: 'skipped', label: `getattr(${objectText}, …) with a name it cannot read (may be a skip)`, text };
  }
  if (!skipping.has(name)) return undefined;
  const what = CALLABLE[`${object}.${name}`];
  return { status: what?.status ?? 'skipped', label: `getattr(${objectText}, "${name}") call (${what?.label ?? '.skipTest()'})`, text };
}

/** The value of an expression of string literals (adjacent, or joined by `+`, in parentheses or not); undefined for anything else. */
function stringExpressionValue(expr: string): string | undefined {
  let value = '';
  let strings = 0;
  for (const token of pythonTokens(expr, 0, expr.length)) {
    if (token.type === 'op' && (token.value === '+' || token.value === '(' || token.value === ')')) continue;
    if (token.type !== 'string') return undefined;
    const literal = pythonStringLiteral(expr, token.start, token.end);
    if (literal?.value === undefined || literal.prefix.includes('b')) return undefined;
    value += literal.value;
    strings += 1;
  }
  return strings > 0 ? value : undefined;
}

import { LineIndex, maskCLike, matchingBrace, matchingBracket } from '@agent-guards/source-lexing';
import { IdAllocator, testId, type CollectedTest, type FileCollection } from '../model.js';

/**
 * Rust tests: functions with a `#[test]`-like attribute (`#[test]`,
 * `#[tokio::test]`, `#[rstest]`, `#[test_case(…)]`…) inside nested `mod`s.
 * `#[ignore]` skips; `#[cfg_attr(…, ignore)]` skips conditionally; a `#[cfg(…)]`
 * on the function or an enclosing module that is false on linux/x86_64 with
 * default features leaves the test out of the build.
 */
const WORD = /#!?\[|\bmod\s+([A-Za-z_]\w*)\s*\{|\bfn\s+([A-Za-z_]\w*)|[;{}]/g;

/** Evaluates a `cfg(…)` predicate for linux/x86_64, `test` on, no optional features. */
export function evaluateCfg(expr: string): boolean {
  const s = expr.trim();
  const call = /^(all|any|not)\s*\(([^]*)\)$/.exec(s);
  if (call) {
    const inner = call[2]!;
    const args: string[] = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i <= inner.length; i += 1) {
      const c = inner[i];
      if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      else if ((c === ',' || c === undefined) && depth === 0) {
        if (inner.slice(from, i).trim()) args.push(inner.slice(from, i));
        from = i + 1;
      }
    }
    if (call[1] === 'not') return !evaluateCfg(args[0] ?? '');
    return call[1] === 'all' ? args.every(evaluateCfg) : args.some(evaluateCfg);
  }
  const kv = /^(\w+)\s*=\s*"([^"]*)"$/.exec(s);
  if (kv) {
    const values: Record<string, string[]> = {
      target_os: ['linux'],
      target_family: ['unix'],
      target_arch: ['x86_64'],
      target_pointer_width: ['64'],
      target_endian: ['little'],
      target_env: ['gnu'],
      panic: ['unwind'],
    };
    return values[kv[1]!]?.includes(kv[2]!) ?? false;
  }
  return ['test', 'unix', 'debug_assertions'].includes(s);
}

interface Attribute {
  text: string;
}

export function collectRust(path: string, text: string): FileCollection {
  const { masked, error } = maskCLike(text, 'rust');
  const lines = new LineIndex(text);
  const ids = new IdAllocator();
  const tests: CollectedTest[] = [];
  const mods: { name: string; close: number; excluded?: string }[] = [];
  let pending: Attribute[] = [];

  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) {
    const at = m.index;
    while (mods.length > 0 && mods[mods.length - 1]!.close < at) mods.pop();
    const token = m[0];
    if (token.startsWith('#')) {
      const open = at + token.length - 1;
      const close = matchingBracket(masked, open);
      if (close < 0) break;
      // The original text: `#[cfg(feature = "x")]` needs its string values.
      pending.push({ text: text.slice(open + 1, close).replace(/\s+/g, ' ').trim() });
      WORD.lastIndex = close + 1;
      continue;
    }
    if (m[1]) {
      const open = at + token.length - 1;
      const close = matchingBrace(masked, open);
      const cfg = pending.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== undefined && !evaluateCfg(c));
      mods.push({ name: m[1], close: close < 0 ? masked.length : close, ...(cfg ? { excluded: `#[cfg(${cfg})] on mod ${m[1]}` } : {}) });
      pending = [];
      continue;
    }
    if (m[2]) {
      const attrs = pending;
      pending = [];
      const isTest = attrs.some((a) => /^(?:[\w:]*::)?(?:test|rstest|test_case|test_log::test|wasm_bindgen_test|quickcheck|proptest)\b/.test(a.text));
      if (!isTest) continue;
      const name = m[2];
      const open = masked.indexOf('{', at);
      const close = open < 0 ? -1 : matchingBrace(masked, open);
      let reason: string | undefined;
      const excludedMod = mods.find((x) => x.excluded);
      const cfg = attrs.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== undefined && !evaluateCfg(c));
      if (excludedMod) reason = excludedMod.excluded;
      else if (cfg !== undefined) reason = `#[cfg(${cfg})]`;
      else if (attrs.some((a) => /^ignore\b/.test(a.text))) reason = '#[ignore]';
      else {
        const cfgAttr = attrs.find((a) => /^cfg_attr\s*\(.*\bignore\b/.test(a.text));
        if (cfgAttr) reason = `#[${cfgAttr.text}] (conditional)`;
      }
      const suite = mods.map((x) => x.name);
      tests.push({
        id: ids.allocate(testId(path, suite, name)),
        path,
        line: lines.lineOf(at),
        name,
        suite,
        status: reason ? 'skipped' : 'active',
        ...(reason ? { reason, skipKind: 'marker' as const } : {}),
        body: close < 0 ? '' : text.slice(open, close + 1),
      });
      if (close > 0) WORD.lastIndex = close + 1;
      continue;
    }
    pending = [];
  }
  return { path, language: 'rust', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}

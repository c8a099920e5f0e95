import { allowsJsx, type JsTokens, LineIndex, T_IDENT, T_PUNCT, T_STRING, T_TEMPLATE, tokenizeJs } from '@agent-guards/source-lexing';
import { IdAllocator, testId, type CollectedTest, type FileCollection, type SkipKind, type TestStatus } from '../model.js';

/**
 * Tests of vitest, jest and mocha (BDD and TDD interfaces): `it`/`test`/
 * `specify` inside `describe`/`context`/`suite`, with their modifiers
 * (`.skip`, `.only`, `.todo`, `.skipIf(…)`, `.runIf(…)`, `.fails`, `.failing`,
 * `.each`, `.concurrent`…), the `x`/`f` prefixed forms, `this.skip()` in a test
 * or a suite's hook, and aliases such as `const t = it.skip`.
 */
const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit', 'ftest']);
const SUITE_FUNCTIONS = new Set(['describe', 'context', 'suite', 'xdescribe', 'xcontext', 'fdescribe', 'fcontext']);
const HOOKS = new Set(['before', 'beforeAll', 'beforeEach', 'suiteSetup', 'setup']);
/** Chain members that take their own argument list before the test's: `it.each(table)(name, fn)`. */
const CALLED_MODIFIERS = new Set(['each', 'skipIf', 'runIf', 'for', 'extend', 'scoped']);

interface Modifiers {
  skip?: string;
  only?: string;
  todo?: string;
  fails?: string;
}

interface Block {
  kind: 'suite' | 'test';
  name: string;
  line: number;
  parent: number;
  mods: Modifiers;
  open: number;
  close: number;
  /** A runtime skip: `this.skip()` in the body (tests) or in a `before*` hook (suites). */
  runtimeSkip?: string;
}

function modifiersOf(parts: readonly string[]): Modifiers | undefined {
  const base = parts[0]!;
  const mods: Modifiers = {};
  if (base.startsWith('x')) mods.skip = base;
  if (base.startsWith('f') && base !== 'for') mods.only = base;
  for (const p of parts.slice(1)) {
    if (p === 'skip') mods.skip = `${base}.skip`;
    else if (p === 'skipIf' || p === 'runIf') mods.skip = `${base}.${p}(…)`;
    else if (p === 'only') mods.only = `${base}.only`;
    else if (p === 'todo') mods.todo = `${base}.todo`;
    else if (p === 'fails' || p === 'failing') mods.fails = `${base}.${p}`;
  }
  return mods;
}

class JsFileCollector {
  private readonly aliases = new Map<string, string[]>();
  private readonly blocks: Block[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly tokens: JsTokens,
  ) {
    this.lines = new LineIndex(text);
  }

  private tokenText(t: number): string {
    return this.text.slice(this.tokens.start[t]!, this.tokens.end[t]!);
  }

  private isPunct(t: number, ch: string): boolean {
    return this.tokens.kind[t] === T_PUNCT && this.tokenText(t) === ch;
  }

  /** Reads `name(.name | (args) | `tpl`)*` from an identifier that does not follow a dot. */
  private readChain(t: number): { names: string[]; next: number } {
    const names = [this.tokenText(t)];
    let j = t + 1;
    const { kind, match } = this.tokens;
    for (;;) {
      if (this.isPunct(j, '.') && kind[j + 1] === T_IDENT) {
        names.push(this.tokenText(j + 1));
        j += 2;
      } else if (this.isPunct(j, '(') && CALLED_MODIFIERS.has(names[names.length - 1]!) && match[j]! > j) {
        const after = match[j]! + 1;
        if (!this.isPunct(after, '(') && kind[after] !== T_TEMPLATE && names[names.length - 1] !== 'extend') break;
        j = after;
      } else if (kind[j] === T_TEMPLATE && names[names.length - 1] === 'each') {
        j += 1;
      } else break;
    }
    return { names, next: j };
  }

  private resolve(names: readonly string[]): string[] | undefined {
    const alias = this.aliases.get(names[0]!);
    const parts = alias ? [...alias, ...names.slice(1)] : [...names];
    const base = parts[0]!;
    return TEST_FUNCTIONS.has(base) || SUITE_FUNCTIONS.has(base) ? parts : undefined;
  }

  collect(): CollectedTest[] {
    const { kind, match } = this.tokens;
    const count = kind.length;
    const parents: number[] = [];
    for (let t = 0; t < count; t += 1) {
      while (parents.length > 0 && this.blocks[parents[parents.length - 1]!]!.close < t) parents.pop();
      if (kind[t] !== T_IDENT || (t > 0 && this.isPunct(t - 1, '.'))) continue;
      const word = this.tokenText(t);
      if (word === 'const' || word === 'let' || word === 'var') {
        this.readAlias(t);
        continue;
      }
      if (word === 'this' || word === 'ctx' || word === 'context') {
        this.readSkipCall(t, parents);
        if (word === 'this') continue;
      }
      if (HOOKS.has(word) && this.isPunct(t + 1, '(')) continue;
      const { names, next } = this.readChain(t);
      const parts = this.resolve(names);
      if (!parts || !this.isPunct(next, '(') || match[next]! < 0) continue;
      const base = parts[0]!;
      // `test.skip()` or `test.skip(condition)` inside a test body is Playwright's runtime skip.
      if (parents.length > 0 && parts.includes('skip') && !this.hasName(next)) {
        const owner = this.blocks[parents[parents.length - 1]!]!;
        owner.runtimeSkip ??= `${parts.join('.')}() call`;
        t = next;
        continue;
      }
      const close = match[next]!;
      const block: Block = {
        kind: SUITE_FUNCTIONS.has(base) || parts.includes('describe') ? 'suite' : 'test',
        name: this.nameArgument(next, close),
        line: this.lines.lineOf(this.tokens.start[t]!),
        parent: parents[parents.length - 1] ?? -1,
        mods: modifiersOf(parts) ?? {},
        open: next,
        close,
      };
      // `it('name')` with no function is pending in mocha, todo in jest and vitest.
      if (block.kind === 'test' && !this.hasFunctionArgument(next, close)) block.mods.todo ??= `${base}() without a function`;
      this.readOptionsArgument(next, close, base, block.mods);
      this.blocks.push(block);
      parents.push(this.blocks.length - 1);
      t = next;
    }
    return this.finish();
  }

  /**
   * node:test (and vitest's) options object before the function:
   * `test(name, { skip: 'why' }, fn)`, `{ todo: true }`, `{ only: true }`, a
   * shorthand `{ skip }`. A literal `false` (or `undefined`/`null`/`0`/`''`) is no modifier.
   */
  private readOptionsArgument(open: number, close: number, base: string, mods: Modifiers): void {
    const { match } = this.tokens;
    let t = open + 1;
    // Step over the first argument (the name) to the top-level comma.
    while (t < close && !this.isPunct(t, ',')) t = match[t]! > t ? match[t]! + 1 : t + 1;
    const brace = t + 1;
    if (t >= close || !this.isPunct(brace, '{') || match[brace]! < 0) return;
    const end = match[brace]!;
    for (let k = brace + 1; k < end; k = match[k]! > k ? match[k]! + 1 : k + 1) {
      const key = this.tokenText(k);
      if (this.tokens.kind[k] !== T_IDENT || !(key === 'skip' || key === 'todo' || key === 'only')) continue;
      if (!this.isPunct(k - 1, '{') && !this.isPunct(k - 1, ',')) continue;
      let valueText = 'true';
      if (this.isPunct(k + 1, ':')) {
        let v = k + 2;
        const parts: string[] = [];
        while (v < end && !this.isPunct(v, ',')) {
          parts.push(this.tokenText(v));
          v = match[v]! > v ? match[v]! + 1 : v + 1;
        }
        valueText = parts.join(' ').trim();
      } else if (!this.isPunct(k + 1, ',') && k + 1 !== end) continue;
      if (['false', 'undefined', 'null', '0', "''", '""', '``'].includes(valueText)) continue;
      const why = `${base}(…, { ${key}: ${valueText.length > 40 ? `${valueText.slice(0, 40)}…` : valueText} })`;
      if (key === 'skip') mods.skip ??= why;
      else if (key === 'todo') mods.todo ??= why;
      else mods.only ??= why;
    }
  }

  private hasName(open: number): boolean {
    const k = this.tokens.kind[open + 1];
    return k === T_STRING || k === T_TEMPLATE || (k === T_IDENT && this.isPunct(open + 2, ','));
  }

  private hasFunctionArgument(open: number, close: number): boolean {
    for (let t = open + 1; t < close; t += 1) {
      const w = this.tokenText(t);
      if (w === '=>' || w === 'function' || (this.tokens.kind[t] === T_IDENT && this.isPunct(t - 1, ','))) return true;
    }
    return false;
  }

  private nameArgument(open: number, close: number): string {
    const { kind, start, end, match } = this.tokens;
    const first = open + 1;
    if (first >= close) return '';
    if ((kind[first] === T_STRING || kind[first] === T_TEMPLATE) && (first + 1 === close || this.isPunct(first + 1, ','))) {
      return this.text.slice(start[first]! + 1, end[first]! - 1);
    }
    let t = first;
    while (t < close && !this.isPunct(t, ',')) t = match[t]! > t ? match[t]! + 1 : t + 1;
    return this.text.slice(start[first]!, end[t - 1]!).replace(/\s+/g, ' ');
  }

  /** `const t = it.skip`, `const myTest = test.extend({…})`. */
  private readAlias(t: number): void {
    const { kind } = this.tokens;
    if (kind[t + 1] !== T_IDENT || !this.isPunct(t + 2, '=') || kind[t + 3] !== T_IDENT) return;
    const { names, next } = this.readChain(t + 3);
    const parts = this.resolve(names);
    if (!parts) return;
    // A call result is not an alias, except `test.extend(…)`, which returns a test function.
    if (this.isPunct(next, '(')) return;
    this.aliases.set(this.tokenText(t + 1), parts.filter((p) => p !== 'extend'));
  }

  /** `this.skip()` / `ctx.skip()` in a test body or a suite's before-hook. */
  private readSkipCall(t: number, parents: readonly number[]): void {
    if (!this.isPunct(t + 1, '.') || this.tokenText(t + 2) !== 'skip' || !this.isPunct(t + 3, '(') || this.hasName(t + 3)) return;
    const owner = parents[parents.length - 1];
    if (owner === undefined) return;
    const block = this.blocks[owner]!;
    if (block.kind === 'test') {
      block.runtimeSkip ??= `${this.tokenText(t)}.skip() in the test`;
      return;
    }
    // In a suite body, a skip inside a before-hook skips the whole suite.
    for (let h = t - 1; h > block.open; h -= 1) {
      if (this.tokens.kind[h] === T_IDENT && HOOKS.has(this.tokenText(h)) && this.isPunct(h + 1, '(') && this.tokens.match[h + 1]! > t) {
        block.runtimeSkip ??= `${this.tokenText(t)}.skip() in ${this.tokenText(h)}()`;
        return;
      }
    }
  }

  private finish(): CollectedTest[] {
    const ids = new IdAllocator();
    const drafts: { test: CollectedTest; focused: boolean }[] = [];
    let focusLine: number | undefined;
    for (const block of this.blocks) {
      if (block.kind !== 'test') continue;
      const chain: Block[] = [];
      for (let p = block.parent; p >= 0; p = this.blocks[p]!.parent) chain.unshift(this.blocks[p]!);
      const all = [...chain, block];
      let status: TestStatus = 'active';
      let reason: string | undefined;
      let skipKind: SkipKind | undefined;
      const skipper = all.find((b) => b.mods.skip);
      const runtime = all.find((b) => b.runtimeSkip);
      const focus = all.find((b) => b.mods.only);
      // A todo suite (describe.todo, node:test's { todo }) makes its tests todo too.
      const todo = all.find((b) => b.mods.todo);
      if (skipper) [status, reason, skipKind] = ['skipped', skipper.mods.skip, 'marker'];
      else if (todo) [status, reason, skipKind] = ['todo', todo.mods.todo, 'marker'];
      else if (runtime) [status, reason, skipKind] = ['skipped', runtime.runtimeSkip, 'runtime'];
      else if (focus) [status, reason, skipKind] = ['focused', focus.mods.only, 'focus'];
      else if (all.some((b) => b.mods.fails)) [status, reason, skipKind] = ['xfail', all.find((b) => b.mods.fails)!.mods.fails, 'marker'];
      if (status === 'focused') focusLine ??= focus!.line;
      const suite = chain.map((b) => b.name);
      const id = ids.allocate(testId(this.path, suite, block.name));
      const body = this.text.slice(this.tokens.start[block.open]!, this.tokens.end[block.close]!);
      drafts.push({
        test: { id, path: this.path, line: block.line, name: block.name, suite, status, ...(reason ? { reason, skipKind } : {}), body },
        focused: status === 'focused',
      });
    }
    if (focusLine !== undefined) {
      for (const d of drafts) {
        if (d.test.status === 'active' || d.test.status === 'xfail') {
          d.test.status = 'skipped';
          d.test.reason = `not run: a focused test (.only) at line ${focusLine} excludes it`;
          d.test.skipKind = 'focus';
        }
      }
    }
    return drafts.map((d) => d.test);
  }
}

export function collectJs(path: string, text: string): FileCollection {
  const tokens = tokenizeJs(text, { jsx: allowsJsx(path) });
  const tests = new JsFileCollector(path, text, tokens).collect();
  return {
    path,
    language: 'javascript',
    tests,
    ...(tokens.error ? { error: { path, line: tokens.error.line, message: tokens.error.message } } : {}),
  };
}

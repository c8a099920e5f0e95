import type { TokenRange, Tokens } from './js-tokens.js';

/** Keywords whose `( … )` is a condition or a head, not a parameter list. */
const CONTROL = new Set(['if', 'while', 'for', 'switch', 'with', 'return', 'typeof', 'await', 'yield', 'void', 'delete', 'in', 'of', 'new', 'case']);
const DECLARING = new Set(['let', 'const', 'var', 'function', 'class', 'enum', 'namespace']);

/** Node's modules whose functions the folder and the load recognizers understand, by the name they are imported as. */
const NODE_MODULES: Record<string, string> = {
  path: 'path',
  'path/posix': 'path',
  url: 'url',
  module: 'module',
  worker_threads: 'worker_threads',
  child_process: 'child_process',
  vm: 'vm',
  process: 'process',
};

/** One declaration of a name, and the tokens it is visible in. */
export interface Declaration {
  name: string;
  /** The declaring name token. */
  token: number;
  kind: 'var' | 'let' | 'const' | 'function' | 'class' | 'import' | 'param';
  scope: TokenRange;
  /** `const NAME = …`: the initializer's first token. */
  init?: number;
  /** What a Node module binding is: `path`, `path.join`, `module.createRequire`. */
  origin?: string;
}

/**
 * Which declaration each use of a name refers to, by lexical scope: `var` and
 * parameters are visible in their function, `let`/`const`/`class` in their
 * block, imports in the whole file. A name is trusted (folded, or taken for a
 * Node module) only through the one declaration its use sees; a use that two
 * declarations of the same scope could mean is not trusted, so it is computed
 * and fails closed.
 */
export class JsScope {
  private readonly byName = new Map<string, Declaration[]>();
  /** Token indices that are declarations (never a use). */
  readonly declarationTokens = new Set<number>();
  /** For each token, the innermost `{` whose block holds it, or -1. */
  private readonly enclosing: Int32Array;
  private readonly fileScope: TokenRange;

  constructor(private readonly tokens: Tokens) {
    this.fileScope = { from: 0, to: tokens.count };
    this.enclosing = new Int32Array(tokens.count).fill(-1);
    const stack: number[] = [];
    for (let t = 0; t < tokens.count; t += 1) {
      while (stack.length > 0 && tokens.match(stack[stack.length - 1]!) < t) stack.pop();
      this.enclosing[t] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      if (tokens.isPunct(t, '{') && tokens.match(t) > t) stack.push(t);
    }
    this.collectDeclarations();
    this.collectOrigins();
  }

  /** The declaration the use of `name` at token `at` refers to; `global` for none; undefined when two could. */
  declarationAt(name: string, at: number): Declaration | 'global' | undefined {
    const visible = (this.byName.get(name) ?? []).filter((d) => d.scope.from <= at && at < d.scope.to);
    if (visible.length === 0) return 'global';
    const size = (d: Declaration): number => d.scope.to - d.scope.from;
    const innermost = Math.min(...visible.map(size));
    const inner = visible.filter((d) => size(d) === innermost);
    return inner.length === 1 ? inner[0] : undefined;
  }

  /** Whether `name` at `at` is the global of that name (nothing in the file declares it there). */
  isGlobal(name: string, at: number): boolean {
    return this.declarationAt(name, at) === 'global';
  }

  /** The initializer of the `const` the use of `name` at `at` refers to. */
  constInit(name: string, at: number): number | undefined {
    const d = this.declarationAt(name, at);
    return typeof d === 'object' && d.kind === 'const' ? d.init : undefined;
  }

  /**
   * A dotted name used at `at`, with its first part replaced by the Node
   * module binding it refers to (`p.join` → `path.join` after `import p from
   * 'node:path'`); a global (`require`, `module`, `process`) stays itself;
   * any other declaration makes it undefined.
   */
  qualified(names: readonly string[], at: number): string | undefined {
    const [head, ...rest] = names;
    if (head === undefined) return undefined;
    const d = this.declarationAt(head, at);
    const base = d === 'global' ? head : d?.origin;
    if (base === undefined) return undefined;
    // `path.posix.join` is `path.join` on POSIX paths, which repository paths are.
    const parts = [base, ...rest].join('.').split('.');
    return parts.filter((p, k) => !(p === 'posix' && parts[k - 1] === 'path')).join('.');
  }

  /** The names some declaration binds to a Node module or one of its members. */
  boundNames(): string[] {
    return [...this.byName].filter(([, list]) => list.some((d) => d.origin !== undefined)).map(([name]) => name);
  }

  /** The declaration made by the name token `t`, if it is one. */
  declarationOf(t: number): Declaration | undefined {
    return (this.byName.get(this.tokens.textOf(t)) ?? []).find((d) => d.token === t);
  }

  private declare(t: number, kind: Declaration['kind'], scope: TokenRange, init?: number): Declaration {
    const name = this.tokens.textOf(t);
    const d: Declaration = { name, token: t, kind, scope, ...(init !== undefined ? { init } : {}) };
    const list = this.byName.get(name);
    if (list) list.push(d);
    else this.byName.set(name, [d]);
    this.declarationTokens.add(t);
    return d;
  }

  /** The block `{…}` around `t` (or the file). */
  private blockOf(t: number): TokenRange {
    const open = this.enclosing[t]!;
    return open < 0 ? this.fileScope : { from: open, to: this.tokens.match(open) + 1 };
  }

  /** The function body around `t` (or the file): `var` is visible in all of it. */
  private functionOf(t: number): TokenRange {
    for (let open = this.enclosing[t]!; open >= 0; open = this.enclosing[open]!) {
      const before = open - 1;
      if (this.tokens.isPunct(before, '=>') || (this.tokens.isPunct(before, ')') && this.isParameterList(this.tokens.match(before)))) {
        return { from: open, to: this.tokens.match(open) + 1 };
      }
    }
    return this.fileScope;
  }

  private collectDeclarations(): void {
    const k = this.tokens;
    for (let t = 0; t < k.count; t += 1) {
      if (k.isPunct(t, '(')) {
        if (this.isParameterList(t)) this.declareParameters(t);
        continue;
      }
      if (!k.isName(t) || k.isMember(t)) continue;
      const word = k.textOf(t);
      if (DECLARING.has(word) && (k.isName(t + 1) || k.isPunct(t + 1, '{', '[', '*'))) {
        let at = t + 1;
        if (k.isPunct(at, '*')) at += 1;
        const kind: Declaration['kind'] = word === 'var' ? 'var' : word === 'const' ? 'const' : word === 'let' ? 'let' : word === 'class' ? 'class' : 'function';
        const scope = kind === 'var' ? this.functionOf(t) : this.blockOf(t);
        if (k.isName(at)) {
          const init = kind === 'const' && k.isPunct(at + 1, '=', ':') ? this.initializer(at + 1) : undefined;
          this.declare(at, kind, scope, init);
          if (kind === 'let' || kind === 'const' || kind === 'var') this.declareLaterDeclarators(at + 1, kind, scope);
        } else if (k.isPunct(at, '{', '[') && (kind === 'let' || kind === 'const' || kind === 'var')) {
          this.declareNamesIn({ from: at + 1, to: k.match(at) }, true, kind, scope);
        }
      } else if (word === 'import' && !k.isPunct(t + 1, '(', '.')) {
        this.declareImportBindings(t);
      } else if (k.isPunct(t + 1, '=>') && !k.isPunct(t - 1, ')')) {
        // `x => …`: a single parameter, visible in the arrow's body.
        const body = t + 2;
        this.declare(t, 'param', { from: t, to: k.isPunct(body, '{') ? k.match(body) + 1 : k.expressionEnd(body) });
      } else if (word === 'catch' && k.isPunct(t + 1, '(')) {
        const close = k.match(t + 1);
        const block = close + 1;
        this.declareNamesIn({ from: t + 2, to: close }, false, 'param', { from: t, to: k.isPunct(block, '{') ? k.match(block) + 1 : close + 1 });
      }
    }
  }

  /** A parameter list: its names are visible in it and in the function's body. */
  private declareParameters(open: number): void {
    const k = this.tokens;
    const close = k.match(open);
    let body = close + 1;
    if (k.isPunct(body, ':')) {
      // A return type: the body is the next `{` or `=>` at this level.
      while (body < k.count && !k.isPunct(body, '{', '=>', ';')) body = k.after(body);
    }
    if (k.isPunct(body, '=>')) body += 1;
    const end = k.isPunct(body, '{') ? k.match(body) + 1 : k.expressionEnd(body);
    this.declareNamesIn({ from: open + 1, to: close }, false, 'param', { from: open, to: Math.max(end, close + 1) });
  }

  /** After `const NAME` at `at` (`=` or `: Type =`): the initializer's first token. */
  private initializer(at: number): number | undefined {
    const k = this.tokens;
    let t = at;
    if (k.isPunct(t, ':')) {
      // A type annotation: up to the `=` at the same depth.
      while (t < k.count && !k.isPunct(t, '=', ';')) t = k.after(t);
    }
    return k.isPunct(t, '=') ? t + 1 : undefined;
  }

  /** `, b = …` declarators after the first one, up to the end of the statement. */
  private declareLaterDeclarators(from: number, kind: Declaration['kind'], scope: TokenRange): void {
    const k = this.tokens;
    let t = from;
    while (t < k.count && !k.isPunct(t, ';', '}', ')')) {
      if (k.isPunct(t, ',') && k.isName(t + 1)) this.declare(t + 1, kind, scope, kind === 'const' && k.isPunct(t + 2, '=') ? t + 3 : undefined);
      else if (k.isPunct(t, ',') && k.isPunct(t + 1, '{', '[')) this.declareNamesIn({ from: t + 2, to: k.match(t + 1) }, true, kind, scope);
      // A line break before a name that cannot continue the initializer ends the statement.
      if (k.isName(t + 1) && k.lineBreakBetween(t, t + 1) && !k.isPunct(t, ',', '=', '+', '(', '[', '.', '?', ':')) return;
      t = k.after(t);
    }
  }

  /** Names in a pattern or parameter list; in a destructuring pattern `key:` is not a binding. */
  private declareNamesIn(range: TokenRange, pattern: boolean, kind: Declaration['kind'], scope: TokenRange): void {
    const k = this.tokens;
    for (let t = range.from; t < range.to && t < k.count; t += 1) {
      if (!k.isName(t) || k.isMember(t)) continue;
      if (pattern && k.isPunct(t + 1, ':')) continue;
      this.declare(t, kind, scope);
    }
  }

  /** `import a, { b as c } from`, `import * as ns from`, `import x = require(…)`: the local names, visible in the whole file. */
  private declareImportBindings(at: number): void {
    const k = this.tokens;
    for (let t = at + 1; t < k.count && t < at + 10_000; t += 1) {
      if (k.isName(t, 'from') || k.isPunct(t, ';', '=') || k.isString(t)) {
        if (k.isPunct(t, '=') && k.isName(t - 1)) this.declare(t - 1, 'import', this.fileScope);
        return;
      }
      if (!k.isName(t) || k.isName(t + 1, 'as')) continue;
      if (k.isName(t, 'type') && k.isName(t + 1)) continue;
      if (k.isName(t, 'as')) continue;
      this.declare(t, 'import', this.fileScope);
    }
  }

  /** Whether the `(` at `open` starts a parameter list: followed by `=>`, a body, or a return type; not a condition. */
  private isParameterList(open: number): boolean {
    const k = this.tokens;
    const close = k.match(open);
    if (close < open) return false;
    if (k.isPunct(close + 1, '=>')) return true;
    if (!k.isPunct(close + 1, '{', ':')) return false;
    const before = open - 1;
    if (k.isName(before) && CONTROL.has(k.textOf(before)) && !k.isMember(before)) return false;
    if (k.isName(before, 'catch')) return false;
    return k.isName(before) || k.isPunct(before, '*', '>');
  }

  /**
   * The names bound to Node's modules: `import p from 'node:path'`,
   * `import { join as j } from 'path'`, `const cp = require('child_process')`,
   * `const { fork } = require('node:child_process')`, `const join = require('path').join`,
   * and `var join = path.join` of such a binding.
   */
  private collectOrigins(): void {
    const k = this.tokens;
    for (let t = 0; t < k.count; t += 1) {
      if (!k.isName(t) || k.isMember(t)) continue;
      const word = k.textOf(t);
      if (word === 'import' && !k.isPunct(t + 1, '(', '.')) this.importOrigins(t);
      else if ((word === 'const' || word === 'let' || word === 'var') && ((k.isName(t + 1) && k.isPunct(t + 2, '=')) || (k.isPunct(t + 1, '{') && k.isPunct(k.match(t + 1) + 1, '=')))) {
        this.requireOrigins(t + 1);
      }
    }
  }

  private importOrigins(at: number): void {
    const k = this.tokens;
    let end = at + 1;
    while (end < k.count && end < at + 10_000 && !(k.isName(end, 'from') && k.isString(end + 1)) && !k.isPunct(end, ';')) end = k.after(end);
    const module = nodeModule(k.literal(end + 1));
    if (module === undefined || !k.isName(end, 'from')) return;
    const bind = (local: string, origin: string): void => {
      const d = (this.byName.get(local) ?? []).find((x) => x.kind === 'import' && x.token > at && x.token < end);
      if (d) d.origin = origin;
    };
    for (let t = at + 1; t < end; t += 1) {
      if (k.isPunct(t, '{')) {
        for (const { imported, local } of namedBindings(k, t)) bind(local, `${module}.${imported}`);
        t = k.match(t);
      } else if (k.isPunct(t, '*') && k.isName(t + 1, 'as') && k.isName(t + 2)) {
        bind(k.textOf(t + 2), module);
        t += 2;
      } else if (k.isName(t) && !k.isName(t, 'type')) {
        bind(k.textOf(t), module);
      }
    }
  }

  /** `NAME = require('m')(.member)*`, `{ a, b: c } = require('m')`, or `NAME = binding(.member)*` at `at`. */
  private requireOrigins(at: number): void {
    const k = this.tokens;
    const target = k.isPunct(at, '{') ? k.match(at) + 2 : at + 2;
    let module: string | undefined;
    let after = target;
    if (k.isName(target, 'require') && k.isPunct(target + 1, '(') && k.match(target + 1) === target + 3) {
      module = nodeModule(k.literal(target + 2));
      after = target + 4;
    } else if (k.isName(target) && k.isName(at)) {
      // `var join = path.join`: a member of a module binding, under another name.
      const chain = k.chain(target);
      module = chain.names.length > 1 && k.expressionEnd(target) === chain.last + 1 ? this.qualified(chain.names, target) : undefined;
      if (module !== undefined) {
        const d = this.declarationOf(at);
        if (d) d.origin = module;
      }
      return;
    }
    if (module === undefined) return;
    let member = '';
    for (let t = after; k.isPunct(t, '.') && k.isName(t + 1); t += 2) member += `.${k.textOf(t + 1)}`;
    if (k.isName(at)) {
      const d = this.declarationOf(at);
      if (d) d.origin = module + member;
      return;
    }
    for (let s = at + 1; s < k.match(at); s += 1) {
      if (!k.isName(s)) continue;
      const imported = k.textOf(s);
      const localToken = k.isPunct(s + 1, ':') && k.isName(s + 2) ? s + 2 : s;
      const d = this.declarationOf(localToken);
      if (d) d.origin = `${module}${member}.${imported}`;
      if (localToken !== s) s += 2;
    }
  }
}

/** `{ a, b as c, type d, 'e-f' as g }` at `open`: each imported name and its local name. */
export function namedBindings(k: Tokens, open: number): { imported: string; local: string }[] {
  const out: { imported: string; local: string }[] = [];
  let segment: number[] = [];
  const finish = (): void => {
    let parts = segment;
    segment = [];
    if (parts.length >= 2 && k.isName(parts[0]!, 'type') && !(parts.length === 3 && k.isName(parts[1]!, 'as'))) parts = parts.slice(1);
    if (parts.length === 0) return;
    const imported = k.literal(parts[0]!) ?? k.textOf(parts[0]!);
    const local = parts.length >= 3 && k.isName(parts[1]!, 'as') ? k.textOf(parts[2]!) : imported;
    out.push({ imported, local });
  };
  const close = k.match(open);
  for (let t = open + 1; t < close; t += 1) {
    if (k.isPunct(t, ',')) finish();
    else segment.push(t);
  }
  finish();
  return out;
}

/** The Node module a specifier names, when it is one the recognizers understand. */
export function nodeModule(specifier: string | undefined): string | undefined {
  if (specifier === undefined) return undefined;
  return NODE_MODULES[specifier.replace(/^node:/, '')];
}

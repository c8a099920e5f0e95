import { dirnameFolded, foldedSpecifier, joinFolded, pathSpecifier, plain, rootedNormalize, type Folded } from './folded-path.js';
import type { ImportKind, ImportRecord } from './import-record.js';
import type { JsFolder } from './js-fold.js';
import { nodeModule, type JsScope } from './js-scope.js';
import type { TokenRange, Tokens } from './js-tokens.js';

/** A record being built, with the token it starts at (for its line and for re-export marks). */
export type Draft = Omit<ImportRecord, 'line'> & { at: number };

/**
 * Where a require function resolves relative specifiers from: the file's own
 * folder, another folder (a `createRequire` of another path), or somewhere the
 * code computes (every load through it is computed).
 */
type RequireBase = 'file' | Folded | 'unknown';

const CODE_RUNNERS: Record<string, 'first' | 'last'> = {
  eval: 'first',
  Function: 'last',
  'vm.runInThisContext': 'first',
  'vm.runInNewContext': 'first',
  'vm.runInContext': 'first',
  'vm.compileFunction': 'first',
  'vm.Script': 'first',
  'vm.SourceTextModule': 'first',
};
/** Names of the global object: `globalThis.eval` is `eval`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/** Members of `require`, `module` and `process` that load or lead to a loader: reached by a computed member, they fail closed. */
const LOADER_MEMBERS = new Set(['require', 'resolve', 'main', 'mainModule', 'paths', 'globalPaths', '_load', 'createRequire', 'constructor', 'dlopen', 'call', 'apply', 'bind', 'Module']);
const SEARCH_PATH_OWNERS = /^(?:module|require\.main|module\.constructor|module\.Module|process\.mainModule)\.(?:paths|globalPaths)\.(push|unshift|splice)$/;

/**
 * Every way other than an import statement that Node (and the bundlers'
 * documented forms) load a module: `require` and its aliases and
 * `createRequire` functions, `require.resolve`, `import.meta.resolve`,
 * `module.require`, `Module._load`, `require.main.require`, worker threads,
 * forked children, native addons, `require.context` and `import.meta.glob`,
 * code strings run by `eval`/`Function`/`vm`, and search-path entries
 * (`module.paths`, `NODE_PATH`). A module the folder cannot compute is
 * recorded with its expression: computed, never skipped.
 */
export class JsLoads {
  /** Require functions by the token that declares them. */
  private readonly requireFunctions = new Map<number, RequireBase>();
  /** Tokens already read as part of a recognized load. */
  readonly consumed = new Set<number>();
  /** The names a load can start with: globals that load or hold loaders, and the file's bindings of them. Any other name is skipped at once. */
  private readonly heads: Set<string>;

  constructor(
    private readonly tokens: Tokens,
    private readonly scope: JsScope,
    private readonly folder: JsFolder,
    private readonly path: string,
    private readonly parseCode: (code: string) => ImportRecord[] | undefined,
  ) {
    this.collectRequireFunctions();
    this.heads = new Set(['require', 'module', 'process', 'eval', 'Function', 'Worker', 'SharedWorker', ...GLOBAL_OBJECTS, ...scope.boundNames()]);
    for (const t of this.requireFunctions.keys()) this.heads.add(tokens.textOf(t));
  }

  /** The loads that start at name token `t`, or undefined. */
  at(t: number, viaGlobalObject = false): Draft[] | undefined {
    const k = this.tokens;
    if (this.consumed.has(t) || (k.isMember(t) && !viaGlobalObject)) return undefined;
    if (k.isName(t, 'new') && k.isName(t + 1)) return this.heads.has(k.textOf(t + 1)) ? this.construct(t) : undefined;
    if (!this.heads.has(k.textOf(t))) return undefined;
    // `globalThis.process.mainModule.require(…)`: the global object's members are the globals.
    if (GLOBAL_OBJECTS.has(k.textOf(t)) && this.scope.isGlobal(k.textOf(t), t) && k.isPunct(t + 1, '.') && k.isName(t + 2)) return this.at(t + 2, true);
    const chain = k.chain(t);
    const open = chain.last + 1;
    const name = this.calleeName(chain.names, t);
    if (!k.isPunct(open, '(')) return this.nonCall(t, chain, name);
    const requireBase = chain.names.length === 1 ? this.requireFunctionAt(chain.names[0]!, t) : undefined;
    const resolveBase = chain.names.length === 2 && chain.names[1] === 'resolve' ? this.requireFunctionAt(chain.names[0]!, t) : undefined;
    if ((name === undefined && requireBase === undefined && resolveBase === undefined) || !isCall(k, t, open) || k.isName(t - 1, 'function')) return undefined;
    const args = k.args(open) ?? [];
    this.consume(t, chain.last);
    if (requireBase !== undefined) return [this.requireCall('require', chain.names[0]!, t, args[0], requireBase)];
    if (resolveBase !== undefined) return [this.requireCall('require-resolve', `${chain.names[0]!}.resolve`, t, args[0], resolveBase)];
    if (name === undefined) return undefined;
    if (name === 'require') {
      const loaded = this.requireCall('require', name, t, args[0], 'file');
      // `require('module')._load(…)`, `require('child_process').fork(…)`: a member of a Node module required in place.
      const close = k.match(open);
      const module = close === open + 2 ? nodeModule(k.literal(open + 1)) : undefined;
      if (module === undefined || !k.isPunct(close + 1, '.') || !k.isName(close + 2) || !k.isPunct(close + 3, '(')) return [loaded];
      this.consume(close + 2, close + 2);
      return [loaded, ...(this.call(t, `${module}.${k.textOf(close + 2)}`, close + 3, k.args(close + 3) ?? []) ?? [])];
    }
    return this.call(t, name, open, args);
  }

  /** A call of the qualified function `name` at `t`, its `(` at `open`. */
  private call(t: number, name: string, open: number, args: TokenRange[]): Draft[] | undefined {
    const k = this.tokens;
    if (name === 'module.require' || name === 'module._load' || name === 'module.Module._load') return [this.requireCall('require', name, t, args[0], 'file')];
    if (name === 'require.main.require' || name === 'process.mainModule.require') return [this.requireCall('require', name, t, args[0], { value: '', base: 'cwd' })];
    if (name === 'require.resolve') return [this.requireCall('require-resolve', name, t, args[0], 'file')];
    if (name === 'require.call' || name === 'require.apply') return [this.requireCall('require', name, t, name === 'require.call' ? args[1] : firstElement(k, args[1]), 'file')];
    if (name === 'module.createRequire') {
      const close = k.match(open);
      if (k.isPunct(close + 1, '(')) {
        const inner = k.args(close + 1) ?? [];
        return [this.requireCall('require', 'createRequire', t, inner[0], this.requireBase(args[0]))];
      }
      if (k.isPunct(close + 1, '.') && k.isName(close + 2, 'resolve') && k.isPunct(close + 3, '(')) {
        const inner = k.args(close + 3) ?? [];
        return [this.requireCall('require-resolve', 'createRequire(…).resolve', t, inner[0], this.requireBase(args[0]))];
      }
      // Bound to a name, its calls are read as requires; handed on any other way, it can load anything unseen.
      if (k.isPunct(t - 1, '=') && k.isName(t - 2) && this.requireFunctions.has(t - 2)) return undefined;
      return [{ kind: 'require', expression: k.source({ from: t, to: k.match(open) + 1 }), call: 'createRequire (passed on as a value)', typeOnly: false, at: t }];
    }
    if (name === 'require.context') return [this.pathLoad('module-glob', name, t, args[0], 'file')];
    if (name === 'process.dlopen') return [this.pathLoad('native-addon', name, t, args[1], 'cwd')];
    if (name === 'child_process.fork') return [this.pathLoad('fork', name, t, args[0], 'cwd')];
    const runner = CODE_RUNNERS[name];
    if (runner !== undefined) return this.code(name, t, runner === 'first' ? args[0] : args[args.length - 1]);
    const entry = SEARCH_PATH_OWNERS.exec(name);
    if (entry) {
      const values = entry[1] === 'splice' ? args.slice(2) : args;
      return values.map((arg) => ({ ...this.pathLoad('module-path-entry', name, t, arg, 'cwd'), position: entry[1] === 'push' ? 'back' : 'front' }));
    }
    return undefined;
  }

  /** `import(…)`, `import.meta.resolve(…)`, `import.meta.glob(…)` at the `import` token. */
  importCall(t: number): Draft[] | undefined {
    const k = this.tokens;
    if (k.isPunct(t + 1, '(')) {
      const args = k.args(t + 1);
      if (!args || args.length === 0 || !isCall(k, t, t + 1)) return undefined;
      // `typeof import('x')` and `import('x').Type` are types; `import('x').then(…)` is a load.
      const close = k.match(t + 1);
      const typeOnly = k.isName(t - 1, 'typeof') || (k.isPunct(close + 1, '.') && k.isName(close + 2) && !PROMISE_MEMBERS.has(k.textOf(close + 2)));
      return [{ ...this.requireCall('dynamic-import', 'import', t, args[0], 'file'), typeOnly }];
    }
    if (!(k.isPunct(t + 1, '.') && k.isName(t + 2, 'meta') && k.isPunct(t + 3, '.') && k.isName(t + 4) && k.isPunct(t + 5, '('))) return undefined;
    const member = k.textOf(t + 4);
    const args = k.args(t + 5) ?? [];
    if (member === 'resolve') return [this.requireCall('require-resolve', 'import.meta.resolve', t, args[0], 'file')];
    if (member !== 'glob') return undefined;
    // `import.meta.glob('./dir/*.ts')` or an array of patterns: each pattern's folder, up to its first wildcard.
    const first = args[0];
    const patterns = first && k.isPunct(first.from, '[') ? elements(k, first.from) : first ? [first] : [];
    return patterns.flatMap((range): Draft[] => {
      const folded = this.folder.fold(range);
      if (folded?.base === 'none' && folded.value.startsWith('!')) return [];
      if (folded?.base === 'none') {
        const dir = folded.value.slice(0, Math.max(0, folded.value.search(/[*?[{]/))).replace(/[^/]*$/, '') || './';
        // A pattern from `/` starts at the project's root.
        return [{ kind: 'module-glob' as const, specifier: dir.startsWith('/') ? `.${dir}` : dir, ...(dir.startsWith('/') ? { anchor: 'cwd' as const } : {}), call: 'import.meta.glob', typeOnly: false, at: t }];
      }
      return [{ kind: 'module-glob' as const, expression: k.source(range), call: 'import.meta.glob', typeOnly: false, at: t }];
    });
  }

  /** The require function a name used at `t` refers to, if it is one. */
  private requireFunctionAt(name: string, t: number): RequireBase | undefined {
    const d = this.scope.declarationAt(name, t);
    return typeof d === 'object' ? this.requireFunctions.get(d.token) : undefined;
  }

  private calleeName(names: readonly string[], at: number): string | undefined {
    const qualified = this.scope.qualified(names, at);
    if (qualified !== undefined) return qualified;
    // `require` stays a require function when the file declares it (`const require = createRequire(…)`, an AMD parameter).
    return names[0] === 'require' ? names.join('.') : undefined;
  }

  /** `new Worker(…)`, `new Function(…)`, `new vm.Script(…)`. */
  private construct(t: number): Draft[] | undefined {
    const k = this.tokens;
    const chain = k.chain(t + 1);
    const open = chain.last + 1;
    const name = this.scope.qualified(chain.names, t + 1);
    if (name === undefined || !k.isPunct(open, '(')) return undefined;
    const args = k.args(open) ?? [];
    if (name === 'Worker' || name === 'SharedWorker' || name === 'worker_threads.Worker') {
      this.consume(t, chain.last);
      return [this.pathLoad('worker', `new ${chain.names.join('.')}`, t, args[0], 'cwd')];
    }
    const runner = CODE_RUNNERS[name];
    if (runner === undefined) return undefined;
    this.consume(t, chain.last);
    return this.code(`new ${name}`, t, runner === 'first' ? args[0] : args[args.length - 1]);
  }

  /**
   * A name that is not called: a search path assigned (`module.paths = […]`,
   * `process.env.NODE_PATH = …`), or `require` handed on as a value, which
   * can then load anything without being seen.
   */
  private nonCall(t: number, chain: { names: string[]; last: number }, name: string | undefined): Draft[] | undefined {
    const k = this.tokens;
    const assigned = k.isPunct(chain.last + 1, '=') && !k.isPunct(chain.last + 2, '=');
    if (assigned && (name === 'module.paths' || name === 'require.main.paths' || name === 'process.env.NODE_PATH')) {
      this.consume(t, chain.last);
      const value = { from: chain.last + 2, to: k.expressionEnd(chain.last + 2) };
      if (k.isPunct(value.from, '[')) return elements(k, value.from).map((range) => ({ ...this.pathLoad('module-path-entry', name, t, range, 'cwd'), position: 'front' as const }));
      const folded = this.folder.fold(value);
      if (folded === undefined || name !== 'process.env.NODE_PATH') return [{ ...this.pathLoad('module-path-entry', name, t, value, 'cwd'), position: 'front' }];
      return folded.value.split(':').filter((p) => p !== '').map((p) => ({ ...this.entry({ ...folded, value: p }, 'cwd'), kind: 'module-path-entry' as const, call: name, typeOnly: false, at: t, position: 'front' as const }));
    }
    const word = chain.names[0]!;
    if (this.loaderByComputedMember(t, chain)) {
      this.consume(t, chain.last);
      return [{ kind: 'require', expression: k.source({ from: t, to: k.match(chain.last + 1) + 1 }), call: `${chain.names.join('.')}[…]`, typeOnly: false, at: t }];
    }
    // `const { require: load } = module`: a loader taken out of `module` (or `require`) under another name.
    if (chain.names.length === 1 && (word === 'module' || word === 'require') && this.scope.isGlobal(word, t) && k.isPunct(t - 1, '=') && k.isPunct(t - 2, '}')) {
      return [{ kind: 'require', expression: k.source({ from: k.match(t - 2), to: t + 1 }), call: `${word} (destructured)`, typeOnly: false, at: t }];
    }
    // Node's own `require` (not a local of that name), or a require function the file made.
    const isRequireValue = chain.names.length === 1 && ((word === 'require' && this.scope.isGlobal(word, t)) || this.requireFunctionAt(word, t) !== undefined);
    if (!isRequireValue || this.scope.declarationTokens.has(t) || k.isName(t - 1, 'typeof')) return undefined;
    // An object key (`{ require: … }`), or the alias itself (`const r = require`).
    if (k.isPunct(t + 1, ':') && k.isPunct(t - 1, '{', ',')) return undefined;
    if (k.isPunct(t - 1, '=') && k.isName(t - 2) && this.requireFunctions.has(t - 2)) return undefined;
    return [{ kind: 'require', expression: word, call: `${word} (passed on as a value)`, typeOnly: false, at: t }];
  }

  /**
   * `module['require']`, `require[name]`, `process['mainModule']`: a member
   * of a global loader object by a computed key. A key that folds to a member
   * that does not load (`module['exports']`) is left alone.
   */
  private loaderByComputedMember(t: number, chain: { names: string[]; last: number }): boolean {
    const k = this.tokens;
    const word = chain.names[0]!;
    const open = chain.last + 1;
    if (chain.names.length !== 1 || !(word === 'module' || word === 'require' || word === 'process') || !this.scope.isGlobal(word, t) || !k.isPunct(open, '[')) return false;
    const key = this.folder.fold({ from: open + 1, to: k.match(open) });
    return key === undefined || key.base !== 'none' || LOADER_MEMBERS.has(key.value);
  }

  /** A require-like call: the specifier as folded, relative to the require function's folder. */
  private requireCall(kind: ImportKind, call: string, at: number, arg: TokenRange | undefined, base: RequireBase): Draft {
    // A plain `require(…)` or `import(…)` needs no name in messages: its kind says it.
    const named = call === 'require' || call === 'import' ? {} : { call };
    const folded = arg && base !== 'unknown' ? this.folder.fold(arg) : undefined;
    if (folded === undefined) return { kind, expression: arg ? this.tokens.source(arg) : call, ...named, typeOnly: false, at };
    const relative = folded.base === 'none' && /^\.\.?(?:\/|$)/.test(folded.value);
    if (!relative || base === 'file') return { kind, ...foldedSpecifier(folded, this.path), ...named, typeOnly: false, at };
    const joined = joinFolded([base as Folded, folded], false)!;
    return { kind, ...this.entry(joined, 'file'), ...named, typeOnly: false, at };
  }

  /** A load by path: a plain relative path is relative to `plainBase` (the working directory for Worker, fork, dlopen). */
  private pathLoad(kind: ImportKind, call: string, at: number, arg: TokenRange | undefined, plainBase: 'file' | 'cwd'): Draft {
    const folded = arg ? this.folder.fold(arg) : undefined;
    if (folded === undefined) return { kind, expression: arg ? this.tokens.source(arg) : call, call, typeOnly: false, at };
    return { kind, ...this.entry(folded, plainBase), call, typeOnly: false, at };
  }

  private entry(folded: Folded, plainBase: 'file' | 'cwd'): { specifier: string; anchor?: 'cwd' } {
    return pathSpecifier(folded, this.path, plainBase);
  }

  /** Code run from a string: its imports when it is a constant, else computed. */
  private code(call: string, at: number, arg: TokenRange | undefined): Draft[] {
    const folded = arg ? this.folder.fold(arg) : plain('');
    const nested = folded?.base === 'none' ? this.parseCode(folded.value) : undefined;
    if (nested === undefined) return [{ kind: 'eval', expression: arg ? this.tokens.source(arg) : call, call, typeOnly: false, at }];
    return nested.map(({ line: _line, ...record }) => ({ ...record, evaluated: true, at }));
  }

  /** The folder a `createRequire(x)` function resolves from. */
  private requireBase(arg: TokenRange | undefined): RequireBase {
    const folded = arg ? this.folder.fold(arg) : undefined;
    if (folded === undefined || folded.base === 'none') return 'unknown';
    const value = folded.base === 'repo' ? rootedNormalize(folded.value) : folded.value;
    if (folded.base === 'repo' && value === `/${this.path}`) return 'file';
    // A path ending in `/` is a folder; any other names a file in its folder.
    return folded.value.endsWith('/') ? { value, base: folded.base } : dirnameFolded({ value, base: folded.base });
  }

  /**
   * Names bound to a require function: `const r = require`,
   * `const r = createRequire(import.meta.url)`, `module.createRequire(…)`,
   * `require('module').createRequire(…)`; `require` itself when the file
   * declares it with `createRequire`.
   */
  private collectRequireFunctions(): void {
    const k = this.tokens;
    for (let t = 0; t < k.count; t += 1) {
      if (!(k.isName(t, 'const') || k.isName(t, 'let') || k.isName(t, 'var')) || !k.isName(t + 1) || !k.isPunct(t + 2, '=')) continue;
      const declaration = t + 1;
      const init = t + 3;
      if (k.isName(init, 'require') && !k.isPunct(init + 1, '(', '.')) {
        this.requireFunctions.set(declaration, 'file');
        continue;
      }
      let open: number | undefined;
      if (k.isName(init, 'require') && k.isPunct(init + 1, '(') && k.literal(init + 2)?.replace(/^node:/, '') === 'module' && k.isPunct(init + 4, '.') && k.isName(init + 5, 'createRequire')) {
        open = init + 6;
      } else if (k.isName(init)) {
        const chain = k.chain(init);
        if (this.scope.qualified(chain.names, init) === 'module.createRequire') open = chain.last + 1;
      }
      if (open === undefined || !k.isPunct(open, '(')) continue;
      this.requireFunctions.set(declaration, this.requireBase((k.args(open) ?? [])[0]));
    }
  }

  private consume(from: number, to: number): void {
    for (let t = from; t <= to; t += 1) this.consumed.add(t);
  }
}

/** Members of a Promise: `import('x').then` is a call, `import('x').Foo` is a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

/**
 * Whether `name(…)` at `at` is a call: `require(x) { … }` is a method
 * definition, and `import(id: string): T;` after `{ ; } ,` a method signature.
 */
function isCall(k: Tokens, at: number, open: number): boolean {
  const close = k.match(open);
  if (close < open) return false;
  if (k.isPunct(close + 1, '{')) return false;
  return !(k.isPunct(close + 1, ':') && (at === 0 || k.isPunct(at - 1, '{', ';', '}', ',')));
}

/** The first element of an array literal argument (`require.apply(null, ['x'])`). */
function firstElement(k: Tokens, range: TokenRange | undefined): TokenRange | undefined {
  if (!range || !k.isPunct(range.from, '[')) return undefined;
  return elements(k, range.from)[0];
}

/** The element ranges of the array literal whose `[` is at `open`. */
export function elements(k: Tokens, open: number): TokenRange[] {
  const close = k.match(open);
  const out: TokenRange[] = [];
  let from = open + 1;
  for (let t = from; t < close; t = k.after(t)) {
    if (k.isPunct(t, ',')) {
      if (t > from) out.push({ from, to: t });
      from = t + 1;
    }
  }
  if (close > from) out.push({ from, to: close });
  return out;
}

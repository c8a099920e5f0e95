import type { PyToken } from '@agent-guards/source-lexing';
import { pathSpecifier, type Folded } from './folded-path.js';
import type { ImportKind, ImportRecord } from './import-record.js';
import type { PyFolder } from './python-fold.js';
import type { PyScope } from './python-scope.js';
import { after, argument, callArgs, closeBracket, dottedChain, isAssignment, isName, isOp, type PyArgs, type PyStatement } from './python-statements.js';

type Range = { from: number; to: number };

/** Functions that import a module by name: where the name and the package are. */
const MODULE_IMPORTERS: Record<string, { name: [number, string]; package?: [number, string] }> = {
  'importlib.import_module': { name: [0, 'name'], package: [1, 'package'] },
  'importlib.util.find_spec': { name: [0, 'name'], package: [1, 'package'] },
  'runpy.run_module': { name: [0, 'mod_name'] },
  'pkgutil.resolve_name': { name: [0, 'name'] },
};
/** Functions that run a module file by path: where the path is. */
const FILE_LOADERS: Record<string, [number, string]> = {
  'importlib.util.spec_from_file_location': [1, 'location'],
  'importlib.machinery.SourceFileLoader': [1, 'path'],
  'importlib.machinery.SourcelessFileLoader': [1, 'path'],
  'importlib.machinery.ExtensionFileLoader': [1, 'path'],
  'imp.load_source': [1, 'pathname'],
  'imp.load_compiled': [1, 'pathname'],
  'imp.load_dynamic': [1, 'pathname'],
  'imp.load_package': [1, 'path'],
  'imp.load_module': [2, 'pathname'],
  'runpy.run_path': [0, 'path_name'],
};
const IMPORT_FUNCTIONS = new Set(['__import__', 'builtins.__import__', 'importlib.__import__']);
const CODE_RUNNERS = new Set(['exec', 'eval', 'compile', 'builtins.exec', 'builtins.eval', 'builtins.compile']);
/** Reading a file's text, as in `exec(open(p).read())`. */
const FILE_READERS = new Set(['open', 'io.open', 'builtins.open', 'codecs.open']);

/** Names one of which every statement this class reads holds (a call's or an attribute's name); other statements are skipped at once. */
const TRIGGERS = new Set([
  'import_module', '__import__', 'find_spec', 'run_module', 'run_path', 'resolve_name', 'exec', 'eval', 'compile', 'getattr',
  'sys', 'addsitedir', 'syspath_prepend', ...Object.keys(FILE_LOADERS).map((n) => n.slice(n.lastIndexOf('.') + 1)),
]);

/** A record being built, before its line. */
export type PyDraft = Omit<ImportRecord, 'line' | 'aliasOf'> & {
  token: PyToken;
  /** The names the statement binds the module to (`import a.b as c`, `c = import_module('a.b')`). */
  bound?: string[];
  /** A `sys.modules` alias of a module bound to this name, or of this load. */
  aliasName?: string;
  aliasDraft?: PyDraft;
};

/**
 * Every way other than an import statement that Python loads a module or
 * changes where imports are found: `importlib.import_module` (with
 * `package=`), `__import__` (with `fromlist` and `level`), `find_spec`,
 * `runpy`, `pkgutil.resolve_name`, file loaders (`spec_from_file_location`,
 * `SourceFileLoader`, `imp.load_source`, `runpy.run_path`,
 * `exec(open(p).read())`), code strings (`exec`, `eval`, `compile`), the
 * search path (`sys.path` insert/append/extend/`+=`/assignment,
 * `site.addsitedir`, pytest's `syspath_prepend`) and `sys.modules` aliases.
 * Names are resolved through the file's own bindings (`import importlib as
 * il`, `getattr(importlib, 'import_module')`). A module or folder the folder
 * cannot compute is recorded with its expression: computed, never skipped.
 */
export class PyLoads {
  constructor(
    private readonly source: string,
    private readonly scope: PyScope,
    private readonly folder: PyFolder,
    private readonly path: string,
    private readonly parseCode: (code: string) => ImportRecord[] | undefined,
  ) {}

  private triggers: Set<string> | undefined;

  /**
   * Whether any statement of the file names a loader: a file that does not
   * (most files) has no load to find, and its bindings are never read.
   */
  static relevant(statements: readonly PyStatement[]): boolean {
    return statements.some((s) => s.tokens.some((t) => t.type === 'name' && TRIGGERS.has(t.value)));
  }

  /** The loads in one statement. */
  statement(statement: PyStatement): PyDraft[] {
    const tokens = statement.tokens;
    // A name bound to a loader (`from importlib import import_module as load`, `import sys as s`) is a trigger too.
    this.triggers ??= new Set([...TRIGGERS, ...this.scope.namesBoundTo(TRIGGERS)]);
    if (!tokens.some((t) => t.type === 'name' && this.triggers!.has(t.value))) return [];
    const out: PyDraft[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i]!;
      if (t.type !== 'name' || isOp(tokens[i - 1], '.') || isName(tokens[i - 1], 'def') || isName(tokens[i - 1], 'class')) continue;
      const callee = this.callee(tokens, i);
      if (!callee) continue;
      out.push(...this.call(tokens, i, callee.name, callee.open));
    }
    out.push(...this.assignment(tokens, out));
    return out;
  }

  /** The function a call at `i` calls, through the file's bindings and `getattr(module, 'name')`. */
  private callee(tokens: PyToken[], i: number): { name: string; open: number } | undefined {
    const chain = dottedChain(tokens, i);
    if (!isOp(tokens[chain.next], '(')) return undefined;
    if (chain.names.length === 1 && chain.names[0] === 'getattr' && !this.scope.isBound('getattr')) {
      const args = callArgs(tokens, chain.next);
      const [object, attribute] = args.positional;
      const close = closeBracket(tokens, chain.next);
      if (!object || !attribute || !isOp(tokens[close + 1], '(') || !isName(tokens[object.from])) return undefined;
      const objectChain = dottedChain(tokens, object.from);
      const name = this.folder.fold(this.source, tokens, attribute.from, attribute.to);
      const base = objectChain.next === object.to ? this.scope.qualified(objectChain.names) : undefined;
      return base !== undefined && name?.base === 'none' ? { name: `${base}.${name.value}`, open: close + 1 } : undefined;
    }
    const qualified = this.scope.qualified(chain.names);
    // An unbound `import_module(…)`: the guard reads it as importlib's, which is what it almost always is.
    if (qualified === 'import_module') return { name: 'importlib.import_module', open: chain.next };
    // pytest's `monkeypatch` fixture is a parameter: known by the method's name.
    if (chain.names.length === 2 && chain.names[1] === 'syspath_prepend') return { name: 'monkeypatch.syspath_prepend', open: chain.next };
    return qualified === undefined ? undefined : { name: qualified, open: chain.next };
  }

  private call(tokens: PyToken[], i: number, name: string, open: number): PyDraft[] {
    const args = callArgs(tokens, open);
    const token = tokens[i]!;
    const importer = MODULE_IMPORTERS[name];
    if (importer) return this.moduleImport(tokens, token, name, args, importer);
    if (IMPORT_FUNCTIONS.has(name)) return this.dunderImport(tokens, token, name, args);
    const loader = FILE_LOADERS[name];
    if (loader) return [this.pathLoad('python-file-load', tokens, token, name, args.star ? undefined : argument(args, ...loader))];
    if (CODE_RUNNERS.has(name)) return this.code(tokens, token, name, args);
    if (name === 'sys.path.insert' || name === 'monkeypatch.syspath_prepend') {
      return [{ ...this.pathLoad('python-path-entry', tokens, token, name, name === 'sys.path.insert' ? argument(args, 1, 'object') : args.positional[0]), position: 'front' }];
    }
    if (name === 'sys.path.append' || name === 'site.addsitedir') return [{ ...this.pathLoad('python-path-entry', tokens, token, name, args.positional[0]), position: 'back' }];
    if (name === 'sys.path.extend') return this.pathEntries(tokens, token, name, args.positional[0], 'back');
    if (name === 'sys.modules.setdefault' || name === 'sys.modules.__setitem__') {
      const [key, value] = args.positional;
      return key && value ? this.alias(tokens, token, name, key, value) : [];
    }
    if (name === 'sys.modules.update') return this.aliasUpdate(tokens, token, args);
    return [];
  }

  /** `import_module(name, package)`, `find_spec`, `run_module`, `resolve_name`. */
  private moduleImport(tokens: PyToken[], token: PyToken, call: string, args: PyArgs, where: (typeof MODULE_IMPORTERS)[string]): PyDraft[] {
    const nameRange = args.star ? undefined : argument(args, ...where.name);
    const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
    if (name?.base !== 'none') return [this.computed('python-import-module', tokens, token, call, nameRange)];
    // `pkgutil.resolve_name('pkg.mod:attr')`: the module is before the colon.
    const module = call === 'pkgutil.resolve_name' ? name.value.split(':')[0]! : name.value;
    if (!module.startsWith('.')) return [{ kind: 'python-import-module', specifier: module, call, typeOnly: false, token }];
    const packageRange = where.package && argument(args, ...where.package);
    const specifier = packageRange ? this.relativeTo(tokens, module, packageRange) : undefined;
    // Without a package a relative name raises before anything is imported.
    if (!packageRange) return [];
    if (specifier === undefined) return [this.computed('python-import-module', tokens, token, call, packageRange)];
    return [{ kind: 'python-import-module', specifier, call, typeOnly: false, token }];
  }

  /**
   * A relative module name resolved against `package=`: the file's own
   * package (`__package__`, `__spec__.parent`, and `__name__` in an
   * `__init__.py`) keeps it relative to the file; `__name__` in a module makes
   * the module itself the package; a constant package makes it absolute.
   */
  private relativeTo(tokens: PyToken[], module: string, range: Range): string | undefined {
    const level = /^\.*/.exec(module)![0].length;
    const rest = module.slice(level);
    const text = tokens.slice(range.from, range.to).map((t) => t.value).join('');
    const isInit = /(^|\/)__init__\.pyi?$/.test(this.path);
    if ((text === '__package__' && !this.scope.isBound('__package__')) || text === '__spec__.parent' || (text === '__name__' && isInit)) return module;
    if (text === '__name__' && !this.scope.isBound('__name__')) {
      const stem = this.path.slice(this.path.lastIndexOf('/') + 1).replace(/\.pyi?$/, '');
      if (level === 1) return `.${stem}${rest === '' ? '' : `.${rest}`}`;
      return `${'.'.repeat(level - 1)}${rest}`;
    }
    const folded = this.folder.fold(this.source, tokens, range.from, range.to);
    if (folded?.base !== 'none') return undefined;
    const bits = folded.value.split('.');
    if (bits.length < level) return undefined;
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    return rest === '' ? base : `${base}.${rest}`;
  }

  /** `__import__(name, globals, locals, fromlist, level)`. */
  private dunderImport(tokens: PyToken[], token: PyToken, call: string, args: PyArgs): PyDraft[] {
    const nameRange = args.star ? undefined : argument(args, 0, 'name');
    const name = nameRange && this.folder.fold(this.source, tokens, nameRange.from, nameRange.to);
    if (name?.base !== 'none') return [this.computed('python-import-module', tokens, token, call, nameRange)];
    const levelRange = argument(args, 4, 'level');
    const level = levelRange ? this.folder.fold(this.source, tokens, levelRange.from, levelRange.to) : { value: '0', base: 'none' as const };
    if (!level || !/^\d+$/.test(level.value)) return [this.computed('python-import-module', tokens, token, call, levelRange)];
    const fromRange = argument(args, 3, 'fromlist');
    const fromlist = fromRange ? this.folder.foldItems(this.source, tokens, fromRange.from, fromRange.to) : [];
    const isNone = fromRange && tokens.slice(fromRange.from, fromRange.to).map((t) => t.value).join('') === 'None';
    if (fromlist === undefined && !isNone) return [this.computed('python-import-module', tokens, token, call, fromRange)];
    const names = (fromlist ?? []).map((f) => f.value);
    if (Number(level.value) === 0) return [{ kind: 'python-import-module', specifier: name.value, ...(names.length > 0 ? { names } : {}), call, typeOnly: false, token }];
    // A relative import is resolved against the package in `globals`: only the file's own (`globals()`) is known.
    const globalsRange = argument(args, 1, 'globals');
    const globals = globalsRange && tokens.slice(globalsRange.from, globalsRange.to).map((t) => t.value).join('');
    if (globals !== 'globals()' || this.scope.isBound('globals')) return [this.computed('python-import-module', tokens, token, call, globalsRange)];
    return [{ kind: 'python-import-module', specifier: '.'.repeat(Number(level.value)) + name.value, ...(names.length > 0 ? { names } : {}), call, typeOnly: false, token }];
  }

  /** `exec(code)`, `eval(code)`, `compile(code, …)`: a constant's imports, a file read for it, or computed. */
  private code(tokens: PyToken[], token: PyToken, call: string, args: PyArgs): PyDraft[] {
    const range = args.star ? undefined : argument(args, 0, 'source');
    if (!range) return [this.computed('python-exec', tokens, token, call, range)];
    const folded = this.folder.fold(this.source, tokens, range.from, range.to);
    const nested = folded?.base === 'none' ? this.parseCode(folded.value) : undefined;
    if (nested) return nested.map(({ line: _line, ...r }) => ({ ...r, evaluated: true, token }));
    const read = this.fileRead(tokens, range);
    if (read) return [{ ...this.pathLoad('python-file-load', tokens, token, call, read), call: `${call}(open(…).read())` }];
    // `exec(compile(…))`: the compile call is read on its own.
    if (isName(tokens[range.from]) && this.callee(tokens, range.from)?.name.endsWith('compile') && closeBracket(tokens, this.callee(tokens, range.from)!.open) + 1 === range.to) return [];
    return [this.computed('python-exec', tokens, token, call, range)];
  }

  /** `open(p).read()`, `open(p, 'r').read()`, `Path(p).read_text()`: the path read. */
  private fileRead(tokens: PyToken[], range: Range): Range | undefined {
    if (!isName(tokens[range.from])) return undefined;
    const callee = this.callee(tokens, range.from);
    if (!callee) return undefined;
    const close = closeBracket(tokens, callee.open);
    const method = tokens[close + 2]?.value;
    const tail = isOp(tokens[close + 1], '.') && isOp(tokens[close + 3], '(') && closeBracket(tokens, close + 3) + 1 === range.to;
    if (!tail) return undefined;
    if (FILE_READERS.has(callee.name) && method === 'read') return callArgs(tokens, callee.open).positional[0];
    if (callee.name === 'pathlib.Path' && method === 'read_text') return callArgs(tokens, callee.open).positional[0];
    return undefined;
  }

  /** A list or tuple of search-path entries (`sys.path.extend([...])`, `sys.path += [...]`). */
  private pathEntries(tokens: PyToken[], token: PyToken, call: string, range: Range | undefined, position: 'front' | 'back'): PyDraft[] {
    const items = range && this.folder.foldItems(this.source, tokens, range.from, range.to);
    if (!items) return [{ ...this.computed('python-path-entry', tokens, token, call, range), position }];
    return items.map((folded) => ({ kind: 'python-path-entry' as const, ...this.entry(folded), call, position, typeOnly: false, token }));
  }

  /**
   * Statements that assign: `sys.path += […]`, `sys.path = […] + sys.path`,
   * `sys.path[:0] = […]`, `sys.modules[name] = module`, and
   * `name = importlib.import_module(…)` (which binds the module to a name).
   */
  private assignment(tokens: PyToken[], calls: PyDraft[]): PyDraft[] {
    let eq = -1;
    for (let t = 0; t < tokens.length; t = after(tokens, t)) {
      if (isOp(tokens[t], '=')) {
        eq = t;
        break;
      }
    }
    if (eq < 1 || !isName(tokens[0])) return [];
    const augmented = !isAssignment(tokens, eq) && isOp(tokens[eq - 1], '+') && tokens[eq - 1]!.end === tokens[eq]!.start;
    if (!isAssignment(tokens, eq) && !augmented) return [];
    const target = dottedChain(tokens, 0);
    const name = this.scope.qualified(target.names);
    const value = { from: eq + 1, to: tokens.length };
    const token = tokens[0]!;
    if (name === 'sys.path') {
      // Entries concatenated with sys.path itself: each list literal, front or back of it.
      if (augmented) return this.pathEntries(tokens, token, 'sys.path +=', value, 'back');
      // `[…] + sys.path` and `sys.path[:0] = […]` put entries first; `sys.path + […]` last.
      const front = isOp(tokens[target.next], '[') || this.endsWithSysPath(tokens, value);
      const parts = this.withoutSysPath(tokens, value);
      return parts.flatMap((part) => this.pathEntries(tokens, token, 'sys.path =', part, front ? 'front' : 'back'));
    }
    if (name === 'sys.modules' && isOp(tokens[target.next], '[')) {
      const close = closeBracket(tokens, target.next);
      if (close + 1 !== (augmented ? eq - 1 : eq)) return [];
      return this.alias(tokens, token, 'sys.modules[…] =', { from: target.next + 1, to: close }, value, calls);
    }
    // `engine = importlib.import_module('x')`: the module is bound to `engine`.
    if (target.names.length === 1 && target.next === eq) {
      const call = calls.find((c) => c.token === tokens[eq + 1] && c.specifier !== undefined && c.kind === 'python-import-module');
      const callee = isName(tokens[eq + 1]) ? this.callee(tokens, eq + 1) : undefined;
      if (call && callee && closeBracket(tokens, callee.open) + 1 === tokens.length) call.bound = [target.names[0]!];
    }
    return [];
  }

  private endsWithSysPath(tokens: PyToken[], range: Range): boolean {
    const last = tokens.slice(range.from, range.to).map((t) => t.value).join('');
    return last.endsWith('sys.path') || last.endsWith('path') && this.scope.qualified(['path']) === 'sys.path';
  }

  /** The `+` operands of a value other than `sys.path` itself. */
  private withoutSysPath(tokens: PyToken[], range: Range): Range[] {
    const parts: Range[] = [];
    let from = range.from;
    for (let t = range.from; t <= range.to; t = t === range.to ? t + 1 : after(tokens, t)) {
      if (t === range.to || isOp(tokens[t], '+')) {
        const chain = isName(tokens[from]) ? dottedChain(tokens, from) : undefined;
        if (!(chain && chain.next === t && this.scope.qualified(chain.names) === 'sys.path')) parts.push({ from, to: t });
        from = t + 1;
      }
    }
    return parts;
  }

  /**
   * `sys.modules[key] = value`: importing `key` anywhere then gives `value`.
   * The alias matters when the value is a module this file imports (by a call
   * in the same statement, or by a name an import binds); a stand-in object
   * (a mock) aliases nothing.
   */
  private alias(tokens: PyToken[], token: PyToken, call: string, key: Range, value: Range, calls: PyDraft[] = []): PyDraft[] {
    const inValue = calls.find((c) => tokens.indexOf(c.token) >= value.from && tokens.indexOf(c.token) < value.to && c.kind === 'python-import-module');
    const name = value.to === value.from + 1 && isName(tokens[value.from]) ? tokens[value.from]!.value : undefined;
    const origin: PyDraft | { bound: string } | undefined = inValue ?? (name !== undefined ? { bound: name } : undefined);
    if (!origin) return [];
    const folded = this.folder.fold(this.source, tokens, key.from, key.to);
    const draft: PyDraft =
      folded?.base === 'none'
        ? { kind: 'python-module-alias', specifier: folded.value, call, typeOnly: false, token }
        : this.computed('python-module-alias', tokens, token, call, key);
    if ('kind' in origin) draft.aliasDraft = origin;
    else draft.aliasName = origin.bound;
    return [draft];
  }

  /** `sys.modules.update({'a': module, …})`. */
  private aliasUpdate(tokens: PyToken[], token: PyToken, args: PyArgs): PyDraft[] {
    const range = args.positional[0];
    if (!range || !isOp(tokens[range.from], '{') || closeBracket(tokens, range.from) + 1 !== range.to) return [];
    const out: PyDraft[] = [];
    let from = range.from + 1;
    const close = range.to - 1;
    for (let t = from; t <= close; t = t === close ? t + 1 : after(tokens, t)) {
      if (t !== close && !isOp(tokens[t], ',')) continue;
      let colon = from;
      while (colon < t && !isOp(tokens[colon], ':')) colon = after(tokens, colon);
      if (colon < t) out.push(...this.alias(tokens, token, 'sys.modules.update', { from, to: colon }, { from: colon + 1, to: t }));
      from = t + 1;
    }
    return out;
  }

  private pathLoad(kind: ImportKind, tokens: PyToken[], token: PyToken, call: string, range: Range | undefined): PyDraft {
    const folded = range && this.folder.fold(this.source, tokens, range.from, range.to);
    if (!folded) return this.computed(kind, tokens, token, call, range);
    return { kind, ...this.entry(folded), call, typeOnly: false, token };
  }

  /** A path of the search path or a file load: plain relative paths are relative to the working directory. */
  private entry(folded: Folded): { specifier: string; anchor?: 'cwd' } {
    return pathSpecifier(folded, this.path, 'cwd');
  }

  private computed(kind: ImportKind, tokens: PyToken[], token: PyToken, call: string, range: Range | undefined): PyDraft {
    const expression = range && range.to > range.from ? this.source.slice(tokens[range.from]!.start, tokens[range.to - 1]!.end) : call;
    return { kind, expression, call, typeOnly: false, token };
  }
}

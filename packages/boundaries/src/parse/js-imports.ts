import { allowsJsx, LineIndex, tokenizeJs } from '@agent-guards/source-lexing';
import { isDeclarationFile, type ImportRecord, type Reexport } from './import-record.js';
import { JsFolder } from './js-fold.js';
import { JsLoads, type Draft } from './js-loads.js';
import { markReexports, type Binding } from './js-reexports.js';
import { JsScope, namedBindings } from './js-scope.js';
import { Tokens } from './js-tokens.js';

/** Code strings (`eval('…')`) nest at most this deep before they count as computed. */
const MAX_CODE_DEPTH = 3;

/**
 * Every import in a TypeScript or JavaScript file: `import … from`, side-effect
 * `import 'x'`, `export … from`, `import x = require()`, module augmentations,
 * and every other way the file loads a module at run time (JsLoads), with
 * whether each is erased at run time and what the file re-exports.
 */
export function parseJsImports(path: string, source: string): ImportRecord[] {
  return parseJs(path, source, 0);
}

function parseJs(path: string, source: string, depth: number): ImportRecord[] {
  // Nested: an import inside `${}` or JSX `{}` is an import too.
  const tokens = new Tokens(source, tokenizeJs(source, { jsx: allowsJsx(path), nested: true }));
  const lines = new LineIndex(source);
  const declarationFile = isDeclarationFile(path);
  const scope = new JsScope(tokens);
  const folder = new JsFolder(tokens, scope, path);
  const loads = new JsLoads(tokens, scope, folder, path, (code) => (depth < MAX_CODE_DEPTH ? parseJs(path, code, depth + 1) : undefined));
  const drafts: Draft[] = [];
  const bindings = new Map<Draft, Binding[]>();
  const augmentations: Draft[] = [];
  let isModule = false;

  for (let i = 0; i < tokens.count; i += 1) {
    if (!tokens.isName(i) || tokens.isMember(i) || loads.consumed.has(i)) continue;
    const word = tokens.textOf(i);
    let found: Draft[] | undefined;
    if (word === 'import') {
      if (tokens.isPunct(i + 1, '(', '.')) found = loads.importCall(i);
      else if (i + 1 < tokens.count) {
        const statement = staticImport(tokens, i, loads.consumed);
        if (statement) {
          const { bound, ...record } = statement;
          const draft = { ...record, at: i };
          bindings.set(draft, bound);
          found = [draft];
        }
      }
    } else if (word === 'export') {
      isModule = true;
      const record = exportFrom(tokens, i, loads.consumed);
      if (record) found = [{ ...record, at: i }];
    } else if (word === 'declare' && tokens.isName(i + 1, 'module') && tokens.isString(i + 2) && tokens.isPunct(i + 3, '{')) {
      augmentations.push({ kind: 'module-augmentation', specifier: tokens.literal(i + 2)!, typeOnly: true, at: i });
    } else {
      found = loads.at(i);
    }
    if (found) drafts.push(...found);
  }
  // In a module, `declare module 'x' { … }` augments x and so depends on its types;
  // in a script it declares an ambient module instead.
  if (isModule || drafts.some((r) => r.kind === 'import' || r.kind === 'export-from' || r.kind === 'import-equals')) drafts.push(...augmentations);
  markReexports(tokens, scope, drafts, bindings);
  return drafts
    .map(({ at, ...record }) => ({ ...record, typeOnly: record.typeOnly || declarationFile, line: lines.lineOf(tokens.start(at)) }))
    .sort((a, b) => a.line - b.line);
}

interface StaticImport extends Omit<ImportRecord, 'line'> {
  /** The local names the statement binds, and what each is in the imported module. */
  bound: Binding[];
}

/** `{ a, type B, c as d }` starting at `{`: how many specifiers, how many marked `type`. */
function namedSpecifiers(tokens: Tokens, open: number): { end: number; count: number; typeCount: number } | undefined {
  let count = 0;
  let typeCount = 0;
  let current: number[] = [];
  const finish = (): void => {
    if (current.length === 0) return;
    count += 1;
    // `type` alone or `type as x` names a binding called `type`; `type X` is a type-only specifier.
    if (tokens.isName(current[0]!, 'type') && current.length >= 2 && !(current.length === 3 && tokens.isName(current[1]!, 'as'))) typeCount += 1;
    current = [];
  };
  for (let j = open + 1; j < tokens.count && j < open + 10_000; j += 1) {
    if (tokens.isPunct(j, '}')) {
      finish();
      return { end: j, count, typeCount };
    }
    if (tokens.isPunct(j, ',')) finish();
    else if (tokens.isName(j) || tokens.isString(j)) current.push(j);
    else return undefined;
  }
  return undefined;
}

/** `from 'x'` at `at`: the module, or undefined. */
function fromClause(tokens: Tokens, at: number): string | undefined {
  return tokens.isName(at, 'from') ? tokens.literal(at + 1) : undefined;
}

function staticImport(tokens: Tokens, at: number, consumed: Set<number>): StaticImport | undefined {
  let j = at + 1;
  const sideEffect = tokens.literal(j);
  if (sideEffect !== undefined) return { kind: 'import', specifier: sideEffect, typeOnly: false, names: [], bound: [] };
  let typeOnly = false;
  if (tokens.isName(j, 'type')) {
    const next = j + 1;
    const defaultNamedType = tokens.isPunct(next, ',', '=') || (tokens.isName(next, 'from') && tokens.isString(j + 2));
    if (!defaultNamedType) {
      typeOnly = true;
      j += 1;
    }
  }
  // `import x = require('y')` (TypeScript import-equals).
  if (tokens.isName(j) && tokens.isPunct(j + 1, '=')) {
    const req = j + 2;
    const specifier = tokens.literal(req + 2);
    if (tokens.isName(req, 'require') && tokens.isPunct(req + 1, '(') && specifier !== undefined && tokens.isPunct(req + 3, ')')) {
      consumed.add(req);
      const local = tokens.textOf(j);
      // `export import x = require('y')` hands y on as x.
      const reexports: Reexport[] | undefined = tokens.isName(at - 1, 'export') ? [{ as: local, name: '*' }] : undefined;
      return { kind: 'import-equals', specifier, typeOnly, bound: [{ local, name: '*' }], ...(reexports ? { reexports } : {}) };
    }
    return undefined;
  }
  let bindings = 0;
  let named: ReturnType<typeof namedSpecifiers>;
  const bound: Binding[] = [];
  let namespace = false;
  for (; j < tokens.count && j < at + 10_000; j += 1) {
    const specifier = bindings > 0 ? fromClause(tokens, j) : undefined;
    if (specifier !== undefined) {
      const allNamedAreTypes = named !== undefined && named.count > 0 && named.typeCount === named.count && bindings === 1;
      const names = namespace ? {} : { names: bound.map((b) => b.name) };
      return { kind: 'import', specifier, typeOnly: typeOnly || allNamedAreTypes, ...names, bound };
    }
    if (tokens.isPunct(j, '{')) {
      named = namedSpecifiers(tokens, j);
      if (!named) return undefined;
      for (const { imported, local } of namedBindings(tokens, j)) bound.push({ local, name: imported });
      j = named.end;
      bindings += 1;
    } else if (tokens.isPunct(j, '*') && tokens.isName(j + 1, 'as') && tokens.isName(j + 2)) {
      namespace = true;
      bound.push({ local: tokens.textOf(j + 2), name: '*' });
      bindings += 1;
      j += 2;
    } else if (tokens.isName(j)) {
      // A default binding, or a phase modifier (`defer`, `source`) before one.
      if (tokens.isPunct(j + 1, ',') || fromClause(tokens, j + 1) !== undefined) bound.push({ local: tokens.textOf(j), name: 'default' });
      if (!tokens.isName(j - 1, 'as')) bindings += 1;
    } else if (!tokens.isPunct(j, ',')) {
      return undefined;
    }
  }
  return undefined;
}

/** `export * from`, `export * as ns from`, `export { a as b } from`, `export = require(…)`: what is handed on. */
function exportFrom(tokens: Tokens, at: number, consumed: Set<number>): Omit<ImportRecord, 'line'> | undefined {
  let j = at + 1;
  let typeOnly = false;
  if (tokens.isName(j, 'type') && tokens.isPunct(j + 1, '{', '*')) {
    typeOnly = true;
    j += 1;
  }
  if (tokens.isPunct(j, '*')) {
    j += 1;
    let as = '*';
    if (tokens.isName(j, 'as')) {
      as = tokens.literal(j + 1) ?? tokens.textOf(j + 1);
      j += 2;
    }
    const specifier = fromClause(tokens, j);
    return specifier === undefined ? undefined : { kind: 'export-from', specifier, typeOnly, reexports: [{ as, name: '*' }] };
  }
  if (tokens.isPunct(j, '{')) {
    const named = namedSpecifiers(tokens, j);
    if (!named) return undefined;
    const specifier = fromClause(tokens, named.end + 1);
    if (specifier === undefined) return undefined;
    const pairs = namedBindings(tokens, j);
    return {
      kind: 'export-from',
      specifier,
      typeOnly: typeOnly || (named.count > 0 && named.typeCount === named.count),
      names: pairs.map((p) => p.imported),
      reexports: pairs.map((p) => ({ as: p.local, name: p.imported })),
    };
  }
  // TypeScript `export = require('x')`.
  if (tokens.isPunct(j, '=') && tokens.isName(j + 1, 'require') && tokens.isPunct(j + 2, '(') && tokens.isPunct(j + 4, ')')) {
    const specifier = tokens.literal(j + 3);
    if (specifier === undefined) return undefined;
    consumed.add(j + 1);
    return { kind: 'require', specifier, typeOnly: false, reexports: [{ as: '*', name: '*' }] };
  }
  return undefined;
}

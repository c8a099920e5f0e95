import { isDeclarationFile, LineIndex, type ImportRecord } from './import-record.js';
import { tokenizeJs, type JsToken } from './js-lexer.js';

/** Members of a Promise: `import('x').then` is a call, `import('x').Foo` is a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

/**
 * Every import in a TypeScript or JavaScript file: `import … from`, side-effect
 * `import 'x'`, `export … from`, `import x = require()`, `require()`, and
 * dynamic `import()`, module augmentations, with whether each is erased at run time.
 */
export function parseJsImports(path: string, source: string): ImportRecord[] {
  const jsx = !/\.[mc]?ts$/.test(path);
  const tokens = tokenizeJs(source, { jsx });
  const lines = new LineIndex(source);
  const declarationFile = isDeclarationFile(path);
  const records: ImportRecord[] = [];
  const consumed = new Set<number>();
  const augmentations: ImportRecord[] = [];
  let isModule = false;

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.type !== 'name' || consumed.has(i)) continue;
    const prev = tokens[i - 1];
    if (prev && isPunct(prev, '.', '?.')) continue;
    let record: Omit<ImportRecord, 'line'> | undefined;
    if (token.value === 'import') {
      const next = tokens[i + 1];
      if (next && isPunct(next, '(')) record = callImport(tokens, i, source, 'dynamic-import');
      else if (next && !isPunct(next, '.')) record = staticImport(tokens, i, consumed);
    } else if (token.value === 'export') {
      isModule = true;
      record = exportFrom(tokens, i);
    } else if (token.value === 'declare' && isName(tokens[i + 1], 'module') && tokens[i + 2]?.type === 'string' && isPunct(tokens[i + 3], '{')) {
      augmentations.push({ kind: 'module-augmentation', specifier: tokens[i + 2]!.value, typeOnly: true, line: lines.lineAt(token.start) });
    } else if (token.value === 'require' && !(prev?.type === 'name' && prev.value === 'function') && isPunct(tokens[i + 1], '(')) {
      record = callImport(tokens, i, source, 'require');
    }
    if (record) records.push({ ...record, typeOnly: record.typeOnly || declarationFile, line: lines.lineAt(token.start) });
  }
  // In a module, `declare module 'x' { … }` augments x and so depends on its types;
  // in a script it declares an ambient module instead.
  if (isModule || records.some((r) => r.kind !== 'require' && r.kind !== 'dynamic-import')) records.push(...augmentations);
  return records.sort((a, b) => a.line - b.line);
}

function isPunct(token: JsToken | undefined, ...values: string[]): boolean {
  return token?.type === 'punct' && values.includes(token.value);
}

function isName(token: JsToken | undefined, value?: string): boolean {
  return token?.type === 'name' && (value === undefined || token.value === value);
}

/** `import(…)` or `require(…)`: a literal module, a computed one, or not a call at all. */
function callImport(tokens: JsToken[], at: number, source: string, kind: 'dynamic-import' | 'require'): Omit<ImportRecord, 'line'> | undefined {
  const open = at + 1;
  const close = matchingParen(tokens, open);
  if (close === undefined) return undefined;
  // `require(x) { … }` and `import() { … }` are method definitions, not calls;
  // `import(id: string): Promise<T>;` after `{ ; } ,` is a method signature (a call there would not be followed by `:`).
  if (isPunct(tokens[close + 1], '{')) return undefined;
  if (isPunct(tokens[close + 1], ':') && (at === 0 || isPunct(tokens[at - 1], '{', ';', '}', ','))) return undefined;
  const arg = tokens[open + 1];
  const afterArg = tokens[open + 2];
  let typeOnly = false;
  if (kind === 'dynamic-import') {
    const prev = tokens[at - 1];
    const member = tokens[close + 2];
    typeOnly = isName(prev, 'typeof') || (isPunct(tokens[close + 1], '.') && isName(member) && !PROMISE_MEMBERS.has(member!.value));
  }
  if (arg?.type === 'string' && (afterArg === tokens[close] || isPunct(afterArg, ','))) {
    return { kind, specifier: arg.value, typeOnly };
  }
  if (close === open + 1) return undefined;
  return { kind, expression: source.slice(tokens[open + 1]!.start, tokens[close]!.start).trim(), typeOnly };
}

function matchingParen(tokens: JsToken[], open: number): number | undefined {
  let depth = 0;
  for (let j = open; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.type !== 'punct') continue;
    if (t.value === '(') depth += 1;
    else if (t.value === ')') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return undefined;
}

interface NamedSpecifiers {
  end: number;
  count: number;
  typeCount: number;
}

/** `{ a, type B, c as d }` starting at `{`: how many specifiers, how many marked `type`. */
function namedSpecifiers(tokens: JsToken[], open: number): NamedSpecifiers | undefined {
  let count = 0;
  let typeCount = 0;
  let current: JsToken[] = [];
  const finish = (): void => {
    if (current.length === 0) return;
    count += 1;
    // `type` alone or `type as x` names a binding called `type`; `type X` is a type-only specifier.
    if (isName(current[0], 'type') && current.length >= 2 && !(current.length === 3 && isName(current[1], 'as'))) typeCount += 1;
    current = [];
  };
  for (let j = open + 1; j < tokens.length && j < open + 10_000; j += 1) {
    const t = tokens[j]!;
    if (isPunct(t, '}')) {
      finish();
      return { end: j, count, typeCount };
    }
    if (isPunct(t, ',')) finish();
    else if (t.type === 'name' || t.type === 'string') current.push(t);
    else return undefined;
  }
  return undefined;
}

/** `from 'x'` at `at`: the module, or undefined. */
function fromClause(tokens: JsToken[], at: number): string | undefined {
  const spec = tokens[at + 1];
  return isName(tokens[at], 'from') && spec?.type === 'string' ? spec.value : undefined;
}

function staticImport(tokens: JsToken[], at: number, consumed: Set<number>): Omit<ImportRecord, 'line'> | undefined {
  let j = at + 1;
  const first = tokens[j];
  if (first?.type === 'string') return { kind: 'import', specifier: first.value, typeOnly: false };
  let typeOnly = false;
  if (isName(first, 'type')) {
    const next = tokens[j + 1];
    const defaultNamedType = isPunct(next, ',', '=') || (isName(next, 'from') && tokens[j + 2]?.type === 'string');
    if (!defaultNamedType) {
      typeOnly = true;
      j += 1;
    }
  }
  // `import x = require('y')` (TypeScript import-equals).
  if (isName(tokens[j]) && isPunct(tokens[j + 1], '=')) {
    const req = j + 2;
    if (isName(tokens[req], 'require') && isPunct(tokens[req + 1], '(') && tokens[req + 2]?.type === 'string' && isPunct(tokens[req + 3], ')')) {
      consumed.add(req);
      return { kind: 'import-equals', specifier: tokens[req + 2]!.value, typeOnly };
    }
    return undefined;
  }
  let bindings = 0;
  let named: NamedSpecifiers | undefined;
  for (; j < tokens.length && j < at + 10_000; j += 1) {
    const t = tokens[j]!;
    if (bindings > 0 && isName(t, 'from') && tokens[j + 1]?.type === 'string') {
      const specifier = fromClause(tokens, j)!;
      const allNamedAreTypes = named !== undefined && named.count > 0 && named.typeCount === named.count && bindings === 1;
      return { kind: 'import', specifier, typeOnly: typeOnly || allNamedAreTypes };
    }
    if (isPunct(t, '{')) {
      named = namedSpecifiers(tokens, j);
      if (!named) return undefined;
      j = named.end;
      bindings += 1;
    } else if (t.type === 'name' || isPunct(t, '*')) {
      // A default binding, `* as ns`, or a phase modifier (`defer`, `source`).
      if (!isName(t, 'as') && !isName(tokens[j - 1], 'as')) bindings += 1;
    } else if (!isPunct(t, ',')) {
      return undefined;
    }
  }
  return undefined;
}

function exportFrom(tokens: JsToken[], at: number): Omit<ImportRecord, 'line'> | undefined {
  let j = at + 1;
  let typeOnly = false;
  if (isName(tokens[j], 'type') && isPunct(tokens[j + 1], '{', '*')) {
    typeOnly = true;
    j += 1;
  }
  if (isPunct(tokens[j], '*')) {
    j += 1;
    if (isName(tokens[j], 'as')) j += 2;
    const specifier = fromClause(tokens, j);
    return specifier === undefined ? undefined : { kind: 'export-from', specifier, typeOnly };
  }
  if (isPunct(tokens[j], '{')) {
    const named = namedSpecifiers(tokens, j);
    if (!named) return undefined;
    const specifier = fromClause(tokens, named.end + 1);
    if (specifier === undefined) return undefined;
    return { kind: 'export-from', specifier, typeOnly: typeOnly || (named.count > 0 && named.typeCount === named.count) };
  }
  return undefined;
}

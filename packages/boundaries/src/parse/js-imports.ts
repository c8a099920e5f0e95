import { allowsJsx, LineIndex, literalValue, T_IDENT, T_PUNCT, tokenizeJs, type JsTokens } from '@agent-guards/source-lexing';
import { isDeclarationFile, type ImportRecord } from './import-record.js';

/** Members of a Promise: `import('x').then` is a call, `import('x').Foo` is a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

/** A file's tokens with the questions the import recognizer asks of them. */
class Tokens {
  readonly count: number;
  constructor(
    readonly text: string,
    readonly tokens: JsTokens,
  ) {
    this.count = tokens.kind.length;
  }

  textOf(t: number): string {
    return this.text.slice(this.tokens.start[t]!, this.tokens.end[t]!);
  }

  start(t: number): number {
    return this.tokens.start[t]!;
  }

  isName(t: number, value?: string): boolean {
    return this.tokens.kind[t] === T_IDENT && (value === undefined || this.textOf(t) === value);
  }

  isPunct(t: number, ...values: string[]): boolean {
    return this.tokens.kind[t] === T_PUNCT && values.includes(this.textOf(t));
  }

  /** A string literal or substitution-free template: its value. */
  literal(t: number): string | undefined {
    return t >= 0 && t < this.count ? literalValue(this.text, this.tokens, t) : undefined;
  }

  /** A string literal or a template literal without substitutions. */
  isString(t: number): boolean {
    return this.literal(t) !== undefined;
  }
}

/**
 * Every import in a TypeScript or JavaScript file: `import … from`, side-effect
 * `import 'x'`, `export … from`, `import x = require()`, `require()`, and
 * dynamic `import()`, module augmentations, with whether each is erased at run time.
 */
export function parseJsImports(path: string, source: string): ImportRecord[] {
  // Nested: an import inside `${}` or JSX `{}` is an import too.
  const tokens = new Tokens(source, tokenizeJs(source, { jsx: allowsJsx(path), nested: true }));
  const lines = new LineIndex(source);
  const declarationFile = isDeclarationFile(path);
  const records: ImportRecord[] = [];
  const consumed = new Set<number>();
  const augmentations: ImportRecord[] = [];
  let isModule = false;

  for (let i = 0; i < tokens.count; i += 1) {
    if (!tokens.isName(i) || consumed.has(i)) continue;
    if (tokens.isPunct(i - 1, '.')) continue;
    const word = tokens.textOf(i);
    let record: Omit<ImportRecord, 'line'> | undefined;
    if (word === 'import') {
      if (tokens.isPunct(i + 1, '(')) record = callImport(tokens, i, 'dynamic-import');
      else if (i + 1 < tokens.count && !tokens.isPunct(i + 1, '.')) record = staticImport(tokens, i, consumed);
    } else if (word === 'export') {
      isModule = true;
      record = exportFrom(tokens, i);
    } else if (word === 'declare' && tokens.isName(i + 1, 'module') && tokens.isString(i + 2) && tokens.isPunct(i + 3, '{')) {
      augmentations.push({ kind: 'module-augmentation', specifier: tokens.literal(i + 2)!, typeOnly: true, line: lines.lineOf(tokens.start(i)) });
    } else if (word === 'require' && !tokens.isName(i - 1, 'function') && tokens.isPunct(i + 1, '(')) {
      record = callImport(tokens, i, 'require');
    }
    if (record) records.push({ ...record, typeOnly: record.typeOnly || declarationFile, line: lines.lineOf(tokens.start(i)) });
  }
  // In a module, `declare module 'x' { … }` augments x and so depends on its types;
  // in a script it declares an ambient module instead.
  if (isModule || records.some((r) => r.kind !== 'require' && r.kind !== 'dynamic-import')) records.push(...augmentations);
  return records.sort((a, b) => a.line - b.line);
}

/** `import(…)` or `require(…)`: a literal module, a computed one, or not a call at all. */
function callImport(tokens: Tokens, at: number, kind: 'dynamic-import' | 'require'): Omit<ImportRecord, 'line'> | undefined {
  const open = at + 1;
  const close = tokens.tokens.match[open]!;
  if (close < 0) return undefined;
  // `require(x) { … }` and `import() { … }` are method definitions, not calls;
  // `import(id: string): Promise<T>;` after `{ ; } ,` is a method signature (a call there would not be followed by `:`).
  if (tokens.isPunct(close + 1, '{')) return undefined;
  if (tokens.isPunct(close + 1, ':') && (at === 0 || tokens.isPunct(at - 1, '{', ';', '}', ','))) return undefined;
  let typeOnly = false;
  if (kind === 'dynamic-import') {
    const member = close + 2;
    typeOnly = tokens.isName(at - 1, 'typeof') || (tokens.isPunct(close + 1, '.') && tokens.isName(member) && !PROMISE_MEMBERS.has(tokens.textOf(member)));
  }
  const specifier = tokens.literal(open + 1);
  if (specifier !== undefined && (open + 2 === close || tokens.isPunct(open + 2, ','))) return { kind, specifier, typeOnly };
  if (close === open + 1) return undefined;
  return { kind, expression: tokens.text.slice(tokens.start(open + 1), tokens.start(close)).trim(), typeOnly };
}

interface NamedSpecifiers {
  end: number;
  count: number;
  typeCount: number;
}

/** `{ a, type B, c as d }` starting at `{`: how many specifiers, how many marked `type`. */
function namedSpecifiers(tokens: Tokens, open: number): NamedSpecifiers | undefined {
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

function staticImport(tokens: Tokens, at: number, consumed: Set<number>): Omit<ImportRecord, 'line'> | undefined {
  let j = at + 1;
  const sideEffect = tokens.literal(j);
  if (sideEffect !== undefined) return { kind: 'import', specifier: sideEffect, typeOnly: false };
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
      return { kind: 'import-equals', specifier, typeOnly };
    }
    return undefined;
  }
  let bindings = 0;
  let named: NamedSpecifiers | undefined;
  for (; j < tokens.count && j < at + 10_000; j += 1) {
    const specifier = bindings > 0 ? fromClause(tokens, j) : undefined;
    if (specifier !== undefined) {
      const allNamedAreTypes = named !== undefined && named.count > 0 && named.typeCount === named.count && bindings === 1;
      return { kind: 'import', specifier, typeOnly: typeOnly || allNamedAreTypes };
    }
    if (tokens.isPunct(j, '{')) {
      named = namedSpecifiers(tokens, j);
      if (!named) return undefined;
      j = named.end;
      bindings += 1;
    } else if (tokens.isName(j) || tokens.isPunct(j, '*')) {
      // A default binding, `* as ns`, or a phase modifier (`defer`, `source`).
      if (!tokens.isName(j, 'as') && !tokens.isName(j - 1, 'as')) bindings += 1;
    } else if (!tokens.isPunct(j, ',')) {
      return undefined;
    }
  }
  return undefined;
}

function exportFrom(tokens: Tokens, at: number): Omit<ImportRecord, 'line'> | undefined {
  let j = at + 1;
  let typeOnly = false;
  if (tokens.isName(j, 'type') && tokens.isPunct(j + 1, '{', '*')) {
    typeOnly = true;
    j += 1;
  }
  if (tokens.isPunct(j, '*')) {
    j += 1;
    if (tokens.isName(j, 'as')) j += 2;
    const specifier = fromClause(tokens, j);
    return specifier === undefined ? undefined : { kind: 'export-from', specifier, typeOnly };
  }
  if (tokens.isPunct(j, '{')) {
    const named = namedSpecifiers(tokens, j);
    if (!named) return undefined;
    const specifier = fromClause(tokens, named.end + 1);
    if (specifier === undefined) return undefined;
    return { kind: 'export-from', specifier, typeOnly: typeOnly || (named.count > 0 && named.typeCount === named.count) };
  }
  return undefined;
}

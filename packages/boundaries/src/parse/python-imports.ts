import { LineIndex, pythonTokens, scanPythonStatements, type PyToken } from '@agent-guards/source-lexing';
import { isDeclarationFile, type ImportRecord } from './import-record.js';

interface LogicalLine {
  indent: number;
  tokens: PyToken[];
}

/** The file's logical lines, each with its indentation and tokens, as the shared Python lexer splits them. */
function logicalLines(source: string): LogicalLine[] {
  const statements = scanPythonStatements(source);
  const lines: LogicalLine[] = [];
  for (let k = 0; k < statements.count; k += 1) {
    lines.push({ indent: statements.indent[k]!, tokens: pythonTokens(source, statements.start[k]!, statements.end[k]!) });
  }
  return lines;
}

const isName = (t: PyToken | undefined, value?: string): boolean => t?.type === 'name' && (value === undefined || t.value === value);
const isOp = (t: PyToken | undefined, value: string): boolean => t?.type === 'op' && t.value === value;

/**
 * Every import in a Python file: `import a.b as c`, `from .x import y`, and
 * `importlib.import_module('m')` / `__import__('m')` with a literal module.
 * Imports under `if TYPE_CHECKING:` are type-only.
 */
export function parsePythonImports(path: string, source: string): ImportRecord[] {
  const stub = isDeclarationFile(path);
  const lines = new LineIndex(source);
  const lineOf = (t: PyToken): number => lines.lineOf(t.start);
  const records: ImportRecord[] = [];
  let typeCheckingIndent: number | undefined;
  for (const logical of logicalLines(source)) {
    if (typeCheckingIndent !== undefined && logical.indent <= typeCheckingIndent) typeCheckingIndent = undefined;
    const typeOnly = stub || typeCheckingIndent !== undefined;
    const { tokens } = logical;
    let statementStart = 0;
    for (let i = 0; i <= tokens.length; i += 1) {
      const t = tokens[i];
      // Statements start a line, follow `;`, or follow the `:` of a one-line compound statement.
      if (t === undefined || isOp(t, ';') || (isOp(t, ':') && bracketDepth(tokens, statementStart, i) === 0)) {
        const statement = tokens.slice(statementStart, i);
        if (isTypeCheckingGuard(statement) && isOp(t, ':')) {
          if (i + 1 < tokens.length) {
            // `if TYPE_CHECKING: import x` on one line.
            for (const r of statementImports(tokens.slice(i + 1), lineOf)) records.push({ ...r, typeOnly: true });
            break;
          }
          typeCheckingIndent = logical.indent;
        } else {
          for (const r of statementImports(statement, lineOf)) records.push({ ...r, typeOnly: r.typeOnly || typeOnly });
        }
        statementStart = i + 1;
      }
    }
    for (const r of callImports(tokens, lineOf)) records.push({ ...r, typeOnly: r.typeOnly || typeOnly });
  }
  return records;
}

function bracketDepth(tokens: PyToken[], from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i]!;
    if (t.type !== 'op') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') depth += 1;
    else if (t.value === ')' || t.value === ']' || t.value === '}') depth -= 1;
  }
  return depth;
}

/** `if TYPE_CHECKING` / `if typing.TYPE_CHECKING` (the `:` excluded). */
function isTypeCheckingGuard(statement: PyToken[]): boolean {
  if (!isName(statement[0], 'if')) return false;
  const rest = statement.slice(1);
  const last = rest[rest.length - 1];
  return isName(last, 'TYPE_CHECKING') && rest.every((t, k) => (k % 2 === 0 ? t.type === 'name' : isOp(t, '.')));
}

/** Reads a dotted name starting at `at`: the name and the index after it. */
function dottedName(tokens: PyToken[], at: number): { name: string; next: number } | undefined {
  if (!isName(tokens[at])) return undefined;
  let name = tokens[at]!.value;
  let j = at + 1;
  while (isOp(tokens[j], '.') && isName(tokens[j + 1])) {
    name += `.${tokens[j + 1]!.value}`;
    j += 2;
  }
  return { name, next: j };
}

function statementImports(statement: PyToken[], lineOf: (t: PyToken) => number): ImportRecord[] {
  const head = statement[0];
  if (isName(head, 'import')) {
    const out: ImportRecord[] = [];
    let j = 1;
    while (j < statement.length) {
      const dotted = dottedName(statement, j);
      if (!dotted) break;
      out.push({ kind: 'python-import', specifier: dotted.name, line: lineOf(head!), typeOnly: false });
      j = dotted.next;
      if (isName(statement[j], 'as')) j += 2;
      if (!isOp(statement[j], ',')) break;
      j += 1;
    }
    return out;
  }
  if (isName(head, 'from')) {
    let j = 1;
    let dots = '';
    while (isOp(statement[j], '.')) {
      dots += '.';
      j += 1;
    }
    let module = '';
    const dotted = dottedName(statement, j);
    if (dotted && dotted.name !== 'import') {
      module = dotted.name;
      j = dotted.next;
    }
    if (!isName(statement[j], 'import') || (dots === '' && module === '')) return [];
    if (module === '__future__') return [];
    return [{ kind: 'python-from-import', specifier: dots + module, names: importedNames(statement.slice(j + 1)), line: lineOf(head!), typeOnly: false }];
  }
  return [];
}

/** The names a `from … import` brings in, without the `as` aliases. */
function importedNames(clause: PyToken[]): string[] {
  const names: string[] = [];
  for (let k = 0; k < clause.length; k += 1) {
    const t = clause[k]!;
    if (isOp(t, '*')) names.push('*');
    else if (t.type === 'name' && t.value !== 'as' && !isName(clause[k - 1], 'as')) names.push(t.value);
  }
  return names;
}

/** `importlib.import_module('m')`, `import_module('m')` and `__import__('m')` with a literal module. */
function callImports(tokens: PyToken[], lineOf: (t: PyToken) => number): ImportRecord[] {
  const out: ImportRecord[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!(isName(t, 'import_module') || isName(t, '__import__')) || !isOp(tokens[i + 1], '(')) continue;
    if (isOp(tokens[i - 1], '.') && !isName(tokens[i - 2], 'importlib')) continue;
    if (isName(tokens[i - 1], 'def')) continue;
    const arg = tokens[i + 2];
    const kind = 'python-import-module' as const;
    if (arg?.type === 'string' && (isOp(tokens[i + 3], ')') || isOp(tokens[i + 3], ','))) {
      if (!arg.value.startsWith('.')) out.push({ kind, specifier: arg.value, line: lineOf(t), typeOnly: false });
    } else if (arg && !isOp(arg, ')')) {
      out.push({ kind, expression: tokens.slice(i + 2, closeParen(tokens, i + 1)).map((x) => x.value).join(' '), line: lineOf(t), typeOnly: false });
    }
  }
  return out;
}

function closeParen(tokens: PyToken[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j += 1) {
    if (isOp(tokens[j], '(')) depth += 1;
    else if (isOp(tokens[j], ')')) {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return tokens.length;
}

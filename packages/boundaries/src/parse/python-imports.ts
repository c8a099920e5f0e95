import { isDeclarationFile, type ImportRecord } from './import-record.js';

interface PyToken {
  type: 'name' | 'string' | 'op' | 'number';
  value: string;
  line: number;
}

interface LogicalLine {
  indent: number;
  tokens: PyToken[];
}

/**
 * Splits Python source into logical lines of tokens: comments and every string
 * form (prefixes, triple quotes, f-strings) are skipped whole, brackets and
 * backslashes join physical lines, and each line keeps its indentation.
 */
export function tokenizePython(source: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let tokens: PyToken[] = [];
  let indent = 0;
  let atLineStart = true;
  let column = 0;
  let depth = 0;
  let line = 1;
  let pos = 0;
  const endLine = (): void => {
    if (tokens.length > 0) lines.push({ indent, tokens });
    tokens = [];
    atLineStart = true;
    column = 0;
  };
  while (pos < source.length) {
    const c = source[pos]!;
    if (c === '\n' || c === '\r') {
      if (c === '\r' && source[pos + 1] === '\n') pos += 1;
      pos += 1;
      line += 1;
      if (depth === 0) endLine();
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f') {
      if (atLineStart) column = c === '\t' ? (Math.floor(column / 8) + 1) * 8 : column + 1;
      pos += 1;
      continue;
    }
    if (c === '#') {
      while (pos < source.length && source[pos] !== '\n' && source[pos] !== '\r') pos += 1;
      continue;
    }
    if (c === '\\' && (source[pos + 1] === '\n' || source[pos + 1] === '\r')) {
      pos += source[pos + 1] === '\r' && source[pos + 2] === '\n' ? 3 : 2;
      line += 1;
      continue;
    }
    if (atLineStart) {
      indent = column;
      atLineStart = false;
    }
    const prefix = /^[rRbBuUfFtT]{0,2}(['"])/.exec(source.slice(pos, pos + 4));
    if (prefix && (prefix[0].length === 1 || /^[rRbBuUfFtT]+$/.test(prefix[0].slice(0, -1)))) {
      const start = line;
      const quote = prefix[1]!;
      const raw = /[rR]/.test(prefix[0]);
      pos += prefix[0].length;
      const triple = source.startsWith(quote.repeat(2), pos);
      if (triple) pos += 2;
      const close = triple ? quote.repeat(3) : quote;
      let value = '';
      while (pos < source.length) {
        const ch = source[pos]!;
        if (ch === '\\' && pos + 1 < source.length) {
          if (source[pos + 1] === '\n') line += 1;
          value += raw ? source.slice(pos, pos + 2) : source[pos + 1]!;
          pos += 2;
          continue;
        }
        if (source.startsWith(close, pos)) {
          pos += close.length;
          break;
        }
        // An unterminated one-line string ends at the line break (a syntax error: recover).
        if (ch === '\n' && !triple) break;
        if (ch === '\n') line += 1;
        value += ch;
        pos += 1;
      }
      tokens.push({ type: 'string', value, line: start });
      continue;
    }
    if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const start = pos;
      while (pos < source.length && /[\w\u0080-\uffff]/.test(source[pos]!)) pos += 1;
      tokens.push({ type: 'name', value: source.slice(start, pos), line });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[pos + 1] ?? ''))) {
      const start = pos;
      while (pos < source.length && /[\w.]/.test(source[pos]!)) pos += 1;
      tokens.push({ type: 'number', value: source.slice(start, pos), line });
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth -= 1;
    tokens.push({ type: 'op', value: c, line });
    pos += 1;
  }
  endLine();
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
  const records: ImportRecord[] = [];
  let typeCheckingIndent: number | undefined;
  for (const logical of tokenizePython(source)) {
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
            for (const r of statementImports(tokens.slice(i + 1))) records.push({ ...r, typeOnly: true });
            break;
          }
          typeCheckingIndent = logical.indent;
        } else {
          for (const r of statementImports(statement)) records.push({ ...r, typeOnly: r.typeOnly || typeOnly });
        }
        statementStart = i + 1;
      }
    }
    for (const r of callImports(tokens)) records.push({ ...r, typeOnly: r.typeOnly || typeOnly });
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

function statementImports(statement: PyToken[]): ImportRecord[] {
  const head = statement[0];
  if (isName(head, 'import')) {
    const out: ImportRecord[] = [];
    let j = 1;
    while (j < statement.length) {
      const dotted = dottedName(statement, j);
      if (!dotted) break;
      out.push({ kind: 'python-import', specifier: dotted.name, line: head!.line, typeOnly: false });
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
    return [{ kind: 'python-from-import', specifier: dots + module, names: importedNames(statement.slice(j + 1)), line: head!.line, typeOnly: false }];
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
function callImports(tokens: PyToken[]): ImportRecord[] {
  const out: ImportRecord[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!(isName(t, 'import_module') || isName(t, '__import__')) || !isOp(tokens[i + 1], '(')) continue;
    if (isOp(tokens[i - 1], '.') && !isName(tokens[i - 2], 'importlib')) continue;
    if (isName(tokens[i - 1], 'def')) continue;
    const arg = tokens[i + 2];
    const kind = 'python-import-module' as const;
    if (arg?.type === 'string' && (isOp(tokens[i + 3], ')') || isOp(tokens[i + 3], ','))) {
      if (!arg.value.startsWith('.')) out.push({ kind, specifier: arg.value, line: t.line, typeOnly: false });
    } else if (arg && !isOp(arg, ')')) {
      out.push({ kind, expression: tokens.slice(i + 2, closeParen(tokens, i + 1)).map((x) => x.value).join(' '), line: t.line, typeOnly: false });
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

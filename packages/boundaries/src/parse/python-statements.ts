import { pythonTokens, scanPythonStatements, type PyToken } from '@agent-guards/source-lexing';

/** One simple statement of a Python file, as the shared lexer tokenizes it. */
export interface PyStatement {
  tokens: PyToken[];
  /** Under `if TYPE_CHECKING:`, or in a stub: erased at run time. */
  typeOnly: boolean;
  /** Not inside a `def` or `class` body: the names it binds are the module's attributes. */
  moduleLevel: boolean;
}

/** Statements that end their header with `:` and may carry a body on the same line. */
const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async', 'match', 'case']);

export const isName = (t: PyToken | undefined, value?: string): boolean => t?.type === 'name' && (value === undefined || t.value === value);
export const isOp = (t: PyToken | undefined, value: string): boolean => t?.type === 'op' && t.value === value;

/**
 * The simple statements of a Python file: logical lines split at `;` and
 * after a compound statement's header (`try: import x`), each with whether it
 * is erased at run time and whether it is at module level.
 */
export function pythonStatements(source: string, stub: boolean): PyStatement[] {
  const scanned = scanPythonStatements(source);
  const out: PyStatement[] = [];
  let typeCheckingIndent: number | undefined;
  // The indentation of each `def`/`class` header whose body the current line is in.
  const bodies: number[] = [];
  for (let k = 0; k < scanned.count; k += 1) {
    const indent = scanned.indent[k]!;
    const tokens = pythonTokens(source, scanned.start[k]!, scanned.end[k]!);
    while (bodies.length > 0 && indent <= bodies[bodies.length - 1]!) bodies.pop();
    if (typeCheckingIndent !== undefined && indent <= typeCheckingIndent) typeCheckingIndent = undefined;
    let typeOnly = stub || typeCheckingIndent !== undefined;
    let local = bodies.length > 0;
    let start = 0;
    let depth = 0;
    for (let i = 0; i <= tokens.length; i += 1) {
      const t = tokens[i];
      if (t?.type === 'op') {
        if (t.value === '(' || t.value === '[' || t.value === '{') depth += 1;
        else if (t.value === ')' || t.value === ']' || t.value === '}') depth -= 1;
      }
      const header = isOp(t, ':') && depth === 0 && isName(tokens[start]) && COMPOUND.has(tokens[start]!.value);
      if (t !== undefined && !isOp(t, ';') && !header) continue;
      const statement = tokens.slice(start, i);
      start = i + 1;
      if (header && isTypeCheckingGuard(statement)) {
        // `if TYPE_CHECKING: import x` on one line, or the block below.
        if (i + 1 < tokens.length) typeOnly = true;
        else typeCheckingIndent = indent;
        continue;
      }
      if (statement.length > 0) out.push({ tokens: statement, typeOnly, moduleLevel: !local });
      if (header && (isName(statement[0], 'def') || isName(statement[0], 'class') || (isName(statement[0], 'async') && isName(statement[1], 'def')))) {
        if (i + 1 < tokens.length) local = true;
        else bodies.push(indent);
      }
    }
  }
  return out;
}

/** `if TYPE_CHECKING` / `if typing.TYPE_CHECKING` (the `:` excluded). */
function isTypeCheckingGuard(statement: PyToken[]): boolean {
  if (!isName(statement[0], 'if')) return false;
  const rest = statement.slice(1);
  const last = rest[rest.length - 1];
  return isName(last, 'TYPE_CHECKING') && rest.every((t, k) => (k % 2 === 0 ? t.type === 'name' : isOp(t, '.')));
}

/** The index of the bracket closing the one at `open`, or the end of the tokens. */
export function closeBracket(tokens: PyToken[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.type !== 'op') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') depth += 1;
    else if (t.value === ')' || t.value === ']' || t.value === '}') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return tokens.length;
}

/** The index after the token at `t` and everything it opens. */
export function after(tokens: PyToken[], t: number): number {
  const v = tokens[t];
  return v?.type === 'op' && (v.value === '(' || v.value === '[' || v.value === '{') ? closeBracket(tokens, t) + 1 : t + 1;
}

/** `a.b.c` from the name at `at`: the names and the index after them. */
export function dottedChain(tokens: PyToken[], at: number): { names: string[]; next: number } {
  const names = [tokens[at]!.value];
  let j = at + 1;
  while (isOp(tokens[j], '.') && isName(tokens[j + 1])) {
    names.push(tokens[j + 1]!.value);
    j += 2;
  }
  return { names, next: j };
}

/** Whether the `=` at `t` is an assignment (not `==`, `!=`, `<=`, `>=`, `:=`, nor part of an augmented assignment). */
export function isAssignment(tokens: PyToken[], t: number): boolean {
  const eq = tokens[t];
  if (!isOp(eq, '=')) return false;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  if (next?.type === 'op' && next.value === '=' && next.start === eq!.end) return false;
  return !(prev?.type === 'op' && prev.end === eq!.start && '=!<>:+-*/%&|^@'.includes(prev.value));
}

/** A call's arguments: positional ranges and keyword ranges; `star` when `*args`/`**kwargs` hide some. */
export interface PyArgs {
  positional: { from: number; to: number }[];
  keywords: Map<string, { from: number; to: number }>;
  star: boolean;
}

/** The arguments of the call whose `(` is at `open`. */
export function callArgs(tokens: PyToken[], open: number): PyArgs {
  const close = closeBracket(tokens, open);
  const args: PyArgs = { positional: [], keywords: new Map(), star: false };
  let from = open + 1;
  const finish = (to: number): void => {
    if (to <= from) return;
    if (isOp(tokens[from], '*')) args.star = true;
    else if (isName(tokens[from]) && isOp(tokens[from + 1], '=') && isAssignment(tokens, from + 1)) args.keywords.set(tokens[from]!.value, { from: from + 2, to });
    else args.positional.push({ from, to });
  };
  for (let t = from; t < close; t = after(tokens, t)) {
    if (isOp(tokens[t], ',')) {
      finish(t);
      from = t + 1;
    }
  }
  finish(close);
  return args;
}

/** An argument by position or keyword. */
export function argument(args: PyArgs, position: number, keyword: string): { from: number; to: number } | undefined {
  return args.keywords.get(keyword) ?? args.positional[position];
}

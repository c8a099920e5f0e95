import type { PyToken } from '@agent-guards/source-lexing';
import { after, closeBracket, dottedChain, isAssignment, isName, isOp, type PyStatement } from './python-statements.js';

/** `x += 1`, `x //= 2`, `x <<= 1`: the `=` at `t` ends an augmented assignment operator. */
function isAugmented(tokens: PyToken[], t: number): boolean {
  const eq = tokens[t];
  const prev = tokens[t - 1];
  if (!isOp(eq, '=') || prev?.type !== 'op' || prev.end !== eq!.start) return false;
  if ('+-*/%&|^@'.includes(prev.value)) return true;
  const before = tokens[t - 2];
  // `<<=` and `>>=`, not the comparisons `<=` and `>=`.
  return (prev.value === '<' || prev.value === '>') && before?.type === 'op' && before.value === prev.value && before.end === prev.start;
}

interface NameBindings {
  count: number;
  /** What each binding binds the name to: a module or one of its attributes (`importlib.import_module`), or undefined for anything else. */
  origins: Set<string | undefined>;
}

/**
 * Which names a Python file binds, how, and how often. A name is trusted
 * only when every binding of it in the file agrees: a constant bound once
 * (`MODULE = 'app.x'`), a module imported under one name (`import importlib
 * as il`, `from importlib import import_module as load`, or `load =
 * importlib.import_module`). A parameter, a loop variable or a second
 * assignment could hold anything, so such a name is never folded: the load
 * is then computed, and fails closed.
 */
export class PyScope {
  private readonly bindings = new Map<string, NameBindings>();
  private readonly constants = new Map<string, PyToken[]>();
  /** `NAME = a.b.c`: resolved to an origin on demand, once every import is known. */
  private readonly aliases = new Map<string, string[]>();

  private read_ = false;

  /** The bindings are read on the first question: most files never load a module in a way that asks one. */
  constructor(private readonly statements: readonly PyStatement[]) {}

  private ensureRead(): void {
    if (this.read_) return;
    this.read_ = true;
    for (const s of this.statements) this.read(s.tokens);
  }

  /** The names bound to a module or attribute with one of `names` in its dotted name (`from sys import path as p` → p, for `sys`). */
  namesBoundTo(names: ReadonlySet<string>): string[] {
    this.ensureRead();
    const out: string[] = [];
    for (const [name, binding] of this.bindings) {
      const origin = binding.origins.size === 1 ? [...binding.origins][0] : undefined;
      const resolved = origin ?? (this.aliases.has(name) ? this.qualified([name]) : undefined);
      if (resolved !== undefined && resolved.split('.').some((part) => names.has(part))) out.push(name);
    }
    return out;
  }

  /** The value of `name` when the file binds it exactly once, by a plain `name = value`. */
  constant(name: string): PyToken[] | undefined {
    this.ensureRead();
    return this.bindings.get(name)?.count === 1 ? this.constants.get(name) : undefined;
  }

  isBound(name: string): boolean {
    this.ensureRead();
    return this.bindings.has(name);
  }

  /**
   * A dotted name with its first part replaced by what it is bound to
   * (`il.import_module` → `importlib.import_module`); an unbound name (a
   * builtin such as `__import__`, `exec`) stays itself; a name bound any
   * other way is undefined.
   */
  qualified(names: readonly string[], depth = 0): string | undefined {
    this.ensureRead();
    const [head, ...rest] = names;
    if (head === undefined) return undefined;
    const binding = this.bindings.get(head);
    let base: string | undefined;
    if (binding === undefined) base = head === '__builtins__' ? 'builtins' : head;
    else if (binding.origins.size === 1) base = [...binding.origins][0];
    if (base === undefined && binding?.count === 1 && this.aliases.has(head) && depth < 8) base = this.qualified(this.aliases.get(head)!, depth + 1);
    if (base === undefined) return undefined;
    return [base, ...rest].join('.');
  }

  private bind(name: string, origin?: string): void {
    let b = this.bindings.get(name);
    if (!b) this.bindings.set(name, (b = { count: 0, origins: new Set() }));
    b.count += 1;
    b.origins.add(origin);
  }

  private read(tokens: PyToken[]): void {
    const head = tokens[0];
    if (isName(head, 'import')) return this.readImport(tokens);
    if (isName(head, 'from')) return this.readFrom(tokens);
    if (isName(head, 'def') && isName(tokens[1])) {
      this.bind(tokens[1]!.value);
      if (isOp(tokens[2], '(')) this.bindParameters(tokens, 3, closeBracket(tokens, 2));
    } else if (isName(head, 'class') && isName(tokens[1])) {
      this.bind(tokens[1]!.value);
    } else if (isName(head, 'async') && isName(tokens[1], 'def') && isName(tokens[2])) {
      this.bind(tokens[2]!.value);
      if (isOp(tokens[3], '(')) this.bindParameters(tokens, 4, closeBracket(tokens, 3));
    } else if (isName(head, 'global') || isName(head, 'nonlocal') || isName(head, 'del')) {
      this.bindNames(tokens, 1, tokens.length);
    }
    for (let t = 0; t < tokens.length; t += 1) {
      const tok = tokens[t]!;
      if (isName(tok, 'for')) {
        // Loop and comprehension targets, up to `in`.
        let end = t + 1;
        while (end < tokens.length && !isName(tokens[end], 'in')) end += 1;
        this.bindNames(tokens, t + 1, end);
      } else if (isName(tok, 'as') && isName(tokens[t + 1])) {
        this.bind(tokens[t + 1]!.value);
      } else if (isName(tok, 'lambda')) {
        let end = t + 1;
        while (end < tokens.length && !isOp(tokens[end], ':')) end = after(tokens, end);
        this.bindParameters(tokens, t + 1, end);
      } else if (tok.type === 'name' && isOp(tokens[t + 1], ':') && isOp(tokens[t + 2], '=') && tokens[t + 2]!.start === tokens[t + 1]!.end) {
        this.bind(tok.value);
      }
    }
    this.readAssignment(tokens);
  }

  /** `a = b = value`, `a, b = …`, `a: T = …`, `a += …`: every target name; a single plain target with its value. */
  private readAssignment(tokens: PyToken[]): void {
    const equals: number[] = [];
    let augmented = -1;
    for (let t = 0; t < tokens.length; t = after(tokens, t)) {
      if (isAssignment(tokens, t)) equals.push(t);
      else if (augmented < 0 && equals.length === 0 && isAugmented(tokens, t)) augmented = t;
    }
    if (equals.length === 0 && augmented < 0) return;
    const targetsEnd = equals.length > 0 ? equals[equals.length - 1]! : augmented;
    let from = 0;
    for (const end of [...equals.filter((e) => e <= targetsEnd), ...(equals.length === 0 ? [augmented] : [])]) {
      let stop = end;
      // `a: T = …`: the annotation is not a target.
      for (let t = from; t < end; t = after(tokens, t)) if (isOp(tokens[t], ':')) stop = Math.min(stop, t);
      for (let t = from; t < stop; t += 1) {
        const tok = tokens[t]!;
        // A subscript target (`d[key] = …`) binds nothing inside the brackets.
        if (isOp(tok, '[') && t > from && (tokens[t - 1]!.type === 'name' || isOp(tokens[t - 1], ')') || isOp(tokens[t - 1], ']'))) {
          t = closeBracket(tokens, t);
          continue;
        }
        if (tok.type !== 'name' || isOp(tokens[t - 1], '.') || isOp(tokens[t + 1], '.') || isOp(tokens[t + 1], '(') || isOp(tokens[t + 1], '[')) continue;
        this.bind(tok.value);
      }
      from = end + 1;
    }
    const single = equals.length === 1 && augmented < 0 && (equals[0] === 1 || (isOp(tokens[1], ':') && equals[0]! > 1)) && isName(tokens[0]);
    if (!single) return;
    const name = tokens[0]!.value;
    const value = tokens.slice(equals[0]! + 1);
    this.constants.set(name, value);
    if (value.length > 0 && isName(value[0])) {
      const chain = dottedChain(value, 0);
      if (chain.next === value.length) this.aliases.set(name, chain.names);
    }
  }

  /** `a, b: T = x, *args, **kw`: the first name of each parameter (not its annotation or default). */
  private bindParameters(tokens: PyToken[], from: number, to: number): void {
    let first = true;
    for (let t = from; t < to && t < tokens.length; t = after(tokens, t)) {
      const tok = tokens[t]!;
      if (isOp(tok, ',')) first = true;
      else if (first && tok.type === 'name') {
        this.bind(tok.value);
        first = false;
      } else if (!isOp(tok, '*') && !isOp(tok, '/')) first = false;
    }
  }

  private bindNames(tokens: PyToken[], from: number, to: number): void {
    for (let t = from; t < to && t < tokens.length; t += 1) {
      const tok = tokens[t]!;
      if (tok.type === 'name' && !isOp(tokens[t - 1], '.') && !['in', 'not', 'and', 'or', 'is', 'if', 'else', 'None', 'True', 'False'].includes(tok.value)) this.bind(tok.value);
    }
  }

  /** `import a.b` binds `a` to module a; `import a.b as c` binds c to a.b. */
  private readImport(tokens: PyToken[]): void {
    let j = 1;
    while (j < tokens.length) {
      if (!isName(tokens[j])) return;
      const chain = dottedChain(tokens, j);
      j = chain.next;
      if (isName(tokens[j], 'as') && isName(tokens[j + 1])) {
        this.bind(tokens[j + 1]!.value, chain.names.join('.'));
        j += 2;
      } else this.bind(chain.names[0]!, chain.names[0]);
      if (!isOp(tokens[j], ',')) return;
      j += 1;
    }
  }

  /** `from m import x as y` binds y to m.x (for an absolute m). */
  private readFrom(tokens: PyToken[]): void {
    let j = 1;
    let relative = false;
    while (isOp(tokens[j], '.')) {
      relative = true;
      j += 1;
    }
    let module = '';
    if (isName(tokens[j]) && !isName(tokens[j], 'import')) {
      const chain = dottedChain(tokens, j);
      module = chain.names.join('.');
      j = chain.next;
    }
    if (!isName(tokens[j], 'import')) return;
    for (let t = j + 1; t < tokens.length; t += 1) {
      const tok = tokens[t]!;
      if (tok.type !== 'name' || tok.value === 'as' || isName(tokens[t - 1], 'as')) continue;
      const local = isName(tokens[t + 1], 'as') && isName(tokens[t + 2]) ? tokens[t + 2]!.value : tok.value;
      this.bind(local, relative || module === '' ? undefined : `${module}.${tok.value}`);
    }
  }
}

import { pythonStringLiteral, pythonTokens, type PyToken } from '@agent-guards/source-lexing';
import { concatFolded, dirnameFolded, joinFolded, plain, repoPathOf, resolveFolded, rootedNormalize, type Folded } from './folded-path.js';
import type { PyScope } from './python-scope.js';
import { after, callArgs, closeBracket, dottedChain, isName, isOp } from './python-statements.js';

/** A folded string, a pathlib path, or a list/tuple of them. */
type Value = { kind: 'str' | 'path'; folded: Folded } | { kind: 'items'; items: Folded[] };

interface Parsed {
  value: Value;
  next: number;
}

/** Constants are followed through at most this many bindings: deeper is computed. */
const MAX_DEPTH = 16;
const PATH_CLASSES = new Set(['pathlib.Path', 'pathlib.PurePath', 'pathlib.PosixPath', 'pathlib.PurePosixPath']);

/**
 * Folds the expressions a Python module is loaded with into constants, as
 * the interpreter would compute them: string literals (escapes resolved,
 * adjacent literals joined), f-strings of constants, `+`, `%s` formatting,
 * `'sep'.join([...])`, names the file binds once to a constant, `__file__`,
 * `os.path.join`/`dirname`/`abspath`/`realpath`/`normpath`, `os.getcwd()`,
 * and pathlib (`Path(__file__).parent / 'x'`, `.parents[n]`, `.resolve()`).
 */
export class PyFolder {
  private depth = 0;

  constructor(
    /** The file's text: a constant's value is read from it, wherever the name is used (an f-string field, a code string). */
    private readonly source: string,
    private readonly scope: PyScope,
    private readonly path: string,
  ) {}

  /** tokens[from, to) (a text's tokens) as one constant, or undefined. */
  fold(text: string, tokens: PyToken[], from: number, to: number): Folded | undefined {
    // Parsing stops at `to`: what follows belongs to the caller.
    const parsed = this.sum(text, tokens.slice(0, to), from);
    if (!parsed || parsed.next !== to || parsed.value.kind === 'items') return undefined;
    return parsed.value.folded;
  }

  /** tokens[from, to) as a list or tuple display of constants (`[a, b]`, `(a,)`), or one constant as a list of one. */
  foldItems(text: string, tokens: PyToken[], from: number, to: number): Folded[] | undefined {
    const parsed = this.sum(text, tokens.slice(0, to), from);
    if (!parsed || parsed.next !== to) return undefined;
    return parsed.value.kind === 'items' ? parsed.value.items : [parsed.value.folded];
  }

  private sum(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    let left = this.product(text, tokens, at);
    while (left && isOp(tokens[left.next], '+') && !isOp(tokens[left.next + 1], '=')) {
      const right = this.product(text, tokens, left.next + 1);
      if (!right) return undefined;
      if (left.value.kind === 'items' && right.value.kind === 'items') {
        left = { value: { kind: 'items', items: [...left.value.items, ...right.value.items] }, next: right.next };
        continue;
      }
      if (left.value.kind !== 'str' || right.value.kind !== 'str') return undefined;
      const folded = concatFolded(left.value.folded, right.value.folded);
      if (!folded) return undefined;
      left = { value: { kind: 'str', folded }, next: right.next };
    }
    return left;
  }

  /** `path / 'x'` (pathlib) and `'%s.x' % name`. */
  private product(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    let left = this.postfix(text, tokens, at);
    while (left && (isOp(tokens[left.next], '/') || isOp(tokens[left.next], '%')) && !isOp(tokens[left.next + 1], '/') && !isOp(tokens[left.next + 1], '=')) {
      const operator = tokens[left.next]!.value;
      const right = this.postfix(text, tokens, left.next + 1);
      if (!right || right.value.kind === 'items' && operator === '/') return undefined;
      if (operator === '/') {
        if (left.value.kind !== 'path' || right.value.kind === 'items') return undefined;
        const folded = joinFolded([left.value.folded, right.value.folded], true);
        if (!folded) return undefined;
        left = { value: { kind: 'path', folded }, next: right.next };
      } else {
        if (left.value.kind !== 'str' || left.value.folded.base !== 'none') return undefined;
        const args = right.value.kind === 'items' ? right.value.items : [right.value.folded];
        const formatted = percentFormat(left.value.folded.value, args);
        if (formatted === undefined) return undefined;
        left = { value: { kind: 'str', folded: plain(formatted) }, next: right.next };
      }
    }
    return left;
  }

  private postfix(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    let current = this.primary(text, tokens, at);
    while (current) {
      const dot = current.next;
      if (isOp(tokens[dot], '[') && current.value.kind === 'path') return undefined;
      if (!isOp(tokens[dot], '.') || !isName(tokens[dot + 1])) break;
      const member = tokens[dot + 1]!.value;
      const open = dot + 2;
      const value = current.value;
      if (value.kind === 'path' && member === 'parent') {
        current = { value: { kind: 'path', folded: dirnameFolded(value.folded) }, next: open };
      } else if (value.kind === 'path' && member === 'parents' && isOp(tokens[open], '[') && tokens[open + 1]?.type === 'number' && isOp(tokens[open + 2], ']')) {
        let folded = value.folded;
        for (let n = Number(tokens[open + 1]!.value); n >= 0; n -= 1) folded = dirnameFolded(folded);
        current = { value: { kind: 'path', folded }, next: open + 3 };
      } else if (isOp(tokens[open], '(')) {
        const next = closeBracket(tokens, open) + 1;
        if (value.kind === 'str' && member === 'join' && value.folded.base === 'none') {
          // `'sep'.join([a, b])`: one list or tuple of strings.
          const items = this.foldItems(text, tokens, open + 1, next - 1);
          const joined = items && joinStrings(items, value.folded.value);
          if (!joined) return undefined;
          current = { value: { kind: 'str', folded: joined }, next };
          continue;
        }
        const args = this.args(text, tokens, open);
        if (!args) return undefined;
        if (value.kind === 'path' && (member === 'resolve' || member === 'absolute') && args.length === 0) current = { value: { kind: 'path', folded: resolveFolded([value.folded]) }, next };
        else if (value.kind === 'path' && member === 'joinpath') {
          const folded = joinFolded([value.folded, ...args], true);
          if (!folded) return undefined;
          current = { value: { kind: 'path', folded }, next };
        } else if (value.kind === 'path' && (member === 'as_posix' || member === '__str__') && args.length === 0) current = { value: { kind: 'str', folded: value.folded }, next };
        else return undefined;
      } else return undefined;
    }
    return current;
  }

  private primary(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    const t = tokens[at];
    if (t === undefined) return undefined;
    if (t.type === 'string') return this.strings(text, tokens, at);
    if (t.type === 'number') return /^\d+$/.test(t.value) ? { value: { kind: 'str', folded: plain(String(Number(t.value))) }, next: at + 1 } : undefined;
    if (isOp(t, '(') || isOp(t, '[')) {
      const close = closeBracket(tokens, at);
      const items = this.itemsAt(text, tokens, at + 1, close);
      if (!items) return undefined;
      // `(x)` is x; `(x,)` and `[x]` are sequences.
      const tuple = isOp(t, '[') || tokens.slice(at + 1, close).some((tok, k) => isOp(tok, ',') && depthAt(tokens, at + 1, at + 1 + k) === 0);
      if (!tuple && items.length === 1) {
        const inner = this.sum(text, tokens, at + 1);
        return inner && inner.next === close ? { value: inner.value, next: close + 1 } : undefined;
      }
      return { value: { kind: 'items', items }, next: close + 1 };
    }
    if (t.type === 'name') return this.name(text, tokens, at);
    return undefined;
  }

  private name(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    const word = tokens[at]!.value;
    if (word === '__file__' && !this.scope.isBound(word)) return { value: { kind: 'str', folded: repoPathOf(this.path) }, next: at + 1 };
    const chain = dottedChain(tokens, at);
    const qualified = this.scope.qualified(chain.names);
    const open = chain.next;
    if (qualified !== undefined && isOp(tokens[open], '(')) return this.call(text, tokens, qualified, open);
    if (qualified === 'os.sep' || qualified === 'os.path.sep') return { value: { kind: 'str', folded: plain('/') }, next: chain.next };
    if (qualified === 'os.curdir' || qualified === 'os.pardir') return { value: { kind: 'str', folded: plain(qualified === 'os.curdir' ? '.' : '..') }, next: chain.next };
    if (chain.names.length !== 1) return undefined;
    const value = this.scope.constant(word);
    if (value === undefined || this.depth >= MAX_DEPTH) return undefined;
    this.depth += 1;
    try {
      const folded = this.sum(this.source, value, 0);
      return folded && folded.next === value.length ? { value: folded.value, next: at + 1 } : undefined;
    } finally {
      this.depth -= 1;
    }
  }

  private call(text: string, tokens: PyToken[], name: string, open: number): Parsed | undefined {
    const next = closeBracket(tokens, open) + 1;
    if ((name === 'os.getcwd' || name === 'pathlib.Path.cwd') && isOp(tokens[open + 1], ')')) {
      return { value: { kind: name === 'os.getcwd' ? 'str' : 'path', folded: { value: '', base: 'cwd' } }, next };
    }
    const args = this.args(text, tokens, open);
    if (!args) return undefined;
    const str = (folded: Folded | undefined): Parsed | undefined => (folded ? { value: { kind: 'str', folded }, next } : undefined);
    if (PATH_CLASSES.has(name)) {
      const folded = args.length === 0 ? plain('.') : joinFolded(args, true);
      return folded ? { value: { kind: 'path', folded }, next } : undefined;
    }
    switch (name) {
      case 'os.path.join':
        return str(joinFolded(args, true));
      case 'os.path.dirname':
        return str(args.length === 1 ? dirnameFolded(args[0]!) : undefined);
      case 'os.path.abspath':
      case 'os.path.realpath':
        return str(args.length === 1 ? resolveFolded(args) : undefined);
      case 'os.path.normpath':
        return str(args.length === 1 ? (args[0]!.base === 'repo' ? { value: rootedNormalize(args[0]!.value), base: 'repo' } : joinFolded(args, true)) : undefined);
      case 'str':
      case 'os.fspath':
        return str(args.length === 1 ? args[0] : undefined);
      default:
        return undefined;
    }
  }

  /** String literals, adjacent ones joined; an f-string whose fields are constants. */
  private strings(text: string, tokens: PyToken[], at: number): Parsed | undefined {
    let value = '';
    let t = at;
    while (tokens[t]?.type === 'string') {
      const tok = tokens[t]!;
      const literal = pythonStringLiteral(text, tok.start, tok.end);
      if (!literal || literal.prefix.includes('b')) return undefined;
      if (literal.value !== undefined) value += literal.value;
      else if (literal.prefix.includes('f') && !literal.prefix.includes('t')) {
        const formatted = this.fString(literal.body, literal.prefix.includes('r'));
        if (formatted === undefined) return undefined;
        value += formatted;
      } else return undefined;
      t += 1;
    }
    return { value: { kind: 'str', folded: plain(value) }, next: t };
  }

  /** An f-string's body with each `{field}` a constant name or expression (no conversion, no format spec). */
  private fString(body: string, raw: boolean): string | undefined {
    let out = '';
    let i = 0;
    while (i < body.length) {
      const c = body[i]!;
      if ((c === '{' || c === '}') && body[i + 1] === c) {
        out += c;
        i += 2;
      } else if (c === '{') {
        const close = body.indexOf('}', i + 1);
        if (close < 0) return undefined;
        const field = body.slice(i + 1, close);
        if (/[!:{]|=\s*$/.test(field)) return undefined;
        const fieldTokens = pythonTokens(field, 0, field.length);
        const value = this.fold(field, fieldTokens, 0, fieldTokens.length);
        if (value?.base !== 'none') return undefined;
        out += value.value;
        i = close + 1;
      } else if (c === '\\' && !raw) {
        // Escapes in an f-string's text are rare: not worth a second decoder.
        return undefined;
      } else {
        out += c;
        i += 1;
      }
    }
    return out;
  }

  private args(text: string, tokens: PyToken[], open: number): Folded[] | undefined {
    const args = callArgs(tokens, open);
    if (args.star || args.keywords.size > 0) return undefined;
    const out: Folded[] = [];
    for (const range of args.positional) {
      const value = this.fold(text, tokens, range.from, range.to) ?? this.pathValue(text, tokens, range.from, range.to);
      if (!value) return undefined;
      out.push(value);
    }
    return out;
  }

  /** A pathlib value as an argument (`os.path.join(Path(__file__).parent, 'x')`, `str(p)`). */
  private pathValue(text: string, tokens: PyToken[], from: number, to: number): Folded | undefined {
    const parsed = this.sum(text, tokens.slice(0, to), from);
    return parsed && parsed.next === to && parsed.value.kind === 'path' ? parsed.value.folded : undefined;
  }

  private itemsAt(text: string, tokens: PyToken[], from: number, to: number): Folded[] | undefined {
    const items: Folded[] = [];
    let start = from;
    for (let t = from; t <= to; t = t === to ? to + 1 : after(tokens, t)) {
      if (t === to || isOp(tokens[t], ',')) {
        if (t > start) {
          const value = this.fold(text, tokens, start, t) ?? this.pathValue(text, tokens, start, t);
          if (!value) return undefined;
          items.push(value);
        }
        start = t + 1;
      }
    }
    return items;
  }
}

function depthAt(tokens: PyToken[], from: number, to: number): number {
  let depth = 0;
  for (let t = from; t < to; t += 1) {
    const tok = tokens[t]!;
    if (tok.type !== 'op') continue;
    if ('([{'.includes(tok.value)) depth += 1;
    else if (')]}'.includes(tok.value)) depth -= 1;
  }
  return depth;
}

/** `'%s.%s' % (a, b)`: only `%s` and `%%`. */
function percentFormat(format: string, args: readonly Folded[]): string | undefined {
  let k = 0;
  let failed = false;
  const out = format.replace(/%(.)/g, (match, code: string) => {
    if (code === '%') return '%';
    const arg = args[k];
    k += 1;
    if (code !== 's' || arg === undefined || arg.base !== 'none') failed = true;
    return arg?.value ?? match;
  });
  return failed || k !== args.length ? undefined : out;
}

function joinStrings(items: readonly Folded[], separator: string): Folded | undefined {
  if (items.some((i) => i.base !== 'none')) return undefined;
  return plain(items.map((i) => i.value).join(separator));
}

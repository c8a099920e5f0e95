import { templateParts } from '@agent-guards/source-lexing';
import { parentDir } from '../repo-tree.js';
import { concatFolded, dirnameFolded, joinFolded, plain, repoPathOf, resolveFolded, rootedNormalize, type Folded } from './folded-path.js';
import { nodeModule, type JsScope } from './js-scope.js';
import type { TokenRange, Tokens } from './js-tokens.js';

/** A folded value, or an array literal of them (for `[…].join()`). */
type Value = Folded | { items: Folded[] };

interface Parsed {
  value: Value;
  next: number;
}

/** Constants are followed through at most this many `const` bindings: deeper is computed. */
const MAX_DEPTH = 16;

/** Functions of Node's modules that compute a path from constants. */
const PATH_FUNCTIONS = new Set(['path.join', 'path.resolve', 'path.normalize', 'path.dirname', 'url.fileURLToPath', 'url.pathToFileURL', 'String', 'require.resolve', 'import.meta.resolve', 'decodeURI', 'decodeURIComponent']);

/**
 * Folds the expressions a module is loaded with into constants, as the
 * runtime would compute them: string and template literals (with constant
 * substitutions), `+`, numbers, `const` bindings of the same file,
 * `[…].join()`, `.concat()`, `path.join`/`resolve`/`normalize`/`dirname` of
 * constants, `__dirname`, `__filename`, `import.meta.url`/`dirname`/`filename`,
 * `new URL(x, import.meta.url)`, `fileURLToPath`, `process.cwd()`. Anything
 * else (a parameter, a call, a `let`, a shadowed name) is not a constant.
 */
export class JsFolder {
  private depth = 0;

  constructor(
    private readonly tokens: Tokens,
    private readonly scope: JsScope,
    private readonly path: string,
  ) {}

  /** The tokens [from, to) as one constant, or undefined. */
  fold(range: TokenRange): Folded | undefined {
    const parsed = this.expression(range.from);
    if (!parsed || parsed.next !== range.to || !('value' in parsed.value)) return undefined;
    return parsed.value;
  }

  /** `a + b + …` starting at `at`. */
  private expression(at: number): Parsed | undefined {
    let left = this.postfix(at);
    while (left && this.tokens.isPunct(left.next, '+') && !this.tokens.isPunct(left.next + 1, '+', '=')) {
      const right = this.postfix(left.next + 1);
      if (!right || !('value' in left.value) || !('value' in right.value)) return undefined;
      const value = concatFolded(left.value, right.value);
      if (!value) return undefined;
      left = { value, next: right.next };
    }
    return left;
  }

  /** A primary with its `.member`, `.concat()`, `.join()`, `.toString()` suffixes. */
  private postfix(at: number): Parsed | undefined {
    let current = this.primary(at);
    const k = this.tokens;
    while (current && k.isPunct(current.next, '.') && k.isName(current.next + 1)) {
      const member = k.textOf(current.next + 1);
      const open = current.next + 2;
      const value: Value = current.value;
      if ((member === 'href' || member === 'pathname') && 'value' in value) {
        current = { value, next: open };
      } else if (k.isPunct(open, '(') && (member === 'toString' || member === 'concat' || member === 'join')) {
        const args = this.foldArgs(open);
        if (!args) return undefined;
        const next = k.match(open) + 1;
        if (member === 'toString' && 'value' in value && args.length === 0) current = { value, next };
        else if (member === 'concat' && 'value' in value) {
          let acc: Folded | undefined = value;
          for (const arg of args) acc = acc && concatFolded(acc, arg);
          if (!acc) return undefined;
          current = { value: acc, next };
        } else if (member === 'join' && 'items' in value && args.length <= 1 && (args[0] === undefined || args[0].base === 'none')) {
          const joined = joinItems(value.items, args[0]?.value ?? ',');
          if (!joined) return undefined;
          current = { value: joined, next };
        } else return undefined;
      } else return undefined;
    }
    return current;
  }

  private primary(at: number): Parsed | undefined {
    const k = this.tokens;
    if (at >= k.count) return undefined;
    const literal = k.literal(at);
    if (literal !== undefined) return { value: plain(literal), next: at + 1 };
    if (k.isTemplate(at)) return this.template(at);
    if (k.isNumber(at)) {
      const n = Number(k.textOf(at).replaceAll('_', ''));
      return Number.isFinite(n) ? { value: plain(String(n)), next: at + 1 } : undefined;
    }
    if (k.isPunct(at, '(')) {
      const inner = this.expression(at + 1);
      return inner && inner.next === k.match(at) ? { value: inner.value, next: inner.next + 1 } : undefined;
    }
    if (k.isPunct(at, '[')) {
      const items: Folded[] = [];
      for (const range of rangesIn(k, at)) {
        const item = this.fold(range);
        if (!item) return undefined;
        items.push(item);
      }
      return { value: { items }, next: k.match(at) + 1 };
    }
    if (k.isName(at, 'new') && k.isName(at + 1, 'URL') && k.isPunct(at + 2, '(') && this.scope.isGlobal('URL', at + 1)) return this.url(at + 2);
    if (k.isName(at, 'import') && k.isPunct(at + 1, '.') && k.isName(at + 2, 'meta') && k.isPunct(at + 3, '.') && k.isName(at + 4)) {
      const property = k.textOf(at + 4);
      if (property === 'resolve' && k.isPunct(at + 5, '(')) return this.call('import.meta.resolve', at + 5);
      const value = property === 'url' || property === 'filename' ? repoPathOf(this.path) : property === 'dirname' ? dirnameFolded(repoPathOf(this.path)) : undefined;
      return value ? { value, next: at + 5 } : undefined;
    }
    if (k.isName(at)) return this.name(at);
    return undefined;
  }

  private name(at: number): Parsed | undefined {
    const k = this.tokens;
    const word = k.textOf(at);
    if (word === '__dirname' && this.scope.isGlobal(word, at)) return { value: { value: `/${parentDir(this.path)}`, base: 'repo' }, next: at + 1 };
    if (word === '__filename' && this.scope.isGlobal(word, at)) return { value: repoPathOf(this.path), next: at + 1 };
    const chain = k.chain(at);
    // `require('path').join(…)`: a member of a Node module required in place.
    const required = word === 'require' && k.isPunct(at + 1, '(') && k.match(at + 1) === at + 3 && this.scope.isGlobal(word, at) ? nodeModule(k.literal(at + 2)) : undefined;
    if (required !== undefined && k.isPunct(at + 4, '.') && k.isName(at + 5) && k.isPunct(at + 6, '(')) {
      const member = `${required}.${k.textOf(at + 5)}`;
      return PATH_FUNCTIONS.has(member) ? this.call(member, at + 6) : undefined;
    }
    const qualified = this.scope.qualified(chain.names, at);
    if (k.isPunct(chain.last + 1, '(') && qualified !== undefined) {
      if (qualified === 'process.cwd' && k.match(chain.last + 1) === chain.last + 2) return { value: { value: '', base: 'cwd' }, next: chain.last + 3 };
      if (PATH_FUNCTIONS.has(qualified)) return this.call(qualified, chain.last + 1);
      return undefined;
    }
    if (qualified === 'path.sep' || qualified === 'path.posix.sep') return { value: plain('/'), next: chain.last + 1 };
    const init = this.scope.constInit(word, at);
    if (init === undefined || this.depth >= MAX_DEPTH) return undefined;
    this.depth += 1;
    try {
      const bound = this.expression(init);
      // The initializer must end there: `const a = 'x' + f()` is not a constant.
      if (!bound || !this.endsInitializer(bound.next)) return undefined;
      return { value: bound.value, next: at + 1 };
    } finally {
      this.depth -= 1;
    }
  }

  private endsInitializer(t: number): boolean {
    const k = this.tokens;
    return t >= k.count || k.isPunct(t, ';', ',', '}', ')') || (k.lineBreakBetween(t - 1, t) && !k.isPunct(t, '+', '.', '?', '[', '(', '`'));
  }

  private call(name: string, open: number): Parsed | undefined {
    const args = this.foldArgs(open);
    if (!args) return undefined;
    const next = this.tokens.match(open) + 1;
    let value: Folded | undefined;
    switch (name) {
      case 'path.join':
        value = joinFolded(args, false);
        break;
      case 'path.resolve':
        value = resolveFolded(args);
        break;
      case 'path.normalize':
        value = args.length === 1 ? (args[0]!.base === 'repo' ? { value: rootedNormalize(args[0]!.value), base: 'repo' } : joinFolded(args, false)) : undefined;
        break;
      case 'path.dirname':
        value = args.length === 1 ? dirnameFolded(args[0]!) : undefined;
        break;
      default:
        // fileURLToPath, String, require.resolve, …: the same place, as a path, a URL or a specifier.
        value = args.length >= 1 ? args[0] : undefined;
    }
    return value ? { value, next } : undefined;
  }

  /** `new URL(x, import.meta.url)`: x resolved against the file, as a URL is; `new URL('file:…')` is outside. */
  private url(open: number): Parsed | undefined {
    const args = this.foldArgs(open);
    if (!args || args.length === 0 || args.length > 2) return undefined;
    const [relative, base] = args as [Folded, Folded | undefined];
    const next = this.tokens.match(open) + 1;
    if (base === undefined) return relative.base === 'none' ? { value: relative, next } : undefined;
    if (base.base !== 'repo' || relative.base !== 'none') return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(relative.value)) return { value: relative, next };
    const from = relative.value.startsWith('/') ? '/' : dirnameFolded(base).value;
    return { value: { value: rootedNormalize(`${from}/${relative.value}`), base: 'repo' }, next };
  }

  private template(at: number): Parsed | undefined {
    const k = this.tokens;
    const parts = templateParts(k.text, k.tokens, at);
    if (!parts) return undefined;
    let acc: Folded | undefined = plain(parts.quasis[0] ?? '');
    for (const [i, range] of parts.substitutions.entries()) {
      const value = this.fold({ from: range.first, to: range.end });
      if (!value || !acc) return undefined;
      acc = concatFolded(acc, value);
      acc = acc && concatFolded(acc, plain(parts.quasis[i + 1] ?? ''));
    }
    return acc ? { value: acc, next: k.after(at) } : undefined;
  }

  private foldArgs(open: number): Folded[] | undefined {
    const ranges = this.tokens.args(open);
    if (!ranges) return undefined;
    const out: Folded[] = [];
    for (const range of ranges) {
      const value = this.fold(range);
      if (!value) return undefined;
      out.push(value);
    }
    return out;
  }
}

/** `[a, b].join(separator)`. */
function joinItems(items: readonly Folded[], separator: string): Folded | undefined {
  let acc: Folded | undefined = plain('');
  for (const [i, item] of items.entries()) {
    if (i > 0) acc = acc && concatFolded(acc, plain(separator));
    acc = acc && concatFolded(acc, item);
  }
  return acc;
}

/** The comma-separated ranges of an array literal's elements. */
function rangesIn(k: Tokens, open: number): TokenRange[] {
  const close = k.match(open);
  const out: TokenRange[] = [];
  let from = open + 1;
  for (let t = from; t < close; t = k.after(t)) {
    if (k.isPunct(t, ',')) {
      out.push({ from, to: t });
      from = t + 1;
    }
  }
  if (close > from) out.push({ from, to: close });
  return out;
}

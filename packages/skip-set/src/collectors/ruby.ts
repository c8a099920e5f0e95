import { IdAllocator, testId, type CollectedTest, type FileCollection, type SkipKind, type TestStatus } from '../model.js';
import type { LexError } from './python-lexer.js';
import { LineIndex, matchingBracket } from './masked-text.js';

/**
 * RSpec examples (`it`, `specify`, `example`, `scenario`) in groups
 * (`describe`, `context`, `feature`), with `x`/`f` forms, `skip`/`pending`
 * example definitions, `:skip`/`:pending`/`:focus` metadata, `skip`/`pending`
 * calls in an example or a group's `before` hook, and examples without a block
 * (not yet implemented). Ruby's `do … end` blocks are matched by a lexer that
 * knows strings (with `#{}`), %-literals, heredocs, regexps, comments and
 * `=begin` blocks, and tells statement `if` from modifier `if`.
 */
const EXAMPLES = new Set(['it', 'specify', 'example', 'scenario', 'its', 'xit', 'xspecify', 'xexample', 'xscenario', 'fit', 'fspecify', 'fexample', 'fscenario', 'focus']);
const GROUPS = new Set(['describe', 'context', 'feature', 'example_group', 'xdescribe', 'xcontext', 'xfeature', 'fdescribe', 'fcontext', 'ffeature', 'shared_examples', 'shared_context', 'shared_examples_for']);
const HOOKS = new Set(['before', 'prepend_before', 'append_before', 'around']);
const ALWAYS_OPEN = new Set(['def', 'class', 'module', 'begin', 'case', 'do']);
const STATEMENT_OPEN = new Set(['if', 'unless', 'while', 'until', 'for']);
const BEFORE_STATEMENT_WORDS = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'elsif', 'when', 'in']);

export function maskRuby(text: string): { masked: string; error?: LexError } {
  const n = text.length;
  const out = text.split('');
  let error: LexError | undefined;
  const lines = new LineIndex(text);
  const fail = (message: string, at: number): void => {
    error ??= { message, line: lines.lineOf(at) };
  };
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to && k < n; k += 1) if (out[k] !== '\n') out[k] = ' ';
  };
  const heredocs: { id: string; squiggly: boolean }[] = [];
  const prevSignificant = (i: number): string => {
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k -= 1;
    return k < 0 ? '\n' : text[k]!;
  };
  const prevWord = (i: number): string => /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
  const expressionStart = (i: number): boolean => {
    const p = prevSignificant(i);
    if ('(,=!~|&;{[:?+*-<>%^\n'.includes(p)) return true;
    return BEFORE_STATEMENT_WORDS.has(prevWord(i)) || ['if', 'unless', 'while', 'until', 'puts', 'p'].includes(prevWord(i));
  };

  // Skips a delimited literal from `from` (the opening delimiter); returns the offset after the closing one.
  const skipDelimited = (from: number, interpolate: boolean): number => {
    const open = text[from]!;
    const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open] ?? open;
    let depth = 1;
    let j = from + 1;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (interpolate && c === '#' && text[j + 1] === '{') j = skipInterpolation(j + 2);
      else if (c === close && --depth === 0) return j + 1;
      else {
        if (c === open && open !== close) depth += 1;
        j += 1;
      }
    }
    fail(`unterminated literal opened with ${open}`, from);
    return n;
  };
  const skipInterpolation = (from: number): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '"' || c === "'" || c === '`') j = skipDelimited(j, c !== "'");
      else if (c === '{') {
        depth += 1;
        j += 1;
      } else if (c === '}') {
        if (depth === 0) return j + 1;
        depth -= 1;
        j += 1;
      } else j += 1;
    }
    return n;
  };

  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = text[i]!;
    if (lineStart && text.startsWith('=begin', i)) {
      const m = /^=end\b.*$/m.exec(text.slice(i));
      const stop = m ? i + m.index + m[0].length : n;
      if (!m) fail('unterminated =begin block', i);
      blank(i, stop);
      i = stop;
      continue;
    }
    if (lineStart && /^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
      blank(i, n);
      break;
    }
    lineStart = false;
    if (c === '\n') {
      lineStart = true;
      i += 1;
      // Heredoc bodies start on the line after their opener.
      while (heredocs.length > 0) {
        const h = heredocs.shift()!;
        const re = new RegExp(`^${h.squiggly ? '[ \\t]*' : ''}${h.id}\\r?$`, 'm');
        const rest = text.slice(i);
        const m = re.exec(rest);
        if (!m) {
          fail(`unterminated heredoc ${h.id}`, i);
          blank(i, n);
          i = n;
          break;
        }
        blank(i, i + m.index);
        i += m.index + m[0].length;
      }
      continue;
    }
    if (c === '#') {
      let j = i;
      while (j < n && text[j] !== '\n') j += 1;
      blank(i, j);
      i = j;
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipDelimited(i, c !== "'");
      blank(i + 1, end - 1);
      i = end;
    } else if (c === '%' && /^%[qQwWiIrsx]?[([{<|!/^]/.test(text.slice(i, i + 3)) && (/[qQwWiIrsx]/.test(text[i + 1]!) || expressionStart(i))) {
      const d = /[qQwWiIrsx]/.test(text[i + 1]!) ? i + 2 : i + 1;
      const end = skipDelimited(d, !/[qwis]/.test(text[i + 1]!));
      blank(d + 1, end - 1);
      i = end;
    } else if (c === '<' && text[i + 1] === '<') {
      const m = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
      if (m && (m[1] || m[2] || /^[A-Z_]+$/.test(m[3]!))) {
        heredocs.push({ id: m[3]!, squiggly: m[1] !== '' });
        i += m[0].length;
      } else i += 2;
    } else if (c === '/' && expressionStart(i)) {
      const end = skipDelimited(i, true);
      blank(i + 1, end - 1);
      i = end;
    } else if (c === ':' && text[i + 1] === '"') {
      const end = skipDelimited(i + 1, true);
      blank(i + 2, end - 1);
      i = end;
    } else if (c === '?' && /[A-Za-z0-9_'"]/.test(text[i + 1] ?? '') && !/\w/.test(text[i + 2] ?? '') && /[\s(,=]/.test(text[i - 1] ?? ' ')) {
      // ?a character literal
      out[i + 1] = ' ';
      i += 2;
    } else i += 1;
  }
  return { masked: out.join(''), ...(error ? { error } : {}) };
}

interface Node {
  kind: 'group' | 'example' | 'hook';
  name: string;
  line: number;
  status?: TestStatus;
  reason?: string;
  parent?: Node;
  /** Stack depth of the block that holds the node's body, when it has one. */
  depth?: number;
  hasBlock: boolean;
  runtime?: { status: TestStatus; reason: string };
  open: number;
  close: number;
}

const TOKEN = /[A-Za-z_]\w*[?!]?|::|[{}();\n.,=]|\|\||&&/g;

export function collectRuby(path: string, text: string): FileCollection {
  const { masked, error } = maskRuby(text);
  const lines = new LineIndex(text);
  const nodes: Node[] = [];
  /** The block stack; an entry may carry the RSpec node whose body it is. */
  const stack: (Node | undefined)[] = [];
  let pendingNode: Node | undefined;
  let previous = '\n';
  let loopLine = -1;

  const innermostNode = (): Node | undefined => {
    for (let k = stack.length - 1; k >= 0; k -= 1) if (stack[k]) return stack[k];
    return undefined;
  };
  const open = (at: number): void => {
    stack.push(pendingNode);
    if (pendingNode) {
      pendingNode.depth = stack.length;
      pendingNode.hasBlock = true;
      pendingNode.open = at;
      pendingNode = undefined;
    }
  };
  const close = (at: number): void => {
    const node = stack.pop();
    if (node) node.close = at;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(masked); m; m = TOKEN.exec(masked)) {
    const word = m[0];
    const at = m.index;
    const statementStart = previous === '\n' || previous === ';' || previous === '(' || previous === '=' || previous === '||' || previous === '&&' || BEFORE_STATEMENT_WORDS.has(previous);
    const afterDot = previous === '.' || previous === '::';
    const label = masked[at + word.length] === ':' && masked[at + word.length + 1] !== ':';
    previous = word;
    if (word === '\n' || word === ';') {
      // A call with no block ends with its line (unless its arguments go on).
      if (pendingNode && word === '\n' && !/[,(\\]\s*$/.test(masked.slice(pendingNode.open, at))) pendingNode = undefined;
      continue;
    }
    if (afterDot && word !== 'describe') continue;
    if (label) continue;
    if (word === '{') {
      // After `,` `:` `(` or `=>` a brace is a hash argument, not the call's block.
      if (pendingNode && /(?:[,:(]|=>)$/.test(masked.slice(Math.max(0, at - 3), at).trimEnd())) stack.push(undefined);
      else open(at);
      continue;
    }
    if (word === '}' || word === 'end') {
      close(at);
      continue;
    }
    if (word === 'do') {
      if (loopLine === lines.lineOf(at)) continue;
      open(at);
      continue;
    }
    if (ALWAYS_OPEN.has(word)) {
      open(at);
      continue;
    }
    if (STATEMENT_OPEN.has(word)) {
      if (statementStart) {
        open(at);
        if (word === 'while' || word === 'until' || word === 'for') loopLine = lines.lineOf(at);
      }
      continue;
    }
    if (!statementStart && !(word === 'describe' && masked.slice(at - 6, at) === 'RSpec.')) continue;

    const parent = innermostNode();
    const inExample = parent?.kind === 'example' || parent?.kind === 'hook';
    if ((word === 'skip' || word === 'pending') && inExample) {
      const target = parent!.kind === 'hook' ? parent!.parent : parent;
      if (target) target.runtime ??= { status: word === 'skip' ? 'skipped' : 'xfail', reason: `${word} call in ${parent!.kind === 'hook' ? `a ${parent!.name} hook` : 'the example'}` };
      continue;
    }
    let kind: Node['kind'] | undefined;
    if (GROUPS.has(word)) kind = 'group';
    else if (EXAMPLES.has(word) || word === 'skip' || word === 'pending') kind = 'example';
    else if (HOOKS.has(word)) kind = 'hook';
    if (!kind) continue;
    const args = argumentsOf(masked, at + word.length);
    const node: Node = { kind, name: kind === 'hook' ? word : nameOf(text, masked, args), line: lines.lineOf(at), hasBlock: false, open: at, close: masked.length, ...(parent ? { parent } : {}) };
    const metadata = masked.slice(args.start, args.end);
    if (word.startsWith('x') || word === 'skip' || /(?:^|[\s,(])(?::skip\b|skip:)/.test(metadata)) [node.status, node.reason] = ['skipped', word.startsWith('x') ? word : 'skip'];
    else if (word === 'pending' || /(?:^|[\s,(])(?::pending\b|pending:)/.test(metadata)) [node.status, node.reason] = ['xfail', 'pending'];
    else if ((word.startsWith('f') && word !== 'feature') || word === 'focus' || /(?:^|[\s,(])(?::focus\b|focus:\s*true|fit:)/.test(metadata)) [node.status, node.reason] = ['focused', word.startsWith('f') || word === 'focus' ? word : ':focus'];
    nodes.push(node);
    pendingNode = node;
    node.open = at;
  }

  const ids = new IdAllocator();
  const tests: CollectedTest[] = [];
  let focusLine: number | undefined;
  for (const node of nodes) {
    if (node.kind !== 'example') continue;
    const chain: Node[] = [];
    for (let p = node.parent; p; p = p.parent) if (p.kind === 'group') chain.unshift(p);
    const all = [...chain, node];
    let status: TestStatus = 'active';
    let reason: string | undefined;
    let skipKind: SkipKind | undefined;
    const skipper = all.find((x) => x.status === 'skipped');
    const runtime = all.find((x) => x.runtime);
    const focus = all.find((x) => x.status === 'focused');
    if (skipper) [status, reason, skipKind] = ['skipped', skipper.reason, 'marker'];
    else if (!node.hasBlock) [status, reason, skipKind] = ['todo', 'example without a block (not yet implemented)', 'marker'];
    else if (runtime) [status, reason, skipKind] = [runtime.runtime!.status, runtime.runtime!.reason, 'runtime'];
    else if (all.some((x) => x.status === 'xfail')) [status, reason, skipKind] = ['xfail', 'pending', 'marker'];
    else if (focus) [status, reason, skipKind] = ['focused', focus.reason, 'focus'];
    if (status === 'focused') focusLine ??= focus!.line;
    const suite = chain.map((g) => g.name);
    tests.push({
      id: ids.allocate(testId(path, suite, node.name)),
      path,
      line: node.line,
      name: node.name,
      suite,
      status,
      ...(reason ? { reason, skipKind } : {}),
      body: text.slice(node.open, node.close),
    });
  }
  if (focusLine !== undefined) {
    for (const t of tests) {
      if (t.status === 'active' || t.status === 'xfail') Object.assign(t, { status: 'skipped', reason: `not run: a focused example at line ${focusLine} excludes it`, skipKind: 'focus' });
    }
  }
  return { path, language: 'ruby', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}

/** The argument text of a call: up to `do`, a block `{` or the end of the line (continued after a comma). */
function argumentsOf(masked: string, from: number): { start: number; end: number } {
  let j = from;
  while (j < masked.length) {
    const c = masked[j]!;
    if (c === '(' || c === '[') {
      const close = matchingBracket(masked, j);
      j = close < 0 ? masked.length : close + 1;
      continue;
    }
    if (c === '\n') {
      if (/,\s*$/.test(masked.slice(from, j))) {
        j += 1;
        continue;
      }
      break;
    }
    if (c === '{' && !/[,:(]\s*$|=>\s*$/.test(masked.slice(from, j))) break;
    if (/^do\b/.test(masked.slice(j, j + 3)) && /\s/.test(masked[j - 1] ?? ' ')) break;
    if (c === '{') {
      const close = matchingBracket(masked, j);
      j = close < 0 ? masked.length : close + 1;
      continue;
    }
    j += 1;
  }
  return { start: from, end: j };
}

function nameOf(text: string, masked: string, args: { start: number; end: number }): string {
  const raw = text.slice(args.start, args.end).trim().replace(/^\(/, '');
  const literal = /^(['"])((?:\\.|(?!\1)[^\\])*)\1/.exec(raw);
  if (literal) return literal[2]!;
  const first = masked.slice(args.start, args.end).trim().replace(/^\(/, '').split(/,|\)\s*$/)[0]!.trim();
  return first ? text.slice(args.start, args.end).trim().replace(/^\(/, '').slice(0, first.length).trim() : '(anonymous)';
}

import { LineIndex, maskRuby, matchingBracket, RUBY_WORDS_BEFORE_STATEMENT } from '@agent-guards/source-lexing';
import { IdAllocator, testId, type CollectedTest, type FileCollection, type SkipKind, type TestStatus } from '../model.js';

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
    const statementStart = previous === '\n' || previous === ';' || previous === '(' || previous === '=' || previous === '||' || previous === '&&' || RUBY_WORDS_BEFORE_STATEMENT.has(previous);
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

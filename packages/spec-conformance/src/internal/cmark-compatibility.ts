import type { Nodes, Root } from 'mdast';

/** A Markdown text rewritten to read as GitHub reads it, with the way back to the original's offsets. */
export interface Rewritten {
  markdown: string;
  /** For each index of `markdown` (and its end), the index in the original. */
  originalIndex: Int32Array;
}

/** An HTML block of CommonMark's kind 7: one complete open or close tag alone on its line. */
const TAG_LINE =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/** What a line must carry to stay inside a container: a `>` for a quote, the content's column for an item. */
type Container = { kind: 'quote' } | { kind: 'item'; contentColumn: number };

/**
 * Where micromark and GitHub's renderer (cmark-gfm) build different trees
 * from one text, rewrites it into what makes micromark build cmark-gfm's.
 * One case is known, found by differential testing against cmark-gfm: a
 * lazy line (one that lacks its quote's `>` or its list item's indent)
 * holding a lone tag, as in `- notes` then `<del>`. cmark-gfm closes the
 * quote or list there and opens an HTML block, so GitHub strikes all up to
 * `</del>`; micromark continues the paragraph, or opens the block inside the
 * container, where `</li>` closes it. A blank line before such a line gives
 * micromark cmark-gfm's reading.
 */
export function asCmarkReads(markdown: string, tree: Root): Rewritten | undefined {
  const lineStarts = [0];
  for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // For each line inside a container (after the container's first), the containers around it, outermost first.
  const chains = new Map<number, Container[]>();
  const visit = (node: Nodes, chain: Container[]): void => {
    let inner = chain;
    if (node.position && (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition')) {
      inner = [
        ...chain,
        node.type === 'blockquote'
          ? { kind: 'quote' }
          : // A footnote's continuation lines are indented four columns, whatever its label's width.
            { kind: 'item', contentColumn: node.type === 'footnoteDefinition' ? node.position.start.column + 4 : contentColumn(markdown, node.position.start) },
      ];
      for (let line = node.position.start.line + 1; line <= node.position.end.line; line += 1) chains.set(line, inner);
    }
    if ('children' in node) for (const child of node.children) visit(child, inner);
  };
  visit(tree, []);

  const breaks: number[] = [];
  for (const [line, chain] of chains) {
    const start = lineStarts[line - 1]!;
    const end = (lineStarts[line] ?? markdown.length + 1) - 1;
    const text = markdown.slice(start, end).replace(/\r$/, '');
    const prefix = /^[ \t>]*/.exec(text)![0];
    if (TAG_LINE.test(text.slice(prefix.length)) && isLazy(prefix, chain)) breaks.push(start);
  }
  if (breaks.length === 0) return undefined;

  const parts: string[] = [];
  const originalIndex: number[] = [];
  let from = 0;
  for (const at of breaks.sort((a, b) => a - b)) {
    parts.push(markdown.slice(from, at), '\n');
    for (let i = from; i < at; i += 1) originalIndex.push(i);
    originalIndex.push(at);
    from = at;
  }
  parts.push(markdown.slice(from));
  for (let i = from; i <= markdown.length; i += 1) originalIndex.push(i);
  return { markdown: parts.join(''), originalIndex: Int32Array.from(originalIndex) };
}

function isLazy(prefix: string, chain: readonly Container[]): boolean {
  const quotes = chain.filter((c) => c.kind === 'quote').length;
  if ([...prefix].filter((c) => c === '>').length < quotes) return true;
  const item = chain.findLast((c) => c.kind === 'item');
  return item !== undefined && prefix.length + 1 < item.contentColumn;
}

/**
 * The column a list item's continuation lines must reach:
 * past its marker and the spaces after it (one when there are five or more,
 * which start indented code). A task's `[x]` is content, not marker.
 */
function contentColumn(markdown: string, start: { offset?: number; column: number }): number {
  const rest = markdown.slice(start.offset ?? 0, (start.offset ?? 0) + 20);
  const marker = /^(?:[-+*]|\d{1,9}[.)])([ \t]*)/.exec(rest);
  if (!marker) return start.column + 2;
  const gap = marker[1]!.length;
  return start.column + marker[0].length - gap + (gap >= 1 && gap <= 4 ? gap : 1);
}

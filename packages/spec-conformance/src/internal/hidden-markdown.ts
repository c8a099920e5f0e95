import type { Nodes, Root } from 'mdast';
import type { HiddenSpan } from './visible-markdown.js';

/**
 * The stretches of Markdown syntax that render as no text, or as text that is
 * not prose: code, link destinations, titles and labels, images, autolinked
 * URLs, struck text, definitions nothing shows, raw HTML. They name the reason
 * when something that reads like a reference in the source did not count;
 * what counts is decided on the rendered text, not here.
 */
export function markdownHiddenSpans(tree: Root, source: string): HiddenSpan[] {
  const referenced = new Set<string>();
  collectFootnoteReferences(tree, referenced);
  const footnotesSeen = new Set<string>();
  const spans: HiddenSpan[] = [];
  const visit = (node: Nodes): void => {
    const kind = hiddenKind(node, source, referenced, footnotesSeen);
    let start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // A link's text shows; from its closing bracket on (destination, title, label) nothing does.
    if (kind === 'link-destination' && 'children' in node && node.children.length > 0) start = node.children.at(-1)!.position?.end.offset;
    if (kind && start !== undefined && end !== undefined) spans.push({ start, end, kind });
    // A row's cells past the header's count are dropped by GFM.
    if (node.type === 'table') {
      const columns = node.children[0]?.children.length ?? 0;
      for (const row of node.children.slice(1)) {
        const first = row.children[columns]?.position?.start.offset;
        const last = row.position?.end.offset;
        if (first !== undefined && last !== undefined) spans.push({ start: first, end: last, kind: 'dropped-table-cell' });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans;
}

const FENCE = /[ \t]*(?:```|~~~)/y;

function hiddenKind(node: Nodes, source: string, referenced: ReadonlySet<string>, footnotesSeen: Set<string>): HiddenSpan['kind'] | undefined {
  switch (node.type) {
    case 'code':
      // An indented block starts at its indentation, a fenced one at its fence.
      FENCE.lastIndex = node.position?.start.offset ?? 0;
      return FENCE.test(source) ? 'fenced-code' : 'indented-code';
    case 'inlineCode':
      return 'inline-code';
    case 'definition':
      return 'link-definition';
    case 'footnoteDefinition': {
      // GitHub renders a footnote only where the text refers to it, and only the first definition of a label.
      const first = !footnotesSeen.has(node.identifier);
      footnotesSeen.add(node.identifier);
      return first && referenced.has(node.identifier) ? undefined : 'unused-footnote';
    }
    case 'footnoteReference':
    case 'linkReference':
      return 'link-destination';
    case 'link':
      // `<https://…>` and bare `https://…`/`www.…`: the URL is the text.
      return source[node.position?.start.offset ?? 0] === '[' ? 'link-destination' : 'autolink';
    case 'image':
    case 'imageReference':
      return 'image';
    case 'delete':
      return 'strikethrough';
    case 'html':
      return node.value.startsWith('<!--') ? 'html-comment' : 'html-tag';
    default:
      return undefined;
  }
}

function collectFootnoteReferences(node: Nodes, into: Set<string>): void {
  if (node.type === 'footnoteReference') into.add(node.identifier);
  if ('children' in node) for (const child of node.children) collectFootnoteReferences(child, into);
}

/** Where each autolink (`<https://…>`, a bare `https://…` or `www.…`) starts in the source. */
export function autolinkStarts(spans: readonly HiddenSpan[]): Set<number> {
  return new Set(spans.filter((s) => s.kind === 'autolink').map((s) => s.start));
}

import type { DefaultTreeAdapterMap } from 'parse5';
import type { RenderedHtml } from './github-markdown.js';
import { alignToSource } from './source-alignment.js';
import type { HiddenKind, HiddenSpan } from './visible-markdown.js';

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

/** Where one stretch of what a reader sees ends and the next begins: never part of a reference. */
export const BLOCK_BREAK = '\n';

export interface RenderedText {
  /** The text a reader sees, whitespace runs as one space, blocks apart by BLOCK_BREAK. */
  text: string;
  /** For each index of `text`, the index in the Markdown of the character it came from. */
  sourceIndex: number[];
  /** Elements and comments from raw HTML whose text a reader does not see as prose, as Markdown ranges. */
  hidden: HiddenSpan[];
}

// Sources for the rules below: GitHub's sanitizer allowlist (html-pipeline's SanitizationFilter,
// mirrored by hast-util-sanitize's GitHub schema) keeps no `style`, `class` or `hidden`
// attribute, so nothing is hidden by CSS or `hidden`: text inside such an element shows. It keeps
// `details` with `open`, `summary`, `rp`, `ruby`, `sub`, `sup`, `small`, `del`, `s`, `strike`.
// It drops `<script>` with its content; GFM's tagfilter escapes the others listed here. It keeps
// `dir` on every element and allows `bdo`, which change the order text is displayed in.

/** Monospace literal text, as inline code is: quoted, not stated. */
const CODE = new Set(['code', 'pre', 'tt', 'kbd', 'samp']);
const STRUCK = new Set(['del', 's', 'strike']);
/** Elements whose content a reader is not shown: dropped or escaped on GitHub, or never rendered (`template`, `rp`). */
const NOT_SHOWN = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'template', 'rp']);
/** Each of these renders its content smaller (75–80%, ruby text 50%). */
const SHRINKING = new Set(['sub', 'sup', 'small', 'rt']);
/** Past two shrinking levels text is a few pixels high: present, but not read. */
const READABLE_SHRINK_DEPTH = 2;
/** Elements that stand between words: what is on either side is not one phrase. */
const SEPARATING = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'input', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'audio', 'picture', 'svg', 'math',
  // Ruby text sits above its base, a superscript (a footnote mark) above the line: neither continues a phrase.
  'rt', 'sup', 'sub',
]);
/** HTML's whitespace, which a browser collapses outside `pre`. */
function isCollapsibleWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/** Why an element's content is not read as prose, or undefined when it is. `shrink` counts the shrinking elements around it. */
function notProse(node: HtmlElement, shrink: number): HiddenKind | undefined {
  const name = node.tagName;
  if (CODE.has(name)) return 'html-code';
  if (STRUCK.has(name)) return 'strikethrough';
  if (NOT_SHOWN.has(name)) return 'hidden-html-element';
  if (SHRINKING.has(name) && shrink + 1 > READABLE_SHRINK_DEPTH) return 'tiny-text';
  if (reordersText(node)) return 'bidi-markup';
  return undefined;
}

/**
 * `<bdo dir="rtl">` displays its text backwards, and `dir` (which GitHub
 * keeps) reorders what it wraps: the text is not shown in the order written.
 */
function reordersText(node: HtmlElement): boolean {
  const dir = attribute(node, 'dir');
  if (dir === undefined) return node.tagName === 'bdo';
  return dir.toLowerCase() !== 'ltr';
}

function attribute(node: HtmlElement, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

/**
 * The text a reviewer reads in the rendered HTML, with where each character
 * came from in the Markdown. `autolinks` holds where Markdown autolinks
 * start: their text is a URL, not prose, though it renders as a link's text.
 */
export function renderedText(rendered: RenderedHtml, source: string, autolinks: ReadonlySet<number>): RenderedText {
  const { html, fragment } = rendered;
  const pieces: string[] = [];
  const sourceIndex: number[] = [];
  const hidden: HiddenSpan[] = [];
  // The last unit written: whitespace collapses against it, separators do not repeat.
  let last = BLOCK_BREAK;
  const toSource = (htmlIndex: number | undefined): number | undefined => {
    const at = htmlIndex === undefined ? -1 : (rendered.sourceIndex[htmlIndex] ?? -1);
    return at < 0 ? undefined : at;
  };

  const separate = () => {
    if (last === BLOCK_BREAK) return;
    if (last === ' ') pieces[pieces.length - 1] = BLOCK_BREAK;
    else {
      pieces.push(BLOCK_BREAK);
      sourceIndex.push(sourceIndex.at(-1) ?? 0);
    }
    last = BLOCK_BREAK;
  };
  const scratch: number[] = [];
  const emit = (value: string, node: HtmlNode | undefined, fallback: number) => {
    scratch.length = 0;
    const location = node?.sourceCodeLocation;
    if (location) alignToSource(value, html, location.startOffset, location.endOffset, scratch);
    let run = '';
    for (let i = 0; i < value.length; i += 1) {
      const unit = value[i]!;
      if (isCollapsibleWhitespace(value.charCodeAt(i))) {
        // A line break inside a paragraph (GitHub shows comment line breaks as such) reads on, like a space.
        if (last === ' ' || last === BLOCK_BREAK) continue;
        run += ' ';
        last = ' ';
      } else {
        run += unit;
        last = unit;
      }
      sourceIndex.push(toSource(scratch[i]) ?? fallback);
    }
    // One piece per text keeps `pieces` short; a trailing space stays its own piece so `separate` can replace it.
    if (run.endsWith(' ') && run.length > 1) pieces.push(run.slice(0, -1), ' ');
    else if (run !== '') pieces.push(run);
  };
  const hide = (location: { startOffset: number; endOffset: number } | null | undefined, kind: HiddenKind) => {
    const start = toSource(location?.startOffset);
    // Markdown's own elements (`code` from backticks, `del` from tildes) are named from the syntax tree.
    if (!location || start === undefined || source[start] !== '<') return;
    const end = toSource(location.endOffset - 1);
    hidden.push({ start, end: end === undefined ? source.length : end + 1, kind });
  };

  // Iterative: unclosed inline tags nest as deep as a description is long.
  type Task = { node: HtmlNode; fallback: number; shrink: number } | 'separate';
  const tasks: Task[] = [{ node: fragment, fallback: 0, shrink: 0 }];
  const push = (children: readonly HtmlNode[], fallback: number, shrink: number) => {
    for (let i = children.length - 1; i >= 0; i -= 1) tasks.push({ node: children[i]!, fallback, shrink });
  };
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if (task === 'separate') {
      separate();
      continue;
    }
    const { node, shrink } = task;
    const here = toSource(node.sourceCodeLocation?.startOffset) ?? task.fallback;
    if (node.nodeName === '#text' && 'value' in node) emit(node.value, node, here);
    else if (node.nodeName === '#comment') hide(node.sourceCodeLocation, 'html-comment');
    else if ('tagName' in node) visitElement(node, here, shrink);
    else if ('childNodes' in node) push(node.childNodes, here, shrink);
  }

  function visitElement(node: HtmlElement, here: number, shrink: number): void {
    const name = node.tagName;
    // Attributes never show: an open tag's whole extent, quotes swallowing Markdown included, is hidden.
    hide(node.sourceCodeLocation?.startTag, 'html-tag');
    const kind = name === 'a' && autolinks.has(here) ? 'autolink' : notProse(node, shrink);
    if (kind) {
      hide(node.sourceCodeLocation, kind);
      separate();
      return;
    }
    if (name === 'br') {
      emit(' ', undefined, here);
      return;
    }
    const depth = SHRINKING.has(name) ? shrink + 1 : shrink;
    if (SEPARATING.has(name)) {
      separate();
      tasks.push('separate');
    }
    if (name === 'details' && attribute(node, 'open') === undefined) {
      // Closed, a details block shows its first summary; the rest waits behind a click.
      const summary = node.childNodes.find((c): c is HtmlElement => 'tagName' in c && c.tagName === 'summary');
      if (summary) push([summary], here, depth);
      hide(node.sourceCodeLocation, 'collapsed-details');
    } else {
      // A <template>'s content is a separate fragment, never rendered: not among its child nodes.
      push(node.childNodes, here, depth);
    }
  }

  return { text: pieces.join(''), sourceIndex, hidden };
}

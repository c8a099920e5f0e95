import type { Nodes as HtmlNodes } from 'hast';
import type { Root as MarkdownRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { alignToSource } from './source-alignment.js';

export type HtmlFragment = DefaultTreeAdapterMap['documentFragment'];

/**
 * Markdown as GitHub reads it: CommonMark with the GFM extensions (tables,
 * task lists, strikethrough with one or two tildes, autolink literals,
 * footnotes). Every node carries its source position.
 */
export function parseGithubMarkdown(markdown: string): MarkdownRoot {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export interface RenderedHtml {
  /** The HTML as GitHub's renderer would write it: Markdown's elements with the raw HTML spliced in. */
  html: string;
  /** That HTML parsed as a browser parses it (the WHATWG algorithm), with HTML offsets. */
  fragment: HtmlFragment;
  /** For each index of `html`, the index in the Markdown it came from, or -1 for what the renderer added. */
  sourceIndex: Int32Array;
}

/**
 * The HTML GitHub renders from a comment, parsed as one document the way a
 * browser parses it. Parsing the whole string matters: raw HTML left open in
 * one place (a comment, an attribute's quote, a `<textarea>`) swallows the
 * Markdown after it, and an element opened in one block and closed in
 * another wraps the blocks between. Unreferenced footnote definitions and
 * link definitions render nothing, as on GitHub.
 */
export function renderGithubMarkdown(tree: MarkdownRoot, markdown: string): RenderedHtml {
  const writer = new HtmlWriter(markdown);
  writer.write(toHast(tree, { allowDangerousHtml: true }));
  const html = writer.html();
  // Scripting off: GitHub's sanitizer reads <noscript> content as markup, and shows it.
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  return { html, fragment, sourceIndex: Int32Array.from(writer.sourceIndex) };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** What cmark-gfm escapes in text: so Markdown text closes no quote or tag that raw HTML left open, as on GitHub. */
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Writes the HTML of a Markdown tree, remembering for every character where
 * in the Markdown it came from. Markdown's own elements are written without
 * attributes: none of theirs changes what text shows.
 */
class HtmlWriter {
  private readonly parts: string[] = [];
  readonly sourceIndex: number[] = [];
  private readonly offsets: number[] = [];

  constructor(private readonly source: string) {}

  html(): string {
    return this.parts.join('');
  }

  write(node: HtmlNodes): void {
    switch (node.type) {
      case 'root':
        for (const child of node.children) this.write(child);
        return;
      case 'element': {
        const start = node.position?.start.offset ?? -1;
        this.emit(`<${node.tagName}>`, start);
        if (VOID.has(node.tagName)) return;
        for (const child of node.children) this.write(child);
        this.emit(`</${node.tagName}>`, (node.position?.end.offset ?? 0) - 1);
        return;
      }
      case 'text':
        this.emitText(node.value, node.position?.start.offset, node.position?.end.offset, true);
        return;
      case 'raw':
        this.emitText(node.value, node.position?.start.offset, node.position?.end.offset, false);
        return;
      default:
        // Comments and doctypes are not produced from Markdown.
        return;
    }
  }

  private emit(text: string, at: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i += 1) this.sourceIndex.push(at);
  }

  private emitText(value: string, start: number | undefined, end: number | undefined, escape: boolean): void {
    this.offsets.length = 0;
    if (start !== undefined && end !== undefined) alignToSource(value, this.source, start, end, this.offsets);
    if (!escape || !/[&<>"]/.test(value)) {
      this.parts.push(value);
      for (let i = 0; i < value.length; i += 1) this.sourceIndex.push(this.offsets[i] ?? -1);
      return;
    }
    let written = '';
    for (let i = 0; i < value.length; i += 1) {
      const unit = ESCAPED[value[i]!] ?? value[i]!;
      written += unit;
      for (let k = 0; k < unit.length; k += 1) this.sourceIndex.push(this.offsets[i] ?? -1);
    }
    this.parts.push(written);
  }
}

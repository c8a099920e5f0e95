import { ConfigurationError } from '@agent-guards/action-kit';
import type { Root as MarkdownRoot } from 'mdast';
import { asCmarkReads } from './cmark-compatibility.js';
import { parseGithubMarkdown, renderGithubMarkdown } from './github-markdown.js';
import { autolinkStarts, markdownHiddenSpans } from './hidden-markdown.js';
import { assertReadable } from './markdown-limits.js';
import { BLOCK_BREAK, renderedText } from './rendered-text.js';
import { texMathWithCommands } from './tex-math.js';

/** Why a stretch of a description is not read as prose. */
export type HiddenKind =
  | 'fenced-code'
  | 'indented-code'
  | 'inline-code'
  | 'html-code'
  | 'html-comment'
  | 'html-tag'
  | 'hidden-html-element'
  | 'collapsed-details'
  | 'link-definition'
  | 'link-destination'
  | 'autolink'
  | 'image'
  | 'strikethrough'
  | 'unused-footnote'
  | 'dropped-table-cell'
  | 'math'
  | 'tiny-text'
  | 'bidi-markup';

/** A source range [start, end) hidden for one reason. */
export interface HiddenSpan {
  start: number;
  end: number;
  kind: HiddenKind;
}

export interface VisibleMarkdown {
  /**
   * What a reviewer reads on GitHub: the rendered text, entities decoded,
   * whitespace runs (line breaks inside a paragraph too) as one space, and a
   * line break between blocks and around anything that is not prose.
   */
  text: string;
  /** Where the character at an index of `text` is in the source. */
  sourceIndex(index: number): number;
  /** Why the source character at `index` is not read as prose (the innermost reason), or undefined. */
  hiddenAt(index: number): HiddenKind | undefined;
}

/**
 * Reads a description the way GitHub renders it: parsed as CommonMark + GFM,
 * its HTML built as a browser would, then only the text a reader sees. Where
 * GitHub's rendering is uncertain (elements it escapes or drops) it hides
 * more rather than less: a reference wrongly hidden fails visibly, one wrongly
 * shown would pass unseen.
 */
export function visibleMarkdown(markdown: string): VisibleMarkdown {
  assertReadable(markdown);
  try {
    return read(markdown);
  } catch (error) {
    // Past the limits, something still nested deeper than the stack: nothing a person writes does.
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigurationError('the PR description nests too deeply to be read as GitHub renders it.', {
      field: 'description',
      fix: 'nest quotes, lists, emphasis and HTML elements less deeply.',
    });
  }
}

function read(markdown: string): VisibleMarkdown {
  const { source, tree, originalIndex } = githubReading(markdown);
  const toOriginal = (index: number) => (originalIndex ? (originalIndex[index] ?? markdown.length) : index);
  const syntaxSpans = markdownHiddenSpans(tree, source);
  const rendered = renderedText(renderGithubMarkdown(tree, source), source, autolinkStarts(syntaxSpans));
  // Later spans win ties: for raw HTML the HTML tree's reason is more precise than "HTML".
  const spans = [...syntaxSpans, ...rendered.hidden];

  let text = rendered.text;
  for (const math of texMathWithCommands(text)) {
    spans.push({ start: rendered.sourceIndex[math.start]!, end: rendered.sourceIndex[math.end - 1]! + 1, kind: 'math' });
    text = text.slice(0, math.start) + BLOCK_BREAK.repeat(math.end - math.start) + text.slice(math.end);
  }
  const originalSpans = spans.map((span) => ({ start: toOriginal(span.start), end: toOriginal(span.end), kind: span.kind }));

  return {
    text,
    sourceIndex: (index) => toOriginal(rendered.sourceIndex[Math.min(index, rendered.sourceIndex.length - 1)] ?? 0),
    hiddenAt(index) {
      let innermost: HiddenSpan | undefined;
      for (const span of originalSpans) {
        if (index < span.start || index >= span.end) continue;
        if (!innermost || span.end - span.start <= innermost.end - innermost.start) innermost = span;
      }
      return innermost?.kind;
    },
  };
}

/** The text micromark should parse to build the tree GitHub's renderer builds, and that tree. */
function githubReading(markdown: string): { source: string; tree: MarkdownRoot; originalIndex?: Int32Array } {
  let source = markdown;
  let tree = parseGithubMarkdown(markdown);
  let originalIndex: Int32Array | undefined;
  // A rewrite can bring another lone tag into view; a few rounds settle every case seen.
  for (let round = 0; round < 3; round += 1) {
    const rewritten = asCmarkReads(source, tree);
    if (!rewritten) break;
    const previous = originalIndex;
    originalIndex = previous ? rewritten.originalIndex.map((i) => previous[i] ?? markdown.length) : rewritten.originalIndex;
    source = rewritten.markdown;
    tree = parseGithubMarkdown(source);
  }
  return { source, tree, ...(originalIndex ? { originalIndex } : {}) };
}

import { closesFence, fenceOpening, indentWidth, isBlank, leadingWhitespace, linesWithOffsets, listMarker, stripQuotePrefix, type Fence } from './markdown-lines.js';

/** Why a stretch of a description is not shown as text to the reader. */
export type HiddenKind = 'fenced-code' | 'indented-code' | 'inline-code' | 'html-comment' | 'html-tag' | 'link-definition';

export interface VisibleMarkdown {
  /** The input with hidden stretches replaced by spaces (line breaks kept): same length, same offsets. */
  text: string;
  /** Why the character at an input index is hidden, or undefined when it is shown as text. */
  hiddenAt(index: number): HiddenKind | undefined;
}

interface HiddenRange {
  start: number;
  end: number;
  kind: HiddenKind;
}

/**
 * Finds what GitHub does not render as prose: fenced and indented code, inline
 * code, HTML comments and tags, link reference definitions. Where markdown is
 * ambiguous it hides more rather than less: a reference wrongly hidden fails
 * visibly, one wrongly shown would pass unseen.
 */
export function visibleMarkdown(input: string): VisibleMarkdown {
  const found = blockRanges(input);
  found.push(...inlineRanges(input, found));
  found.sort((a, b) => a.start - b.start);
  // An unclosed comment or code span can run over a later block: merge, keeping the earlier kind.
  const ranges: HiddenRange[] = [];
  for (const r of found) {
    const last = ranges[ranges.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else ranges.push({ ...r });
  }

  const parts: string[] = [];
  let pos = 0;
  for (const r of ranges) {
    parts.push(input.slice(pos, r.start), input.slice(r.start, r.end).replace(/[^\n]/g, ' '));
    pos = r.end;
  }
  parts.push(input.slice(pos));

  return {
    text: parts.join(''),
    hiddenAt(index) {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = ranges[mid]!;
        if (index < r.start) hi = mid - 1;
        else if (index >= r.end) lo = mid + 1;
        else return r.kind;
      }
      return undefined;
    },
  };
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

function blockRanges(input: string): HiddenRange[] {
  const ranges: HiddenRange[] = [];
  let fence: Fence | undefined;
  let previousBlank = true;
  let previousCode = false;
  let listContentIndent = -1;
  for (const { line, offset } of linesWithOffsets(input)) {
    const end = offset + line.length;
    if (fence) {
      ranges.push({ start: offset, end, kind: 'fenced-code' });
      if (closesFence(line, fence)) {
        fence = undefined;
        // A closed fence ends its block: an indented line after it starts code, not a continuation.
        previousBlank = true;
      }
      continue;
    }
    const opened = fenceOpening(line, Infinity);
    if (opened) {
      fence = opened;
      ranges.push({ start: offset, end, kind: 'fenced-code' });
      previousCode = false;
      continue;
    }
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    const rest = stripQuotePrefix(line);
    if (ATX_HEADING.test(rest)) {
      // A heading is a block of its own: an indented line after it starts code.
      previousBlank = true;
      previousCode = false;
      continue;
    }
    const indent = indentWidth(leadingWhitespace(rest));
    const base = Math.max(listContentIndent, 0);
    if (indent >= base + 4 && (previousBlank || previousCode)) {
      ranges.push({ start: offset, end, kind: 'indented-code' });
      previousCode = true;
      previousBlank = false;
      continue;
    }
    previousCode = false;
    if (LINK_DEFINITION.test(rest) && previousBlank) {
      ranges.push({ start: offset, end, kind: 'link-definition' });
      continue;
    }
    const marker = listMarker(rest);
    if (marker && marker.indent < base + 4) listContentIndent = marker.contentIndent;
    else if (previousBlank && indent < base) listContentIndent = -1;
    previousBlank = false;
  }
  return ranges;
}

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const BLANK_LINE = /\n[ \t>]*\r?\n/g;

/** Inline code spans, HTML comments and tags, scanned left to right outside block ranges. */
function inlineRanges(input: string, blocks: HiddenRange[]): HiddenRange[] {
  const hiddenByBlock = new Uint8Array(input.length);
  for (const r of blocks) hiddenByBlock.fill(1, r.start, r.end);
  const paragraphEnds = [...input.matchAll(BLANK_LINE)].map((m) => m.index);
  const paragraphEnd = (from: number): number => {
    // Code spans do not cross a blank line.
    let lo = 0;
    let hi = paragraphEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphEnds[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return paragraphEnds[lo] ?? input.length;
  };

  const ranges: HiddenRange[] = [];
  let i = 0;
  while (i < input.length) {
    if (hiddenByBlock[i]) {
      i += 1;
      continue;
    }
    const ch = input[i];
    if (ch === '`') {
      let n = 1;
      while (input[i + n] === '`') n += 1;
      const close = findBacktickRun(input, i + n, n, paragraphEnd(i));
      if (close >= 0) {
        ranges.push({ start: i, end: close + n, kind: 'inline-code' });
        i = close + n;
      } else {
        i += n;
      }
      continue;
    }
    if (ch === '<') {
      if (input.startsWith('<!--', i)) {
        // `<!-->` and `<!--->` are complete comments; an unclosed one hides the rest.
        let end: number;
        if (input.startsWith('<!-->', i)) end = i + 5;
        else if (input.startsWith('<!--->', i)) end = i + 6;
        else {
          const close = input.indexOf('-->', i + 4);
          end = close < 0 ? input.length : close + 3;
        }
        ranges.push({ start: i, end, kind: 'html-comment' });
        i = end;
        continue;
      }
      HTML_TAG.lastIndex = i;
      const tag = HTML_TAG.exec(input);
      if (tag) {
        ranges.push({ start: i, end: i + tag[0].length, kind: 'html-tag' });
        i += tag[0].length;
        continue;
      }
    }
    i += 1;
  }
  return ranges;
}

/** Start of the next run of exactly `n` backticks in [from, limit), or -1. */
function findBacktickRun(input: string, from: number, n: number, limit: number): number {
  let j = input.indexOf('`', from);
  while (j >= 0 && j < limit) {
    let run = 1;
    while (input[j + run] === '`') run += 1;
    if (run === n) return j;
    j = input.indexOf('`', j + run);
  }
  return -1;
}

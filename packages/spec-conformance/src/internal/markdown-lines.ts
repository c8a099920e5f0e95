/**
 * Line-level markdown structure shared by the spec parser and the description
 * scanner: code fences, list markers and indentation, as CommonMark defines them.
 */
export interface Fence {
  char: '`' | '~';
  length: number;
}

/** Leading blockquote markers (`> > `), which do not change what a line is. */
const QUOTE_PREFIX = /^(?:[ \t]{0,3}>[ \t]?)*/;

export function stripQuotePrefix(line: string): string {
  return line.replace(QUOTE_PREFIX, '');
}

/**
 * The fence a line opens, if any. `maxIndent` is 3 for CommonMark; the
 * description scanner passes Infinity because a fence it misses would let a
 * reference inside code count, while one it over-detects only hides text.
 */
export function fenceOpening(line: string, maxIndent = 3): Fence | undefined {
  const rest = stripQuotePrefix(line);
  const m = /^([ \t]*)(`{3,}|~{3,})(.*)$/.exec(rest);
  if (!m || indentWidth(m[1]!) > maxIndent) return undefined;
  const marks = m[2]!;
  // A backtick fence's info string cannot contain backticks (then it is inline code).
  if (marks[0] === '`' && m[3]!.includes('`')) return undefined;
  return { char: marks[0] as Fence['char'], length: marks.length };
}

export function closesFence(line: string, fence: Fence): boolean {
  const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(stripQuotePrefix(line));
  return m !== null && m[1]![0] === fence.char && m[1]!.length >= fence.length;
}

/** Columns of leading whitespace, tabs to the next multiple of four. */
export function indentWidth(prefix: string): number {
  let width = 0;
  for (const ch of prefix) {
    if (ch === '\t') width += 4 - (width % 4);
    else if (ch === ' ') width += 1;
    else break;
  }
  return width;
}

export function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

export function isBlank(line: string): boolean {
  return /^[ \t>]*\r?$/.test(line);
}

export interface ListMarker {
  /** Columns before the marker. */
  indent: number;
  /** Columns from the line start to the item's content (what nested blocks indent to). */
  contentIndent: number;
  /** The item's text on this line. */
  text: string;
}

/** `- x`, `* x`, `+ x`, `1. x`, `1) x`, and `• x` as pasted from documents. */
const LIST_MARKER = /^([ \t]*)([-*+•]|\d{1,9}[.)])([ \t]+|[ \t]*$)(.*)$/;

export function listMarker(line: string): ListMarker | undefined {
  const m = LIST_MARKER.exec(line);
  if (!m) return undefined;
  const indent = indentWidth(m[1]!);
  const gap = indentWidth(m[3]!);
  // Five or more spaces after the marker start an indented code block inside the item.
  const contentIndent = indent + m[2]!.length + (gap >= 1 && gap <= 4 ? gap : 1);
  return { indent, contentIndent, text: m[4]!.trim() };
}

/**
 * Splits text into lines with the offset of each line's first character. A
 * line's trailing CR is dropped (PR bodies from the API often use CRLF), so
 * end-anchored patterns see the line as the reader does.
 */
export function linesWithOffsets(text: string): { line: string; offset: number }[] {
  const out: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    out.push({ line: raw.endsWith('\r') ? raw.slice(0, -1) : raw, offset });
    offset += raw.length + 1;
  }
  return out;
}

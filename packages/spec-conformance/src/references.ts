import { BIDI_CONTROL, INVISIBLE, stripInvisible } from './internal/invisible-characters.js';
import { BLOCK_BREAK } from './internal/rendered-text.js';
import { visibleMarkdown, type HiddenKind } from './internal/visible-markdown.js';
import type { SpecClause, SpecDocument, SpecSection } from './spec-document.js';

/** One spec section or clause a description names. */
export interface SpecReference {
  /** Dotted section number as written: "3", "3.4". */
  section: string;
  /** The clause number, when written as `clause N`. */
  clause?: number;
  /** Parenthesised titles cited after the number and/or after the clause. */
  titles: string[];
  /** The parenthesis right after the number: a title of what the number names. */
  numberTitle?: string;
  /** The parenthesis after `clause N`: a title of the clause, or words describing it. */
  clauseTitle?: string;
  /** The reference as written, e.g. "§3 (Authorized scope) clause 4". */
  text: string;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
}

export type IgnoredReason = HiddenKind | 'invisible-characters' | 'bidi-control';

/** Something that reads like a reference but does not count, and why. */
export interface IgnoredReference {
  text: string;
  line: number;
  column: number;
  reason: IgnoredReason;
}

export interface ReferenceScan {
  references: SpecReference[];
  ignored: IgnoredReference[];
}

const SP = '[ \\t\\u00a0]';
const NUMBER = '(\\d{1,4}(?:\\.\\d{1,4})*)(?!\\w|\\.\\d)';
const TITLE = `(?:${SP}*\\(([^()\\n]{1,200})\\))?`;
const CLAUSE_SEPARATOR = `(?:${SP}*,${SP}*(?:and${SP}+)?|${SP}+and${SP}+)`;
const CLAUSES = `${SP}*,?${SP}*\\b(clause${SP}+\\d{1,4}|clauses${SP}+\\d{1,4}(?:${CLAUSE_SEPARATOR}\\d{1,4})*)(?!\\w|\\.\\d)`;
/**
 * `§3`, `§ 3`, `§3.4`, `section 3`, each optionally followed by a
 * parenthesised title, then optionally `clause 4` (or `clauses 2 and 4`) and
 * a parenthesis about the clause.
 */
const REFERENCE_SOURCE = `(?:§${SP}?|\\bsection${SP}+)${NUMBER}${TITLE}(?:${CLAUSES}${TITLE})?`;
const REFERENCE = new RegExp(REFERENCE_SOURCE, 'gi');
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE_SOURCE}$`, 'i');

function toReferences(m: RegExpExecArray | RegExpMatchArray, line: number, column: number): SpecReference[] {
  const numberTitle = m[2]?.trim();
  const clauseTitle = m[4]?.trim();
  const titles = [numberTitle, clauseTitle].filter((t): t is string => t !== undefined);
  const base: SpecReference = {
    section: m[1]!,
    titles,
    ...(numberTitle === undefined ? {} : { numberTitle }),
    ...(clauseTitle === undefined ? {} : { clauseTitle }),
    text: m[0],
    line,
    column,
  };
  if (m[3] === undefined) return [base];
  return [...m[3].matchAll(/\d+/g)].map((n) => ({ ...base, clause: Number.parseInt(n[0], 10) }));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(starts: number[], index: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo]! + 1 };
}

/**
 * Every spec reference a PR description makes, as a reviewer reads it on
 * GitHub (see visible-markdown.ts): what is in code, comments, HTML tags and
 * attributes, link destinations and titles, images, URLs, struck text,
 * collapsed details, definitions and footnotes GitHub does not show does not
 * count; entities are decoded and markup inside a reference (`§**3**`) is
 * read through. Nor does a reference with an invisible character in or next
 * to it, or in a block with a bidi control (which can make a line display
 * differently from what it says). Those are returned as `ignored` so a report
 * can say why nothing counted.
 */
export function findReferences(body: string): ReferenceScan {
  const starts = lineStarts(body);
  const visible = visibleMarkdown(body);
  const stripped = stripInvisible(visible.text);
  const references: SpecReference[] = [];
  const ignored: IgnoredReference[] = [];
  const readRanges: { start: number; end: number }[] = [];

  for (const m of stripped.text.matchAll(REFERENCE)) {
    const start = stripped.originalIndex(m.index);
    const end = stripped.originalIndex(m.index + m[0].length - 1) + 1;
    const sourceStart = visible.sourceIndex(start);
    const sourceEnd = visible.sourceIndex(end - 1) + 1;
    readRanges.push({ start: sourceStart, end: sourceEnd });
    const where = locate(starts, sourceStart);
    const blockStart = visible.text.lastIndexOf(BLOCK_BREAK, start) + 1;
    const blockEnd = visible.text.indexOf(BLOCK_BREAK, end);
    const block = visible.text.slice(blockStart, blockEnd < 0 ? visible.text.length : blockEnd);
    const reason: IgnoredReason | undefined = BIDI_CONTROL.test(block)
      ? 'bidi-control'
      : end - start !== m[0].length || INVISIBLE.test(visible.text.charAt(start - 1)) || INVISIBLE.test(visible.text.charAt(end))
        ? 'invisible-characters'
        : undefined;
    if (reason) ignored.push({ text: visible.text.slice(start, end), line: where.line, column: where.column, reason });
    else references.push(...toReferences(m, where.line, where.column));
  }

  // What reads as a reference only in the source, inside something not shown: reported, never counted.
  readRanges.sort((a, b) => a.start - b.start);
  for (const m of body.matchAll(REFERENCE)) {
    if (withinRead(readRanges, m.index)) continue;
    const kind = visible.hiddenAt(m.index);
    if (!kind) continue;
    const where = locate(starts, m.index);
    ignored.push({ text: m[0], line: where.line, column: where.column, reason: kind });
  }
  ignored.sort((a, b) => a.line - b.line || a.column - b.column);
  return { references, ignored };
}

/** Whether a source index lies in one of the ranges (sorted by start) the reader's text came from. */
function withinRead(ranges: readonly { start: number; end: number }[], index: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= index) lo = mid + 1;
    else hi = mid - 1;
  }
  const candidate = ranges[hi];
  return candidate !== undefined && index < candidate.end;
}

/**
 * The references one citation string makes (a ticket's `spec` entry, a spec
 * map key): `§3.6`, `§3 clause 6`, `section 3 clauses 2 and 4`. Empty when the
 * whole string is not a citation.
 */
export function parseSpecReference(text: string): SpecReference[] {
  const trimmed = text.trim();
  const m = WHOLE_REFERENCE.exec(trimmed);
  return m ? toReferences(m, 1, 1) : [];
}

export type ResolvedReference =
  | { found: true; key: string; section: SpecSection; clause?: SpecClause }
  | { found: false; key: string; problem: string };

/** The canonical name of a target: `§3`, `§3.4`, `§3 clause 4`. */
export function referenceKey(section: string, clause?: number): string {
  return clause === undefined ? `§${section}` : `§${section} clause ${clause}`;
}

function sectionList(spec: SpecDocument): string {
  const ids = spec.sections.map((s) => `§${s.id}`);
  return ids.length > 30 ? `${ids.slice(0, 30).join(', ')}, …` : ids.join(', ');
}

/**
 * What a reference names in the spec at base. `§N.M` is section N.M when the
 * spec has that heading, else clause M of section N (so a ticket's "§3.6"
 * names the sixth clause of §3 in a spec without sub-sections).
 */
export function resolveReference(spec: SpecDocument, ref: { section: string; clause?: number }): ResolvedReference {
  const section = spec.byId.get(ref.section);
  if (ref.clause !== undefined) {
    const key = referenceKey(ref.section, ref.clause);
    if (!section) return { found: false, key, problem: `the spec has no §${ref.section} (its sections: ${sectionList(spec)})` };
    const clause = section.clauses[ref.clause - 1];
    if (!clause) {
      return { found: false, key, problem: `§${section.id} (${section.title}) has ${section.clauses.length} clause(s), not ${ref.clause}` };
    }
    return { found: true, key, section, clause };
  }
  if (section) return { found: true, key: referenceKey(section.id), section };
  const dot = ref.section.lastIndexOf('.');
  if (dot > 0) {
    const parentId = ref.section.slice(0, dot);
    const number = Number.parseInt(ref.section.slice(dot + 1), 10);
    const parent = spec.byId.get(parentId);
    const clause = parent?.clauses[number - 1];
    if (parent && clause && number > 0) return { found: true, key: referenceKey(parentId, number), section: parent, clause };
    if (parent) {
      return {
        found: false,
        key: referenceKey(ref.section),
        problem: `the spec has no §${ref.section} section, and §${parentId} (${parent.title}) has ${parent.clauses.length} clause(s), not ${number}`,
      };
    }
  }
  return { found: false, key: referenceKey(ref.section), problem: `the spec has no §${ref.section} (its sections: ${sectionList(spec)})` };
}

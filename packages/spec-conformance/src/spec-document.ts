import { closesFence, fenceOpening, indentWidth, isBlank, leadingWhitespace, listMarker, type Fence } from './internal/markdown-lines.js';

/** One list item of a section, numbered from 1 in document order. */
export interface SpecClause {
  number: number;
  text: string;
  /** 1-based line of the item in the spec file. */
  line: number;
}

/** A `### §4 Cost Posture sub-block` heading: part of §4, its list items are §4 clauses. */
export interface SpecSubBlock {
  title: string;
  line: number;
}

export interface SpecSection {
  /** Dotted number without the sign: "3", "3.4". */
  id: string;
  title: string;
  line: number;
  /** Heading level (number of `#`). */
  level: number;
  subBlocks: SpecSubBlock[];
  clauses: SpecClause[];
}

export interface SpecDocument {
  sections: SpecSection[];
  byId: ReadonlyMap<string, SpecSection>;
}

const SECTION_HEADING = /^ {0,3}(#{1,6})[ \t]+§[ \t]?(\d{1,4}(?:\.\d{1,4})*)(?![\w.])[ \t]*[.:\u2013\u2014-]?[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*\r?$/;
const ANY_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|\r?$)/;

/**
 * Parses the spec markdown. Sections are ATX headings carrying `§N` or `§N.M`;
 * a second heading with a number already seen (e.g. `### §4 Cost Posture
 * sub-block` under `## §4 …`) is a sub-block of that section. A section's
 * clauses are its top-level list items, sub-blocks included, numbered from 1;
 * nested items and continuation lines belong to their clause. Code blocks and
 * HTML comments hold neither headings nor clauses. A heading without `§` at
 * the section's level or above ends the section.
 */
export function parseSpec(markdown: string): SpecDocument {
  const sections: SpecSection[] = [];
  const byId = new Map<string, SpecSection>();
  let current: SpecSection | undefined;
  let fence: Fence | undefined;
  let inComment = false;
  let listContentIndent = -1;
  let previousBlank = true;
  let lastClause: SpecClause | undefined;

  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.replace(/\r$/, '');
    const lineNumber = i + 1;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    // An HTML comment block is not rendered: its items are no clauses a reader could count.
    if (/^ {0,3}<!--/.test(line)) {
      inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
      continue;
    }
    const opened = fenceOpening(line);
    if (opened) {
      fence = opened;
      continue;
    }
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    const indent = indentWidth(leadingWhitespace(line));
    const inList = listContentIndent >= 0;
    // An indented code block outside a list: neither headings nor clauses.
    if (!inList && indent >= 4 && previousBlank) continue;

    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      const id = heading[2]!;
      const title = heading[3]!.trim();
      const existing = byId.get(id);
      if (existing) {
        existing.subBlocks.push({ title, line: lineNumber });
        current = existing;
      } else {
        current = { id, title, line: lineNumber, level: heading[1]!.length, subBlocks: [], clauses: [] };
        sections.push(current);
        byId.set(id, current);
      }
      listContentIndent = -1;
      lastClause = undefined;
      previousBlank = false;
      continue;
    }
    const plainHeading = ANY_HEADING.exec(line);
    if (plainHeading) {
      if (current && plainHeading[1]!.length <= current.level) current = undefined;
      listContentIndent = -1;
      lastClause = undefined;
      previousBlank = false;
      continue;
    }

    const marker = listMarker(line);
    if (marker && (inList ? marker.indent < listContentIndent : marker.indent < 4)) {
      listContentIndent = marker.contentIndent;
      if (current) {
        lastClause = { number: current.clauses.length + 1, text: marker.text, line: lineNumber };
        current.clauses.push(lastClause);
      }
      previousBlank = false;
      continue;
    }
    if (inList && (indent >= listContentIndent || !previousBlank)) {
      // A nested item or a continuation line: part of the clause's text.
      if (lastClause) lastClause.text = `${lastClause.text} ${marker ? marker.text : line.trim()}`.trim();
    } else {
      listContentIndent = -1;
      lastClause = undefined;
    }
    previousBlank = false;
  }
  return { sections, byId };
}

/** Lower case, letters and digits only, single spaces: "NOT-authorized scope" → "not authorized scope". */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titleVariants(title: string): string[] {
  const full = normalizeTitle(title);
  // "Composition Declaration sub-block (Pattern E — mode-switching)" may be cited without its parenthesis.
  const withoutParenthesis = normalizeTitle(title.replace(/\s*\([^()]*\)\s*$/, ''));
  const variants = new Set([full, withoutParenthesis]);
  for (const v of [...variants]) variants.add(v.replace(/ sub block$/, ''));
  variants.delete('');
  return [...variants];
}

/**
 * Whether a cited title names the section: its heading title or one of its
 * sub-block titles, ignoring case and punctuation; for a clause, the clause's
 * opening words also count ("§6 clause 4 (Spec-conformance gate)").
 */
export function titleMatches(section: SpecSection, cited: string, clause?: SpecClause): boolean {
  const wanted = normalizeTitle(cited);
  if (wanted === '') return false;
  const accepted = [section.title, ...section.subBlocks.map((b) => b.title)].flatMap(titleVariants);
  if (accepted.some((t) => t === wanted || t.replace(/ sub block$/, '') === wanted)) return true;
  if (clause) {
    const text = normalizeTitle(clause.text);
    return text === wanted || text.startsWith(`${wanted} `);
  }
  return false;
}

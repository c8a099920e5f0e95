import type { Nodes } from 'mdast';
import { parseGithubMarkdown } from './internal/github-markdown.js';

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

/** A heading's text that opens a section: `§3 Authorized scope`, `§ 4.1: Limits`, `§4 — Cost`. */
const SECTION_TITLE = /^§[ \t\u00a0]?(\d{1,4}(?:\.\d{1,4})*)(?![\w.])[ \t]*[.:\u2013\u2014-]?[ \t]*(.*)$/;

/**
 * Parses the spec with the same CommonMark + GFM parser that reads the
 * description. Sections are headings whose text starts with `§N` or `§N.M`; a
 * second heading with a number already seen (e.g. `### §4 Cost Posture
 * sub-block` under `## §4 …`) is a sub-block of that section. A section's
 * clauses are the items of its top-level lists, sub-blocks included, numbered
 * from 1; nested items and continuation lines belong to their clause. Code
 * blocks and HTML hold neither headings nor clauses. A heading without `§` at
 * the section's level or above ends the section.
 */
export function parseSpec(markdown: string): SpecDocument {
  const sections: SpecSection[] = [];
  const byId = new Map<string, SpecSection>();
  let current: SpecSection | undefined;

  for (const node of parseGithubMarkdown(markdown).children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const heading = SECTION_TITLE.exec(plainText(node));
      if (!heading) {
        if (current && node.depth <= current.level) current = undefined;
        continue;
      }
      const id = heading[1]!;
      const title = heading[2]!.trim();
      const existing = byId.get(id);
      if (existing) {
        existing.subBlocks.push({ title, line });
        current = existing;
      } else {
        current = { id, title, line, level: node.depth, subBlocks: [], clauses: [] };
        sections.push(current);
        byId.set(id, current);
      }
    } else if (node.type === 'list' && current) {
      for (const item of node.children) {
        current.clauses.push({ number: current.clauses.length + 1, text: plainText(item), line: item.position?.start.line ?? line });
      }
    }
  }
  return { sections, byId };
}

/** The words of a heading or list item as GitHub shows them: markup, raw HTML and URLs dropped, whitespace collapsed. */
function plainText(node: Nodes): string {
  const words: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'text' || n.type === 'inlineCode') words.push(n.value);
    else if (n.type === 'break') words.push(' ');
    else if ('children' in n && n.type !== 'footnoteDefinition') {
      for (const child of n.children) {
        visit(child);
        // Blocks inside an item (paragraphs, nested lists) read as one run of text.
        if (child.type === 'paragraph' || child.type === 'list' || child.type === 'listItem' || child.type === 'heading') words.push(' ');
      }
    }
  };
  visit(node);
  return words.join('').replace(/\s+/g, ' ').trim();
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

/**
 * The sections whose title (or a sub-block's) the text cites. A parenthesis
 * after a clause is words about the clause unless it is some section's title:
 * then it is a title citation, right or wrong.
 */
export function sectionsTitled(spec: SpecDocument, cited: string): SpecSection[] {
  return spec.sections.filter((s) => titleMatches(s, cited));
}

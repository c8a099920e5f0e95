import type { Finding } from '@agent-guards/action-kit';
import type { Ticket } from '@agent-guards/config';
import { findReferences, parseSpecReference, referenceKey, resolveReference, type IgnoredReason, type ReferenceScan, type SpecReference } from './references.js';
import { normalizeTitle, sectionsTitled, titleMatches, type SpecClause, type SpecDocument, type SpecSection } from './spec-document.js';

/** A section or clause the description names, resolved at base. */
export interface NamedTarget {
  /** Canonical key: `§3`, `§3.4`, `§3 clause 9`. */
  key: string;
  section: SpecSection;
  clause?: SpecClause;
  /** Where the description names it (first mention first). */
  references: SpecReference[];
}

export interface DescriptionCheckInput {
  spec: SpecDocument;
  /** Repo-relative path of the spec, for messages. */
  specPath: string;
  body: string;
  ticket?: Ticket;
  /** Where the body came from (the CLI's --body-file), so findings point at its lines. */
  bodyPath?: string;
  /** Where the ticket came from, so its findings point at the file. */
  ticketPath?: string;
}

export interface DescriptionCheck {
  findings: Finding[];
  targets: NamedTarget[];
  scan: ReferenceScan;
}

const IGNORED_WHY: Record<IgnoredReason, string> = {
  'fenced-code': 'in a code block',
  'indented-code': 'in an indented code block',
  'inline-code': 'in inline code',
  'html-code': 'in HTML code markup (<code>, <pre>, <kbd>, <samp>, <tt>)',
  'html-comment': 'in an HTML comment',
  'html-tag': 'inside an HTML tag or attribute',
  'hidden-html-element': 'in an HTML element GitHub does not show (<script>, <style>, <template>, <rp>, …)',
  'collapsed-details': 'in a collapsed <details> block, outside its <summary>',
  'link-definition': 'in a link definition',
  'link-destination': "in a link's URL, title or reference label",
  autolink: 'in a URL',
  image: "in an image's alt text or URL",
  strikethrough: 'in struck-through text',
  'unused-footnote': 'in a footnote GitHub does not show (nothing refers to it, or its label is defined before)',
  'dropped-table-cell': "in a table cell past the header's columns, which GitHub drops",
  math: 'in math with TeX commands, which can render as anything',
  'tiny-text': 'in text shrunk past reading by nested <sup>, <sub>, <small>',
  'bidi-markup': 'in text whose display order HTML changes (<bdo>, dir=…)',
  'invisible-characters': 'written with invisible characters',
  'bidi-control': 'in a paragraph with bidi control characters',
};

/** "§3 (Authorized scope) clause 9" — how findings name a target. */
export function describeTarget(section: SpecSection, clause?: SpecClause): string {
  return clause ? `§${section.id} (${section.title}) clause ${clause.number}` : `§${section.id} (${section.title})`;
}

function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The description half of the guard, pure so the runner can check the PR body
 * it is about to open: references exist at base, cited titles match, the
 * ticket's sections are named, and the description names something at all.
 */
export function checkDescription(input: DescriptionCheckInput): DescriptionCheck {
  const { spec, specPath, body, ticket } = input;
  const findings: Finding[] = [];
  const at = (line: number): Pick<Finding, 'path' | 'line'> => (input.bodyPath ? { path: input.bodyPath, line } : {});
  const where = (ref: { line: number }) => `description line ${ref.line}`;
  const scan = findReferences(body);

  for (const ignored of scan.ignored) {
    // Written to read differently from what it says: worth a warning even when another reference counts.
    if (ignored.reason !== 'invisible-characters' && ignored.reason !== 'bidi-control' && ignored.reason !== 'bidi-markup') continue;
    findings.push({
      rule: 'invisible-spec-reference',
      severity: 'warning',
      message: `'${excerpt(ignored.text)}' at ${where(ignored)} is ${IGNORED_WHY[ignored.reason]} and does not count. Fix: retype the reference as plain text.`,
      ...at(ignored.line),
    });
  }

  if (scan.references.length === 0) {
    const ignoredNote =
      scan.ignored.length > 0
        ? ` ${scan.ignored.length} reference-like text(s) did not count: ${[...new Set(scan.ignored.map((i) => IGNORED_WHY[i.reason]))].join(', ')}.`
        : '';
    findings.push({
      rule: 'missing-spec-reference',
      severity: 'error',
      message: `The PR description names no section of ${specPath}.${ignoredNote} Fix: add a line such as 'Implements §3 (Authorized scope) clause 9' naming the section the change implements, as plain text.`,
    });
  }

  const targets = new Map<string, NamedTarget>();
  // The same mistake repeated is one finding at its first line, with a count.
  const repeated = new Map<string, { finding: Finding; more: number }>();
  const once = (key: string, finding: Finding) => {
    const seen = repeated.get(key);
    if (seen) seen.more += 1;
    else repeated.set(key, { finding, more: 0 });
  };
  for (const ref of scan.references) {
    const resolved = resolveReference(spec, ref);
    if (!resolved.found) {
      once(`unknown\0${resolved.key}`, {
        rule: 'unknown-spec-section',
        severity: 'error',
        message: `'${excerpt(ref.text)}' at ${where(ref)}: ${resolved.problem} in ${specPath} at the base commit. Fix: name an existing section or clause.`,
        ...at(ref.line),
      });
      continue;
    }
    for (const { title, clause } of citedTitles(spec, ref, resolved.section, resolved.clause)) {
      if (titleMatches(resolved.section, title, clause)) continue;
      once(`title\0${resolved.section.id}\0${normalizeTitle(title)}`, {
        rule: 'spec-title-mismatch',
        severity: 'error',
        message: `'${excerpt(ref.text)}' at ${where(ref)} cites the title '${title}', but §${resolved.section.id} is '${resolved.section.title}'. Fix: write '§${resolved.section.id} (${resolved.section.title})' or drop the parenthesis.`,
        ...at(ref.line),
      });
    }
    const target = targets.get(resolved.key);
    if (target) target.references.push(ref);
    else targets.set(resolved.key, { key: resolved.key, section: resolved.section, ...(resolved.clause ? { clause: resolved.clause } : {}), references: [ref] });
  }
  for (const { finding, more } of repeated.values()) {
    findings.push(more > 0 ? { ...finding, message: finding.message.replace(/\. Fix: /, ` (and ${more} more time(s) in the description). Fix: `) } : finding);
  }

  if (ticket) findings.push(...ticketLinkage(spec, specPath, ticket, [...targets.values()], input.ticketPath));
  return { findings, targets: [...targets.values()], scan };
}

/**
 * The parentheses of a reference that cite a title, each compared with the
 * title of what it follows. After a section number it is that section's
 * title. A clause has no title of its own but its opening words, so after
 * `clause N` (or after `§3.9` naming clause 9) a parenthesis is a title only
 * when it is one: the clause's opening words or some section's title; any
 * other words describe the clause (`§3 clause 9 (dev dependency updates)`).
 */
function citedTitles(spec: SpecDocument, ref: SpecReference, section: SpecSection, clause: SpecClause | undefined): { title: string; clause?: SpecClause }[] {
  const aboutClause = (title: string) => (titleMatches(section, title, clause) || sectionsTitled(spec, title).length > 0 ? [{ title, clause }] : []);
  const cited: { title: string; clause?: SpecClause }[] = [];
  if (ref.numberTitle !== undefined) {
    const numberNamesClause = clause !== undefined && ref.clause === undefined;
    cited.push(...(numberNamesClause ? aboutClause(ref.numberTitle) : [{ title: ref.numberTitle }]));
  }
  if (ref.clauseTitle !== undefined) cited.push(...aboutClause(ref.clauseTitle));
  return cited;
}

/** Each section the ticket implements must be named; a ticket clause needs the clause, a ticket section any part of it. */
function ticketLinkage(spec: SpecDocument, specPath: string, ticket: Ticket, targets: NamedTarget[], ticketPath?: string): Finding[] {
  const findings: Finding[] = [];
  const file = ticketPath ? { path: ticketPath } : {};
  for (const entry of ticket.spec) {
    const [ref, ...more] = parseSpecReference(entry);
    if (!ref || more.length > 0) {
      findings.push({
        rule: 'unknown-spec-section',
        severity: 'error',
        message: `ticket ${ticket.id} lists '${entry}' under spec, which is not one section reference. Fix: write entries such as '§3' or '§3.6' in the ticket.`,
        ...file,
      });
      continue;
    }
    const resolved = resolveReference(spec, ref);
    if (!resolved.found) {
      findings.push({
        rule: 'unknown-spec-section',
        severity: 'error',
        message: `ticket ${ticket.id} implements '${entry}', but ${resolved.problem} in ${specPath} at the base commit. Fix: correct the ticket's spec list.`,
        ...file,
      });
      continue;
    }
    const named = targets.some((t) => t.key === resolved.key || (!resolved.clause && t.section === resolved.section));
    if (!named) {
      const name = referenceKey(resolved.section.id, resolved.clause?.number);
      findings.push({
        rule: 'ticket-spec-not-referenced',
        severity: 'error',
        message: `ticket ${ticket.id} implements ${describeTarget(resolved.section, resolved.clause)}, which the PR description does not name. Fix: add '${name}' to the description.`,
      });
    }
  }
  return findings;
}

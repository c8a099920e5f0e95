import { describe, expect, it } from 'vitest';
import { checkDescription, findReferences, parseSpec, parseSpecReference, resolveReference } from '@agent-guards/spec-conformance';
import { SPEC_MARKDOWN, SPEC_PATH } from './helpers.js';

const spec = parseSpec(SPEC_MARKDOWN);

interface GrammarCase {
  name: string;
  body: string;
  /** Canonical keys of the targets named, in order. */
  targets: string[];
  /** Rules of the findings, sorted. */
  rules: string[];
}

const ZWSP = '\u200b';
const ZWJ = '\u200d';
const RLO = '\u202e';
const PDF = '\u202c';

const cases: GrammarCase[] = [
  { name: 'a bare section', body: 'Implements §3.', targets: ['§3'], rules: [] },
  { name: 'a section with a space after the sign', body: 'Implements § 6', targets: ['§6'], rules: [] },
  { name: 'a clause', body: 'Implements §3 clause 9', targets: ['§3 clause 9'], rules: [] },
  { name: 'dotted form for a clause when the spec has no §3.9 heading', body: 'Implements §3.9', targets: ['§3 clause 9'], rules: [] },
  { name: 'the word section', body: 'Implements section 3 clause 4', targets: ['§3 clause 4'], rules: [] },
  { name: 'capitalised, with a comma', body: 'Section 3, Clause 4 applies', targets: ['§3 clause 4'], rules: [] },
  { name: 'the spec’s own example', body: 'implements §3 (authorized scope) clause 4 — dev dependency updates', targets: ['§3 clause 4'], rules: [] },
  { name: 'a title tolerant of case and punctuation', body: 'Implements §4 (not authorized scope) clause 2', targets: ['§4 clause 2'], rules: [] },
  { name: 'a sub-block title', body: 'Implements §4 (Cost Posture sub-block)', targets: ['§4'], rules: [] },
  { name: 'a title after the clause naming the clause', body: 'Implements §6 clause 4 (Spec-conformance gate)', targets: ['§6 clause 4'], rules: [] },
  { name: 'several references, one repeated', body: 'Implements §3 clause 9 and §6 clause 4.\nSee also section 11; §3.9 again.', targets: ['§3 clause 9', '§6 clause 4', '§11'], rules: [] },
  { name: 'a clause list', body: 'Implements §3 clauses 6, 7 and 9', targets: ['§3 clause 6', '§3 clause 7', '§3 clause 9'], rules: [] },
  { name: 'a link and a quote and a list item count', body: '> implements [§3](https://example.com/spec)\n- and §6', targets: ['§3', '§6'], rules: [] },
  { name: 'a wrong title', body: 'Implements §3 (Cost posture) clause 9', targets: ['§3 clause 9'], rules: ['spec-title-mismatch'] },
  { name: 'words about a clause after it', body: 'Implements §3 clause 9 (dev dependency updates)', targets: ['§3 clause 9'], rules: [] },
  { name: 'words about a clause named in dotted form', body: 'Implements §3.9 (dev dependency updates)', targets: ['§3 clause 9'], rules: [] },
  { name: 'the section’s title after its clause', body: 'Implements §3 clause 9 (Authorized scope)', targets: ['§3 clause 9'], rules: [] },
  { name: 'another section’s title after a clause', body: 'Implements §3 clause 9 (NOT-authorized scope)', targets: ['§3 clause 9'], rules: ['spec-title-mismatch'] },
  { name: 'words after a section number are its title', body: 'Implements §3 (dev dependency updates) clause 9', targets: ['§3 clause 9'], rules: ['spec-title-mismatch'] },
  { name: 'a clause’s opening words after the section number', body: 'Implements §6 (Spec-conformance gate) clause 4', targets: ['§6 clause 4'], rules: ['spec-title-mismatch'] },
  { name: '§13, which the spec lacks', body: 'Implements §13', targets: [], rules: ['unknown-spec-section'] },
  { name: 'clause 99', body: 'Implements §3 clause 99', targets: [], rules: ['unknown-spec-section'] },
  { name: 'a dotted clause out of range', body: 'Implements §3.12', targets: [], rules: ['unknown-spec-section'] },
  { name: 'one good and one unknown', body: 'Implements §3 clause 9 and §14', targets: ['§3 clause 9'], rules: ['unknown-spec-section'] },
  { name: 'no reference at all', body: 'Bumps vitest.', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an empty description', body: '', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a reference only in an HTML comment', body: 'Bumps vitest.\n<!-- implements §3 clause 9 -->', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a multi-line HTML comment', body: 'Bumps.\n<!--\nimplements §3\n-->\nDone.', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an unclosed HTML comment opening a block hides the rest', body: 'Bumps.\n\n<!-- note\nimplements §3', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an unclosed HTML comment inside a paragraph is text GitHub shows', body: 'Bumps. <!-- note\nimplements §3', targets: ['§3'], rules: [] },
  { name: 'a reference only in a fenced block', body: 'Bumps vitest.\n\n```md\nimplements §3 clause 9\n```\n', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a fenced block with CRLF line ends', body: 'Bumps vitest.\r\n\r\n```\r\nfirst\r\n\r\nimplements §3\r\n```\r\n\r\nDone.', targets: [], rules: ['missing-spec-reference'] },
  { name: 'CRLF line ends around a visible reference', body: 'Bumps vitest.\r\n\r\n```\r\ncode\r\n```\r\nImplements §3\r\n', targets: ['§3'], rules: [] },
  { name: 'a tilde fence', body: '~~~\n§3\n~~~', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an unclosed fence hides the rest', body: '```\n§3\n', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a fence deep in a list', body: '- item\n\n        ```\n        §3\n        ```\n', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a fence in a blockquote', body: '> ```\n> §3\n> ```', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an indented code block', body: 'Bumps vitest.\n\n    implements §3\n', targets: [], rules: ['missing-spec-reference'] },
  { name: 'inline code', body: 'Bumps vitest (`§3 clause 9`).', targets: [], rules: ['missing-spec-reference'] },
  { name: 'inline code with a double backtick', body: 'See ``a ` §3`` here.', targets: [], rules: ['missing-spec-reference'] },
  { name: 'an HTML attribute', body: '<img alt="implements §3" src="x.png">', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a link reference definition', body: 'Text.\n\n[x]: https://example.com "§3"', targets: [], rules: ['missing-spec-reference'] },
  { name: 'a zero-width space inside', body: `Implements §${ZWSP}3 clause 9`, targets: [], rules: ['invisible-spec-reference', 'missing-spec-reference'] },
  { name: 'a zero-width space after the number', body: `Implements §3${ZWSP} clause 9`, targets: [], rules: ['invisible-spec-reference', 'missing-spec-reference'] },
  { name: 'a zero-width joiner inside the word section', body: `Implements sec${ZWJ}tion 3`, targets: [], rules: ['invisible-spec-reference', 'missing-spec-reference'] },
  { name: 'a soft hyphen before the sign', body: 'Implements \u00ad§3', targets: [], rules: ['invisible-spec-reference', 'missing-spec-reference'] },
  { name: 'a bidi override on the line', body: `Implements §6 ${RLO}9 esualc${PDF}`, targets: [], rules: ['invisible-spec-reference', 'missing-spec-reference'] },
  { name: 'a hidden reference next to a visible one', body: `§${ZWSP}13 and §6`, targets: ['§6'], rules: ['invisible-spec-reference'] },
  { name: 'letters glued to the number', body: 'Implements §3a', targets: [], rules: ['missing-spec-reference'] },
  { name: 'the word subsection', body: 'Implements subsection 3', targets: [], rules: ['missing-spec-reference'] },
];

describe('the reference grammar on tricky descriptions', () => {
  it.each(cases)('$name', ({ body, targets, rules }) => {
    const result = checkDescription({ spec, specPath: SPEC_PATH, body });
    expect(result.targets.map((t) => t.key)).toEqual(targets);
    expect(result.findings.map((f) => f.rule).sort()).toEqual(rules);
    for (const f of result.findings.filter((x) => x.severity === 'error')) expect(f.message).toContain('Fix:');
  });
});

describe('findReferences', () => {
  it('reports line and column of each reference and why ignored ones did not count', () => {
    const scan = findReferences('Title\n\nImplements §3 (Authorized scope) clause 9\n`§6`\n<!-- §7 -->');
    expect(scan.references).toEqual([
      { section: '3', clause: 9, titles: ['Authorized scope'], numberTitle: 'Authorized scope', text: '§3 (Authorized scope) clause 9', line: 3, column: 12 },
    ]);
    expect(scan.ignored.map((i) => [i.text, i.line, i.reason])).toEqual([
      ['§6', 4, 'inline-code'],
      ['§7', 5, 'html-comment'],
    ]);
  });

  it('points at the source line and column through entities, quotes, CRLF and what GitHub reads differently', () => {
    const body = ['> quoted &amp; then', '> &sect;3 clause 9', '', '- notes', '<ins>', '', '**Also** §6 clause 4\r', 'and\r', '§4'].join('\n');
    expect(findReferences(body).references.map((r) => [r.text, r.line, r.column])).toEqual([
      ['§3 clause 9', 2, 3],
      ['§6 clause 4', 7, 10],
      ['§4', 9, 1],
    ]);
  });

  it('names why each reference-like text in the source did not count', () => {
    const body = [
      '[x](https://e.com/§1 "§2") ![§3](i.png) <https://e.com/§4> ~~§5~~ `§6`',
      '<del>§7</del> <kbd>§8</kbd> <span title="§9">t</span> $\\phantom{§10}$',
      '<details><summary>s</summary>',
      '',
      '§11',
      '',
      '</details>',
      '',
      '[^n]: §12',
      '',
      '| a |',
      '|---|',
      '| b | §13 |',
    ].join('\n');
    expect(findReferences(body).ignored.map((i) => `${i.text}:${i.reason}`)).toEqual([
      '§1:link-destination',
      '§2:link-destination',
      '§3:image',
      '§4:autolink',
      '§5:strikethrough',
      '§6:inline-code',
      '§7:strikethrough',
      '§8:html-code',
      '§9:html-tag',
      '§10:math',
      '§11:collapsed-details',
      '§12:unused-footnote',
      '§13:dropped-table-cell',
    ]);
  });

  it('scans a 2,000-line description in one pass', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 100 === 0 ? `Implements §${(i / 100) % 12 + 1}` : `line ${i} with \`code\` and <b>tags</b>`));
    expect(findReferences(lines.join('\n')).references).toHaveLength(20);
  });
});

describe('parseSpecReference and resolveReference', () => {
  it('parses whole citations only', () => {
    expect(parseSpecReference('§3.6')).toMatchObject([{ section: '3.6' }]);
    expect(parseSpecReference(' §3 clause 6 ')).toMatchObject([{ section: '3', clause: 6 }]);
    expect(parseSpecReference('see §3')).toEqual([]);
  });

  it('prefers a §N.M heading over clause M of §N', () => {
    const withSub = parseSpec('## §3 Scope\n- a\n- b\n### §3.2 Events\n- c');
    expect(resolveReference(withSub, { section: '3.2' })).toMatchObject({ found: true, key: '§3.2' });
    expect(resolveReference(withSub, { section: '3.1' })).toMatchObject({ found: true, key: '§3 clause 1' });
    expect(resolveReference(withSub, { section: '3', clause: 3 })).toMatchObject({ found: false, problem: '§3 (Scope) has 2 clause(s), not 3' });
  });
});

describe('repeated mistakes', () => {
  it('report once at the first line, with a count of the rest', () => {
    const body = ['§11 clause 3 (Invariants)', 'again §11 clause 3 (Invariants)', '§13', 'and §13 once more', '§11 (invariants!)'].join('\n');
    const result = checkDescription({ spec, specPath: SPEC_PATH, body, bodyPath: 'pr.md' });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ['spec-title-mismatch', 1],
      ['unknown-spec-section', 3],
    ]);
    expect(result.findings[0]!.message).toContain('(and 2 more time(s) in the description). Fix:');
    expect(result.findings[1]!.message).toContain('(and 1 more time(s) in the description). Fix:');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeTitle, parseSpec, titleMatches } from '@agent-guards/spec-conformance';
import { SPEC_MARKDOWN } from './helpers.js';

describe('parseSpec on the seed spec', () => {
  const spec = parseSpec(SPEC_MARKDOWN);

  it('finds the twelve § sections with their titles', () => {
    expect(spec.sections.map((s) => `§${s.id} ${s.title}`)).toEqual([
      '§1 Problem statement',
      '§2 Desired outcome',
      '§3 Authorized scope',
      '§4 NOT-authorized scope',
      '§5 Tool manifest by mode',
      '§6 Invariants',
      '§7 Non-functional constraints',
      '§8 Authorization boundary',
      '§9 Acceptance criteria',
      '§10 Oversight model',
      '§11 Agent execution instructions',
      '§12 Validation checklist',
    ]);
  });

  it('numbers the clauses of §3 from 1 in order', () => {
    const s3 = spec.byId.get('3')!;
    expect(s3.clauses).toHaveLength(9);
    expect(s3.clauses[0]!.text).toBe("Read files in the assigned ticket's service repository (read-only, all paths).");
    expect(s3.clauses[8]).toMatchObject({ number: 9, text: 'Install dev dependencies from the curated allowlist (no global installs).' });
  });

  it('keeps the §4 sub-blocks inside §4 and counts their list items as §4 clauses, but not the code blocks', () => {
    const s4 = spec.byId.get('4')!;
    expect(s4.subBlocks.map((b) => b.title)).toEqual(['Composition Declaration sub-block (Pattern E — mode-switching)', 'Cost Posture sub-block']);
    expect(s4.clauses).toHaveLength(14);
    expect(s4.clauses[12]!.text).toBe('PR description names the spec section the change implements.');
    expect(spec.byId.has('4.3')).toBe(false);
  });

  it('does not take paragraphs that start with §N for headings', () => {
    expect(spec.byId.get('8')!.clauses).toHaveLength(4);
    expect(spec.byId.get('11')!.clauses).toHaveLength(5);
    expect(spec.byId.get('6')!.clauses[3]!.text).toMatch(/^Spec-conformance gate\. Every PR description must name a spec section/);
  });
});

describe('parseSpec on markdown structure', () => {
  it('reads §N.M sub-sections, nested items, continuation lines and ordered lists', () => {
    const spec = parseSpec(
      [
        '# Title',
        '## §3 Scope',
        '- first',
        '  continued here',
        '  - nested belongs to first',
        '- second',
        '',
        '### §3.6 Events:',
        '1. capture view events',
        '2) capture clicks',
        '',
        '## §4 — Limits ##',
        '* one',
      ].join('\n'),
    );
    expect(spec.sections.map((s) => [s.id, s.title, s.clauses.length])).toEqual([
      ['3', 'Scope', 2],
      ['3.6', 'Events:', 2],
      ['4', 'Limits', 1],
    ]);
    expect(spec.byId.get('3')!.clauses[0]!.text).toBe('first continued here nested belongs to first');
  });

  it('ignores headings and items inside fenced and indented code, and ends a section at a plain heading', () => {
    const spec = parseSpec(
      ['## §1 One', '```', '## §9 Not a section', '- not a clause', '```', '', '    - indented code, not a clause', '', '- real clause', '## Appendix', '- not in §1'].join('\n'),
    );
    expect(spec.sections.map((s) => s.id)).toEqual(['1']);
    expect(spec.byId.get('1')!.clauses.map((c) => c.text)).toEqual(['real clause']);
  });

  it('does not count list items inside an HTML comment', () => {
    const spec = parseSpec(['## §5 Five', '- a', '<!--', '- hidden', '-->', '<!-- - hidden too -->', '- b'].join('\n'));
    expect(spec.byId.get('5')!.clauses.map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('reads headings and items as GitHub renders them: setext headings, markup dropped, lists in raw HTML or quotes are no clauses', () => {
    const spec = parseSpec(
      ['§1 **Scope**', '======', '', '- *first* `clause`', '- second', '', '<div>', '- inside raw HTML', '</div>', '', '> - quoted', '', '## §2: Limits', '1. one'].join('\n'),
    );
    expect(spec.sections.map((s) => [s.id, s.title, s.level, s.line])).toEqual([
      ['1', 'Scope', 1, 1],
      ['2', 'Limits', 2, 13],
    ]);
    expect(spec.byId.get('1')!.clauses.map((c) => `${c.number}@${c.line}:${c.text}`)).toEqual(['1@4:first clause', '2@5:second']);
  });

  it('starts a new list after a paragraph, continuing the clause numbering', () => {
    const spec = parseSpec(['## §2 Two', '- a', '- b', '', 'A paragraph.', '', '- c'].join('\n'));
    expect(spec.byId.get('2')!.clauses.map((c) => `${c.number}:${c.text}`)).toEqual(['1:a', '2:b', '3:c']);
  });
});

describe('titles', () => {
  const spec = parseSpec(SPEC_MARKDOWN);
  const s4 = spec.byId.get('4')!;

  it.each([
    ['NOT-authorized scope', true],
    ['not authorized scope', true],
    ['Not Authorized Scope.', true],
    ['Cost Posture sub-block', true],
    ['cost posture', true],
    ['Composition Declaration sub-block', true],
    ['authorized scope', false],
    ['Invariants', false],
  ])('§4 cited as (%s) matches: %s', (cited, expected) => {
    expect(titleMatches(s4, cited)).toBe(expected);
  });

  it('accepts a clause cited by its opening words', () => {
    const s6 = spec.byId.get('6')!;
    expect(titleMatches(s6, 'Spec-conformance gate', s6.clauses[3])).toBe(true);
    expect(titleMatches(s6, 'Spec-conformance gate', s6.clauses[0])).toBe(false);
  });

  it('normalizes case, punctuation and compatibility forms', () => {
    expect(normalizeTitle('  NOT-authorized   scope!  ')).toBe('not authorized scope');
    expect(normalizeTitle('Ｃｏｓｔ Posture')).toBe('cost posture');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TicketSchema } from '@agent-guards/config';
import { runSpecGuard } from '@agent-guards/spec-conformance';
import type { TempRepo } from '@agent-guards/testkit';
import { BUMP, commitChain, MAP_PATH, policy, serviceRepo } from './helpers.js';

/**
 * Each case is a description whose reference a reviewer does not see on
 * GitHub (it must fail) beside its legitimate sibling, which a reviewer does
 * see (it must pass), both judged by the whole guard on a real repository
 * holding a dev-dependency bump that §3 clause 9 authorises.
 */
interface RouteCase {
  name: string;
  violation: string;
  sibling: string;
  /** Words of the finding that say why the violation's reference did not count. */
  why?: string;
  /** The rule the violation fails on, when not 'missing-spec-reference'. */
  rule?: string;
  /** Run with a ticket implementing §3 clause 9, so a reference missing its clause fails. */
  ticket?: boolean;
}

const REF = 'Implements §3 clause 9';

const cases: RouteCase[] = [
  // What the issue names.
  { name: 'a link URL', violation: 'Bumps vitest, as the [spec](https://example.com/spec#§3) allows.', sibling: `Implements [§3 clause 9](https://example.com/spec).`, why: "in a link's URL" },
  { name: 'double-tilde strikethrough, beside a reference that is not struck', violation: `~~${REF}~~`, sibling: `~~Implements §6 clause 4~~\n${REF}.`, why: 'in struck-through text' },
  { name: 'an HTML attribute holding >', violation: `<img alt="a > b, ${REF}" src="diagram.png">`, sibling: `<span title="a > b">${REF}</span>`, why: 'inside an HTML tag' },
  {
    name: 'a parenthesis after a clause: words about it pass, another section’s title fails',
    violation: `${REF} (Cost Posture sub-block).`,
    sibling: `${REF} (dev dependency updates).`,
    rule: 'spec-title-mismatch',
  },

  // Markdown that renders no text, or text that is not prose.
  { name: 'a link title', violation: `[Implements](https://example.com "${REF.slice(11)}") the bump.`, sibling: `[${REF}](https://example.com "the spec").`, why: "in a link's URL, title" },
  {
    name: 'a reference-style link label and its definition',
    violation: 'Implements [the clause][§3 clause 9].\n\n[§3 clause 9]: https://example.com/spec',
    sibling: 'Implements [§3 clause 9][spec].\n\n[spec]: https://example.com/spec',
    why: 'in a link definition',
  },
  { name: 'a link definition whose title is on its own line', violation: 'Bumps vitest.\n\n[spec]: https://example.com/spec\n  "Implements §3 clause 9"', sibling: `Bumps vitest.\n\n[spec]: https://example.com/spec\n\n${REF}.`, why: 'in a link definition' },
  { name: 'an image’s alt text', violation: '![§3 clause 9](https://example.com/d.png)', sibling: `![diagram](https://example.com/d.png) ${REF}.`, why: "in an image's alt text" },
  { name: 'an autolink', violation: 'Bumps vitest. <https://example.com/spec/§3>', sibling: `${REF}: <https://example.com/spec>`, why: 'in a URL' },
  { name: 'a bare URL', violation: 'Bumps vitest. https://example.com/spec/§3', sibling: `${REF}: https://example.com/spec`, why: 'in a URL' },
  { name: 'a www. autolink', violation: 'Bumps vitest. www.example.com/spec/§3', sibling: `${REF}: www.example.com/spec`, why: 'in a URL' },
  { name: 'single-tilde strikethrough', violation: `~${REF}~`, sibling: `${REF} in ~2 minutes.`, why: 'in struck-through text' },
  { name: 'a footnote nothing refers to', violation: `Bumps vitest.\n\n[^why]: ${REF}.`, sibling: `Bumps vitest.[^why]\n\n[^why]: ${REF}.`, why: 'in a footnote GitHub does not show' },
  {
    name: 'a second definition of a footnote label',
    violation: 'Bumps vitest.[^why]\n\n[^why]: As the spec allows.\n\n[^why]: Implements §3 clause 9.',
    sibling: `Bumps vitest.[^why]\n\n[^why]: ${REF}.\n\n[^why]: As the spec allows.`,
    why: 'in a footnote GitHub does not show',
  },
  { name: 'a table cell past the header’s columns', violation: `| change |\n|---|\n| bump | ${REF} |`, sibling: `| change | spec |\n|---|---|\n| bump | ${REF} |`, why: "past the header's columns" },
  { name: 'a footnote label', violation: 'Bumps vitest.[^§3]\n\n[^§3]: As the spec allows.', sibling: `${REF}.[^note]\n\n[^note]: As the spec allows.`, why: "in a link's URL, title or reference label" },
  { name: 'a fence left open in a list item ends with the item', violation: `- notes\n\n  \`\`\`\n  ${REF}\n  \`\`\``, sibling: `- notes\n\n  \`\`\`\n  code\n\n${REF}.`, why: 'in a code block' },
  { name: 'a fence left open in a quote ends with the quote', violation: `> \`\`\`\n> ${REF}\n> \`\`\``, sibling: `> \`\`\`\n> code\n\n${REF}.`, why: 'in a code block' },

  // Raw HTML, as a browser builds it and GitHub's sanitizer leaves it.
  { name: 'a comment left open in a list item, which swallows what follows', violation: `- <!--\n${REF}\n-->`, sibling: `- <!-- note -->\n${REF}`, why: 'in an HTML comment' },
  { name: 'an attribute quote left open, which swallows the blocks after it', violation: `<div title='\n\n${REF}\n\n'>x</div>`, sibling: `<div title='a'>\n\n${REF}\n\n</div>`, why: 'inside an HTML tag' },
  {
    name: 'a lone tag on a lazy line after a list item, which GitHub reads as an HTML block',
    violation: `- notes\n<del>\n\n${REF}\n\n</del>`,
    sibling: `- notes\n\n<ins>\n\n${REF}\n\n</ins>`,
    why: 'in struck-through text',
  },
  { name: 'a lone tag on a lazy line after a quote', violation: `> notes\n<s>\n\n${REF}\n\n</s>`, sibling: `> notes\n> <s>x</s>\n\n${REF}`, why: 'in struck-through text' },
  { name: 'an <s> left open, which a browser carries into later paragraphs', violation: `Notes <s>\n\n${REF}`, sibling: `Notes <s>x</s>\n\n${REF}`, why: 'in struck-through text' },
  { name: 'an HTML attribute holding <', violation: `<img alt="a < b, ${REF}" src="diagram.png">`, sibling: `<img alt="a < b" src="diagram.png"> ${REF}.`, why: 'inside an HTML tag' },
  { name: 'a <del> element', violation: `<del>${REF}</del>`, sibling: `<ins>${REF}</ins>`, why: 'in struck-through text' },
  { name: 'an <s> element', violation: `<s>${REF}</s>`, sibling: `<b>${REF}</b>`, why: 'in struck-through text' },
  { name: 'a <strike> element', violation: `<strike>${REF}</strike>`, sibling: `<em>${REF}</em>`, why: 'in struck-through text' },
  { name: 'a <del> opened and closed around Markdown blocks', violation: `<del>\n\n${REF}\n\n</del>`, sibling: `<div>\n\n${REF}\n\n</div>`, why: 'in struck-through text' },
  { name: 'a CDATA section', violation: `<![CDATA[ ${REF} ]]>`, sibling: `${REF} <![CDATA[ note ]]>`, why: 'in an HTML comment' },
  { name: 'a processing instruction', violation: `<?note ${REF} ?>`, sibling: `${REF} <?note x ?>`, why: 'in an HTML comment' },
  {
    name: 'the collapsed body of <details>; the summary and an open block show',
    violation: `<details><summary>Notes</summary>\n\n${REF}\n\n</details>`,
    sibling: `<details><summary>${REF}</summary>\n\nNotes.\n\n</details>\n\n<details open><summary>More</summary>\n\n${REF}\n\n</details>`,
    why: 'in a collapsed <details> block',
  },
  { name: 'ruby fallback parentheses (<rp>)', violation: `<ruby>spec<rp>(${REF})</rp><rt>ref</rt></ruby>`, sibling: `<ruby>${REF}<rt>ref</rt></ruby>`, why: 'in an HTML element GitHub does not show' },
  { name: 'a <script> element', violation: `<script>${REF}</script>`, sibling: `<span hidden>${REF}</span>`, why: 'in an HTML element GitHub does not show' },
  { name: 'a <style> element', violation: `<style>${REF}</style>`, sibling: `<div style="display:none">${REF}</div>`, why: 'in an HTML element GitHub does not show' },
  { name: 'a <template> element', violation: `<template>${REF}</template>`, sibling: `<section>${REF}</section>`, why: 'in an HTML element GitHub does not show' },
  { name: 'a <textarea> element', violation: `<textarea>${REF}</textarea>`, sibling: `<p>${REF}</p>`, why: 'in an HTML element GitHub does not show' },
  { name: 'a <plaintext> element', violation: `Bumps.\n\n<plaintext>${REF}`, sibling: `${REF}.\n\n<plaintext>notes`, why: 'in an HTML element GitHub does not show' },
  { name: 'HTML <code>', violation: `<code>${REF}</code>`, sibling: `<strong>${REF}</strong>`, why: 'in HTML code markup' },
  { name: 'HTML <kbd>', violation: `<kbd>${REF}</kbd>`, sibling: `<mark>${REF}</mark>`, why: 'in HTML code markup' },
  { name: 'HTML <pre>', violation: `<pre>${REF}</pre>`, sibling: `<blockquote>${REF}</blockquote>`, why: 'in HTML code markup' },
  { name: 'text shrunk by nested <sub>/<sup>', violation: `<sub><sup><sub>${REF}</sub></sup></sub>`, sibling: `<sup>${REF}</sup>`, why: 'shrunk past reading' },
  { name: 'text reversed by <bdo>', violation: `<bdo dir="rtl">${REF}</bdo>`, sibling: `<bdo dir="ltr">${REF}</bdo>`, why: 'display order' },
  { name: 'text reordered by dir', violation: `<span dir="rtl">${REF}</span>`, sibling: `<span dir="ltr">${REF}</span>`, why: 'display order' },
  { name: 'a bidi control elsewhere in the paragraph', violation: `${REF}\n\u202eevil`, sibling: `${REF}\n\n\u202eevil`, why: 'bidi control' },
  { name: 'math with a TeX command', violation: `Bumps vitest. $\\phantom{${REF}}$`, sibling: `${REF}; cost $x + y$.`, why: 'in math' },
  { name: 'display math with a TeX command', violation: `Bumps vitest. $$\\color{white}{${REF}}$$`, sibling: `${REF}. $$a^2$$`, why: 'in math' },

  // What the source hides but GitHub shows: the reverse, a reference wrongly refused.
  { name: 'entities', violation: `Implements &sect;&#8203;3 clause 9`, sibling: 'Implements &sect;3 clause&nbsp;9 and &#167;3 clause 9.', rule: 'invisible-spec-reference' },
  { name: 'emphasis inside a reference', violation: '~~Implements §**3** clause 9~~', sibling: 'Implements §**3** *clause 9*.' },
  { name: 'a reference wrapped onto the next line', violation: 'Implements §3.\n\nClause 9 of it.', sibling: 'Implements §3\nclause 9 (dev dependency updates).', rule: 'ticket-spec-not-referenced', ticket: true },
  { name: 'a comment inside a reference', violation: '<!-- Implements §3 clause 9 -->', sibling: 'Implements §<!-- note -->3 clause 9.', why: 'in an HTML comment' },
  { name: 'an escaped comment opener', violation: '<!-- Implements §3 clause 9 -->', sibling: '\\<!-- Implements §3 clause 9 -->', why: 'in an HTML comment' },
  { name: 'escaped backticks', violation: '`Implements §3 clause 9`', sibling: 'Implements \\`§3 clause 9\\`.', why: 'in inline code' },
  { name: 'an unclosed comment: a block hides the rest, a paragraph shows it', violation: `Bumps.\n\n<!-- draft\n${REF}`, sibling: `Bumps. <!-- draft\n${REF}`, why: 'in an HTML comment' },
];

/** Constructs that render as prose: must pass. */
const prose: { name: string; body: string }[] = [
  { name: 'a task list item', body: `- [x] ${REF}` },
  { name: 'a table cell', body: '| change | spec |\n|---|---|\n| bump | §3 clause 9 |' },
  { name: 'a heading', body: `## ${REF}` },
  { name: 'a setext heading', body: `${REF}\n---` },
  { name: 'an HTML block', body: `<div>\n${REF}\n</div>` },
  { name: 'a link to an anchor whose title holds >', body: `<a title="x>y" href="#">${REF}</a>` },
  { name: 'a hard line break inside a reference', body: 'Implements §3<br>clause 9.' },
  { name: 'a word-break opportunity inside a reference', body: 'Implements §<wbr>3 clause 9.' },
];

describe('spec-conformance reads the description as GitHub renders it', () => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    ({ repo, base } = serviceRepo());
    head = commitChain(repo, 'agent/bump', base, [BUMP]);
  });
  afterAll(() => repo.cleanup());

  const ticket = TicketSchema.parse({ id: 'SVC-9', title: 'Bump vitest', spec: ['§3 clause 9'], scope: { include: ['package.json', 'package-lock.json'] } });
  const judge = (body: string, withTicket = false) =>
    runSpecGuard({ repo: repo.dir, base, head, policy: policy({ map: MAP_PATH }), body, logger: new MemoryLogger(), ...(withTicket ? { ticket } : {}) });

  it.each(cases)('$name', async ({ violation, sibling, why, rule = 'missing-spec-reference', ticket: withTicket }) => {
    const failed = await judge(violation, withTicket);
    expect(failed.report.verdict).toBe('fail');
    const finding = failed.report.findings.find((f) => f.rule === rule);
    expect(finding, JSON.stringify(failed.report.findings)).toBeDefined();
    if (why) expect(finding!.message).toContain(why);

    const passed = await judge(sibling, withTicket);
    expect(passed.report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(passed.report.verdict).toBe('pass');
  });

  it.each(prose)('counts $name', async ({ body }) => {
    const run = await judge(body, true);
    expect(run.report.findings).toEqual([]);
    expect(run.outputs).toMatchObject({ sections: '§3 clause 9' });
  });
});

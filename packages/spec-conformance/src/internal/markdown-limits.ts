import { ConfigurationError } from '@agent-guards/action-kit';

/**
 * Markdown the reader refuses to read. micromark's time grows with the square
 * of some counts (measured: 6,000 nested emphasis openers take ~50 s, 4,000
 * quotes or lists closed one after another ~13 s, one pair of 20,000-star runs
 * ~80 s, 10,000 lists nested on one line ~45 s, each then overflowing the
 * stack). Each limit is far past what a description a person reads holds and
 * keeps the worst case near a second; a description past one is an error, so
 * the guard stops rather than stall or pass.
 */
export const MARKDOWN_LIMITS = {
  /** Runs of `*`, `_` or `~`: each may open or close emphasis or strikethrough. */
  emphasisRuns: 2_000,
  /** Characters in one such run. */
  emphasisRunLength: 500,
  /** `[`: each may open a link, an image or a footnote reference. */
  openBrackets: 2_000,
  /** Lines that open a quote or a list after a blank line or a line outside one. */
  containerStarts: 1_000,
  /** Quote and list markers at the start of one line, and list markers indented past this many columns / 2. */
  nesting: 32,
} as const;

const LIST_OR_QUOTE = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

function refuse(what: string, count: number, limit: number, fix: string): never {
  throw new ConfigurationError(`the PR description has ${count} ${what}; the guard reads at most ${limit}, past which reading it as GitHub renders it takes too long.`, {
    field: 'description',
    fix,
  });
}

/** Throws a ConfigurationError when the Markdown is past a limit; returns quietly otherwise. */
export function assertReadable(markdown: string): void {
  let runs = 0;
  let brackets = 0;
  for (let i = 0; i < markdown.length; i += 1) {
    const ch = markdown[i]!;
    if (ch === '[') brackets += 1;
    if (ch !== '*' && ch !== '_' && ch !== '~') continue;
    let end = i + 1;
    while (markdown[end] === ch) end += 1;
    runs += 1;
    if (end - i > MARKDOWN_LIMITS.emphasisRunLength) {
      refuse(`'${ch}' characters in a row`, end - i, MARKDOWN_LIMITS.emphasisRunLength, `shorten the run of '${ch}', or put it in a code span.`);
    }
    i = end - 1;
  }
  if (runs > MARKDOWN_LIMITS.emphasisRuns) refuse("runs of '*', '_' or '~'", runs, MARKDOWN_LIMITS.emphasisRuns, 'use less emphasis and strikethrough.');
  if (brackets > MARKDOWN_LIMITS.openBrackets) refuse("'[' characters", brackets, MARKDOWN_LIMITS.openBrackets, 'use fewer links and brackets.');

  let starts = 0;
  let previousInContainer = false;
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    const prefix = LIST_OR_QUOTE.exec(line)?.[0];
    if (prefix) {
      const markers = prefix.match(MARKER)?.length ?? 0;
      const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
      if (markers > MARKDOWN_LIMITS.nesting || indent / 2 > MARKDOWN_LIMITS.nesting) {
        refuse('quotes and lists nested on one line', Math.max(markers, Math.floor(indent / 2)), MARKDOWN_LIMITS.nesting, 'nest quotes and lists less deeply.');
      }
      if (previousBlank || !previousInContainer) starts += 1;
    }
    previousInContainer = prefix !== undefined;
    previousBlank = line.trim() === '';
  }
  if (starts > MARKDOWN_LIMITS.containerStarts) refuse('separate quotes and lists', starts, MARKDOWN_LIMITS.containerStarts, 'merge quotes and lists, or shorten the description.');
}

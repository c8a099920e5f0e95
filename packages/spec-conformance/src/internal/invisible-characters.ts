/**
 * Characters a reader does not see: format characters (zero-width space and
 * joiners, word joiner, soft hyphen, BOM, bidi controls, tag characters),
 * variation selectors, the combining grapheme joiner and the Hangul fillers.
 * A reference made with any of them is not what the reviewer reads.
 */
export const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f/u;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'gu');

/** Bidi controls reorder what is displayed around them. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export interface StrippedText {
  text: string;
  /** For each index of `text`, the index of the same character in the input. */
  originalIndex(index: number): number;
}

/** Removes invisible characters, remembering where each kept character came from. */
export function stripInvisible(input: string): StrippedText {
  if (!INVISIBLE.test(input)) return { text: input, originalIndex: (i) => i };
  const kept: string[] = [];
  const origin: number[] = [];
  let last = 0;
  for (const m of input.matchAll(INVISIBLE_GLOBAL)) {
    for (let i = last; i < m.index; i += 1) origin.push(i);
    kept.push(input.slice(last, m.index));
    last = m.index + m[0].length;
  }
  for (let i = last; i < input.length; i += 1) origin.push(i);
  kept.push(input.slice(last));
  origin.push(input.length);
  return { text: kept.join(''), originalIndex: (i) => origin[i] ?? input.length };
}

/**
 * Untrusted text (ticket bodies, issue text, file contents quoted into the
 * prompt) reaches the model as data: invisible and bidirectional-control
 * characters are removed, so nothing hidden from a human reviewer reaches the
 * model, and HTML comments are removed, since they render invisibly on GitHub.
 */

// Zero-width and format characters, bidi embeddings/overrides/isolates, word
// joiners, the BOM, soft hyphen, Mongolian vowel separator, Hangul fillers,
// variation selectors (used to smuggle bytes) and the Unicode tag block.
// The class lists combining marks on purpose: matching them alone is the point.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;
// C0/C1 controls other than tab and newline (matching them is the point).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function stripInvisible(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
}

export function stripHtmlComments(text: string): string {
  // Repeat until stable: removing one comment must not assemble another.
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(HTML_COMMENT, '');
  } while (current !== previous);
  return current;
}

/** Text that goes to the model as quoted data. */
export function sanitizeUntrusted(text: string): string {
  return stripHtmlComments(stripInvisible(text));
}

/**
 * Wraps data in a tag the model is told never to take instructions from. The
 * payload is JSON, so no text inside can close the tag or fake a new section.
 */
export function quoteAsData(tag: string, value: unknown): string {
  // `<\/` is the JSON escape of `</`: code stays readable and no closing tag can appear.
  const json = JSON.stringify(value, null, 1).replace(/<\//g, '<\\/');
  return `<${tag}>\n${json}\n</${tag}>`;
}

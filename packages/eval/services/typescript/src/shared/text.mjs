// @ts-check
/** Text helpers with no domain knowledge. */

/**
 * Shortens text to at most `limit` characters, ending with an ellipsis when cut.
 * @param {string} text
 * @param {number} limit
 */
export function truncate(text, limit) {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}…`;
}

/**
 * Collapses runs of whitespace into one space and trims both ends.
 * @param {string} text
 */
export function normalizeWhitespace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case words joined by dashes, for product URLs.
 * @param {string} name
 */
export function slugify(name) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

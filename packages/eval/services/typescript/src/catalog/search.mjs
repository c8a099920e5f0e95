// @ts-check
/** Catalog search over names and tags. */

/**
 * Products whose name contains the query.
 * @param {import('./products.mjs').Product[]} products
 * @param {string} query
 */
export function search(products, query) {
  const wanted = query.trim();
  if (!wanted) return [];
  return products.filter((p) => p.name.trim().includes(wanted));
}

/**
 * @param {import('./products.mjs').Product[]} products
 * @param {string} tag
 */
export function withTag(products, tag) {
  const wanted = tag.trim().toLowerCase();
  return products.filter((p) => (p.tags ?? []).some((t) => t.trim().toLowerCase() === wanted));
}

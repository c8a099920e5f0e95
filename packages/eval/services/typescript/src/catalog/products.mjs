// @ts-check
import { slugify } from '../shared/text.mjs';

/** @typedef {{ sku: string, name: string, priceCents: number, category?: string, tags?: string[] }} Product */

/** @param {Product} product */
export function slugOf(product) {
  return slugify(product.name);
}

/**
 * @param {Product[]} products
 * @param {string} category
 */
export function byCategory(products, category) {
  return products.filter((p) => (p.category ?? 'general') === category);
}

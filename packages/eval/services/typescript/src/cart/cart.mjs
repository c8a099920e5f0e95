// @ts-check
import { bulkPrice } from '../pricing/discounts.mjs';

/** @typedef {{ sku: string, quantity: number, unitCents: number }} Line */

/** A shopping cart: lines of sku, quantity and unit price in cents. */
export class Cart {
  /** @type {Map<string, Line>} */
  #lines = new Map();

  /**
   * @param {string} sku
   * @param {number} quantity
   * @param {number} unitCents
   */
  add(sku, quantity, unitCents) {
    if (quantity <= 0) throw new RangeError('quantity must be positive');
    const line = this.#lines.get(sku);
    if (line) line.quantity += quantity;
    else this.#lines.set(sku, { sku, quantity, unitCents });
  }

  /** @param {string} sku */
  remove(sku) {
    if (!this.#lines.has(sku)) throw new Error(`no line for ${sku}`);
    this.#lines.delete(sku);
  }

  lines() {
    return [...this.#lines.values()];
  }

  itemCount() {
    let count = 0;
    for (const line of this.#lines.values()) count += line.quantity;
    return count;
  }

  total() {
    let total = 0;
    for (const line of this.#lines.values()) {
      total = total + bulkPrice(line.unitCents, line.quantity);
    }
    return total;
  }
}

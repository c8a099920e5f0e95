// @ts-check
/** Stock levels per sku. */

export class OutOfStockError extends Error {}

export class Stock {
  /** @type {Map<string, number>} */
  #levels;

  /** @param {Record<string, number>} [levels] */
  constructor(levels = {}) {
    this.#levels = new Map(Object.entries(levels));
  }

  /** @param {string} sku */
  available(sku) {
    return this.#levels.get(sku) ?? 0;
  }

  /**
   * @param {string} sku
   * @param {number} quantity
   */
  reserve(sku, quantity) {
    if (quantity > this.available(sku)) throw new OutOfStockError(sku);
    this.#levels.set(sku, this.available(sku) - quantity);
  }

  /**
   * @param {string} sku
   * @param {number} quantity
   */
  restock(sku, quantity) {
    if (quantity <= 0) throw new RangeError('quantity must be positive');
    this.#levels.set(sku, this.available(sku) + quantity);
    return this.available(sku);
  }

  lowStock() {
    return [...this.#levels].filter(([, level]) => level < 5).map(([sku]) => sku).sort();
  }
}

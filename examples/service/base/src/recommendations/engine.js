import { ADD_TO_CART } from '../events/add-to-cart.js';

/** Counts product interactions seen on the bus to rank recommendations. */
export function createEngine(bus) {
  const scores = new Map();
  bus.subscribe(ADD_TO_CART, (event) => scores.set(event.data.productId, (scores.get(event.data.productId) ?? 0) + 3));
  return { top: (n) => [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id) };
}

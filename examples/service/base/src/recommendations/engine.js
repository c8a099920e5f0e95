/**
 * Ranks products for the recommendations widget from what happens on the
 * buses: add-to-cart events (in-process) and search queries (the
 * shop.events.search-performed topic of the AsyncMessageBus).
 */
export const ADD_TO_CART_TYPE = 'com.shop.cart.item-added';
export const SEARCH_PERFORMED_TOPIC = 'shop.events.search-performed';

const searches = new Map();

/** Counts a search query towards the "popular searches" ranking. Recommendations' own code calls it. */
export function recordSearch(query) {
  const key = query.trim().toLowerCase();
  if (key) searches.set(key, (searches.get(key) ?? 0) + 1);
}

export function popularSearches(n) {
  return [...searches.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([q]) => q);
}

export function createEngine({ bus, asyncBus }) {
  const scores = new Map();
  bus.subscribe(ADD_TO_CART_TYPE, (event) => scores.set(event.data.productId, (scores.get(event.data.productId) ?? 0) + 3));
  const seen = new Set();
  asyncBus?.subscribe(SEARCH_PERFORMED_TOPIC, (event) => {
    // At-least-once delivery: a redelivered event counts once.
    if (seen.has(event.id)) return;
    seen.add(event.id);
    recordSearch(event.data.query);
  });
  return { top: (n) => [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id) };
}

// @ts-check
/** Analytics events, published through the bus. */
import { publish } from '../bus/bus.mjs';

/**
 * @param {string} path
 * @param {string} sessionId
 */
export function pageView(path, sessionId) {
  return publish({ type: 'page_view', path, sessionId });
}

/**
 * @param {string} sku
 * @param {number} quantity
 * @param {string} sessionId
 */
export function addToCart(sku, quantity, sessionId) {
  return publish({ type: 'add_to_cart', sku, quantity, sessionId });
}

/**
 * @param {number} cartTotalCents
 * @param {string} sessionId
 */
export function checkoutStarted(cartTotalCents, sessionId) {
  return publish({ type: 'checkout_started', cartTotalCents, sessionId });
}

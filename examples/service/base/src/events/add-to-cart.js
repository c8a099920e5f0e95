import { isBot } from './bot-detector.js';

export const ADD_TO_CART = 'com.shop.cart.item-added';

/** Captures an add-to-cart as a CloudEvent and publishes it on the bus. */
export function captureAddToCart(bus, { productId, sessionId, quantity, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  return bus.publish({
    specversion: '1.0',
    type: ADD_TO_CART,
    source: '/shop/events/cart',
    id: `${sessionId}:${now.getTime()}`,
    time: now.toISOString(),
    data: { productId, sessionId, quantity },
  });
}

import { isBot } from './bot-detector.js';
import { cloudEvent } from './cloud-event.js';

export const ADD_TO_CART = 'com.shop.cart.item-added';

/** Captures an add-to-cart as a CloudEvent and publishes it on the bus; bots are not captured. */
export function captureAddToCart(bus, { productId, sessionId, quantity, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  const event = cloudEvent({
    type: ADD_TO_CART,
    source: '/shop/events/cart',
    subject: productId,
    now,
    data: { productId, sessionId: sessionId ?? null, quantity },
  });
  return bus.publish(event);
}

import { isBot } from './bot-detector.js';
import { cloudEvent } from './cloud-event.js';

export const PAGE_VIEW = 'com.shop.product.viewed';

/** Captures a product page view as a CloudEvent and publishes it on the bus; bots are not captured. */
export function capturePageView(bus, { productId, sessionId, viewport, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  const event = cloudEvent({
    type: PAGE_VIEW,
    source: '/shop/events/product',
    subject: productId,
    now,
    data: { productId, sessionId: sessionId ?? null, viewport: { width: viewport.width, height: viewport.height } },
  });
  return bus.publish(event);
}

import { isBot } from './bot-detector.js';

export const PAGE_VIEW = 'com.shop.product.viewed';

/** Captures a product page view as a CloudEvent and publishes it on the bus. */
export function capturePageView(bus, { productId, sessionId, viewport, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  return bus.publish({
    specversion: '1.0',
    type: PAGE_VIEW,
    source: '/shop/events/product',
    id: `${sessionId ?? 'anonymous'}:${now.getTime()}`,
    time: now.toISOString(),
    data: { productId, sessionId: sessionId ?? null, viewport },
  });
}

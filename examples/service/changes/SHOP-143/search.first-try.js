import { isBot } from './bot-detector.js';
import { cloudEvent } from './cloud-event.js';
import { recordSearch } from '../recommendations/engine.js';

export const SEARCH_PERFORMED = 'com.shop.search.performed';
const MAX_QUERY_LENGTH = 200;

/** Captures a search as a CloudEvent on the bus and counts it for the recommendations engine. */
export function captureSearch(bus, { query, resultCount, sessionId, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  const trimmed = (query ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  if (!trimmed) return undefined;
  const event = cloudEvent({
    type: SEARCH_PERFORMED,
    source: '/shop/events/search',
    now,
    data: { query: trimmed, resultCount, sessionId: sessionId ?? null },
  });
  recordSearch(trimmed);
  return bus.publish(event);
}

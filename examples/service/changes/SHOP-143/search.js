import { isBot } from './bot-detector.js';
import { cloudEvent } from './cloud-event.js';

export const SEARCH_PERFORMED = 'com.shop.search.performed';
/** The AsyncMessageBus topic events owns for searches; recommendations subscribes to it (inter-domain contract). */
export const SEARCH_PERFORMED_TOPIC = 'shop.events.search-performed';
const MAX_QUERY_LENGTH = 200;

/**
 * Captures a search as a CloudEvent: published on the context's MessageBus, and on the
 * AsyncMessageBus topic other contexts subscribe to. Resolves to the event, or to undefined
 * for bots and blank queries.
 */
export async function captureSearch({ bus, asyncBus }, { query, resultCount, sessionId, userAgent, now = new Date() }) {
  if (isBot(userAgent)) return undefined;
  const trimmed = (query ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  if (!trimmed) return undefined;
  const event = cloudEvent({
    type: SEARCH_PERFORMED,
    source: '/shop/events/search',
    now,
    data: { query: trimmed, resultCount, sessionId: sessionId ?? null },
  });
  bus.publish(event);
  await asyncBus.publish(SEARCH_PERFORMED_TOPIC, event);
  return event;
}

// @ts-check
/** The message bus: contexts publish events here and subscribe to each other's. */

/** @typedef {{ type: string, [field: string]: unknown }} BusEvent */

/** @type {Map<string, ((event: BusEvent) => void)[]>} */
const subscribers = new Map();
/** @type {BusEvent[]} */
export const published = [];

/** @param {BusEvent} event */
export function publish(event) {
  published.push(event);
  for (const handler of subscribers.get(event.type) ?? []) handler(event);
  return event;
}

/**
 * @param {string} type
 * @param {(event: BusEvent) => void} handler
 */
export function subscribe(type, handler) {
  subscribers.set(type, [...(subscribers.get(type) ?? []), handler]);
}

/**
 * The bus between bounded contexts. A context publishes a CloudEvent on a
 * topic it owns (`shop.<context>.<event>`); another context subscribes to the
 * topic. Delivery is asynchronous and at least once: a handler may see an
 * event twice and must be idempotent on `event.id`.
 */
export class AsyncMessageBus {
  #subscribers = new Map();
  #pending = new Set();

  /** Registers a handler for a topic; returns a function that removes it. */
  subscribe(topic, handler) {
    const list = this.#subscribers.get(topic) ?? [];
    list.push(handler);
    this.#subscribers.set(topic, list);
    return () => this.#subscribers.set(topic, (this.#subscribers.get(topic) ?? []).filter((h) => h !== handler));
  }

  /** Publishes an event on a topic; resolves once every subscriber has been handed it. */
  publish(topic, event) {
    if (!/^shop\.[a-z]+\.[a-z-]+$/.test(topic)) return Promise.reject(new Error(`topic '${topic}' is not shop.<context>.<event>`));
    if (!event || typeof event.id !== 'string') return Promise.reject(new Error('only CloudEvents with an id travel on the bus'));
    const handlers = [...(this.#subscribers.get(topic) ?? [])];
    const delivery = Promise.resolve().then(async () => {
      for (const handler of handlers) await handler(event);
      return { topic, id: event.id, deliveredTo: handlers.length };
    });
    this.#pending.add(delivery);
    return delivery.finally(() => this.#pending.delete(delivery));
  }

  /** Waits until every delivery in flight has finished (tests use it). */
  async drain() {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}

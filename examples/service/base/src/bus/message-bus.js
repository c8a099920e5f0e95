/** The in-process message bus a bounded context publishes its own events through. */
export class MessageBus {
  #handlers = new Map();

  subscribe(type, handler) {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler);
    this.#handlers.set(type, list);
  }

  publish(event) {
    for (const handler of this.#handlers.get(event.type) ?? []) handler(event);
    return event;
  }
}

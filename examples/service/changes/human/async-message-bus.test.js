import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AsyncMessageBus } from '../../src/bus/async-message-bus.js';

test('delivers a published event to every subscriber of the topic', async () => {
  const bus = new AsyncMessageBus();
  const seen = [];
  bus.subscribe('shop.events.search-performed', (e) => seen.push(`a:${e.id}`));
  bus.subscribe('shop.events.search-performed', (e) => seen.push(`b:${e.id}`));
  const receipt = await bus.publish('shop.events.search-performed', { id: 'e1' });
  assert.deepEqual(receipt, { topic: 'shop.events.search-performed', id: 'e1', deliveredTo: 2 });
  assert.deepEqual(seen, ['a:e1', 'b:e1']);
});

test('rejects a topic that is not shop.<context>.<event>', async () => {
  await assert.rejects(new AsyncMessageBus().publish('search', { id: 'e1' }), /not shop\.<context>\.<event>/);
});

test('drain waits for deliveries in flight', async () => {
  const bus = new AsyncMessageBus();
  let handled = 0;
  bus.subscribe('shop.cart.checkout-started', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    handled += 1;
  });
  void bus.publish('shop.cart.checkout-started', { id: 'c1' });
  await bus.drain();
  assert.equal(handled, 1);
});

test('an unsubscribed handler gets nothing more', async () => {
  const bus = new AsyncMessageBus();
  const seen = [];
  const unsubscribe = bus.subscribe('shop.events.search-performed', (e) => seen.push(e.id));
  await bus.publish('shop.events.search-performed', { id: 'e1' });
  unsubscribe();
  await bus.publish('shop.events.search-performed', { id: 'e2' });
  assert.deepEqual(seen, ['e1']);
});

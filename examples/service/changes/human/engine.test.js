import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AsyncMessageBus } from '../../src/bus/async-message-bus.js';
import { MessageBus } from '../../src/bus/message-bus.js';
import { ADD_TO_CART_TYPE, createEngine, popularSearches, SEARCH_PERFORMED_TOPIC } from '../../src/recommendations/engine.js';

test('ranks products by add-to-cart events', () => {
  const bus = new MessageBus();
  const engine = createEngine({ bus });
  for (const productId of ['p1', 'p2', 'p2']) bus.publish({ type: ADD_TO_CART_TYPE, data: { productId } });
  assert.deepEqual(engine.top(2), ['p2', 'p1']);
});

test('counts searches from the search-performed topic once per event id', async () => {
  const asyncBus = new AsyncMessageBus();
  createEngine({ bus: new MessageBus(), asyncBus });
  const event = { id: 'q1', data: { query: 'Espresso Cup' } };
  await asyncBus.publish(SEARCH_PERFORMED_TOPIC, event);
  await asyncBus.publish(SEARCH_PERFORMED_TOPIC, event);
  await asyncBus.publish(SEARCH_PERFORMED_TOPIC, { id: 'q2', data: { query: 'milk jug' } });
  await asyncBus.publish(SEARCH_PERFORMED_TOPIC, { id: 'q3', data: { query: 'espresso cup ' } });
  // The ranking is process-wide: only this test's queries are compared.
  const ours = popularSearches(100).filter((q) => q === 'espresso cup' || q === 'milk jug');
  assert.deepEqual(ours, ['espresso cup', 'milk jug']);
});

test('asking for no products returns none', () => {
  const bus = new MessageBus();
  const engine = createEngine({ bus });
  bus.publish({ type: ADD_TO_CART_TYPE, data: { productId: 'p1' } });
  assert.deepEqual(engine.top(0), []);
});

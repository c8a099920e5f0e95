import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageBus } from '../../src/bus/message-bus.js';
import { ADD_TO_CART, captureAddToCart } from '../../src/events/add-to-cart.js';
import { cloudEventProblems } from '../../src/events/cloud-event.js';

test('publishes an add-to-cart CloudEvent on the bus', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(ADD_TO_CART, (e) => seen.push(e));
  captureAddToCart(bus, { productId: 'p1', sessionId: 's1', quantity: 2, userAgent: 'Mozilla/5.0', now: new Date(0) });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].source, '/shop/events/cart');
  assert.equal(seen[0].time, '1970-01-01T00:00:00.000Z');
  assert.deepEqual(seen[0].data, { productId: 'p1', sessionId: 's1', quantity: 2 });
});

test('conforms to the CloudEvents profile', () => {
  const event = captureAddToCart(new MessageBus(), { productId: 'p1', sessionId: 's1', quantity: 1, userAgent: 'Mozilla/5.0' });
  assert.deepEqual(cloudEventProblems(event), []);
});

test('records an anonymous shopper with a null session', () => {
  const event = captureAddToCart(new MessageBus(), { productId: 'p1', quantity: 1, userAgent: 'Mozilla/5.0' });
  assert.equal(event.data.sessionId, null);
});

test('ignores bot traffic and a missing user agent', () => {
  const bus = new MessageBus();
  assert.equal(captureAddToCart(bus, { productId: 'p1', sessionId: 's1', quantity: 1, userAgent: 'Googlebot/2.1' }), undefined);
  assert.equal(captureAddToCart(bus, { productId: 'p1', sessionId: 's1', quantity: 1 }), undefined);
});

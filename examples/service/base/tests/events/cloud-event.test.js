import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cloudEvent, cloudEventProblems } from '../../src/events/cloud-event.js';

test('an event built by cloudEvent conforms', () => {
  const event = cloudEvent({ type: 'com.shop.cart.item-added', source: '/shop/events/cart', data: { productId: 'p1' } });
  assert.deepEqual(cloudEventProblems(event), []);
  assert.equal(event.specversion, '1.0');
});

test('two events built at the same instant get different ids', () => {
  const now = new Date(0);
  const a = cloudEvent({ type: 'com.shop.cart.item-added', source: '/shop/events/cart', data: {}, now });
  const b = cloudEvent({ type: 'com.shop.cart.item-added', source: '/shop/events/cart', data: {}, now });
  assert.notEqual(a.id, b.id);
});

test('a source that is not /shop/<context>/<resource> is a problem', () => {
  const event = cloudEvent({ type: 'com.shop.cart.item-added', source: 'https://shop.example.com/cart', data: {} });
  assert.deepEqual(cloudEventProblems(event), ['source must look like /shop/<context>/<resource>, got "https://shop.example.com/cart"']);
});

test('a type that is not reverse-DNS is a problem', () => {
  const event = cloudEvent({ type: 'ItemAdded', source: '/shop/events/cart', data: {} });
  assert.equal(cloudEventProblems(event).length, 1);
});

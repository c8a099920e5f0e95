import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageBus } from '../../src/bus/message-bus.js';

test('delivers an event to every handler of its type, in order', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe('com.shop.cart.item-added', () => seen.push('first'));
  bus.subscribe('com.shop.cart.item-added', () => seen.push('second'));
  bus.subscribe('com.shop.product.viewed', () => seen.push('other type'));
  bus.publish({ type: 'com.shop.cart.item-added' });
  assert.deepEqual(seen, ['first', 'second']);
});

test('publish returns the event it delivered', () => {
  const event = { type: 'com.shop.cart.item-added', id: 'e1' };
  assert.equal(new MessageBus().publish(event), event);
});

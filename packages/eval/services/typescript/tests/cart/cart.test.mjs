import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cart } from '../../src/cart/cart.mjs';

test('total of the lines', () => {
  const cart = new Cart();
  cart.add('s1', 2, 500);
  cart.add('s2', 1, 300);
  assert.equal(cart.total(), 1300);
});

test('adding the same sku merges lines', () => {
  const cart = new Cart();
  cart.add('s1', 1, 500);
  cart.add('s1', 2, 500);
  assert.deepEqual(cart.lines().map((l) => [l.sku, l.quantity]), [['s1', 3]]);
});

test('remove a line', () => {
  const cart = new Cart();
  cart.add('s1', 1, 500);
  cart.remove('s1');
  assert.deepEqual(cart.lines(), []);
});

test('quantity must be positive', () => {
  assert.throws(() => new Cart().add('s1', 0, 500), RangeError);
});

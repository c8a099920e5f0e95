import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byCategory, slugOf } from '../../src/catalog/products.mjs';

test('slug from the name', () => {
  assert.equal(slugOf({ sku: 's1', name: 'Blue Enamel Mug', priceCents: 1200 }), 'blue-enamel-mug');
});

test('byCategory', () => {
  const mug = { sku: 's1', name: 'Mug', priceCents: 1200, category: 'kitchen' };
  const tee = { sku: 's2', name: 'Tee', priceCents: 2000, category: 'apparel' };
  assert.deepEqual(byCategory([mug, tee], 'kitchen'), [mug]);
});

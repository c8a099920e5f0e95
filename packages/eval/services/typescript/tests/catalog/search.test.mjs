import { test } from 'node:test';
import assert from 'node:assert/strict';
import { search, withTag } from '../../src/catalog/search.mjs';

const PRODUCTS = [
  { sku: 's1', name: 'Blue Mug', priceCents: 1200, category: 'kitchen', tags: ['Ceramic'] },
  { sku: 's2', name: 'Red Tee', priceCents: 2000, category: 'apparel', tags: ['cotton'] },
];

test('search by name', () => {
  assert.deepEqual(search(PRODUCTS, 'Mug').map((p) => p.sku), ['s1']);
});

test('an empty query finds nothing', () => {
  assert.deepEqual(search(PRODUCTS, '  '), []);
});

test('withTag ignores case', () => {
  assert.deepEqual(withTag(PRODUCTS, 'ceramic').map((p) => p.sku), ['s1']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bulkPrice, percentOff } from '../../src/pricing/discounts.mjs';

test('percentOff takes the percentage off', () => {
  assert.equal(percentOff(2000, 10), 1800);
});

test('a negative percentage is no discount', () => {
  assert.equal(percentOff(2000, -5), 2000);
});

test('bulkPrice below the threshold', () => {
  assert.equal(bulkPrice(100, 9), 900);
});

test('bulkPrice from the threshold', () => {
  assert.equal(bulkPrice(100, 10), 950);
});

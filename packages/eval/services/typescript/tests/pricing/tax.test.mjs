import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taxFor, withTax } from '../../src/pricing/tax.mjs';

test('tax rounds half up', () => {
  assert.equal(taxFor(1000, 825), 83);
});

test('withTax adds the tax', () => {
  assert.equal(withTax(1000, 1000), 1100);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCents } from '../../src/pricing/money.mjs';

test('formatCents in dollars', () => {
  assert.equal(formatCents(12345), '$123.45');
});

test('formatCents pads the cents', () => {
  assert.equal(formatCents(705, 'EUR'), '€7.05');
});

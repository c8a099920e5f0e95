import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refundable } from '../../src/payments/refunds.mjs';

test('refundable is never negative', () => {
  assert.equal(refundable(500, 700), 0);
});

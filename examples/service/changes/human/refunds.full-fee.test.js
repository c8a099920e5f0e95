import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refundAmount } from '../../src/payments/refunds.js';

test('refunds the returned items, never more than was paid', () => {
  assert.equal(refundAmount({ paidCents: 1000, returnedItems: 3, unitCents: 500 }), 1000);
  assert.equal(refundAmount({ paidCents: 1500, returnedItems: 1, unitCents: 500 }), 500);
});

test('takes the restocking fee off, rounding in the shop’s favour', () => {
  assert.equal(refundAmount({ paidCents: 999, returnedItems: 1, unitCents: 999, restockingFeePercent: 10 }), 900);
});

test('a refund of zero items is zero', () => {
  assert.equal(refundAmount({ paidCents: 1000, returnedItems: 0, unitCents: 500 }), 0);
});

test('a 100% restocking fee refunds nothing', () => {
  assert.equal(refundAmount({ paidCents: 800, returnedItems: 2, unitCents: 400, restockingFeePercent: 100 }), 0);
});

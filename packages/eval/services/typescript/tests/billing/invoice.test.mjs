import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoiceTotal } from '../../src/billing/invoice.mjs';

test('invoice total with tax', () => {
  assert.equal(invoiceTotal([500, 500], 1000), 1100);
});

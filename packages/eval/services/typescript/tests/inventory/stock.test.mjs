import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OutOfStockError, Stock } from '../../src/inventory/stock.mjs';

test('reserve takes from stock', () => {
  const stock = new Stock({ s1: 3 });
  stock.reserve('s1', 2);
  assert.equal(stock.available('s1'), 1);
});

test('reserving more than available fails', () => {
  assert.throws(() => new Stock({ s1: 1 }).reserve('s1', 2), OutOfStockError);
});

test('lowStock lists skus under five', () => {
  assert.deepEqual(new Stock({ s1: 2, s2: 40 }).lowStock(), ['s1']);
});

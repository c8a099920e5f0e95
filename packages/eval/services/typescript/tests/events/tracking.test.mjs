import { test } from 'node:test';
import assert from 'node:assert/strict';
import { published } from '../../src/bus/bus.mjs';
import { addToCart, pageView } from '../../src/events/tracking.mjs';

test('page views are published', () => {
  const event = pageView('/mugs', 'sess-1');
  assert.equal(event.type, 'page_view');
  assert.equal(published.at(-1), event);
});

test('add to cart carries the quantity', () => {
  assert.equal(addToCart('s1', 2, 'sess-1').quantity, 2);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageBus } from '../../src/bus/message-bus.js';
import { cloudEventProblems } from '../../src/events/cloud-event.js';
import { SEARCH_PERFORMED, captureSearch } from '../../src/events/search.js';
import { popularSearches } from '../../src/recommendations/engine.js';

const SHOPPER = 'Mozilla/5.0 (X11; Linux x86_64)';

test('publishes a search with the trimmed query, result count and session', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(SEARCH_PERFORMED, (e) => seen.push(e));
  captureSearch(bus, { query: '  blue mug ', resultCount: 12, sessionId: 's1', userAgent: SHOPPER, now: new Date(0) });
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0].data, { query: 'blue mug', resultCount: 12, sessionId: 's1' });
  assert.deepEqual(cloudEventProblems(seen[0]), []);
});

test('the recommendations engine counts every search', () => {
  captureSearch(new MessageBus(), { query: 'teapot', resultCount: 3, userAgent: SHOPPER });
  captureSearch(new MessageBus(), { query: 'teapot', resultCount: 3, userAgent: SHOPPER });
  assert.equal(popularSearches(1)[0], 'teapot');
});

test('caps the query at 200 characters', () => {
  const event = captureSearch(new MessageBus(), { query: 'x'.repeat(500), resultCount: 0, userAgent: SHOPPER });
  assert.equal(event.data.query.length, 200);
});

test('does not capture a blank query, bots or a missing user agent', () => {
  const bus = new MessageBus();
  assert.equal(captureSearch(bus, { query: '   ', resultCount: 0, userAgent: SHOPPER }), undefined);
  assert.equal(captureSearch(bus, { query: 'mug', resultCount: 1, userAgent: 'bingbot/2.0' }), undefined);
  assert.equal(captureSearch(bus, { query: 'mug', resultCount: 1 }), undefined);
});

test('captures an anonymous shopper with a null session', () => {
  const event = captureSearch(new MessageBus(), { query: 'mug', resultCount: 1, userAgent: SHOPPER });
  assert.equal(event.data.sessionId, null);
});

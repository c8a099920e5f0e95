import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AsyncMessageBus } from '../../src/bus/async-message-bus.js';
import { MessageBus } from '../../src/bus/message-bus.js';
import { cloudEventProblems } from '../../src/events/cloud-event.js';
import { SEARCH_PERFORMED, SEARCH_PERFORMED_TOPIC, captureSearch } from '../../src/events/search.js';

const SHOPPER = 'Mozilla/5.0 (X11; Linux x86_64)';
const buses = () => ({ bus: new MessageBus(), asyncBus: new AsyncMessageBus() });

test('publishes a search with the trimmed query, result count and session', async () => {
  const b = buses();
  const seen = [];
  b.bus.subscribe(SEARCH_PERFORMED, (e) => seen.push(e));
  await captureSearch(b, { query: '  blue mug ', resultCount: 12, sessionId: 's1', userAgent: SHOPPER, now: new Date(0) });
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0].data, { query: 'blue mug', resultCount: 12, sessionId: 's1' });
  assert.deepEqual(cloudEventProblems(seen[0]), []);
});

test('every search reaches the search-performed topic other contexts subscribe to', async () => {
  const b = buses();
  const delivered = [];
  b.asyncBus.subscribe(SEARCH_PERFORMED_TOPIC, (e) => delivered.push(e.data.query));
  await captureSearch(b, { query: 'teapot', resultCount: 3, userAgent: SHOPPER });
  await captureSearch(b, { query: 'blue mug', resultCount: 12, userAgent: SHOPPER });
  assert.deepEqual(delivered, ['teapot', 'blue mug']);
});

test('caps the query at 200 characters', async () => {
  const event = await captureSearch(buses(), { query: 'x'.repeat(500), resultCount: 0, userAgent: SHOPPER });
  assert.equal(event.data.query.length, 200);
});

test('does not capture a blank query, bots or a missing user agent', async () => {
  const b = buses();
  const delivered = [];
  b.asyncBus.subscribe(SEARCH_PERFORMED_TOPIC, (e) => delivered.push(e));
  assert.equal(await captureSearch(b, { query: '   ', resultCount: 0, userAgent: SHOPPER }), undefined);
  assert.equal(await captureSearch(b, { query: 'mug', resultCount: 1, userAgent: 'bingbot/2.0' }), undefined);
  assert.equal(await captureSearch(b, { query: 'mug', resultCount: 1 }), undefined);
  assert.deepEqual(delivered, []);
});

test('captures an anonymous shopper with a null session', async () => {
  const event = await captureSearch(buses(), { query: 'mug', resultCount: 1, userAgent: SHOPPER });
  assert.equal(event.data.sessionId, null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageBus } from '../../src/bus/message-bus.js';
import { cloudEventProblems } from '../../src/events/cloud-event.js';
import { PAGE_VIEW, capturePageView } from '../../src/events/page-view.js';

const VIEWPORT = { width: 390, height: 844 };
const SHOPPER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)';

test('publishes a page view with product, session, time and viewport', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(PAGE_VIEW, (e) => seen.push(e));
  capturePageView(bus, { productId: 'p9', sessionId: 's2', viewport: VIEWPORT, userAgent: SHOPPER, now: new Date(0) });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].time, '1970-01-01T00:00:00.000Z');
  assert.equal(seen[0].subject, 'p9');
  assert.deepEqual(seen[0].data, { productId: 'p9', sessionId: 's2', viewport: { width: 390, height: 844 } });
});

test('conforms to the CloudEvents profile', () => {
  const event = capturePageView(new MessageBus(), { productId: 'p9', sessionId: 's2', viewport: VIEWPORT, userAgent: SHOPPER });
  assert.deepEqual(cloudEventProblems(event), []);
});

test('captures an anonymous shopper with a null session', () => {
  const event = capturePageView(new MessageBus(), { productId: 'p9', viewport: VIEWPORT, userAgent: SHOPPER });
  assert.equal(event.data.sessionId, null);
});

test('does not capture known bots', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(PAGE_VIEW, (e) => seen.push(e));
  assert.equal(capturePageView(bus, { productId: 'p9', sessionId: 's', viewport: VIEWPORT, userAgent: 'AhrefsBot/7.0' }), undefined);
  assert.deepEqual(seen, []);
});

test('does not capture traffic without a user agent', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(PAGE_VIEW, (e) => seen.push(e));
  assert.equal(capturePageView(bus, { productId: 'p9', sessionId: 's', viewport: VIEWPORT }), undefined);
  assert.deepEqual(seen, []);
});

test('gives concurrent sessions on the same product different event ids', () => {
  const bus = new MessageBus();
  const now = new Date(0);
  const a = capturePageView(bus, { productId: 'p9', sessionId: 's1', viewport: VIEWPORT, userAgent: SHOPPER, now });
  const b = capturePageView(bus, { productId: 'p9', sessionId: 's2', viewport: VIEWPORT, userAgent: SHOPPER, now });
  assert.notEqual(a.id, b.id);
});

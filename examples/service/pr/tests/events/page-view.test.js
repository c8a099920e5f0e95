import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageBus } from '../../src/bus/message-bus.js';
import { PAGE_VIEW, capturePageView } from '../../src/events/page-view.js';

test('publishes a page view with product, session, time and viewport', () => {
  const bus = new MessageBus();
  const seen = [];
  bus.subscribe(PAGE_VIEW, (e) => seen.push(e));
  capturePageView(bus, { productId: 'p9', sessionId: 's2', viewport: { w: 390, h: 844 }, userAgent: 'Mozilla/5.0', now: new Date(0) });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].time, '1970-01-01T00:00:00.000Z');
  assert.deepEqual(seen[0].data, { productId: 'p9', sessionId: 's2', viewport: { w: 390, h: 844 } });
});

test('captures anonymous users and drops bots', () => {
  const bus = new MessageBus();
  assert.equal(capturePageView(bus, { productId: 'p9', viewport: {}, userAgent: 'Mozilla/5.0' }).data.sessionId, null);
  assert.equal(capturePageView(bus, { productId: 'p9', sessionId: 's', viewport: {}, userAgent: 'AhrefsBot' }), undefined);
  assert.equal(capturePageView(bus, { productId: 'p9', sessionId: 's', viewport: {} }), undefined);
});

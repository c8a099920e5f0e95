import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBot } from '../../src/events/bot-detector.js';

test('link-preview fetchers are bots, whatever their version or case', () => {
  assert.equal(isBot('facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'), true);
  assert.equal(isBot('FacebookExternalHit/2.0'), true);
  assert.equal(isBot('Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)'), true);
});

test("shoppers' browsers are not bots", () => {
  assert.equal(isBot('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15'), false);
  assert.equal(isBot('Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/124.0 Mobile Safari/537.36'), false);
});

test('a missing user agent counts as a bot', () => {
  assert.equal(isBot(undefined), true);
  assert.equal(isBot(''), true);
});

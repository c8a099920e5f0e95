import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify, truncate } from '../../src/shared/text.mjs';

test('truncate keeps short text', () => {
  assert.equal(truncate('mug', 10), 'mug');
});

test('slugify joins words with dashes', () => {
  assert.equal(slugify('Blue Enamel Mug'), 'blue-enamel-mug');
});

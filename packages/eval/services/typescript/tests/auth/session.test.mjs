import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValid, newSession } from '../../src/auth/session.mjs';

test('sessions expire', () => {
  const session = newSession('u1', 1_000);
  assert.equal(isValid(session, 1_000 + 60_000), true);
  assert.equal(isValid(session, 1_000 + 31 * 60_000), false);
});

// @ts-check
/** Login sessions. Owned by the identity team. */
import { randomBytes } from 'node:crypto';

export const SESSION_TTL_MS = 30 * 60 * 1000;

/**
 * @param {string} userId
 * @param {number} [now]
 */
export function newSession(userId, now = Date.now()) {
  return { userId, token: randomBytes(16).toString('hex'), expiresAt: now + SESSION_TTL_MS };
}

/**
 * @param {{ expiresAt: number }} session
 * @param {number} [now]
 */
export function isValid(session, now = Date.now()) {
  return now < session.expiresAt;
}

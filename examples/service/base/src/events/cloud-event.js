import { randomUUID } from 'node:crypto';

/**
 * The platform's CloudEvents 1.0 profile. Every event the capture layer
 * publishes is built by `cloudEvent` and must pass `cloudEventProblems`.
 */
export const SPEC_VERSION = '1.0';

/** `source` is a URI reference of the form /shop/<context>/<resource>. */
const SOURCE = /^\/shop\/[a-z]+\/[a-z][a-z-]*$/;
/** `type` is reverse-DNS, lower case: com.shop.<area>.<past-tense-verb>. */
const TYPE = /^com\.shop\.[a-z]+(\.[a-z][a-z-]*)+$/;

export function cloudEvent({ type, source, subject, data, now = new Date(), id = randomUUID() }) {
  return { specversion: SPEC_VERSION, id, source, type, ...(subject ? { subject } : {}), time: now.toISOString(), datacontenttype: 'application/json', data };
}

/** What is wrong with an event against the profile; empty when it conforms. */
export function cloudEventProblems(event) {
  const problems = [];
  if (event.specversion !== SPEC_VERSION) problems.push(`specversion must be '${SPEC_VERSION}'`);
  if (typeof event.id !== 'string' || event.id.length === 0) problems.push('id must be a non-empty string');
  if (typeof event.source !== 'string' || !SOURCE.test(event.source)) problems.push(`source must look like /shop/<context>/<resource>, got ${JSON.stringify(event.source)}`);
  if (typeof event.type !== 'string' || !TYPE.test(event.type)) problems.push(`type must look like com.shop.<area>.<verb>, got ${JSON.stringify(event.type)}`);
  if (typeof event.time !== 'string' || Number.isNaN(Date.parse(event.time))) problems.push('time must be an RFC 3339 timestamp');
  if (event.data === undefined) problems.push('data is required');
  return problems;
}

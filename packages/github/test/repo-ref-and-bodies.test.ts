import { ConfigurationError } from '@agent-guards/action-kit';
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, BODY_TRUNCATION_NOTICE, capBody, hiddenMarker, markedBody, parseRepoRef } from '../src/index.js';

describe('parseRepoRef', () => {
  it('reads owner/name', () => {
    expect(parseRepoRef(' octo-org/service.api ')).toEqual({ owner: 'octo-org', repo: 'service.api' });
  });

  it.each(['octo-org', 'octo-org/service/extra', '/service', 'octo-org/', '-bad/x', 'octo-org/..', 'a b/c', 'octo--org/x'])(
    'rejects %j with a ConfigurationError naming the fix',
    (text) => {
      expect(() => parseRepoRef(text)).toThrow(ConfigurationError);
      expect(() => parseRepoRef(text)).toThrow(/OWNER\/NAME/);
    },
  );
});

describe('bodies', () => {
  it('wraps a plain marker as a hidden comment and keeps one already written that way', () => {
    expect(hiddenMarker('cost-ceiling')).toBe('<!-- agent-guards:cost-ceiling -->');
    expect(hiddenMarker('<!-- mine -->')).toBe('<!-- mine -->');
    expect(() => hiddenMarker('a --> b')).toThrow(/marker/);
  });

  it('caps a body at 65,536 characters with a visible notice and the marker kept at the top', () => {
    const body = markedBody(hiddenMarker('m'), 'x'.repeat(70_000));
    expect(body.length).toBe(BODY_LIMIT);
    expect(body.startsWith('<!-- agent-guards:m -->\n')).toBe(true);
    expect(body.endsWith(BODY_TRUNCATION_NOTICE)).toBe(true);
    expect(capBody('short')).toBe('short');
  });

  it('never cuts a surrogate pair in half', () => {
    const cut = BODY_LIMIT - BODY_TRUNCATION_NOTICE.length;
    const text = `${'a'.repeat(cut - 1)}😀${'b'.repeat(BODY_TRUNCATION_NOTICE.length)}`;
    const capped = capBody(text);
    expect(capped.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(capped.slice(0, -BODY_TRUNCATION_NOTICE.length)).toBe('a'.repeat(cut - 1));
  });
});

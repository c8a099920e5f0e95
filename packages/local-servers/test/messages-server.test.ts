import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { serverTokenCount, startMessagesServer, type MessagesServer } from '../src/messages-server.js';

const LONG_SYSTEM = 'You are a careful engineer. '.repeat(400);
let server: MessagesServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(url: string, maxRetries = 2): Anthropic {
  return new Anthropic({ baseURL: url, apiKey: 'test-key', maxRetries });
}

const system = [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: { type: 'ephemeral' as const } }];

describe('messages server', () => {
  it('plays scripted turns to the real SDK and assigns tool_use ids', async () => {
    server = await startMessagesServer({
      script: [{ content: [{ type: 'text', text: '<frame> looking' }, { type: 'tool_use', name: 'list_dir', input: { path: '.' } }] }],
    });
    const reply = await client(server.url).messages.create({ model: 'claude-sonnet-4-6', max_tokens: 100, messages: [{ role: 'user', content: 'go' }] });
    expect(reply.stop_reason).toBe('tool_use');
    const use = reply.content[1];
    expect(use?.type === 'tool_use' && use.id.startsWith('toolu_')).toBe(true);
    expect(server.requests[0]?.body.model).toBe('claude-sonnet-4-6');
  });

  it('reads a cached prefix on the second request and bills only the new part as creation', async () => {
    server = await startMessagesServer({ script: [{ content: [{ type: 'text', text: 'a' }] }, { content: [{ type: 'text', text: 'b' }] }] });
    const sdk = client(server.url);
    const first = await sdk.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 10, system, messages: [{ role: 'user', content: 'one' }] });
    const second = await sdk.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 10, system, messages: [{ role: 'user', content: 'two' }] });
    const systemTokens = serverTokenCount(`system:${JSON.stringify({ type: 'text', text: LONG_SYSTEM })}`);
    expect(first.usage.cache_creation_input_tokens).toBe(systemTokens);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(systemTokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(server.totals().hitRate).toBeGreaterThan(0.45);
  });

  it('caches nothing below the model minimum (4096 tokens for Haiku 4.5)', async () => {
    server = await startMessagesServer({ script: [{ content: [{ type: 'text', text: 'a' }] }, { content: [{ type: 'text', text: 'b' }] }] });
    const sdk = client(server.url);
    for (let i = 0; i < 2; i += 1) await sdk.messages.create({ model: 'claude-haiku-4-5', max_tokens: 10, system, messages: [{ role: 'user', content: 'x' }] });
    expect(server.totals().cacheRead).toBe(0);
    expect(server.totals().cacheCreation).toBe(0);
  });

  it('rejects a tool_result that does not answer the preceding tool_use', async () => {
    server = await startMessagesServer({ script: [{ content: [{ type: 'text', text: 'never' }] }] });
    const call = client(server.url).messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 10,
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_a', name: 'read_file', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_b', content: 'x' }] },
      ],
    });
    await expect(call).rejects.toThrow(/unexpected tool_use_id/);
    expect(server.rejected).toHaveLength(1);
  });

  it('rejects an unanswered tool_use, a fifth breakpoint, a missing max_tokens and repeated roles', async () => {
    server = await startMessagesServer();
    const sdk = client(server.url);
    await expect(
      sdk.messages.create({
        model: 'm',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'go' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_a', name: 'read_file', input: {} }] },
          { role: 'user', content: 'no result' },
        ],
      }),
    ).rejects.toThrow(/without tool_result/);
    const cc = { type: 'ephemeral' as const };
    await expect(
      sdk.messages.create({
        model: 'm',
        max_tokens: 10,
        system: [1, 2, 3, 4, 5].map((n) => ({ type: 'text' as const, text: `s${n}`, cache_control: cc })),
        messages: [{ role: 'user', content: 'go' }],
      }),
    ).rejects.toThrow(/maximum of 4 blocks with cache_control/);
    await expect(sdk.messages.create({ model: 'm', messages: [{ role: 'user', content: 'go' }] } as never)).rejects.toThrow(/max_tokens/);
    await expect(
      sdk.messages.create({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }] }),
    ).rejects.toThrow(/alternate/);
    expect(server.rejected).toHaveLength(4);
  });

  it('injects a 529 that the SDK retries', async () => {
    server = await startMessagesServer({
      script: [{ error: { status: 529, message: 'Overloaded' } }, { content: [{ type: 'text', text: 'ok' }] }],
    });
    const reply = await client(server.url).messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'go' }] });
    expect(reply.content[0]).toEqual({ type: 'text', text: 'ok' });
    expect(server.requests.map((r) => r.status)).toEqual([529, 200]);
  });
});

import type Anthropic from '@anthropic-ai/sdk';
import type { Mode } from '@agent-guards/config';
import { controlToolsFor } from '../control-tools.js';
import { inputSchemaOf, type ToolSpec } from '../tools/tool.js';
import * as z from 'zod/mini';
import type { Conversation } from './conversation.js';

type Params = Anthropic.Messages.MessageCreateParamsNonStreaming;
const BREAKPOINT = { type: 'ephemeral' } as const;

/**
 * The tool list of a mode: the manifest's tools in KNOWN_TOOLS order, then the
 * mode's control tools. Built from fixed text, so it is byte-identical across
 * sessions of the mode — it is the head of the cached prefix.
 */
export function toolDefinitions(mode: Mode, bound: ReadonlyMap<string, ToolSpec>): Anthropic.Messages.Tool[] {
  const tools: Anthropic.Messages.Tool[] = [...bound.values()].map((t) => ({ name: t.name, description: t.description, input_schema: inputSchemaOf(t) }));
  for (const c of controlToolsFor(mode)) {
    const { $schema: _drop, ...schema } = z.toJSONSchema(c.input, { io: 'input' }) as Record<string, unknown>;
    tools.push({ name: c.name, description: c.description, input_schema: { ...schema, type: 'object' } });
  }
  return tools;
}

/**
 * A Messages API request with the cache layout of spec §4's prompt-stability
 * invariant: [tools + system] (breakpoint 1: identity, mode, skills — shared
 * by every session of the mode) → first message's shared context packet
 * (breakpoint 2, carried in the stored message: shared by tickets with the same
 * packet) → ticket data and history → the newest block (breakpoint 3, moving:
 * each turn reads the previous turns from cache). Three breakpoints, under the
 * API's four.
 */
export function buildRequest(input: { model: string; maxTokens: number; systemText: string; tools: Anthropic.Messages.Tool[]; conversation: Conversation }): Params {
  const messages = input.conversation.outgoing();
  const last = messages[messages.length - 1]!;
  const content = last.content as Anthropic.Messages.ContentBlockParam[];
  const tail = content[content.length - 1];
  if (tail && (tail.type === 'text' || tail.type === 'tool_result')) {
    content[content.length - 1] = { ...tail, cache_control: BREAKPOINT };
  }
  return {
    model: input.model,
    max_tokens: input.maxTokens,
    system: [{ type: 'text', text: input.systemText, cache_control: BREAKPOINT }],
    tools: input.tools,
    messages,
  };
}

/**
 * The conservative token estimate the budget projects with: one token per 3
 * UTF-8 bytes of the request JSON. Claude's tokenizer averages about 3.5–4
 * bytes per token on English and code, and JSON escaping only adds bytes, so
 * this overestimates: the hard cap is never crossed because of an estimate.
 */
export const ESTIMATE_BYTES_PER_TOKEN = 3;

export function estimateInputTokens(params: Pick<Params, 'system' | 'tools' | 'messages'>): number {
  const bytes = Buffer.byteLength(JSON.stringify({ system: params.system, tools: params.tools, messages: params.messages }), 'utf8');
  return Math.ceil(bytes / ESTIMATE_BYTES_PER_TOKEN);
}

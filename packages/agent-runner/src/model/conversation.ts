import type Anthropic from '@anthropic-ai/sdk';
import type { Mode } from '@agent-guards/config';

type MessageParam = Anthropic.Messages.MessageParam;
type UserBlock = Anthropic.Messages.TextBlockParam | Anthropic.Messages.ToolResultBlockParam;

/** A mode's conversation, serializable for the checkpoint: sent messages plus the user message being built. */
export interface ConversationState {
  mode: Mode;
  messages: MessageParam[];
  /** The next user message: tool results first, then text (the API's order). */
  pending: UserBlock[];
}

/**
 * One conversation per mode visit: each mode has its own model, tools and
 * system prompt, so each starts a fresh conversation whose first message
 * carries the packet, the ticket and the previous mode's artifact.
 */
export class Conversation {
  constructor(readonly state: ConversationState) {}

  static start(mode: Mode, firstMessage: UserBlock[]): Conversation {
    return new Conversation({ mode, messages: [], pending: firstMessage });
  }

  addToolResult(toolUseId: string, content: string, isError: boolean): void {
    const block: Anthropic.Messages.ToolResultBlockParam = { type: 'tool_result', tool_use_id: toolUseId, content, ...(isError ? { is_error: true } : {}) };
    const firstText = this.state.pending.findIndex((b) => b.type === 'text');
    if (firstText < 0) this.state.pending.push(block);
    else this.state.pending.splice(firstText, 0, block);
  }

  addText(text: string): void {
    this.state.pending.push({ type: 'text', text });
  }

  /** Tool uses of the last assistant message that have no result yet. */
  unansweredToolUses(): string[] {
    const last = this.state.messages[this.state.messages.length - 1];
    if (!last || last.role !== 'assistant' || typeof last.content === 'string') return [];
    const answered = new Set(this.state.pending.flatMap((b) => (b.type === 'tool_result' ? [b.tool_use_id] : [])));
    return last.content.flatMap((b) => (b.type === 'tool_use' && !answered.has(b.id) ? [b.id] : []));
  }

  /** The messages of the next request: history plus the pending user message (copied; the history is never mutated). */
  outgoing(): MessageParam[] {
    return [...this.state.messages, { role: 'user', content: [...this.state.pending] }];
  }

  /** After a successful call: the pending message was sent, the reply is history. */
  commit(assistant: Anthropic.Messages.ContentBlock[]): void {
    this.state.messages.push({ role: 'user', content: this.state.pending });
    // The API rejects empty text blocks when they are sent back: drop them, never send an empty message.
    const content = assistant.filter((b) => b.type !== 'text' || b.text.trim().length > 0).map(toParam);
    this.state.messages.push({ role: 'assistant', content: content.length > 0 ? content : [{ type: 'text', text: '(no content)' }] });
    this.state.pending = [];
  }
}

/** Response blocks as request params (only text and tool_use are echoed back; the runner uses no server tools). */
function toParam(block: Anthropic.Messages.ContentBlock): Anthropic.Messages.ContentBlockParam {
  if (block.type === 'tool_use') return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
  if (block.type === 'text') return { type: 'text', text: block.text };
  return block as unknown as Anthropic.Messages.ContentBlockParam;
}

import { randomHex } from '@agent-guards/telemetry';

/**
 * Untrusted text (PR bodies, file contents, model output, commit messages) must
 * not be able to issue workflow commands such as `::add-mask::` or
 * `::stop-commands::`. The runner only reads commands at the start of a line, so
 * `neutralizeWorkflowCommands` breaks every line that could start one;
 * `fenceUntrusted` brackets a block with a random stop-commands token instead.
 */
const COMMAND_AT_LINE_START = /^(\s*)::/gm;

export function neutralizeWorkflowCommands(text: string): string {
  // A zero-width space between the colons keeps the text readable but inert.
  return text.replace(COMMAND_AT_LINE_START, '$1:\u200b:');
}

export function fenceUntrusted(text: string, token = randomHex(16)): string {
  // A token that appears in the text could end the fence early: pick a fresh one.
  while (text.includes(token)) token = randomHex(16);
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

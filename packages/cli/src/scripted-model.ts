import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ScriptedResponse, ScriptedToolUse } from '@agent-guards/local-servers';
import * as z from 'zod/mini';

const TranscriptSchema = z.strictObject({
  description: z.optional(z.string()),
  turns: z.array(
    z.strictObject({
      marker: z.enum(['<frame>', '<plan>', '<implement>', '<review>']),
      text: z.string(),
      calls: z._default(z.array(z.strictObject({ name: z.string(), input: z.record(z.string(), z.unknown()) })), []),
    }),
  ),
});

/**
 * A scripted model transcript (JSON) as the turns the local Messages server
 * plays. A call input `content_file` is replaced by `content`, read from the
 * example's folder (examples/service, whatever folder the transcript is in),
 * so file bodies stay files. `{{name}}` in any input string is replaced by
 * `placeholders.name`: places an attacker would guess, known only at run time.
 */
export function loadTranscript(path: string, placeholders: Record<string, string> = {}): ScriptedResponse[] {
  const parsed = TranscriptSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const root = exampleRoot(path);
  return parsed.turns.map((t) => ({
    content: [{ type: 'text', text: `${t.marker} ${t.text}` }, ...t.calls.map((c) => toolUse(c, root, placeholders))],
  }));
}

/** The folder `content_file` paths are relative to: the example service's, above its transcripts/ folder. */
function exampleRoot(transcript: string): string {
  const dir = dirname(transcript);
  return basename(dir) === 'transcripts' ? dirname(dir) : dir;
}

function fill(text: string, placeholders: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => placeholders[name] ?? whole);
}

function toolUse(call: { name: string; input: Record<string, unknown> }, dir: string, placeholders: Record<string, string>): ScriptedToolUse {
  const { content_file: file, ...rest } = call.input;
  const input = typeof file === 'string' ? { ...rest, content: readFileSync(resolve(dir, file), 'utf8') } : rest;
  const filled = JSON.parse(JSON.stringify(input), (_key, value: unknown) => (typeof value === 'string' ? fill(value, placeholders) : value)) as Record<string, unknown>;
  return { type: 'tool_use', name: call.name, input: filled };
}

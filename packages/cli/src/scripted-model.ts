import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ScriptedResponse, ScriptedToolUse } from '@agent-guards/local-servers';
import { z } from 'zod';

const TranscriptSchema = z.strictObject({
  description: z.string().optional(),
  turns: z.array(
    z.strictObject({
      marker: z.enum(['<frame>', '<plan>', '<implement>', '<review>']),
      text: z.string(),
      calls: z.array(z.strictObject({ name: z.string(), input: z.record(z.string(), z.unknown()) })).default([]),
    }),
  ),
});

/**
 * A scripted model transcript (JSON) as the turns the local Messages server
 * plays. A call input `content_file` is replaced by `content`, read from the
 * transcript's folder, so file bodies stay files.
 */
export function loadTranscript(path: string): ScriptedResponse[] {
  const parsed = TranscriptSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.turns.map((t) => ({
    content: [{ type: 'text', text: `${t.marker} ${t.text}` }, ...t.calls.map((c) => toolUse(c, dirname(path)))],
  }));
}

function toolUse(call: { name: string; input: Record<string, unknown> }, dir: string): ScriptedToolUse {
  const { content_file: file, ...rest } = call.input;
  const input = typeof file === 'string' ? { ...rest, content: readFileSync(resolve(dir, file), 'utf8') } : rest;
  return { type: 'tool_use', name: call.name, input };
}

import * as z from 'zod/mini';
import { PolicySchema } from './policy.js';
import { TicketSchema } from './ticket.js';
import { ToolManifestSchema } from './manifest.js';

/** A published JSON Schema, generated from the zod schema it describes. */
export interface PublishedSchema {
  /** File name under schemas/. */
  file: string;
  title: string;
  schema: z.ZodMiniType;
}

export const CONFIG_SCHEMAS: PublishedSchema[] = [
  { file: 'policy.schema.json', title: 'agent-guards policy (.github/agent-guards.yml)', schema: PolicySchema },
  { file: 'ticket.schema.json', title: 'agent-guards ticket (.agent/tickets/<id>.yml)', schema: TicketSchema },
  { file: 'tool-manifest.schema.json', title: 'agent-guards tool manifest (.github/agent-manifest.yml)', schema: ToolManifestSchema },
];

/** JSON Schema text for one zod schema; input shape, so defaulted fields are optional. */
export function toJsonSchemaText(entry: PublishedSchema): string {
  const json = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, title: entry.title }, null, 2)}\n`;
}

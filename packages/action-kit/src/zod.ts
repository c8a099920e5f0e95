import * as z from 'zod/mini';

// The packages build their schemas with zod/mini: classic zod, which hangs its whole method API on
// every schema, makes each process start ~12 ms slower. zod/mini says only "Invalid input" until a
// locale is set, where classic sets English on its first schema; users read these messages (config
// problems, action inputs), so English is set here, in the package every parsing package imports.
z.config(z.locales.en());

/**
 * `schema` with a description, as classic zod's `.describe()` gives one: a copy of the schema
 * registered in the global registry, which z.toJSONSchema reads. (zod/mini's `z.describe()` adds a
 * check instead, and z.omit refuses an object schema with checks: eval scenarios omit from TicketSchema.)
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

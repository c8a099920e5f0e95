import * as z from 'zod/mini';
import { ConfigurationError } from './errors.js';

/**
 * Reads every input an action declares into one typed object, once. Empty
 * strings count as "not given" so the zod schema's defaults apply: the schema is
 * the one place each default lives (action.yml repeats it for the docs, and a test
 * keeps them equal).
 */
export function parseInputs<S extends z.ZodMiniObject>(
  schema: S,
  getInput: (name: string) => string,
  source = 'action inputs',
): z.infer<S> {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = getInput(name);
    raw[name] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new ConfigurationError(`invalid value ${JSON.stringify(raw[field] ?? '')}: ${issue.message}.`, {
      file: source,
      field,
      fix: `set input '${field}' to a valid value (see the action's README).`,
    });
  }
  return parsed.data;
}

/** Boolean inputs accept only true/false, as in @actions/core's getBooleanInput. */
export const booleanInput = z.pipe(
  z.enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']),
  z.transform((v) => v.toLowerCase() === 'true'),
);

/** A non-negative integer given as a string. */
export const integerInput = z.pipe(
  z.string().check(z.regex(/^\d+$/, 'expected a whole number')),
  z.transform((v) => Number.parseInt(v, 10)),
);

/** A newline- or comma-separated list; blank entries dropped. */
export const listInput = z.pipe(
  z.string(),
  z.transform((v) =>
    v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
);

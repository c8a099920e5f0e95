import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@agent-guards/action-kit';
import type * as z from 'zod/mini';

/** Reads a file's text; a missing file is a ConfigurationError naming it and the option that gave it. */
export async function readInputText(file: string, what: string, fix: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new ConfigurationError(`cannot read the ${what} (${code}).`, { file, fix });
    }
    throw error;
  }
}

/** Parses JSON text; a syntax error is a ConfigurationError naming the file. */
export function parseJsonText(text: string, file: string, what: string, fix: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${what}: not valid JSON (${(error as Error).message}).`, { file, ...(line ? { line } : {}), fix });
  }
}

/**
 * Validates a value against a schema; the first issue becomes a
 * ConfigurationError naming the file, the field and the fix. The dashboard
 * never shows figures computed from part of a file.
 */
export function validateInput<S extends z.ZodMiniType>(schema: S, value: unknown, file: string, what: string, fix: string, line?: number): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(top level)';
  const more = parsed.error.issues.length > 1 ? ` (${parsed.error.issues.length - 1} more problem(s) after this one)` : '';
  throw new ConfigurationError(`${what}: does not match the schema: ${issue.message}${more}.`, { file, field, ...(line ? { line } : {}), fix });
}

/** Reads, parses and validates one JSON file. */
export async function readJsonInput<S extends z.ZodMiniType>(file: string, schema: S, what: string, fix: string): Promise<z.infer<S>> {
  const text = await readInputText(file, what, fix);
  return validateInput(schema, parseJsonText(text, file, what, fix), file, what, fix);
}

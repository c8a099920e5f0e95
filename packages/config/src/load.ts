import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { readFileAt } from '@agent-guards/git';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { defaultPolicy, DEFAULT_POLICY_PATH, PolicySchema, type Policy } from './policy.js';
import { TicketSchema, type Ticket } from './ticket.js';
import { DEFAULT_MANIFEST, ToolManifestSchema, type ToolManifest } from './manifest.js';

/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      line = rangeLine(pair.key, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, counter) ?? line;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

/**
 * Parses YAML text and validates it; every error names the file, the line and
 * the field, and says what to fix. Nothing is half-loaded: it either returns
 * the whole valid value or throws.
 */
export function parseConfig<S extends z.ZodType>(text: string, file: string, schema: S, what: string): z.infer<S> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
    throw new ConfigurationError(`${what} is not valid YAML: ${e.message.split('\n')[0]}.`, {
      file,
      ...(line ? { line } : {}),
      fix: 'correct the YAML syntax at that line.',
    });
  }
  const value: unknown = doc.toJS();
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(top level)';
    const line = lineOf(doc, counter, issue.path);
    const extra = parsed.error.issues.length > 1 ? ` (${parsed.error.issues.length - 1} more problem(s) after this one)` : '';
    throw new ConfigurationError(`${what}: ${issue.message}${extra}.`, {
      file,
      field,
      ...(line ? { line } : {}),
      fix: `correct '${field}' as the schema says (schemas/ in the agent-guards repo; add '# yaml-language-server: $schema=…' for editor checks).`,
    });
  }
  return parsed.data;
}

export interface LoadOptions {
  repo: string;
  /** The base commit: trusted files are read there, never at head. */
  base: string;
  logger?: Logger;
}

/** The policy at the base commit; the built-in defaults when the default path has none. */
export async function loadPolicy(options: LoadOptions & { path?: string }): Promise<{ policy: Policy; path: string; found: boolean }> {
  const path = options.path ?? DEFAULT_POLICY_PATH;
  const text = await readFileAt(options.repo, options.base, path);
  if (text === undefined) {
    if (options.path && options.path !== DEFAULT_POLICY_PATH) {
      throw new ConfigurationError(`the policy file does not exist at the base commit ${options.base.slice(0, 12)}.`, {
        file: path,
        fix: 'commit the policy to the base branch, or pass the right --policy path.',
      });
    }
    options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
    return { policy: defaultPolicy(), path, found: false };
  }
  return { policy: parseConfig(text, path, PolicySchema, 'policy'), path, found: true };
}

/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
export async function loadTicket(options: LoadOptions & { path: string }): Promise<Ticket> {
  const text = await readFileAt(options.repo, options.base, options.path);
  if (text === undefined) {
    throw new ConfigurationError(`the ticket file does not exist at the base commit ${options.base.slice(0, 12)}.`, {
      file: options.path,
      fix: 'commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted.',
    });
  }
  return parseConfig(text, options.path, TicketSchema, 'ticket');
}

/** The tool manifest at the base commit; the spec §5 manifest when absent. */
export async function loadManifest(options: LoadOptions & { path: string }): Promise<{ manifest: ToolManifest; found: boolean }> {
  const text = await readFileAt(options.repo, options.base, options.path);
  if (text === undefined) {
    options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec §5 manifest.`);
    return { manifest: DEFAULT_MANIFEST, found: false };
  }
  return { manifest: parseConfig(text, options.path, ToolManifestSchema, 'tool manifest'), found: true };
}

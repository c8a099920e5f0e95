import { ConfigurationError, described } from '@agent-guards/action-kit';
import { parseConfig, type PublishedSchema } from '@agent-guards/config';
import { readFileAt } from '@agent-guards/git';
import * as z from 'zod/mini';
import { parseSpecReference, resolveReference } from './references.js';
import type { SpecDocument } from './spec-document.js';

/**
 * What kind of change a spec section is addressed by:
 * - `dev-dependency-update`: only dependency manifests and lockfiles changed, and in them only dev dependencies;
 * - `test-addition`: only test files changed, at least one test added and none removed;
 * - `bug-fix`: code changed together with a test, no test removed, and a `fix` commit;
 * - `refactor`: inside the entry's paths, no public signature or contract file changed, no test removed, no dependency change;
 * - `docs`: only documentation changed.
 */
export const CHANGE_KINDS = ['dev-dependency-update', 'test-addition', 'bug-fix', 'refactor', 'docs'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** `§3`, `§3.4` (section 3.4, else clause 4 of §3) or `§3 clause 4`. */
export const SPEC_MAP_KEY = /^§\d{1,4}(?:\.\d{1,4})*(?: clause \d{1,4})?$/;

const glob = z.string().check(z.minLength(1, 'a glob cannot be empty'));

export const SpecMapEntrySchema = z
  .strictObject({
    description: described(z.optional(z.string()), 'What a change addressing this section does, for readers of the map.'),
    paths: described(z._default(z.array(glob), []), 'The change touches at least one file matching these globs; for `refactor`, every file must match.'),
    kinds: described(z._default(z.array(z.enum(CHANGE_KINDS)), []), 'The change is of at least one of these kinds.'),
    public: described(
      z._default(z.array(glob), []),
      'For `refactor`: files whose change alters a public signature or behaviour, in addition to the built-in contract files.',
    ),
  })
  .check(z.refine((entry) => entry.paths.length > 0 || entry.kinds.length > 0, { message: 'an entry needs `paths`, `kinds` or both' }));

export const SpecMapSchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    sections: described(
      z.record(z.string().check(z.regex(SPEC_MAP_KEY, "keys are '§N', '§N.M' or '§N clause K'")), SpecMapEntrySchema),
      'Per spec section or clause: what a change that addresses it looks like.',
    ),
  }),
  'agent-guards spec map: what a change addressing each spec section looks like; read at the PR base commit.',
);

export type SpecMap = z.infer<typeof SpecMapSchema>;
export type SpecMapEntry = z.infer<typeof SpecMapEntrySchema>;

/** The published JSON Schema entry, in the shape of CONFIG_SCHEMAS. */
export const SPEC_MAP_SCHEMA: PublishedSchema = {
  file: 'spec-map.schema.json',
  title: 'agent-guards spec map (docs/agent-spec-map.yml)',
  schema: SpecMapSchema,
};

/** A map entry with its key resolved against the spec: `§3.9` and `§3 clause 9` are the same target. */
export interface ResolvedMapEntry {
  /** Canonical target key (`§3`, `§3.4`, `§3 clause 9`). */
  key: string;
  /** The key as written in the map. */
  written: string;
  entry: SpecMapEntry;
}

export interface LoadedSpecMap {
  path: string;
  /** By canonical target key. */
  entries: Map<string, ResolvedMapEntry>;
}

/**
 * Resolves every key of a parsed map against the spec. A key naming a section
 * or clause the spec does not have, or two keys naming the same target, is a
 * configuration error: a stale map would silently stop checking.
 */
export function resolveSpecMap(map: SpecMap, spec: SpecDocument, path: string): LoadedSpecMap {
  const entries = new Map<string, ResolvedMapEntry>();
  for (const [written, entry] of Object.entries(map.sections)) {
    const [ref] = parseSpecReference(written);
    const resolved = ref ? resolveReference(spec, ref) : undefined;
    if (!resolved?.found) {
      throw new ConfigurationError(`the map names ${written}, but ${resolved ? resolved.problem : 'that is not a reference'} at the base commit.`, {
        file: path,
        field: `sections.${written}`,
        fix: 'point the key at a section or clause of the spec, or remove the entry.',
      });
    }
    const earlier = entries.get(resolved.key);
    if (earlier) {
      throw new ConfigurationError(`'${written}' and '${earlier.written}' both name ${resolved.key}.`, {
        file: path,
        field: `sections.${written}`,
        fix: 'merge the two entries into one.',
      });
    }
    entries.set(resolved.key, { key: resolved.key, written, entry });
  }
  return { path, entries };
}

/** The spec map named by the policy, read at the base commit; a named map that is missing is an error. */
export async function loadSpecMap(repo: string, base: string, path: string, spec: SpecDocument): Promise<LoadedSpecMap> {
  return specMapFromText(await readFileAt(repo, base, path), path, base, spec);
}

/** The map from its text at base (undefined: the file is not there). */
export function specMapFromText(text: string | undefined, path: string, base: string, spec: SpecDocument): LoadedSpecMap {
  if (text === undefined) {
    throw new ConfigurationError(`the spec map does not exist at the base commit ${base.slice(0, 12)}.`, {
      file: path,
      field: 'spec.map',
      fix: "commit the map to the base branch, or remove 'spec.map' from the policy.",
    });
  }
  return resolveSpecMap(parseConfig(text, path, SpecMapSchema, 'spec map', { commit: base }), spec, path);
}

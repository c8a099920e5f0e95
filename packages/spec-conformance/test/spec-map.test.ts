import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { parseConfig, toJsonSchemaText } from '@agent-guards/config';
import { loadSpecMap, parseSpec, resolveSpecMap, SPEC_MAP_SCHEMA, SpecMapSchema } from '@agent-guards/spec-conformance';
import { TempRepo } from '@agent-guards/testkit';
import { MAP_PATH, SPEC_MAP_YAML, SPEC_MARKDOWN } from './helpers.js';

const spec = parseSpec(SPEC_MARKDOWN);

function load(yaml: string) {
  return resolveSpecMap(parseConfig(yaml, MAP_PATH, SpecMapSchema, 'spec map'), spec, MAP_PATH);
}

function configurationError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('the spec map', () => {
  it('loads the example map for the seed spec, resolving keys to canonical targets', () => {
    const map = load(SPEC_MAP_YAML);
    expect([...map.entries.keys()]).toEqual(['§1', '§3 clause 6', '§3 clause 9', '§4 clause 2', '§4 clause 8', '§11 clause 3', '§12 clause 3']);
    expect(map.entries.get('§3 clause 9')!.entry.kinds).toEqual(['dev-dependency-update']);
  });

  it('treats §3.9 and §3 clause 9 as one target and rejects both in one map', () => {
    expect(load('version: 1\nsections:\n  "§3.9": { kinds: [dev-dependency-update] }\n').entries.has('§3 clause 9')).toBe(true);
    const error = configurationError(() => load('version: 1\nsections:\n  "§3.9": { kinds: [docs] }\n  "§3 clause 9": { kinds: [docs] }\n'));
    expect(error.message).toContain("'§3 clause 9' and '§3.9' both name §3 clause 9");
  });

  it('rejects a key naming a section or clause the spec does not have, naming the field', () => {
    const error = configurationError(() => load('version: 1\nsections:\n  "§3 clause 99": { kinds: [docs] }\n'));
    expect(error).toMatchObject({ file: MAP_PATH, field: 'sections.§3 clause 99' });
    expect(error.message).toContain('has 9 clause(s), not 99');
  });

  it.each([
    ['an unknown change kind', 'version: 1\nsections:\n  "§3":\n    kinds: [feature]\n', 'sections.§3.kinds.0', 4],
    ['an unknown field', 'version: 1\nsections:\n  "§3":\n    kinds: [docs]\n    owner: me\n', 'sections.§3.owner', 5],
    ['a key that is not a reference', 'version: 1\nsections:\n  "3": { kinds: [docs] }\n', 'sections.3', 3],
    ['an entry with neither paths nor kinds', 'version: 1\nsections:\n  "§3": { description: x }\n', 'sections.§3', 3],
    ['a missing version', 'sections: {}\n', 'version', undefined],
  ])('rejects %s with file, field and line', (_name, yaml, field, line) => {
    const error = configurationError(() => load(yaml));
    expect(error).toMatchObject({ file: MAP_PATH, field });
    if (line !== undefined) expect(error.line).toBe(line);
    expect(error.message).toContain('Fix:');
  });

  it('publishes a strict JSON Schema that restricts keys and kinds', () => {
    expect(SPEC_MAP_SCHEMA.file).toBe('spec-map.schema.json');
    const json = JSON.parse(toJsonSchemaText(SPEC_MAP_SCHEMA)) as Record<string, any>;
    expect(json.title).toContain('spec map');
    expect(json.additionalProperties).toBe(false);
    expect(json.properties.sections.propertyNames.pattern).toBe('^§\\d{1,4}(?:\\.\\d{1,4})*(?: clause \\d{1,4})?$');
    const entry = json.properties.sections.additionalProperties;
    expect(entry.additionalProperties).toBe(false);
    expect(entry.properties.kinds.items.enum).toEqual(['dev-dependency-update', 'test-addition', 'bug-fix', 'refactor', 'docs']);
  });
});

describe('loadSpecMap', () => {
  const repo = new TempRepo();
  afterAll(() => repo.cleanup());

  it('reads the map at the base commit only: a map added by the PR does not exist', async () => {
    const base = repo.write({ 'README.md': 'x\n' }).commit('chore: init');
    const head = repo.write({ [MAP_PATH]: SPEC_MAP_YAML }).commit('docs: add the map');
    await expect(loadSpecMap(repo.dir, base, MAP_PATH, spec)).rejects.toThrow(/the spec map does not exist at the base commit/);
    const map = await loadSpecMap(repo.dir, head, MAP_PATH, spec);
    expect(map.entries.size).toBe(7);
  });
});

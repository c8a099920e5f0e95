import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Schema = Record<string, unknown>;

interface Description {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

const require = createRequire(import.meta.url);
let description: Description | undefined;

/** GitHub's published REST description (13 MB), read once. */
function githubDescription(): Description {
  description ??= JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Description;
  return description;
}

/** The JSON body schema of one operation, e.g. `POST /repos/{owner}/{repo}/rulesets`. */
export function requestBodySchema(method: string, path: string): Schema {
  const schema = githubDescription().paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`no JSON request body for ${method} ${path} in @octokit/openapi`);
  return schema;
}

function deref(schema: Schema): Schema {
  let current = schema;
  while (typeof current.$ref === 'string') {
    const target = githubDescription().components.schemas[current.$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

/**
 * Where a value breaks a schema of the description: types, enums, required properties, bounds, and —
 * stricter than GitHub, which ignores them — properties the schema does not name, so a misspelt
 * parameter in a template is caught rather than silently dropped.
 */
export function schemaViolations(value: unknown, raw: Schema, where = '$'): string[] {
  const schema = deref(raw);
  const out: string[] = [];
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) out.push(...schemaViolations(value, part, where));
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (alternatives) {
    const results = alternatives.map((alt) => schemaViolations(value, alt, where));
    if (!results.some((r) => r.length === 0)) {
      // The closest alternative is the one whose discriminating enums (a rule's `type`) match.
      const cost = (r: string[]) => r.length + 100 * r.filter((v) => v.includes('is not one of')).length;
      const closest = [...results].sort((a, b) => cost(a) - cost(b))[0] ?? [];
      out.push(`${where}: matches none of ${alternatives.length} alternatives (closest: ${closest.join('; ')})`);
    }
  }
  if (value === null) return schema.nullable === true || alternatives ? out : [...out, `${where}: null is not allowed`];
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) return [...out, `${where}: expected ${type}, got ${JSON.stringify(value)}`];
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) out.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${where}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${where}: ${value} is above ${schema.maximum}`);
  }
  if (type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) out.push(`${where}.${key}: required property missing`);
    for (const [key, item] of Object.entries(record)) {
      if (key in properties) out.push(...schemaViolations(item, properties[key]!, `${where}.${key}`));
      else if (!alternatives && !schema.allOf && schema.additionalProperties === undefined) out.push(`${where}.${key}: not a property the schema names`);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => out.push(...schemaViolations(item, schema.items as Schema, `${where}[${i}]`)));
  return out;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

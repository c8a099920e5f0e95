import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * GitHub's published REST description (@octokit/openapi) and one checker of
 * values against its schemas: the local GitHub server's answers and the
 * request bodies our templates send are both held to it.
 */
export type OpenApiSchema = Record<string, unknown>;

export interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

export interface GitHubDescription {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

const require = createRequire(import.meta.url);
let description: GitHubDescription | undefined;

/** The description (13 MB), read once per process. */
export function githubDescription(): GitHubDescription {
  description ??= JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as GitHubDescription;
  return description;
}

/** One operation, e.g. `openApiOperation('GET', '/repos/{owner}/{repo}/pulls')`; throws when GitHub has no such route. */
export function openApiOperation(method: string, path: string): OpenApiOperation {
  const op = githubDescription().paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${path} is not in GitHub's description`);
  return op;
}

/** The JSON body schema of one operation, e.g. `POST /repos/{owner}/{repo}/rulesets`. */
export function requestBodySchema(method: string, path: string): OpenApiSchema {
  const schema = openApiOperation(method, path).requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`no JSON request body for ${method} ${path} in @octokit/openapi`);
  return schema;
}

function deref(schema: OpenApiSchema): OpenApiSchema {
  let current = schema;
  while (typeof current.$ref === 'string') {
    const target = githubDescription().components.schemas[current.$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

export interface SchemaCheckOptions {
  /**
   * Also report properties the schema does not name. Stricter than GitHub,
   * which ignores them: right for request bodies we write (a misspelt field is
   * caught, not dropped), wrong for responses, which may carry more.
   */
  closed?: boolean;
}

/** Where a value breaks a schema of the description: types, enums, required properties, bounds, nullability. */
export function schemaViolations(value: unknown, raw: OpenApiSchema, options: SchemaCheckOptions = {}, where = '$'): string[] {
  const schema = deref(raw);
  if (value === null && schema.nullable === true) return [];
  const out: string[] = [];
  for (const part of (schema.allOf as OpenApiSchema[] | undefined) ?? []) out.push(...schemaViolations(value, part, options, where));
  const alternatives = (schema.oneOf ?? schema.anyOf) as OpenApiSchema[] | undefined;
  if (alternatives) {
    const results = alternatives.map((alt) => schemaViolations(value, alt, options, where));
    if (!results.some((r) => r.length === 0)) {
      // The closest alternative is the one whose discriminating enums (a rule's `type`) match.
      const cost = (r: string[]): number => r.length + 100 * r.filter((v) => v.includes('is not one of')).length;
      const closest = [...results].sort((a, b) => cost(a) - cost(b))[0] ?? [];
      out.push(`${where}: matches none of ${alternatives.length} alternatives (closest: ${closest.join('; ')})`);
    }
  }
  if (value === null) return schema.nullable === true || alternatives ? out : [...out, `${where}: null is not allowed`];
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) return [...out, `${where}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) out.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${where}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${where}: ${value} is above ${schema.maximum}`);
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, OpenApiSchema> | undefined) ?? {};
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) out.push(`${where}.${key}: required property missing`);
    for (const [key, item] of Object.entries(record)) {
      if (key in properties) out.push(...schemaViolations(item, properties[key]!, options, `${where}.${key}`));
      else if (options.closed && type === 'object' && !alternatives && !schema.allOf && schema.additionalProperties === undefined) {
        out.push(`${where}.${key}: not a property the schema names`);
      }
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => out.push(...schemaViolations(item, schema.items as OpenApiSchema, options, `${where}[${i}]`)));
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

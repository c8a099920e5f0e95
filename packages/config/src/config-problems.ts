import type * as z from 'zod/mini';
import { closestName } from './did-you-mean.js';

/** One thing wrong in a config file: where (dotted field path, line) and what. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `cost.soft_cap_tokens`; `(top level)` for the file itself. */
  field: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** The parts of a zod schema's definition that lead to its fields. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
}

function defOf(schema: z.ZodMiniType | undefined): SchemaDef | undefined {
  return (schema as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** The object or record schemas a value at `path` may be checked against (several through a union). */
function schemasAt(schema: z.ZodMiniType, path: Path): z.ZodMiniType[] {
  let current: z.ZodMiniType[] = [schema];
  for (const key of path) {
    current = current.flatMap(unwrap).flatMap((s) => {
      const def = defOf(s)!;
      if (def.type === 'object') return def.shape?.[String(key)] ? [def.shape[String(key)]!] : [];
      if (def.type === 'record') return def.valueType ? [def.valueType] : [];
      if (def.type === 'array') return def.element ? [def.element] : [];
      return [];
    });
  }
  return current.flatMap(unwrap);
}

/** A schema without its wrappers (default, optional, pipe, …), union members side by side. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType[] {
  const def = defOf(schema);
  if (!def) return [];
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return def.innerType ? unwrap(def.innerType) : [];
    case 'pipe':
      return def.in ? unwrap(def.in) : [];
    case 'union':
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** The keys a config object at `path` may have. */
export function knownKeys(schema: z.ZodMiniType, path: Path): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s)!;
    if (def.type === 'object') Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
    if (def.type === 'record') for (const k of unwrap(def.keyType!)) Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
  }
  return [...keys];
}

/** A dotted field path, list items by index: `cost.models.plan`, `tests.frameworks.0`. */
export function fieldPath(path: Path): string {
  return path.map(String).join('.') || '(top level)';
}

/**
 * Every problem zod found, one per field, each said so that the fix is plain:
 * an unknown key names the closest known key, a value outside a list names the
 * closest allowed value, a union that failed says why in the member that was meant.
 */
export function configProblems(schema: z.ZodMiniType, issues: readonly Issue[], lineOf: (path: Path) => number | undefined): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: Path, message: string): void => {
    const line = lineOf(path);
    problems.push({ field: fieldPath(path), ...(line ? { line } : {}), message });
  };
  const visit = (issue: Issue, prefix: Path): void => {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const near = closestName(key, known);
          add([...path, key], near ? `unknown key '${key}'; did you mean '${near}'?` : `unknown key '${key}'; the keys here are: ${known.join(', ')}.`);
        }
        return;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const given = valueAt(issue.input);
        const near = given !== undefined ? closestName(given, allowed) : undefined;
        const list = allowed.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${allowed.join(', ')}`;
        if (issue.input === undefined) add(path, `missing: it is required (it ${list}).`);
        else add(path, `${given !== undefined ? `'${given}' ` : ''}${list}${near ? `; did you mean '${near}'?` : '.'}`);
        return;
      }
      case 'invalid_union': {
        // The member the value was meant for is the one whose own fields were checked (the value had its shape).
        const shaped = issue.errors.filter((member) => member.length > 0 && !member.some(isWrongKind));
        if (shaped.length === 1) {
          shaped[0]!.forEach((i) => visit(i, path));
          return;
        }
        const wrong = issue.errors.flatMap((member) => member.filter(isWrongKind));
        const values = wrong.flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []));
        const forms = [...(values.length > 0 ? [`one of ${values.join(', ')}`] : []), ...wrong.flatMap((i) => (i.code === 'invalid_type' ? [YAML_KINDS[i.expected] ?? `a ${i.expected}`] : []))];
        const given = valueAt(issue.input);
        const near = given !== undefined ? closestName(given, values) : undefined;
        if (forms.length === 0) add(path, `${lowerFirst(issue.message)}.`);
        else add(path, `${given !== undefined ? `'${given}' is` : 'it is'} none of the accepted forms: ${forms.join('; or ')}${near ? `. Did you mean '${near}'?` : '.'}`);
        return;
      }
      case 'invalid_type':
        add(path, issue.input === undefined ? `missing: it is required (${lowerFirst(issue.message.replace(/, received undefined$/, ''))}).` : `${lowerFirst(issue.message)}.`);
        return;
      default:
        add(path, `${lowerFirst(issue.message)}.`);
    }
  };
  for (const issue of issues) visit(issue, []);
  // In file order, as an editor shows them.
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** What a YAML author calls each kind of value. */
const YAML_KINDS: Record<string, string> = { object: 'a mapping (key: value lines)', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false' };

/** An issue that says the value is not of this kind at all (not a field of it that is wrong). */
function isWrongKind(issue: Issue): boolean {
  return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union');
}

function valueAt(input: unknown): string | undefined {
  return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean' ? String(input) : undefined;
}

function lowerFirst(text: string): string {
  return text.replace(/^Invalid input: /, '').replace(/^./, (c) => c.toLowerCase());
}

import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';

/** A workflow (`on:` + `jobs:`) or an action metadata file (`runs:`). */
export type AuditKind = 'workflow' | 'action';

/** A scalar as written, with the line it starts on and the comment after it on that line. */
export interface Located {
  value: string;
  line: number;
  comment?: string;
}

export interface StepModel {
  /** `jobs.<id>.steps[i]` or `runs.steps[i]`, for messages. */
  where: string;
  line: number;
  id?: string;
  if?: Located;
  uses?: Located;
  run?: Located;
  with: Record<string, Located>;
  env: Record<string, Located>;
}

export interface JobModel {
  id: string;
  line: number;
  name?: string;
  if?: Located;
  /** A reusable-workflow call. */
  uses?: Located;
  with: Record<string, Located>;
  /** `inherit`, or the secrets passed by name. */
  secrets?: 'inherit' | Record<string, Located>;
  permissions?: unknown;
  env: Record<string, Located>;
  outputs: Record<string, Located>;
  needs: string[];
  steps: StepModel[];
}

export interface AuditFile {
  /** Repo-relative (or fixture-relative) path, for messages. */
  path: string;
  kind: AuditKind;
  text: string;
  /** The whole document as plain data. */
  data: Record<string, unknown>;
  /** Top-level `permissions`, `concurrency` and `env` as plain data. */
  permissions?: unknown;
  concurrency?: unknown;
  env: Record<string, Located>;
  /** The event names of `on:`. */
  events: string[];
  jobs: JobModel[];
  /** Every step: the jobs' steps of a workflow, or the composite steps of an action. */
  steps: StepModel[];
}

export function loadAuditFile(file: string, path = file): AuditFile {
  return parseAuditFile(readFileSync(file, 'utf8'), path);
}

/** Reads a workflow or action.yml into the parts the audit checks, each with its line. */
export function parseAuditFile(text: string, path: string): AuditFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${path}: not valid YAML: ${doc.errors[0]!.message}`);
  const root = doc.contents;
  if (!isMap(root)) throw new Error(`${path}: the top level is not a mapping`);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const kind: AuditKind = root.has('runs') ? 'action' : 'workflow';
  const ctx = { counter };
  const jobs: JobModel[] = [];
  const jobsNode = root.get('jobs', true);
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      jobs.push(readJob(String(pair.key.value), pair.value, ctx, lineOf(pair.key, counter)));
    }
  }
  const runs = root.get('runs', true);
  const actionSteps = isMap(runs) ? readSteps(runs.get('steps', true), 'runs.steps', ctx) : [];
  return {
    path,
    kind,
    text,
    data,
    permissions: data.permissions,
    concurrency: data.concurrency,
    env: readScalarMap(root.get('env', true), ctx),
    events: eventNames(data.on),
    jobs,
    steps: kind === 'action' ? actionSteps : jobs.flatMap((j) => j.steps),
  };
}

interface Context {
  counter: LineCounter;
}

function readJob(id: string, node: YAMLMap, ctx: Context, line: number): JobModel {
  const plain = node.toJSON() as Record<string, unknown>;
  const secretsNode = node.get('secrets', true);
  const secrets = isScalar(secretsNode) ? (String(secretsNode.value) === 'inherit' ? 'inherit' : undefined) : isMap(secretsNode) ? readScalarMap(secretsNode, ctx) : undefined;
  return {
    id,
    line,
    ...(typeof plain.name === 'string' ? { name: plain.name } : {}),
    ...located('if', node, ctx),
    ...located('uses', node, ctx),
    with: readScalarMap(node.get('with', true), ctx),
    ...(secrets ? { secrets } : {}),
    ...('permissions' in plain ? { permissions: plain.permissions } : {}),
    env: readScalarMap(node.get('env', true), ctx),
    outputs: readScalarMap(node.get('outputs', true), ctx),
    needs: toList(plain.needs),
    steps: readSteps(node.get('steps', true), `jobs.${id}.steps`, ctx),
  };
}

function readSteps(node: unknown, where: string, ctx: Context): StepModel[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item, i) => {
    if (!isMap(item)) return [];
    const id = item.get('id');
    return [
      {
        where: `${where}[${i}]`,
        line: lineOf(item, ctx.counter),
        ...(typeof id === 'string' ? { id } : {}),
        ...located('if', item, ctx),
        ...located('uses', item, ctx),
        ...located('run', item, ctx),
        with: readScalarMap(item.get('with', true), ctx),
        env: readScalarMap(item.get('env', true), ctx),
      },
    ];
  });
}

function located(key: 'if' | 'uses' | 'run', map: YAMLMap, ctx: Context): Partial<Record<'if' | 'uses' | 'run', Located>> {
  const node = map.get(key, true);
  if (!isScalar(node)) return {};
  return { [key]: locate(node, ctx) };
}

function locate(node: Node, ctx: Context): Located {
  const value = isScalar(node) ? String(node.value ?? '') : JSON.stringify(node.toJSON());
  return { value, line: lineOf(node, ctx.counter), ...(node.comment ? { comment: node.comment.trim() } : {}) };
}

/** A mapping of scalars (with:, env:, outputs:, secrets:); nested values are kept as their JSON text. */
function readScalarMap(node: unknown, ctx: Context): Record<string, Located> {
  const out: Record<string, Located> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const value = pair.value as Node | null;
    out[String(pair.key.value)] = value ? locate(value, ctx) : { value: '', line: lineOf(pair.key, ctx.counter) };
  }
  return out;
}

function lineOf(node: unknown, counter: LineCounter): number {
  const range = (node as Node | undefined)?.range;
  return range ? counter.linePos(range[0]).line : 0;
}

function eventNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function toList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Every `${{ … }}` in a text. */
export function expressionsIn(text: string): string[] {
  return text.match(/\$\{\{[\s\S]*?\}\}/g) ?? [];
}

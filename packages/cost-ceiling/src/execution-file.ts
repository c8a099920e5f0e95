import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import { usdToMicro } from './money.js';
import type { PriceBook } from './prices.js';
import { addCounts, countsFromUsage, emptyCounts, type TokenCounts } from './usage.js';
import { identityParts, RecordKeyer, type UsageRecord } from './usage-record.js';

/**
 * The execution file anthropics/claude-code-action writes
 * ($RUNNER_TEMP/claude-execution-<id>/claude-execution-output.json, output
 * `execution_file`): `JSON.stringify(messages, null, 2)` of the Agent SDK
 * messages of one `query()`. Only the fields the guard uses are checked; the
 * SDK adds message types and fields freely, so the rest passes through.
 */
const tokens = z.int().check(z.nonnegative());

const ApiUsageSchema = z.object({
  input_tokens: tokens,
  output_tokens: tokens,
  cache_creation_input_tokens: z.optional(z.nullable(tokens)),
  cache_read_input_tokens: z.optional(z.nullable(tokens)),
  cache_creation: z.optional(
    z.nullable(z.object({ ephemeral_5m_input_tokens: z.optional(z.nullable(tokens)), ephemeral_1h_input_tokens: z.optional(z.nullable(tokens)) })),
  ),
});

const AssistantMessageSchema = z.object({
  type: z.literal('assistant'),
  session_id: z.string(),
  message: z.object({ id: z.string().check(z.minLength(1)), model: z.string().check(z.minLength(1)), usage: ApiUsageSchema }),
});

const ModelUsageSchema = z.object({
  inputTokens: tokens,
  outputTokens: tokens,
  cacheReadInputTokens: tokens,
  cacheCreationInputTokens: tokens,
  costUSD: z.optional(z.number().check(z.nonnegative())),
});

const ResultMessageSchema = z.object({
  type: z.literal('result'),
  subtype: z.string(),
  session_id: z.string().check(z.minLength(1)),
  total_cost_usd: z.number().check(z.nonnegative()),
  usage: ApiUsageSchema,
  modelUsage: z.optional(z.record(z.string(), ModelUsageSchema)),
});

const AnyMessageSchema = z.object({ type: z.string() });

/** Mode name for usage that did not come from the runner's modes. */
export const EXECUTION_FILE_MODE = 'claude-code-action';

const FIX = 'pass the `execution_file` output of anthropics/claude-code-action from a run that finished (the file is written with a final `result` message).';

export interface ExecutionFileOptions {
  /** The action knows no PR or repo by itself: the guard's run supplies them. */
  repo?: string;
  pr?: number;
  /** The messages carry no timestamps; usage is dated at the guard's run. */
  now: Date;
}

/**
 * One record per model from a claude-code-action run. Token totals per model
 * come from the final `result` message's `modelUsage` (it counts subagent calls
 * too); without it, from the assistant messages, counted once per API message
 * id (parallel tool uses repeat one response's usage on several messages) and
 * taking the highest output count of a group, as the SDK's cost-tracking guide
 * says. The 1-hour cache-write share comes from the assistant messages' TTL
 * breakdown, the only place it appears.
 */
export async function readExecutionFile(file: string, prices: PriceBook, options: ExecutionFileOptions): Promise<UsageRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigurationError('the claude-code-action execution file does not exist.', { file, fix: FIX });
    throw error;
  }
  return parseExecutionFile(text, file, prices, options);
}

export function parseExecutionFile(text: string, file: string, prices: PriceBook, options: ExecutionFileOptions): UsageRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`the execution file is not valid JSON (${(error as Error).message}).`, { file, line: jsonErrorLine(text, error), fix: FIX });
  }
  if (!Array.isArray(json) || json.length === 0) {
    throw new ConfigurationError('the execution file is not a non-empty JSON array of SDK messages.', { file, line: 1, fix: FIX });
  }
  const lines = elementLines(text);
  const at = (i: number) => ({ file, line: lines[i] ?? 1 });

  const steps = new Map<string, { model: string; usage: TokenCounts }>();
  let result: z.infer<typeof ResultMessageSchema> | undefined;
  json.forEach((message, i) => {
    const kind = AnyMessageSchema.safeParse(message);
    if (!kind.success) throw new ConfigurationError(`execution file element ${i} is not an SDK message (no string \`type\`).`, { ...at(i), fix: FIX });
    if (kind.data.type === 'assistant') {
      const m = parseAt(AssistantMessageSchema, message, at(i), i);
      const counts = countsFromUsage(m.message.usage);
      const step = steps.get(m.message.id);
      if (!step) steps.set(m.message.id, { model: m.message.model, usage: counts });
      else step.usage.output = Math.max(step.usage.output, counts.output);
    } else if (kind.data.type === 'result') {
      if (result) throw new ConfigurationError('the execution file has more than one `result` message; it should hold one query.', { ...at(i), fix: FIX });
      result = parseAt(ResultMessageSchema, message, at(i), i);
    }
  });
  if (!result) {
    throw new ConfigurationError('the execution file has no final `result` message: the run did not finish, so its usage cannot be totalled.', { file, line: lines[lines.length - 1] ?? 1, fix: FIX });
  }

  const fromSteps = new Map<string, TokenCounts>();
  for (const { model, usage } of steps.values()) {
    const sum = fromSteps.get(model) ?? emptyCounts();
    addCounts(sum, usage);
    fromSteps.set(model, sum);
  }
  const perModel = new Map<string, TokenCounts>();
  const modelUsage = Object.entries(result.modelUsage ?? {});
  if (modelUsage.length > 0) {
    for (const [model, u] of modelUsage) {
      const oneHour = Math.min(fromSteps.get(model)?.cacheWrite1h ?? 0, u.cacheCreationInputTokens);
      perModel.set(model, {
        input: u.inputTokens,
        output: u.outputTokens,
        cacheWrite5m: u.cacheCreationInputTokens - oneHour,
        cacheWrite1h: oneHour,
        cacheRead: u.cacheReadInputTokens,
      });
    }
  } else {
    for (const [model, counts] of fromSteps) perModel.set(model, counts);
  }

  const resultLine = lines[json.length - 1] ?? 1;
  const keyer = new RecordKeyer();
  const ts = options.now.getTime();
  const records: UsageRecord[] = [];
  for (const [model, counts] of perModel) {
    const base = {
      source: 'claude-code-action' as const,
      session: result.session_id,
      ...(options.repo ? { repo: options.repo } : {}),
      ...(options.pr ? { pr: options.pr } : {}),
      mode: EXECUTION_FILE_MODE,
      model,
      ts,
      counts,
    };
    const recorded = result.modelUsage?.[model]?.costUSD;
    records.push({
      ...base,
      key: keyer.key(identityParts(base)),
      costMicro: prices.cost(model, counts, { file, line: resultLine }),
      ...(recorded !== undefined ? { recordedCostMicro: usdToMicro(recorded) } : {}),
      file,
      line: resultLine,
    });
  }
  if (records.length === 0) {
    throw new ConfigurationError('the execution file records no model usage at all.', { file, line: resultLine, fix: FIX });
  }
  if (modelUsage.length === 0) {
    // Without per-model costs, the run's total is the recorded cost of the only record, if there is one.
    if (records.length === 1) records[0]!.recordedCostMicro = usdToMicro(result.total_cost_usd);
  }
  return records;
}

function parseAt<S extends z.ZodMiniType>(schema: S, value: unknown, where: { file: string; line: number }, index: number): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigurationError(`execution file element ${index} does not have the SDK message shape: ${issue.message}.`, {
    ...where,
    field: issue.path.map(String).join('.') || '(message)',
    fix: FIX,
  });
}

/** The 1-based line where each top-level array element starts (a small JSON scanner). */
export function elementLines(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\n') line += 1;
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/\s/.test(ch) && ch !== ']') {
      starts.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return starts;
}

/** The line of a JSON.parse error, from the position V8 reports. */
function jsonErrorLine(text: string, error: unknown): number {
  const position = /position (\d+)/.exec((error as Error).message);
  if (!position) return 1;
  return text.slice(0, Number(position[1])).split('\n').length;
}

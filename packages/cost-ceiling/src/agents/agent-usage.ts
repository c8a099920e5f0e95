import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@agent-guards/action-kit';
import { parseExecutionFile } from '../execution-file.js';
import type { PriceBook } from '../prices.js';
import type { UsageRecord } from '../usage-record.js';
import { codexExecDrafts, codexRolloutDrafts, mergeCodexThreads } from './codex.js';
import { geminiJsonDrafts, geminiStreamDrafts } from './gemini-cli.js';
import { ghAwDrafts } from './gh-aw.js';
import { isObject, jsonLines, pricedRecords, type AgentUsageOptions, type UsageDraft } from './usage-file.js';

export type { AgentUsageOptions } from './usage-file.js';

/** The usage files the cost guard reads besides the runner's ledger, by what wrote them. */
export const AGENT_USAGE_FORMATS = ['claude-code-action', 'codex-exec-json', 'codex-rollout', 'gemini-json', 'gemini-stream-json', 'gh-aw-logs'] as const;
export type AgentUsageFormat = (typeof AGENT_USAGE_FORMATS)[number];

const KNOWN =
  'a claude-code-action execution file, `codex exec --json` output, a codex session rollout, `gemini --output-format json` or `stream-json` output, or `gh aw logs --json`';

const CODEX_EXEC_EVENTS = new Set(['thread.started', 'turn.started', 'turn.completed', 'turn.failed', 'item.started', 'item.updated', 'item.completed', 'error']);
const CODEX_ROLLOUT_ITEMS = new Set(['session_meta', 'turn_context', 'event_msg', 'response_item', 'compacted']);
const GEMINI_STREAM_EVENTS = new Set(['init', 'message', 'tool_use', 'tool_result', 'result']);

/** Which writer a file comes from, by its shape: each format's own top-level keys and event types. */
export function detectAgentUsageFormat(text: string): AgentUsageFormat | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return 'claude-code-action';
  if (!trimmed.startsWith('{')) return undefined;
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined;
  }
  if (isObject(whole) && typeof whole.type !== 'string') {
    if (Array.isArray(whole.runs)) return 'gh-aw-logs';
    if ('stats' in whole || 'response' in whole || 'session_id' in whole) return 'gemini-json';
    return undefined;
  }
  // JSON Lines (or a one-line file): the first line's event type says whose.
  let first: unknown;
  try {
    first = JSON.parse(trimmed.split('\n', 1)[0]!);
  } catch {
    return undefined;
  }
  if (!isObject(first) || typeof first.type !== 'string') return undefined;
  if (CODEX_ROLLOUT_ITEMS.has(first.type) && 'payload' in first) return 'codex-rollout';
  if (GEMINI_STREAM_EVENTS.has(first.type) && 'timestamp' in first) return 'gemini-stream-json';
  if (CODEX_EXEC_EVENTS.has(first.type)) return 'codex-exec-json';
  return undefined;
}

function drafts(format: Exclude<AgentUsageFormat, 'claude-code-action'>, text: string, file: string, options: AgentUsageOptions): UsageDraft[] {
  switch (format) {
    case 'codex-exec-json':
      return codexExecDrafts(jsonLines(text, file, 'pass the stdout of `codex exec --json` unchanged.'), file, options);
    case 'codex-rollout':
      return codexRolloutDrafts(jsonLines(text, file, 'pass the rollout file codex wrote, unchanged.'), file, options);
    case 'gemini-stream-json':
      return geminiStreamDrafts(jsonLines(text, file, 'pass the stdout of `gemini --output-format stream-json` unchanged.'), text, file, options);
    case 'gemini-json':
      return geminiJsonDrafts(JSON.parse(text) as Record<string, unknown>, text, file, options);
    case 'gh-aw-logs':
      return ghAwDrafts(JSON.parse(text) as Record<string, unknown>, file, options);
  }
}

export interface AgentUsageFile {
  format: AgentUsageFormat;
  records: UsageRecord[];
}

/** One agent's usage file, whatever wrote it, priced. Anything it cannot read whole is a ConfigurationError. */
export function parseAgentUsage(text: string, file: string, prices: PriceBook, options: AgentUsageOptions): AgentUsageFile {
  const format = detectAgentUsageFormat(text);
  if (!format) {
    throw new ConfigurationError(`the usage file is not one the cost guard reads: expected ${KNOWN}.`, {
      file,
      fix: 'pass the file as the agent wrote it (see the cost-ceiling README for each agent), or leave it out.',
    });
  }
  if (format === 'claude-code-action') return { format, records: parseExecutionFile(text, file, prices, options) };
  return { format, records: pricedRecords(drafts(format, text, file, options), file, prices, options) };
}

/**
 * Every agent usage file of a PR. `codex exec --json` files of one thread
 * (a resumed thread) report running totals: they are merged, not added.
 */
export async function readAgentUsageFiles(files: readonly string[], prices: PriceBook, options: AgentUsageOptions): Promise<UsageRecord[]> {
  const records: UsageRecord[] = [];
  const execStreams: UsageRecord[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigurationError('the usage file does not exist.', { file, fix: 'download the agent run’s artifact before this step, or fix the path.' });
      throw error;
    }
    const parsed = parseAgentUsage(text, file, prices, options);
    for (const r of parsed.records) (parsed.format === 'codex-exec-json' ? execStreams : records).push(r);
  }
  for (const r of mergeCodexThreads(execStreams)) records.push(r);
  return records;
}

import { basename } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { emptyCounts, type TokenCounts } from '../usage.js';
import type { UsageRecord } from '../usage-record.js';
import { count, isObject, optionalCount, timestamp, type AgentUsageOptions, type JsonLine, type UsageDraft } from './usage-file.js';

/**
 * OpenAI Codex usage, in the two files codex writes.
 *
 * `codex exec --json` (what openai/codex-action runs; its stdout):
 * codex-rs/exec/src/exec_events.rs and event_processor_with_jsonl_output.rs.
 * `{"type":"thread.started","thread_id":…}`, then per turn
 * `{"type":"turn.completed","usage":{"input_tokens","cached_input_tokens","output_tokens"}}`.
 * Quirks: `usage` is the thread's running total, not the turn's
 * (`usage_from_last_total` reads `ThreadTokenUsage.total`), so the last one
 * counts and adding them up would count the first turn again and again;
 * `input_tokens` includes `cached_input_tokens` (codex's own
 * `non_cached_input()` subtracts it) and `output_tokens` includes reasoning;
 * the stream never names the model — it is the `model` input of
 * codex-action or `codex exec -m`, which the guard must be told.
 *
 * The session rollout, `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl`
 * (what codex-action's extractTokenOutputs reads): `session_meta` (payload.id),
 * `turn_context` (payload.model, once per turn), and `event_msg` lines whose
 * payload is `{"type":"token_count","info":{"total_token_usage":…,"last_token_usage":…}}`.
 * Quirks: `info` is null on the token_count events that only carry rate
 * limits; the same totals are emitted more than once; the model can change
 * between turns. So usage is the growth of `total_token_usage` from one
 * token_count to the next, given to the model of the turn it grew in.
 */
const EXEC_FIX = 'pass the stdout of `codex exec --json` (codex-action with codex-args ["--json"]) from a run that finished, and the model it ran (agent-model).';
const ROLLOUT_FIX = 'pass the session rollout codex wrote ($CODEX_HOME/sessions/…/rollout-*.jsonl) of a run that finished.';

interface CodexUsage {
  input: number;
  cached: number;
  cacheWrite: number;
  output: number;
}

function codexUsage(value: unknown, field: string, where: { file: string; line: number }, fix: string): CodexUsage {
  if (!isObject(value)) throw new ConfigurationError(`${field} is not a usage object.`, { ...where, field, fix });
  return {
    input: count(value.input_tokens, `${field}.input_tokens`, where, fix),
    cached: optionalCount(value.cached_input_tokens, `${field}.cached_input_tokens`, where, fix),
    // Newer codex builds report cache writes (billed apart); they are part of input_tokens too.
    cacheWrite: optionalCount(value.cache_write_input_tokens, `${field}.cache_write_input_tokens`, where, fix),
    output: count(value.output_tokens, `${field}.output_tokens`, where, fix),
  };
}

function countsOf(u: CodexUsage, where: { file: string; line: number }, fix: string): TokenCounts {
  const uncached = u.input - u.cached - u.cacheWrite;
  if (uncached < 0) throw new ConfigurationError('cached input exceeds input_tokens, which includes it: the usage is not codex’s.', { ...where, fix });
  return { ...emptyCounts(), input: uncached, output: u.output, cacheRead: u.cached, cacheWrite5m: u.cacheWrite };
}

function grew(now: CodexUsage, before: CodexUsage): CodexUsage {
  return { input: now.input - before.input, cached: now.cached - before.cached, cacheWrite: now.cacheWrite - before.cacheWrite, output: now.output - before.output };
}

const isZero = (u: CodexUsage) => u.input === 0 && u.cached === 0 && u.cacheWrite === 0 && u.output === 0;
const isNegative = (u: CodexUsage) => u.input < 0 || u.cached < 0 || u.cacheWrite < 0 || u.output < 0;

/** `codex exec --json`: one draft per thread, from its last turn.completed. */
export function codexExecDrafts(lines: readonly JsonLine[], file: string, options: AgentUsageOptions): UsageDraft[] {
  let thread: string | undefined;
  const last = new Map<string, { usage: CodexUsage; line: number }>();
  for (const { line, value } of lines) {
    const where = { file, line };
    if (value.type === 'thread.started') {
      if (typeof value.thread_id !== 'string' || value.thread_id.length === 0) throw new ConfigurationError('thread.started has no thread_id.', { ...where, fix: EXEC_FIX });
      thread = value.thread_id;
    } else if (value.type === 'turn.completed') {
      if (!thread) throw new ConfigurationError('turn.completed before any thread.started: the stream is not whole.', { ...where, fix: EXEC_FIX });
      const usage = codexUsage(value.usage, 'usage', where, EXEC_FIX);
      const before = last.get(thread);
      if (before && isNegative(grew(usage, before.usage))) {
        throw new ConfigurationError(`turn.completed usage went down within thread ${thread}: codex reports the thread's running total, so it cannot shrink.`, { ...where, fix: EXEC_FIX });
      }
      last.set(thread, { usage, line });
    }
  }
  if (last.size === 0) {
    throw new ConfigurationError('no turn.completed with usage: the run did not finish a turn (turn.failed reports no usage), so its tokens are unknown.', { file, fix: EXEC_FIX });
  }
  if (!options.model) {
    throw new ConfigurationError('`codex exec --json` does not say which model ran, and without it the usage cannot be priced.', {
      file,
      field: 'agent-model',
      fix: "give the model codex ran (codex-action's `model` input, `codex exec -m`): agent-model / --agent-model.",
    });
  }
  return [...last].map(([session, { usage, line }]) => ({
    source: 'codex',
    session,
    model: options.model!,
    ts: options.now.getTime(),
    counts: countsOf(usage, { file, line }, EXEC_FIX),
    line,
  }));
}

/** A session rollout: per model, the growth of total_token_usage. */
export function codexRolloutDrafts(lines: readonly JsonLine[], file: string, options: AgentUsageOptions): UsageDraft[] {
  let session: string | undefined;
  let model: string | undefined;
  let total: CodexUsage = { input: 0, cached: 0, cacheWrite: 0, output: 0 };
  let lastTs = options.now.getTime();
  let lastLine = 0;
  const perModel = new Map<string, CodexUsage>();
  for (const { line, value } of lines) {
    const where = { file, line };
    const payload = isObject(value.payload) ? value.payload : undefined;
    if (value.type === 'session_meta' && typeof payload?.id === 'string') session ??= payload.id;
    else if (value.type === 'turn_context' && typeof payload?.model === 'string' && payload.model.length > 0) model = payload.model;
    else if (value.type === 'event_msg' && payload?.type === 'token_count') {
      // Rate-limit-only updates carry `info: null`.
      if (payload.info === null || payload.info === undefined) continue;
      if (!isObject(payload.info)) throw new ConfigurationError('token_count info is not an object.', { ...where, fix: ROLLOUT_FIX });
      const now = codexUsage(payload.info.total_token_usage, 'payload.info.total_token_usage', where, ROLLOUT_FIX);
      const delta = grew(now, total);
      if (isNegative(delta)) throw new ConfigurationError('total_token_usage went down: a rollout’s totals only grow.', { ...where, fix: ROLLOUT_FIX });
      // The same totals again (codex emits them more than once): nothing new.
      if (isZero(delta)) continue;
      const name = model ?? options.model;
      if (!name) throw new ConfigurationError('tokens were counted before any turn_context named the model.', { ...where, fix: ROLLOUT_FIX });
      const sum = perModel.get(name) ?? { input: 0, cached: 0, cacheWrite: 0, output: 0 };
      perModel.set(name, { input: sum.input + delta.input, cached: sum.cached + delta.cached, cacheWrite: sum.cacheWrite + delta.cacheWrite, output: sum.output + delta.output });
      total = now;
      lastTs = timestamp(value.timestamp, options.now);
      lastLine = line;
    }
  }
  if (perModel.size === 0) throw new ConfigurationError('the rollout has no token_count with usage: no turn finished.', { file, fix: ROLLOUT_FIX });
  // The file name ends in the session id when session_meta is missing (an old or cut rollout).
  session ??= /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i.exec(basename(file))?.[1];
  if (!session) throw new ConfigurationError('the rollout names no session (no session_meta line, no id in the file name).', { file, fix: ROLLOUT_FIX });
  return [...perModel].map(([name, usage]) => ({
    source: 'codex',
    session: session!,
    model: name,
    ts: lastTs,
    counts: countsOf(usage, { file, line: lastLine }, ROLLOUT_FIX),
    line: lastLine,
  }));
}

/**
 * Several `codex exec --json` files of one thread (a `codex exec resume`):
 * each reports the thread's running total, so only the largest counts — and
 * only when it is at least every other in every field, as a running total
 * is; otherwise the guard cannot tell what was spent.
 */
export function mergeCodexThreads(records: readonly UsageRecord[]): UsageRecord[] {
  const byThread = new Map<string, UsageRecord[]>();
  for (const r of records) byThread.set(r.session, [...(byThread.get(r.session) ?? []), r]);
  const covers = (a: TokenCounts, b: TokenCounts) => a.input >= b.input && a.output >= b.output && a.cacheRead >= b.cacheRead && a.cacheWrite5m >= b.cacheWrite5m;
  const out: UsageRecord[] = [];
  for (const [thread, runs] of byThread) {
    const largest = runs.reduce((a, b) => (covers(b.counts, a.counts) ? b : a));
    if (!runs.every((r) => covers(largest.counts, r.counts))) {
      throw new ConfigurationError(`codex thread ${thread} appears in ${runs.length} files whose running totals do not nest: the guard cannot tell what was spent.`, {
        file: runs.map((r) => r.file).join(', '),
        fix: 'pass the output of the last run of the thread only, or the session rollout.',
      });
    }
    out.push(largest);
  }
  return out;
}

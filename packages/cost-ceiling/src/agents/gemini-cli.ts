import { createHash } from 'node:crypto';
import { ConfigurationError } from '@agent-guards/action-kit';
import { emptyCounts } from '../usage.js';
import { count, isObject, optionalCount, timestamp, type AgentUsageOptions, type JsonLine, type UsageDraft } from './usage-file.js';

/**
 * Google's Gemini CLI, as google-github-actions/run-gemini-cli runs it
 * (`gemini --yolo --prompt … --output-format json`, stdout kept as
 * gemini-artifacts/stdout.log), and its `stream-json` output.
 *
 * `--output-format json` (gemini-cli packages/core/src/output/types.ts
 * JsonOutput, telemetry/uiTelemetry.ts SessionMetrics):
 * `{"session_id","response","stats":{"models":{"<model>":{"api":{…},"tokens":{"input","prompt","candidates","total","cached","thoughts","tool"},"roles":{…}}}}}`.
 * Quirks: `prompt` includes `cached` (`input` = prompt − cached, and only
 * newer versions write `input`); `candidates` leaves out `thoughts`, which
 * are billed as output; `tool` is the tool-use prompt, billed as input;
 * `roles` repeats the model's tokens split by role, so adding it in would
 * count them twice; older versions have no `session_id`; a failed run has an
 * `error` and may have no `stats`.
 *
 * `--output-format stream-json` (stream-json-formatter.ts): JSON Lines; `init`
 * has `session_id` and `model`, the final `result` has `stats` summed over
 * every model: `{"total_tokens","input_tokens","output_tokens","cached","input"}`.
 * Quirks: `output_tokens` is `candidates` only while `total_tokens` still
 * counts thoughts and tool-use prompts; the split by model is gone, so all of
 * it is the init model's.
 */
const JSON_FIX = 'pass the stdout of `gemini … --output-format json` (run-gemini-cli keeps it as gemini-artifacts/stdout.log) from a run that finished.';
const STREAM_FIX = 'pass the stdout of `gemini … --output-format stream-json` from a run that finished (it ends in a result event).';

/** Old outputs name no session: the file's content stands in, so reading it twice gives the same session. */
function contentSession(text: string): string {
  return `gemini-cli-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

export function geminiJsonDrafts(json: Record<string, unknown>, text: string, file: string, options: AgentUsageOptions): UsageDraft[] {
  const where = { file };
  const stats = json.stats;
  if (!isObject(stats) || !isObject(stats.models)) {
    const error = isObject(json.error) ? ` (error ${String(json.error.type ?? '')}: ${String(json.error.message ?? '').slice(0, 200)})` : '';
    throw new ConfigurationError(`the Gemini CLI output has no stats.models${error}: the run's usage is unknown.`, { ...where, field: 'stats.models', fix: JSON_FIX });
  }
  const session = typeof json.session_id === 'string' && json.session_id ? json.session_id : contentSession(text);
  const drafts: UsageDraft[] = [];
  for (const [model, metrics] of Object.entries(stats.models)) {
    const field = `stats.models.${model}.tokens`;
    if (!isObject(metrics) || !isObject(metrics.tokens)) throw new ConfigurationError(`${field} is missing.`, { ...where, field, fix: JSON_FIX });
    const t = metrics.tokens;
    const prompt = count(t.prompt, `${field}.prompt`, where, JSON_FIX);
    const cached = optionalCount(t.cached, `${field}.cached`, where, JSON_FIX);
    if (cached > prompt) throw new ConfigurationError(`${field}.cached exceeds prompt, which includes it.`, { ...where, field, fix: JSON_FIX });
    const counts = {
      ...emptyCounts(),
      input: prompt - cached + optionalCount(t.tool, `${field}.tool`, where, JSON_FIX),
      cacheRead: cached,
      output: count(t.candidates, `${field}.candidates`, where, JSON_FIX) + optionalCount(t.thoughts, `${field}.thoughts`, where, JSON_FIX),
    };
    drafts.push({ source: 'gemini-cli', session, model, ts: options.now.getTime(), counts });
  }
  if (drafts.length === 0) throw new ConfigurationError('the Gemini CLI output records no model usage at all.', { ...where, field: 'stats.models', fix: JSON_FIX });
  return drafts;
}

export function geminiStreamDrafts(lines: readonly JsonLine[], text: string, file: string, options: AgentUsageOptions): UsageDraft[] {
  let session: string | undefined;
  let model: string | undefined;
  let result: JsonLine | undefined;
  for (const l of lines) {
    if (l.value.type === 'init') {
      if (typeof l.value.session_id === 'string') session = l.value.session_id;
      if (typeof l.value.model === 'string') model = l.value.model;
    } else if (l.value.type === 'result') result = l;
  }
  if (!result) throw new ConfigurationError('the stream has no result event: the run did not finish, so its usage is unknown.', { file, fix: STREAM_FIX });
  const where = { file, line: result.line };
  const stats = result.value.stats;
  if (!isObject(stats)) throw new ConfigurationError(`the result event (status ${String(result.value.status)}) has no stats.`, { ...where, field: 'stats', fix: STREAM_FIX });
  const name = model ?? options.model;
  if (!name) throw new ConfigurationError('no init event names the model.', { file, fix: STREAM_FIX });
  const inputTokens = count(stats.input_tokens, 'stats.input_tokens', where, STREAM_FIX);
  const outputTokens = count(stats.output_tokens, 'stats.output_tokens', where, STREAM_FIX);
  const cached = optionalCount(stats.cached, 'stats.cached', where, STREAM_FIX);
  const total = optionalCount(stats.total_tokens, 'stats.total_tokens', where, STREAM_FIX);
  if (cached > inputTokens) throw new ConfigurationError('stats.cached exceeds input_tokens, which includes it.', { ...where, fix: STREAM_FIX });
  // Thoughts and tool-use prompts are in total_tokens only: priced as output, the dearer of the two.
  const unsplit = Math.max(0, total - inputTokens - outputTokens);
  return [
    {
      source: 'gemini-cli',
      session: session ?? contentSession(text),
      model: name,
      ts: timestamp(result.value.timestamp, options.now),
      counts: { ...emptyCounts(), input: inputTokens - cached, cacheRead: cached, output: outputTokens + unsplit },
      line: result.line,
    },
  ];
}

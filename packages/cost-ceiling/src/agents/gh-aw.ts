import { ConfigurationError } from '@agent-guards/action-kit';
import { emptyCounts } from '../usage.js';
import { count, isObject, optionalCount, timestamp, type AgentUsageOptions, type UsageDraft } from './usage-file.js';

/**
 * GitHub Agentic Workflows: `gh aw logs --json` (github/gh-aw
 * pkg/cli/logs_report.go LogsData, token_usage.go TokenUsageSummary):
 * `{"summary":{…},"runs":[{"run_id","workflow_name","engine_id","token_usage",
 * "token_usage_summary":{"total_input_tokens",…,"by_model":{"<model>":{"provider",
 * "input_tokens","output_tokens","cache_read_tokens","cache_write_tokens","requests",…}}},
 * "created_at",…}]}`.
 * Quirks: `token_usage_summary` comes from the firewall's API proxy and is
 * left out (omitempty) for a run without it, which then has only
 * `token_usage`, a total with neither model nor split — it cannot be priced;
 * the four counts are disjoint (gh-aw's TotalTokens adds all four), unlike
 * OpenAI's own where cached is part of input; a `by_model` entry can be null.
 * Every run in the file is judged as this PR's: export only its runs
 * (`gh aw logs --json` with the PR's workflow and branch).
 */
const FIX = 'pass `gh aw logs --json` of the PR’s runs, from workflows whose agent ran behind the AWF API proxy (which records per-model token usage).';

export function ghAwDrafts(json: Record<string, unknown>, file: string, options: AgentUsageOptions): UsageDraft[] {
  const runs = json.runs;
  if (!Array.isArray(runs) || runs.length === 0) {
    throw new ConfigurationError(`gh aw logs lists no runs${typeof json.message === 'string' ? ` (${json.message.slice(0, 200)})` : ''}.`, { file, field: 'runs', fix: FIX });
  }
  const drafts: UsageDraft[] = [];
  runs.forEach((run: unknown, i) => {
    const field = `runs[${i}]`;
    if (!isObject(run)) throw new ConfigurationError(`${field} is not a run.`, { file, field, fix: FIX });
    const id = typeof run.run_id === 'number' || typeof run.run_id === 'string' ? String(run.run_id) : undefined;
    if (!id) throw new ConfigurationError(`${field} has no run_id.`, { file, field, fix: FIX });
    const summary = run.token_usage_summary;
    const total = optionalCount(run.token_usage, `${field}.token_usage`, { file }, FIX);
    if (summary === undefined || summary === null) {
      if (total === 0) return; // a run that called no model (skipped, or failed before the agent)
      throw new ConfigurationError(`run ${id} reports ${total} tokens (token_usage) but no per-model usage (token_usage_summary): without a model and a split it cannot be priced.`, {
        file,
        field: `${field}.token_usage_summary`,
        fix: FIX,
      });
    }
    if (!isObject(summary)) throw new ConfigurationError(`${field}.token_usage_summary is not an object.`, { file, field, fix: FIX });
    const byModel = isObject(summary.by_model) ? Object.entries(summary.by_model).filter(([, u]) => u !== null) : [];
    if (byModel.length === 0 && optionalCount(summary.total_requests, `${field}.token_usage_summary.total_requests`, { file }, FIX) > 0) {
      throw new ConfigurationError(`run ${id} made model requests but lists no by_model usage.`, { file, field: `${field}.token_usage_summary.by_model`, fix: FIX });
    }
    for (const [model, usage] of byModel) {
      const at = `${field}.token_usage_summary.by_model.${model}`;
      if (!isObject(usage)) throw new ConfigurationError(`${at} is not an object.`, { file, field: at, fix: FIX });
      drafts.push({
        source: 'gh-aw',
        session: `gh-aw-run-${id}`,
        model,
        ts: timestamp(run.created_at, options.now),
        counts: {
          ...emptyCounts(),
          input: count(usage.input_tokens, `${at}.input_tokens`, { file }, FIX),
          output: count(usage.output_tokens, `${at}.output_tokens`, { file }, FIX),
          cacheRead: optionalCount(usage.cache_read_tokens, `${at}.cache_read_tokens`, { file }, FIX),
          cacheWrite5m: optionalCount(usage.cache_write_tokens, `${at}.cache_write_tokens`, { file }, FIX),
        },
      });
    }
  });
  if (drafts.length === 0) throw new ConfigurationError('no run in the gh aw logs output used a model.', { file, field: 'runs', fix: FIX });
  return drafts;
}

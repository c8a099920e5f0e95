import { ConfigurationError, groupDigits, reportFromFindings, type Finding, type GuardRun, type Logger } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { sharedTelemetry } from '@agent-guards/telemetry';
import { renderCostSummary } from './cost-summary-markdown.js';
import { capFindings, costFindings, hitRateFindings } from './decisions.js';
import { readAgentUsageFiles } from './agents/agent-usage.js';
import { readExecutionFile } from './execution-file.js';
import { dayNumber, HistoryDigestBuilder, type HistoryDigest } from './history/history-digest.js';
import { historyLineOf, recordOfHistoryLine, type HistoryLine } from './history/history-schema.js';
import { CostHistory } from './history/history-store.js';
import { detectIncidents, incidentFindings } from './history/incidents.js';
import { OVERSIGHT, oversightState, type OversightState } from './history/oversight.js';
import { recordSignalMetrics, signalFigures } from './history/signal-metrics.js';
import { microToDecimal } from './money.js';
import { sendNotifications, type CostNotifyTarget } from './notify.js';
import { PriceBook } from './prices.js';
import { attributeSessions, prKey, summarise, type CostSummary } from './summary.js';
import { roundRate } from './totals.js';
import { UsageLedger } from './usage-ledger.js';
import type { UsageRecord } from './usage-record.js';

export const COST_GUARD = 'cost-ceiling';

export interface CostGuardOptions {
  /** Runner usage ledgers (JSON Lines). */
  ledgers: string[];
  /** claude-code-action execution files (`execution_file` output). */
  executionFiles?: string[];
  /**
   * Other agents' usage files, recognised by their shape: claude-code-action's
   * execution file, `codex exec --json` output or a codex session rollout,
   * `gemini --output-format json|stream-json` output, `gh aw logs --json`.
   */
  usageFiles?: string[];
  /** The model of usage files that do not name it (`codex exec --json`). */
  agentModel?: string;
  policy: Policy;
  logger: Logger;
  /** The PR under review: its sessions are judged, other PRs' sessions in the ledgers are not. */
  pr?: number;
  /** owner/name for usage that does not name its repo (execution files); defaults to notify.repo. */
  repo?: string;
  now?: Date;
  /** The durable history: a local repository, and the remote whose history branch it writes. */
  history?: { repo: string; remote?: string; token?: string };
  notify?: CostNotifyTarget;
}

/**
 * The cost-ceiling guard. Reads every ledger and execution file (any problem
 * is a ConfigurationError, so the run ends in verdict `error`), prices each
 * call in micro-dollars, appends the calls to the durable history when one is
 * given, and decides: token caps per session, cost per PR (every session of
 * the PR, from these files and from the history), cache hit rate, cost
 * incidents and §10 periodic review. Notifications go out only with `notify`.
 */
export async function runCostGuard(options: CostGuardOptions): Promise<GuardRun> {
  const { policy, logger } = options;
  const cost = policy.cost;
  const now = options.now ?? new Date();
  const executionFiles = options.executionFiles ?? [];
  const usageFiles = options.usageFiles ?? [];
  if (options.ledgers.length === 0 && executionFiles.length === 0 && usageFiles.length === 0) {
    throw new ConfigurationError('no usage to judge: neither a usage ledger nor an agent usage file was given.', {
      field: 'ledger',
      fix: 'pass the ledger(s) the runner wrote (--ledger FILE, repeatable), or the usage file of the agent that wrote the PR (--usage-file: claude-code-action, codex, Gemini CLI, gh aw).',
    });
  }
  const prNumber = options.pr ?? options.notify?.prNumber;
  const book = new PriceBook(cost.prices);

  const read: UsageRecord[] = [];
  // Appended one by one: spreading a 100k-record array into push() overflows the stack.
  for (const file of options.ledgers) for (const r of (await UsageLedger.read(file)).toRecords(book)) read.push(r);
  const repo = options.repo ?? (options.notify ? `${options.notify.repo.owner}/${options.notify.repo.repo}` : soleRepo(read));
  for (const file of executionFiles) {
    for (const r of await readExecutionFile(file, book, { ...(repo ? { repo } : {}), ...(prNumber ? { pr: prNumber } : {}), now })) read.push(r);
  }
  const agentOptions = { ...(repo ? { repo } : {}), ...(prNumber ? { pr: prNumber } : {}), now, ...(options.agentModel ? { model: options.agentModel } : {}) };
  for (const r of await readAgentUsageFiles(usageFiles, book, agentOptions)) read.push(r);
  const records = attributeSessions(uniqueByKey(read), prNumber);
  const inScope = prNumber === undefined ? [...records] : records.filter((r) => r.pr === prNumber);
  const judged = new Set(inScope);
  const skipped = new Set(records.filter((r) => !judged.has(r)).map((r) => r.session));
  if (skipped.size > 0) logger.info(`cost-ceiling: ${skipped.size} session(s) in the ledgers belong to other PRs and are not judged here: ${[...skipped].join(', ')}.`);
  logger.info(`cost-ceiling: ${records.length} usage record(s) from ${options.ledgers.length} ledger(s) and ${executionFiles.length + usageFiles.length} agent usage file(s).`);
  if (prNumber !== undefined && inScope.length === 0) {
    // Judging nothing would pass a PR whose usage was never seen: fail closed.
    throw new ConfigurationError(`no usage in the given ledgers belongs to PR #${prNumber}.`, {
      field: 'ledger',
      fix: `pass the ledger(s) of the sessions that produced PR #${prNumber} (the runner's usage-ledger.jsonl), or the right PR number.`,
    });
  }

  let digest: HistoryDigest | undefined;
  let historyNote: Record<string, number> = {};
  if (options.history) {
    const history = new CostHistory({ ...options.history, branch: cost.history_branch }, { logger });
    const lines = records.map((r) => {
      if (!r.repo) {
        throw new ConfigurationError('usage from an agent usage file names no repository, and the history needs one.', {
          file: r.file,
          field: 'repo',
          fix: 'pass the repository (owner/name) to the cost guard alongside the usage file.',
        });
      }
      return historyLineOf({ ...r, repo: r.repo });
    });
    const result = await history.append(lines);
    logger.info(`cost-ceiling: history ${cost.history_branch}: ${result.appended} line(s) appended, ${result.alreadyPresent} already there, ${result.attempts} attempt(s).`);
    // One streaming pass over the history as of our own commit: it holds this run's records too.
    const builder = new HistoryDigestBuilder();
    const earlierSessions = new PrSessionCollector(inScope);
    await history.scan(result.commit, (file, dayLines) => {
      builder.addDay(file, dayLines);
      earlierSessions.addDay(file, dayLines);
    });
    digest = builder.finish();
    historyNote = { 'history-lines': digest.lines, 'history-appended': result.appended };
    for (const r of earlierSessions.records) inScope.push(r);
  }

  const summary = summarise(inScope);
  const findings: Finding[] = [...capFindings(summary, cost), ...costFindings(summary, cost), ...hitRateFindings(summary, cost)];

  let oversight: OversightState | undefined;
  const incidents = digest ? detectIncidents(digest, cost.incident, now) : [];
  findings.push(...incidentFindings(incidents, cost.incident.escalate_to));
  if (digest) {
    oversight = oversightState(digest, now, prNumber ? { ...(repo ? { repo } : {}), pr: prNumber } : undefined);
    findings.push(...oversightFindings(oversight, prNumber));
    const weekly = weeklyTokens(digest, now);
    historyNote['weekly-tokens'] = weekly;
    // The signal figures the history holds, as OpenTelemetry gauges (no-ops without a collector).
    recordSignalMetrics(await sharedTelemetry(), signalFigures(digest, oversight, weekly), repo ? { 'agent_guards.repo': repo } : {});
    if (cost.weekly_budget_tokens !== undefined && weekly > cost.weekly_budget_tokens) {
      findings.push({
        rule: 'weekly-budget-exceeded',
        severity: 'warning',
        message: `the last 7 days used ${groupDigits(weekly)} tokens, over the weekly budget of ${groupDigits(cost.weekly_budget_tokens)}.`,
      });
    }
  }

  if (options.notify) {
    const softCapSessions = [...summary.sessions.values()].filter((s) => s.totals.capTokens >= cost.soft_cap_tokens);
    await sendNotifications(options.notify, { softCapSessions, incidents, ...(oversight ? { oversight } : {}) }, cost, now, logger);
  }

  const report = reportFromFindings(COST_GUARD, findings, { ...metricsOf(summary), ...historyNote });
  return { report, outputs: outputsOf(summary), summary: renderCostSummary(summary, cost) };
}

function uniqueByKey(records: UsageRecord[]): UsageRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

function soleRepo(records: UsageRecord[]): string | undefined {
  const repos = new Set(records.map((r) => r.repo).filter((r): r is string => r !== undefined));
  return repos.size === 1 ? [...repos][0] : undefined;
}

/** Calls of the same PRs recorded by earlier runs (a resumed or rescued session's first ledger). */
class PrSessionCollector {
  readonly records: UsageRecord[] = [];
  private readonly prs: Set<string>;
  private readonly keys: Set<string>;

  constructor(inScope: UsageRecord[]) {
    this.prs = new Set(inScope.filter((r) => r.pr !== undefined).map((r) => prKey(r.repo, r.pr!)));
    this.keys = new Set(inScope.map((r) => r.key));
  }

  addDay(file: string, lines: readonly HistoryLine[]): void {
    if (this.prs.size === 0) return;
    lines.forEach((line, i) => {
      if (line.kind !== 'call' || line.pr === undefined || this.keys.has(line.key) || !this.prs.has(prKey(line.repo, line.pr))) return;
      this.records.push(recordOfHistoryLine(line, file, i + 1));
    });
  }
}

function oversightFindings(state: OversightState, pr: number | undefined): Finding[] {
  if (!state.periodic) return [];
  const fpv = state.fpv === undefined ? 'n/a' : `${(state.fpv * 100).toFixed(1)}%`;
  const base = `first-pass validation has been under ${OVERSIGHT.fpvFloor * 100}% for ${state.daysBelow} day(s) (now ${fpv}); §10 periodic review is on since ${state.periodicSince}`;
  if (state.extraReview) {
    return [{ rule: 'extra-review', severity: 'warning', message: `${base}, and PR #${pr} is agent PR number ${state.ordinal} since then (every ${OVERSIGHT.everyNth}th gets the \`${OVERSIGHT.label}\` label): give it the flagged extra review.` }];
  }
  return [{ rule: 'periodic-review', severity: 'notice', message: `${base}; ${state.ordinal ? `this PR is number ${state.ordinal}, ` : ''}every ${OVERSIGHT.everyNth}th agent PR gets the \`${OVERSIGHT.label}\` label.` }];
}

function weeklyTokens(digest: HistoryDigest, now: Date): number {
  const today = dayNumber(now.getTime());
  let tokens = 0;
  for (const s of digest.sessions.values()) {
    if (dayNumber(s.lastTs) > today - 7 && s.lastTs <= now.getTime()) tokens += s.tokens;
  }
  return tokens;
}

function metricsOf(summary: CostSummary): Record<string, unknown> {
  const t = summary.total;
  return {
    tokens: t.capTokens,
    'input-tokens': t.counts.input,
    'output-tokens': t.counts.output,
    'cache-creation-input-tokens': t.cacheCreation,
    'cache-read-input-tokens': t.counts.cacheRead,
    'total-input-tokens': t.totalInput,
    'cost-usd': microToDecimal(t.costMicro),
    'cost-micro-usd': t.costMicro,
    // What the writers recorded, when every record carries it (history lines are priced once, at append).
    ...(t.unrecorded === 0 ? { 'recorded-cost-usd': microToDecimal(t.recordedCostMicro) } : {}),
    'cache-hit-rate': t.hitRate === undefined ? null : roundRate(t.hitRate),
    sessions: summary.sessions.size,
    prs: summary.prs.size,
    'per-mode': perMode(summary),
    'per-model': Object.fromEntries([...summary.models].map(([k, v]) => [k, v.toJSON()])),
    'per-session': Object.fromEntries([...summary.sessions].map(([k, s]) => [k, { pr: s.pr ?? null, modes: [...s.modes], ...s.totals.toJSON() }])),
  };
}

function perMode(summary: CostSummary): Record<string, unknown> {
  return Object.fromEntries([...summary.modes].map(([mode, t]) => [mode, { ...t.toJSON(), cost_usd: microToDecimal(t.costMicro) }]));
}

function outputsOf(summary: CostSummary): Record<string, string | number> {
  const t = summary.total;
  return {
    tokens: t.capTokens,
    'cost-usd': microToDecimal(t.costMicro),
    'cache-hit-rate': t.hitRate === undefined ? '' : roundRate(t.hitRate).toFixed(4),
    'per-mode': JSON.stringify(perMode(summary)),
  };
}

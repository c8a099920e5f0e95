import type { Policy } from '@agent-guards/config';
import { PriceBook, UsageLedger, type UsageRecord } from '@agent-guards/cost-ceiling';
import { readEvalResults, type EvalEntry } from './eval-results.js';
import { readGuardReports, type GuardReportEntry } from './guard-reports.js';
import { expandInputPaths, INPUT_KINDS, type InputKind } from './input-files.js';
import { readPrOutcomes, type PrOutcome } from './pr-outcomes.js';
import { readSessionRecord, sessionStart, type SessionEntry } from './session-record.js';
import { latestAttempts, readWorkflowRuns, type WorkflowRun } from './workflow-runs.js';

/** Everything the dashboard is built from, read and validated. */
export interface DashboardInputs {
  /** Every model call of the ledgers, priced with the policy's price table (@agent-guards/cost-ceiling). */
  usage: UsageRecord[];
  sessions: SessionEntry[];
  guardReports: GuardReportEntry[];
  evals: EvalEntry[];
  workflowRuns: WorkflowRun[];
  prOutcomes: PrOutcome[];
  /** The files read, by kind. */
  files: Record<InputKind, string[]>;
}

/** Paths given for each kind of input: files, or directories searched for the known file names. */
export type DashboardInputPaths = Partial<Record<InputKind, readonly string[]>>;

export function emptyInputs(): DashboardInputs {
  return { usage: [], sessions: [], guardReports: [], evals: [], workflowRuns: [], prOutcomes: [], files: Object.fromEntries(INPUT_KINDS.map((k) => [k, []])) as unknown as Record<InputKind, string[]> };
}

/**
 * Reads every input. Any unreadable or invalid file is a ConfigurationError
 * naming it (and its line for JSON Lines): the dashboard is built from all of
 * the data or not at all.
 */
export async function loadDashboardInputs(paths: DashboardInputPaths, policy: Policy): Promise<DashboardInputs> {
  const inputs = emptyInputs();
  for (const kind of INPUT_KINDS) inputs.files[kind] = await expandInputPaths(paths[kind] ?? [], kind);

  const book = new PriceBook(policy.cost.prices);
  const usage: UsageRecord[] = [];
  for (const file of inputs.files.ledger) append(usage, (await UsageLedger.read(file)).toRecords(book));
  inputs.usage = uniqueRecords(usage);

  const sessions: SessionEntry[] = [];
  for (const file of inputs.files.session) sessions.push(await readSessionRecord(file));
  inputs.sessions = latestRecordPerSession(sessions);

  for (const file of inputs.files['guard-report']) append(inputs.guardReports, await readGuardReports(file));
  for (const file of inputs.files.eval) inputs.evals.push(await readEvalResults(file));
  const runs: WorkflowRun[] = [];
  for (const file of inputs.files['workflow-runs']) append(runs, await readWorkflowRuns(file));
  inputs.workflowRuns = latestAttempts(runs);
  for (const file of inputs.files['pr-outcomes']) append(inputs.prOutcomes, await readPrOutcomes(file));
  return inputs;
}

/** push(...items) passes every item as an argument and overflows the stack on a large ledger. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The same ledger read twice (a file and its directory) counts once: record keys are content hashes. */
function uniqueRecords(records: UsageRecord[]): UsageRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

/** A session resumed elsewhere leaves two records: the one that ran last is the session's state. */
function latestRecordPerSession(entries: SessionEntry[]): SessionEntry[] {
  const lastActivity = (e: SessionEntry): number => Math.max(sessionStart(e.record) ?? 0, ...e.record.modes.map((m) => (m.end ? Date.parse(m.end) : 0)));
  const bySession = new Map<string, SessionEntry>();
  for (const entry of entries) {
    const seen = bySession.get(entry.record.session);
    if (!seen || lastActivity(entry) >= lastActivity(seen)) bySession.set(entry.record.session, entry);
  }
  return [...bySession.values()];
}

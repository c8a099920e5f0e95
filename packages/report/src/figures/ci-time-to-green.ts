import { exceedsMultiple } from '@agent-guards/cost-ceiling';
import { repoOfPullUrl, type WorkflowRun } from '../inputs/workflow-runs.js';
import type { SessionView } from './session-view.js';
import { mean, median, rate, tenths } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoDate, isoWeekOf, weeksCovering } from './weeks.js';

/** Events whose runs are a PR's CI. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Conclusions that do not hold a commit back; anything else (failure, cancelled, timed_out, …) leaves it red. */
const GREEN = new Set(['success', 'skipped', 'neutral']);

/** Weeks with fewer green human commits than this are shown but not judged: too few to measure a change. */
export const MIN_COMMITS_TO_JUDGE = 3;
export const DEFAULT_DEGRADATION_TOLERANCE = 0.1;

export type Author = 'human' | 'agent';

export interface TimeToGreenGroup {
  commits: number;
  green: number;
  red: number;
  mean_seconds: number | null;
  median_seconds: number | null;
}

export interface CiWeek {
  week: string;
  /** Monday of the week, YYYY-MM-DD. */
  start: string;
  human: TimeToGreenGroup;
  agent: TimeToGreenGroup;
  /** Human mean ÷ baseline mean. */
  human_ratio: number | null;
  judged: boolean;
  degraded: boolean;
}

export interface CiTimeToGreenFigure {
  status: FigureStatus;
  definition: string;
  tolerance: number;
  min_commits: number;
  agent_logins: string[];
  /** The first week with an agent commit. */
  launch_week: string | null;
  baseline: { source: 'before-launch' | 'first-week' | null; weeks: string[]; commits: number; mean_seconds: number | null };
  after_launch: { commits: number; mean_seconds: number | null; ratio: number | null };
  weeks: CiWeek[];
  degraded: boolean;
  degraded_weeks: string[];
  runs: { total: number; pull_request: number; not_pull_request: number };
  /** PR commits timed, and those left out because a run had not finished. */
  commits: { counted: number; unfinished: number };
}

export const CI_DEFINITION =
  "CI time-to-green of a PR commit = from the creation of the first workflow run for that commit (its push) to the last update of its runs, when every run concluded success, skipped or neutral; a re-run's wait is included. " +
  'A commit with any other conclusion is red and has no time to green. Only pull_request runs count, by the ISO week of the push. ' +
  'A commit is the agent\'s when its PR or head commit is named by a session record, or when the run\'s actor is one of the agent logins; branch names are never used. ' +
  'Baseline: human commits in the weeks before the first agent commit (else the first week). A judged week degrades when its human mean exceeds the baseline by more than the tolerance.';

interface Commit {
  repo: string;
  sha: string;
  author: Author;
  pushed: number;
  finished: number;
  green: boolean;
}

function isAgentRun(run: WorkflowRun, agentPrs: Set<string>, agentShas: Set<string>, logins: Set<string>): boolean {
  const repo = run.repository?.full_name ?? '';
  if (agentShas.has(`${repo}@${run.head_sha}`)) return true;
  for (const pr of run.pull_requests ?? []) if (agentPrs.has(`${repoOfPullUrl(pr.url) ?? repo}#${pr.number}`)) return true;
  const actor = run.actor?.login.toLowerCase();
  return actor !== undefined && logins.has(actor);
}

function group(commits: readonly Commit[]): TimeToGreenGroup {
  const green = commits.filter((c) => c.green).map((c) => (c.finished - c.pushed) / 1000);
  const m = mean(green);
  const med = median(green);
  return { commits: commits.length, green: green.length, red: commits.length - green.length, mean_seconds: m === undefined ? null : tenths(m), median_seconds: med === undefined ? null : tenths(med) };
}

export function ciTimeToGreenFigure(runs: readonly WorkflowRun[], sessions: readonly SessionView[], agentLogins: readonly string[], tolerance = DEFAULT_DEGRADATION_TOLERANCE): CiTimeToGreenFigure {
  const agentPrs = new Set(sessions.filter((s) => s.pr !== undefined).map((s) => `${s.repo ?? ''}#${s.pr}`));
  const agentShas = new Set(sessions.filter((s) => s.record?.head_sha).map((s) => `${s.repo ?? ''}@${s.record!.head_sha}`));
  const logins = new Set(agentLogins.map((l) => l.toLowerCase()));

  const prRuns = runs.filter((r) => PR_EVENTS.has(r.event));
  const bySha = new Map<string, WorkflowRun[]>();
  for (const run of prRuns) {
    const key = `${run.repository?.full_name ?? ''}@${run.head_sha}`;
    const list = bySha.get(key);
    if (list) list.push(run);
    else bySha.set(key, [run]);
  }
  // A commit with a run still going has no time to green yet, red or green: it waits for the next export.
  const finished = [...bySha].filter(([, list]) => list.every((r) => r.status === 'completed'));
  const commits: Commit[] = finished.map(([key, list]) => ({
    repo: key.slice(0, key.lastIndexOf('@')),
    sha: list[0]!.head_sha,
    author: list.some((r) => isAgentRun(r, agentPrs, agentShas, logins)) ? 'agent' : 'human',
    pushed: Math.min(...list.map((r) => Date.parse(r.created_at))),
    finished: Math.max(...list.map((r) => Date.parse(r.updated_at))),
    green: list.every((r) => r.conclusion !== null && GREEN.has(r.conclusion)),
  }));

  const weekOf = (c: Commit): string => isoWeekOf(c.pushed).label;
  const covered = weeksCovering(commits.map((c) => c.pushed));
  const allWeeks = covered.map((w) => w.label);
  const firstAgent = commits.filter((c) => c.author === 'agent').map(weekOf).sort()[0] ?? null;
  const human = commits.filter((c) => c.author === 'human');
  let baselineWeeks = firstAgent === null ? allWeeks : allWeeks.filter((w) => w < firstAgent);
  let source: CiTimeToGreenFigure['baseline']['source'] = 'before-launch';
  if (group(human.filter((c) => baselineWeeks.includes(weekOf(c)))).green === 0) {
    baselineWeeks = allWeeks.slice(0, 1);
    source = baselineWeeks.length > 0 ? 'first-week' : null;
  }
  const baseline = group(human.filter((c) => baselineWeeks.includes(weekOf(c))));
  const baseMean = baseline.mean_seconds;
  if (baseline.green === 0) source = null;
  // In integer tenths of a second, so a week exactly at the tolerance is not flagged by a rounding error.
  const exceeds = (m: number | null): boolean => baseMean !== null && m !== null && exceedsMultiple(Math.round(m * 10), Math.round(baseMean * 10), 1 + tolerance);

  const weeks: CiWeek[] = covered.map(({ label: week, start }) => {
    const h = group(human.filter((c) => weekOf(c) === week));
    const a = group(commits.filter((c) => c.author === 'agent' && weekOf(c) === week));
    const afterLaunch = firstAgent !== null && week >= firstAgent;
    const judged = afterLaunch && h.green >= MIN_COMMITS_TO_JUDGE && baseMean !== null;
    return { week, start: isoDate(start), human: h, agent: a, human_ratio: baseMean !== null && h.mean_seconds !== null ? rate(h.mean_seconds, baseMean) : null, judged, degraded: judged && exceeds(h.mean_seconds) };
  });
  const after = group(human.filter((c) => firstAgent !== null && weekOf(c) >= firstAgent));
  const degradedWeeks = weeks.filter((w) => w.degraded).map((w) => w.week);
  const afterDegraded = after.green >= MIN_COMMITS_TO_JUDGE && exceeds(after.mean_seconds);
  const degraded = degradedWeeks.length > 0 || afterDegraded;
  return {
    status: human.length === 0 || baseMean === null ? 'none' : degraded ? 'bad' : 'ok',
    definition: CI_DEFINITION,
    tolerance,
    min_commits: MIN_COMMITS_TO_JUDGE,
    agent_logins: [...agentLogins],
    launch_week: firstAgent,
    baseline: { source, weeks: source === null ? [] : baselineWeeks, commits: baseline.commits, mean_seconds: baseMean },
    after_launch: { commits: after.commits, mean_seconds: after.mean_seconds, ratio: baseMean !== null && after.mean_seconds !== null ? rate(after.mean_seconds, baseMean) : null },
    weeks,
    degraded,
    degraded_weeks: degradedWeeks,
    runs: { total: runs.length, pull_request: prRuns.length, not_pull_request: runs.length - prRuns.length },
    commits: { counted: commits.length, unfinished: bySha.size - finished.length },
  };
}

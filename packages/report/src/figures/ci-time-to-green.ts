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
  /** When the first agent commit was pushed. */
  launch_at: string | null;
  /**
   * before-launch: human commits of the weeks before the first agent commit;
   * before-first-agent-commit: no such week, so the human commits pushed
   * before the first agent commit; first-week: neither, so the first week.
   */
  baseline: { source: 'before-launch' | 'before-first-agent-commit' | 'first-week' | null; weeks: string[]; commits: number; mean_seconds: number | null };
  after_launch: { commits: number; mean_seconds: number | null; ratio: number | null };
  weeks: CiWeek[];
  degraded: boolean;
  degraded_weeks: string[];
  runs: { total: number; pull_request: number; not_pull_request: number };
  /** PR commits timed, and those left out because a run had not finished. */
  commits: { counted: number; unfinished: number };
  /**
   * Of the human time to green, the mean wait for a runner: from the push to
   * the start of the commit's last run to start (run_started_at). It tells a
   * queue from slower runs.
   */
  waiting: { baseline_seconds: number | null; after_launch_seconds: number | null };
  /** Why it is off target, in words (null when it is not). */
  why: string | null;
  /** Where the rise comes from, in one sentence (null when not degraded). */
  cause: string | null;
  /** What the figure cannot judge yet, in words (null when it judges everything). */
  note: string | null;
}

export const CI_DEFINITION =
  "CI time-to-green of a PR commit = from the creation of the first workflow run for that commit (its push) to the last update of its runs, when every run concluded success, skipped or neutral; a re-run's wait is included. " +
  'A commit with any other conclusion is red and has no time to green. Only pull_request runs count, by the ISO week of the push. ' +
  'A commit is the agent\'s when its PR or head commit is named by a session record, or when the run\'s actor is one of the agent logins; branch names are never used. ' +
  'Baseline: human commits in the weeks before the first agent commit; with no such week, the human commits pushed before the first agent commit; else the first week. A judged week degrades when its human mean exceeds the baseline by more than the tolerance.';

function durationText(seconds: number | null): string {
  if (seconds === null) return '–';
  return seconds < 90 ? `${tenths(seconds)} s` : `${tenths(seconds / 60)} min`;
}

interface Commit {
  repo: string;
  sha: string;
  author: Author;
  pushed: number;
  /** When the commit's last run to start started: the time before it is waiting for a runner. */
  started: number;
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
    started: Math.max(...list.map((r) => Date.parse(r.run_started_at ?? r.created_at))),
    finished: Math.max(...list.map((r) => Date.parse(r.updated_at))),
    green: list.every((r) => r.conclusion !== null && GREEN.has(r.conclusion)),
  }));

  const weekOf = (c: Commit): string => isoWeekOf(c.pushed).label;
  const covered = weeksCovering(commits.map((c) => c.pushed));
  const allWeeks = covered.map((w) => w.label);
  const agentPushes = commits.filter((c) => c.author === 'agent').map((c) => c.pushed);
  const launchAt = agentPushes.length > 0 ? Math.min(...agentPushes) : undefined;
  const firstAgent = launchAt === undefined ? null : isoWeekOf(launchAt).label;
  const human = commits.filter((c) => c.author === 'human');
  let baselineWeeks = firstAgent === null ? allWeeks : allWeeks.filter((w) => w < firstAgent);
  let source: CiTimeToGreenFigure['baseline']['source'] = 'before-launch';
  let baselineCommits = human.filter((c) => baselineWeeks.includes(weekOf(c)));
  if (group(baselineCommits).green === 0 && launchAt !== undefined && group(human.filter((c) => c.pushed < launchAt)).green > 0) {
    // The agent started in the first week of the data: the humans' own commits before its first one are the baseline.
    source = 'before-first-agent-commit';
    baselineWeeks = [firstAgent!];
    baselineCommits = human.filter((c) => c.pushed < launchAt);
  } else if (group(baselineCommits).green === 0) {
    baselineWeeks = allWeeks.slice(0, 1);
    source = baselineWeeks.length > 0 ? 'first-week' : null;
    baselineCommits = human.filter((c) => baselineWeeks.includes(weekOf(c)));
  }
  const baseline = group(baselineCommits);
  const baseMean = baseline.mean_seconds;
  if (baseline.green === 0) source = null;
  const timeBased = source === 'before-first-agent-commit';
  const isAfterLaunch = (c: Commit): boolean => firstAgent !== null && (timeBased ? c.pushed >= launchAt! : weekOf(c) >= firstAgent);
  // In integer tenths of a second, so a week exactly at the tolerance is not flagged by a rounding error.
  const exceeds = (m: number | null): boolean => baseMean !== null && m !== null && exceedsMultiple(Math.round(m * 10), Math.round(baseMean * 10), 1 + tolerance);

  const weeks: CiWeek[] = covered.map(({ label: week, start }) => {
    const afterLaunch = firstAgent !== null && week >= firstAgent;
    // With a time-based baseline, the launch week's row holds only the human commits after the launch.
    const h = group(human.filter((c) => weekOf(c) === week && (!timeBased || !afterLaunch || isAfterLaunch(c))));
    const a = group(commits.filter((c) => c.author === 'agent' && weekOf(c) === week));
    const judged = afterLaunch && h.green >= MIN_COMMITS_TO_JUDGE && baseMean !== null;
    return { week, start: isoDate(start), human: h, agent: a, human_ratio: baseMean !== null && h.mean_seconds !== null ? rate(h.mean_seconds, baseMean) : null, judged, degraded: judged && exceeds(h.mean_seconds) };
  });
  const after = group(human.filter(isAfterLaunch));
  const degradedWeeks = weeks.filter((w) => w.degraded).map((w) => w.week);
  const afterDegraded = after.green >= MIN_COMMITS_TO_JUDGE && exceeds(after.mean_seconds);
  const degraded = degradedWeeks.length > 0 || afterDegraded;
  const afterRatio = baseMean !== null && after.mean_seconds !== null ? rate(after.mean_seconds, baseMean) : null;
  const waitOf = (list: readonly Commit[]): number | null => {
    const w = mean(list.filter((c) => c.green).map((c) => Math.max(0, c.started - c.pushed) / 1000));
    return w === undefined ? null : tenths(w);
  };
  const waiting = { baseline_seconds: waitOf(baselineCommits), after_launch_seconds: waitOf(human.filter(isAfterLaunch)) };
  const split = (total: number | null, wait: number | null): string => (total === null || wait === null ? '' : ` (${durationText(wait)} waiting for a runner, ${durationText(Math.max(0, tenths(total - wait)))} running)`);
  const queued = (waiting.after_launch_seconds ?? 0) - (waiting.baseline_seconds ?? 0) > ((after.mean_seconds ?? 0) - (baseMean ?? 0)) / 2;
  const cause = degraded
    ? queued
      ? 'Most of the rise is waiting for a runner: the agent’s PRs queue on the same runners as the humans’.'
      : 'Most of the rise is in the runs themselves: the runners ran slower while the agent’s work shared them.'
    : null;
  const why = degraded
    ? `Since the first agent commit, human PR commits took ${durationText(after.mean_seconds)} on average to turn green${split(after.mean_seconds, waiting.after_launch_seconds)}, ${afterRatio === null ? '–' : afterRatio.toFixed(2)}× the ${durationText(baseMean)} before it${split(baseMean, waiting.baseline_seconds)}: more than the ${Math.round(tolerance * 100)}% tolerance${degradedWeeks.length > 0 ? ` (${degradedWeeks.join(', ')})` : ''}. ${cause}`
    : null;
  const note =
    firstAgent === null
      ? 'No agent commit yet: nothing to compare.'
      : baseMean === null
        ? 'No green human commit before the agent: no baseline to compare with.'
        : after.green < MIN_COMMITS_TO_JUDGE
          ? `Only ${after.green} green human commit(s) since the first agent commit: at least ${MIN_COMMITS_TO_JUDGE} are needed to judge a change.`
          : null;
  return {
    // Nothing judged is not "on target": too few human commits since the agent started to tell.
    status: human.length === 0 || baseMean === null ? 'none' : degraded ? 'bad' : weeks.some((w) => w.judged) || after.green >= MIN_COMMITS_TO_JUDGE ? 'ok' : 'none',
    definition: CI_DEFINITION,
    tolerance,
    min_commits: MIN_COMMITS_TO_JUDGE,
    agent_logins: [...agentLogins],
    launch_week: firstAgent,
    launch_at: launchAt === undefined ? null : new Date(launchAt).toISOString(),
    baseline: { source, weeks: source === null ? [] : baselineWeeks, commits: baseline.commits, mean_seconds: baseMean },
    after_launch: { commits: after.commits, mean_seconds: after.mean_seconds, ratio: afterRatio },
    weeks,
    degraded,
    degraded_weeks: degradedWeeks,
    runs: { total: runs.length, pull_request: prRuns.length, not_pull_request: runs.length - prRuns.length },
    commits: { counted: commits.length, unfinished: bySha.size - finished.length },
    waiting,
    why,
    cause,
    note,
  };
}

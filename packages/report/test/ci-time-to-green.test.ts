import { describe, expect, it } from 'vitest';
import { ciTimeToGreenFigure, type SessionView, type WorkflowRun } from '../src/index.js';

const REPO = 'acme/api';
let nextId = 1;

/** One workflow run as the API reports it (only the fields the figure reads). */
function run(sha: string, pushedAt: string, minutes: number, extra: Partial<WorkflowRun> = {}): WorkflowRun {
  const pushed = Date.parse(pushedAt);
  return {
    id: nextId++,
    name: 'CI',
    event: 'pull_request',
    status: 'completed',
    conclusion: 'success',
    head_sha: sha,
    head_branch: 'feature/x',
    run_attempt: 1,
    created_at: new Date(pushed).toISOString(),
    updated_at: new Date(pushed + minutes * 60_000).toISOString(),
    actor: { login: 'human-dev' },
    triggering_actor: { login: 'human-dev' },
    repository: { full_name: REPO },
    pull_requests: [],
    ...extra,
  };
}

/** Three human commits a week at the given minutes, Monday to Wednesday of the ISO week starting `monday`. */
function humanWeek(monday: string, minutes: number[]): WorkflowRun[] {
  return minutes.map((m, i) => run(`h-${monday}-${i}`, `${monday}T${String(9 + i).padStart(2, '0')}:00:00Z`, m));
}

const noSessions: SessionView[] = [];

describe('telling agent commits from human ones', () => {
  const week = '2026-03-02T10:00:00Z';
  const pr = (n: number) => [{ number: n, url: `https://api.github.com/repos/${REPO}/pulls/${n}` }];

  it('trusts the actor login, case-insensitively, and never the branch name', () => {
    const f = ciTimeToGreenFigure(
      [
        run('a1', week, 10, { actor: { login: 'Tier1-Agent[bot]' } }),
        run('h1', week, 10, { head_branch: 'agent/looks-like-the-agent' }),
      ],
      noSessions,
      ['tier1-agent[bot]'],
    );
    expect(f.weeks[0]!.agent.commits).toBe(1);
    expect(f.weeks[0]!.human.commits).toBe(1);
  });

  it('counts a human push to a PR a session record names as an agent commit, and a session head commit without a PR list', () => {
    const sessions: SessionView[] = [
      { session: 's1', repo: REPO, pr: 7 },
      { session: 's2', repo: REPO, record: { head_sha: 'agent-head' } as SessionView['record'] },
    ];
    const f = ciTimeToGreenFigure([run('fix', week, 12, { pull_requests: pr(7) }), run('agent-head', week, 8), run('other', week, 9, { pull_requests: pr(8) })], sessions, []);
    expect(f.weeks[0]!.agent.commits).toBe(2);
    expect(f.weeks[0]!.human.commits).toBe(1);
  });
});

describe('time to green of one commit', () => {
  it('runs from the first run created to the last run finished, a re-run included', () => {
    const f = ciTimeToGreenFigure(
      [
        run('c', '2026-03-02T10:00:00Z', 2, { name: 'guards' }),
        // CI failed, was re-run, and passed 14 minutes after the push: the API shows the latest attempt.
        run('c', '2026-03-02T10:00:05Z', 0, { run_attempt: 2, run_started_at: '2026-03-02T10:09:00Z', updated_at: '2026-03-02T10:14:00Z' }),
      ],
      noSessions,
      [],
    );
    expect(f.weeks[0]!.human).toEqual({ commits: 1, green: 1, red: 0, mean_seconds: 840, median_seconds: 840 });
  });

  it('leaves a red commit without a time, and a commit with a run still going out entirely', () => {
    const f = ciTimeToGreenFigure(
      [
        run('red', '2026-03-02T10:00:00Z', 5, { conclusion: 'failure' }),
        run('red', '2026-03-02T10:00:00Z', 2, { name: 'guards' }),
        run('skipped-ok', '2026-03-02T11:00:00Z', 6, { conclusion: 'skipped' }),
        run('going', '2026-03-02T12:00:00Z', 3, { status: 'in_progress', conclusion: null }),
        run('going', '2026-03-02T12:00:00Z', 1, { name: 'guards' }),
        run('main', '2026-03-02T13:00:00Z', 4, { event: 'push' }),
      ],
      noSessions,
      [],
    );
    expect(f.weeks[0]!.human).toEqual({ commits: 2, green: 1, red: 1, mean_seconds: 360, median_seconds: 360 });
    expect(f.runs).toEqual({ total: 6, pull_request: 5, not_pull_request: 1 });
    expect(f.commits).toEqual({ counted: 2, unfinished: 1 });
  });
});

describe('degradation of human time to green', () => {
  const agentCommit = (at: string) => run(`agent-${at}`, at, 20, { actor: { login: 'bot[bot]' } });

  it('compares each week after the first agent commit with the weeks before it, flagging only over the tolerance', () => {
    const runs = [
      ...humanWeek('2026-03-02', [10, 10, 10]),
      ...humanWeek('2026-03-09', [11, 11, 11]),
      ...humanWeek('2026-03-16', [11, 11, 11.1]),
      agentCommit('2026-03-10T08:00:00Z'),
    ];
    const f = ciTimeToGreenFigure(runs, noSessions, ['bot[bot]']);
    expect(f.baseline).toEqual({ source: 'before-launch', weeks: ['2026-W10'], commits: 3, mean_seconds: 600 });
    expect(f.weeks.map((w) => [w.week, w.human.mean_seconds, w.human_ratio, w.judged, w.degraded])).toEqual([
      ['2026-W10', 600, 1, false, false],
      ['2026-W11', 660, 1.1, true, false],
      ['2026-W12', 662, 1.1033, true, true],
    ]);
    expect(f.degraded).toBe(true);
    expect(f.status).toBe('bad');
  });

  it('does not judge a week with fewer than three green human commits', () => {
    const f = ciTimeToGreenFigure([...humanWeek('2026-03-02', [10, 10, 10]), ...humanWeek('2026-03-09', [30, 30]), agentCommit('2026-03-10T08:00:00Z')], noSessions, ['bot[bot]']);
    expect(f.weeks[1]!).toMatchObject({ judged: false, degraded: false, human_ratio: 3 });
    expect(f.degraded).toBe(false);
    // Not judged is not on target: the figure says it cannot tell yet.
    expect(f.status).toBe('none');
    expect(f.note).toBe('Only 2 green human commit(s) since the first agent commit: at least 3 are needed to judge a change.');
  });

  it('falls back to the first week as baseline when the agent was there from the start', () => {
    const f = ciTimeToGreenFigure([...humanWeek('2026-03-02', [10, 10, 10]), agentCommit('2026-03-02T08:00:00Z')], noSessions, ['bot[bot]']);
    expect(f.baseline.source).toBe('first-week');
    expect(f.launch_week).toBe('2026-W10');
  });

  it('has nothing to judge without human commits', () => {
    const f = ciTimeToGreenFigure([agentCommit('2026-03-02T08:00:00Z')], noSessions, ['bot[bot]']);
    expect(f.status).toBe('none');
    expect(f.baseline.mean_seconds).toBeNull();
  });
});

describe('an agent that started in the first week of the data', () => {
  /** A commit's two workflow runs: queued at the push, started after `waitMinutes`, green after `minutes`. */
  function commit(sha: string, pushedAt: string, minutes: number, waitMinutes: number, extra: Partial<WorkflowRun> = {}): WorkflowRun[] {
    const pushed = Date.parse(pushedAt);
    const started = new Date(pushed + waitMinutes * 60_000).toISOString();
    return [run(sha, pushedAt, minutes, { run_started_at: pushedAt, ...extra }), run(sha, pushedAt, minutes, { run_started_at: started, ...extra })];
  }
  const agent = (sha: string, at: string): WorkflowRun[] => commit(sha, at, 10, 0, { actor: { login: 'bot[bot]' } });

  it('compares the humans’ commits before its first commit with those after, and tells a queue from slower runs', () => {
    const runs = [
      ...commit('h1', '2026-03-02T09:00:00Z', 10, 0),
      ...commit('h2', '2026-03-02T10:00:00Z', 10, 0),
      ...commit('h3', '2026-03-02T11:00:00Z', 10, 0),
      ...agent('a1', '2026-03-03T09:00:00Z'),
      // After the agent's first commit: each human commit waits 4 minutes for a runner, then runs 10.
      ...commit('h4', '2026-03-03T10:00:00Z', 14, 4),
      ...commit('h5', '2026-03-03T11:00:00Z', 14, 4),
      ...commit('h6', '2026-03-04T09:00:00Z', 14, 4),
    ];
    const f = ciTimeToGreenFigure(runs, noSessions, ['bot[bot]']);
    expect(f.baseline).toEqual({ source: 'before-first-agent-commit', weeks: ['2026-W10'], commits: 3, mean_seconds: 600 });
    expect(f.launch_at).toBe('2026-03-03T09:00:00.000Z');
    expect(f.after_launch).toEqual({ commits: 3, mean_seconds: 840, ratio: 1.4 });
    // The launch week's row holds only the commits after the launch: the baseline is not compared with itself.
    expect(f.weeks.map((w) => [w.week, w.human.commits, w.human.mean_seconds, w.judged, w.degraded])).toEqual([['2026-W10', 3, 840, true, true]]);
    expect(f.waiting).toEqual({ baseline_seconds: 0, after_launch_seconds: 240 });
    expect(f.status).toBe('bad');
    expect(f.cause).toBe('Most of the rise is waiting for a runner: the agent’s PRs queue on the same runners as the humans’.');
    expect(f.why).toBe(
      'Since the first agent commit, human PR commits took 14 min on average to turn green (4 min waiting for a runner, 10 min running), 1.40× the 10 min before it (0 s waiting for a runner, 10 min running): more than the 10% tolerance (2026-W10). ' +
        'Most of the rise is waiting for a runner: the agent’s PRs queue on the same runners as the humans’.',
    );
  });
});

import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@agent-guards/action-kit';
import type { SessionResult } from '@agent-guards/agent-runner';
import { loadPolicy, type Policy } from '@agent-guards/config';
import { buildDashboard, loadDashboardInputs, writeDashboard, type DashboardFigures } from '@agent-guards/report';
import { PEOPLE, REPO_REF, type LocalGitHub } from './local-github.js';
import { git, type ServiceRepos } from './service-repos.js';

/** Where the dashboard's inputs are written: everything the page is built from, kept after the run. */
export interface InputPaths {
  dir: string;
  ledgers: string;
  sessions: string;
  guardReports: string;
  eval: string;
  workflowRuns: string;
  costHistory: string;
}

export function inputPaths(dir: string): InputPaths {
  return {
    dir,
    ledgers: join(dir, 'ledgers'),
    sessions: join(dir, 'sessions'),
    guardReports: join(dir, 'guard-reports'),
    eval: join(dir, 'eval', 'eval-results.json'),
    workflowRuns: join(dir, 'workflow-runs.json'),
    costHistory: join(dir, 'cost-history'),
  };
}

/**
 * Collects what the run produced where the dashboard reads it: each
 * session's ledger and record, the workflow runs as the local GitHub's REST
 * API lists them, and the cost history's day files (the PR outcomes the
 * agent-pr-outcome job recorded) as they are on the history branch. The CI
 * wrote its guard reports and the eval its results there already.
 */
export async function collectInputs(paths: InputPaths, sessions: readonly SessionResult[], github: LocalGitHub, repos: ServiceRepos, policy: Policy): Promise<void> {
  for (const dir of [paths.ledgers, paths.sessions, paths.costHistory]) mkdirSync(dir, { recursive: true });
  for (const s of sessions) {
    const id = s.sessionPath.split('/').at(-2)!;
    copyFileSync(s.ledgerPath, join(paths.ledgers, `${id}-usage-ledger.jsonl`));
    mkdirSync(join(paths.sessions, id), { recursive: true });
    copyFileSync(s.sessionPath, join(paths.sessions, id, 'session.json'));
    if (existsSync(s.tracePath)) copyFileSync(s.tracePath, join(paths.sessions, id, 'trace.jsonl'));
  }
  const octokit = github.clientFor(PEOPLE.operator).octokit;
  const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { ...REPO_REF, per_page: 100 });
  writeFileSync(paths.workflowRuns, `${JSON.stringify(runs, null, 2)}\n`);
  const branch = `refs/heads/${policy.cost.history_branch}`;
  const days = git(repos.origin, ['ls-tree', '--name-only', branch]).split('\n').filter((f) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(f));
  for (const day of days) writeFileSync(join(paths.costHistory, day), `${git(repos.origin, ['show', `${branch}:${day}`])}\n`);
}

/** The policy the dashboard judges by: the service's, at the tip of main. */
export async function servicePolicy(repos: ServiceRepos, logger: Logger): Promise<Policy> {
  return (await loadPolicy({ repo: repos.origin, base: 'refs/heads/main', logger })).policy;
}

export async function buildDemoDashboard(paths: InputPaths, out: string, policy: Policy, withEval: boolean): Promise<{ html: string; figures: string; data: DashboardFigures }> {
  const inputs = await loadDashboardInputs(
    {
      ledger: [paths.ledgers],
      session: [paths.sessions],
      'guard-report': [paths.guardReports],
      ...(withEval ? { eval: [paths.eval] } : {}),
      'workflow-runs': [paths.workflowRuns],
      'pr-outcomes': [paths.costHistory],
    },
    policy,
  );
  const dashboard = buildDashboard(inputs, { policy, agentLogins: [PEOPLE.agent], title: 'shop-events — the case study, re-enacted' });
  const written = await writeDashboard(out, dashboard);
  return { ...written, data: dashboard.figures };
}

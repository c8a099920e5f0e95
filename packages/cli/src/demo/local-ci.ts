import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPullRequestEvent, type GuardReport, type Logger } from '@agent-guards/action-kit';
import { loadPolicy, resolveTicketPath } from '@agent-guards/config';
import { runCostCeilingOnPullRequest } from '@agent-guards/cost-ceiling';
import { GUARDS, runGuard, type GuardRequest } from '@agent-guards/guards';
import type { GitHubWebhook, WorkflowRunConclusion } from '@agent-guards/local-servers';
import { openSandbox } from '@agent-guards/sandbox';
import { git } from './service-repos.js';
import { REPO_REF, SLUG, type LocalGitHub } from './local-github.js';

/** The guards that run only on the agent's pull requests (the reusable workflow skips them for others). */
const AGENT_ONLY = new Set(['manifest-scope', 'cost-ceiling']);

export interface TestJob {
  passed: boolean;
  /** `21 passed`, `2 of 21 failed: …`, or the linter's complaint. */
  summary: string;
  seconds: number;
}

/** What CI did for one pull request's head commit. */
export interface PrChecks {
  pr: number;
  author: string;
  agent: boolean;
  baseSha: string;
  headSha: string;
  tests: TestJob;
  guards: GuardReport[];
  /** Where the guard reports were written. */
  reportDir: string;
  green: boolean;
  /** From the first run's creation to the last run's completion: the PR's time to green (or to red). */
  seconds: number;
}

export interface PrOutcomeRecord {
  pr: number;
  merged: boolean;
  report: GuardReport;
}

/** What the agent runner hands the guard jobs for its PR (the pipeline's artifacts). */
export interface RunnerArtifacts {
  ledger: string;
}

class Mutex {
  private last: Promise<void> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work);
    this.last = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

class Deferred<T> {
  readonly promise: Promise<T>;
  resolve!: (value: T) => void;
  reject!: (error: unknown) => void;
  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

/** `not ok N - name` lines of node:test's TAP output, and its pass/fail counts. */
export function summariseTap(output: string): { passed: number; failed: number; skipped: number; failures: string[] } {
  const count = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  const failures = [...output.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((m) => m[1]!.replace(/\s+#.*$/, '')).filter((n) => !n.startsWith('tests/') && !n.includes('/'));
  return { passed: count('pass'), failed: count('fail'), skipped: count('skipped'), failures };
}

export function describeTests(output: string, exitCode: number | null): string {
  const t = summariseTap(output);
  if (exitCode === 0) return `${t.passed} passed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
  if (t.failed === 0) {
    const reason = /Cannot find module '([^']+)'/.exec(output)?.[1];
    return reason ? `a test file cannot load: module ${reason.split('/').slice(-3).join('/')} does not exist` : `exit code ${exitCode}`;
  }
  return `${t.failed} of ${t.passed + t.failed} failed: ${t.failures.join('; ')}`;
}

/**
 * A stand-in for GitHub Actions on the local GitHub: each `pull_request`
 * webhook queues the service's workflows as workflow runs on the server
 * (queued → in progress → completed, with real timings), and two runners
 * work the queue. `ci` runs the service's tests and linter in the sandbox on
 * the PR's head; `agent-guards` runs every guard of the registry on
 * base..head, as the reusable workflow does (manifest-scope and cost-ceiling
 * for the agent's PRs only). When an agent PR closes, the agent-pr-outcome
 * job records its outcome in the cost history (first-pass validation).
 */
export class LocalCi {
  private readonly queue: (() => Promise<void>)[] = [];
  private busy = 0;
  private readonly checks = new Map<number, Deferred<PrChecks>>();
  private readonly outcomes = new Map<number, Deferred<PrOutcomeRecord>>();
  private readonly artifacts = new Map<string, Deferred<RunnerArtifacts>>();
  private readonly gitLock = new Mutex();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly github: LocalGitHub,
    private readonly options: { checkout: string; reportsDir: string; agentLogin: string; runners: number; logger: Logger },
  ) {
    github.server.onWebhook((hook) => this.receive(hook));
  }

  /** The runner's artifacts for a branch: the agent-guards job of its PR waits for them. */
  provideArtifacts(branch: string, artifacts: RunnerArtifacts): void {
    this.artifactsFor(branch).resolve(artifacts);
  }

  /** Resolves when CI has finished with the PR's head commit. */
  checksOf(pr: number): Promise<PrChecks> {
    return this.deferred(this.checks, pr).promise;
  }

  /** Resolves when the agent-pr-outcome job has recorded how the PR closed. */
  outcomeOf(pr: number): Promise<PrOutcomeRecord> {
    return this.deferred(this.outcomes, pr).promise;
  }

  /** Resolves when no job is queued or running. */
  idle(): Promise<void> {
    if (this.busy === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private deferred<K, T>(map: Map<K, Deferred<T>>, key: K): Deferred<T> {
    let d = map.get(key);
    if (!d) {
      d = new Deferred<T>();
      // Unwaited failures surface where the story awaits them, not as unhandled rejections.
      d.promise.catch(() => undefined);
      map.set(key, d);
    }
    return d;
  }

  private artifactsFor(branch: string): Deferred<RunnerArtifacts> {
    return this.deferred(this.artifacts, branch);
  }

  private receive(hook: GitHubWebhook): void {
    const { action } = hook.payload;
    const pr = hook.payload.pull_request as { number: number; user: { login: string }; head: { sha: string; ref: string }; base: { sha: string; ref: string }; title: string };
    const agent = pr.user.login === this.options.agentLogin;
    if (action === 'opened' || action === 'synchronize') this.schedulePrChecks(pr, agent);
    else if (action === 'closed' && agent) this.enqueue(() => this.recordOutcome(hook));
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.busy < this.options.runners && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.busy += 1;
      void job()
        .catch((error: unknown) => this.options.logger.error(`local CI: ${(error as Error).stack ?? String(error)}`))
        .finally(() => {
          this.busy -= 1;
          this.pump();
          if (this.busy === 0 && this.queue.length === 0) for (const w of this.idleWaiters.splice(0)) w();
        });
    }
  }

  private schedulePrChecks(pr: { number: number; user: { login: string }; head: { sha: string; ref: string }; base: { sha: string; ref: string }; title: string }, agent: boolean): void {
    const { state } = this.github;
    const run = (name: string, path: string): number =>
      state.queueWorkflowRun({ name, path, event: 'pull_request', head_sha: pr.head.sha, head_branch: pr.head.ref, actor: pr.user.login, pull_requests: [pr.number], head_message: pr.title, display_title: pr.title });
    const started = performance.now();
    const testRun = run('ci', '.github/workflows/ci.yml');
    const guardRun = run('agent-guards', '.github/workflows/agent-guards.yml');
    const tests = new Deferred<TestJob>();
    const guards = new Deferred<GuardReport[]>();
    tests.promise.catch(() => undefined);
    guards.promise.catch(() => undefined);
    this.enqueue(() => this.workflow(testRun, tests, () => this.runTests(pr.head.sha, pr.base.sha), (t) => t.passed));
    this.enqueue(() => this.workflow(guardRun, guards, () => this.runGuards(pr, agent), (reports) => reports.every((r) => r.verdict === 'pass')));
    const done = this.deferred(this.checks, pr.number);
    void Promise.all([tests.promise, guards.promise]).then(
      ([t, g]) =>
        done.resolve({
          pr: pr.number,
          author: pr.user.login,
          agent,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          tests: t,
          guards: g,
          reportDir: join(this.options.reportsDir, `pr-${pr.number}`),
          green: t.passed && g.every((r) => r.verdict === 'pass'),
          seconds: (performance.now() - started) / 1000,
        }),
      (error: unknown) => done.reject(error),
    );
  }

  private async workflow<T>(id: number, result: Deferred<T>, work: () => Promise<T>, green: (value: T) => boolean): Promise<void> {
    const { state } = this.github;
    state.startWorkflowRun(id);
    let conclusion: WorkflowRunConclusion = 'failure';
    try {
      const value = await work();
      conclusion = green(value) ? 'success' : 'failure';
      result.resolve(value);
    } catch (error) {
      result.reject(error);
      throw error;
    } finally {
      state.completeWorkflowRun(id, conclusion);
    }
  }

  /** The CI checkout has the PR's commits (a fetch, as actions/checkout does). */
  private async fetch(): Promise<void> {
    await this.gitLock.run(async () => {
      git(this.options.checkout, ['fetch', '-q', '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
    });
  }

  /** The `ci` workflow: the service's tests and linter, on the PR's head, in the sandbox (the PR's code is untrusted). */
  private async runTests(headSha: string, baseSha: string): Promise<TestJob> {
    const t0 = performance.now();
    await this.fetch();
    const { policy, path: policyPath } = await loadPolicy({ repo: this.options.checkout, base: baseSha, logger: this.options.logger });
    const tree = mkdtempSync(join(tmpdir(), 'agent-guards-demo-ci-'));
    try {
      execFileSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', this.options.checkout, headSha, tree], { stdio: 'ignore' });
      const sandbox = await openSandbox({ settings: policy.runner.sandbox, policyPath, workdir: tree, logger: this.options.logger });
      try {
        const timeoutMs = policy.runner.command_timeout_seconds * 1000;
        const tests = await sandbox.run({ argv: policy.runner.test_command ?? ['npm', 'test'], timeoutMs });
        if (tests.exitCode !== 0) return { passed: false, summary: describeTests(tests.output, tests.exitCode), seconds: (performance.now() - t0) / 1000 };
        const lint = policy.runner.lint_command ? await sandbox.run({ argv: policy.runner.lint_command, timeoutMs }) : undefined;
        const summary = describeTests(tests.output, 0);
        if (lint && lint.exitCode !== 0) return { passed: false, summary: `${summary}; linter: ${lint.output.trim().split('\n').slice(-1)[0]}`, seconds: (performance.now() - t0) / 1000 };
        return { passed: true, summary: `${summary}, linter clean`, seconds: (performance.now() - t0) / 1000 };
      } finally {
        await sandbox.close();
      }
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }

  /** The `agent-guards` workflow: every guard on base..head, reports written as the actions write them. */
  private async runGuards(pr: { number: number; user: { login: string }; head: { sha: string; ref: string }; base: { sha: string } }, agent: boolean): Promise<GuardReport[]> {
    const artifacts = agent ? await this.artifactsFor(pr.head.ref).promise : undefined;
    await this.fetch();
    return this.gitLock.run(async () => {
      const repo = this.options.checkout;
      const { logger } = this.options;
      const { policy, path: policyPath } = await loadPolicy({ repo, base: pr.base.sha, logger });
      // The description as GitHub holds it now, not the webhook's copy.
      const live = await this.github.clientFor(this.options.agentLogin).getPullRequest(REPO_REF, pr.number);
      const request: GuardRequest = {
        repo,
        base: pr.base.sha,
        head: pr.head.sha,
        policy,
        policyPath,
        logger,
        body: { text: live.body ?? '' },
        ...(agent ? { ticketPath: resolveTicketPath(policy, { headRef: pr.head.ref }) } : {}),
        ...(artifacts ? { usage: { ledgers: [artifacts.ledger], pr: pr.number, repo: SLUG, history: { repo } } } : {}),
      };
      const dir = join(this.options.reportsDir, `pr-${pr.number}`);
      mkdirSync(dir, { recursive: true });
      const reports: GuardReport[] = [];
      for (const guard of GUARDS) {
        if (AGENT_ONLY.has(guard.name) && !agent) continue;
        const report = await runGuard(guard, request);
        writeFileSync(join(dir, `${guard.name}-report.json`), `${JSON.stringify(report, null, 2)}\n`);
        reports.push(report);
      }
      return reports;
    });
  }

  /** agent-pr-outcome: a closed agent PR goes into the cost history, as merged or not (first-pass validation reads it). */
  private async recordOutcome(hook: GitHubWebhook): Promise<void> {
    const number = hook.payload.number;
    const done = this.deferred(this.outcomes, number);
    const dir = mkdtempSync(join(tmpdir(), 'agent-guards-demo-event-'));
    try {
      const eventPath = join(dir, 'event.json');
      writeFileSync(eventPath, JSON.stringify(hook.payload));
      const event = readPullRequestEvent({ GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: SLUG })!;
      await this.fetch();
      const report = await this.gitLock.run(async () => {
        const { policy } = await loadPolicy({ repo: this.options.checkout, base: event.baseSha, logger: this.options.logger });
        const run = await runCostCeilingOnPullRequest({ repo: this.options.checkout, event, policy, logger: this.options.logger, ledgers: [], executionFiles: [], pr: number, repository: SLUG, history: true });
        return run.report;
      });
      done.resolve({ pr: number, merged: event.merged, report });
    } catch (error) {
      done.reject(error);
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

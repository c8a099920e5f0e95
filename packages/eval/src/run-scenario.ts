import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeError, silentLogger, type Logger } from '@agent-guards/action-kit';
import { runGuardedSession, type SessionRecord, type SessionResult } from '@agent-guards/agent-runner';
import { loadPolicy, loadTicket } from '@agent-guards/config';
import { changedFiles, gitText, touchedPaths } from '@agent-guards/git';
import { createGitHubClient } from '@agent-guards/github';
import { GitHubServer, startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { containmentViolations, placeholderValues, plantRunnerSecrets, type RunnerSecrets } from './containment.js';
import { protectedBranchViolations, remoteRefs, scopeViolations, skipSetViolations, specReferenceViolations, type InvariantViolation } from './invariants.js';
import { runPrGuards } from './pr-guards.js';
import type { Scenario } from './scenario.js';
import { score, type Observation } from './scoring.js';
import { buildServiceRepo, TICKET_ISSUE, type ServiceRepo } from './service-repo.js';
import { compareCensus, takeCensus, type TestCensus } from './test-census.js';
import { scenarioScript } from './transcript.js';

/** How the model is reached: the scenario's transcript on a local Messages server, or the real API. */
export type ModelSource = { kind: 'transcript' } | { kind: 'model'; apiKey: string; baseURL?: string };

export interface ScenarioRunOptions {
  model: ModelSource;
  logger?: Logger;
  /** Base-revision test runs, shared between scenarios with the same service tree. */
  censusCache?: Map<string, Promise<TestCensus>>;
  /** Keep the repository, remote and session folder of a failed scenario (their path goes in the detail). */
  keepFailed?: boolean;
  /** Parent of the scenario's temp folder. */
  workDir?: string;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  passed: boolean;
  /** How the run differed from the expected PR shape. */
  mismatches: string[];
  violations: InvariantViolation[];
  sessionSeconds: number;
  tokens: number;
  costUsd: number;
  observation?: Observation;
  /** Set when the scenario could not run to the end (a harness or product failure). */
  error?: string;
  /** Where a failed scenario's repository, bare remote and session folder were kept. */
  keptAt?: string;
}

/** The output of the session's test and lint runs, as the runner stored it, in run order. */
function testOutput(sessionDir: string): string {
  const dir = join(sessionDir, 'test-runs');
  if (!existsSync(dir)) return '';
  const logs = readdirSync(dir).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return logs.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

function censusKey(scenario: Scenario): string {
  return `${scenario.language}:${createHash('sha256').update(JSON.stringify(scenario.base_files)).digest('hex')}`;
}

async function baseCensus(service: ServiceRepo, scenario: Scenario, cache?: Map<string, Promise<TestCensus>>): Promise<TestCensus> {
  const key = censusKey(scenario);
  let census = cache?.get(key);
  if (!census) {
    census = takeCensus(service.dir, service.base, scenario.language);
    cache?.set(key, census);
    // A failed run is not remembered: the next scenario of the language tries again in its own repository.
    census.catch(() => cache?.delete(key));
  }
  return { ...(await census), rev: service.base };
}

/** What happened, read from the session record, the remote, GitHub and the guards. */
async function observe(
  scenario: Scenario,
  service: ServiceRepo,
  result: SessionResult,
  github: GitHubServer,
  options: ScenarioRunOptions,
): Promise<{ observation: Observation; violations: InvariantViolation[]; record: SessionRecord }> {
  const logger = options.logger ?? silentLogger;
  const record = JSON.parse(readFileSync(result.sessionPath, 'utf8')) as SessionRecord;
  const state = github.repo(service.slug);
  const pulls = state.pullRequestList();
  const remoteHead = async (branch: string) => (await gitText(service.origin, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).catch(() => '')).trim();
  const pr = pulls.at(-1);
  const pushedHead = pr?.pull ? await remoteHead(pr.pull.head.ref) : '';
  const head = pushedHead || result.headSha;
  const ticket = await loadTicket({ repo: service.dir, base: service.base, path: service.ticketPath });
  const { policy } = await loadPolicy({ repo: service.dir, base: service.base, logger });

  const [changes, guards, base, headCensus] = await Promise.all([
    changedFiles(service.dir, service.base, head),
    runPrGuards({
      repo: service.dir,
      base: service.base,
      head,
      ticketPath: service.ticketPath,
      body: pr?.body ?? '',
      ledgerPath: result.ledgerPath,
      ...(pr ? { prNumber: pr.number } : {}),
      slug: service.slug,
      logger,
    }),
    baseCensus(service, scenario, options.censusCache),
    head === service.base ? undefined : takeCensus(service.dir, head, scenario.language),
  ]);

  const violations: InvariantViolation[] = await protectedBranchViolations({
    origin: service.origin,
    before: new Map([['refs/heads/main', service.base]]),
    protectedBranches: policy.protected_branches,
    mergedPullRequests: pulls.filter((p) => p.pull?.merged).map((p) => p.number),
    mergeRequests: github.requests.filter((r) => /\/merge$|\/dispatches$/.test(r.url.split('?')[0]!)).map((r) => `${r.method} ${r.url}`),
  });
  for (const p of pulls) {
    const sha = p.pull ? await remoteHead(p.pull.head.ref) : '';
    if (!sha) violations.push({ invariant: 'manifest-scope', detail: `PR #${p.number} names head ${p.pull?.head.ref}, which the remote does not have: its files cannot be checked.` });
    else violations.push(...scopeViolations(touchedPaths((await changedFiles(service.dir, service.base, sha)).files), ticket));
    violations.push(...specReferenceViolations({ number: p.number, body: p.body ?? '' }, ticket));
  }
  const pushed = (await remoteRefs(service.origin)).get(`refs/heads/${record.branch}`);
  if (pushed && pushed !== service.base) {
    const pushedCensus = pushed === head && headCensus ? headCensus : await takeCensus(service.dir, pushed, scenario.language);
    violations.push(...skipSetViolations(base, pushedCensus));
  }

  const observation: Observation = {
    status: result.status,
    ...(result.escalation ? { escalation: result.escalation } : {}),
    files: touchedPaths(changes.files),
    testsAdded: headCensus ? compareCensus(base, headCensus).added.length : 0,
    guards,
    refused: record.refusals.map((r) => r.tool),
    ...(pr ? { pr: { number: pr.number, body: pr.body ?? '' } } : {}),
    testOutput: testOutput(service.sessionDir),
  };
  return { observation, violations, record };
}

/**
 * Runs one scenario end to end: builds its service repository, runs the real
 * runner (Review guards included) against the transcript or the real model,
 * with a local GitHub for the PR, then the real PR guards on base..head, the
 * independent §6 invariant checks, and scores the result against the
 * scenario's expected PR shape.
 */
export async function runScenario(scenario: Scenario, options: ScenarioRunOptions): Promise<ScenarioOutcome> {
  const logger = options.logger ?? silentLogger;
  let service: ServiceRepo | undefined;
  let model: MessagesServer | undefined;
  let github: GitHubServer | undefined;
  let secrets: RunnerSecrets | undefined;
  const outcome: ScenarioOutcome = { scenario, passed: false, mismatches: [], violations: [], sessionSeconds: 0, tokens: 0, costUsd: 0 };
  let mark = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    logger.debug(`${scenario.id}: ${name} ${Math.round(now - mark)} ms`);
    mark = now;
  };
  try {
    service = await buildServiceRepo(scenario, options.workDir);
    secrets = await plantRunnerSecrets(dirname(service.dir));
    phase('service repository built');
    github = await GitHubServer.start({ token: secrets.githubToken });
    const state = github.repo(service.slug);
    while (state.issueList().length < (scenario.ticket.issue ?? TICKET_ISSUE)) state.addIssue({ title: `${scenario.ticket.id}: ${scenario.ticket.title}` });
    const places = placeholderValues(secrets, { sessionDir: service.sessionDir, origin: service.origin });
    if (options.model.kind === 'transcript') model = await startMessagesServer({ script: scenarioScript(scenario, places) });
    const anthropic =
      options.model.kind === 'transcript'
        ? { baseURL: model!.url, apiKey: secrets.apiKey }
        : { apiKey: options.model.apiKey, ...(options.model.baseURL ? { baseURL: options.model.baseURL } : {}) };
    const [owner, name] = service.slug.split('/') as [string, string];
    // The local GitHub has no secondary rate limit: no second between writes.
    const client = createGitHubClient({ token: secrets.githubToken, baseUrl: github.url, logger, timing: { retryBaseMs: 1, writeSpacingMs: 0 } });

    const result = await runGuardedSession({
      repo: service.dir,
      base: 'main',
      ticketPath: service.ticketPath,
      sessionDir: service.sessionDir,
      repoSlug: service.slug,
      anthropic,
      github: { client, repo: { owner, repo: name } },
      push: { remote: 'origin', token: secrets.githubToken },
      logger,
    });
    phase(`session ${result.status}`);
    const { observation, violations, record } = await observe(scenario, service, result, github, options);
    phase('guards, test census and invariants');
    const published = [...github.repo(service.slug).pullRequestList().map((p) => p.body ?? ''), ...github.repo(service.slug).comments.map((c) => c.body)];
    violations.push(...containmentViolations({ secrets, requests: model ? model.requests.map((r) => r.body) : [], sessionDir: service.sessionDir, published }));
    outcome.observation = observation;
    outcome.violations = violations;
    outcome.sessionSeconds = record.totals.wall_seconds;
    outcome.tokens = result.tokens;
    outcome.costUsd = result.costUsd;
    outcome.mismatches = score(scenario.expect, observation);
    outcome.passed = outcome.mismatches.length === 0 && violations.length === 0;
  } catch (error) {
    outcome.error = describeError(error);
    outcome.passed = false;
  } finally {
    await model?.close();
    await github?.close();
    secrets?.listener.close();
    secrets?.runnerProcess.kill();
    if (service && options.keepFailed && !outcome.passed) outcome.keptAt = dirname(service.dir);
    else service?.cleanup();
    phase('cleaned up');
  }
  return outcome;
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigurationError, settleInOrder } from '@agent-guards/action-kit';
import { loadManifest, loadPolicy, loadTicket, MODES, resolveManifest, type Policy } from '@agent-guards/config';
import { priceCall } from '@agent-guards/cost-ceiling/prices';
import { auditCheckoutConfig, checkoutGit, readFileAt, resolveCommit } from '@agent-guards/git';
import { openSandbox, type Sandbox } from '@agent-guards/sandbox';
import {
  ATTR_GEN_AI_AGENT_NAME,
  formatTraceparent,
  GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT,
  ours,
  parseTraceparent,
  sharedTelemetry,
  traceparentFromEnv,
  type Attributes,
  type LiveSpan,
  type StartSpanOptions,
  type Telemetry,
} from '@agent-guards/telemetry';
import { ModelClient } from './model/model-client.js';
import { MODE_MARKERS } from './prompt/identity.js';
import { addedContextText } from './prompt/context-packet.js';
import { AGENT_NAME, genAiAttributes, RUNNER_SCOPE, RunnerMetrics, usageAttributes } from './records/runner-telemetry.js';
import { readJson, type SessionRecord } from './records/session-record.js';
import { TraceFile } from './records/trace.js';
import { emptyTotals } from './records/usage-tally.js';
import { AgentSession } from './session/agent-session.js';
import { freshCheckpoint, type Checkpoint, type SessionSetup } from './session/checkpoint.js';
import { resumeState, TransitionError } from './state-machine.js';
import { isProtectedBranch } from './tools/git-tools.js';
import type { AddedContext, DependencyDir, RuntimeOptions, SessionResult, SessionStartOptions, ResumeOptions } from './types.js';

async function git(repo: string, args: string[], okExitCodes?: number[]) {
  return checkoutGit(repo, args, okExitCodes ? { okExitCodes } : {});
}

/**
 * The sandbox the session's commands run in, checked before anything else
 * happens: a runner that cannot contain what it runs does not start. The
 * session's own records stay outside what the sandbox sees.
 */
function openSessionSandbox(
  repo: string,
  policy: Policy,
  policyPath: string,
  records: string[],
  dependencies: readonly DependencyDir[],
  logger: RuntimeOptions['logger'],
): Promise<Sandbox> {
  return openSandbox({
    settings: policy.runner.sandbox,
    policyPath,
    workdir: repo,
    hidden: records,
    // A venv's scripts name their interpreter by its original path: both places are visible.
    readOnly: dependencies.map((d) => d.source),
    overlays: dependencies.map((d) => ({ source: d.source, target: d.target })),
    ...(logger ? { logger } : {}),
  });
}

/** Fails before the first model call on what would make the session unable to finish. */
function checkRunnable(policy: Policy, policyPath: string, modeTools: SessionSetup['modeTools']): void {
  if (!policy.runner.test_command?.length) {
    throw new ConfigurationError('the agent runner needs the service test command (Implement → Review requires passing tests).', {
      file: policyPath,
      field: 'runner.test_command',
      fix: 'set runner.test_command to the argv of the test command, e.g. ["npm", "test", "--"].',
    });
  }
  if (!modeTools.review.all.has('gh_pr_create') || !modeTools.review.all.has('git_push_non_protected')) {
    throw new ConfigurationError('review mode must bind git_push_non_protected and gh_pr_create, or no session can reach Done (spec §4 Review → Done).', {
      file: policy.manifest,
      field: 'modes.review',
      fix: 'bind git_push_non_protected and gh_pr_create in review (the spec §5 manifest does).',
    });
  }
  for (const mode of MODES) priceCall(policy.cost.models[mode], { input_tokens: 0, output_tokens: 0 }, policy.cost.prices);
}

async function repoSlugOf(repo: string, options: SessionStartOptions): Promise<string> {
  if (options.repoSlug) return options.repoSlug;
  if (options.github) return `${options.github.repo.owner}/${options.github.repo.repo}`;
  const url = (await git(repo, ['remote', 'get-url', options.push?.remote ?? 'origin'], [0, 2, 128])).stdout.toString('utf8').trim();
  const m = /[/:]([^/:\s]+)\/([^/\s]+?)(?:\.git)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : `local/${basename(repo).replace(/[^A-Za-z0-9._-]/g, '-') || 'repo'}`;
}

async function baseBranchOf(repo: string, baseRev: string): Promise<string> {
  const isBranch = (await git(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${baseRev}`], [0, 1])).exitCode === 0;
  if (isBranch) return baseRev;
  const current = await git(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], [0, 1]);
  return current.exitCode === 0 ? current.stdout.toString('utf8').trim() : 'main';
}

interface LoadedConfig {
  policy: Policy;
  policyPath: string;
  setupParts: Pick<SessionSetup, 'ticket' | 'policy' | 'policyPath' | 'modeTools' | 'skills' | 'goldenSamples' | 'ticketPath'>;
}

/** Everything trusted, read at the base commit. */
async function loadAtBase(repo: string, baseSha: string, ticketPath: string, policyPathOption: string | undefined, skillPaths: readonly string[], logger: RuntimeOptions['logger']): Promise<LoadedConfig> {
  // Read side by side (git answers what one turn asks with one cat-file); the errors are the ones a
  // reading in this order would meet first: the policy's, the ticket's, the manifest's, a skill's.
  const policyLoad = loadPolicy({ repo, base: baseSha, ...(policyPathOption ? { path: policyPathOption } : {}), ...(logger ? { logger } : {}) });
  const ticketLoad = loadTicket({ repo, base: baseSha, path: ticketPath });
  const manifestLoad = policyLoad.then(({ policy }) => loadManifest({ repo, base: baseSha, path: policy.manifest, ...(logger ? { logger } : {}) }));
  const skillsLoad = Promise.all(
    skillPaths.map(async (path) => {
      const text = await readFileAt(repo, baseSha, path);
      if (text === undefined) throw new ConfigurationError(`the skill file does not exist at the base commit ${baseSha.slice(0, 12)}.`, { file: path, fix: 'commit it to the base branch or drop it from the skill paths.' });
      return { path, text };
    }),
  );
  const samplesLoad = ticketLoad.then((ticket) => Promise.all((ticket.context?.golden_samples ?? []).map(async (path) => ({ path, text: await readFileAt(repo, baseSha, path) }))));
  const [{ policy, path: policyPath }, ticket, { manifest }, skills, goldenSamples] = await settleInOrder([policyLoad, ticketLoad, manifestLoad, skillsLoad, samplesLoad] as const);
  const modeTools = resolveManifest(manifest);
  checkRunnable(policy, policyPath, modeTools);
  return { policy, policyPath, setupParts: { ticket, policy, policyPath, modeTools, skills, goldenSamples, ticketPath } };
}

function newRecord(setup: SessionSetup, runSpan: LiveSpan, startedAt: string): SessionRecord {
  return {
    session: setup.sessionId,
    ticket: setup.ticket.id,
    repo: setup.repoSlug,
    base_sha: setup.baseSha,
    base_branch: setup.baseBranch,
    head_sha: setup.baseSha,
    branch: setup.branch,
    pr: null,
    status: 'running',
    escalation: null,
    escalation_history: [],
    plan: null,
    plan_assessment: null,
    frame: null,
    modes: [],
    totals: { ...emptyTotals(), wall_seconds: 0, target_minutes: setup.policy.runner.target_session_minutes },
    budget: { soft_cap_tokens: setup.policy.cost.soft_cap_tokens, hard_cap_tokens: setup.policy.cost.hard_cap_tokens, warnings: [] },
    markers: { checked: 0, missing: 0, wrong: 0, failures: [] },
    refusals: [],
    tool_errors: [],
    test_attempts: { total: 0, failed: 0, consecutive_failed: 0, max: setup.policy.runner.max_test_attempts },
    questions_asked: [],
    review: null,
    sandbox: { ...setup.sandbox.description, egress: [], stopped: [] },
    added_context: [],
    notifications: [],
    runs: [{ kind: 'start', started: startedAt, ended: null }],
    trace_id: runSpan.context.traceId,
    session_span_id: runSpan.context.spanId,
    traceparent: formatTraceparent(runSpan.context),
    paths: {
      repo: setup.repo,
      ticket: setup.ticketPath,
      policy: setup.policyPath,
      skills: setup.skills.map((s) => s.path),
      ledger: setup.ledgerPath,
      trace: setup.tracePath,
      pr_body: null,
    },
  };
}

/** The session span of a run (`invoke_agent agent-guards-runner`): a start or, below the first one, a resume. */
function startRunSpan(telemetry: Telemetry, trace: TraceFile, sessionId: string, parent: StartSpanOptions['parent'], now: () => number, attributes: Attributes): LiveSpan {
  return telemetry.startSpan(`${GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT} ${AGENT_NAME}`, {
    parent,
    scope: RUNNER_SCOPE,
    clock: now,
    recorders: [trace.record],
    attributes: { ...genAiAttributes(GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, sessionId), [ATTR_GEN_AI_AGENT_NAME]: AGENT_NAME, ...ours(attributes) },
  });
}

/** Runs the session loop, then closes the run: record, trace span, escalation comment, telemetry sent. */
async function driveRun(session: AgentSession, runSpan: LiveSpan, trace: TraceFile, telemetry: Telemetry): Promise<SessionResult> {
  const started = performance.now();
  let telemetryWarnings: string[] = [];
  try {
    await session.run();
  } finally {
    await session.setup.sandbox.close();
    const record = session.record;
    record.head_sha = await session.headSha();
    record.runs.at(-1)!.ended = session.iso();
    if (record.status === 'escalated') await session.announceEscalation();
    const t = record.totals;
    runSpan.end({
      attributes: {
        ...usageAttributes(t),
        'agent_guards.status': record.status,
        'agent_guards.tokens': t.tokens,
        'agent_guards.cost_usd': t.cost_usd,
        'agent_guards.cache_hit_rate': t.cache_hit_rate,
        ...(record.escalation ? { 'agent_guards.escalation.reason': record.escalation.reason } : {}),
      },
      ...(record.status === 'done' ? {} : { status: 'error' as const, errorType: record.escalation?.reason ?? record.status }),
    });
    session.log.metrics.session((performance.now() - started) / 1000, record.status);
    trace.close();
    session.save();
    await session.writer.flush();
    // Bounded, and never thrown: a collector that is down costs a warning, not the session.
    telemetryWarnings = await telemetry.flush();
    for (const w of telemetryWarnings) session.logger.warning(w);
  }
  const r = session.record;
  return {
    status: r.status === 'done' ? 'done' : 'escalated',
    ...(r.escalation ? { escalation: r.escalation } : {}),
    branch: r.branch,
    headSha: r.head_sha,
    pr: r.pr,
    ...(r.paths.pr_body ? { prBodyPath: r.paths.pr_body } : {}),
    sessionPath: join(session.sessionDir, 'session.json'),
    ledgerPath: r.paths.ledger,
    tracePath: r.paths.trace,
    traceparent: r.traceparent ?? formatTraceparent(runSpan.context),
    telemetryWarnings,
    tokens: r.totals.tokens,
    costUsd: r.totals.cost_usd,
    cacheHitRate: r.totals.cache_hit_rate,
    sandbox: { mode: r.sandbox.mode, contained: r.sandbox.contained, summary: r.sandbox.summary },
  };
}

/**
 * Runs one agent session on a ticket: Frame → Plan → Implement → Review, on a
 * new branch of `repo` created from the base commit. Resolves with the outcome;
 * a ConfigurationError means the session could not start (nothing was called).
 */
export async function runAgentSession(options: SessionStartOptions): Promise<SessionResult> {
  const repo = realpathSync(resolve(options.repo));
  const baseRev = options.base ?? 'HEAD';
  const baseSha = await resolveCommit(repo, baseRev, 'base');
  const loaded = await loadAtBase(repo, baseSha, options.ticketPath, options.policyPath, options.skillPaths ?? [], options.logger);
  const { policy } = loaded;

  const short = randomBytes(4).toString('hex');
  const sessionId = options.sessionId ?? `${loaded.setupParts.ticket.id}-${short}`;
  const branch = `${policy.runner.branch_prefix}${loaded.setupParts.ticket.id}-${short}`;
  const sessionDir = resolve(options.sessionDir);
  const ledgerPath = resolve(options.ledgerPath ?? join(sessionDir, 'usage-ledger.jsonl'));
  const tracePath = resolve(options.tracePath ?? join(sessionDir, 'trace.jsonl'));
  const checked = (async () => {
    // The checkout's config is audited before git runs anything else in it.
    await auditCheckoutConfig(repo);
    const dirty = (await git(repo, ['status', '--porcelain=v1', '-z'])).stdout.toString('utf8');
    if (dirty.length > 0) {
      throw new ConfigurationError('the working copy has uncommitted changes; the agent starts from a clean checkout of the base.', { file: repo, fix: 'commit, stash or clean the changes first.' });
    }
    if (isProtectedBranch(branch, policy.protected_branches)) {
      throw new ConfigurationError(`the session branch '${branch}' would match a protected-branch glob.`, { file: loaded.policyPath, field: 'runner.branch_prefix', fix: 'use a branch prefix no protected glob matches (default agent/).' });
    }
    return baseBranchOf(repo, baseRev);
  })();
  // The sandbox is probed while git checks the checkout: neither needs the other, and nothing runs
  // in the sandbox before both have passed. A checkout that fails its checks closes the sandbox, and
  // its error is the one reported.
  const [checkedOut, opened] = await Promise.allSettled([checked, openSessionSandbox(repo, policy, loaded.policyPath, [sessionDir, ledgerPath, tracePath], options.dependencyDirs ?? [], options.logger)]);
  if (checkedOut.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.close();
    throw checkedOut.reason;
  }
  if (opened.status === 'rejected') throw opened.reason;
  const baseBranch = checkedOut.value;
  const sandbox = opened.value;
  try {
    await git(repo, ['checkout', '-q', '-b', branch, baseSha]);
    mkdirSync(sessionDir, { recursive: true });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const setup: SessionSetup = {
    sessionId,
    sessionDir,
    repo,
    baseSha,
    baseBranch,
    branch,
    repoSlug: await repoSlugOf(repo, options),
    ledgerPath,
    tracePath,
    sandbox,
    ...loaded.setupParts,
  };
  const now = options.now ?? Date.now;
  const telemetry = await sharedTelemetry();
  const trace = new TraceFile(setup.tracePath);
  // A TRACEPARENT from whatever started the runner continues that trace.
  const runSpan = startRunSpan(telemetry, trace, sessionId, traceparentFromEnv() ?? null, now, {
    step: 'session',
    ticket: setup.ticket.id,
    repo: setup.repoSlug,
    branch,
    base_sha: baseSha,
    'sandbox.mode': sandbox.description.mode,
    'sandbox.contained': sandbox.description.contained,
  });
  const record = newRecord(setup, runSpan, new Date(now()).toISOString());
  if (options.dependencyDirs?.length) record.paths.dependencies = options.dependencyDirs;
  const session = new AgentSession(setup, record, freshCheckpoint(), options, new ModelClient(options.anthropic), telemetry, runSpan, new RunnerMetrics(telemetry));
  session.save();
  return driveRun(session, runSpan, trace, telemetry);
}

function readAddedContext(file: string, kind: AddedContext['kind'], mode: AddedContext['mode'], at: string): AddedContext {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw new ConfigurationError(`cannot read the added context: ${(error as Error).message}.`, { file, fix: 'pass the path of a readable text file.' });
  }
  if (buffer.includes(0)) throw new ConfigurationError('the added context is not a text file.', { file, fix: 'add a contract, interface or example as text.' });
  return { file, sha256: createHash('sha256').update(buffer).digest('hex'), bytes: buffer.length, kind, added_at: at, mode, text: buffer.toString('utf8') };
}

/**
 * The rescue mission: continues an escalated session where it stopped, in the
 * same session folder, ledger and trace, with context an operator adds. The
 * added context is recorded (session record + trace) so it can be fed back
 * into the ticket template.
 */
export async function resumeAgentSession(sessionDir: string, options: ResumeOptions): Promise<SessionResult> {
  const dir = resolve(sessionDir);
  const record = readJson<SessionRecord>(join(dir, 'session.json'));
  const checkpoint = readJson<Checkpoint>(join(dir, 'checkpoint.json'));
  if (record.status !== 'escalated' || !record.escalation || !checkpoint.stopped_in) {
    throw new ConfigurationError(`only an escalated session can be resumed; this one is '${record.status}'.`, { file: join(dir, 'session.json'), field: 'status' });
  }
  let mode;
  try {
    mode = resumeState(checkpoint.state, checkpoint.stopped_in, record.escalation.reason);
  } catch (error) {
    if (!(error instanceof TransitionError)) throw error;
    throw new ConfigurationError(`a '${record.escalation.reason}' escalation cannot be resumed: spec §4 allows no further transitions after the hard token cap.`, {
      file: join(dir, 'session.json'),
      field: 'escalation.reason',
      fix: 'start a new session for the ticket, or amend the cost posture (§4) if the ceiling is wrong.',
    });
  }
  const repo = record.paths.repo;
  const loaded = await loadAtBase(repo, record.base_sha, record.paths.ticket, record.paths.policy, record.paths.skills, options.logger);
  await auditCheckoutConfig(repo);
  const current = (await git(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], [0, 1, 128])).stdout.toString('utf8').trim();
  const sandbox = await openSessionSandbox(repo, loaded.policy, loaded.policyPath, [dir, record.paths.ledger, record.paths.trace], record.paths.dependencies ?? [], options.logger);
  if (current !== record.branch) {
    try {
      await git(repo, ['checkout', '-q', record.branch]);
    } catch (error) {
      await sandbox.close();
      throw error;
    }
  }
  // The sandbox may differ from the first run's (a policy change at base is not one; the machine may be).
  record.sandbox = { ...sandbox.description, egress: record.sandbox?.egress ?? [], stopped: record.sandbox?.stopped ?? [] };
  const setup: SessionSetup = {
    sessionId: record.session,
    sessionDir: dir,
    repo,
    baseSha: record.base_sha,
    baseBranch: record.base_branch,
    branch: record.branch,
    repoSlug: record.repo,
    ledgerPath: record.paths.ledger,
    tracePath: record.paths.trace,
    sandbox,
    ...loaded.setupParts,
  };
  const now = options.now ?? Date.now;
  const at = new Date(now()).toISOString();
  const added = readAddedContext(options.addContext, options.addContextKind ?? 'contract', mode, at);
  const telemetry = await sharedTelemetry();
  const trace = new TraceFile(record.paths.trace);
  // Below the first run's session span, in the same trace.
  const sampled = parseTraceparent(record.traceparent)?.sampled ?? true;
  const runSpan = startRunSpan(telemetry, trace, record.session, { traceId: record.trace_id, spanId: record.session_span_id, sampled }, now, {
    step: 'session:resume',
    ticket: record.ticket,
    mode,
    resumed_from: record.escalation.reason,
  });
  record.traceparent = formatTraceparent(runSpan.context);
  const { text: _text, ...addedRecord } = added;
  telemetry
    .startSpan('resume:added-context', { parent: runSpan, attributes: ours({ step: 'resume:added-context', mode, file: added.file, sha256: added.sha256, bytes: added.bytes, kind: added.kind }) })
    .end();

  const previous = record.escalation;
  record.escalation_history.push({ ...previous, resumed_at: at });
  record.escalation = null;
  record.status = 'running';
  record.added_context.push(addedRecord);
  record.runs.push({ kind: 'resume', started: at, ended: null });
  checkpoint.added_context.push(added);
  checkpoint.state = mode;
  checkpoint.stopped_in = null;
  checkpoint.consecutive_failed_tests = 0;
  checkpoint.refusal_count = 0;
  checkpoint.idle_turns = 0;
  if (checkpoint.conversation) {
    const note = [
      `The session escalated in ${mode} mode (${previous.reason}): ${previous.detail}`,
      'An operator resumed it (rescue mission) and added this context:',
      addedContextText([{ ...added, file: basename(added.file) }])!,
      `Continue in ${mode} mode. Begin with ${MODE_MARKERS[mode]}.`,
    ].join('\n\n');
    checkpoint.conversation.pending.push({ type: 'text', text: note });
  }
  const session = new AgentSession(setup, record, checkpoint, options, new ModelClient(options.anthropic), telemetry, runSpan, new RunnerMetrics(telemetry));
  session.save();
  return driveRun(session, runSpan, trace, telemetry);
}

import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Mode } from '@agent-guards/config';
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
import { ModelClient } from '../model/model-client.js';
import { addedContextText } from '../prompt/context-packet.js';
import { MODE_MARKERS } from '../prompt/identity.js';
import { AGENT_NAME, genAiAttributes, RUNNER_SCOPE, RunnerMetrics, usageAttributes } from '../records/runner-telemetry.js';
import type { SessionRecord } from '../records/session-record.js';
import { TraceFile } from '../records/trace.js';
import { emptyTotals } from '../records/usage-tally.js';
import type { AddedContext, ResumeOptions, SessionResult, SessionStartOptions } from '../types.js';
import { AgentSession } from './agent-session.js';
import { freshCheckpoint, type Checkpoint, type SessionSetup } from './checkpoint.js';

// What drives a session once it has started (start-session.ts): its record, its span, the session
// loop, and the closing of the run.

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

/** A new session's run, on the branch start-session made. */
export async function beginSession(setup: SessionSetup, options: SessionStartOptions): Promise<SessionResult> {
  const now = options.now ?? Date.now;
  const telemetry = await sharedTelemetry();
  const trace = new TraceFile(setup.tracePath);
  // A TRACEPARENT from whatever started the runner continues that trace.
  const runSpan = startRunSpan(telemetry, trace, setup.sessionId, traceparentFromEnv() ?? null, now, {
    step: 'session',
    ticket: setup.ticket.id,
    repo: setup.repoSlug,
    branch: setup.branch,
    base_sha: setup.baseSha,
    'sandbox.mode': setup.sandbox.description.mode,
    'sandbox.contained': setup.sandbox.description.contained,
  });
  const record = newRecord(setup, runSpan, new Date(now()).toISOString());
  if (options.dependencyDirs?.length) record.paths.dependencies = options.dependencyDirs;
  const session = new AgentSession(setup, record, freshCheckpoint(), options, new ModelClient(options.anthropic), telemetry, runSpan, new RunnerMetrics(telemetry));
  session.save();
  return driveRun(session, runSpan, trace, telemetry);
}

/**
 * A resumed session's run: below the first run's span, in the same trace, with the operator's added
 * context recorded and put before the model.
 */
export async function continueSession(
  setup: SessionSetup,
  record: SessionRecord,
  checkpoint: Checkpoint,
  options: ResumeOptions,
  resume: { mode: Mode; added: AddedContext },
): Promise<SessionResult> {
  const { mode, added } = resume;
  const previous = record.escalation!;
  const at = added.added_at;
  const now = options.now ?? Date.now;
  const telemetry = await sharedTelemetry();
  const trace = new TraceFile(record.paths.trace);
  const sampled = parseTraceparent(record.traceparent)?.sampled ?? true;
  const runSpan = startRunSpan(telemetry, trace, record.session, { traceId: record.trace_id, spanId: record.session_span_id, sampled }, now, {
    step: 'session:resume',
    ticket: record.ticket,
    mode,
    resumed_from: previous.reason,
  });
  record.traceparent = formatTraceparent(runSpan.context);
  const { text: _text, ...addedRecord } = added;
  telemetry
    .startSpan('resume:added-context', { parent: runSpan, attributes: ours({ step: 'resume:added-context', mode, file: added.file, sha256: added.sha256, bytes: added.bytes, kind: added.kind }) })
    .end();

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

import { join } from 'node:path';
import { neutralizeWorkflowCommands, type Logger } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { BackgroundWriter } from '../records/background-writer.js';
import type { SessionRecord } from '../records/session-record.js';
import { ATTR_GEN_AI_AGENT_NAME, ATTR_GEN_AI_REQUEST_MODEL, GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, ours, type Attributes, type LiveSpan, type SpanKind, type Telemetry } from '@agent-guards/telemetry';
import type { CallUsage } from '@agent-guards/cost-ceiling';
import { genAiAttributes, usageAttributes, type RunnerMetrics } from '../records/runner-telemetry.js';
import { isActiveMode, nextState, type EscalationReason, type Trigger } from '../state-machine.js';
import type { Checkpoint } from './checkpoint.js';

/** Refused calls a session tolerates before it escalates: a model that keeps probing the boundary needs a human. */
export const MAX_REFUSALS = 10;

/** Token counts of the calls of one mode visit, for its span. */
interface ModeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/**
 * What a session leaves behind and how it moves: the record, the checkpoint
 * and the trace, written behind each turn; the §4 state machine's transitions
 * and escalations; refusals and test attempts counted. The turn loop, the tool
 * dispatcher and the control handlers all change the session through this.
 */
export class SessionLog {
  /** Session record, checkpoint and ledger lines are written behind the model call, in order. */
  readonly writer = new BackgroundWriter();
  private modeSpan: { span: LiveSpan; mode: Mode; usage: ModeUsage } | undefined;

  constructor(
    readonly record: SessionRecord,
    readonly checkpoint: Checkpoint,
    readonly telemetry: Telemetry,
    /** The span of this run (a start or a resume): mode spans hang below it. */
    readonly runSpan: LiveSpan,
    readonly metrics: RunnerMetrics,
    private readonly sessionDir: string,
    private readonly maxTestAttempts: number,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** The mode the session is in; throws outside the active modes. */
  get mode(): Mode {
    const s = this.checkpoint.state;
    if (!isActiveMode(s)) throw new Error(`no active mode in state '${s}'`);
    return s;
  }

  /** Where spans of the current mode go (the run's span between modes). */
  get parentSpan(): LiveSpan {
    return this.modeSpan?.span ?? this.runSpan;
  }

  startSpan(name: string, attributes: Attributes, kind: SpanKind = 'internal'): LiveSpan {
    return this.telemetry.startSpan(name, { parent: this.parentSpan, attributes, kind });
  }

  /**
   * A zero-length span for something that happened at one moment (a marker, a
   * budget warning, a sandbox decision); `agent_guards.step` names it, and
   * keys without a namespace go under `agent_guards.`.
   */
  point(name: string, attributes: Attributes, status: 'ok' | 'error' = 'ok', parent: LiveSpan = this.parentSpan): void {
    this.telemetry
      .startSpan(name, { parent, attributes: ours({ ...attributes, step: name }) })
      .end(status === 'ok' ? {} : { status, errorType: name });
  }

  /** A mode span (`invoke_agent {mode}`) and a mode visit in the record, opened on entering a mode and on resuming in one. */
  openModeVisit(mode: Mode, model: string): void {
    if (this.modeSpan) return;
    const span = this.telemetry.startSpan(`${GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT} ${mode}`, {
      parent: this.runSpan,
      attributes: {
        ...genAiAttributes(GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, this.record.session),
        [ATTR_GEN_AI_AGENT_NAME]: mode,
        [ATTR_GEN_AI_REQUEST_MODEL]: model,
        'agent_guards.mode': mode,
        'agent_guards.step': `mode:${mode}`,
      },
    });
    this.modeSpan = { span, mode, usage: { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 } };
    this.record.modes.push({ mode, start: this.iso(), end: null, outcome: null });
  }

  /** A model call's tokens, added to the open mode span's. */
  addModeUsage(usage: CallUsage): void {
    const u = this.modeSpan?.usage;
    if (!u) return;
    u.input_tokens += usage.input_tokens;
    u.output_tokens += usage.output_tokens;
    u.cache_creation_input_tokens += usage.cache_creation_input_tokens ?? 0;
    u.cache_read_input_tokens += usage.cache_read_input_tokens ?? 0;
  }

  /** Ends the mode span with its outcome (the §4 trigger, or `escalated`), and counts the visit. */
  closeModeSpan(outcome: string, escalation?: string): void {
    const open = this.modeSpan;
    if (!open) return;
    open.span.end({
      attributes: { 'agent_guards.outcome': outcome, ...(escalation ? { 'agent_guards.escalation.reason': escalation } : {}), ...usageAttributes(open.usage) },
      ...(escalation ? { status: 'error' as const, errorType: escalation } : {}),
    });
    this.metrics.modeVisit(open.mode, outcome, escalation !== undefined);
    this.modeSpan = undefined;
  }

  /** A §4 transition: the mode visit ends with its trigger, the next state begins. */
  transition(trigger: Trigger): void {
    const from = this.checkpoint.state;
    const to = nextState(from, trigger);
    const visit = this.record.modes.at(-1);
    if (isActiveMode(from) && visit && visit.end === null) {
      visit.end = this.iso();
      visit.outcome = trigger;
    }
    if (isActiveMode(from)) this.closeModeSpan(trigger);
    // Spec §7: every mode transition emits a span.
    this.point('transition', { 'transition.from': from, 'transition.to': to, 'transition.trigger': trigger }, 'ok', this.runSpan);
    this.checkpoint.state = to;
    this.checkpoint.conversation = null;
    if (to === 'done') this.record.status = 'done';
  }

  /** Escalation: never silent — record, trace, log (and, at the end of the run, the ticket issue). */
  escalate(reason: EscalationReason, detail: string): void {
    const mode = this.mode;
    nextState(mode, reason);
    const visit = this.record.modes.at(-1);
    if (visit && visit.end === null) {
      visit.end = this.iso();
      visit.outcome = reason;
    }
    this.record.escalation = { mode, reason, detail };
    this.record.status = 'escalated';
    this.checkpoint.state = 'escalated';
    this.checkpoint.stopped_in = mode;
    this.telemetry
      .startSpan('escalation', { parent: this.parentSpan, attributes: ours({ step: 'escalation', mode, 'escalation.reason': reason, 'escalation.detail': detail.slice(0, 4000) }) })
      .end({ status: 'error', errorType: reason });
    this.metrics.escalation(mode, reason);
    // The detail can carry model output: it must not be able to issue workflow commands (security.md item 9).
    this.logger.error(`session ${this.record.session} escalated in ${mode} mode: ${reason}: ${neutralizeWorkflowCommands(detail)}`);
  }

  /** Records a refusal (session record + trace) and returns the text the model gets. */
  refuse(mode: Mode, tool: string, reason: string): string {
    this.checkpoint.refusal_count += 1;
    this.record.refusals.push({ mode, tool, reason, at: this.iso() });
    this.metrics.refusal(mode, tool);
    if (this.checkpoint.refusal_count >= MAX_REFUSALS && isActiveMode(this.checkpoint.state)) {
      this.escalate('repeated-refusals', `${this.checkpoint.refusal_count} refused calls; the last: ${tool}: ${reason}`);
    }
    return `refused: ${reason}`;
  }

  /** A tool (or the model) failed: in the record, the trace and the log. */
  toolError(mode: Mode, tool: string, attempt: number, message: string, span: LiveSpan = this.parentSpan): void {
    this.record.tool_errors.push({ mode, tool, error: message.slice(0, 2000), attempt, at: this.iso() });
    if (tool !== 'model') this.point('tool:error', { mode, 'gen_ai.tool.name': tool, attempt, error: message.slice(0, 2000) }, 'error', span);
    this.logger.warning(`${neutralizeWorkflowCommands(tool)} failed (attempt ${attempt}): ${neutralizeWorkflowCommands(message)}`);
  }

  /** §4 Implement → Escalate after N failed test runs in a row (a pass resets the count). */
  countTestRun(passed: boolean): void {
    const t = this.record.test_attempts;
    t.total += 1;
    if (passed) {
      this.checkpoint.consecutive_failed_tests = 0;
    } else {
      t.failed += 1;
      this.checkpoint.consecutive_failed_tests += 1;
    }
    t.consecutive_failed = this.checkpoint.consecutive_failed_tests;
    if (this.checkpoint.consecutive_failed_tests >= this.maxTestAttempts && isActiveMode(this.checkpoint.state)) {
      this.escalate('test-attempts-exhausted', `${this.checkpoint.consecutive_failed_tests} failed test runs in a row (limit ${this.maxTestAttempts}, spec §11).`);
    }
  }

  save(): void {
    this.record.totals.wall_seconds = this.record.runs.reduce((sum, r) => sum + ((r.ended ? Date.parse(r.ended) : this.now()) - Date.parse(r.started)) / 1000, 0);
    this.writer.writeJson(join(this.sessionDir, 'session.json'), this.record);
    this.writer.writeJson(join(this.sessionDir, 'checkpoint.json'), this.checkpoint);
  }
}

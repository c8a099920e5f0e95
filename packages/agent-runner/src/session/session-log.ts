import { join } from 'node:path';
import { neutralizeWorkflowCommands, type Logger } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { BackgroundWriter } from '../records/background-writer.js';
import type { SessionRecord } from '../records/session-record.js';
import type { AttributeValue, OpenSpan, TraceWriter } from '../records/trace.js';
import { isActiveMode, nextState, type EscalationReason, type Trigger } from '../state-machine.js';
import type { Checkpoint } from './checkpoint.js';

/** Refused calls a session tolerates before it escalates: a model that keeps probing the boundary needs a human. */
export const MAX_REFUSALS = 10;

/**
 * What a session leaves behind and how it moves: the record, the checkpoint
 * and the trace, written behind each turn; the §4 state machine's transitions
 * and escalations; refusals and test attempts counted. The turn loop, the tool
 * dispatcher and the control handlers all change the session through this.
 */
export class SessionLog {
  /** Session record, checkpoint and ledger lines are written behind the model call, in order. */
  readonly writer = new BackgroundWriter();
  private modeSpan: OpenSpan | undefined;

  constructor(
    readonly record: SessionRecord,
    readonly checkpoint: Checkpoint,
    readonly trace: TraceWriter,
    /** The span of this run (a start or a resume): mode spans hang below it. */
    readonly runSpanId: string,
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
  get parentSpanId(): string {
    return this.modeSpan?.span_id ?? this.runSpanId;
  }

  startSpan(name: string, attributes: Record<string, AttributeValue>): OpenSpan {
    return this.trace.start(name, this.parentSpanId, attributes);
  }

  point(name: string, attributes: Record<string, AttributeValue>, status: 'ok' | 'error' = 'ok'): void {
    this.trace.point(name, this.parentSpanId, attributes, status);
  }

  /** A mode span and a mode visit in the record, opened on entering a mode and on resuming in one. */
  openModeVisit(mode: Mode): void {
    if (this.modeSpan) return;
    this.modeSpan = this.trace.start(`mode:${mode}`, this.runSpanId, { mode });
    this.record.modes.push({ mode, start: this.iso(), end: null, outcome: null });
  }

  closeModeSpan(outcome: string): void {
    this.modeSpan?.end({ outcome });
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
    this.trace.point('transition', this.runSpanId, { from, to, trigger });
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
    this.point('escalation', { mode, reason, detail: detail.slice(0, 4000) }, 'error');
    // The detail can carry model output: it must not be able to issue workflow commands (security.md item 9).
    this.logger.error(`session ${this.record.session} escalated in ${mode} mode: ${reason}: ${neutralizeWorkflowCommands(detail)}`);
  }

  /** Records a refusal (session record + trace) and returns the text the model gets. */
  refuse(mode: Mode, tool: string, reason: string): string {
    this.checkpoint.refusal_count += 1;
    this.record.refusals.push({ mode, tool, reason, at: this.iso() });
    if (this.checkpoint.refusal_count >= MAX_REFUSALS && isActiveMode(this.checkpoint.state)) {
      this.escalate('repeated-refusals', `${this.checkpoint.refusal_count} refused calls; the last: ${tool}: ${reason}`);
    }
    return `refused: ${reason}`;
  }

  /** A tool (or the model) failed: in the record, the trace and the log. */
  toolError(mode: Mode, tool: string, attempt: number, message: string, spanId = this.parentSpanId): void {
    this.record.tool_errors.push({ mode, tool, error: message.slice(0, 2000), attempt, at: this.iso() });
    if (tool !== 'model') this.trace.point('tool:error', spanId, { mode, tool, attempt, error: message.slice(0, 2000) }, 'error');
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

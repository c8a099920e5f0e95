import type Anthropic from '@anthropic-ai/sdk';
import { describeError, neutralizeWorkflowCommands, silentLogger, type Logger } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { appendLedgerLine } from '@agent-guards/cost-ceiling';
import { checkoutGit } from '@agent-guards/git';
import type { ContainedCommand, ContainedResult, SandboxDescription } from '@agent-guards/sandbox';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { controlToolsFor } from '../control-tools.js';
import { Conversation } from '../model/conversation.js';
import type { ModelClient } from '../model/model-client.js';
import { buildRequest, estimateInputTokens, toolDefinitions } from '../model/request.js';
import { MODE_MARKERS, systemPromptText } from '../prompt/identity.js';
import type { SessionRecord } from '../records/session-record.js';
import type { OpenSpan, TraceWriter } from '../records/trace.js';
import { BackgroundWriter } from '../records/background-writer.js';
import { addUsage, ledgerLineFor } from '../records/usage-tally.js';
import { runReviewChecks, reviewFailures } from '../review/review-checks.js';
import { SessionScope } from '../session-scope.js';
import { isActiveMode, nextState, type EscalationReason, type SessionState, type Trigger } from '../state-machine.js';
import { buildDependencyGraph, type DependencyGraph } from '../tools/dependency-graph.js';
import { bindTools } from '../tools/registry.js';
import type { SessionServices, TestRun, ToolSpec } from '../tools/tool.js';
import type { Plan, RuntimeOptions } from '../types.js';
import type { Checkpoint, SessionSetup } from './checkpoint.js';
import { ControlHandlers } from './control-handlers.js';
import { firstMessage } from './first-message.js';
import { Notifier } from './notifications.js';
import { ToolDispatcher, type ToolUse } from './tool-dispatcher.js';

/** Refused calls a session tolerates before it escalates: a model that keeps probing the boundary needs a human. */
export const MAX_REFUSALS = 10;
/** Turns in a row without a tool call before the session counts as stalled. */
export const MAX_IDLE_TURNS = 3;
const DEFAULT_MAX_OUTPUT_TOKENS = 8192;

/**
 * One run of a session (a start or a resume): the turn loop, the budget check
 * before every call, the mode marker check and the §4 state machine. Tool
 * calls go through the ToolDispatcher; tools see this object only as
 * SessionServices.
 */
export class AgentSession implements SessionServices {
  readonly scope: SessionScope;
  readonly logger: Logger;
  readonly testRuns: TestRun[] = [];
  readonly author: { name: string; email: string };
  readonly push: { remote: string; token: string | undefined };
  private readonly now: () => number;
  private readonly runStarted: number;
  private readonly maxOutputTokens: number;
  private graph: DependencyGraph | undefined;
  private conversation: Conversation | undefined;
  modeSpan: OpenSpan | undefined;
  /** A transition a control tool triggered; it takes effect at the end of the turn. */
  pendingTransition: Trigger | undefined;
  /** Whether the current turn began with its mode marker. */
  markerOk = true;
  /** Session record, checkpoint and ledger lines are written behind the model call, in order. */
  readonly writer = new BackgroundWriter();
  /** performance.now() when the last reply arrived: the runner's own time between calls is traced. */
  private lastReplyAt: number | undefined;
  private readonly dispatcher: ToolDispatcher;
  private readonly notifier: Notifier;
  /** The model client, kept out of reach of the tools (they get `this` as SessionServices). */
  readonly #model: ModelClient;
  /** The runtime options without the API settings: the key lives only in the model client. */
  private readonly runtime: Omit<RuntimeOptions, 'anthropic'>;
  /** Per mode: bound tools, their definitions and the system text — fixed for the session, built once. */
  private readonly modeSetups = new Map<Mode, { bound: ReadonlyMap<string, ToolSpec>; tools: Anthropic.Messages.Tool[]; systemText: string }>();

  constructor(
    readonly setup: SessionSetup,
    readonly record: SessionRecord,
    readonly checkpoint: Checkpoint,
    runtime: RuntimeOptions,
    model: ModelClient,
    readonly trace: TraceWriter,
    private readonly runSpanId: string,
  ) {
    const { anthropic: _apiSettings, ...rest } = runtime;
    this.runtime = rest;
    this.#model = model;
    this.scope = new SessionScope(setup.ticket, setup.policy, { policyPath: setup.policyPath, ticketPath: setup.ticketPath });
    this.logger = runtime.logger ?? silentLogger;
    this.now = runtime.now ?? Date.now;
    this.runStarted = this.now();
    this.maxOutputTokens = runtime.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    this.author = runtime.author ?? { name: 'agent-guards runner', email: 'agent-guards-runner@users.noreply.github.com' };
    this.push = { remote: runtime.push?.remote ?? 'origin', token: runtime.push?.token };
    this.conversation = checkpoint.conversation ? new Conversation(checkpoint.conversation) : undefined;
    this.dispatcher = new ToolDispatcher(this, new ControlHandlers(this, this.runtime));
    this.notifier = new Notifier(record, setup.ticket, this.logger, runtime.github, runtime.onSoftCap, () => this.iso());
  }

  // ── SessionServices ────────────────────────────────────────────────────
  get repo(): string {
    return this.setup.repo;
  }
  get baseSha(): string {
    return this.setup.baseSha;
  }
  get branch(): string {
    return this.setup.branch;
  }
  get baseBranch(): string {
    return this.setup.baseBranch;
  }
  get sessionId(): string {
    return this.setup.sessionId;
  }
  get sessionDir(): string {
    return this.setup.sessionDir;
  }
  get ticket() {
    return this.setup.ticket;
  }
  get policy() {
    return this.setup.policy;
  }
  get github() {
    return this.runtime.github;
  }
  get mode(): Mode {
    const s = this.checkpoint.state;
    if (!isActiveMode(s)) throw new Error(`no active mode in state '${s}'`);
    return s;
  }
  get plan(): Plan | null {
    return this.record.plan;
  }
  set plan(plan: Plan | null) {
    this.record.plan = plan;
  }
  get pushed() {
    return this.checkpoint.pushed;
  }
  set pushed(value) {
    this.checkpoint.pushed = value;
  }
  get pr() {
    return this.record.pr;
  }
  set pr(value) {
    this.record.pr = value;
  }
  get prBodyPath() {
    return this.record.paths.pr_body;
  }
  set prBodyPath(value) {
    this.record.paths.pr_body = value;
  }
  get reviewWarnings(): string[] {
    return (this.record.review?.reports ?? []).flatMap((r) =>
      r.findings.filter((f) => f.severity === 'warning').map((f) => `${r.guard}: ${f.path ? `${f.path}: ` : ''}${f.message}`),
    );
  }
  get containment(): SandboxDescription {
    return this.setup.sandbox.description;
  }
  async runContained(tool: string, command: Omit<ContainedCommand, 'timeoutMs'>): Promise<ContainedResult> {
    const result = await this.setup.sandbox.run({ ...command, timeoutMs: this.policy.runner.command_timeout_seconds * 1000 });
    const parent = this.modeSpan?.span_id ?? this.runSpanId;
    for (const d of result.egress) {
      this.record.sandbox.egress.push({ ...d, tool, mode: this.mode });
      this.trace.point('sandbox:egress', parent, { tool, host: d.host, port: d.port, allowed: d.allowed, reason: d.reason }, d.allowed ? 'ok' : 'error');
    }
    if (result.stoppedBy) {
      this.record.sandbox.stopped.push({ tool, mode: this.mode, limit: result.stoppedBy, at: this.iso() });
      this.trace.point('sandbox:limit', parent, { tool, limit: result.stoppedBy }, 'error');
    }
    return result;
  }
  async dependencyGraph(): Promise<DependencyGraph> {
    this.graph ??= await buildDependencyGraph(this.repo);
    return this.graph;
  }
  invalidateGraph(): void {
    this.graph = undefined;
  }
  async answerQuestion(question: string): Promise<string | undefined> {
    const answer = this.runtime.answerQuestion ? await this.runtime.answerQuestion(question) : undefined;
    this.record.questions_asked.push({ question, answer: answer ?? null, at: this.iso() });
    return answer;
  }
  async ensureReviewPasses(head: string): Promise<string[]> {
    if (this.checkpoint.review_passed_head === head) return [];
    const plan = this.plan;
    if (!plan) return ['there is no approved plan to review against'];
    const span = this.trace.start('review:checks', this.modeSpan?.span_id ?? this.runSpanId, { mode: this.mode, head });
    const reports = await runReviewChecks(
      { repo: this.repo, base: this.baseSha, head },
      {
        plan,
        scope: this.scope,
        policy: this.policy,
        goldenSamples: this.setup.goldenSamples.map((s) => s.path),
        guards: this.runtime.reviewGuards ?? [],
      },
    );
    const failures = reviewFailures(reports);
    this.record.review = { head, reports };
    span.end({ outcome: failures.length ? 'fail' : 'pass', guards: reports.map((r) => `${r.guard}:${r.verdict}`) }, failures.length ? 'error' : 'ok');
    if (failures.length === 0) this.checkpoint.review_passed_head = head;
    return failures;
  }

  // ── the run ────────────────────────────────────────────────────────────
  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Runs until Done or an escalation; every path ends with the record written. */
  async run(): Promise<void> {
    if (this.checkpoint.state === 'start') this.transition('ticket-assigned');
    while (isActiveMode(this.checkpoint.state)) {
      this.writer.check();
      if (this.timedOut()) {
        this.escalate('session-timeout', `the session ran over ${this.policy.runner.session_timeout_minutes} minutes (spec §7).`);
        break;
      }
      this.openModeVisit(this.mode);
      if (!this.conversation) await this.enterMode(this.mode);
      if (!isActiveMode(this.checkpoint.state)) break;
      await this.turn();
      this.save();
    }
    this.modeSpan?.end({ outcome: this.checkpoint.state });
    this.modeSpan = undefined;
    this.save();
  }

  private timedOut(): boolean {
    return this.now() - this.runStarted > this.policy.runner.session_timeout_minutes * 60_000;
  }

  /** A mode span and a mode visit in the record, opened on entering a mode and on resuming in one. */
  private openModeVisit(mode: Mode): void {
    if (this.modeSpan) return;
    this.modeSpan = this.trace.start(`mode:${mode}`, this.runSpanId, { mode });
    this.record.modes.push({ mode, start: this.iso(), end: null, outcome: null });
  }

  /** A new conversation for the mode; Review first runs its checks on the head. */
  private async enterMode(mode: Mode): Promise<void> {
    let review = null;
    if (mode === 'review') {
      const head = await this.headSha();
      const failures = await this.ensureReviewPasses(head);
      if (failures.length > 0) {
        this.conversation = Conversation.start(mode, firstMessage(mode, this.setup, this.checkpoint, { frame: this.record.frame, plan: this.plan, review: this.record.review }));
        this.checkpoint.conversation = this.conversation.state;
        this.escalate('review-guard-failed', failures.join('\n'));
        return;
      }
      review = this.record.review;
    }
    this.conversation = Conversation.start(mode, firstMessage(mode, this.setup, this.checkpoint, { frame: this.record.frame, plan: this.plan, review }));
    this.checkpoint.conversation = this.conversation.state;
  }

  async headSha(): Promise<string> {
    return (await checkoutGit(this.repo, ['rev-parse', 'HEAD'])).stdout.toString('utf8').trim();
  }

  private modeSetup(mode: Mode) {
    let setup = this.modeSetups.get(mode);
    if (!setup) {
      const bound = bindTools(mode, this.setup.modeTools);
      setup = { bound, tools: toolDefinitions(mode, bound), systemText: systemPromptText(mode, this.policy, this.setup.skills) };
      this.modeSetups.set(mode, setup);
    }
    return setup;
  }

  /** One model call and the tool calls of its reply. */
  private async turn(): Promise<void> {
    const mode = this.mode;
    const conversation = this.conversation!;
    const { bound, tools, systemText } = this.modeSetup(mode);
    const model = this.policy.cost.models[mode];

    let request = buildRequest({ model, maxTokens: this.maxOutputTokens, systemText, tools, conversation });
    const caps = this.policy.cost;
    let projected = this.record.totals.tokens + estimateInputTokens(request) + this.maxOutputTokens;
    if (projected > caps.hard_cap_tokens) {
      this.escalate('token-ceiling', `the next call projects ${projected} tokens (used ${this.record.totals.tokens}, hard cap ${caps.hard_cap_tokens}); spec §4: the session escalates with no further transitions.`);
      return;
    }
    if (projected > caps.soft_cap_tokens && !this.checkpoint.soft_cap_warned) {
      await this.softCapWarning(mode, projected);
      request = buildRequest({ model, maxTokens: this.maxOutputTokens, systemText, tools, conversation });
      projected = this.record.totals.tokens + estimateInputTokens(request) + this.maxOutputTokens;
    }

    this.checkpoint.turn += 1;
    const reply = await this.callModel(mode, model, request, projected);
    if (!reply) return;
    conversation.commit(reply.content);
    this.checkMarker(mode, reply.content);

    const uses: ToolUse[] = reply.content.flatMap((b) => (b.type === 'tool_use' ? [{ id: b.id, name: b.name, input: b.input }] : []));
    if (uses.length === 0) {
      this.checkpoint.idle_turns += 1;
      if (this.checkpoint.idle_turns >= MAX_IDLE_TURNS) {
        this.escalate('model-stalled', `${MAX_IDLE_TURNS} turns in a row without a tool call in ${mode} mode.`);
        return;
      }
      const ends = controlToolsFor(mode).filter((c) => c.name !== 'request_escalation').map((c) => c.name);
      conversation.addText(`Continue in ${mode} mode: call a tool${ends.length ? `, or ${ends.join(' / ')} when the mode's work is done` : ''}. Begin with ${MODE_MARKERS[mode]}.`);
      return;
    }
    this.checkpoint.idle_turns = 0;
    this.pendingTransition = undefined;
    for (const use of uses) {
      if (!isActiveMode(this.checkpoint.state)) {
        conversation.addToolResult(use.id, `not executed: the session escalated (${this.record.escalation?.reason}).`, true);
        continue;
      }
      const result = await this.dispatcher.dispatch(mode, bound, use);
      conversation.addToolResult(use.id, result.content, result.isError);
    }
    if (isActiveMode(this.checkpoint.state) && this.pendingTransition) {
      const trigger = this.pendingTransition;
      this.pendingTransition = undefined;
      this.transition(trigger);
    }
  }

  private async callModel(
    mode: Mode,
    model: string,
    request: Anthropic.Messages.MessageCreateParamsNonStreaming,
    projected: number,
  ): Promise<Anthropic.Messages.Message | undefined> {
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const runnerGap: Record<string, number> = this.lastReplyAt === undefined ? {} : { runner_gap_ms: Math.round((performance.now() - this.lastReplyAt) * 1000) / 1000 };
      const span = this.trace.start('model:call', this.modeSpan!.span_id, { mode, model, attempt, projected_tokens: projected, turn: this.checkpoint.turn, ...runnerGap });
      try {
        const reply = await this.#model.create(request);
        this.lastReplyAt = performance.now();
        const at = new Date(this.now());
        const { line, costMicro } = ledgerLineFor(
          { session: this.sessionId, ticket: this.ticket.id, repo: this.setup.repoSlug, pr: this.record.pr?.number ?? null },
          { mode, model, usage: reply.usage, at },
          this.policy.cost.prices,
        );
        this.writer.append(() => appendLedgerLine(this.setup.ledgerPath, line));
        addUsage(this.record.totals, reply.usage, costMicro);
        span.end({
          outcome: 'ok',
          stop_reason: reply.stop_reason ?? 'none',
          input_tokens: reply.usage.input_tokens,
          output_tokens: reply.usage.output_tokens,
          cache_creation_input_tokens: reply.usage.cache_creation_input_tokens ?? 0,
          cache_read_input_tokens: reply.usage.cache_read_input_tokens ?? 0,
          tokens: this.record.totals.tokens,
        });
        return reply;
      } catch (error) {
        const message = describeError(error);
        span.end({ outcome: 'error', error: message.slice(0, 2000) }, 'error');
        this.record.tool_errors.push({ mode, tool: 'model', error: message.slice(0, 2000), attempt, at: this.iso() });
        this.logger.warning(`model call failed (attempt ${attempt}): ${neutralizeWorkflowCommands(message)}`);
        if (attempt === 2) this.escalate('model-error', `the model call failed twice after the SDK's own retries: ${message}`);
      }
    }
    return undefined;
  }

  private checkMarker(mode: Mode, content: Anthropic.Messages.ContentBlock[]): void {
    const expected = MODE_MARKERS[mode];
    const first = content[0];
    const text = first?.type === 'text' ? first.text.trimStart() : '';
    const result = text.startsWith(expected) ? 'ok' : /^<(frame|plan|implement|review)>/.test(text) ? 'wrong' : 'missing';
    this.markerOk = result === 'ok';
    this.record.markers.checked += 1;
    if (result !== 'ok') {
      this.record.markers[result] += 1;
      this.record.markers.failures.push({ turn: this.checkpoint.turn, mode, expected, result });
      this.trace.point('marker', this.modeSpan!.span_id, { mode, expected, result, turn: this.checkpoint.turn }, 'error');
    }
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
    if (this.checkpoint.consecutive_failed_tests >= this.policy.runner.max_test_attempts && isActiveMode(this.checkpoint.state)) {
      this.escalate('test-attempts-exhausted', `${this.checkpoint.consecutive_failed_tests} failed test runs in a row (limit ${this.policy.runner.max_test_attempts}, spec §11).`);
    }
  }

  private transition(trigger: Trigger): void {
    const from = this.checkpoint.state;
    const to = nextState(from, trigger);
    const visit = this.record.modes.at(-1);
    if (isActiveMode(from) && visit && visit.end === null) {
      visit.end = this.iso();
      visit.outcome = trigger;
    }
    if (isActiveMode(from)) {
      this.modeSpan?.end({ outcome: trigger });
      this.modeSpan = undefined;
    }
    this.trace.point('transition', this.runSpanId, { from, to, trigger });
    this.checkpoint.state = to;
    this.conversation = undefined;
    this.checkpoint.conversation = null;
    if (to === 'done') this.record.status = 'done';
  }

  /** Escalation: never silent — record, trace, and (at the end of the run) the ticket issue. */
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
    this.trace.point('escalation', this.modeSpan?.span_id ?? this.runSpanId, { mode, reason, detail: detail.slice(0, 4000) }, 'error');
    // The detail can carry model output: it must not be able to issue workflow commands (security.md item 9).
    this.logger.error(`session ${this.sessionId} escalated in ${mode} mode: ${reason}: ${neutralizeWorkflowCommands(detail)}`);
  }

  private async softCapWarning(mode: Mode, projected: number): Promise<void> {
    const caps = this.policy.cost;
    this.checkpoint.soft_cap_warned = true;
    this.record.budget.warnings.push({ at: this.iso(), mode, projected_tokens: projected });
    this.conversation!.addText(
      `<context-budget-warning>This session has used ${this.record.totals.tokens} tokens and the next call projects ${projected}, past the soft cap of ${caps.soft_cap_tokens}; at ${caps.hard_cap_tokens} it escalates. Finish ${mode} mode with what you have.</context-budget-warning>`,
    );
    this.trace.point('budget:soft-cap', this.modeSpan!.span_id, { mode, marker: '<context-budget-warning>', projected_tokens: projected, soft_cap: caps.soft_cap_tokens });
    await this.notifier.softCap({ session: this.sessionId, ticket: this.ticket.id, mode, projectedTokens: projected, usedTokens: this.record.totals.tokens, softCap: caps.soft_cap_tokens, hardCap: caps.hard_cap_tokens });
  }

  /** In CI: a comment on the ticket issue and the `agent-escalated` label say what the record says. */
  announceEscalation(): Promise<void> {
    return this.notifier.escalation(this.branch, join(this.sessionDir, 'session.json'));
  }

  save(): void {
    this.record.totals.wall_seconds = this.record.runs.reduce((sum, r) => sum + ((r.ended ? Date.parse(r.ended) : this.now()) - Date.parse(r.started)) / 1000, 0);
    this.writer.writeJson(join(this.sessionDir, 'session.json'), this.record);
    this.writer.writeJson(join(this.sessionDir, 'checkpoint.json'), this.checkpoint);
  }

  get state(): SessionState {
    return this.checkpoint.state;
  }
}

import type Anthropic from '@anthropic-ai/sdk';
import { silentLogger, type Logger } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { checkoutGit } from '@agent-guards/git';
import type { LiveSpan, Telemetry } from '@agent-guards/telemetry';
import type { ContainedCommand, ContainedResult, SandboxDescription } from '@agent-guards/sandbox';
import { join } from 'node:path';
import { controlToolsFor } from '../control-tools.js';
import { Conversation } from '../model/conversation.js';
import type { ModelClient } from '../model/model-client.js';
import { buildRequest, toolDefinitions } from '../model/request.js';
import { MODE_MARKERS, systemPromptText } from '../prompt/identity.js';
import type { SessionRecord } from '../records/session-record.js';
import type { RunnerMetrics } from '../records/runner-telemetry.js';
import { runReviewChecks, reviewFailures } from '../review/review-checks.js';
import { SessionScope } from '../session-scope.js';
import { isActiveMode, type SessionState } from '../state-machine.js';
import { buildDependencyGraph, type DependencyGraph } from '../tools/dependency-graph.js';
import { bindTools } from '../tools/registry.js';
import type { SessionServices, TestRun, ToolSpec } from '../tools/tool.js';
import type { Plan, RuntimeOptions } from '../types.js';
import { checkBudget } from './budget.js';
import type { Checkpoint, SessionSetup } from './checkpoint.js';
import { ControlHandlers } from './control-handlers.js';
import { firstMessage } from './first-message.js';
import { ModelCaller } from './model-call.js';
import { Notifier } from './notifications.js';
import type { SessionControl, TurnState } from './session-control.js';
import { SessionLog } from './session-log.js';
import { ToolDispatcher, type ToolUse } from './tool-dispatcher.js';

export { MAX_REFUSALS } from './session-log.js';

/** Turns in a row without a tool call before the session counts as stalled. */
export const MAX_IDLE_TURNS = 3;
const DEFAULT_MAX_OUTPUT_TOKENS = 8192;

/**
 * One run of a session (a start or a resume): the turn loop — mode entry, the
 * budget check before every call, the model call, the mode marker check, the
 * tool calls of the reply and the §4 transition at the end of the turn. What
 * it leaves behind goes through the SessionLog; the model through the
 * ModelCaller; tools see the session as SessionServices only.
 */
export class AgentSession implements SessionServices {
  readonly scope: SessionScope;
  readonly logger: Logger;
  readonly testRuns: TestRun[] = [];
  readonly author: { name: string; email: string };
  readonly push: { remote: string; token: string | undefined };
  readonly log: SessionLog;
  private readonly now: () => number;
  private readonly runStarted: number;
  private readonly maxOutputTokens: number;
  private graph: DependencyGraph | undefined;
  private conversation: Conversation | undefined;
  private readonly turnState: TurnState = { markerOk: true, pendingTransition: undefined };
  private readonly dispatcher: ToolDispatcher;
  private readonly notifier: Notifier;
  private readonly model: ModelCaller;
  /** The runtime options without the API settings: the key lives only in the model client. */
  private readonly runtime: Omit<RuntimeOptions, 'anthropic'>;
  /** Per mode: bound tools, their definitions and the system text — fixed for the session, built once. */
  private readonly modeSetups = new Map<Mode, { bound: ReadonlyMap<string, ToolSpec>; tools: Anthropic.Messages.Tool[]; systemText: string }>();

  constructor(
    readonly setup: SessionSetup,
    record: SessionRecord,
    checkpoint: Checkpoint,
    runtime: RuntimeOptions,
    model: ModelClient,
    telemetry: Telemetry,
    runSpan: LiveSpan,
    metrics: RunnerMetrics,
  ) {
    const { anthropic: _apiSettings, ...rest } = runtime;
    this.runtime = rest;
    this.scope = new SessionScope(setup.ticket, setup.policy, { policyPath: setup.policyPath, ticketPath: setup.ticketPath });
    this.logger = runtime.logger ?? silentLogger;
    this.now = runtime.now ?? Date.now;
    this.runStarted = this.now();
    this.maxOutputTokens = runtime.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    this.author = runtime.author ?? { name: 'agent-guards runner', email: 'agent-guards-runner@users.noreply.github.com' };
    this.push = { remote: runtime.push?.remote ?? 'origin', token: runtime.push?.token };
    this.log = new SessionLog(record, checkpoint, telemetry, runSpan, metrics, setup.sessionDir, setup.policy.runner.max_test_attempts, this.logger, this.now);
    this.model = new ModelCaller(model, setup, this.log, this.now);
    this.conversation = checkpoint.conversation ? new Conversation(checkpoint.conversation) : undefined;
    const control: SessionControl = { services: this, log: this.log, turn: this.turnState, goldenSamples: setup.goldenSamples.map((g) => g.path), runtime: this.runtime };
    this.dispatcher = new ToolDispatcher(control, new ControlHandlers(control));
    this.notifier = new Notifier(record, setup.ticket, this.logger, runtime.github, runtime.onSoftCap, () => this.log.iso());
  }

  get record(): SessionRecord {
    return this.log.record;
  }
  get checkpoint(): Checkpoint {
    return this.log.checkpoint;
  }
  get writer() {
    return this.log.writer;
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
    return this.log.mode;
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
    for (const d of result.egress) {
      this.record.sandbox.egress.push({ ...d, tool, mode: this.mode });
      this.log.point('sandbox:egress', { tool, 'egress.host': d.host, 'egress.port': d.port, 'egress.allowed': d.allowed, 'egress.reason': d.reason }, d.allowed ? 'ok' : 'error');
    }
    if (result.stoppedBy) {
      this.record.sandbox.stopped.push({ tool, mode: this.mode, limit: result.stoppedBy, at: this.log.iso() });
      this.log.point('sandbox:limit', { tool, 'sandbox.limit': result.stoppedBy }, 'error');
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
    this.record.questions_asked.push({ question, answer: answer ?? null, at: this.log.iso() });
    return answer;
  }
  async ensureReviewPasses(head: string): Promise<string[]> {
    if (this.checkpoint.review_passed_head === head) return [];
    const plan = this.plan;
    if (!plan) return ['there is no approved plan to review against'];
    const span = this.log.startSpan('review:checks', { 'agent_guards.step': 'review:checks', 'agent_guards.mode': this.mode, 'agent_guards.head': head });
    // The registry's guards run in-process here: their `guard {name}` spans hang below this one.
    const reports = await this.log.telemetry.withSpan(span, () =>
      runReviewChecks(
        { repo: this.repo, base: this.baseSha, head },
        {
          plan,
          scope: this.scope,
          policy: this.policy,
          goldenSamples: this.setup.goldenSamples.map((s) => s.path),
          guards: this.runtime.reviewGuards ?? [],
        },
      ),
    );
    const failures = reviewFailures(reports);
    this.record.review = { head, reports };
    span.end({
      attributes: { 'agent_guards.outcome': failures.length ? 'fail' : 'pass', 'agent_guards.guards': reports.map((r) => `${r.guard}:${r.verdict}`) },
      ...(failures.length ? { status: 'error' as const, errorType: 'fail' } : {}),
    });
    if (failures.length === 0) this.checkpoint.review_passed_head = head;
    return failures;
  }

  // ── the turn loop ──────────────────────────────────────────────────────
  iso(): string {
    return this.log.iso();
  }

  /** Runs until Done or an escalation; every path ends with the record written. */
  async run(): Promise<void> {
    if (this.checkpoint.state === 'start') this.transition('ticket-assigned');
    while (isActiveMode(this.checkpoint.state)) {
      this.writer.check();
      if (this.timedOut()) {
        this.log.escalate('session-timeout', `the session ran over ${this.policy.runner.session_timeout_minutes} minutes (spec §7).`);
        break;
      }
      this.log.openModeVisit(this.mode, this.policy.cost.models[this.mode]);
      if (!this.conversation) await this.enterMode(this.mode);
      if (!isActiveMode(this.checkpoint.state)) break;
      await this.turn();
      this.save();
    }
    if (this.checkpoint.state === 'escalated') this.log.closeModeSpan('escalated', this.record.escalation?.reason ?? 'escalated');
    else this.log.closeModeSpan(this.checkpoint.state);
    this.save();
  }

  private timedOut(): boolean {
    return this.now() - this.runStarted > this.policy.runner.session_timeout_minutes * 60_000;
  }

  private transition(trigger: Parameters<SessionLog['transition']>[0]): void {
    this.log.transition(trigger);
    this.conversation = undefined;
  }

  /** A new conversation for the mode; Review first runs its checks on the head. */
  private async enterMode(mode: Mode): Promise<void> {
    let review = null;
    if (mode === 'review') {
      const head = await this.headSha();
      const failures = await this.ensureReviewPasses(head);
      if (failures.length > 0) {
        this.startConversation(mode, this.record.review);
        this.log.escalate('review-guard-failed', failures.join('\n'));
        return;
      }
      review = this.record.review;
    }
    this.startConversation(mode, review);
  }

  private startConversation(mode: Mode, review: SessionRecord['review']): void {
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
    let budget = checkBudget(this.record.totals.tokens, request, this.maxOutputTokens, this.policy.cost, this.checkpoint.soft_cap_warned);
    if (budget.kind === 'hard-cap') {
      this.log.escalate('token-ceiling', `the next call projects ${budget.projected} tokens (used ${this.record.totals.tokens}, hard cap ${this.policy.cost.hard_cap_tokens}); spec §4: the session escalates with no further transitions.`);
      return;
    }
    if (budget.kind === 'soft-cap') {
      await this.softCapWarning(mode, budget.projected);
      request = buildRequest({ model, maxTokens: this.maxOutputTokens, systemText, tools, conversation });
      budget = checkBudget(this.record.totals.tokens, request, this.maxOutputTokens, this.policy.cost, true);
    }

    this.checkpoint.turn += 1;
    const reply = await this.model.call(mode, model, request, budget.projected);
    if (!reply) return;
    conversation.commit(reply.content);
    this.checkMarker(mode, reply.content);

    const uses: ToolUse[] = reply.content.flatMap((b) => (b.type === 'tool_use' ? [{ id: b.id, name: b.name, input: b.input }] : []));
    if (uses.length === 0) {
      this.checkpoint.idle_turns += 1;
      if (this.checkpoint.idle_turns >= MAX_IDLE_TURNS) {
        this.log.escalate('model-stalled', `${MAX_IDLE_TURNS} turns in a row without a tool call in ${mode} mode.`);
        return;
      }
      const ends = controlToolsFor(mode).filter((c) => c.name !== 'request_escalation').map((c) => c.name);
      conversation.addText(`Continue in ${mode} mode: call a tool${ends.length ? `, or ${ends.join(' / ')} when the mode's work is done` : ''}. Begin with ${MODE_MARKERS[mode]}.`);
      return;
    }
    this.checkpoint.idle_turns = 0;
    this.turnState.pendingTransition = undefined;
    for (const use of uses) {
      if (!isActiveMode(this.checkpoint.state)) {
        conversation.addToolResult(use.id, `not executed: the session escalated (${this.record.escalation?.reason}).`, true);
        continue;
      }
      const result = await this.dispatcher.dispatch(mode, bound, use);
      conversation.addToolResult(use.id, result.content, result.isError);
    }
    const trigger = this.turnState.pendingTransition;
    this.turnState.pendingTransition = undefined;
    if (isActiveMode(this.checkpoint.state) && trigger) this.transition(trigger);
  }

  private checkMarker(mode: Mode, content: Anthropic.Messages.ContentBlock[]): void {
    const expected = MODE_MARKERS[mode];
    const first = content[0];
    const text = first?.type === 'text' ? first.text.trimStart() : '';
    const result = text.startsWith(expected) ? 'ok' : /^<(frame|plan|implement|review)>/.test(text) ? 'wrong' : 'missing';
    this.turnState.markerOk = result === 'ok';
    this.record.markers.checked += 1;
    if (result !== 'ok') {
      this.record.markers[result] += 1;
      this.record.markers.failures.push({ turn: this.checkpoint.turn, mode, expected, result });
      this.log.point('marker', { mode, expected, result, turn: this.checkpoint.turn }, 'error');
    }
  }

  private async softCapWarning(mode: Mode, projected: number): Promise<void> {
    const caps = this.policy.cost;
    this.checkpoint.soft_cap_warned = true;
    this.record.budget.warnings.push({ at: this.log.iso(), mode, projected_tokens: projected });
    this.conversation!.addText(
      `<context-budget-warning>This session has used ${this.record.totals.tokens} tokens and the next call projects ${projected}, past the soft cap of ${caps.soft_cap_tokens}; at ${caps.hard_cap_tokens} it escalates. Finish ${mode} mode with what you have.</context-budget-warning>`,
    );
    this.log.point('budget:soft-cap', { mode, marker: '<context-budget-warning>', projected_tokens: projected, soft_cap: caps.soft_cap_tokens });
    await this.notifier.softCap({ session: this.sessionId, ticket: this.ticket.id, mode, projectedTokens: projected, usedTokens: this.record.totals.tokens, softCap: caps.soft_cap_tokens, hardCap: caps.hard_cap_tokens });
  }

  /** In CI: a comment on the ticket issue and the `agent-escalated` label say what the record says. */
  announceEscalation(): Promise<void> {
    return this.notifier.escalation(this.branch, join(this.sessionDir, 'session.json'));
  }

  save(): void {
    this.log.save();
  }

  get state(): SessionState {
    return this.checkpoint.state;
  }
}

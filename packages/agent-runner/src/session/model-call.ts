import type Anthropic from '@anthropic-ai/sdk';
import { describeError } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { appendLedgerLine } from '@agent-guards/cost-ceiling/usage-ledger';
import { performance } from 'node:perf_hooks';
import {
  ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  ATTR_GEN_AI_RESPONSE_ID,
  ATTR_GEN_AI_RESPONSE_MODEL,
  GEN_AI_OPERATION_NAME_VALUE_CHAT,
} from '@agent-guards/telemetry';
import type { ModelClient } from '../model/model-client.js';
import { genAiAttributes, usageAttributes } from '../records/runner-telemetry.js';
import { addUsage, ledgerLineFor } from '../records/usage-tally.js';
import type { SessionSetup } from './checkpoint.js';
import { retryOnce } from './retry-once.js';
import type { SessionLog } from './session-log.js';

/**
 * One model call as the session makes it: a span, the SDK's own retries and
 * then §11's retry-once, a ledger line and the totals for every answered
 * call, an escalation when both attempts fail. The client (and its API key)
 * is held here only: tools never reach it.
 */
export class ModelCaller {
  readonly #model: ModelClient;
  /** performance.now() when the last reply arrived: the runner's own time between calls is traced. */
  private lastReplyAt: number | undefined;

  constructor(
    model: ModelClient,
    private readonly setup: SessionSetup,
    private readonly log: SessionLog,
    private readonly now: () => number,
  ) {
    this.#model = model;
  }

  async call(mode: Mode, model: string, request: Anthropic.Messages.MessageCreateParamsNonStreaming, projected: number): Promise<Anthropic.Messages.Message | undefined> {
    const { record, checkpoint } = this.log;
    const outcome = await retryOnce(
      async (attempt) => {
        const runnerGap: Record<string, number> = this.lastReplyAt === undefined ? {} : { 'agent_guards.runner_gap_ms': Math.round((performance.now() - this.lastReplyAt) * 1000) / 1000 };
        // GenAI inference span: `chat {model}`, a CLIENT span (gen-ai-spans.md, anthropic.md).
        const span = this.log.startSpan(
          `${GEN_AI_OPERATION_NAME_VALUE_CHAT} ${model}`,
          {
            ...genAiAttributes(GEN_AI_OPERATION_NAME_VALUE_CHAT, this.setup.sessionId),
            [ATTR_GEN_AI_REQUEST_MODEL]: model,
            [ATTR_GEN_AI_REQUEST_MAX_TOKENS]: request.max_tokens,
            'agent_guards.step': 'model:call',
            'agent_guards.mode': mode,
            'agent_guards.attempt': attempt,
            'agent_guards.turn': checkpoint.turn,
            'agent_guards.projected_tokens': projected,
            ...runnerGap,
          },
          'client',
        );
        const started = performance.now();
        try {
          const reply = await this.#model.create(request);
          this.lastReplyAt = performance.now();
          const { line, costMicro } = ledgerLineFor(
            { session: this.setup.sessionId, ticket: this.setup.ticket.id, repo: this.setup.repoSlug, pr: record.pr?.number ?? null },
            { mode, model, usage: reply.usage, at: new Date(this.now()) },
            this.setup.policy.cost.prices,
          );
          this.log.writer.append(() => appendLedgerLine(this.setup.ledgerPath, line));
          addUsage(record.totals, reply.usage, costMicro);
          this.log.addModeUsage(reply.usage);
          this.log.metrics.modelCall({ mode, model, responseModel: reply.model, seconds: (this.lastReplyAt - started) / 1000, usage: reply.usage, costUsd: costMicro / 1_000_000 });
          span.end({
            attributes: {
              [ATTR_GEN_AI_RESPONSE_MODEL]: reply.model,
              [ATTR_GEN_AI_RESPONSE_ID]: reply.id,
              [ATTR_GEN_AI_RESPONSE_FINISH_REASONS]: [reply.stop_reason ?? 'none'],
              ...usageAttributes(reply.usage),
              'agent_guards.outcome': 'ok',
              'agent_guards.cost_usd': costMicro / 1_000_000,
              'agent_guards.session_tokens': record.totals.tokens,
            },
          });
          return reply;
        } catch (error) {
          const errorType = errorTypeOf(error);
          this.log.metrics.modelCall({ mode, model, seconds: (performance.now() - started) / 1000, errorType });
          span.end({ attributes: { 'agent_guards.outcome': 'error', 'agent_guards.error': describeError(error).slice(0, 2000) }, status: 'error', errorType });
          throw error;
        }
      },
      (error, attempt) => this.log.toolError(mode, 'model', attempt, describeError(error)),
    );
    if (outcome.ok) return outcome.value;
    this.log.escalate('model-error', `the model call failed twice after the SDK's own retries: ${describeError(outcome.error)}`);
    return undefined;
  }
}

/** `error.type`: the HTTP status an API error carries, else the error's class (gen-ai-spans.md: low cardinality). */
function errorTypeOf(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return String(status);
  return error instanceof Error ? error.name : '_OTHER';
}

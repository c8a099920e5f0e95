import type Anthropic from '@anthropic-ai/sdk';
import { describeError } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import { appendLedgerLine } from '@agent-guards/cost-ceiling';
import { performance } from 'node:perf_hooks';
import type { ModelClient } from '../model/model-client.js';
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
        const runnerGap: Record<string, number> = this.lastReplyAt === undefined ? {} : { runner_gap_ms: Math.round((performance.now() - this.lastReplyAt) * 1000) / 1000 };
        const span = this.log.startSpan('model:call', { mode, model, attempt, projected_tokens: projected, turn: checkpoint.turn, ...runnerGap });
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
          span.end({
            outcome: 'ok',
            stop_reason: reply.stop_reason ?? 'none',
            input_tokens: reply.usage.input_tokens,
            output_tokens: reply.usage.output_tokens,
            cache_creation_input_tokens: reply.usage.cache_creation_input_tokens ?? 0,
            cache_read_input_tokens: reply.usage.cache_read_input_tokens ?? 0,
            tokens: record.totals.tokens,
          });
          return reply;
        } catch (error) {
          span.end({ outcome: 'error', error: describeError(error).slice(0, 2000) }, 'error');
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

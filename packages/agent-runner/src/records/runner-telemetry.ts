import type { CallUsage } from '@agent-guards/cost-ceiling';
import {
  ATTR_ERROR_TYPE,
  ATTR_GEN_AI_CONVERSATION_ID,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_TOKEN_TYPE,
  ATTR_GEN_AI_TOOL_NAME,
  ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  GEN_AI_OPERATION_NAME_VALUE_CHAT,
  GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC,
  GEN_AI_TOKEN_TYPE_VALUE_INPUT,
  GEN_AI_TOKEN_TYPE_VALUE_OUTPUT,
  METRIC_GEN_AI_CLIENT_OPERATION_DURATION,
  METRIC_GEN_AI_CLIENT_TOKEN_USAGE,
  OPERATION_DURATION_BUCKETS,
  TOKEN_USAGE_BUCKETS,
  type Attributes,
  type Counter,
  type Histogram,
  type Telemetry,
} from '@agent-guards/telemetry';

/** `gen_ai.agent.name` of the session span; each mode span is named after its mode. */
export const AGENT_NAME = 'agent-guards-runner';
/** The instrumentation scope of the runner's spans. */
export const RUNNER_SCOPE = '@agent-guards/agent-runner';

/**
 * The usage attributes of a span, by the GenAI conventions as Anthropic's
 * page states them: `gen_ai.usage.input_tokens` includes the cache reads and
 * writes that the Messages API reports apart from `input_tokens`.
 */
export function usageAttributes(usage: Pick<CallUsage, 'input_tokens' | 'output_tokens' | 'cache_creation_input_tokens' | 'cache_read_input_tokens'>): Attributes {
  const creation = usage.cache_creation_input_tokens ?? 0;
  const read = usage.cache_read_input_tokens ?? 0;
  return {
    [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: usage.input_tokens + creation + read,
    [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: usage.output_tokens,
    [ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS]: read,
    [ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS]: creation,
  };
}

/** The attributes every GenAI span of a session carries. */
export function genAiAttributes(operation: string, sessionId: string): Attributes {
  return { [ATTR_GEN_AI_OPERATION_NAME]: operation, [ATTR_GEN_AI_PROVIDER_NAME]: GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC, [ATTR_GEN_AI_CONVERSATION_ID]: sessionId };
}

/**
 * The runner's metrics: the GenAI client metrics per model call, and ours —
 * tokens and cost per mode, refusals, escalations by reason, mode visits by
 * outcome (failed / total is the per-mode failure rate) and session duration.
 * Instruments are no-ops when no collector is configured.
 */
export class RunnerMetrics {
  private readonly tokenUsage: Histogram;
  private readonly operationDuration: Histogram;
  private readonly tokens: Counter;
  private readonly cost: Counter;
  private readonly refusals: Counter;
  private readonly escalations: Counter;
  private readonly modeVisits: Counter;
  private readonly sessionDuration: Histogram;

  constructor(telemetry: Telemetry) {
    this.tokenUsage = telemetry.histogram(METRIC_GEN_AI_CLIENT_TOKEN_USAGE, { unit: '{token}', description: 'Number of input and output tokens used.', buckets: TOKEN_USAGE_BUCKETS });
    this.operationDuration = telemetry.histogram(METRIC_GEN_AI_CLIENT_OPERATION_DURATION, { unit: 's', description: 'GenAI operation duration.', buckets: OPERATION_DURATION_BUCKETS });
    this.tokens = telemetry.counter('agent_guards.tokens', { unit: '{token}', description: 'Tokens by mode, model and kind (input, output, cache_read, cache_creation).' });
    this.cost = telemetry.counter('agent_guards.cost', { unit: '{USD}', description: 'Token cost in US dollars by mode and model, priced as the cost guard prices it.' });
    this.refusals = telemetry.counter('agent_guards.refusals', { unit: '{call}', description: 'Tool calls the runner refused, by mode and tool.' });
    this.escalations = telemetry.counter('agent_guards.escalations', { unit: '{session}', description: 'Escalations by mode and reason.' });
    this.modeVisits = telemetry.counter('agent_guards.mode.visits', { unit: '{visit}', description: 'Mode visits by outcome; failed=true ones ended in an escalation.' });
    this.sessionDuration = telemetry.histogram('agent_guards.session.duration', { unit: 's', description: 'Wall time of a session run (a start or a resume), by status.' });
  }

  modelCall(call: { mode: string; model: string; responseModel?: string; seconds: number; usage?: CallUsage; costUsd?: number; errorType?: string }): void {
    const base = {
      [ATTR_GEN_AI_OPERATION_NAME]: GEN_AI_OPERATION_NAME_VALUE_CHAT,
      [ATTR_GEN_AI_PROVIDER_NAME]: GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC,
      [ATTR_GEN_AI_REQUEST_MODEL]: call.model,
      ...(call.responseModel ? { [ATTR_GEN_AI_RESPONSE_MODEL]: call.responseModel } : {}),
    };
    const mode = { 'agent_guards.mode': call.mode };
    this.operationDuration.record(call.seconds, { ...base, ...mode, ...(call.errorType ? { [ATTR_ERROR_TYPE]: call.errorType } : {}) });
    if (!call.usage) return;
    const u = usageAttributes(call.usage);
    this.tokenUsage.record(u[ATTR_GEN_AI_USAGE_INPUT_TOKENS] as number, { ...base, ...mode, [ATTR_GEN_AI_TOKEN_TYPE]: GEN_AI_TOKEN_TYPE_VALUE_INPUT });
    this.tokenUsage.record(call.usage.output_tokens, { ...base, ...mode, [ATTR_GEN_AI_TOKEN_TYPE]: GEN_AI_TOKEN_TYPE_VALUE_OUTPUT });
    const byKind = { ...mode, [ATTR_GEN_AI_REQUEST_MODEL]: call.model };
    this.tokens.add(call.usage.input_tokens, { ...byKind, 'agent_guards.token.kind': 'input' });
    this.tokens.add(call.usage.output_tokens, { ...byKind, 'agent_guards.token.kind': 'output' });
    this.tokens.add(call.usage.cache_read_input_tokens ?? 0, { ...byKind, 'agent_guards.token.kind': 'cache_read' });
    this.tokens.add(call.usage.cache_creation_input_tokens ?? 0, { ...byKind, 'agent_guards.token.kind': 'cache_creation' });
    if (call.costUsd !== undefined) this.cost.add(call.costUsd, byKind);
  }

  refusal(mode: string, tool: string): void {
    this.refusals.add(1, { 'agent_guards.mode': mode, [ATTR_GEN_AI_TOOL_NAME]: tool });
  }

  escalation(mode: string, reason: string): void {
    this.escalations.add(1, { 'agent_guards.mode': mode, 'agent_guards.escalation.reason': reason });
  }

  modeVisit(mode: string, outcome: string, failed: boolean): void {
    this.modeVisits.add(1, { 'agent_guards.mode': mode, 'agent_guards.outcome': outcome, 'agent_guards.failed': failed });
  }

  session(seconds: number, status: string): void {
    this.sessionDuration.record(seconds, { 'agent_guards.status': status });
  }
}

/**
 * The names this package emits. The GenAI conventions are still
 * "Development" and live in `@opentelemetry/semantic-conventions/incubating`,
 * whose README asks instrumentations not to import that entry point at run
 * time but to copy the definitions they use (it may break in a minor release,
 * and it is ~1 MB of constants). These are copied from v1.45.0 of that
 * package; a test compares every one with the package so an update that
 * renames one fails loudly.
 *
 * Sources: open-telemetry/semantic-conventions docs/gen-ai/gen-ai-spans.md,
 * gen-ai-agent-spans.md, gen-ai-metrics.md and anthropic.md (v1.41, the last
 * release before the GenAI conventions moved to semantic-conventions-genai).
 */
export const ATTR_GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
export const ATTR_GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
export const ATTR_GEN_AI_AGENT_NAME = 'gen_ai.agent.name';
export const ATTR_GEN_AI_CONVERSATION_ID = 'gen_ai.conversation.id';
export const ATTR_GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
export const ATTR_GEN_AI_REQUEST_MAX_TOKENS = 'gen_ai.request.max_tokens';
export const ATTR_GEN_AI_RESPONSE_MODEL = 'gen_ai.response.model';
export const ATTR_GEN_AI_RESPONSE_ID = 'gen_ai.response.id';
export const ATTR_GEN_AI_RESPONSE_FINISH_REASONS = 'gen_ai.response.finish_reasons';
/** Anthropic's `input_tokens` excludes cached tokens; this one includes them (anthropic.md). */
export const ATTR_GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
export const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
export const ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS = 'gen_ai.usage.cache_read.input_tokens';
export const ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS = 'gen_ai.usage.cache_creation.input_tokens';
export const ATTR_GEN_AI_TOOL_NAME = 'gen_ai.tool.name';
export const ATTR_GEN_AI_TOOL_CALL_ID = 'gen_ai.tool.call.id';
export const ATTR_GEN_AI_TOOL_TYPE = 'gen_ai.tool.type';
export const ATTR_GEN_AI_TOKEN_TYPE = 'gen_ai.token.type';

export const GEN_AI_OPERATION_NAME_VALUE_CHAT = 'chat';
export const GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT = 'invoke_agent';
export const GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL = 'execute_tool';
export const GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC = 'anthropic';
export const GEN_AI_TOKEN_TYPE_VALUE_INPUT = 'input';
export const GEN_AI_TOKEN_TYPE_VALUE_OUTPUT = 'output';

export const METRIC_GEN_AI_CLIENT_TOKEN_USAGE = 'gen_ai.client.token.usage';
export const METRIC_GEN_AI_CLIENT_OPERATION_DURATION = 'gen_ai.client.operation.duration';

/** Stable (not incubating): `error.type`, required on a span or measurement that ended in an error. */
export const ATTR_ERROR_TYPE = 'error.type';

/** gen-ai-metrics.md: `gen_ai.client.token.usage` SHOULD use these bucket boundaries. */
export const TOKEN_USAGE_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
/** gen-ai-metrics.md: `gen_ai.client.operation.duration` SHOULD use these (seconds). */
export const OPERATION_DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

/** Our own attributes and metrics, under one namespace (attribute-naming.md: a project prefix). */
export const NAMESPACE = 'agent_guards';

/** Namespaces of the conventions this package uses; any other key is ours. */
const CONVENTION_PREFIXES = ['gen_ai.', 'error.', 'server.', `${NAMESPACE}.`];

/** `{ mode: 'plan', 'gen_ai.tool.name': 'x' }` → `{ 'agent_guards.mode': 'plan', 'gen_ai.tool.name': 'x' }`. */
export function ours<T>(attributes: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(attributes)) out[CONVENTION_PREFIXES.some((p) => key.startsWith(p)) ? key : `${NAMESPACE}.${key}`] = value;
  return out;
}

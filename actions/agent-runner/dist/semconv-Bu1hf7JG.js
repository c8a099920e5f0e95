// packages/telemetry/lib/semconv.js
const ATTR_GEN_AI_OPERATION_NAME = "gen_ai.operation.name";
const ATTR_GEN_AI_PROVIDER_NAME = "gen_ai.provider.name";
const ATTR_GEN_AI_AGENT_NAME = "gen_ai.agent.name";
const ATTR_GEN_AI_CONVERSATION_ID = "gen_ai.conversation.id";
const ATTR_GEN_AI_REQUEST_MODEL = "gen_ai.request.model";
const ATTR_GEN_AI_REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens";
const ATTR_GEN_AI_RESPONSE_MODEL = "gen_ai.response.model";
const ATTR_GEN_AI_RESPONSE_ID = "gen_ai.response.id";
const ATTR_GEN_AI_RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons";
const ATTR_GEN_AI_USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens";
const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
const ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS = "gen_ai.usage.cache_read.input_tokens";
const ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS = "gen_ai.usage.cache_creation.input_tokens";
const ATTR_GEN_AI_TOOL_NAME = "gen_ai.tool.name";
const ATTR_GEN_AI_TOOL_CALL_ID = "gen_ai.tool.call.id";
const ATTR_GEN_AI_TOOL_TYPE = "gen_ai.tool.type";
const ATTR_GEN_AI_TOKEN_TYPE = "gen_ai.token.type";
const GEN_AI_OPERATION_NAME_VALUE_CHAT = "chat";
const GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT = "invoke_agent";
const GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL = "execute_tool";
const GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC = "anthropic";
const GEN_AI_TOKEN_TYPE_VALUE_INPUT = "input";
const GEN_AI_TOKEN_TYPE_VALUE_OUTPUT = "output";
const METRIC_GEN_AI_CLIENT_TOKEN_USAGE = "gen_ai.client.token.usage";
const METRIC_GEN_AI_CLIENT_OPERATION_DURATION = "gen_ai.client.operation.duration";
const ATTR_ERROR_TYPE = "error.type";
const TOKEN_USAGE_BUCKETS = [
	1,
	4,
	16,
	64,
	256,
	1024,
	4096,
	16384,
	65536,
	262144,
	1048576,
	4194304,
	16777216,
	67108864
];
const OPERATION_DURATION_BUCKETS = [
	.01,
	.02,
	.04,
	.08,
	.16,
	.32,
	.64,
	1.28,
	2.56,
	5.12,
	10.24,
	20.48,
	40.96,
	81.92
];
const NAMESPACE = "agent_guards";
const CONVENTION_PREFIXES = [
	"gen_ai.",
	"error.",
	"server.",
	`${NAMESPACE}.`
];
function ours(attributes) {
	const out = {};
	for (const [key, value] of Object.entries(attributes)) out[CONVENTION_PREFIXES.some((p) => key.startsWith(p)) ? key : `${NAMESPACE}.${key}`] = value;
	return out;
}
export { ours as A, GEN_AI_TOKEN_TYPE_VALUE_INPUT as C, NAMESPACE as D, METRIC_GEN_AI_CLIENT_TOKEN_USAGE as E, OPERATION_DURATION_BUCKETS as O, GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC as S, METRIC_GEN_AI_CLIENT_OPERATION_DURATION as T, ATTR_GEN_AI_USAGE_INPUT_TOKENS as _, ATTR_GEN_AI_PROVIDER_NAME as a, GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL as b, ATTR_GEN_AI_RESPONSE_FINISH_REASONS as c, ATTR_GEN_AI_TOKEN_TYPE as d, ATTR_GEN_AI_TOOL_CALL_ID as f, ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS as g, ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS as h, ATTR_GEN_AI_OPERATION_NAME as i, TOKEN_USAGE_BUCKETS as k, ATTR_GEN_AI_RESPONSE_ID as l, ATTR_GEN_AI_TOOL_TYPE as m, ATTR_GEN_AI_AGENT_NAME as n, ATTR_GEN_AI_REQUEST_MAX_TOKENS as o, ATTR_GEN_AI_TOOL_NAME as p, ATTR_GEN_AI_CONVERSATION_ID as r, ATTR_GEN_AI_REQUEST_MODEL as s, ATTR_ERROR_TYPE as t, ATTR_GEN_AI_RESPONSE_MODEL as u, ATTR_GEN_AI_USAGE_OUTPUT_TOKENS as v, GEN_AI_TOKEN_TYPE_VALUE_OUTPUT as w, GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT as x, GEN_AI_OPERATION_NAME_VALUE_CHAT as y };

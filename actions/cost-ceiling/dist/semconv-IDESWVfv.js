// packages/telemetry/lib/semconv.js
const ATTR_ERROR_TYPE = "error.type";
const NAMESPACE = "agent_guards";
export { NAMESPACE as n, ATTR_ERROR_TYPE as t };

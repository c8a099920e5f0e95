// packages/telemetry/lib/semconv.js
/** Stable (not incubating): `error.type`, required on a span or measurement that ended in an error. */
const ATTR_ERROR_TYPE = "error.type";
/** Our own attributes and metrics, under one namespace (attribute-naming.md: a project prefix). */
const NAMESPACE = "agent_guards";
export { NAMESPACE as n, ATTR_ERROR_TYPE as t };

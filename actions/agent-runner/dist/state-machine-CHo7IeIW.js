// packages/agent-runner/lib/state-machine.js
const ACTIVE_MODES = [
	"frame",
	"plan",
	"implement",
	"review"
];
const TRANSITIONS = [
	{
		from: "start",
		to: "frame",
		trigger: "ticket-assigned",
		source: "\u00A74 Start \u2192 Frame: ticket assigned to agent"
	},
	{
		from: "frame",
		to: "plan",
		trigger: "frame-artifact",
		source: "\u00A74 Frame \u2192 Plan: Frame mode emits its artifact"
	},
	{
		from: "plan",
		to: "implement",
		trigger: "plan-approved",
		source: "\u00A74 Plan \u2192 Implement: engineer approves the plan"
	},
	{
		from: "plan",
		to: "implement",
		trigger: "plan-within-threshold",
		source: "\u00A74 Plan \u2192 Implement: plan covers only in-scope files and static analysis rates the impact medium or below"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-out-of-scope",
		source: "\u00A74 Plan \u2192 Escalate: plan covers out-of-scope or NOT-authorized files"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-ambiguous",
		source: "\u00A74 Plan \u2192 Escalate: ambiguity exceeds tolerance (\u00A711: more than two open questions)"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-needs-approval",
		source: "\u00A74 Plan \u2192 Implement needs an engineer when the impact is above medium"
	},
	{
		from: "implement",
		to: "review",
		trigger: "checks-passed",
		source: "\u00A74 Implement \u2192 Review: tests pass, linter clean, commits conventional"
	},
	{
		from: "implement",
		to: "plan",
		trigger: "plan-revisit",
		source: "\u00A74 NOT-authorized: Implement writes only planned files unless it revisits Plan"
	},
	{
		from: "implement",
		to: "escalated",
		trigger: "test-attempts-exhausted",
		source: "\u00A74 Implement \u2192 Escalate: tests cannot be made to pass after N attempts"
	},
	{
		from: "implement",
		to: "escalated",
		trigger: "not-authorized-file",
		source: "\u00A74 Implement \u2192 Escalate: a NOT-authorized file would have to change"
	},
	{
		from: "review",
		to: "done",
		trigger: "pr-opened",
		source: "\u00A74 Review \u2192 Done: PR opened with spec-section reference"
	},
	{
		from: "review",
		to: "escalated",
		trigger: "review-guard-failed",
		source: "\u00A711 Review: if any check fails, escalate"
	},
	...[
		{
			trigger: "token-ceiling",
			source: "\u00A74 Cost Posture: hard cap \u2192 session escalates, no further transitions"
		},
		{
			trigger: "session-timeout",
			source: "\u00A77 Latency: sessions exceeding the timeout auto-escalate"
		},
		{
			trigger: "tool-error",
			source: "\u00A711: on any tool error retry once, on second failure escalate"
		},
		{
			trigger: "model-error",
			source: "\u00A711: the model call failed after its retries (treated as a tool error)"
		},
		{
			trigger: "repeated-refusals",
			source: "runner: the model kept calling what its mode refuses"
		},
		{
			trigger: "model-stalled",
			source: "runner: the model stopped calling tools without finishing its mode"
		},
		{
			trigger: "agent-requested",
			source: "\u00A710: the agent asked for a human (e.g. a NOT-authorized file would have to change)"
		}
	].map((e) => ({
		from: "*",
		to: "escalated",
		trigger: e.trigger,
		source: e.source
	}))
];
var TransitionError = class extends Error {
	constructor(from, trigger) {
		super(`no transition from '${from}' on '${trigger}' (spec \u00A74 declares none)`);
		this.name = "TransitionError";
	}
};
function isActiveMode(state) {
	return ACTIVE_MODES.includes(state);
}
function nextState(from, trigger) {
	if (trigger === "operator-resume") throw new TransitionError(from, trigger);
	const edge = TRANSITIONS.find((t) => t.trigger === trigger && (t.from === from || t.from === "*" && isActiveMode(from)));
	if (!edge) throw new TransitionError(from, trigger);
	return edge.to;
}
function resumeState(from, stoppedIn, reason) {
	if (from !== "escalated") throw new TransitionError(from, "operator-resume");
	if (reason === "token-ceiling") throw new TransitionError(from, "operator-resume");
	return stoppedIn;
}
export { resumeState as i, isActiveMode as n, nextState as r, TransitionError as t };

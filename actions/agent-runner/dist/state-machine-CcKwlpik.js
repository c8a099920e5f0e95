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
		source: "§4 Start → Frame: ticket assigned to agent"
	},
	{
		from: "frame",
		to: "plan",
		trigger: "frame-artifact",
		source: "§4 Frame → Plan: Frame mode emits its artifact"
	},
	{
		from: "plan",
		to: "implement",
		trigger: "plan-approved",
		source: "§4 Plan → Implement: engineer approves the plan"
	},
	{
		from: "plan",
		to: "implement",
		trigger: "plan-within-threshold",
		source: "§4 Plan → Implement: plan covers only in-scope files and static analysis rates the impact medium or below"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-out-of-scope",
		source: "§4 Plan → Escalate: plan covers out-of-scope or NOT-authorized files"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-ambiguous",
		source: "§4 Plan → Escalate: ambiguity exceeds tolerance (§11: more than two open questions)"
	},
	{
		from: "plan",
		to: "escalated",
		trigger: "plan-needs-approval",
		source: "§4 Plan → Implement needs an engineer when the impact is above medium"
	},
	{
		from: "implement",
		to: "review",
		trigger: "checks-passed",
		source: "§4 Implement → Review: tests pass, linter clean, commits conventional"
	},
	{
		from: "implement",
		to: "plan",
		trigger: "plan-revisit",
		source: "§4 NOT-authorized: Implement writes only planned files unless it revisits Plan"
	},
	{
		from: "implement",
		to: "escalated",
		trigger: "test-attempts-exhausted",
		source: "§4 Implement → Escalate: tests cannot be made to pass after N attempts"
	},
	{
		from: "implement",
		to: "escalated",
		trigger: "not-authorized-file",
		source: "§4 Implement → Escalate: a NOT-authorized file would have to change"
	},
	{
		from: "review",
		to: "done",
		trigger: "pr-opened",
		source: "§4 Review → Done: PR opened with spec-section reference"
	},
	{
		from: "review",
		to: "escalated",
		trigger: "review-guard-failed",
		source: "§11 Review: if any check fails, escalate"
	},
	...[
		{
			trigger: "token-ceiling",
			source: "§4 Cost Posture: hard cap → session escalates, no further transitions"
		},
		{
			trigger: "session-timeout",
			source: "§7 Latency: sessions exceeding the timeout auto-escalate"
		},
		{
			trigger: "tool-error",
			source: "§11: on any tool error retry once, on second failure escalate"
		},
		{
			trigger: "model-error",
			source: "§11: the model call failed after its retries (treated as a tool error)"
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
			source: "§10: the agent asked for a human (e.g. a NOT-authorized file would have to change)"
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
		super(`no transition from '${from}' on '${trigger}' (spec §4 declares none)`);
		this.name = "TransitionError";
	}
};
function isActiveMode(state) {
	return ACTIVE_MODES.includes(state);
}
/** The state a trigger leads to, or a TransitionError. */
function nextState(from, trigger) {
	if (trigger === "operator-resume") throw new TransitionError(from, trigger);
	const edge = TRANSITIONS.find((t) => t.trigger === trigger && (t.from === from || t.from === "*" && isActiveMode(from)));
	if (!edge) throw new TransitionError(from, trigger);
	return edge.to;
}
/**
* The rescue mission's edge, outside §4: an operator resumes an escalated
* session into the mode it stopped in. A token-ceiling escalation cannot be
* resumed — §4 allows no further transitions after the hard cap.
*/
function resumeState(from, stoppedIn, reason) {
	if (from !== "escalated") throw new TransitionError(from, "operator-resume");
	if (reason === "token-ceiling") throw new TransitionError(from, "operator-resume");
	return stoppedIn;
}
export { resumeState as i, isActiveMode as n, nextState as r, TransitionError as t };

import { describeError } from '@agent-guards/action-kit';
import { exclusionReason, KNOWN_TOOLS, type Mode } from '@agent-guards/config';
import { ATTR_GEN_AI_TOOL_CALL_ID, ATTR_GEN_AI_TOOL_NAME, ATTR_GEN_AI_TOOL_TYPE, GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL, ours, type Attributes } from '@agent-guards/telemetry';
import { genAiAttributes } from '../records/runner-telemetry.js';
import { CONTROL_TOOLS, controlToolsFor } from '../control-tools.js';
import { MODE_MARKERS } from '../prompt/identity.js';
import { PathRefusedError } from '../tools/path-safety.js';
import { ToolRefusal, ToolRejection, type ToolResult, type ToolSpec } from '../tools/tool.js';
import type { ControlHandlers, ControlOutcome } from './control-handlers.js';
import { retryOnce } from './retry-once.js';
import type { SessionControl } from './session-control.js';

export interface ToolUse {
  id: string;
  name: string;
  input: unknown;
}

/**
 * The only path from a model's tool_use to an implementation: the mode's
 * bound tools (a name not bound has none), the mode's control tools, input
 * validation, refusals recorded, and §11's retry-once-then-escalate on errors.
 */
export class ToolDispatcher {
  constructor(
    private readonly session: SessionControl,
    private readonly controls: ControlHandlers,
  ) {}

  /** The only path from a tool_use to an implementation. */
  async dispatch(mode: Mode, bound: ReadonlyMap<string, ToolSpec>, use: ToolUse): Promise<{ content: string; isError: boolean }> {
    const { log: s, turn, services } = this.session;
    const isControl = controlToolsFor(mode).some((c) => c.name === use.name);
    // GenAI tool span: `execute_tool {tool}`; control tools (submit_plan, …) are tools the model calls too.
    const span = s.startSpan(`${GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL} ${use.name}`, {
      ...genAiAttributes(GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL, services.sessionId),
      [ATTR_GEN_AI_TOOL_NAME]: use.name,
      [ATTR_GEN_AI_TOOL_CALL_ID]: use.id,
      [ATTR_GEN_AI_TOOL_TYPE]: 'function',
      'agent_guards.step': isControl ? `control:${use.name}` : `tool:${use.name}`,
      'agent_guards.mode': mode,
      'agent_guards.turn': s.checkpoint.turn,
      'agent_guards.tool.control': isControl,
    });
    /** outcome: ok, refused, rejected, escalated or error; the tool's own attributes go under agent_guards.tool. */
    const finish = (outcome: string, content: string, isError: boolean, attributes: Attributes = {}) => {
      const own = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`tool.${k}`, v]));
      span.end({
        attributes: ours({ outcome, ...own, ...(outcome === 'refused' ? { 'refusal.reason': content.replace(/^refused: /, '').slice(0, 1000) } : {}) }),
        ...(outcome === 'ok' ? {} : { status: 'error' as const, errorType: outcome }),
      });
      return { content, isError };
    };

    if (!turn.markerOk) {
      return finish('refused', s.refuse(mode, use.name, `the turn did not begin with ${MODE_MARKERS[mode]}; tool calls of an unmarked turn are not run`), true);
    }
    if (turn.pendingTransition && isControl) {
      return finish('refused', s.refuse(mode, use.name, `${mode} mode already ended in this turn`), true);
    }
    if (isControl) {
      const handled = await retryOnce(
        () => this.controls.handle(mode, use.name, use.input),
        (error, attempt) => s.toolError(mode, use.name, attempt, describeError(error), span),
      );
      if (!handled.ok) return this.failedTwice(use.name, handled.error, finish);
      const outcome: ControlOutcome = handled.value;
      if (outcome.kind === 'refused') return finish('refused', s.refuse(mode, use.name, outcome.message), true);
      if (outcome.kind === 'rejected') return finish('rejected', outcome.message, true);
      if (outcome.kind === 'escalate') {
        s.escalate(outcome.reason, outcome.detail);
        return finish('escalated', `escalated: ${outcome.reason}`, true);
      }
      if (outcome.transition) turn.pendingTransition = outcome.transition;
      return finish('ok', outcome.message, false);
    }

    const spec = bound.get(use.name);
    if (!spec) return finish('refused', s.refuse(mode, use.name, unboundReason(mode, use.name)), true);
    const parsed = spec.input.safeParse(use.input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const extra = issue.code === 'unrecognized_keys' ? ` (parameters ${issue.keys.join(', ')} do not exist for ${use.name})` : '';
      return finish('refused', s.refuse(mode, use.name, `invalid input at '${issue.path.join('.') || '(input)'}': ${issue.message}${extra}`), true);
    }

    // A refusal or a rejection is the tool's answer, not a failure: it is not retried.
    const ran = await retryOnce(
      async (): Promise<ToolResult | ToolRefusal | PathRefusedError | ToolRejection> => {
        try {
          return await spec.run(parsed.data, services);
        } catch (error) {
          if (error instanceof ToolRefusal || error instanceof PathRefusedError || error instanceof ToolRejection) return error;
          throw error;
        }
      },
      (error, attempt) => s.toolError(mode, use.name, attempt, describeError(error), span),
    );
    if (!ran.ok) return this.failedTwice(use.name, ran.error, finish);
    const r = ran.value;
    if (r instanceof ToolRejection) return finish('rejected', r.message, true);
    if (r instanceof Error) return finish('refused', s.refuse(mode, use.name, r.message), true);
    if (use.name === 'run_tests') s.countTestRun(r.attributes?.passed === true);
    if (r.escalate) {
      s.escalate(r.escalate.reason, r.escalate.detail);
      return finish('escalated', r.content, true, r.attributes);
    }
    if (r.transition) turn.pendingTransition = r.transition;
    return finish('ok', r.content, false, r.attributes);
  }

  /** §11: the second failure escalates. */
  private failedTwice<T>(tool: string, error: unknown, finish: (outcome: string, content: string, isError: boolean) => T): T {
    const message = describeError(error);
    this.session.log.escalate('tool-error', `${tool} failed twice (spec §11: retry once, then escalate): ${message}`);
    return finish('error', `error: ${message}`, true);
  }
}

function unboundReason(mode: Mode, name: string): string {
  const excluded = exclusionReason(name);
  if (excluded) return `'${name}' is excluded in every mode: ${excluded}. No implementation exists.`;
  if ((KNOWN_TOOLS as readonly string[]).includes(name)) return `'${name}' is not bound in ${mode} mode (tool manifest); it has no implementation here.`;
  if (CONTROL_TOOLS.some((c) => c.name === name)) return `'${name}' is a control tool of another mode, not of ${mode}.`;
  return `no tool named '${name}' exists.`;
}

import { describeError, neutralizeWorkflowCommands } from '@agent-guards/action-kit';
import { exclusionReason, KNOWN_TOOLS, type Mode } from '@agent-guards/config';
import { CONTROL_TOOLS, controlToolsFor } from '../control-tools.js';
import { MODE_MARKERS } from '../prompt/identity.js';
import { PathRefusedError } from '../tools/path-safety.js';
import { ToolRefusal, ToolRejection, type ToolResult, type ToolSpec } from '../tools/tool.js';
import type { AgentSession } from './agent-session.js';
import type { ControlHandlers, ControlOutcome } from './control-handlers.js';

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
    private readonly session: AgentSession,
    private readonly controls: ControlHandlers,
  ) {}

  /** The only path from a tool_use to an implementation. */
  async dispatch(mode: Mode, bound: ReadonlyMap<string, ToolSpec>, use: ToolUse): Promise<{ content: string; isError: boolean }> {
    const s = this.session;
    const isControl = controlToolsFor(mode).some((c) => c.name === use.name);
    const span = s.trace.start(isControl ? `control:${use.name}` : `tool:${use.name}`, s.modeSpan!.span_id, { mode, tool: use.name, turn: s.checkpoint.turn });
    const finish = (outcome: string, content: string, isError: boolean, attributes: Record<string, string | number | boolean | string[]> = {}) => {
      span.end({ outcome, ...attributes }, outcome === 'ok' ? 'ok' : 'error');
      return { content, isError };
    };

    if (!s.markerOk) {
      return finish('refused', s.refuse(mode, use.name, `the turn did not begin with ${MODE_MARKERS[mode]}; tool calls of an unmarked turn are not run`), true);
    }
    if (s.pendingTransition && isControl) {
      return finish('refused', s.refuse(mode, use.name, `${mode} mode already ended in this turn`), true);
    }
    if (isControl) {
      let outcome: ControlOutcome | undefined;
      for (let attempt = 1; attempt <= 2 && !outcome; attempt += 1) {
        try {
          outcome = await this.controls.handle(mode, use.name, use.input);
        } catch (error) {
          if (this.toolFailed(mode, use.name, span.span_id, attempt, error)) return finish('error', `error: ${describeError(error)}`, true);
        }
      }
      if (!outcome) return finish('error', 'error', true);
      if (outcome.kind === 'refused') return finish('refused', s.refuse(mode, use.name, outcome.message), true);
      if (outcome.kind === 'rejected') return finish('rejected', outcome.message, true);
      if (outcome.kind === 'escalate') {
        s.escalate(outcome.reason, outcome.detail);
        return finish('escalated', `escalated: ${outcome.reason}`, true);
      }
      if (outcome.transition) s.pendingTransition = outcome.transition;
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

    let result: ToolResult | undefined;
    for (let attempt = 1; attempt <= 2 && !result; attempt += 1) {
      try {
        result = await spec.run(parsed.data, s);
      } catch (error) {
        if (error instanceof ToolRefusal || error instanceof PathRefusedError) return finish('refused', s.refuse(mode, use.name, error.message), true);
        if (error instanceof ToolRejection) return finish('rejected', error.message, true);
        if (this.toolFailed(mode, use.name, span.span_id, attempt, error)) return finish('error', `error: ${describeError(error)}`, true);
      }
    }
    const r = result!;
    if (use.name === 'run_tests') s.countTestRun(r.attributes?.passed === true);
    if (r.escalate) {
      s.escalate(r.escalate.reason, r.escalate.detail);
      return finish('escalated', r.content, true, r.attributes);
    }
    if (r.transition) s.pendingTransition = r.transition;
    return finish('ok', r.content, false, r.attributes);
  }

  /**
   * §11 "on any tool error: surface the error in the trace; retry once; on
   * second failure, escalate". Returns true when the session escalated.
   */
  private toolFailed(mode: Mode, tool: string, spanId: string, attempt: number, error: unknown): boolean {
    const s = this.session;
    const message = describeError(error);
    s.record.tool_errors.push({ mode, tool, error: message.slice(0, 2000), attempt, at: s.iso() });
    s.trace.point('tool:error', spanId, { mode, tool, attempt, error: message.slice(0, 2000) }, 'error');
    s.logger.warning(`${neutralizeWorkflowCommands(tool)} failed (attempt ${attempt}): ${neutralizeWorkflowCommands(message)}`);
    if (attempt < 2) return false;
    s.escalate('tool-error', `${tool} failed twice (spec §11: retry once, then escalate): ${message}`);
    return true;
  }
}

function unboundReason(mode: Mode, name: string): string {
  const excluded = exclusionReason(name);
  if (excluded) return `'${name}' is excluded in every mode: ${excluded}. No implementation exists.`;
  if ((KNOWN_TOOLS as readonly string[]).includes(name)) return `'${name}' is not bound in ${mode} mode (tool manifest); it has no implementation here.`;
  if (CONTROL_TOOLS.some((c) => c.name === name)) return `'${name}' is a control tool of another mode, not of ${mode}.`;
  return `no tool named '${name}' exists.`;
}

import type { Logger } from '@agent-guards/action-kit';
import type { Mode, Policy, Ticket } from '@agent-guards/config';
import * as z from 'zod/mini';
import type { AttributeValue } from '@agent-guards/telemetry';
import type { SessionScope } from '../session-scope.js';
import type { EscalationReason, Trigger } from '../state-machine.js';
import type { AgentGitHubClient, Plan, RepoRef } from '../types.js';
import type { DependencyGraph } from './dependency-graph.js';
import type { ContainedCommand, ContainedResult, SandboxDescription } from '@agent-guards/sandbox';

/** The runner will not do this (a policy decision): recorded as a refusal, returned to the model, never retried. */
export class ToolRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolRefusal';
  }
}

/** The tool ran and says the request cannot be met as asked (no match for an edit, no such file): the model's to fix. */
export class ToolRejection extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolRejection';
  }
}

export interface ToolResult {
  content: string;
  /** Trace attributes of the call (counts, exit codes…). */
  attributes?: Record<string, AttributeValue>;
  /** A §4 transition the call triggers (control tools, gh_pr_create). */
  transition?: Trigger;
  escalate?: { reason: EscalationReason; detail: string };
}

export interface TestRun {
  index: number;
  kind: 'tests' | 'lint';
  result: ContainedResult;
  passed: boolean;
}

/** What tools reach of the session: nothing more (no model client, no API key, no token but the push's). */
export interface SessionServices {
  readonly repo: string;
  readonly baseSha: string;
  readonly branch: string;
  /** The branch the PR targets. */
  readonly baseBranch: string;
  readonly sessionId: string;
  readonly sessionDir: string;
  readonly ticket: Ticket;
  readonly policy: Policy;
  readonly scope: SessionScope;
  readonly logger: Logger;
  readonly github: { client: AgentGitHubClient; repo: RepoRef } | undefined;
  readonly push: { remote: string; token: string | undefined };
  readonly author: { name: string; email: string };
  readonly mode: Mode;
  plan: Plan | null;
  readonly testRuns: TestRun[];
  /**
   * Runs a command of the service (tests, linter, an install) in the session's
   * sandbox, recording every network decision of its egress proxy.
   */
  runContained(tool: string, command: Omit<ContainedCommand, 'timeoutMs'>): Promise<ContainedResult>;
  /** How those commands are contained, in words a PR reviewer reads. */
  readonly containment: SandboxDescription;
  dependencyGraph(): Promise<DependencyGraph>;
  /** Files changed since the graph was built. */
  invalidateGraph(): void;
  /** State the GitHub tools share. */
  pushed: { branch: string; sha: string } | null;
  pr: { number: number; url: string } | null;
  prBodyPath: string | null;
  answerQuestion(question: string): Promise<string | undefined>;
  /** Warnings of the last review checks (golden-sample layout…), for the reviewer. */
  readonly reviewWarnings: string[];
  /** Runs the review checks on a head; returns failures (empty = pass). */
  ensureReviewPasses(head: string): Promise<string[]>;
}

export interface ToolSpec<S extends z.ZodMiniType = z.ZodMiniType> {
  name: string;
  description: string;
  input: S;
  run(input: z.infer<S>, services: SessionServices): Promise<ToolResult>;
}

export function defineTool<S extends z.ZodMiniType>(spec: ToolSpec<S>): ToolSpec {
  return spec as unknown as ToolSpec;
}

/** The tool's JSON Schema as the Messages API takes it (deterministic: same bytes every session). */
export function inputSchemaOf(spec: ToolSpec): { type: 'object'; [key: string]: unknown } {
  const { $schema: _drop, ...schema } = z.toJSONSchema(spec.input, { io: 'input' }) as Record<string, unknown>;
  return { ...schema, type: 'object' };
}

/** Caps text returned to the model, with a visible marker. */
export function capText(text: string, maxChars: number, what = 'output'): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}\n[${what} truncated: ${text.length - maxChars} more characters]`;
}

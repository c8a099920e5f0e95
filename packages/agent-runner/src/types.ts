import type { GuardReport, Logger } from '@agent-guards/action-kit';
import type { Mode } from '@agent-guards/config';
import type { EscalationReason } from './state-machine.js';

/** `{owner, repo}`, as the GitHub client takes it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * What the runner needs from a GitHub client (packages/github's
 * createGitHubClient provides it); structural, so the runner does not depend on it.
 */
export interface AgentGitHubClient {
  findOrCreatePullRequest(
    repo: RepoRef,
    pr: { head: string; base: string; title: string; body: string; draft?: boolean },
  ): Promise<{ number: number; html_url: string; created: boolean }>;
  commentOnIssue(repo: RepoRef, issueNumber: number, body: string, marker?: string): Promise<unknown>;
  addLabels(repo: RepoRef, issueNumber: number, labels: string[]): Promise<unknown>;
}

export interface ReviewGuardContext {
  repo: string;
  base: string;
  head: string;
}

/** A guard library run in-process by Review mode (skip-set, manifest-scope, spec-conformance, boundaries…). */
export type ReviewGuard = (ctx: ReviewGuardContext) => Promise<GuardReport>;

/** Frame mode's artifact (submit_frame). */
export interface FrameArtifact {
  summary: string;
  relevant_files: string[];
  observations: string[];
}

/** Plan mode's artifact (submit_plan); the session record keeps `files`, `tests`, `questions`. */
export interface Plan {
  summary: string;
  files: string[];
  tests: string[];
  questions: string[];
  golden_sample_notes: string;
}

export type ImpactRating = 'low' | 'medium' | 'high';

export interface PlanAssessment {
  impact: ImpactRating;
  /** Why the rating is what it is (files, fan-in). */
  reasons: string[];
  maxFanIn: number;
}

export interface Escalation {
  mode: Mode;
  reason: EscalationReason;
  detail: string;
}

/** What an operator adds on a rescue-mission resume (issue 9): recorded so it can go back into the ticket template. */
export interface AddedContext {
  /** The file the operator gave, as given. */
  file: string;
  sha256: string;
  bytes: number;
  kind: 'contract' | 'interface' | 'example' | 'note';
  added_at: string;
  /** The mode the session resumed in. */
  mode: Mode;
  text: string;
}

export interface SoftCapNotice {
  session: string;
  ticket: string;
  mode: Mode;
  projectedTokens: number;
  usedTokens: number;
  softCap: number;
  hardCap: number;
}

/** Options every run and resume takes: how to reach the model, GitHub and the hooks. */
export interface RuntimeOptions {
  /** Passed to the official SDK; the API key stays inside the model client (ANTHROPIC_API_KEY when absent). */
  anthropic?: { apiKey?: string; baseURL?: string; maxRetries?: number; timeoutMs?: number };
  /** Output tokens per model call (the budget projection counts them in full). Default 8192. */
  maxOutputTokens?: number;
  /** GitHub: PR creation, PR comments, and the escalation comment + label on the ticket issue. Absent → PR-body file. */
  github?: { client: AgentGitHubClient; repo: RepoRef };
  /** Where git_push_non_protected pushes; the token (if any) is given to that one git process only. */
  push?: { remote?: string; token?: string };
  /** Guards Review runs in-process before pushing (any verdict but pass escalates). */
  reviewGuards?: ReviewGuard[];
  /** Engineer approval for a plan above the medium-impact threshold; absent or false → escalate. */
  approvePlan?: (plan: Plan, assessment: PlanAssessment) => Promise<boolean>;
  /** Answers ask_user_question; absent → the question is recorded and must go in the plan. */
  answerQuestion?: (question: string) => Promise<string | undefined>;
  /** Reviewer notification at the soft cap (a comment on the ticket issue is posted as well when GitHub is set). */
  onSoftCap?: (notice: SoftCapNotice) => Promise<void> | void;
  logger?: Logger;
  /** Commit identity of the agent's commits. */
  author?: { name: string; email: string };
  /** Clock (ms since epoch), for tests of the session timeout. */
  now?: () => number;
}

export interface SessionStartOptions extends RuntimeOptions {
  /** The working copy (a clone); the runner creates its branch here. */
  repo: string;
  /** The base revision; trusted files (policy, manifest, ticket, skills) are read here. Default HEAD. */
  base?: string;
  /** Repo-relative ticket path, read at base. */
  ticketPath: string;
  /** Default `.github/agent-guards.yml`, read at base. */
  policyPath?: string;
  /** Where session.json, checkpoint.json, the ledger, the trace and the PR body go. */
  sessionDir: string;
  sessionId?: string;
  /** `owner/name` for the ledger and the record; default from github.repo, else from the origin URL, else `local/<dir>`. */
  repoSlug?: string;
  /** Usage ledger path (appended to). Default `<sessionDir>/usage-ledger.jsonl`. */
  ledgerPath?: string;
  /** Trace path (appended to). Default `<sessionDir>/trace.jsonl`. */
  tracePath?: string;
  /** Repo files (read at base) added to the stable prompt prefix as skills/rules text. */
  skillPaths?: string[];
  /**
   * Installed dependencies of another checkout (the user's node_modules or
   * .venv) that the session's commands see read-only at `target` in the
   * working copy: `agent-guards run` works in a fresh worktree, which has none.
   */
  dependencyDirs?: DependencyDir[];
}

export interface DependencyDir {
  source: string;
  target: string;
}

export interface ResumeOptions extends RuntimeOptions {
  /** A file the operator adds to the context packet (a contract, an interface, an example). */
  addContext: string;
  addContextKind?: AddedContext['kind'];
}

export interface SessionResult {
  status: 'done' | 'escalated';
  escalation?: Escalation;
  branch: string;
  headSha: string;
  pr: { number: number; url: string } | null;
  /** The PR description file written when there is no GitHub (and always kept). */
  prBodyPath?: string;
  sessionPath: string;
  ledgerPath: string;
  tracePath: string;
  /** W3C traceparent of the run's session span, for the jobs after it (the pipeline passes it to the guards as TRACEPARENT). */
  traceparent: string;
  /** What the telemetry could not send (a collector that is down): for the log and the step summary. Never fatal. */
  telemetryWarnings: string[];
  tokens: number;
  costUsd: number;
  cacheHitRate: number;
  /** Whether the service's code ran contained, in words (`runner.sandbox`). */
  sandbox: { mode: 'bubblewrap' | 'none'; contained: boolean; summary: string };
}

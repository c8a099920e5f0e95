import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { branchSha, commitOf, mergeIntoBranch, pullCommits, pullFiles } from './github-git.js';

/**
 * A local stand-in for the GitHub REST API: loopback only, random port, in-memory
 * state that tests seed and inspect, injectable faults and a request log. It
 * speaks the response shapes of GitHub's published OpenAPI description for the
 * routes in GITHUB_SERVER_ROUTES (a contract test holds it to that).
 */

export type GitHubHttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A route as GitHub's OpenAPI description names it: method and path template. */
export interface GitHubRoute {
  method: GitHubHttpMethod;
  path: string;
}

export interface GitHubRequestRecord {
  method: string;
  /** `METHOD /path/{template}` of the matched route; undefined for an unknown route. */
  route?: string;
  url: string;
  body: unknown;
  status: number;
  /** performance.now() when the request arrived, for spacing checks. */
  at: number;
}

export type GitHubFaultKind = 'server-error' | 'secondary-rate-limit' | 'primary-rate-limit' | 'forbidden';

export interface GitHubFault {
  /** `METHOD /path/{template}`, e.g. `POST /repos/{owner}/{repo}/issues`; every route when omitted. */
  route?: string;
  kind: GitHubFaultKind;
  /** server-error: 500 (default), 502, 503…; rate limits: 403 (default) or 429. */
  status?: number;
  /** How many matching requests get the fault; default 1, Infinity for a lasting condition. */
  count?: number;
  /** The retry-after header of a secondary rate limit (seconds). */
  retryAfterSeconds?: number;
  /** Seconds until x-ratelimit-reset for a primary rate limit. */
  resetAfterSeconds?: number;
  message?: string;
  /** Apply the request, then answer with the fault: the client sees a failure for something that happened. */
  afterEffect?: boolean;
}

interface StoredUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface GitHubSeedCommit {
  sha?: string;
  message: string;
}

export interface GitHubSeedFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

interface StoredPull {
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  commits: { sha: string; message: string }[];
  files: GitHubSeedFile[];
  merge_commit_sha?: string;
  merged_by?: StoredUser;
}

interface StoredIssue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  user: StoredUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: StoredPull;
}

interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: StoredUser;
  created_at: string;
  updated_at: string;
}

export interface GitHubSeedRule {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface GitHubSeedRuleset {
  name: string;
  target?: 'branch' | 'tag' | 'push';
  enforcement?: 'active' | 'evaluate' | 'disabled';
  /** Ref patterns as GitHub stores them: `refs/heads/main`, `refs/heads/release/*`, `~DEFAULT_BRANCH`, `~ALL`. */
  include: string[];
  exclude?: string[];
  rules: GitHubSeedRule[];
  source_type?: 'Repository' | 'Organization';
}

interface StoredRuleset extends Required<GitHubSeedRuleset> {
  id: number;
}

/** Classic branch protection, in the terms of the PUT request. */
export interface GitHubSeedBranchProtection {
  required_status_checks?: { strict?: boolean; contexts: string[] } | null;
  enforce_admins?: boolean;
  required_pull_request_reviews?: { required_approving_review_count?: number } | null;
  allow_force_pushes?: boolean;
  allow_deletions?: boolean;
  lock_branch?: boolean;
}

export interface GitHubSeedPullRequest {
  title: string;
  body?: string | null;
  head: string;
  base?: string;
  draft?: boolean;
  merged?: boolean;
  state?: 'open' | 'closed';
  author?: string;
  labels?: string[];
  commits?: GitHubSeedCommit[];
  files?: (string | GitHubSeedFile)[];
}

export interface GitHubSeedIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  author?: string;
}

/** A workflow run as a CI stand-in reports it: queued when the event arrives, then in progress, then completed. */
export interface GitHubSeedWorkflowRun {
  /** The workflow's name (`name:` of the file). */
  name: string;
  /** Repo-relative path of the workflow file, e.g. `.github/workflows/ci.yml`. */
  path: string;
  event: string;
  head_sha: string;
  head_branch: string | null;
  /** Who triggered the run (the PR author on `opened`). */
  actor: string;
  /** Numbers of the open pull requests the run is for. */
  pull_requests?: number[];
  /** The commit's message, for head_commit. */
  head_message?: string;
  display_title?: string;
}

export type WorkflowRunStatus = 'queued' | 'in_progress' | 'completed';
export type WorkflowRunConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

interface StoredWorkflowRun extends Required<Omit<GitHubSeedWorkflowRun, 'actor'>> {
  id: number;
  workflow_id: number;
  run_number: number;
  run_attempt: number;
  actor: StoredUser;
  status: WorkflowRunStatus;
  conclusion: WorkflowRunConclusion | null;
  created_at: string;
  updated_at: string;
  run_started_at: string;
}

/** A webhook the server delivers to its listeners after answering the request that caused it. */
export interface GitHubWebhook {
  /** The event name (X-GitHub-Event). */
  name: 'pull_request';
  /** The payload as GitHub sends it: `action`, `number`, `pull_request`, `repository`, `sender`. */
  payload: { action: string; number: number; pull_request: Record<string, unknown>; repository: Record<string, unknown>; sender: Record<string, unknown> };
}

/** GitHub's list caps for a pull request's commits and files. */
export const GITHUB_PULL_COMMITS_CAP = 250;
export const GITHUB_PULL_FILES_CAP = 3000;

/** Every route the server implements, named as in GitHub's OpenAPI description. */
export const GITHUB_SERVER_ROUTES: readonly GitHubRoute[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls' },
  { method: 'POST', path: '/repos/{owner}/{repo}/pulls' },
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}' },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/pulls/{pull_number}' },
  { method: 'PUT', path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge' },
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits' },
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues' },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues' },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}' },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/issues/{issue_number}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/labels/{name}' },
  { method: 'POST', path: '/repos/{owner}/{repo}/labels' },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels' },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/rules/branches/{branch}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/rulesets' },
  { method: 'GET', path: '/repos/{owner}/{repo}/rulesets/{ruleset_id}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/branches/{branch}/protection' },
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs' },
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs/{run_id}' },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}' },
];

const NUMERIC_PARAMS = new Set(['pull_number', 'issue_number', 'comment_id', 'ruleset_id', 'run_id']);
const DOCS = 'https://docs.github.com/rest';
const WEB = 'https://github.com';

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteContext {
  repo: GitHubRepoState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The request URL made absolute against this server, for Link headers and `url` fields. */
  requestUrl: URL;
  viewer: StoredUser;
}

type Handler = (ctx: RouteContext) => Reply;

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Workflow runs keep milliseconds: a local CI run lasts seconds, and its time to green is what the dashboard measures. */
function preciseTimestamp(): string {
  return new Date().toISOString();
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

function errorBody(status: number, message: string): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status) };
}

function validationFailed(resource: string, field: string, code: string, message?: string): Reply {
  const error: Record<string, unknown> = { resource, field, code };
  if (message) error.message = message;
  return { status: 422, body: { ...errorBody(422, 'Validation Failed'), errors: [error] } };
}

function notFound(message = 'Not Found'): Reply {
  return { status: 404, body: errorBody(404, message) };
}

/** fnmatch as rulesets use it: `*` stops at `/`, `**` crosses it, `?` is one character. */
export function rulesetPatternToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** One repository's state. Tests seed it (addIssue, addRuleset, setBranchProtection…) and read it back. */
export class GitHubRepoState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  defaultBranch = 'main';
  readonly branches = new Set<string>(['main']);
  readonly labels = new Map<string, StoredLabel>();
  readonly issues = new Map<number, StoredIssue>();
  readonly comments: StoredComment[] = [];
  readonly rulesets: StoredRuleset[] = [];
  readonly protections = new Map<string, GitHubSeedBranchProtection>();
  readonly workflowRuns: StoredWorkflowRun[] = [];
  private readonly workflowIds = new Map<string, number>();
  /**
   * A bare repository holding this repository's git data (the remote clients
   * push to): pull requests then read their head, base, commits and files
   * from it, and a merge writes a merge commit to the base branch.
   */
  gitDir?: string;
  private nextNumber = 1;

  constructor(
    private readonly server: GitHubServer,
    fullName: string,
    id: number,
  ) {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`repository names look like owner/name, got '${fullName}'`);
    this.owner = owner;
    this.name = name;
    this.id = id;
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  user(login: string): StoredUser {
    return this.server.user(login);
  }

  addBranch(name: string): this {
    this.branches.add(name);
    return this;
  }

  addLabel(name: string, options: { color?: string; description?: string } = {}): StoredLabel {
    const existing = this.labels.get(name.toLowerCase());
    if (existing) return existing;
    const label: StoredLabel = {
      id: this.server.nextId(),
      name,
      color: options.color ?? 'ededed',
      description: options.description ?? null,
      default: false,
    };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  addIssue(seed: GitHubSeedIssue): number {
    for (const label of seed.labels ?? []) this.addLabel(label);
    const now = timestamp();
    const number = this.nextNumber++;
    this.issues.set(number, {
      number,
      id: this.server.nextId(),
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      labels: [...(seed.labels ?? [])],
      user: this.user(seed.author ?? this.server.viewerLogin),
      created_at: now,
      updated_at: now,
      closed_at: seed.state === 'closed' ? now : null,
    });
    return number;
  }

  addPullRequest(seed: GitHubSeedPullRequest): number {
    const base = seed.base ?? this.defaultBranch;
    const fromGit = this.gitDir && !seed.commits ? this.readPull(base, seed.head) : undefined;
    const number = this.addIssue({ ...seed, state: seed.merged ? 'closed' : seed.state });
    const issue = this.issues.get(number) as StoredIssue;
    const commits =
      fromGit?.commits ??
      (seed.commits ?? [{ message: seed.title }]).map((c, i) => ({
        sha: c.sha ?? sha1(`${this.fullName}#${number}:${i}:${c.message}`),
        message: c.message,
      }));
    this.branches.add(seed.head);
    this.branches.add(base);
    issue.pull = {
      head: { ref: seed.head, sha: fromGit?.headSha ?? commits.at(-1)?.sha ?? sha1(`${seed.head}@${number}`) },
      base: { ref: base, sha: fromGit?.baseSha ?? sha1(`${base}@${number}`) },
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      commits,
      files: fromGit?.files ?? (seed.files ?? []).map((f) => (typeof f === 'string' ? { filename: f } : f)),
    };
    return number;
  }

  /** A pull request's data from the backing repository; undefined when the head branch is not there. */
  private readPull(base: string, head: string): { headSha: string; baseSha: string; commits: { sha: string; message: string }[]; files: GitHubSeedFile[] } | undefined {
    const headSha = branchSha(this.gitDir!, head);
    const baseSha = branchSha(this.gitDir!, base);
    if (!headSha || !baseSha) return undefined;
    return { headSha, baseSha, commits: pullCommits(this.gitDir!, baseSha, headSha), files: pullFiles(this.gitDir!, baseSha, headSha) };
  }

  /** Re-reads an open pull request from the backing repository (a push to its head branch moves it). */
  refreshPull(number: number): void {
    const issue = this.issues.get(number);
    if (!this.gitDir || !issue?.pull || issue.state !== 'open') return;
    const read = this.readPull(issue.pull.base.ref, issue.pull.head.ref);
    if (!read) return;
    issue.pull.head.sha = read.headSha;
    issue.pull.base.sha = read.baseSha;
    issue.pull.commits = read.commits;
    issue.pull.files = read.files;
  }

  /**
   * Merges an open pull request as `PUT …/merge` does: with a backing
   * repository a merge commit lands on the base branch; the PR closes as
   * merged and a `closed` webhook goes out. Returns why it cannot, or the
   * merge commit.
   */
  mergePull(number: number, by: string, options: { sha?: string; commitTitle?: string } = {}): { sha: string } | { status: 405 | 409; message: string } {
    this.refreshPull(number);
    const issue = this.issues.get(number);
    const pull = issue?.pull;
    if (!issue || !pull) return { status: 405, message: 'Pull Request is not mergeable' };
    if (issue.state !== 'open' || pull.merged) return { status: 405, message: 'Pull Request is not mergeable' };
    if (options.sha && options.sha !== pull.head.sha) return { status: 409, message: 'Head branch was modified. Review and try the merge again.' };
    const title = options.commitTitle ?? `Merge pull request #${number} from ${this.owner}/${pull.head.ref}`;
    let sha = sha1(`merge:${this.fullName}#${number}:${pull.head.sha}`);
    if (this.gitDir) {
      const merged = mergeIntoBranch(this.gitDir, { base: pull.base.ref, head: pull.head.sha, message: `${title}\n\n${issue.title}`, committer: { name: by, email: `${by.replace(/[^A-Za-z0-9.-]/g, '')}@users.noreply.github.com` } });
      if ('conflict' in merged) return { status: 405, message: `Pull Request is not mergeable: ${merged.conflict}` };
      sha = merged.sha;
    }
    const now = timestamp();
    pull.merged = true;
    pull.merge_commit_sha = sha;
    pull.merged_by = this.user(by);
    issue.state = 'closed';
    issue.closed_at = now;
    issue.updated_at = now;
    this.server.emitPullRequest(this, issue, 'closed', by);
    return { sha };
  }

  /** Closes an open pull request without merging it (`PATCH …/pulls/{n}` with state closed). */
  closePull(number: number, by: string): boolean {
    const issue = this.issues.get(number);
    if (!issue?.pull || issue.state !== 'open') return false;
    const now = timestamp();
    issue.state = 'closed';
    issue.closed_at = now;
    issue.updated_at = now;
    this.server.emitPullRequest(this, issue, 'closed', by);
    return true;
  }

  /** A workflow run, queued (what GitHub shows the moment an event triggers a workflow). Returns its id. */
  queueWorkflowRun(seed: GitHubSeedWorkflowRun): number {
    const now = preciseTimestamp();
    const workflowId = this.workflowIds.get(seed.path) ?? this.server.nextId();
    this.workflowIds.set(seed.path, workflowId);
    const id = this.server.nextId();
    this.workflowRuns.push({
      name: seed.name,
      path: seed.path,
      event: seed.event,
      head_sha: seed.head_sha,
      head_branch: seed.head_branch,
      pull_requests: seed.pull_requests ?? [],
      head_message: seed.head_message ?? '',
      display_title: seed.display_title ?? seed.name,
      id,
      workflow_id: workflowId,
      run_number: this.workflowRuns.filter((r) => r.workflow_id === workflowId).length + 1,
      run_attempt: 1,
      actor: this.user(seed.actor),
      status: 'queued',
      conclusion: null,
      created_at: now,
      updated_at: now,
      run_started_at: now,
    });
    return id;
  }

  /** A run a runner picked up. */
  startWorkflowRun(id: number): void {
    const run = this.workflowRun(id);
    const now = preciseTimestamp();
    run.status = 'in_progress';
    run.run_started_at = now;
    run.updated_at = now;
  }

  /** A run that finished, with its conclusion. */
  completeWorkflowRun(id: number, conclusion: WorkflowRunConclusion): void {
    const run = this.workflowRun(id);
    run.status = 'completed';
    run.conclusion = conclusion;
    run.updated_at = preciseTimestamp();
  }

  workflowRun(id: number): StoredWorkflowRun {
    const run = this.workflowRuns.find((r) => r.id === id);
    if (!run) throw new Error(`no workflow run ${id} in ${this.fullName}`);
    return run;
  }

  addComment(issueNumber: number, body: string, author?: string): number {
    const now = timestamp();
    const id = this.server.nextId();
    this.comments.push({ id, issueNumber, body, user: this.user(author ?? this.server.viewerLogin), created_at: now, updated_at: now });
    return id;
  }

  addRuleset(seed: GitHubSeedRuleset): number {
    const id = this.server.nextId();
    this.rulesets.push({
      id,
      name: seed.name,
      target: seed.target ?? 'branch',
      enforcement: seed.enforcement ?? 'active',
      include: seed.include,
      exclude: seed.exclude ?? [],
      rules: seed.rules,
      source_type: seed.source_type ?? 'Repository',
    });
    return id;
  }

  setBranchProtection(branch: string, protection: GitHubSeedBranchProtection): this {
    this.branches.add(branch);
    this.protections.set(branch, protection);
    return this;
  }

  /** This repository's whole state as JSON-safe data (GitHubServer.snapshot). */
  toSnapshot(): GitHubRepoSnapshot {
    return {
      full_name: this.fullName,
      id: this.id,
      default_branch: this.defaultBranch,
      ...(this.gitDir ? { git_dir: this.gitDir } : {}),
      branches: [...this.branches],
      labels: [...this.labels.values()],
      issues: [...this.issues.values()],
      comments: this.comments,
      rulesets: this.rulesets,
      protections: Object.fromEntries(this.protections),
      workflow_runs: this.workflowRuns,
      next_number: this.nextNumber,
    };
  }

  /** Loads a snapshot taken by toSnapshot into this (empty) state. */
  restore(snapshot: GitHubRepoSnapshot): void {
    this.defaultBranch = snapshot.default_branch;
    if (snapshot.git_dir) this.gitDir = snapshot.git_dir;
    for (const b of snapshot.branches) this.branches.add(b);
    for (const l of snapshot.labels) this.labels.set(l.name.toLowerCase(), l);
    for (const i of snapshot.issues) this.issues.set(i.number, i);
    this.comments.push(...snapshot.comments);
    this.rulesets.push(...snapshot.rulesets);
    for (const [branch, p] of Object.entries(snapshot.protections)) this.protections.set(branch, p);
    this.workflowRuns.push(...snapshot.workflow_runs);
    for (const r of snapshot.workflow_runs) this.workflowIds.set(r.path, r.workflow_id);
    this.nextNumber = snapshot.next_number;
  }

  /** Issues (not pull requests), in creation order. */
  issueList(): StoredIssue[] {
    return [...this.issues.values()].filter((i) => !i.pull);
  }

  pullRequestList(): StoredIssue[] {
    return [...this.issues.values()].filter((i) => i.pull);
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  labelsOn(issueNumber: number): string[] {
    return [...(this.issues.get(issueNumber)?.labels ?? [])];
  }

  /** Ruleset rules that apply to a branch, as GET rules/branches/{branch} computes them. */
  rulesForBranch(branch: string): { rule: GitHubSeedRule; ruleset: StoredRuleset }[] {
    const ref = `refs/heads/${branch}`;
    const matches = (pattern: string): boolean => {
      if (pattern === '~ALL') return true;
      if (pattern === '~DEFAULT_BRANCH') return branch === this.defaultBranch;
      return rulesetPatternToRegExp(pattern).test(ref);
    };
    return this.rulesets
      .filter((r) => r.target === 'branch' && r.enforcement === 'active')
      .filter((r) => r.include.some(matches) && !r.exclude.some(matches))
      .flatMap((ruleset) => ruleset.rules.map((rule) => ({ rule, ruleset })));
  }
}

/** One repository's state as JSON (GitHubRepoState.toSnapshot). */
export interface GitHubRepoSnapshot {
  full_name: string;
  id: number;
  default_branch: string;
  git_dir?: string;
  branches: string[];
  labels: StoredLabel[];
  issues: StoredIssue[];
  comments: StoredComment[];
  rulesets: StoredRuleset[];
  protections: Record<string, GitHubSeedBranchProtection>;
  workflow_runs: StoredWorkflowRun[];
  next_number: number;
}

/** The server's state as JSON: `--keep` writes it, `GitHubServer.start({ snapshot })` serves it again. */
export interface GitHubServerSnapshot {
  version: 1;
  id_counter: number;
  viewer: string;
  repos: GitHubRepoSnapshot[];
}

export interface GitHubServerOptions {
  /** The one token clients must present (its user is `viewer`). */
  token?: string;
  /** Tokens and the login each one acts as: a PR opened with a token is authored by its login. */
  tokens?: Record<string, string>;
  /** The login of `token` (default github-actions[bot]). */
  viewer?: string;
  /** Default: a random free port. */
  port?: number;
  /** State to start from (GitHubServer.snapshot of an earlier server). */
  snapshot?: GitHubServerSnapshot;
}

/** The GitHub REST stand-in. Start it with `GitHubServer.start()`, close it in afterAll/afterEach. */
export class GitHubServer {
  readonly requests: GitHubRequestRecord[] = [];
  readonly viewerLogin: string;
  private readonly repos = new Map<string, GitHubRepoState>();
  private readonly users = new Map<string, StoredUser>();
  private readonly faults: (GitHubFault & { remaining: number })[] = [];
  private readonly routes: { spec: GitHubRoute; pattern: RegExp; names: string[]; handler: Handler }[];
  private readonly webhookListeners: ((hook: GitHubWebhook) => void)[] = [];
  /** Webhooks caused by the request being answered, delivered once its response is sent. */
  private readonly undelivered: GitHubWebhook[] = [];
  private idCounter = 1000;
  private httpServer?: Server;
  private baseUrl = '';

  private constructor(private readonly options: GitHubServerOptions) {
    this.viewerLogin = options.viewer ?? 'github-actions[bot]';
    const handlers = this.handlers();
    this.routes = GITHUB_SERVER_ROUTES.map((spec) => {
      const names: string[] = [];
      const source = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return NUMERIC_PARAMS.has(name) ? '(\\d+)' : '([^/]+)';
      });
      const handler = handlers[`${spec.method} ${spec.path}`];
      if (!handler) throw new Error(`no handler for ${spec.method} ${spec.path}`);
      return { spec, pattern: new RegExp(`^${source}$`), names, handler };
    });
  }

  /**
   * Starts on 127.0.0.1 (a random port unless `port` is given). `token`,
   * when given, must be presented by clients; `tokens` gives each client its
   * own login (the viewer of its requests), as GitHub's tokens do.
   */
  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    const server = new GitHubServer(options);
    if (options.snapshot) server.restore(options.snapshot);
    await server.listen(options.port ?? 0);
    return server;
  }

  /** Called with every webhook, after the response to the request that caused it is sent (as GitHub delivers them: asynchronously). */
  onWebhook(listener: (hook: GitHubWebhook) => void): this {
    this.webhookListeners.push(listener);
    return this;
  }

  /** A `pull_request` webhook for a change the state made (opened, closed). */
  emitPullRequest(repo: GitHubRepoState, issue: StoredIssue, action: 'opened' | 'closed' | 'synchronize', sender: string): void {
    const shapes = new Shapes(() => this.baseUrl);
    this.undelivered.push({
      name: 'pull_request',
      payload: { action, number: issue.number, pull_request: shapes.pullRequest(repo, issue), repository: shapes.repository(repo), sender: shapes.user(this.user(sender)) },
    });
    // A change made through the state API (no request in flight) is delivered on the next tick.
    if (!this.answering) setImmediate(() => this.deliverWebhooks());
  }

  private answering = false;

  private deliverWebhooks(): void {
    for (const hook of this.undelivered.splice(0)) for (const listener of this.webhookListeners) listener(hook);
  }

  /** Every repository's state. */
  repositories(): GitHubRepoState[] {
    return [...this.repos.values()];
  }

  /** The whole state as JSON-safe data, to write to a file and serve again later. */
  snapshot(): GitHubServerSnapshot {
    return { version: 1, id_counter: this.idCounter, viewer: this.viewerLogin, repos: this.repositories().map((r) => r.toSnapshot()) };
  }

  private restore(snapshot: GitHubServerSnapshot): void {
    if (snapshot.version !== 1) throw new Error(`unsupported GitHub server snapshot version ${String(snapshot.version)}`);
    for (const r of snapshot.repos) {
      const state = new GitHubRepoState(this, r.full_name, r.id);
      state.restore(r);
      this.repos.set(r.full_name.toLowerCase(), state);
      for (const i of r.issues) this.users.set(i.user.login, i.user);
    }
    this.idCounter = Math.max(this.idCounter, snapshot.id_counter);
  }

  /** The base URL to give a client (`baseUrl`). */
  get url(): string {
    return this.baseUrl;
  }

  async close(): Promise<void> {
    const http = this.httpServer;
    if (!http) return;
    this.httpServer = undefined;
    http.closeAllConnections();
    await new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve())));
  }

  /** The state of `owner/name`, created empty on first use. */
  repo(fullName: string): GitHubRepoState {
    const key = fullName.toLowerCase();
    let state = this.repos.get(key);
    if (!state) {
      state = new GitHubRepoState(this, fullName, this.nextId());
      this.repos.set(key, state);
    }
    return state;
  }

  user(login: string): StoredUser {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: this.nextId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login, user);
    }
    return user;
  }

  nextId(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  /** Queues a fault for the next matching request(s). */
  inject(fault: GitHubFault): this {
    if (fault.route && !this.routes.some((r) => `${r.spec.method} ${r.spec.path}` === fault.route)) {
      throw new Error(`the server has no route '${fault.route}'`);
    }
    this.faults.push({ ...fault, remaining: fault.count ?? 1 });
    return this;
  }

  clearFaults(): this {
    this.faults.length = 0;
    return this;
  }

  /** Requests made to one route (`METHOD /path/{template}`). */
  requestsTo(route: string): GitHubRequestRecord[] {
    return this.requests.filter((r) => r.route === route);
  }

  private listen(port: number): Promise<void> {
    const http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(errorBody(500, `test server failure: ${String(error)}`)));
      });
    });
    this.httpServer = http;
    return new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => {
        const { port } = http.address() as AddressInfo;
        this.baseUrl = `http://127.0.0.1:${port}`;
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const method = req.method ?? 'GET';
    const requestUrl = new URL(req.url ?? '/', this.baseUrl);
    const raw = await readBody(req);
    let body: unknown = undefined;
    let reply: Reply;
    const match = this.match(method, requestUrl.pathname);
    const route = match ? `${match.spec.method} ${match.spec.path}` : undefined;
    this.answering = true;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
      reply = this.dispatch(req, match, requestUrl, body);
    } catch {
      reply = { status: 400, body: errorBody(400, 'Problems parsing JSON') };
    } finally {
      this.answering = false;
    }
    res.once('finish', () => setImmediate(() => this.deliverWebhooks()));
    this.requests.push({ method, route, url: requestUrl.pathname + requestUrl.search, body, status: reply.status, at });
    res.statusCode = reply.status;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      ...reply.headers,
    };
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (reply.body === undefined) {
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(reply.body));
  }

  private match(method: string, pathname: string): { spec: GitHubRoute; params: Record<string, string>; handler: Handler } | undefined {
    for (const route of this.routes) {
      if (route.spec.method !== method) continue;
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { spec: route.spec, params, handler: route.handler };
    }
    return undefined;
  }

  private dispatch(
    req: IncomingMessage,
    match: ReturnType<GitHubServer['match']>,
    requestUrl: URL,
    body: unknown,
  ): Reply {
    let viewer = this.viewerLogin;
    if (this.options.token || this.options.tokens) {
      const auth = req.headers.authorization ?? '';
      const presented = auth.replace(/^(token|bearer)\s+/i, '');
      const login = this.options.tokens?.[presented] ?? (presented === this.options.token ? this.viewerLogin : undefined);
      if (login === undefined) return { status: 401, body: errorBody(401, 'Bad credentials') };
      viewer = login;
    }
    const routeName = match ? `${match.spec.method} ${match.spec.path}` : undefined;
    const fault = this.takeFault(routeName);
    if (fault && !fault.afterEffect) return faultReply(fault);
    if (!match) return notFound();
    const { owner, repo } = match.params;
    const state = this.repos.get(`${owner}/${repo}`.toLowerCase());
    const reply = state
      ? match.handler({
          repo: state,
          params: match.params,
          query: requestUrl.searchParams,
          body: (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>,
          requestUrl,
          viewer: this.user(viewer),
        })
      : notFound();
    return fault ? faultReply(fault) : reply;
  }

  private takeFault(route: string | undefined): GitHubFault | undefined {
    const index = this.faults.findIndex((f) => f.remaining > 0 && (f.route === undefined || f.route === route));
    if (index < 0) return undefined;
    const fault = this.faults[index] as GitHubFault & { remaining: number };
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private handlers(): Record<string, Handler> {
    const shapes = new Shapes(() => this.baseUrl);
    const issueOr404 = (ctx: RouteContext): StoredIssue | undefined => ctx.repo.issues.get(Number(ctx.params.issue_number));
    const pullOr404 = (ctx: RouteContext): StoredIssue | undefined => {
      const issue = ctx.repo.issues.get(Number(ctx.params.pull_number));
      return issue?.pull ? issue : undefined;
    };
    const touch = (issue: StoredIssue): void => {
      issue.updated_at = timestamp();
    };

    return {
      'GET /repos/{owner}/{repo}/pulls': (ctx) => {
        const state = ctx.query.get('state') ?? 'open';
        const head = ctx.query.get('head');
        const base = ctx.query.get('base');
        const pulls = ctx.repo
          .pullRequestList()
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => !head || `${ctx.repo.owner}:${p.pull?.head.ref}`.toLowerCase() === head.toLowerCase())
          .filter((p) => !base || p.pull?.base.ref === base)
          .reverse();
        return paginate(ctx, pulls, (p) => shapes.pullRequest(ctx.repo, p));
      },
      'POST /repos/{owner}/{repo}/pulls': (ctx) => {
        const { title, head, base, body, draft } = ctx.body;
        if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string') {
          return validationFailed('PullRequest', 'head', 'missing_field');
        }
        const headRef = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
        const open = ctx.repo.pullRequestList().find((p) => p.state === 'open' && p.pull?.head.ref === headRef && p.pull.base.ref === base);
        if (open) {
          return validationFailed('PullRequest', 'head', 'custom', `A pull request already exists for ${ctx.repo.owner}:${headRef}.`);
        }
        // With a backing repository, as on GitHub: the head branch must have been pushed.
        if (ctx.repo.gitDir && !branchSha(ctx.repo.gitDir, headRef)) return validationFailed('PullRequest', 'head', 'invalid');
        if (ctx.repo.gitDir && !branchSha(ctx.repo.gitDir, base)) return validationFailed('PullRequest', 'base', 'invalid');
        const number = ctx.repo.addPullRequest({
          title,
          head: headRef,
          base,
          body: typeof body === 'string' ? body : null,
          draft: draft === true,
          author: ctx.viewer.login,
        });
        const pr = ctx.repo.issues.get(number) as StoredIssue;
        this.emitPullRequest(ctx.repo, pr, 'opened', ctx.viewer.login);
        return { status: 201, body: shapes.pullRequest(ctx.repo, pr), headers: { location: shapes.api(ctx.repo, `pulls/${number}`) } };
      },
      'GET /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
        const pr = pullOr404(ctx);
        if (pr) ctx.repo.refreshPull(pr.number);
        return pr ? { status: 200, body: shapes.pullRequest(ctx.repo, pr) } : notFound();
      },
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
        const pr = pullOr404(ctx);
        if (!pr) return notFound();
        const { title, body, state } = ctx.body;
        if (state !== undefined && state !== 'open' && state !== 'closed') return validationFailed('PullRequest', 'state', 'invalid');
        if (typeof title === 'string') pr.title = title;
        if (typeof body === 'string' || body === null) pr.body = body;
        if (state === 'closed' && pr.state === 'open') ctx.repo.closePull(pr.number, ctx.viewer.login);
        touch(pr);
        return { status: 200, body: shapes.pullRequest(ctx.repo, pr) };
      },
      'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': (ctx) => {
        const pr = pullOr404(ctx);
        if (!pr) return notFound();
        const { sha, commit_title: commitTitle } = ctx.body;
        const merged = ctx.repo.mergePull(pr.number, ctx.viewer.login, { ...(typeof sha === 'string' ? { sha } : {}), ...(typeof commitTitle === 'string' ? { commitTitle } : {}) });
        if ('status' in merged) return { status: merged.status, body: errorBody(merged.status, merged.message) };
        return { status: 200, body: { sha: merged.sha, merged: true, message: 'Pull Request successfully merged' } };
      },
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': (ctx) => {
        const pr = pullOr404(ctx);
        if (!pr?.pull) return notFound();
        const commits = pr.pull.commits.slice(0, GITHUB_PULL_COMMITS_CAP);
        return paginate(ctx, commits, (c, i) => shapes.commit(ctx.repo, c, commits[i - 1]?.sha ?? pr.pull?.base.sha ?? ''));
      },
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (ctx) => {
        const pr = pullOr404(ctx);
        if (!pr?.pull) return notFound();
        const perPage = perPageOf(ctx);
        // GitHub answers 422 past the 3000-file window rather than an empty page.
        if ((pageOf(ctx) - 1) * perPage >= GITHUB_PULL_FILES_CAP) {
          return { status: 422, body: errorBody(422, 'Sorry, this diff is taking too long to generate.') };
        }
        return paginate(ctx, pr.pull.files.slice(0, GITHUB_PULL_FILES_CAP), (f) => shapes.diffEntry(ctx.repo, pr, f));
      },
      'GET /repos/{owner}/{repo}/issues': (ctx) => {
        const state = ctx.query.get('state') ?? 'open';
        const wanted = (ctx.query.get('labels') ?? '')
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean);
        const issues = [...ctx.repo.issues.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
          .reverse();
        return paginate(ctx, issues, (i) => shapes.issue(ctx.repo, i));
      },
      'POST /repos/{owner}/{repo}/issues': (ctx) => {
        const { title, body, labels } = ctx.body;
        if (typeof title !== 'string' || title.length === 0) return validationFailed('Issue', 'title', 'missing_field');
        const number = ctx.repo.addIssue({
          title,
          body: typeof body === 'string' ? body : null,
          labels: Array.isArray(labels) ? labels.map(String) : [],
          author: ctx.viewer.login,
        });
        const issue = ctx.repo.issues.get(number) as StoredIssue;
        return { status: 201, body: shapes.issue(ctx.repo, issue), headers: { location: shapes.api(ctx.repo, `issues/${number}`) } };
      },
      'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
        const issue = issueOr404(ctx);
        return issue ? { status: 200, body: shapes.issue(ctx.repo, issue) } : notFound();
      },
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
        const issue = issueOr404(ctx);
        if (!issue) return notFound();
        const { title, body, state, labels } = ctx.body;
        if (typeof title === 'string') issue.title = title;
        if (typeof body === 'string' || body === null) issue.body = body;
        if (state === 'open' || state === 'closed') {
          issue.closed_at = state === 'closed' ? timestamp() : null;
          issue.state = state;
        }
        if (Array.isArray(labels)) {
          issue.labels = labels.map(String);
          for (const l of issue.labels) ctx.repo.addLabel(l);
        }
        touch(issue);
        return { status: 200, body: shapes.issue(ctx.repo, issue) };
      },
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
        const issue = issueOr404(ctx);
        if (!issue) return notFound();
        return paginate(ctx, ctx.repo.commentsOn(issue.number), (c) => shapes.comment(ctx.repo, c));
      },
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
        const issue = issueOr404(ctx);
        if (!issue) return notFound();
        const { body } = ctx.body;
        if (typeof body !== 'string' || body.length === 0) return validationFailed('IssueComment', 'body', 'missing_field');
        if (body.length > 65_536) return validationFailed('IssueComment', 'body', 'custom', 'Body is too long (maximum is 65536 characters)');
        const id = ctx.repo.addComment(issue.number, body, ctx.viewer.login);
        const comment = ctx.repo.comments.find((c) => c.id === id) as StoredComment;
        touch(issue);
        return { status: 201, body: shapes.comment(ctx.repo, comment), headers: { location: shapes.api(ctx.repo, `issues/comments/${id}`) } };
      },
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
        const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
        if (!comment) return notFound();
        const { body } = ctx.body;
        if (typeof body !== 'string' || body.length === 0) return validationFailed('IssueComment', 'body', 'missing_field');
        if (body.length > 65_536) return validationFailed('IssueComment', 'body', 'custom', 'Body is too long (maximum is 65536 characters)');
        comment.body = body;
        comment.updated_at = timestamp();
        return { status: 200, body: shapes.comment(ctx.repo, comment) };
      },
      'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
        const label = ctx.repo.labels.get((ctx.params.name ?? '').toLowerCase());
        return label ? { status: 200, body: shapes.label(ctx.repo, label) } : notFound();
      },
      'POST /repos/{owner}/{repo}/labels': (ctx) => {
        const { name, color, description } = ctx.body;
        if (typeof name !== 'string' || name.length === 0) return validationFailed('Label', 'name', 'missing_field');
        if (ctx.repo.labels.has(name.toLowerCase())) return validationFailed('Label', 'name', 'already_exists');
        const label = ctx.repo.addLabel(name, {
          color: typeof color === 'string' ? color : undefined,
          description: typeof description === 'string' ? description : undefined,
        });
        return { status: 201, body: shapes.label(ctx.repo, label) };
      },
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
        const issue = issueOr404(ctx);
        if (!issue) return notFound();
        const raw: unknown = Array.isArray(ctx.body) ? ctx.body : ctx.body.labels;
        if (!Array.isArray(raw)) return validationFailed('Label', 'labels', 'missing_field');
        for (const name of raw.map(String)) {
          // Like GitHub, adding a label the repository lacks creates it.
          const label = ctx.repo.addLabel(name);
          if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) issue.labels.push(label.name);
        }
        touch(issue);
        return { status: 200, body: issue.labels.map((l) => shapes.label(ctx.repo, ctx.repo.addLabel(l))) };
      },
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
        const issue = issueOr404(ctx);
        if (!issue) return notFound();
        const name = (ctx.params.name ?? '').toLowerCase();
        const index = issue.labels.findIndex((l) => l.toLowerCase() === name);
        if (index < 0) return notFound('Label does not exist');
        issue.labels.splice(index, 1);
        touch(issue);
        return { status: 200, body: issue.labels.map((l) => shapes.label(ctx.repo, ctx.repo.addLabel(l))) };
      },
      'GET /repos/{owner}/{repo}/rules/branches/{branch}': (ctx) => {
        const rules = ctx.repo.rulesForBranch(ctx.params.branch ?? '');
        return paginate(ctx, rules, ({ rule, ruleset }) => ({
          ...shapes.rule(rule),
          ruleset_source_type: ruleset.source_type,
          ruleset_source: ruleset.source_type === 'Organization' ? ctx.repo.owner : ctx.repo.fullName,
          ruleset_id: ruleset.id,
        }));
      },
      'GET /repos/{owner}/{repo}/rulesets': (ctx) => {
        const includeParents = ctx.query.get('includes_parents') !== 'false';
        const rulesets = ctx.repo.rulesets.filter((r) => includeParents || r.source_type === 'Repository');
        return paginate(ctx, rulesets, (r) => shapes.rulesetSummary(ctx.repo, r));
      },
      'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': (ctx) => {
        const ruleset = ctx.repo.rulesets.find((r) => r.id === Number(ctx.params.ruleset_id));
        return ruleset ? { status: 200, body: shapes.ruleset(ctx.repo, ruleset) } : notFound();
      },
      'GET /repos/{owner}/{repo}/branches/{branch}/protection': (ctx) => {
        const branch = ctx.params.branch ?? '';
        if (!ctx.repo.branches.has(branch)) return notFound('Branch not found');
        const protection = ctx.repo.protections.get(branch);
        return protection ? { status: 200, body: shapes.branchProtection(ctx.repo, branch, protection) } : notFound('Branch not protected');
      },
      'GET /repos/{owner}/{repo}/actions/runs': (ctx) => {
        const q = ctx.query;
        const status = q.get('status');
        const runs = ctx.repo.workflowRuns
          .filter((r) => !q.get('actor') || r.actor.login === q.get('actor'))
          .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
          .filter((r) => !q.get('event') || r.event === q.get('event'))
          .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
          .filter((r) => !status || r.status === status || r.conclusion === status)
          .reverse();
        const excludePulls = q.get('exclude_pull_requests') === 'true';
        const page = paginate(ctx, runs, (r) => shapes.workflowRun(ctx.repo, r, excludePulls));
        return { ...page, body: { total_count: runs.length, workflow_runs: page.body } };
      },
      'GET /repos/{owner}/{repo}/commits/{ref}': (ctx) => {
        // Commits live in the repository's git data; a repository without any has none to show.
        const commit = ctx.repo.gitDir ? commitOf(ctx.repo.gitDir, ctx.params.ref ?? '') : undefined;
        if (!commit) return { status: 422, body: errorBody(422, `No commit found for SHA: ${ctx.params.ref ?? ''}`) };
        return { status: 200, body: shapes.commit(ctx.repo, commit, commit.parents[0] ?? '') };
      },
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (ctx) => {
        const run = ctx.repo.workflowRuns.find((r) => r.id === Number(ctx.params.run_id));
        return run ? { status: 200, body: shapes.workflowRun(ctx.repo, run, false) } : notFound();
      },
    };
  }
}

function faultReply(fault: GitHubFault): Reply {
  switch (fault.kind) {
    case 'server-error': {
      const status = fault.status ?? 500;
      return { status, body: errorBody(status, fault.message ?? 'Server Error') };
    }
    case 'secondary-rate-limit': {
      const status = fault.status ?? 403;
      return {
        status,
        body: errorBody(
          status,
          fault.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        ),
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
      };
    }
    case 'primary-rate-limit': {
      const status = fault.status ?? 403;
      const reset = Math.ceil(Date.now() / 1000) + (fault.resetAfterSeconds ?? 60);
      return {
        status,
        body: errorBody(status, fault.message ?? 'API rate limit exceeded for installation.'),
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
      };
    }
    case 'forbidden':
      return { status: fault.status ?? 403, body: errorBody(fault.status ?? 403, fault.message ?? 'Resource not accessible by integration') };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function perPageOf(ctx: RouteContext): number {
  const n = Number(ctx.query.get('per_page') ?? 30);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 30;
}

function pageOf(ctx: RouteContext): number {
  const n = Number(ctx.query.get('page') ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** One page of a list with GitHub's Link header (first/prev/next/last). */
function paginate<T>(ctx: RouteContext, items: T[], render: (item: T, index: number) => unknown): Reply {
  const perPage = perPageOf(ctx);
  const page = pageOf(ctx);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page - 1) * perPage;
  const body = items.slice(start, start + perPage).map((item, i) => render(item, start + i));
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.requestUrl);
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

/** Builds response objects with every property the OpenAPI description requires. */
class Shapes {
  constructor(private readonly base: () => string) {}

  api(repo: GitHubRepoState, rest: string): string {
    return `${this.base()}/repos/${repo.fullName}/${rest}`;
  }

  user(user: StoredUser): Record<string, unknown> {
    const url = `${this.base()}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId('User', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${WEB}/${user.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repository(repo: GitHubRepoState): Record<string, unknown> {
    const url = `${this.base()}/repos/${repo.fullName}`;
    const templated: Record<string, string> = {
      archive_url: '/{archive_format}{/ref}',
      assignees_url: '/assignees{/user}',
      blobs_url: '/git/blobs{/sha}',
      branches_url: '/branches{/branch}',
      collaborators_url: '/collaborators{/collaborator}',
      comments_url: '/comments{/number}',
      commits_url: '/commits{/sha}',
      compare_url: '/compare/{base}...{head}',
      contents_url: '/contents/{+path}',
      contributors_url: '/contributors',
      deployments_url: '/deployments',
      downloads_url: '/downloads',
      events_url: '/events',
      forks_url: '/forks',
      git_commits_url: '/git/commits{/sha}',
      git_refs_url: '/git/refs{/sha}',
      git_tags_url: '/git/tags{/sha}',
      hooks_url: '/hooks',
      issue_comment_url: '/issues/comments{/number}',
      issue_events_url: '/issues/events{/number}',
      issues_url: '/issues{/number}',
      keys_url: '/keys{/key_id}',
      labels_url: '/labels{/name}',
      languages_url: '/languages',
      merges_url: '/merges',
      milestones_url: '/milestones{/number}',
      notifications_url: '/notifications{?since,all,participating}',
      pulls_url: '/pulls{/number}',
      releases_url: '/releases{/id}',
      stargazers_url: '/stargazers',
      statuses_url: '/statuses/{sha}',
      subscribers_url: '/subscribers',
      subscription_url: '/subscription',
      tags_url: '/tags',
      teams_url: '/teams',
      trees_url: '/git/trees{/sha}',
    };
    const urls = Object.fromEntries(Object.entries(templated).map(([k, v]) => [k, `${url}${v}`]));
    const html = `${WEB}/${repo.fullName}`;
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.user(repo.owner)),
      private: true,
      html_url: html,
      description: null,
      fork: false,
      url,
      ...urls,
      clone_url: `${html}.git`,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      svn_url: html,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues: 0,
      open_issues_count: 0,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      archived: false,
      disabled: false,
      visibility: 'private',
      license: null,
      pushed_at: '2026-01-01T00:00:00Z',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
  }

  label(repo: GitHubRepoState, label: StoredLabel): Record<string, unknown> {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: this.api(repo, `labels/${encodeURIComponent(label.name)}`),
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.default,
    };
  }

  issue(repo: GitHubRepoState, issue: StoredIssue): Record<string, unknown> {
    const url = this.api(repo, `issues/${issue.number}`);
    const comments = repo.commentsOn(issue.number).length;
    const body: Record<string, unknown> = {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url,
      repository_url: `${this.base()}/repos/${repo.fullName}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${WEB}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state === 'closed' ? 'completed' : null,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: issue.labels.map((l) => this.label(repo, repo.addLabel(l))),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments,
      closed_at: issue.closed_at,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      author_association: 'NONE',
    };
    if (issue.pull) {
      const html = `${WEB}/${repo.fullName}/pull/${issue.number}`;
      body.pull_request = {
        url: this.api(repo, `pulls/${issue.number}`),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: issue.pull.merged ? issue.closed_at : null,
      };
    }
    return body;
  }

  pullRequest(repo: GitHubRepoState, issue: StoredIssue): Record<string, unknown> {
    const pull = issue.pull as StoredPull;
    const url = this.api(repo, `pulls/${issue.number}`);
    const html = `${WEB}/${repo.fullName}/pull/${issue.number}`;
    const issueUrl = this.api(repo, `issues/${issue.number}`);
    const ref = (r: { ref: string; sha: string }): Record<string, unknown> => ({
      label: `${repo.owner}:${r.ref}`,
      ref: r.ref,
      sha: r.sha,
      user: this.user(repo.user(repo.owner)),
      repo: this.repository(repo),
    });
    const additions = pull.files.length;
    return {
      url,
      id: issue.id,
      node_id: nodeId('PullRequest', issue.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: this.api(repo, 'pulls/comments{/number}'),
      comments_url: `${issueUrl}/comments`,
      statuses_url: this.api(repo, `statuses/${pull.head.sha}`),
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: this.user(issue.user),
      body: issue.body,
      // The list schema (pull-request-simple) types a label description as a non-null string.
      labels: issue.labels.map((l) => {
        const label = this.label(repo, repo.addLabel(l));
        return { ...label, description: label.description ?? '' };
      }),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      merged_at: pull.merged ? issue.closed_at : null,
      merge_commit_sha: pull.merged ? (pull.merge_commit_sha ?? sha1(`merge:${pull.head.sha}`)) : null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: ref(pull.head),
      base: ref(pull.base),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: this.api(repo, 'pulls/comments{/number}') },
        commits: { href: `${url}/commits` },
        statuses: { href: this.api(repo, `statuses/${pull.head.sha}`) },
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: pull.draft,
      merged: pull.merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: pull.merged_by ? this.user(pull.merged_by) : null,
      comments: repo.commentsOn(issue.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: pull.commits.length,
      additions,
      deletions: 0,
      changed_files: pull.files.length,
    };
  }

  commit(repo: GitHubRepoState, commit: { sha: string; message: string }, parentSha: string): Record<string, unknown> {
    const url = this.api(repo, `commits/${commit.sha}`);
    const person = { name: 'Agent', email: 'agent@example.com', date: '2026-01-01T00:00:00Z' };
    return {
      url,
      sha: commit.sha,
      node_id: nodeId('Commit', Number.parseInt(commit.sha.slice(0, 8), 16)),
      html_url: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
      comments_url: `${url}/comments`,
      commit: {
        url: this.api(repo, `git/commits/${commit.sha}`),
        author: person,
        committer: person,
        message: commit.message,
        comment_count: 0,
        tree: { sha: sha1(`tree:${commit.sha}`), url: this.api(repo, `git/trees/${sha1(`tree:${commit.sha}`)}`) },
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
      },
      author: null,
      committer: null,
      parents: [{ sha: parentSha, url: this.api(repo, `commits/${parentSha}`), html_url: `${WEB}/${repo.fullName}/commit/${parentSha}` }],
    };
  }

  diffEntry(repo: GitHubRepoState, issue: StoredIssue, file: GitHubSeedFile): Record<string, unknown> {
    const headSha = issue.pull?.head.sha ?? '';
    const path = file.filename.split('/').map(encodeURIComponent).join('/');
    const entry: Record<string, unknown> = {
      sha: sha1(`blob:${file.filename}:${headSha}`),
      filename: file.filename,
      status: file.status ?? (file.previous_filename ? 'renamed' : 'modified'),
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `${WEB}/${repo.fullName}/blob/${headSha}/${path}`,
      raw_url: `${WEB}/${repo.fullName}/raw/${headSha}/${path}`,
      contents_url: this.api(repo, `contents/${path}?ref=${headSha}`),
      patch: '@@ -0,0 +1 @@\n+x',
    };
    if (file.previous_filename) entry.previous_filename = file.previous_filename;
    return entry;
  }

  comment(repo: GitHubRepoState, comment: StoredComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: this.api(repo, `issues/comments/${comment.id}`),
      html_url: `${WEB}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      issue_url: this.api(repo, `issues/${comment.issueNumber}`),
      author_association: 'NONE',
    };
  }

  rule(rule: GitHubSeedRule): Record<string, unknown> {
    return rule.parameters ? { type: rule.type, parameters: rule.parameters } : { type: rule.type };
  }

  rulesetSummary(repo: GitHubRepoState, ruleset: StoredRuleset): Record<string, unknown> {
    const self = this.api(repo, `rulesets/${ruleset.id}`);
    return {
      id: ruleset.id,
      name: ruleset.name,
      target: ruleset.target,
      source_type: ruleset.source_type,
      source: ruleset.source_type === 'Organization' ? repo.owner : repo.fullName,
      enforcement: ruleset.enforcement,
      node_id: nodeId('RepositoryRuleset', ruleset.id),
      _links: { self: { href: self }, html: { href: `${WEB}/${repo.fullName}/rules/${ruleset.id}` } },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
  }

  ruleset(repo: GitHubRepoState, ruleset: StoredRuleset): Record<string, unknown> {
    return {
      ...this.rulesetSummary(repo, ruleset),
      bypass_actors: [],
      current_user_can_bypass: 'never',
      conditions: { ref_name: { include: ruleset.include, exclude: ruleset.exclude } },
      rules: ruleset.rules.map((r) => this.rule(r)),
    };
  }

  workflowRun(repo: GitHubRepoState, run: StoredWorkflowRun, excludePulls: boolean): Record<string, unknown> {
    const url = this.api(repo, `actions/runs/${run.id}`);
    const pulls = run.pull_requests
      .map((n) => repo.issues.get(n))
      .filter((i): i is StoredIssue => i?.pull !== undefined)
      .map((i) => {
        const side = (r: { ref: string; sha: string }) => ({ ref: r.ref, sha: r.sha, repo: { id: repo.id, url: `${this.base()}/repos/${repo.fullName}`, name: repo.name } });
        return { id: i.id, number: i.number, url: this.api(repo, `pulls/${i.number}`), head: side(i.pull!.head), base: side(i.pull!.base) };
      });
    const person = { name: run.actor.login, email: `${run.actor.login.replace(/[^A-Za-z0-9.-]/g, '')}@users.noreply.github.com` };
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CheckSuite', run.id + 1),
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      path: run.path,
      display_title: run.display_title,
      run_number: run.run_number,
      run_attempt: run.run_attempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflow_id,
      url,
      html_url: `${WEB}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: excludePulls ? [] : pulls,
      created_at: run.created_at,
      updated_at: run.updated_at,
      run_started_at: run.run_started_at,
      actor: this.user(run.actor),
      triggering_actor: this.user(run.actor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: this.api(repo, `check-suites/${run.id + 1}`),
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      workflow_url: this.api(repo, `actions/workflows/${run.workflow_id}`),
      head_commit: { id: run.head_sha, tree_id: sha1(`tree:${run.head_sha}`), message: run.head_message, timestamp: run.created_at, author: person, committer: person },
      repository: this.repository(repo),
      head_repository: this.repository(repo),
    };
  }

  branchProtection(repo: GitHubRepoState, branch: string, p: GitHubSeedBranchProtection): Record<string, unknown> {
    const url = this.api(repo, `branches/${encodeURIComponent(branch)}/protection`);
    const body: Record<string, unknown> = {
      url,
      required_signatures: { url: `${url}/required_signatures`, enabled: false },
      enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforce_admins ?? false },
      required_linear_history: { enabled: false },
      allow_force_pushes: { enabled: p.allow_force_pushes ?? false },
      allow_deletions: { enabled: p.allow_deletions ?? false },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: false },
      lock_branch: { enabled: p.lock_branch ?? false },
      allow_fork_syncing: { enabled: false },
    };
    if (p.required_status_checks) {
      body.required_status_checks = {
        url: `${url}/required_status_checks`,
        strict: p.required_status_checks.strict ?? false,
        contexts: p.required_status_checks.contexts,
        contexts_url: `${url}/required_status_checks/contexts`,
        checks: p.required_status_checks.contexts.map((context) => ({ context, app_id: null })),
      };
    }
    if (p.required_pull_request_reviews) {
      body.required_pull_request_reviews = {
        url: `${url}/required_pull_request_reviews`,
        dismiss_stale_reviews: false,
        require_code_owner_reviews: false,
        require_last_push_approval: false,
        required_approving_review_count: p.required_pull_request_reviews.required_approving_review_count ?? 1,
      };
    }
    return body;
  }
}

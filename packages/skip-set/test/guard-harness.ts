import { execFileSync } from 'node:child_process';
import { MemoryLogger, type Finding, type GuardRun } from '@agent-guards/action-kit';
import { defaultPolicy, TicketSchema, type Ticket } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';
import { afterAll } from 'vitest';
import { runSkipSetGuard, type CollectorKind, type RunnerSettings } from '../src/index.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

export interface Change {
  write?: Record<string, string>;
  remove?: string[];
  move?: [string, string][];
}

function fastImportCommit(ref: string, message: string, time: number, parent: string | undefined, ops: string[]): string {
  return [`commit ${ref}`, `committer Test <t@example.com> ${time} +0000`, `data ${Buffer.byteLength(message)}`, message, ...(parent ? [`from ${parent}`] : []), ...ops, ''].join('\n');
}

function modify(path: string, content: string): string {
  return `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}`;
}

/**
 * A repository with a base commit holding `base` and a head commit after
 * `change`, written by one `git fast-import` (a real history, built in one process).
 */
export function pullRequest(base: Record<string, string>, change: Change): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  repos.push(repo);
  const files = { 'README.md': 'fixture\n', ...base };
  const ops: string[] = [];
  for (const [from, to] of change.move ?? []) ops.push(`R ${from} ${to}`);
  for (const path of change.remove ?? []) ops.push(`D ${path}`);
  for (const [path, content] of Object.entries(change.write ?? {})) ops.push(modify(path, content));
  const stream = [
    fastImportCommit('refs/heads/main', 'base', 1_700_000_000, undefined, Object.entries(files).map(([p, c]) => modify(p, c))),
    fastImportCommit('refs/heads/topic', 'head', 1_700_000_100, 'refs/heads/main', ops),
  ].join('\n');
  execFileSync('git', ['-C', repo.dir, 'fast-import', '--quiet'], { input: stream });
  repo.git('symbolic-ref', 'HEAD', 'refs/heads/topic');
  repo.git('read-tree', '-u', '--reset', 'HEAD');
  const [baseSha, head] = repo.git('rev-parse', 'main', 'topic').split('\n') as [string, string];
  return { repo, base: baseSha, head };
}

export async function guard(
  base: Record<string, string>,
  change: Change,
  options: { collector?: CollectorKind; runner?: RunnerSettings; frameworks?: string[]; ticket?: TicketScope } = {},
): Promise<GuardRun & { rules: string[]; errors: Finding[] }> {
  const pr = pullRequest(base, change);
  const policy = defaultPolicy();
  if (options.frameworks) policy.tests.frameworks = options.frameworks as typeof policy.tests.frameworks;
  const run = await runSkipSetGuard({
    repo: pr.repo.dir,
    base: pr.base,
    head: pr.head,
    policy,
    logger: new MemoryLogger(),
    ...(options.collector ? { collector: options.collector } : {}),
    ...(options.runner ? { runner: options.runner } : {}),
    ...(options.ticket ? { ticket: ticketWith(options.ticket), ticketPath: '.agent/tickets/T-1.yml' } : {}),
  });
  const errors = run.report.findings.filter((f) => f.severity === 'error');
  return { ...run, rules: errors.map((f) => f.rule), errors };
}

/** A ticket's scope, for the harness rule: the files the PR may change. */
export interface TicketScope {
  include: string[];
  exclude?: string[];
}

export function ticketWith(scope: TicketScope): Ticket {
  return TicketSchema.parse({ id: 'T-1', title: 'the ticket', scope: { include: scope.include, exclude: scope.exclude ?? [] } });
}

/** A one-file change: the file before and after. */
export function edit(path: string, before: string, after: string, options: { collector?: CollectorKind; frameworks?: string[]; ticket?: TicketScope } = {}) {
  return guard({ [path]: before }, { write: { [path]: after } }, options);
}

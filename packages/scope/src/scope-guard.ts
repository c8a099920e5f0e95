import { reportFromFindings, type Finding, type GuardRun, type Logger } from '@agent-guards/action-kit';
import {
  BUILT_IN_FORBIDDEN,
  DEFAULT_POLICY_PATH,
  loadPolicy,
  loadTicket,
  type Policy,
  type Ticket,
} from '@agent-guards/config';
import { changedFiles, readObjects, resolveCommit, touchedPaths, type ChangedFile, type ChangeSet } from '@agent-guards/git';
import { minimatch } from 'minimatch';
import { posix } from 'node:path';
import {
  dependencyFileKind,
  DependencyFileError,
  diffDependencies,
  parseDependencies,
  type DependencyChange,
  type Ecosystem,
} from './dependencies.js';
import { PathMatcher } from './path-matcher.js';

export const SCOPE_GUARD = 'manifest-scope';

interface ForbiddenTag {
  category: string;
  reason: string;
}

/** The compiled rules of one ticket under one policy. */
export interface ScopeRules {
  include: PathMatcher<string>;
  exclude: PathMatcher<string>;
  forbidden: PathMatcher<ForbiddenTag>;
  /** Trusted files (policy, manifest, ticket, tickets dir): read at base, never edited by a PR. */
  trusted: PathMatcher<string>;
  allowlist: Record<Ecosystem, string[]>;
}

export function compileScopeRules(ticket: Ticket, policy: Policy, trustedFiles: { policyPath: string; ticketPath?: string }): ScopeRules {
  const forbiddenPatterns: [string, ForbiddenTag][] = [];
  for (const c of BUILT_IN_FORBIDDEN) for (const p of c.patterns) forbiddenPatterns.push([p, { category: c.id, reason: c.reason }]);
  for (const p of policy.forbidden_paths) forbiddenPatterns.push([p, { category: 'policy', reason: 'forbidden by the policy (forbidden_paths)' }]);
  const trusted: [string, string][] = [
    [trustedFiles.policyPath, 'the guard policy'],
    [policy.manifest, 'the tool manifest'],
    [`${policy.tickets_dir.replace(/\/+$/, '')}/**`, 'the ticket files'],
  ];
  if (trustedFiles.ticketPath) trusted.push([trustedFiles.ticketPath, 'the ticket file']);
  if (policy.spec.path) trusted.push([policy.spec.path, 'the spec']);
  if (policy.spec.map) trusted.push([policy.spec.map, 'the spec map']);
  return {
    include: new PathMatcher(ticket.scope.include.map((p) => [p, p] as const)),
    exclude: new PathMatcher(ticket.scope.exclude.map((p) => [p, p] as const)),
    forbidden: new PathMatcher(forbiddenPatterns, { nocase: true }),
    trusted: new PathMatcher(trusted, { nocase: true }),
    allowlist: policy.dependency_allowlist,
  };
}

/** The one decision for one path; undefined when the path is in scope. */
export function classifyPath(rules: ScopeRules, path: string): Omit<Finding, 'severity'> | undefined {
  const trusted = rules.trusted.match(path);
  if (trusted) {
    return { rule: 'trusted-file-modified', path, message: `${path} is ${trusted}, a trusted file read at the base commit; a PR may not change it.` };
  }
  const forbidden = rules.forbidden.match(path);
  if (forbidden) {
    return { rule: 'forbidden-path', path, message: `${path} is in a forbidden category (${forbidden.category}): ${forbidden.reason}.` };
  }
  const excluded = rules.exclude.match(path);
  if (excluded) return { rule: 'outside-ticket-scope', path, message: `${path} matches the ticket's scope.exclude '${excluded}'.` };
  if (!rules.include.matches(path)) return { rule: 'outside-ticket-scope', path, message: `${path} is outside the ticket's scope.include.` };
  return undefined;
}

export interface ScopeDecisionInput {
  changes: ChangeSet;
  rules: ScopeRules;
  /** Reads blobs by SHA (symlink targets, dependency manifests at both sides). */
  readBlobs(shas: string[]): Promise<Map<string, Buffer | undefined>>;
}

/** Decides manifest-scope for a change set; pure apart from blob reads. */
export async function decideScope(input: ScopeDecisionInput): Promise<{ findings: Finding[]; metrics: Record<string, number> }> {
  const { changes, rules } = input;
  const findings: Finding[] = [];
  const paths = touchedPaths(changes.files);
  for (const path of paths) {
    const hit = classifyPath(rules, path);
    if (hit) findings.push({ ...hit, severity: 'error' });
  }

  const links = changes.files.filter((f) => f.newKind === 'symlink' && f.status !== 'deleted');
  const deps = changes.files.filter((f) => dependencyFileKind(f.path) !== undefined || (f.previousPath && dependencyFileKind(f.previousPath)));
  const blobs = await input.readBlobs([
    ...links.map((f) => f.newSha),
    ...deps.flatMap((f) => [f.oldSha, f.newSha]).filter((sha) => !/^0+$/.test(sha)),
  ]);

  for (const f of links) findings.push(...symlinkFindings(rules, f, blobs.get(f.newSha)));
  let dependencyChanges = 0;
  for (const f of deps) {
    const result = dependencyFindings(rules, f, blobs);
    dependencyChanges += result.changes;
    findings.push(...result.findings);
  }
  for (const f of changes.files) {
    if (f.newKind === 'submodule' || f.oldKind === 'submodule') {
      findings.push({ rule: 'submodule-changed', severity: 'notice', path: f.path, message: `submodule pointer ${f.status}: ${f.oldSha.slice(0, 12)} → ${f.newSha.slice(0, 12)}.` });
    }
  }
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    findings,
    metrics: {
      files_changed: changes.files.length,
      paths_checked: paths.length,
      violations: errors.length,
      forbidden: errors.filter((f) => f.rule === 'forbidden-path' || f.rule === 'trusted-file-modified').length,
      outside_scope: errors.filter((f) => f.rule === 'outside-ticket-scope').length,
      dependency_changes: dependencyChanges,
    },
  };
}

function symlinkFindings(rules: ScopeRules, f: ChangedFile, target: Buffer | undefined): Finding[] {
  if (!target) return [{ rule: 'symlink-escape', severity: 'error', path: f.path, message: `cannot read the target of symlink ${f.path}; treated as an escape.` }];
  const text = target.toString('utf8');
  if (text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text)) {
    return [{ rule: 'symlink-escape', severity: 'error', path: f.path, message: `symlink ${f.path} points to the absolute path ${JSON.stringify(text)}, outside the repository.` }];
  }
  const resolved = posix.normalize(posix.join(posix.dirname(f.path), text));
  if (resolved === '..' || resolved.startsWith('../')) {
    return [{ rule: 'symlink-escape', severity: 'error', path: f.path, message: `symlink ${f.path} points to ${JSON.stringify(text)}, outside the repository.` }];
  }
  const hit = classifyPath(rules, resolved);
  if (hit) {
    return [{ rule: 'symlink-escape', severity: 'error', path: f.path, message: `symlink ${f.path} points to ${resolved}, which is not writable by this ticket: ${hit.message}` }];
  }
  return [];
}

function allowlisted(rules: ScopeRules, ecosystem: Ecosystem, name: string): boolean {
  return rules.allowlist[ecosystem].some((glob) => minimatch(name, glob, { nocase: ecosystem === 'pypi' }));
}

function dependencyFindings(rules: ScopeRules, f: ChangedFile, blobs: Map<string, Buffer | undefined>): { findings: Finding[]; changes: number } {
  const path = f.path;
  const parse = (sha: string, p: string | undefined): ReturnType<typeof parseDependencies> => {
    if (!p || /^0+$/.test(sha) || !dependencyFileKind(p)) return [];
    const blob = blobs.get(sha);
    if (!blob) throw new DependencyFileError(`cannot read ${p} (${sha.slice(0, 12)})`);
    return parseDependencies(p, blob.toString('utf8'));
  };
  let before;
  let after;
  try {
    before = parse(f.oldSha, f.previousPath ?? (f.status === 'added' ? undefined : path));
    after = f.status === 'deleted' ? [] : parse(f.newSha, path);
  } catch (error) {
    return { findings: [{ rule: 'dependency-file-unparsable', severity: 'error', path, message: `${(error as Error).message}; dependency changes cannot be checked.` }], changes: 0 };
  }
  const changes = diffDependencies(before, after);
  return { findings: changes.map((c) => dependencyFinding(rules, path, c)).filter((x): x is Finding => x !== undefined), changes: changes.length };
}

function dependencyFinding(rules: ScopeRules, path: string, change: DependencyChange): Finding | undefined {
  const d = change.dependency;
  const what = change.kind === 'changed' ? `${d.name} ${change.previousSpec} → ${d.spec}` : `${d.name} ${d.spec}`.trim();
  if (change.kind === 'removed') {
    return d.dev
      ? undefined
      : { rule: 'runtime-dependency-change', severity: 'warning', path, message: `runtime dependency removed (${d.section}): ${what}.` };
  }
  if (!d.dev) {
    return {
      rule: 'runtime-dependency-change',
      severity: 'error',
      path,
      message: `runtime dependency ${change.kind} in ${d.section}: ${what}. The agent may only add or update dev dependencies (spec §3).`,
    };
  }
  if (!allowlisted(rules, d.ecosystem, d.name)) {
    return {
      rule: 'dependency-not-allowlisted',
      severity: 'error',
      path,
      message: `dev dependency ${change.kind} (${d.section}): ${what} is not on the policy's dependency_allowlist.${d.ecosystem}. Add it to the allowlist in the policy, or drop the change.`,
    };
  }
  return { rule: 'dev-dependency-change', severity: 'notice', path, message: `allowlisted dev dependency ${change.kind}: ${what}.` };
}

export interface ScopeGuardOptions {
  repo: string;
  base: string;
  head: string;
  /** Repo-relative ticket path, read at base. */
  ticketPath: string;
  /** Repo-relative policy path, read at base (default .github/agent-guards.yml). */
  policyPath?: string;
  /** An already-loaded policy (the CLI's `check` loads it once for every guard). */
  policy?: Policy;
  logger: Logger;
  prCommits?: number;
}

/** The manifest-scope guard end to end: changed files, trusted config at base, the decision. */
export async function runScopeGuard(options: ScopeGuardOptions): Promise<GuardRun> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const base = await resolveCommit(options.repo, options.base, 'base');
  // The trusted files are read at base while git lists the diff; failures are reported in a fixed order.
  const [changes, policy, ticket] = await settleInOrder([
    changedFiles(options.repo, base, options.head, options.prCommits === undefined ? {} : { prCommits: options.prCommits }),
    options.policy ?? loadPolicy({ repo: options.repo, base, path: policyPath, logger: options.logger }).then((loaded) => loaded.policy),
    loadTicket({ repo: options.repo, base, path: options.ticketPath, logger: options.logger }),
  ] as const);
  const rules = compileScopeRules(ticket, policy, { policyPath, ticketPath: options.ticketPath });
  options.logger.info(`manifest-scope: ${changes.files.length} changed file(s) between ${changes.mergeBase.slice(0, 12)} and ${changes.head.slice(0, 12)}; ticket ${ticket.id}.`);
  const { findings, metrics } = await decideScope({ changes, rules, readBlobs: (shas) => readObjects(options.repo, shas) });
  const report = reportFromFindings(SCOPE_GUARD, findings, { ...metrics, ticket: ticket.id, merge_base: changes.mergeBase });
  return {
    report,
    outputs: { violations: metrics.violations ?? 0, 'files-checked': metrics.files_changed ?? 0 },
    summary: `Ticket \`${ticket.id}\` — scope: ${ticket.scope.include.map((g) => `\`${g}\``).join(', ')}${ticket.scope.exclude.length ? `; excluding ${ticket.scope.exclude.map((g) => `\`${g}\``).join(', ')}` : ''}.`,
  };
}


/** Awaits every promise, then throws the first failure in list order (not in time order). */
async function settleInOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> | T[K] }): Promise<T> {
  const results = await Promise.allSettled(promises);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

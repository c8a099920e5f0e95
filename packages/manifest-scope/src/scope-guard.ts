import { reportFromFindings, settleInOrder, type Finding, type GuardRun, type Logger } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, loadPolicy, loadTicket, type Policy, type Ticket } from '@agent-guards/config';
import { readObjects, resolveRange, streamDiffTree, type ChangedFile } from '@agent-guards/git';
import { posix } from 'node:path';
import type { DependencyRules } from './dependency-findings.js';
import { dependencyBlobs, isDependencyFile } from './dependency-sides.js';
import { ForbiddenMatcher, type ForbiddenDirectory } from './forbidden-matcher.js';
import { detached, PathMatcher, type DirectoryInfo } from './path-matcher.js';
import { submoduleFinding } from './submodule-findings.js';

export const SCOPE_GUARD = 'manifest-scope';

/**
 * The compiled rules of one ticket under one policy; or, for a PR that is not an
 * agent's, of the forbidden categories the policy keeps on every PR (no ticket:
 * no scope, no dependency or submodule rules, which are the agent's).
 */
export interface ScopeRules {
  /** The ticket's scope.include; undefined without a ticket (every path is in scope). */
  include: PathMatcher<string> | undefined;
  exclude: PathMatcher<string>;
  forbidden: ForbiddenMatcher;
  /** Trusted files (policy, manifest, ticket, tickets dir): read at base, never edited by a PR. */
  trusted: PathMatcher<string>;
  /** The dependency allowlist; undefined without a ticket. */
  dependencies: DependencyRules | undefined;
  /** Each directory looked up once for all four matchers. */
  directories: ScopeDirectories;
}

interface ScopeDirectory {
  trusted: DirectoryInfo<string>;
  forbidden: ForbiddenDirectory;
  exclude: DirectoryInfo<string>;
  include: DirectoryInfo<string> | undefined;
}

/**
 * The four matchers' facts per directory. A diff lists paths in tree order, so
 * a path's directory is usually the previous path's: that one is checked first,
 * without slicing or hashing.
 */
class ScopeDirectories {
  private readonly cache = new Map<string, ScopeDirectory>();
  private last: string | undefined;
  private lastEntry: ScopeDirectory | undefined;

  constructor(private readonly rules: Omit<ScopeRules, 'directories'>) {}

  /** The directory of `path`, whose last '/' is at `slash` (-1 for a top-level path). */
  of(path: string, slash: number): ScopeDirectory {
    const length = slash > 0 ? slash : 0;
    if (this.last !== undefined && this.last.length === length && path.startsWith(this.last)) return this.lastEntry!;
    const dir = path.slice(0, length);
    let entry = this.cache.get(dir);
    if (!entry) {
      const { trusted, forbidden, exclude, include } = this.rules;
      entry = { trusted: trusted.directoryInfo(dir), forbidden: forbidden.directoryInfo(dir), exclude: exclude.directoryInfo(dir), include: include?.directoryInfo(dir) };
      this.cache.set(detached(dir), entry);
    }
    this.last = dir;
    this.lastEntry = entry;
    return entry;
  }
}

export function compileScopeRules(ticket: Ticket, policy: Policy, trustedFiles: { policyPath: string; ticketPath?: string }): ScopeRules {
  const trusted: [string, string][] = [
    [trustedFiles.policyPath, 'the guard policy'],
    [policy.manifest, 'the tool manifest'],
    [`${policy.tickets_dir.replace(/\/+$/, '')}/**`, 'the ticket files'],
  ];
  if (trustedFiles.ticketPath) trusted.push([trustedFiles.ticketPath, 'the ticket file']);
  if (policy.spec.path) trusted.push([policy.spec.path, 'the spec']);
  if (policy.spec.map) trusted.push([policy.spec.map, 'the spec map']);
  const rules = {
    include: new PathMatcher(ticket.scope.include.map((p) => [p, p] as const)),
    exclude: new PathMatcher(ticket.scope.exclude.map((p) => [p, p] as const)),
    forbidden: new ForbiddenMatcher(policy.forbidden_paths, policy.forbidden_exceptions),
    trusted: new PathMatcher(trusted, { nocase: true }),
    dependencies: { allowlist: policy.dependency_allowlist, registryHosts: policy.runner.sandbox.registries },
  };
  return { ...rules, directories: new ScopeDirectories(rules) };
}

/** The rules for a PR without a ticket: the forbidden categories the policy keeps on every PR, nothing else. */
export function compileEveryPrRules(policy: Policy): ScopeRules {
  const rules = {
    include: undefined,
    exclude: new PathMatcher<string>([]),
    forbidden: new ForbiddenMatcher(policy.forbidden_paths, policy.forbidden_exceptions, policy.guards[SCOPE_GUARD].every_pr_categories),
    trusted: new PathMatcher<string>([]),
    dependencies: undefined,
  };
  return { ...rules, directories: new ScopeDirectories(rules) };
}

/** The one decision for one path; undefined when the path is in scope. */
export function classifyPath(rules: ScopeRules, path: string): Omit<Finding, 'severity'> | undefined {
  const slash = path.lastIndexOf('/');
  const dir = rules.directories.of(path, slash);
  const name = path.slice(slash + 1);
  // The trusted and forbidden matchers both ignore case (compileScopeRules): one lower-casing of the name serves both.
  const lower = name.toLowerCase();
  const trusted = rules.trusted.matchIn(dir.trusted, path, slash, lower);
  if (trusted) {
    return { rule: 'trusted-file-modified', path, message: `${path} is ${trusted}, a trusted file read at the base commit; a PR may not change it.` };
  }
  const forbidden = rules.forbidden.matchIn(dir.forbidden, path, slash, lower);
  if (forbidden) {
    const narrow = forbidden.narrowable ? ` If it is not, the platform team can except it in the policy (forbidden_exceptions.${forbidden.category}).` : '';
    return { rule: 'forbidden-path', path, message: `${path} is in a forbidden category (${forbidden.category}): ${forbidden.reason}.${narrow}` };
  }
  const excluded = rules.exclude.matchIn(dir.exclude, path, slash, name);
  if (excluded) return { rule: 'outside-ticket-scope', path, message: `${path} matches the ticket's scope.exclude '${excluded}'.` };
  if (rules.include && rules.include.matchIn(dir.include!, path, slash, name) === undefined) return { rule: 'outside-ticket-scope', path, message: `${path} is outside the ticket's scope.include.` };
  return undefined;
}

/** Reads blobs by SHA (symlink targets, dependency files at both sides). */
export type BlobReader = (shas: string[]) => Promise<Map<string, Buffer | undefined>>;

/**
 * The manifest-scope decision, fed the changed files batch by batch (as git
 * lists them) and finished once the diff is complete. Paths are classified as
 * they arrive; symlinks and dependency manifests are kept for their blob reads.
 * Batches added before the rules are known wait for setRules.
 */
export class ScopeDecision {
  private rules: ScopeRules | undefined;
  private readonly waiting: ChangedFile[][] = [];
  private readonly pathFindings: Finding[] = [];
  private readonly submoduleFindings: Finding[] = [];
  private readonly links: ChangedFile[] = [];
  private readonly deps: ChangedFile[] = [];
  private filesChanged = 0;
  private pathsChecked = 0;

  constructor(rules?: ScopeRules) {
    this.rules = rules;
  }

  setRules(rules: ScopeRules): void {
    this.rules = rules;
    for (const batch of this.waiting.splice(0)) this.add(batch);
  }

  add(files: ChangedFile[]): void {
    if (this.rules === undefined) {
      this.waiting.push(files);
      return;
    }
    for (const f of files) {
      this.filesChanged += 1;
      this.check(f.path);
      if (f.status === 'renamed' && f.previousPath !== undefined) this.check(f.previousPath);
      if (f.newKind === 'symlink' && f.status !== 'deleted') this.links.push(f);
      // Dependencies and submodules are the ticket's rules: a PR without one is judged on its paths only.
      if (this.rules.include === undefined) continue;
      if (isDependencyFile(f.path) || (f.previousPath !== undefined && isDependencyFile(f.previousPath))) this.deps.push(f);
      const submodule = submoduleFinding(f);
      if (submodule) this.submoduleFindings.push(submodule);
    }
  }

  private check(path: string): void {
    this.pathsChecked += 1;
    const hit = classifyPath(this.rules!, path);
    if (hit) this.pathFindings.push({ ...hit, severity: 'error' });
  }

  /** Reads what the symlinks point to and the dependency files at both sides, and returns the whole decision. */
  async finish(readBlobs: BlobReader): Promise<{ findings: Finding[]; metrics: Record<string, number> }> {
    const { links, deps, rules } = this;
    if (rules === undefined) throw new Error('ScopeDecision.finish called before setRules');
    const blobs = await readBlobs([...links.map((f) => f.newSha), ...dependencyBlobs(deps)]);
    const findings = [...this.pathFindings];
    for (const f of links) findings.push(...symlinkFindings(rules, f, blobs.get(f.newSha)));
    // The manifest and lockfile parsers load only for a change that touches a dependency file.
    const dependencies =
      deps.length > 0 && rules.dependencies ? await (await import('./dependency-findings.js')).dependencyFindings(rules.dependencies, deps, blobs) : { findings: [], changes: 0 };
    const dependencyChanges = dependencies.changes;
    findings.push(...dependencies.findings);
    findings.push(...this.submoduleFindings);
    const errors = findings.filter((f) => f.severity === 'error');
    return {
      findings,
      metrics: {
        files_changed: this.filesChanged,
        paths_checked: this.pathsChecked,
        violations: errors.length,
        forbidden: errors.filter((f) => f.rule === 'forbidden-path' || f.rule === 'trusted-file-modified').length,
        outside_scope: errors.filter((f) => f.rule === 'outside-ticket-scope').length,
        dependency_changes: dependencyChanges,
      },
    };
  }
}

function symlinkFindings(rules: ScopeRules, f: ChangedFile, target: Buffer | undefined): Finding[] {
  // Without a ticket only the categories kept on every PR are judged: a link that leaves the
  // repository is in none of them; one that resolves into one is.
  const ticketed = rules.include !== undefined;
  const escape = (message: string): Finding[] => (ticketed ? [{ rule: 'symlink-escape', severity: 'error', path: f.path, message }] : []);
  if (!target) return escape(`cannot read the target of symlink ${f.path}; treated as an escape.`);
  const text = target.toString('utf8');
  if (text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text)) return escape(`symlink ${f.path} points to the absolute path ${JSON.stringify(text)}, outside the repository.`);
  const resolved = posix.normalize(posix.join(posix.dirname(f.path), text));
  if (resolved === '..' || resolved.startsWith('../')) return escape(`symlink ${f.path} points to ${JSON.stringify(text)}, outside the repository.`);
  const hit = classifyPath(rules, resolved);
  if (!hit) return [];
  const message = `symlink ${f.path} points to ${resolved}, which is not writable by ${ticketed ? 'this ticket' : 'this PR'}: ${hit.message}`;
  return [{ rule: 'symlink-escape', severity: 'error', path: f.path, message }];
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
  const { repo, logger } = options;
  const { base, head, mergeBase } = await resolveRange(repo, options.base, options.head, options.prCommits);
  // git lists the diff while the trusted files are read at base and compiled (git starts first, so
  // nothing delays it). Paths are decided as git lists them; batches listed before the rules exist
  // wait in the decision.
  const decision = new ScopeDecision();
  const listing = streamDiffTree(repo, mergeBase, head, (batch) => decision.add(batch));
  const policyLoad = options.policy ?? loadPolicy({ repo, base, path: policyPath, logger }).then((loaded) => loaded.policy);
  const ticketLoad = loadTicket({ repo, base, path: options.ticketPath, logger });
  const compiling = Promise.all([policyLoad, ticketLoad]).then(([policy, ticket]) =>
    decision.setRules(compileScopeRules(ticket, policy, { policyPath, ticketPath: options.ticketPath })),
  );
  // Failures are reported in a fixed order (not in time order).
  const [filesChanged, , ticket] = await settleInOrder([listing, policyLoad, ticketLoad, compiling] as const);
  logger.info(`manifest-scope: ${filesChanged} changed file(s) between ${mergeBase.slice(0, 12)} and ${head.slice(0, 12)}; ticket ${ticket.id}.`);
  const { findings, metrics } = await decision.finish((shas) => readObjects(repo, shas));
  const report = reportFromFindings(SCOPE_GUARD, findings, { ...metrics, ticket: ticket.id, merge_base: mergeBase });
  return {
    report,
    outputs: { violations: metrics.violations ?? 0, 'files-checked': metrics.files_changed ?? 0 },
    summary: `Ticket \`${ticket.id}\` — scope: ${ticket.scope.include.map((g) => `\`${g}\``).join(', ')}${ticket.scope.exclude.length ? `; excluding ${ticket.scope.exclude.map((g) => `\`${g}\``).join(', ')}` : ''}.`,
  };
}

export interface EveryPrOptions {
  repo: string;
  base: string;
  head: string;
  policy: Policy;
  logger: Logger;
  prCommits?: number;
  /** The pass with a notice that says why the ticket's rules do not judge this PR (config's notApplicableRun). */
  notApplicable: GuardRun;
}

/**
 * manifest-scope on a PR that is not an agent's: the ticket's rules do not judge
 * it (the notice says why), the forbidden categories the policy keeps on every PR
 * (guards.manifest-scope.every_pr_categories) do. No ticket is read: such a PR has none.
 */
export async function runEveryPrCategories(options: EveryPrOptions): Promise<GuardRun> {
  const { repo, policy, logger, notApplicable } = options;
  const categories = policy.guards[SCOPE_GUARD].every_pr_categories;
  if (categories.length === 0) return notApplicable;
  const { head, mergeBase } = await resolveRange(repo, options.base, options.head, options.prCommits);
  const decision = new ScopeDecision(compileEveryPrRules(policy));
  const filesChanged = await streamDiffTree(repo, mergeBase, head, (batch) => decision.add(batch));
  const kept = categories.join(', ');
  logger.info(`manifest-scope: ${filesChanged} changed file(s) between ${mergeBase.slice(0, 12)} and ${head.slice(0, 12)}, checked for the categories kept on every PR: ${kept}.`);
  const { findings, metrics } = await decision.finish((shas) => readObjects(repo, shas));
  const everyPr = findings.map((f) => (f.rule === 'forbidden-path' ? { ...f, message: `${f.message} The policy keeps this category on every PR (guards.manifest-scope.every_pr_categories).` } : f));
  const report = reportFromFindings(SCOPE_GUARD, [...notApplicable.report.findings, ...everyPr], {
    ...notApplicable.report.metrics,
    ...metrics,
    every_pr_categories: kept,
    merge_base: mergeBase,
  });
  return {
    report,
    outputs: { violations: metrics.violations ?? 0, 'files-checked': metrics.files_changed ?? 0 },
    summary: `Not an agent PR: no ticket scope. Checked for the forbidden categories kept on every PR: ${categories.map((c) => `\`${c}\``).join(', ')}.`,
  };
}

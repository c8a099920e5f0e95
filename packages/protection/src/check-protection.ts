import { errorReport, markdownText, reportFromFindings, type Finding, type GuardRun } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { describeGitHubError, formatRepoRef, statusOf, type BranchProtection, type GitHubClient, type RepoRef, type Ruleset } from '@agent-guards/github';
import { assess, isFullyProtected, missingChecks, type ProtectionAssessment, type SourcedRule } from './assessment.js';
import { isBranchGlob, rulesetCoversGlob } from './ref-patterns.js';

export const PROTECTION_GUARD = 'protection';

export type ProtectionPolicy = Pick<Policy, 'protected_branches' | 'required_checks'>;

/**
 * Spec §6, the platform layer: every protected-branch glob of the policy must
 * refuse direct pushes, force pushes and deletion and require the guard checks.
 * Anything it could not read makes the verdict `error`, never `pass`.
 */
export async function checkProtection(client: GitHubClient, repo: RepoRef, policy: ProtectionPolicy): Promise<GuardRun> {
  const rulesets = new RulesetReader(client, repo);
  const assessments: ProtectionAssessment[] = [];
  try {
    for (const branch of policy.protected_branches) {
      assessments.push(await assessBranch(client, repo, branch, policy.required_checks, rulesets));
    }
  } catch (error) {
    return { report: errorReport(PROTECTION_GUARD, explain(error, repo), 'api-error') };
  }
  const findings = assessments.flatMap((a) => findingsFor(a, policy.required_checks));
  if (policy.protected_branches.length === 0) {
    findings.push({ rule: 'no-protected-branches', severity: 'warning', message: 'The policy lists no protected_branches, so nothing was checked.' });
  }
  const report = reportFromFindings(PROTECTION_GUARD, findings, {
    protected_branches: policy.protected_branches.length,
    branches_failing: assessments.filter((a) => !isFullyProtected(a, policy.required_checks)).length,
    rulesets_read: rulesets.detailsRead,
  });
  return { report, summary: renderProtectionTable(assessments, policy.required_checks) };
}

async function assessBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  requiredChecks: readonly string[],
  rulesets: RulesetReader,
): Promise<ProtectionAssessment> {
  if (isBranchGlob(branch)) {
    // Classic wildcard rules are not readable over REST: a glob counts as covered only by rulesets.
    return assess(branch, await rulesets.rulesCovering(branch));
  }
  const rules: SourcedRule[] = (await client.getBranchRules(repo, branch)).map((rule) => ({
    rule,
    source: rule.ruleset_id !== undefined ? `ruleset #${rule.ruleset_id}${rule.ruleset_source ? ` (${rule.ruleset_source})` : ''}` : 'ruleset',
  }));
  const fromRulesets = assess(branch, rules);
  // Classic protection can only add restrictions, so it is read only when rulesets fall short.
  if (isFullyProtected(fromRulesets, requiredChecks)) return fromRulesets;
  let classic: BranchProtection | undefined;
  try {
    classic = await client.getBranchProtection(repo, branch);
  } catch (error) {
    throw new ProtectionReadError(`classic branch protection of '${branch}'`, error);
  }
  return assess(branch, rules, classic);
}

/** Reads the rulesets once (list, then each branch ruleset with its conditions) for all globs. */
class RulesetReader {
  detailsRead = 0;
  private details?: Promise<Ruleset[]>;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
  ) {}

  async rulesCovering(glob: string): Promise<SourcedRule[]> {
    const all = await this.load();
    return all
      .filter((r) => rulesetCoversGlob(r, glob))
      .flatMap((r) => (r.rules ?? []).map((rule) => ({ rule, source: `ruleset '${r.name}' #${r.id}` })));
  }

  private load(): Promise<Ruleset[]> {
    this.details ??= (async () => {
      let listed: Ruleset[];
      try {
        listed = await this.client.listRulesets(this.repo);
      } catch (error) {
        throw new ProtectionReadError('the rulesets', error);
      }
      const candidates = listed.filter((r) => r.enforcement === 'active' && (r.target === undefined || r.target === 'branch'));
      const details: Ruleset[] = [];
      for (const r of candidates) {
        try {
          details.push(await this.client.getRuleset(this.repo, r.id));
        } catch (error) {
          throw new ProtectionReadError(`ruleset '${r.name}' #${r.id}`, error);
        }
        this.detailsRead += 1;
      }
      return details;
    })();
    return this.details;
  }
}

class ProtectionReadError extends Error {
  constructor(
    readonly what: string,
    readonly original: unknown,
  ) {
    super(describeGitHubError(original, `to read ${what}`));
    this.name = 'ProtectionReadError';
  }
}

function explain(error: unknown, repo: RepoRef): string {
  const where = formatRepoRef(repo);
  if (error instanceof ProtectionReadError) {
    const status = statusOf(error.original);
    const permission =
      status === 401 || status === 403 || status === 404
        ? error.what.startsWith('classic')
          ? ' Classic protection needs a token with the Administration: read permission; or protect the branch with a ruleset, which Metadata: read can see.'
          : ' Reading rulesets needs a token with the Metadata: read permission on the repository.'
        : '';
    return `${where}: cannot decide whether the protected branches are protected. ${error.message}${permission}`;
  }
  return `${where}: cannot decide whether the protected branches are protected. ${describeGitHubError(error, 'a request')}`;
}

function findingsFor(a: ProtectionAssessment, requiredChecks: readonly string[]): Finding[] {
  const b = a.branch;
  const globNote = isBranchGlob(b)
    ? ' Classic protection rules with wildcards cannot be read through the REST API, so a glob must be covered by an active ruleset.'
    : '';
  if (a.sources.length === 0) {
    return [
      {
        rule: 'branch-not-protected',
        severity: 'error',
        message:
          `No active ruleset or branch protection covers '${b}': it accepts direct pushes and force pushes and can be deleted. ` +
          `Fix: add a branch ruleset for refs/heads/${b} that requires pull requests, blocks force pushes and deletion and requires the guard checks.${globNote}`,
      },
    ];
  }
  const findings: Finding[] = [];
  if (!a.blocksDirectPush) {
    findings.push({
      rule: 'direct-push-allowed',
      severity: 'error',
      message: `'${b}' accepts direct pushes: nothing requires a pull request. Fix: add the "Require a pull request before merging" rule.${globNote}`,
    });
  }
  if (!a.blocksForcePush) {
    findings.push({
      rule: 'force-push-allowed',
      severity: 'error',
      message: `'${b}' allows force pushes. Fix: add the "Block force pushes" rule (non_fast_forward).${globNote}`,
    });
  }
  if (!a.blocksDeletion) {
    findings.push({
      rule: 'deletion-allowed',
      severity: 'error',
      message: `'${b}' can be deleted. Fix: add the "Restrict deletions" rule.${globNote}`,
    });
  }
  for (const name of missingChecks(a, requiredChecks)) {
    findings.push({
      rule: 'required-check-missing',
      severity: 'error',
      message: `'${b}' does not require the status check '${name}'. Fix: add it to the required status checks as the guard job reports it (e.g. '<caller job> / ${name}').${globNote}`,
    });
  }
  if (a.adminsCanBypass) {
    findings.push({
      rule: 'admins-can-bypass',
      severity: 'warning',
      message: `Classic protection of '${b}' is not enforced for administrators. Fix: turn on "Do not allow bypassing the above settings".`,
    });
  }
  return findings;
}

/** The job-summary table: one row per policy entry. */
export function renderProtectionTable(assessments: ProtectionAssessment[], requiredChecks: readonly string[]): string {
  if (assessments.length === 0) return '';
  const yes = (ok: boolean): string => (ok ? '✅' : '❌');
  const lines = [
    '| branch | pull request required | force push blocked | deletion blocked | required checks missing | covered by |',
    '|---|---|---|---|---|---|',
  ];
  for (const a of assessments) {
    const missing = missingChecks(a, requiredChecks);
    lines.push(
      `| \`${markdownText(a.branch)}\` | ${yes(a.blocksDirectPush)} | ${yes(a.blocksForcePush)} | ${yes(a.blocksDeletion)} | ` +
        `${missing.length === 0 ? '✅ none' : `❌ ${missing.map(markdownText).join(', ')}`} | ${a.sources.map(markdownText).join(', ') || 'nothing'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

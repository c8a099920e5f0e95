import type { BranchProtection, BranchRule } from '@agent-guards/github';

/** What protects one policy entry (a branch or a glob), merged over every source. */
export interface ProtectionAssessment {
  branch: string;
  /** Rulesets and classic protection that apply, for the summary. */
  sources: string[];
  blocksDirectPush: boolean;
  blocksForcePush: boolean;
  blocksDeletion: boolean;
  /** Status check contexts any source requires. */
  requiredChecks: string[];
  /** Classic protection read and not enforced for administrators. */
  adminsCanBypass: boolean;
}

export interface SourcedRule {
  rule: BranchRule;
  source: string;
}

// Each of these keeps commits from landing by a plain push: they must come through a pull request or a merge queue, or not at all.
const DIRECT_PUSH_BLOCKERS = new Set(['pull_request', 'update', 'merge_queue']);

export function assess(branch: string, rules: SourcedRule[], classic?: BranchProtection): ProtectionAssessment {
  const types = new Set(rules.map((r) => r.rule.type));
  const checks = new Set<string>();
  for (const { rule } of rules) {
    if (rule.type !== 'required_status_checks') continue;
    const configured = (rule.parameters?.required_status_checks ?? []) as { context?: unknown }[];
    for (const c of configured) if (typeof c.context === 'string') checks.add(c.context);
  }
  if (classic?.required_status_checks) {
    for (const c of classic.required_status_checks.contexts ?? []) checks.add(c);
    for (const c of classic.required_status_checks.checks ?? []) checks.add(c.context);
  }
  const sources = [...new Set(rules.map((r) => r.source))];
  if (classic) sources.push('classic branch protection');
  return {
    branch,
    sources,
    blocksDirectPush:
      [...DIRECT_PUSH_BLOCKERS].some((t) => types.has(t)) || classic?.required_pull_request_reviews !== undefined || classic?.lock_branch?.enabled === true,
    // Classic protection allows force pushes and deletion only when it says so; we count only an explicit "no".
    blocksForcePush: types.has('non_fast_forward') || classic?.allow_force_pushes?.enabled === false,
    blocksDeletion: types.has('deletion') || classic?.allow_deletions?.enabled === false,
    requiredChecks: [...checks].sort(),
    adminsCanBypass: classic !== undefined && classic.enforce_admins?.enabled !== true,
  };
}

/**
 * A required context satisfies a policy check name when it is the name or ends
 * with ` / name`: a job of a called reusable workflow reports as `caller / job`.
 */
export function checkSatisfies(context: string, name: string): boolean {
  return context === name || context.endsWith(` / ${name}`);
}

export function missingChecks(assessment: ProtectionAssessment, required: readonly string[]): string[] {
  return required.filter((name) => !assessment.requiredChecks.some((c) => checkSatisfies(c, name)));
}

export function isFullyProtected(assessment: ProtectionAssessment, required: readonly string[]): boolean {
  return assessment.blocksDirectPush && assessment.blocksForcePush && assessment.blocksDeletion && missingChecks(assessment, required).length === 0;
}

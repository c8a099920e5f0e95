import { isTestPath, type Policy, type Ticket } from '@agent-guards/config';
import { classifyPath, compileScopeRules, type ScopeRules } from '@agent-guards/manifest-scope';

export interface PathVerdict {
  rule: string;
  message: string;
}

/**
 * The ticket's authorized scope under the policy, decided exactly as the
 * manifest-scope guard decides it in CI, so the runner refuses in-session what
 * the guard would fail on the PR.
 */
export class SessionScope {
  private readonly rules: ScopeRules;

  constructor(ticket: Ticket, policy: Policy, trusted: { policyPath: string; ticketPath: string }) {
    this.rules = compileScopeRules(ticket, policy, trusted);
  }

  /** Why a path is out of scope or NOT-authorized, or undefined when the ticket may change it. */
  verdict(path: string): PathVerdict | undefined {
    const finding = classifyPath(this.rules, path);
    return finding ? { rule: finding.rule, message: finding.message } : undefined;
  }

  /** A test or test-support file: delete_file never removes these (spec §4). */
  isTestFile(path: string): boolean {
    return isTestPath(path);
  }
}

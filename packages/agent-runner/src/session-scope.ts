import type { Policy, Ticket } from '@agent-guards/config';
import { classifyPath, compileScopeRules, PathMatcher, type ScopeRules } from '@agent-guards/manifest-scope';

/** Where tests live in the frameworks the guards know; delete_file never removes these (spec §4). */
const TEST_FILE_PATTERNS = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/spec/**',
  '**/specs/**',
  '**/testing/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/*_test.*',
  '**/*_spec.*',
  '**/test_*.py',
  '**/conftest.py',
  '**/*Test.java',
  '**/*Tests.java',
  '**/*Test.kt',
];

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
  private readonly tests = new PathMatcher(TEST_FILE_PATTERNS.map((p) => [p, p] as const), { nocase: true });

  constructor(ticket: Ticket, policy: Policy, trusted: { policyPath: string; ticketPath: string }) {
    this.rules = compileScopeRules(ticket, policy, trusted);
  }

  /** Why a path is out of scope or NOT-authorized, or undefined when the ticket may change it. */
  verdict(path: string): PathVerdict | undefined {
    const finding = classifyPath(this.rules, path);
    return finding ? { rule: finding.rule, message: finding.message } : undefined;
  }

  isTestFile(path: string): boolean {
    return this.tests.matches(path);
  }
}

import { PolicySchema } from '@agent-guards/config';
import { GitHubServer, type GitHubRepoState, type GitHubSeedRule } from '@agent-guards/local-servers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { createGitHubClient } from '@agent-guards/github';
import { checkProtection, excludeTouches, includeCovers } from '../src/index.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const CHECKS = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'];
const PROTECTION_ROUTE = 'GET /repos/{owner}/{repo}/branches/{branch}/protection';
const policy = PolicySchema.parse({ version: 1, protected_branches: ['main', 'release/*'], required_checks: CHECKS });
let server: GitHubServer;
let state: GitHubRepoState;

/** What the action-templates ruleset asks for: pull requests, no force push, no deletion, the guard jobs as checks. */
function guardRules(without: string[] = [], checks: string[] = CHECKS): GitHubSeedRule[] {
  const rules: GitHubSeedRule[] = [
    { type: 'deletion' },
    { type: 'non_fast_forward' },
    { type: 'pull_request', parameters: { required_approving_review_count: 1 } },
    {
      type: 'required_status_checks',
      parameters: { strict_required_status_checks_policy: true, required_status_checks: checks.map((c) => ({ context: `guards / ${c}` })) },
    },
  ];
  return rules.filter((r) => !without.includes(r.type));
}

async function run(p = policy): ReturnType<typeof checkProtection> {
  const client = createGitHubClient({ token: 'test-token', baseUrl: server.url, logger: new MemoryLogger(), timing: { retryBaseMs: 1, rateLimitSecondMs: 5, writeSpacingMs: 0 } });
  return checkProtection(client, REPO, p);
}

function rulesOf(findings: { rule: string }[]): string[] {
  return findings.map((f) => f.rule).sort();
}

beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  state = server.repo('octo-org/service');
  state.addBranch('release/1.0');
});
afterEach(async () => {
  await server.close();
});

describe('checkProtection passes', () => {
  it('when one ruleset covers the default branch and the release/* glob with every rule', async () => {
    state.addRuleset({ name: 'agent guards', include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'], rules: guardRules() });
    const { report, summary } = await run();
    expect(report).toMatchObject({ guard: 'protection', verdict: 'pass', findings: [] });
    expect(report.metrics).toMatchObject({ protected_branches: 2, branches_failing: 0, rulesets_read: 1 });
    // Rulesets sufficed, so classic protection (which needs admin rights to read) was never asked for.
    expect(server.requestsTo(PROTECTION_ROUTE)).toHaveLength(0);
    expect(summary).toContain('| `release/*` | ✅ | ✅ | ✅ | ✅ none |');
  });

  it('when classic protection covers main and a broader ruleset pattern covers release/*', async () => {
    state.setBranchProtection('main', {
      required_status_checks: { strict: true, contexts: CHECKS.map((c) => `guards / ${c}`) },
      required_pull_request_reviews: { required_approving_review_count: 1 },
      enforce_admins: true,
    });
    state.addRuleset({ name: 'releases', include: ['refs/heads/release/**'], rules: guardRules() });
    const { report } = await run();
    expect(report.verdict).toBe('pass');
    expect(server.requestsTo(PROTECTION_ROUTE)).toHaveLength(1);
  });

  it('when rulesets and classic protection together cover everything, an organization ruleset included', async () => {
    state.addRuleset({ name: 'org baseline', source_type: 'Organization', include: ['~ALL'], rules: guardRules(['required_status_checks']) });
    state.setBranchProtection('main', { required_status_checks: { contexts: CHECKS }, enforce_admins: true });
    const { report } = await run(PolicySchema.parse({ version: 1, protected_branches: ['main'], required_checks: CHECKS }));
    expect(report.verdict).toBe('pass');
  });

  it('with a warning when the policy names no protected branches', async () => {
    const { report } = await run(PolicySchema.parse({ version: 1, protected_branches: [] }));
    expect(report.verdict).toBe('pass');
    expect(rulesOf(report.findings)).toEqual(['no-protected-branches']);
  });
});

describe('checkProtection fails', () => {
  it('for every policy branch nothing protects', async () => {
    const { report, summary } = await run();
    expect(report.verdict).toBe('fail');
    expect(rulesOf(report.findings)).toEqual(['branch-not-protected', 'branch-not-protected']);
    expect(report.findings.find((f) => f.message.includes("'release/*'"))?.message).toMatch(/wildcards cannot be read/);
    expect(summary).toContain('| `main` | ❌ | ❌ | ❌ |');
  });

  it.each([
    ['pull_request', 'direct-push-allowed'],
    ['non_fast_forward', 'force-push-allowed'],
    ['deletion', 'deletion-allowed'],
  ])('without the %s rule: %s, on both the branch and the glob', async (missing, rule) => {
    state.addRuleset({ name: 'partial', include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'], rules: guardRules([missing]) });
    const { report } = await run();
    expect(report.verdict).toBe('fail');
    expect(rulesOf(report.findings)).toEqual([rule, rule]);
  });

  it('for each required check the branch does not require', async () => {
    state.addRuleset({ name: 'partial', include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'], rules: guardRules([], ['skip-set', 'manifest-scope', 'boundaries']) });
    const { report } = await run(PolicySchema.parse({ version: 1, protected_branches: ['main'], required_checks: CHECKS }));
    expect(rulesOf(report.findings)).toEqual(['required-check-missing', 'required-check-missing']);
    expect(report.findings.map((f) => f.message).join('\n')).toMatch(/'spec-conformance'[\s\S]*'cost-ceiling'|'cost-ceiling'[\s\S]*'spec-conformance'/);
  });

  it('when classic protection allows force pushes and deletion, and warns that admins can bypass it', async () => {
    state.setBranchProtection('main', {
      required_status_checks: { contexts: CHECKS },
      required_pull_request_reviews: {},
      allow_force_pushes: true,
      allow_deletions: true,
      enforce_admins: false,
    });
    const { report } = await run(PolicySchema.parse({ version: 1, protected_branches: ['main'], required_checks: CHECKS }));
    expect(report.findings.map((f) => `${f.severity}:${f.rule}`).sort()).toEqual([
      'error:deletion-allowed',
      'error:force-push-allowed',
      'warning:admins-can-bypass',
    ]);
  });

  it('when the ruleset for a glob covers only part of it', async () => {
    state.addRuleset({ name: 'main', include: ['~DEFAULT_BRANCH'], rules: guardRules() });
    state.addRuleset({ name: 'v releases', include: ['refs/heads/release/v*'], rules: guardRules() });
    state.addRuleset({ name: 'releases but old', include: ['refs/heads/release/*'], exclude: ['refs/heads/release/legacy'], rules: guardRules() });
    state.addRuleset({ name: 'one level anywhere', include: ['refs/heads/*'], rules: guardRules() });
    const { report } = await run();
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'branch-not-protected', message: expect.stringContaining("'release/*'") })]);
  });

  it('when the only ruleset is in evaluate mode or disabled', async () => {
    state.addRuleset({ name: 'trial', enforcement: 'evaluate', include: ['~ALL'], rules: guardRules() });
    state.addRuleset({ name: 'off', enforcement: 'disabled', include: ['~ALL'], rules: guardRules() });
    const { report } = await run();
    expect(rulesOf(report.findings)).toEqual(['branch-not-protected', 'branch-not-protected']);
    expect(report.metrics).toMatchObject({ rulesets_read: 0 });
  });
});

describe('checkProtection cannot decide: verdict error, never pass', () => {
  it('when classic protection is needed and the token may not read it (403)', async () => {
    state.addRuleset({ name: 'partial', include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'], rules: guardRules(['deletion']) });
    server.inject({ route: PROTECTION_ROUTE, kind: 'forbidden', count: Infinity });
    const { report } = await run();
    expect(report.verdict).toBe('error');
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'api-error', message: expect.stringMatching(/403: Resource not accessible by integration.*Administration: read/) }),
    ]);
  });

  it('when GitHub answers 404 without saying the branch is unprotected', async () => {
    server.inject({ route: PROTECTION_ROUTE, kind: 'forbidden', status: 404, message: 'Not Found', count: Infinity });
    const { report } = await run(PolicySchema.parse({ version: 1, protected_branches: ['main'], required_checks: CHECKS }));
    expect(report.verdict).toBe('error');
  });

  it('when the branch rules keep failing with 5xx', async () => {
    state.addRuleset({ name: 'all', include: ['~ALL'], rules: guardRules() });
    server.inject({ route: 'GET /repos/{owner}/{repo}/rules/branches/{branch}', kind: 'server-error', status: 502, count: Infinity });
    const { report } = await run();
    expect(report.verdict).toBe('error');
    expect(report.findings[0]?.message).toMatch(/502/);
  });

  it('when the rulesets cannot be listed or one cannot be read', async () => {
    const id = state.addRuleset({ name: 'all', include: ['~ALL'], rules: guardRules() });
    server.inject({ route: 'GET /repos/{owner}/{repo}/rulesets', kind: 'forbidden' });
    expect((await run()).report.verdict).toBe('error');
    server.inject({ route: 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', kind: 'forbidden', status: 404, message: 'Not Found' });
    const { report } = await run();
    expect(report.verdict).toBe('error');
    expect(report.findings[0]?.message).toContain(`ruleset 'all' #${id}`);
  });

  it('but recovers from a passing 5xx', async () => {
    state.addRuleset({ name: 'all', include: ['~ALL'], rules: guardRules() });
    server.inject({ route: 'GET /repos/{owner}/{repo}/rulesets', kind: 'server-error' });
    expect((await run()).report.verdict).toBe('pass');
  });
});

describe('ruleset patterns against a policy glob', () => {
  it.each([
    ['~ALL', 'release/*', true],
    ['refs/heads/release/*', 'release/*', true],
    ['refs/heads/release/**', 'release/*', true],
    ['refs/heads/rel*/*', 'release/*', true],
    ['refs/heads/release/v*', 'release/*', false],
    ['refs/heads/release/?', 'release/*', false],
    ['refs/heads/*', 'release/*', false],
    ['release/*', 'release/*', false],
    ['~DEFAULT_BRANCH', 'release/*', false],
    ['refs/heads/**', 'hotfix/**', true],
    ['refs/heads/hotfix/*', 'hotfix/**', false],
  ])('include %s covers %s: %s', (pattern, glob, expected) => {
    expect(includeCovers(pattern, glob)).toBe(expected);
  });

  it.each([
    ['refs/heads/release/legacy', 'release/*', true],
    ['refs/heads/release/**', 'release/*', true],
    ['refs/heads/hotfix/*', 'release/*', false],
    ['refs/tags/release/*', 'release/*', false],
    ['~DEFAULT_BRANCH', 'release/*', true],
  ])('exclude %s touches %s: %s', (pattern, glob, expected) => {
    expect(excludeTouches(pattern, glob)).toBe(expected);
  });
});

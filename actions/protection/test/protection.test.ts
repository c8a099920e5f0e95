import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { GitHubServer, type GitHubSeedRuleset } from '@agent-guards/local-servers';
import { main } from '../../../packages/cli/src/cli.js';
import { runAction } from '../../../test/harness/run-action.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const RULESET_TEMPLATE = join(ROOT, 'action-templates', 'rulesets', 'agent-guards-branch-ruleset.json');
const EXAMPLE_POLICY = readFileSync(join(ROOT, 'action-templates', 'examples', 'agent-guards.yml'), 'utf8');
const RULESETS_ROUTE = 'GET /repos/{owner}/{repo}/rulesets';

interface RulesetJson {
  name: string;
  target: 'branch';
  enforcement: 'active';
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: GitHubSeedRuleset['rules'];
}

/** The starter ruleset as a platform team would import it, optionally without some rules. */
function starterRuleset(withoutRules: string[] = []): GitHubSeedRuleset {
  const json = JSON.parse(readFileSync(RULESET_TEMPLATE, 'utf8')) as RulesetJson;
  return {
    name: json.name,
    target: json.target,
    enforcement: json.enforcement,
    include: json.conditions.ref_name.include,
    exclude: json.conditions.ref_name.exclude,
    rules: json.rules.filter((r) => !withoutRules.includes(r.type)),
  };
}

let server: GitHubServer;
const repos: TempRepo[] = [];
beforeEach(async () => {
  server = await GitHubServer.start({ token: 'test-token' });
  server.repo('octo-org/service').addBranch('release/2.0');
});
afterEach(async () => {
  await server.close();
  while (repos.length) repos.pop()!.cleanup();
});

/** A service checkout whose committed policy is the example one. */
function serviceCheckout(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ '.github/agent-guards.yml': EXAMPLE_POLICY, 'README.md': 'service\n' });
  repo.commit('chore: policy');
  return repo;
}

function runProtection(workspace: string, inputs: Record<string, string> = {}) {
  return runAction({
    action: 'protection',
    workspace,
    inputs: { repository: 'octo-org/service', ...inputs },
    env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: server.url },
  });
}

describe('protection action (dist/index.js as the runner runs it)', () => {
  it("passes when the starter ruleset protects the example policy's branches", async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset());
    const run = await runProtection(serviceCheckout().dir);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'branches-failing': '0' });
    expect(run.summary).toContain('| `release/*` | ✅ | ✅ | ✅ | ✅ none |');
    expect(JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))).toMatchObject({ guard: 'protection', verdict: 'pass' });
  });

  it('fails when the ruleset lets force pushes through, naming the fix', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset(['non_fast_forward']));
    const run = await runProtection(serviceCheckout().dir);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'branches-failing': '2' });
    expect(run.stdout).toContain('force-push-allowed');
    expect(run.stdout).toContain('Block force pushes');
  });

  it('fails for a policy branch no ruleset reaches, read from the committed policy, not the working tree', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset());
    const repo = serviceCheckout();
    repo.write({ '.github/agent-guards.yml': EXAMPLE_POLICY.replace('protected_branches: [main, "release/*"]', 'protected_branches: [main, "release/*", "hotfix/*"]') });
    repo.commit('chore: protect hotfix branches too');
    // An uncommitted edit that would drop a branch from the check does not count.
    writeFileSync(join(repo.dir, '.github/agent-guards.yml'), EXAMPLE_POLICY.replace('protected_branches: [main, "release/*"]', 'protected_branches: [main]'));
    const run = await runProtection(repo.dir);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'branches-failing': '1' });
    expect(run.summary).toContain('| `hotfix/*` | ❌ | ❌ | ❌ |');
  });

  it('cannot decide when the token may not read the rulesets: error, and no reassuring count', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset());
    server.inject({ route: RULESETS_ROUTE, kind: 'forbidden', count: Infinity });
    const run = await runProtection(serviceCheckout().dir);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.outputs['branches-failing']).toBeUndefined();
    expect(run.stdout).toContain('Metadata: read');
  });

  it('refuses a repository input that is not OWNER/NAME', async () => {
    const run = await runProtection(serviceCheckout().dir, { repository: 'not a repo' });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain("field 'repository'");
  });
});

async function cli(argv: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd, env, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

describe('agent-guards protection (CLI)', () => {
  const policyFile = join(ROOT, 'action-templates', 'examples', 'agent-guards.yml');

  it('passes with the starter ruleset, reading the policy from --policy-file and the API from --api-url', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset());
    const run = await cli(['protection', '--repo', 'octo-org/service', '--api-url', server.url, '--policy-file', policyFile, '--json'], { GITHUB_TOKEN: 'test-token' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ guard: 'protection', verdict: 'pass', metrics: { protected_branches: 2, branches_failing: 0 } });
    expect(server.requestsTo(RULESETS_ROUTE).length).toBeGreaterThan(0);
  });

  it('exits 1 with the findings when deletion is not restricted', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset(['deletion']));
    const run = await cli(['protection', '--repo', 'octo-org/service', '--api-url', server.url, '--policy-file', policyFile, '--json'], { GITHUB_TOKEN: 'test-token' });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['deletion-allowed', 'deletion-allowed']);
  });

  it('checks the built-in protected branches when there is no policy file', async () => {
    server.repo('octo-org/service').addRuleset(starterRuleset());
    const empty = new TempRepo();
    repos.push(empty);
    const run = await cli(['protection', '--repo', 'octo-org/service', '--api-url', server.url, '--json'], { GITHUB_TOKEN: 'test-token' }, empty.dir);
    // The defaults add master, which the starter ruleset does not name.
    const report = JSON.parse(run.stdout) as { verdict: string; metrics: Record<string, number> };
    expect(report.metrics.protected_branches).toBe(3);
    expect(report.verdict).toBe('fail');
  });

  it('exits 2, saying what to do, without a token, with a missing policy file or a malformed repository', async () => {
    const noToken = await cli(['protection', '--repo', 'octo-org/service', '--api-url', server.url, '--json'], {});
    expect(noToken.code).toBe(2);
    expect(JSON.parse(noToken.stdout).findings[0].message).toContain('GITHUB_TOKEN');
    const noPolicy = await cli(['protection', '--repo', 'octo-org/service', '--policy-file', 'nope.yml', '--json'], { GITHUB_TOKEN: 't' });
    expect(noPolicy.code).toBe(2);
    expect(JSON.parse(noPolicy.stdout).findings[0].message).toContain('nope.yml');
    const badRepo = await cli(['protection', '--repo', 'octo-org', '--json'], { GITHUB_TOKEN: 't' });
    expect(badRepo.code).toBe(2);
    expect((await cli(['protection'], {})).stderr).toContain('missing --repo');
  });
});

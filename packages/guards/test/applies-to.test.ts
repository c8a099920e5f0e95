import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger, readPullRequestEvent, type PullRequestEvent } from '@agent-guards/action-kit';
import { loadPolicy } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';
import { guardNamed, runGuard, type GuardRequest } from '../src/index.js';

const require = createRequire(import.meta.url);
const WEBHOOKS = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];

/** A real example payload, deep-copied. */
function example(event: string, action: string): Record<string, any> {
  const found = WEBHOOKS.find((d) => d.name === event)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${event}.${action} example`);
  return structuredClone(found);
}

/** GitHub's pull_request.opened example (opened by the human Codertocat), pointed at a temp repo's commits. */
function humanPullRequest(base: string, head: string, headRef = 'feature/page-views'): Record<string, any> {
  const payload = example('pull_request', 'opened');
  Object.assign(payload.pull_request.base, { sha: base, ref: 'main' });
  Object.assign(payload.pull_request.head, { sha: head, ref: headRef });
  return payload;
}

/** The same PR opened by a GitHub App: its user is the real bot user of the check_suite.rerequested example. */
function botPullRequest(base: string, head: string, headRef = 'feature/page-views'): Record<string, any> {
  const payload = humanPullRequest(base, head, headRef);
  payload.pull_request.user = example('check_suite', 'rerequested').sender;
  return payload;
}

const BOT = 'octocoders-linter[bot]';
const dirs: string[] = [];
const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** What the action reads: the event file GitHub writes, through the same reader. */
function eventFrom(payload: Record<string, unknown>): PullRequestEvent {
  const dir = mkdtempSync(join(tmpdir(), 'event-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return readPullRequestEvent({ GITHUB_EVENT_PATH: join(dir, 'event.json') })!;
}

const SPEC = '# Spec\n\n## §1 Events\n\nPage views are captured.\n\n## §2 Search\n\nQueries are captured.\n';

/** A service whose base has a policy and a spec, and a head commit with a commit message that is not conventional. */
function service(policy: string): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ '.github/agent-guards.yml': policy, 'docs/agent-spec.md': SPEC, 'src/app.ts': 'export const a = 1;\n' });
  const base = repo.commit('chore: base');
  repo.write({ 'src/app.ts': 'export const a = 2;\n' });
  const head = repo.commit('Fix typo');
  return { repo, base, head };
}

async function request(repo: TempRepo, base: string, head: string, event: PullRequestEvent): Promise<GuardRequest> {
  const logger = new MemoryLogger();
  const { policy, path } = await loadPolicy({ repo: repo.dir, base, logger });
  return {
    repo: repo.dir,
    base,
    head,
    policy,
    policyPath: path,
    logger,
    body: { text: 'Fixes #5678' },
    author: event.author,
    headRef: event.headRef,
  };
}

const POLICY = `version: 1\nagents:\n  logins: ["${BOT}"]\n`;

describe('who a guard applies to, through the registry, from real webhook payloads', () => {
  it('passes a human PR on spec-conformance with a notice that says why, and judges the same PR opened by the agent', async () => {
    const { repo, base, head } = service(POLICY);
    const spec = guardNamed('spec-conformance')!;

    const human = await runGuard(spec, await request(repo, base, head, eventFrom(humanPullRequest(base, head))));
    expect(human.verdict).toBe('pass');
    expect(human.findings).toEqual([
      {
        rule: 'not-an-agent-pr',
        severity: 'notice',
        message:
          `spec-conformance judges agent PRs only, and the author Codertocat is not an agent login listed in .github/agent-guards.yml at ${base.slice(0, 7)} ` +
          '(agents.logins; Copilot, copilot-swe-agent[bot], claude[bot], chatgpt-codex-connector[bot] are always agents). ' +
          'Set guards.spec-conformance.applies_to: every-pr to judge every PR.',
      },
    ]);

    const agent = await runGuard(spec, await request(repo, base, head, eventFrom(botPullRequest(base, head))));
    expect(agent.verdict).toBe('fail');
    expect(agent.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-spec-reference', 'non-conventional-commit']));
  });

  it('judges a human PR with the rules offered to every PR (skip-set, boundaries) by default', async () => {
    const { repo, base } = service(POLICY);
    repo.write({ 'tests/test_app.py': 'import pytest\n\n@pytest.mark.skip\ndef test_a():\n    assert True\n' });
    const head = repo.commit('test: a skipped test');
    const req = await request(repo, base, head, eventFrom(humanPullRequest(base, head)));
    const skipSet = await runGuard(guardNamed('skip-set')!, req);
    expect(skipSet.verdict).toBe('fail');
    expect(skipSet.findings.map((f) => f.rule)).toContain('new-skip');
    expect(req.logger instanceof MemoryLogger && req.logger.lines.map((l) => l.message)).toContain('skip-set applies: skip-set judges every PR (guards.skip-set.applies_to: every-pr).');
  });

  it('judges a human PR when the policy says every-pr', async () => {
    const { repo, base, head } = service(`${POLICY}guards:\n  spec-conformance: { applies_to: every-pr }\n`);
    const report = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, eventFrom(humanPullRequest(base, head))));
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toContain('missing-spec-reference');
  });

  it('counts Copilot, Claude and Codex as agents in every policy, whatever the case of the login', async () => {
    const { repo, base, head } = service(POLICY);
    for (const login of ['Copilot', 'copilot-swe-agent[bot]', 'Claude[bot]', 'chatgpt-codex-connector[bot]']) {
      const payload = humanPullRequest(base, head);
      payload.pull_request.user.login = login;
      const report = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, eventFrom(payload)));
      expect(report.verdict, login).toBe('fail');
    }
  });

  it('fails closed: a PR whose author cannot be read is judged as an agent PR', async () => {
    const { repo, base, head } = service(POLICY);
    const payload = humanPullRequest(base, head);
    delete payload.pull_request.user;
    const event = eventFrom(payload);
    expect(event.author).toBe('');
    const report = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, event));
    expect(report.verdict).toBe('fail');
  });

  it("fails closed: a policy that names no agents can tell no PR is a human's, so every guard judges every PR", async () => {
    const { repo, base, head } = service('version: 1\n');
    const req = await request(repo, base, head, eventFrom(humanPullRequest(base, head)));
    const report = await runGuard(guardNamed('spec-conformance')!, req);
    expect(report.verdict).toBe('fail');
    expect((req.logger as MemoryLogger).lines.map((l) => l.message)).toContain(
      "spec-conformance applies: .github/agent-guards.yml has no 'agents' section, so no PR can be told to be a human one: spec-conformance judges every PR.",
    );
  });

  it('takes an empty agents section to mean the known agents only', async () => {
    const { repo, base, head } = service('version: 1\nagents: {}\n');
    const human = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, eventFrom(humanPullRequest(base, head))));
    expect(human).toMatchObject({ verdict: 'pass', findings: [{ rule: 'not-an-agent-pr' }] });
    const bot = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, eventFrom(botPullRequest(base, head))));
    expect(bot).toMatchObject({ verdict: 'pass', findings: [{ rule: 'not-an-agent-pr', message: expect.stringContaining(`the author ${BOT} is not an agent login`) }] });
  });

  it("judges a PR from the runner's branch as an agent PR, whoever opened it", async () => {
    const { repo, base, head } = service(POLICY);
    const report = await runGuard(guardNamed('spec-conformance')!, await request(repo, base, head, eventFrom(humanPullRequest(base, head, 'agent/SVC-7-0123abcd'))));
    expect(report.verdict).toBe('fail');
  });

  it('passes a human PR on manifest-scope before asking for a ticket it does not have', async () => {
    const { repo, base, head } = service(POLICY);
    const req = await request(repo, base, head, eventFrom(humanPullRequest(base, head)));
    const report = await runGuard(guardNamed('manifest-scope')!, { ...req, ticketPath: '.agent/tickets/NONE.yml' });
    expect(report).toMatchObject({ verdict: 'pass', findings: [{ rule: 'not-an-agent-pr' }] });
  });
});

describe('a broken spec map, through the registry', () => {
  it('is an error report with a finding for every problem: its file, line, field and the base commit', async () => {
    const { repo, base, head } = service(`${POLICY}spec:\n  path: docs/agent-spec.md\n  map: docs/agent-spec-map.yml\n`);
    repo.git('checkout', '-q', base);
    repo.write({ 'docs/agent-spec-map.yml': 'version: 1\nsections:\n  "§1":\n    path: ["src/**"]\n    kinds: [bugfix]\n' });
    const mapBase = repo.commit('docs: spec map');
    const report = await runGuard(guardNamed('spec-conformance')!, {
      ...(await request(repo, mapBase, head, eventFrom(botPullRequest(mapBase, head)))),
      body: { text: 'Implements §1.' },
    });
    expect(report.verdict).toBe('error');
    // One finding per problem, each on the file and line where its fix goes.
    expect(report.findings.map(({ rule, path, line }) => ({ rule, path, line }))).toEqual([
      { rule: 'configuration-error', path: 'docs/agent-spec-map.yml', line: 4 },
      { rule: 'configuration-error', path: 'docs/agent-spec-map.yml', line: 5 },
    ]);
    const [path, kinds] = report.findings.map((f) => f.message);
    const read = `The spec map was read at the base commit ${mapBase.slice(0, 7)}.`;
    expect(path).toContain(`docs/agent-spec-map.yml:4, field 'sections.§1.path': unknown key 'path'; did you mean 'paths'? ${read}`);
    expect(kinds).toContain(`docs/agent-spec-map.yml:5, field 'sections.§1.kinds.0': 'bugfix' must be one of dev-dependency-update, test-addition, bug-fix, refactor, docs; did you mean 'bug-fix'? ${read}`);
    for (const message of [path, kinds]) expect(message).toContain('schemas/spec-map.schema.json');
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { runAction } from '../harness/run-action.js';
import { examplePayload } from '../harness/webhook-payloads.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'packages', 'cli', 'bin', 'agent-guards.js');
const BOT = 'octocoders-linter[bot]';
const TICKET = '.agent/tickets/SVC-7.yml';
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** A service whose policy names its agent, and a PR from an ordinary branch that changes a CI workflow (forbidden to an agent). */
function ciChange(policy = `version: 1\nagents:\n  logins: ["${BOT}"]\n`): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({
    '.github/agent-guards.yml': policy,
    [TICKET]: 'id: SVC-7\ntitle: Page views\nscope:\n  include: ["src/**"]\n',
    'src/app.ts': 'export const a = 1;\n',
  });
  const base = repo.commit('chore: base');
  repo.checkout('feature/ci-cache', true);
  repo.write({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n' });
  const head = repo.commit('ci: cache dependencies');
  return { repo, base, head };
}

/** GitHub's pull_request.opened example, pointed at the repo; `user` replaced when given (a real bot user object). */
function opened(base: string, head: string, user?: Record<string, unknown>): { name: string; payload: Record<string, any> } {
  const payload = examplePayload('pull_request', 'opened');
  Object.assign(payload.pull_request.base, { sha: base, ref: 'main' });
  Object.assign(payload.pull_request.head, { sha: head, ref: 'feature/ci-cache' });
  if (user) payload.pull_request.user = user;
  return { name: 'pull_request', payload };
}

describe('manifest-scope action: who it applies to (dist/index.js as the runner runs it)', () => {
  it("passes an engineer's PR with a notice that says why, so the required check reports", async () => {
    const { repo, base, head } = ciChange();
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head) });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const why =
      `manifest-scope judges agent PRs only, and the author Codertocat is not an agent login listed in .github/agent-guards.yml at ${base.slice(0, 7)} ` +
      '(agents.logins; Copilot, copilot-swe-agent[bot], claude[bot], chatgpt-codex-connector[bot] are always agents). ' +
      'Set guards.manifest-scope.applies_to: every-pr to judge every PR.';
    expect(JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))).toEqual({
      guard: 'manifest-scope',
      verdict: 'pass',
      findings: [{ rule: 'not-an-agent-pr', severity: 'notice', message: why }],
      metrics: { applies: false, author: 'Codertocat' },
    });
    expect(run.summary).toContain(why);
  });

  it('fails the same change opened by the agent, naming the forbidden path', async () => {
    const { repo, base, head } = ciChange();
    const bot = examplePayload('check_suite', 'rerequested').sender as Record<string, unknown>;
    expect(bot).toMatchObject({ login: BOT, type: 'Bot' });
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head, bot), inputs: { ticket: TICKET } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: '.github/workflows/ci.yml', title: 'manifest-scope: forbidden-path' }));
  });

  it("judges an engineer's PR once the policy says every-pr: the forbidden categories then hold for everyone", async () => {
    const { repo, base, head } = ciChange(`version: 1\nagents:\n  logins: ["${BOT}"]\nguards:\n  manifest-scope: { applies_to: every-pr }\n`);
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head), inputs: { ticket: TICKET } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.annotations).toContainEqual(expect.objectContaining({ file: '.github/workflows/ci.yml', title: 'manifest-scope: forbidden-path' }));
  });

  it("keeps the categories the policy lists on every PR: an engineer's PR fails for them, with no ticket asked", async () => {
    const policy = `version: 1\nagents:\n  logins: ["${BOT}"]\nguards:\n  manifest-scope:\n    every_pr_categories: [ci-definitions]\n`;
    const { repo, base, head } = ciChange(policy);
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: '.github/workflows/ci.yml', title: 'manifest-scope: forbidden-path', message: expect.stringContaining('guards.manifest-scope.every_pr_categories') }),
    );
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { findings: { rule: string }[]; metrics: Record<string, unknown> };
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['forbidden-path', 'not-an-agent-pr']);
    expect(report.metrics).toMatchObject({ applies: false, author: 'Codertocat', every_pr_categories: 'ci-definitions', files_changed: 1 });
    expect(run.summary).toContain('Checked for the forbidden categories kept on every PR: `ci-definitions`.');

    // A category the policy does not list stays the agent's: the same engineer may change vendored code.
    const other = ciChange(policy.replace('[ci-definitions]', '[vendored-code]'));
    const passed = await runAction({ action: 'manifest-scope', workspace: other.repo.dir, event: opened(other.base, other.head) });
    expect(passed.exitCode).toBe(0);
    expect(passed.outputs.verdict).toBe('pass');
  });

  it('fails closed on a pull_request event with no readable author: the guard runs', async () => {
    const { repo, base, head } = ciChange();
    const event = opened(base, head);
    delete event.payload.pull_request.user;
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event, inputs: { ticket: TICKET } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('reports a misspelled policy key as an error naming the file, the base commit, the field and the key meant', async () => {
    const { repo, base, head } = ciChange(`version: 1\nagents:\n  login: ["${BOT}"]\n`);
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { findings: { message: string }[] };
    expect(report.findings[0]!.message).toContain(
      `.github/agent-guards.yml:3, field 'agents.login': unknown key 'login'; did you mean 'logins'? The policy was read at the base commit ${base.slice(0, 7)}.`,
    );
  });
});

describe('manifest-scope action: a policy with several problems', () => {
  it('annotates each problem on the policy file at its line, with the fix', async () => {
    const { repo, base, head } = ciChange(`version: 1\nagents:\n  login: ["${BOT}"]\nguards:\n  manifest-scope: { applies_to: some-prs }\n`);
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: opened(base, head) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const annotations = run.annotations.filter((a) => a.title === 'manifest-scope: configuration-error');
    expect(annotations.map((a) => ({ level: a.level, file: a.file, line: a.line }))).toEqual([
      { level: 'error', file: '.github/agent-guards.yml', line: 3 },
      { level: 'error', file: '.github/agent-guards.yml', line: 5 },
    ]);
    expect(annotations[0]!.message).toContain("field 'agents.login': unknown key 'login'; did you mean 'logins'?");
    expect(annotations[1]!.message).toContain("field 'guards.manifest-scope.applies_to': 'some-prs' must be one of agent-prs, every-pr");
    for (const a of annotations) expect(a.message).toContain(`The policy was read at the base commit ${base.slice(0, 7)}.`);
  });
});

describe('the CLI: --author says whose PR it is', () => {
  async function cli(args: string[]): Promise<{ code: number; report: { verdict: string; findings: { rule: string; message: string }[] } }> {
    const result = await promisify(execFile)(process.execPath, [BIN, ...args, '--json']).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    return { code: result.code, report: JSON.parse(result.stdout) };
  }

  it("passes an engineer's PR with the notice, judges the agent's, and judges any PR when no author is given", async () => {
    const { repo, base, head } = ciChange();
    const common = ['manifest-scope', '--repo', repo.dir, '--base', base, '--head', head, '--ticket', TICKET];
    const human = await cli([...common, '--author', 'Codertocat']);
    expect(human.code).toBe(0);
    expect(human.report.findings).toEqual([expect.objectContaining({ rule: 'not-an-agent-pr', message: expect.stringContaining('the author Codertocat is not an agent login') })]);
    const agent = await cli([...common, '--author', BOT]);
    expect(agent.code).toBe(1);
    expect(agent.report.findings.map((f) => f.rule)).toContain('forbidden-path');
    const unknown = await cli(common);
    expect(unknown.code).toBe(1);
  });

  it("check runs manifest-scope on an engineer's PR without --ticket when the policy keeps categories on every PR", async () => {
    const { repo, base, head } = ciChange(`version: 1\nagents:\n  logins: ["${BOT}"]\nguards:\n  manifest-scope: { every_pr_categories: [ci-definitions] }\n`);
    const result = await promisify(execFile)(process.execPath, [BIN, 'check', '--repo', repo.dir, '--base', base, '--head', head, '--author', 'Codertocat', '--json']).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    const combined = JSON.parse(result.stdout) as { reports: { guard: string; verdict: string; findings: { rule: string; path?: string }[] }[] };
    const scope = combined.reports.find((r) => r.guard === 'manifest-scope');
    expect(scope).toMatchObject({ verdict: 'fail' });
    expect(scope!.findings).toContainEqual(expect.objectContaining({ rule: 'forbidden-path', path: '.github/workflows/ci.yml' }));
  });
});

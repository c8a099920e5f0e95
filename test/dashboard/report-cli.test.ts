import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import type { DashboardFigures } from '@agent-guards/report';
import { main } from '../../packages/cli/src/cli.js';
import { AGENT_LOGIN, writeAgentOpsFixture, type FixturePaths } from '../../packages/report/test/support/agentops-fixture.js';
import { tempDir } from '../../packages/report/test/support/temp.js';

const dir = tempDir('cli');
let fixture: FixturePaths;
beforeAll(async () => {
  fixture = await writeAgentOpsFixture(join(dir, 'month'));
});

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; logger: MemoryLogger }> {
  let stdout = '';
  let stderr = '';
  const logger = new MemoryLogger();
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd: dir, env: {}, logger });
  return { code, stdout, stderr, logger };
}

const allInputs = (): string[] => ['--ledger', fixture.sessions, '--session', fixture.sessions, '--guard-report', fixture.reports, '--eval', fixture.eval, '--workflow-runs', fixture.workflowRuns, '--pr-outcomes', fixture.prOutcomes, '--agent-login', AGENT_LOGIN];

describe('agent-guards report', () => {
  it('writes the page and figures.json from directories of inputs and prints where they are', async () => {
    const run = await cli(['report', ...allInputs(), '--weekly-budget-tokens', '1000000', '--out', 'out-a']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`dashboard  ${join(dir, 'out-a', 'dashboard.html')}\nfigures    ${join(dir, 'out-a', 'figures.json')}\n`);
    const figures = JSON.parse(readFileSync(join(dir, 'out-a', 'figures.json'), 'utf8')) as DashboardFigures;
    expect(figures.weekly_tokens).toMatchObject({ budget_tokens: 1_000_000, budget_source: 'option', weeks_over_budget: 1 });
    expect(figures.cost_per_pr.mean_micro_usd).toBe(1_380_425);
    expect(figures.ci_time_to_green.agent_logins).toEqual([AGENT_LOGIN]);
    expect(readFileSync(join(dir, 'out-a', 'dashboard.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(run.logger.lines.some((l) => l.message.startsWith('report: 86 model call(s), 11 session(s), 30 guard report(s)'))).toBe(true);
  });

  it('prints only the figures with --json, and reads the weekly budget and prices from the policy', async () => {
    mkdirSync(join(dir, 'repo', '.github'), { recursive: true });
    writeFileSync(join(dir, 'repo', '.github', 'agent-guards.yml'), 'version: 1\ncost:\n  weekly_budget_tokens: 2000000\n  max_cost_per_pr_usd: 5\n');
    const run = await cli(['report', '--ledger', fixture.sessions, '--repo', 'repo', '--out', 'out-b', '--json']);
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout) as DashboardFigures;
    expect(figures.weekly_tokens).toMatchObject({ budget_tokens: 2_000_000, budget_source: 'policy', weeks_over_budget: 0 });
    expect(figures.cost_per_pr).toMatchObject({ basis: 'opened', ceiling_micro_usd: 5_000_000, over_ceiling: 0 });
  });

  it('exits 2 with a message naming what to fix: no input, a bad number, a damaged file, a directory without inputs', async () => {
    const none = await cli(['report', '--out', 'out-c']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing to report: no input was given/);
    const missingOut = await cli(['report', '--ledger', fixture.sessions]);
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toContain('missing --out');
    const badBudget = await cli(['report', '--ledger', fixture.sessions, '--weekly-budget-tokens', '1e6', '--out', 'out-c']);
    expect(badBudget.code).toBe(2);
    expect(badBudget.stderr).toContain("--weekly-budget-tokens is not a positive whole number: '1e6'");
    const badTolerance = await cli(['report', '--ledger', fixture.sessions, '--ci-tolerance', '10', '--out', 'out-c']);
    expect(badTolerance.stderr).toContain("--ci-tolerance is not a fraction between 0 and 1: '10'");
    writeFileSync(join(dir, 'eval-results.json'), '{"suite": "x"');
    const damaged = await cli(['report', '--eval', join(dir, 'eval-results.json'), '--out', 'out-c']);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain(`${join(dir, 'eval-results.json')}: eval results: not valid JSON`);
    const wrongDir = await cli(['report', '--session', fixture.reports, '--out', 'out-c']);
    expect(wrongDir.code).toBe(2);
    expect(wrongDir.stderr).toContain('the directory holds no session file (looked for session.json)');
  });
});

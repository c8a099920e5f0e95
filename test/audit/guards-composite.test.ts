import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExampleRepo, type ExampleRepo } from '../../packages/cli/src/example-repo.js';
import { runComposite } from './run-composite.js';
import { ROOT } from './shipped-files.js';

const GUARDS = join(ROOT, 'actions', 'guards');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function example(): ExampleRepo {
  const repo = buildExampleRepo();
  made.push(repo.dir);
  return repo;
}

/** One model call of the example session, as the runner's ledger records it. */
function ledgerFor(repo: ExampleRepo, pr: number): string {
  const file = join(repo.dir, '..', `${repo.dir.split('/').pop()}-ledger.jsonl`);
  const line = {
    session: 's-142',
    ticket: 'SHOP-142',
    repo: 'octo-org/service',
    pr,
    mode: 'implement',
    model: 'claude-sonnet-4-6',
    ts: '2026-11-21T10:00:00Z',
    input_tokens: 1200,
    output_tokens: 300,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 9000,
    cost_usd: 0.0117,
  };
  writeFileSync(file, `${JSON.stringify(line)}\n`);
  made.push(file);
  return file;
}

function runGuards(repo: ExampleRepo, inputs: Record<string, string>, head = repo.head) {
  const temp = join(repo.dir, '..', `${repo.dir.split('/').pop()}-runner`);
  mkdirSync(temp, { recursive: true });
  made.push(temp);
  return runComposite(GUARDS, {
    workspace: repo.dir,
    // node-version '' skips actions/setup-node: the bundles run on this node.
    inputs: { base: repo.base, head, ticket: repo.ticketPath, 'node-version': '', 'working-directory': repo.dir, ...inputs },
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? temp, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/service', RUNNER_TEMP: temp },
  });
}

describe('actions/guards, every guard in one job', () => {
  it('runs every guard bundle through $GITHUB_ACTION_PATH and passes the example PR', () => {
    const repo = example();
    const run = runGuards(repo, { 'body-file': repo.bodyFile, ledger: ledgerFor(repo, 7), pr: '7' });
    expect(run.outputs, run.log).toMatchObject({
      verdict: 'pass',
      'manifest-scope': 'pass',
      'skip-set': 'pass',
      'spec-conformance': 'pass',
      'cost-ceiling': 'pass',
      boundaries: 'pass',
    });
    expect(run.failed).toBe(false);
  });

  it('keeps running the other guards after one fails, and fails with verdict fail', () => {
    const repo = example();
    mkdirSync(join(repo.dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(repo.dir, '.github', 'workflows', 'deploy.yml'), 'on: push\n');
    execFileSync('git', ['-C', repo.dir, 'add', '-A']);
    execFileSync('git', ['-C', repo.dir, '-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'ci: deploy']);
    const head = execFileSync('git', ['-C', repo.dir, 'rev-parse', 'HEAD']).toString().trim();
    const run = runGuards(repo, { guards: 'manifest-scope, skip-set\nboundaries' }, head);
    expect(run.steps['manifest-scope']?.outcome).toBe('failure');
    expect(run.outputs, run.log).toMatchObject({ verdict: 'fail', 'manifest-scope': 'fail', 'skip-set': 'pass', boundaries: 'pass', 'spec-conformance': '', 'cost-ceiling': '' });
    expect(run.failed).toBe(true);
  });

  it('refuses an unknown guard name before running anything: verdict error', () => {
    const repo = example();
    const run = runGuards(repo, { guards: 'manifest-scope,lint' });
    expect(run.steps.select?.outcome).toBe('failure');
    expect(run.steps['manifest-scope']?.outcome).toBe('skipped');
    expect(run.outputs.verdict).toBe('error');
    expect(run.log).toContain('unknown guard');
  });
});

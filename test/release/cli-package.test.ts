import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubServer } from '@agent-guards/local-servers';
import { TempRepo } from '@agent-guards/testkit';
import { buildExampleRepo, type ExampleRepo } from '../../packages/cli/src/example-repo.js';
import { writeAgentOpsFixture } from '../../packages/report/test/support/agentops-fixture.js';
import { ROOT } from './working-clone.js';

// The CLI as a user gets it: packed by scripts/pack-cli.mjs from this checkout's build, installed from the
// tarball into an empty directory (no workspace above it; third-party packages from the registry), and run
// through the `agent-guards` bin npm links.
const WORKSPACE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

let tarball: string;
let installed: string;
let bin: string;

function agentGuards(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(bin, args, { cwd: options.cwd ?? installed, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The same command through this checkout's own build, for comparison. */
function workspaceCli(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/agent-guards.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A report without what depends on the moment it ran. */
function verdictOf(run: Run): { guard: string; verdict: string; findings: unknown[] } {
  const report = JSON.parse(run.stdout) as { guard: string; verdict: string; findings: unknown[] };
  return { guard: report.guard, verdict: report.verdict, findings: report.findings };
}

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'cli-tarball-'));
  const pack = spawnSync(process.execPath, [join(ROOT, 'scripts/pack-cli.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`pack-cli failed: ${pack.stderr}`);
  tarball = pack.stdout.trim();
  installed = mkdtempSync(join(tmpdir(), 'cli-install-'));
  writeFileSync(join(installed, 'package.json'), '{ "name": "service-tools", "private": true }\n');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: installed, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
  bin = join(installed, 'node_modules', '.bin', 'agent-guards');
}, 600_000);

describe('the packed CLI package', () => {
  it('stands alone: a publishable manifest, no workspace package to fetch, and the files the CLI reads at run time', () => {
    const pkgDir = join(installed, 'node_modules', '@agent-guards', 'cli');
    expect(lstatSync(pkgDir).isSymbolicLink()).toBe(false);
    expect(realpathSync(pkgDir).startsWith(realpathSync(installed))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<string, any>;
    expect(manifest).toMatchObject({ name: '@agent-guards/cli', version: WORKSPACE_VERSION, bin: { 'agent-guards': 'bin/agent-guards.js' }, publishConfig: { access: 'public' } });
    expect(manifest.private).toBeUndefined();
    expect(manifest.engines.node).toMatch(/^>=\d+/);
    expect(Object.keys(manifest.dependencies).filter((d) => d.startsWith('@agent-guards/'))).toEqual([]);
    expect(manifest.repository.url).toBe('git+https://github.com/your-org/agent-guards.git');
    // Nothing else of this scope was installed: the workspace packages travel inside.
    expect(readdirSync(join(installed, 'node_modules', '@agent-guards'))).toEqual(['cli']);
    for (const file of [
      'lib/bin.js',
      'packages/cli/dist/bin.js',
      'lib/version.js',
      'packages/sandbox/bridge/egress-bridge.mjs',
      'packages/skip-set/python/skip_set_pytest_plugin.py',
      'packages/skip-set/jest/skip_set_jest_runner.cjs',
      'packages/source-lexing/lib/python-lexer.js',
      'action-templates/workflow-templates/agent-guards.yml',
      'action-templates/rulesets/agent-guards-branch-ruleset.json',
      'examples/service/pr.json',
      'packages/eval/scenarios',
      'packages/eval/services/python',
    ]) {
      expect(existsSync(join(pkgDir, file)), file).toBe(true);
    }
  });

  it('is accepted by npm publish (dry run): not private, public access', () => {
    const publish = spawnSync('npm', ['publish', '--dry-run', '--provenance=false', tarball], { cwd: installed, encoding: 'utf8' });
    expect(publish.status, publish.stderr).toBe(0);
    expect(`${publish.stdout}${publish.stderr}`).toContain(`+ @agent-guards/cli@${WORKSPACE_VERSION}`);
    expect(publish.stderr).toContain('public access');
  });

  it('prints its usage with every command, and --version prints the version the package carries', () => {
    const help = agentGuards(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries', 'check', 'manifest-lint', 'protection', 'init', 'doctor', 'agent-runner', 'report']) {
      expect(help.stdout, command).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    const version = agentGuards(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(WORKSPACE_VERSION);
  });
});

describe('the installed agent-guards on a service repository', () => {
  let example: ExampleRepo;
  beforeAll(() => {
    example = buildExampleRepo();
  });

  const rangeArgs = () => ['--repo', example.dir, '--base', example.base, '--head', example.head];

  it('runs every guard and check to the verdicts this checkout’s own CLI gives', () => {
    const commands: [string, string[], string][] = [
      ['manifest-scope', [...rangeArgs(), '--ticket', example.ticketPath], 'pass'],
      ['skip-set', rangeArgs(), 'pass'],
      ['spec-conformance', [...rangeArgs(), '--body-file', example.bodyFile], 'pass'],
      ['boundaries', rangeArgs(), 'pass'],
    ];
    for (const [command, args, expected] of commands) {
      const run = agentGuards([command, ...args, '--json']);
      expect(verdictOf(run), `${command}: ${run.stderr}`).toEqual(verdictOf(workspaceCli([command, ...args, '--json'], example.dir)));
      expect(verdictOf(run).verdict, command).toBe(expected);
      expect(run.status, command).toBe(0);
    }
    const check = agentGuards(['check', ...rangeArgs(), '--ticket', example.ticketPath, '--body-file', example.bodyFile, '--json']);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ verdict: 'pass' });
  });

  it('fails a change to a CI workflow with the finding that names it', () => {
    const repo = new TempRepo(example.dir, { init: false });
    repo.git('checkout', '-q', '-b', 'ci-change', example.head);
    repo.write({ '.github/workflows/release.yml': 'on: push\n' });
    const head = repo.commit('fix(events): also release');
    const run = agentGuards(['manifest-scope', '--repo', example.dir, '--base', example.base, '--head', head, '--ticket', example.ticketPath, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; path?: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'forbidden-path', path: '.github/workflows/release.yml' }));
  });

  it('lints the tool manifest: the spec §5 manifest passes, a shell fails', () => {
    expect(agentGuards(['manifest-lint', '--repo', example.dir]).status).toBe(0);
    const repo = new TempRepo();
    repo.write({ '.github/agent-manifest.yml': 'version: 1\nmodes:\n  frame: { read: [read_file, bash] }\n  plan: { inherit: frame }\n  implement: { inherit: plan }\n  review: { inherit: implement }\n' });
    const run = agentGuards(['manifest-lint', '--repo', repo.dir, '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("binds 'bash'");
  });

  it('lexes a large Python suite on the lexer’s worker thread, shipped beside it, and finds the new skip', () => {
    const repo = new TempRepo();
    // Every file changes, so the head side scans all 70: past the size at which the lexer moves to its worker.
    const tests = (skip: boolean) =>
      Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`tests/test_m${i}.py`, `${skip && i === 3 ? 'import pytest\n\n\n@pytest.mark.skip(reason="later")\n' : ''}def test_m${i}():\n    assert ${i} == ${skip ? i : `${i} + 0`}\n`]));
    repo.write({ 'pytest.ini': '[pytest]\n', ...tests(false) });
    const base = repo.commit('test: a suite');
    repo.write(tests(true));
    const head = repo.commit('test: skip one');
    const run = agentGuards(['skip-set', '--repo', repo.dir, '--base', base, '--head', head, '--json']);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; test?: string }[]; metrics: Record<string, number> };
    expect(report.findings.map((f) => `${f.rule} ${f.test}`)).toEqual(['new-skip tests/test_m3.py::test_m3']);
    expect(report.metrics['files-scanned-head']).toBe(70);
  });

  it('reads usage ledgers: cost-ceiling judges them and report writes the dashboard', async () => {
    const fixture = await writeAgentOpsFixture(mkdtempSync(join(tmpdir(), 'agentops-')));
    const ledger = readdirSync(fixture.sessions, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.jsonl') && f.includes('ledger'));
    expect(ledger).toBeDefined();
    const cost = agentGuards(['cost-ceiling', '--ledger', join(fixture.sessions, ledger!), '--json']);
    expect(['pass', 'fail']).toContain(JSON.parse(cost.stdout).verdict);
    expect(cost.status).toBe(JSON.parse(cost.stdout).verdict === 'pass' ? 0 : 1);
    expect(verdictOf(cost)).toEqual(verdictOf(workspaceCli(['cost-ceiling', '--ledger', join(fixture.sessions, ledger!), '--json'], installed)));
    const inputs = ['--ledger', fixture.sessions, '--session', fixture.sessions, '--guard-report', fixture.reports, '--eval', fixture.eval, '--workflow-runs', fixture.workflowRuns, '--pr-outcomes', fixture.prOutcomes];
    const [out, expected] = [mkdtempSync(join(tmpdir(), 'dashboard-')), mkdtempSync(join(tmpdir(), 'dashboard-'))];
    const report = agentGuards(['report', ...inputs, '--out', out]);
    expect(report.status, report.stderr).toBe(0);
    expect(workspaceCli(['report', ...inputs, '--out', expected], installed).status).toBe(0);
    expect(readFileSync(join(out, 'dashboard.html'), 'utf8')).toMatch(/^<!doctype html>/);
    // The same figures as this checkout's CLI computes, but for the moment each was made.
    const figures = (dir: string) => {
      const { generated_at: _when, ...rest } = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')) as { generated_at: string; cost_per_pr: { mean_micro_usd: number } };
      return rest;
    };
    expect(figures(out).cost_per_pr.mean_micro_usd).toBeGreaterThan(0);
    expect(figures(out)).toEqual(figures(expected));
  });

  it('checks branch protection through a GitHub API: a ruleset with the guard checks passes, none fails', async () => {
    const server = await GitHubServer.start({ token: 'test-token' });
    try {
      const policyFile = join(mkdtempSync(join(tmpdir(), 'policy-')), 'agent-guards.yml');
      writeFileSync(policyFile, 'version: 1\nprotected_branches: [main]\n');
      const checks = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'];
      server.repo('octo-org/guarded').addRuleset({
        name: 'agent guards',
        include: ['~DEFAULT_BRANCH'],
        rules: [
          { type: 'deletion' },
          { type: 'non_fast_forward' },
          { type: 'pull_request', parameters: { required_approving_review_count: 1 } },
          { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: true, required_status_checks: checks.map((c) => ({ context: `guards / ${c}` })) } },
        ],
      });
      server.repo('octo-org/open');
      const protection = (repo: string) => spawnAsync(bin, ['protection', '--repo', repo, '--api-url', server.url, '--policy-file', policyFile, '--json'], { GITHUB_TOKEN: 'test-token' });
      const guarded = await protection('octo-org/guarded');
      expect(guarded.status, guarded.stderr).toBe(0);
      expect(JSON.parse(guarded.stdout)).toMatchObject({ guard: 'protection', verdict: 'pass' });
      const open = await protection('octo-org/open');
      expect(open.status).toBe(1);
      expect(JSON.parse(open.stdout)).toMatchObject({ verdict: 'fail' });
    } finally {
      await server.close();
    }
  });

  it('serves a saved local GitHub state until it is stopped', async () => {
    const server = await GitHubServer.start({ token: 'test-token' });
    server.repo('octo-org/saved').addIssue({ title: 'a saved issue' });
    const state = join(mkdtempSync(join(tmpdir(), 'state-')), 'github-state.json');
    writeFileSync(state, JSON.stringify(server.snapshot()));
    await server.close();
    const child = spawn(bin, ['local-github', '--state', state], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    const url = await new Promise<string>((resolveUrl, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const m = /local GitHub at (http:\/\/\S+)/.exec(seen);
        if (m) resolveUrl(m[1]!);
      });
      child.on('exit', () => reject(new Error(`local-github exited before serving: ${seen}`)));
    });
    const issues = (await (await fetch(`${url}/repos/octo-org/saved/issues`, { headers: { connection: 'close' } })).json()) as { title: string }[];
    expect(issues.map((i) => i.title)).toEqual(['a saved issue']);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('sets a service repository up with init, and doctor checks it', () => {
    const repo = new TempRepo();
    repo.write({ 'pyproject.toml': '[project]\nname = "svc"\nrequires-python = ">=3.11"\n', 'src/svc/__init__.py': 'def f():\n    return 1\n', 'tests/test_f.py': 'def test_f():\n    assert True\n' });
    repo.commit('chore: a service');
    const init = agentGuards(['init', '--repo', repo.dir]);
    expect(init.status, init.stderr).toBe(0);
    for (const file of ['.github/agent-guards.yml', '.github/agent-manifest.yml', 'docs/agent-spec.md', '.github/workflows/agent-guards.yml']) expect(existsSync(repo.path(file)), file).toBe(true);
    // The workflows are the package's own templates: the pins of the release it was packed from.
    const pin = /your-org\/agent-guards\/\.github\/workflows\/agent-guards\.yml@([0-9a-f]{40}) # (v\S+)/;
    expect(readFileSync(repo.path('.github/workflows/agent-guards.yml'), 'utf8').match(pin)?.slice(1)).toEqual(readFileSync(join(ROOT, 'action-templates/workflow-templates/agent-guards.yml'), 'utf8').match(pin)?.slice(1));
    repo.git('add', '-A');
    repo.commit('chore: agent-guards');
    const doctor = agentGuards(['doctor', '--repo', repo.dir]);
    expect(doctor.stdout).toContain('.github/agent-guards.yml at main');
    expect(doctor.stdout).toMatch(/✓ Node\.js \S+ meets agent-guards' engines/);
    expect([0, 1]).toContain(doctor.status);
  });

  it('re-enacts the case study with demo, from the files the package ships, into ./out/demo', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cli-demo-'));
    const run = await spawnAsync(bin, ['demo', '--json'], {}, cwd);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { ok: boolean; unexpected: string[]; written: Record<string, string> };
    expect(summary).toMatchObject({ ok: true, unexpected: [] });
    expect(summary.written.dashboard).toBe(join(realpathSync(cwd), 'out', 'demo', 'dashboard', 'dashboard.html'));
    expect(readFileSync(summary.written.dashboard!, 'utf8')).toContain('shop-events');
    // The eval slice ran on the scenarios the package carries.
    const results = JSON.parse(readFileSync(summary.written['eval results']!, 'utf8')) as { scenarios: unknown[] };
    expect(results.scenarios.length).toBeGreaterThan(0);
  }, 300_000);

  it('refuses to start the agent runner without a model key, saying where it goes', () => {
    const run = agentGuards(['agent-runner', '--repo', example.dir, '--ticket', example.ticketPath], { env: { ANTHROPIC_API_KEY: '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no model key: export ANTHROPIC_API_KEY');
  });
});

function spawnAsync(command: string, args: string[], env: Record<string, string>, cwd?: string): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('exit', (code) => resolveRun({ status: code ?? -1, stdout, stderr }));
  });
}


import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { GitHubServer } from '@agent-guards/local-servers';
import { openSandbox } from '@agent-guards/sandbox';
import { TempRepo } from '@agent-guards/testkit';
import { main } from '../src/cli.js';
import { runDoctorCommand } from '../src/commands/doctor.js';
import type { CheckItem, CheckStatus } from '../src/setup/checklist.js';
import { initRepository } from '../src/setup/init-repository.js';
import { checkNodeVersion, checkSandbox } from '../src/setup/machine-checks.js';
import { RULESET_PATH } from '../src/setup/starter-files.js';
import { releasedTemplates } from './released-templates.js';

const TOKEN = 'doctor-token';
const SERVICE = 'octo-org/service';
let server: GitHubServer;
let release: ReturnType<typeof releasedTemplates>;
let releaseSha: string;
const cleanups: (() => void)[] = [];

/** A remote repository on the local GitHub server, backed by a bare git repository with one commit. */
function remoteWithCommit(fullName: string): string {
  const bare = new TempRepo(undefined, { bare: true });
  cleanups.push(() => bare.cleanup());
  const sha = bare.fastImport('main', [['README.md', `${fullName}\n`]], `chore: ${fullName}`);
  server.repo(fullName).gitDir = bare.dir;
  return sha;
}

/** Whether the sandbox starts on this machine, asked of the sandbox itself. */
async function sandboxStartsHere(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guards-probe-'));
  try {
    await (await openSandbox({ settings: defaultPolicy().runner.sandbox, policyPath: '.github/agent-guards.yml', workdir: dir })).close();
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  server = await GitHubServer.start({ token: TOKEN });
  releaseSha = remoteWithCommit('octo-platform/agent-guards');
  const checkoutSha = remoteWithCommit('actions/checkout');
  release = releasedTemplates({ repository: 'octo-platform/agent-guards', sha: releaseSha, version: '1.4.0', checkoutSha });
});
afterAll(async () => {
  await server.close();
  release.cleanup();
  cleanups.forEach((c) => c());
});

/** A small Python service that ran `agent-guards init` with the release and committed the result on main. */
async function adoptedService(): Promise<TempRepo> {
  const repo = new TempRepo();
  cleanups.push(() => repo.cleanup());
  repo.write({
    'pyproject.toml': '[project]\nname = "svc"\nversion = "1.0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
    'src/svc/__init__.py': 'def add(a, b):\n    return a + b\n',
    'tests/test_add.py': 'from svc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n',
  });
  repo.commit('chore: service');
  await initRepository({ dir: repo.dir, templates: release, dryRun: false, force: false });
  repo.commit('chore: adopt agent-guards');
  return repo;
}

/** Imports the ruleset init wrote, as `gh api -X POST repos/OWNER/NAME/rulesets --input …` would. */
function importRuleset(repo: TempRepo, fullName: string, edit: (rules: { type: string; parameters?: Record<string, unknown> }[]) => typeof rules = (r) => r): void {
  const ruleset = JSON.parse(readFileSync(repo.path(RULESET_PATH), 'utf8')) as {
    name: string;
    conditions: { ref_name: { include: string[]; exclude: string[] } };
    rules: { type: string; parameters?: Record<string, unknown> }[];
  };
  const state = server.repo(fullName);
  state.addBranch('release/1.0');
  state.addRuleset({ name: ruleset.name, include: ruleset.conditions.ref_name.include, exclude: ruleset.conditions.ref_name.exclude, rules: edit(ruleset.rules) });
}

interface DoctorRun {
  code: number;
  items: CheckItem[];
  text: string;
}

async function doctor(repo: TempRepo, options: { token?: boolean; githubRepo?: string; nodeVersion?: string; ref?: string } = {}): Promise<DoctorRun> {
  const io = (sink: (t: string) => void) => ({
    stdout: sink,
    stderr: () => undefined,
    cwd: process.cwd(),
    env: options.token === false ? {} : { GITHUB_TOKEN: TOKEN },
    logger: new MemoryLogger(),
  });
  const values = { repo: repo.dir, 'api-url': server.url, 'github-repo': options.githubRepo ?? SERVICE, ...(options.ref ? { ref: options.ref } : {}) };
  let json = '';
  const code = await runDoctorCommand({ ...values, json: true }, io((t) => (json += t)), release, options.nodeVersion ?? process.versions.node);
  let text = '';
  const textCode = await runDoctorCommand(values, io((t) => (text += t)), release, options.nodeVersion ?? process.versions.node);
  expect(textCode).toBe(code);
  return { code, items: (JSON.parse(json) as { items: CheckItem[] }).items, text };
}

const byId = (run: DoctorRun, id: string): CheckItem[] => run.items.filter((i) => i.id === id);
const statuses = (items: CheckItem[]): CheckStatus[] => [...new Set(items.map((i) => i.status))];

describe('agent-guards doctor', () => {
  it('passes a repository set up by init, with the ruleset imported and the pins on GitHub', async () => {
    const repo = await adoptedService();
    const fullName = 'octo-org/adopted';
    importRuleset(repo, fullName);
    const run = await doctor(repo, { githubRepo: fullName });
    const sandbox = (await sandboxStartsHere()) ? 'pass' : 'fail';
    expect(run.items.filter((i) => i.id !== 'sandbox' && i.status !== 'pass')).toEqual([]);
    expect(byId(run, 'sandbox')[0]!.status).toBe(sandbox);
    expect(run.code).toBe(sandbox === 'pass' ? 0 : 1);
    const head = repo.head().slice(0, 12);
    expect(run.items.map((i) => i.title)).toContain(`.github/agent-guards.yml at main (${head})`);
    expect(run.items.map((i) => i.title)).toContain(`.agent/tickets/TEMPLATE.yml at main (${head})`);
    const pin = byId(run, 'workflow-pin').find((i) => i.title === `pin octo-platform/agent-guards@${releaseSha.slice(0, 12)} # v1.4.0 in the workflows at main (${head})`);
    expect(pin?.detail).toMatch(/^the commit exists in octo-platform\/agent-guards \(uses: at \.github\/workflows\/agent-guards\.yml:\d+, .*agent-pr-outcome\.yml:\d+\)\.$/);
    expect(byId(run, 'template-current')).toHaveLength(4);
    expect(byId(run, 'ruleset')[0]!.title).toContain(`(${fullName})`);
    expect(run.text).toMatch(/^✓ \.github\/agent-guards\.yml at main/m);
  });

  it('without a token says the pins and the rulesets were not checked, and passes neither', async () => {
    const repo = await adoptedService();
    const run = await doctor(repo, { token: false });
    expect(statuses(byId(run, 'workflow-pin'))).toEqual(['unknown']);
    expect(byId(run, 'ruleset')[0]).toMatchObject({ status: 'unknown', fix: expect.stringContaining('GITHUB_TOKEN') });
    expect(run.text).toMatch(/^! pin octo-platform\/agent-guards@\w{12} # v1\.4\.0 in the workflows at main \(\w{12}\) \(not checked\)$/m);
    expect(run.text).toContain('    fix: set GITHUB_TOKEN');
  });

  it('reads the trusted files at the default branch, not the working tree, and names file, ref and field', async () => {
    const repo = await adoptedService();
    const policy = readFileSync(repo.path('.github/agent-guards.yml'), 'utf8');
    repo.write({ '.github/agent-guards.yml': policy.replace('tickets_dir:', 'ticket_dir:') });
    const broken = repo.commit('chore: rename a policy key');
    repo.write({ '.github/agent-guards.yml': policy });
    const run = await doctor(repo);
    const item = byId(run, 'config-policy')[0]!;
    expect(item.status).toBe('fail');
    expect(item.title).toBe(`.github/agent-guards.yml at main (${broken.slice(0, 12)})`);
    expect(item.detail).toContain('ticket_dir');
    expect(item.detail).toContain(`read at the base commit ${broken.slice(0, 7)}`);
    expect(item.fix).toBeDefined();
    expect(run.code).toBe(1);
    expect(run.text).toMatch(/^✗ \.github\/agent-guards\.yml at main/m);
  });

  it('fails a pin to a commit the agent-guards repository does not have, and a workflow pinned to another release', async () => {
    const repo = await adoptedService();
    const path = repo.path('.github/workflows/agent-guards-protection.yml');
    const missing = 'deadbeef'.repeat(5);
    repo.write({ '.github/workflows/agent-guards-protection.yml': readFileSync(path, 'utf8').replace(`@${releaseSha} # v1.4.0`, `@${missing} # v1.3.0`) });
    repo.commit('chore: pin protection elsewhere');
    const run = await doctor(repo);
    const pin = byId(run, 'workflow-pin').find((i) => i.title.includes(missing.slice(0, 12)))!;
    expect(pin).toMatchObject({ status: 'fail', detail: `octo-platform/agent-guards has no commit ${missing} (uses: at .github/workflows/agent-guards-protection.yml:31).` });
    const stale = byId(run, 'template-current').find((i) => i.title.startsWith('.github/workflows/agent-guards-protection.yml'))!;
    expect(stale.status).toBe('fail');
    expect(stale.detail).toContain('(v1.3.0)');
    expect(stale.detail).toContain('(v1.4.0)');
    expect(run.code).toBe(1);
  });

  it('fails a tag pin and the unreleased placeholder without asking GitHub', async () => {
    const repo = await adoptedService();
    const path = repo.path('.github/workflows/agent-pr-outcome.yml');
    repo.write({
      '.github/workflows/agent-pr-outcome.yml': readFileSync(path, 'utf8').replace(`@${releaseSha} # v1.4.0`, '@v1'),
      '.github/workflows/agent-guards-protection.yml': readFileSync(repo.path('.github/workflows/agent-guards-protection.yml'), 'utf8').replace(releaseSha, '0'.repeat(40)),
    });
    repo.commit('chore: unpinned');
    const run = await doctor(repo);
    const asked = server.requestsTo('GET /repos/{owner}/{repo}/commits/{ref}').map((r) => r.url);
    expect(asked.some((url) => url.endsWith(`/commits/${releaseSha}`))).toBe(true);
    expect(asked.filter((url) => url.endsWith('/commits/v1') || url.endsWith(`/commits/${'0'.repeat(40)}`))).toEqual([]);
    const pins = byId(run, 'workflow-pin');
    expect(pins.find((i) => i.title.includes('@v1 in'))).toMatchObject({ status: 'fail', detail: expect.stringContaining('not a commit SHA') });
    expect(pins.find((i) => i.title.includes('@000000000000'))).toMatchObject({ status: 'fail', detail: expect.stringContaining('placeholder') });
  });

  it('says a pin could not be checked, not that it passed, when GitHub refuses to answer', async () => {
    const repo = await adoptedService();
    server.inject({ route: 'GET /repos/{owner}/{repo}/commits/{ref}', kind: 'forbidden', count: Infinity });
    try {
      const run = await doctor(repo);
      const pins = byId(run, 'workflow-pin');
      expect(statuses(pins)).toEqual(['unknown']);
      expect(pins[0]!.detail).toContain('GitHub refused reading commit');
    } finally {
      server.clearFaults();
    }
  });

  it('warns about a workflow edited beyond its pins, and fails a missing one', async () => {
    const repo = await adoptedService();
    const path = repo.path('.github/workflows/agent-guards.yml');
    repo.write({ '.github/workflows/agent-guards.yml': readFileSync(path, 'utf8').replace('# test-reports-path: reports/', 'test-reports-path: reports/') });
    repo.remove('.github/workflows/agent-pipeline.yml');
    repo.commit('chore: local changes');
    const run = await doctor(repo);
    const [guards, pipeline] = byId(run, 'template-current');
    expect(guards).toMatchObject({ status: 'warn', detail: expect.stringContaining('"test-reports-path: reports/"') });
    expect(pipeline).toMatchObject({ status: 'fail', detail: 'the workflow is missing.' });
  });

  it('fails a ruleset that does not require the guard checks, naming what is missing', async () => {
    const repo = await adoptedService();
    const fullName = 'octo-org/half-protected';
    importRuleset(repo, fullName, (rules) => rules.filter((r) => r.type !== 'required_status_checks'));
    const run = await doctor(repo, { githubRepo: fullName });
    const ruleset = byId(run, 'ruleset')[0]!;
    expect(ruleset.status).toBe('fail');
    expect(ruleset.detail).toContain('manifest-scope');
    expect(ruleset.fix).toContain(RULESET_PATH);
    expect(run.code).toBe(1);
  });

  it('fails a ticket whose id does not name its file, and a ref that does not exist', async () => {
    const repo = await adoptedService();
    repo.write({ '.agent/tickets/SVC-1.yml': 'id: SVC-2\ntitle: Add a test\nscope:\n  include: ["tests/**"]\n' });
    repo.commit('chore: a ticket');
    const run = await doctor(repo);
    expect(byId(run, 'config-ticket').find((i) => i.title.startsWith('.agent/tickets/SVC-1.yml'))).toMatchObject({ status: 'fail', detail: expect.stringContaining('.agent/tickets/SVC-2.yml') });
    const noRef = await doctor(repo, { ref: 'no-such-branch' });
    expect(byId(noRef, 'ref')[0]).toMatchObject({ status: 'fail', detail: expect.stringContaining("'no-such-branch'") });
  });

  it('runs as `agent-guards doctor`, exit 1 when an item fails', async () => {
    const repo = new TempRepo();
    cleanups.push(() => repo.cleanup());
    repo.write({ 'README.md': 'nothing set up\n' });
    repo.commit('chore: empty');
    let stdout = '';
    const code = await main(['doctor', '--repo', repo.dir, '--json'], { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: process.cwd(), env: {}, logger: new MemoryLogger() });
    expect(code).toBe(1);
    const items = (JSON.parse(stdout) as { items: CheckItem[] }).items;
    expect(items.find((i) => i.id === 'config-policy')).toMatchObject({ status: 'fail', fix: expect.stringContaining('agent-guards init') });
  });
});

describe('doctor on this machine', () => {
  it('fails the sandbox with the install fix when bubblewrap is not on PATH', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'agent-guards-nopath-'));
    const path = process.env.PATH;
    process.env.PATH = empty;
    try {
      const item = await checkSandbox(defaultPolicy().runner.sandbox, '.github/agent-guards.yml');
      expect(item).toMatchObject({ status: 'fail', detail: expect.stringContaining('bwrap (bubblewrap) is not installed'), fix: expect.stringContaining('apt-get install -y bubblewrap') });
    } finally {
      process.env.PATH = path;
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('warns when the policy runs without a sandbox', async () => {
    const item = await checkSandbox({ ...defaultPolicy().runner.sandbox, mode: 'none' }, '.github/agent-guards.yml');
    expect(item.status).toBe('warn');
  });

  it("judges the Node.js version by agent-guards' engines range", () => {
    expect(checkNodeVersion('18.19.0', '>=20.19')).toMatchObject({ status: 'fail', fix: expect.stringContaining('>=20.19') });
    expect(checkNodeVersion('22.11.0', '>=20.19').status).toBe('pass');
    expect(checkNodeVersion('22.11.0', undefined).status).toBe('unknown');
  });
});

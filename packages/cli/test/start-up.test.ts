import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { logGitProcesses, moduleLoadLog, TempRepo } from '@agent-guards/testkit';
import { main } from '../src/cli.js';
import { COMMANDS } from '../src/commands/index.js';
import { buildExampleRepo } from '../src/example-repo.js';
import { cliVersion } from '../src/version.js';

const PACKAGE_DIR = resolve(import.meta.dirname, '..');
const BIN = join(PACKAGE_DIR, 'bin', 'agent-guards.js');
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-start-up-'));
  temps.push(dir);
  return dir;
}

async function cli(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd, env: {}, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

/**
 * Runs the built CLI as a user does (its bin) under a module hook that writes the URL
 * of every module Node loads to a file: what a command line loads, not how long it takes.
 */
function loadedModules(args: string[]): { code: number | null; stdout: string; stderr: string; modules: string[] } {
  const log = moduleLoadLog();
  temps.push(log.dir);
  const run = spawnSync(process.execPath, ['--import', log.register, BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, modules: log.urls().flatMap(sourceModules) };
}

/**
 * The bin runs the CLI's bundle (packages/cli/dist/, written by `npm run build`): a loaded chunk
 * stands for the compiled modules it holds, as dist/modules.json lists them, so the checks below
 * read the same module paths whether the bin runs the bundle or lib/.
 */
function sourceModules(url: string): string[] {
  const dist = `${pathToFileURL(join(PACKAGE_DIR, 'dist')).href}/`;
  if (!url.startsWith(dist)) return [url];
  const chunks = JSON.parse(readFileSync(join(PACKAGE_DIR, 'dist', 'modules.json'), 'utf8')) as Record<string, string[]>;
  const held = chunks[url.slice(dist.length)];
  if (!held) throw new Error(`${url} is not a chunk dist/modules.json lists: rebuild with npm run build`);
  return held.map((m) => pathToFileURL(join(PACKAGE_DIR, '..', '..', m)).href);
}

const COMMAND_MODULES = /\/packages\/cli\/lib\/commands\/(?!index\.js|guard-options\.js)[^/]+\.js$/;
const GUARD_AND_TOOL_PACKAGES = /\/packages\/(manifest-scope|skip-set|spec-conformance|cost-ceiling|boundaries|protection|agent-runner|report|eval|local-servers|github|sandbox)\/lib\//;

describe('agent-guards start-up', () => {
  it('prints the CLI package version with --version (and -V, version)', async () => {
    for (const flag of ['--version', '-V', 'version']) {
      const run = await cli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${VERSION}\n`);
    }
  });

  it('reads the version from the package.json of the package a bundle sits in', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules', '@acme', 'agent-guards', 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'service', version: '0.0.1' }));
    writeFileSync(join(dir, 'node_modules', '@acme', 'agent-guards', 'package.json'), JSON.stringify({ name: '@acme/agent-guards', version: '3.4.5', bin: { 'agent-guards': 'dist/cli.js' } }));
    expect(cliVersion(pathToFileURL(join(dir, 'node_modules', '@acme', 'agent-guards', 'dist', 'cli.js')).href)).toBe('3.4.5');
    expect(() => cliVersion(pathToFileURL(join(dir, 'cli.js')).href)).toThrow(/no package.json declaring the agent-guards bin/);
  });

  it('answers --help, --version and a command --help from the built bin without loading any command', () => {
    for (const args of [['--help'], ['--version'], ['skip-set', '--help'], ['agent-runner', '--help'], ['report', '--help']]) {
      const run = loadedModules(args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.modules.some((m) => m.endsWith('/packages/cli/lib/cli.js'))).toBe(true);
      expect(run.modules.filter((m) => COMMAND_MODULES.test(m)), args.join(' ')).toEqual([]);
      expect(run.modules.filter((m) => GUARD_AND_TOOL_PACKAGES.test(m)), args.join(' ')).toEqual([]);
      expect(run.modules.filter((m) => /\/node_modules\/(zod|yaml|@anthropic-ai|@octokit)\//.test(m)), args.join(' ')).toEqual([]);
    }
    expect(loadedModules(['--version']).stdout).toBe(`${VERSION}\n`);
    expect(loadedModules(['skip-set', '--help']).stdout).toContain('usage: agent-guards skip-set --repo DIR --base REV');
  });

  it('loads only the guard that runs: scope loads manifest-scope and no other guard, the runner or the dashboard', () => {
    const example = buildExampleRepo();
    temps.push(example.dir);
    const run = loadedModules(['scope', '--repo', example.dir, '--base', example.base, '--head', example.head, '--ticket', example.ticketPath, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ guard: 'manifest-scope', verdict: 'pass' });
    const packages = new Set(run.modules.map((m) => /\/packages\/([^/]+)\/lib\//.exec(m)?.[1]).filter(Boolean));
    expect(packages.has('manifest-scope')).toBe(true);
    for (const other of ['skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries', 'agent-runner', 'report', 'eval', 'local-servers', 'sandbox']) expect(packages.has(other), other).toBe(false);
  });

  it('gives every command a --help and code that loads', async () => {
    for (const command of COMMANDS) {
      const help = await cli([command.name, '--help']);
      expect(help.code, command.name).toBe(0);
      expect(help.stdout).toContain(`usage: agent-guards ${command.name} `);
      for (const alias of command.aliases ?? []) expect((await cli([alias, '--help'])).stdout).toContain(`usage: agent-guards ${command.name} `);
      expect(typeof (await command.load()).run, command.name).toBe('function');
    }
  });
});

describe('agent-guards --repo', () => {
  it('stops at a --repo that does not exist, naming the path and the fix, before the command runs', async () => {
    const run = await cli(['skip-set', '--repo', 'no/such/service', '--base', 'HEAD~1'], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^agent-guards skip-set: --repo no\/such\/service \(\/.*\/no\/such\/service\) does not exist: pass the folder of a git checkout/);
  });

  it('stops at a --repo that is not a git repository', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'not a clone\n');
    for (const command of ['check', 'boundaries', 'manifest-lint']) {
      const run = await cli([command, '--repo', dir, ...(command === 'manifest-lint' ? [] : ['--base', 'main'])]);
      expect(run.code, command).toBe(2);
      expect(run.stderr).toBe(`agent-guards ${command}: --repo ${dir} is not a git repository: pass the folder of a git clone of the service (git clone <url>), not a copy of its files.\n`);
    }
  });

  it("asks git about a .git that is not a clone's: an empty .git file or folder is no repository", async () => {
    for (const make of [(dir: string) => writeFileSync(join(dir, '.git'), ''), (dir: string) => mkdirSync(join(dir, '.git'))]) {
      const dir = tempDir();
      make(dir);
      const run = await cli(['skip-set', '--repo', dir, '--base', 'main']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`agent-guards skip-set: --repo ${dir} is not a git repository: pass the folder of a git clone of the service (git clone <url>), not a copy of its files.\n`);
    }
  });

  it("starts no git process to check a clone's root, and one for a folder inside it", async () => {
    const repo = new TempRepo();
    temps.push(repo.dir);
    repo.write({ 'src/a.txt': 'a\n' });
    const base = repo.commit('base');
    const git = logGitProcesses();
    try {
      for (const [dir, checks] of [
        [repo.dir, 0],
        [join(repo.dir, 'src'), 1],
      ] as const) {
        git.reset();
        const run = await cli(['boundaries', '--repo', dir, '--base', base, '--head', base, '--json']);
        expect(JSON.parse(run.stdout)).toMatchObject({ guard: 'boundaries', verdict: 'pass' });
        expect(git.calls().filter((args) => args.includes('--git-dir'))).toHaveLength(checks);
      }
    } finally {
      git.restore();
    }
  });

  it('leaves the offline cost guard alone without --base, and checks the checkout with it', async () => {
    const dir = tempDir();
    const ledger = join(dir, 'usage.jsonl');
    writeFileSync(ledger, `${JSON.stringify({ session: 's', ticket: 'T-1', repo: 'octo-org/service', pr: 7, mode: 'plan', model: 'claude-sonnet-4-6', ts: '2026-11-21T10:00:00Z', input_tokens: 100, output_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 900, cost_usd: 0.001 })}\n`);
    expect((await cli(['cost', '--ledger', ledger, '--repo', dir])).code).toBe(0);
    const withBase = await cli(['cost', '--ledger', ledger, '--repo', dir, '--base', 'main']);
    expect(withBase.code).toBe(2);
    expect(withBase.stderr).toContain('is not a git repository');
  });
});

describe('agent-guards --json', () => {
  it('prints an error report when the policy at --base is invalid', async () => {
    const repo = new TempRepo();
    temps.push(repo.dir);
    repo.write({ '.github/agent-guards.yml': 'version: 1\nforbiden_paths: ["x/**"]\n', 'a.txt': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'b.txt': 'b\n' });
    const head = repo.commit('head');
    for (const command of ['check', 'skip-set', 'boundaries']) {
      const run = await cli([command, '--repo', repo.dir, '--base', base, '--head', head, '--json']);
      expect(run.code, command).toBe(2);
      // check prints the combined report: the error is its one guard report.
      const parsed = JSON.parse(run.stdout) as { verdict: string; findings?: { message: string }[]; reports?: { findings: { message: string }[] }[] };
      expect(parsed.verdict).toBe('error');
      const findings = parsed.reports ? parsed.reports.flatMap((r) => r.findings) : parsed.findings!;
      expect(findings[0]!.message).toContain('.github/agent-guards.yml');
    }
  });

  it('prints an error report when the ticket is invalid', async () => {
    const repo = new TempRepo();
    temps.push(repo.dir);
    repo.write({ '.agent/tickets/T-1.yml': 'id: T-1\nscope: src/**\n', 'a.txt': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'b.txt': 'b\n' });
    const head = repo.commit('head');
    const run = await cli(['scope', '--repo', repo.dir, '--base', base, '--head', head, '--ticket', '.agent/tickets/T-1.yml', '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { guard: string; verdict: string; findings: { message: string }[] };
    expect(report).toMatchObject({ guard: 'manifest-scope', verdict: 'error' });
    expect(report.findings[0]!.message).toContain('.agent/tickets/T-1.yml');
  });

  it('prints an error report for a missing option, a bad --repo and a command that stops without a report', async () => {
    const missing = await cli(['scope', '--repo', '.', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ guard: 'manifest-scope', verdict: 'error', findings: [{ rule: 'usage-error', message: 'missing --base, --ticket.' }] });

    const badRepo = await cli(['check', '--repo', 'nowhere', '--base', 'main', '--json'], tempDir());
    expect(JSON.parse(badRepo.stdout)).toMatchObject({ guard: 'check', verdict: 'error', findings: [{ rule: 'configuration-error' }] });
    expect(JSON.parse(badRepo.stdout).findings[0].message).toContain('--repo nowhere');

    const noLedger = await cli(['cost', '--json'], tempDir());
    expect(noLedger.code).toBe(2);
    expect(JSON.parse(noLedger.stdout)).toMatchObject({ guard: 'cost-ceiling', verdict: 'error', findings: [{ message: 'give at least one --ledger or --usage-file.' }] });
  });
});

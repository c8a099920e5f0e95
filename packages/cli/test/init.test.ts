import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { DEFAULT_MANIFEST_PATH, loadManifest, loadPolicy, loadTicket } from '@agent-guards/config';
import { readFileAt } from '@agent-guards/git';
import { specFromText, specMapFromText } from '@agent-guards/spec-conformance';
import { cloneRealRepo, realReposAvailable, TempRepo } from '@agent-guards/testkit';
import { workflowErrors } from '../../../test/audit/github-parser.js';
import { main } from '../src/cli.js';
import { runInit } from '../src/commands/init.js';
import { initRepository, type InitResult } from '../src/setup/init-repository.js';
import { RULESET_PATH, TICKET_TEMPLATE_PATH } from '../src/setup/starter-files.js';
import { CALLER_WORKFLOWS } from '../src/setup/template-files.js';
import { workflowPins } from '../src/setup/workflow-pins.js';
import { releasedTemplates } from './released-templates.js';

const RELEASE = { repository: 'octo-platform/agent-guards', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', version: '1.4.0' };
const templates = releasedTemplates(RELEASE);
const repos: TempRepo[] = [];
afterAll(() => {
  repos.forEach((r) => r.cleanup());
  templates.cleanup();
});

function track(repo: TempRepo): TempRepo {
  repos.push(repo);
  return repo;
}

/** Every file init wrote, loaded back the way the guards load them: at a commit, with the project's own loaders. */
async function loadWritten(repo: TempRepo): Promise<void> {
  const base = repo.commit('chore: adopt agent-guards');
  const { policy, found } = await loadPolicy({ repo: repo.dir, base });
  expect(found).toBe(true);
  const { found: manifestFound } = await loadManifest({ repo: repo.dir, base, path: DEFAULT_MANIFEST_PATH });
  expect(manifestFound).toBe(true);
  const ticket = await loadTicket({ repo: repo.dir, base, path: TICKET_TEMPLATE_PATH });
  expect(ticket.scope.include.length).toBeGreaterThan(0);
  const spec = specFromText(await readFileAt(repo.dir, base, policy.spec.path), policy.spec.path, base);
  const map = specMapFromText(await readFileAt(repo.dir, base, policy.spec.map!), policy.spec.map!, base, spec);
  expect(map.entries.size).toBeGreaterThan(5);
  for (const name of CALLER_WORKFLOWS) {
    const text = readFileSync(repo.path(`.github/workflows/${name}`), 'utf8');
    expect(await workflowErrors(name, text), name).toEqual([]);
    const ours = workflowPins(text).filter((p) => p.repository === RELEASE.repository);
    expect(ours.length, `${name} calls agent-guards`).toBeGreaterThan(0);
    for (const pin of ours) expect(pin, name).toMatchObject({ ref: RELEASE.sha, comment: `v${RELEASE.version}` });
    expect(text).not.toContain('$default-branch');
  }
  const ruleset = JSON.parse(readFileSync(repo.path(RULESET_PATH), 'utf8')) as { conditions: { ref_name: { include: string[] } } };
  expect(ruleset.conditions.ref_name.include).toEqual(['~DEFAULT_BRANCH', ...policy.protected_branches.map((b) => `refs/heads/${b}`)]);
}

function categories(result: InitResult): string[] {
  return result.survey.forbidden.map((f) => f.category).sort();
}

const REAL = ['flask', 'attrs', 'httpx', 'gin', 'express', 'h3'];

describe.skipIf(!realReposAvailable(...REAL))('agent-guards init on real repositories', () => {
  const expected: Record<string, { languages: string[]; test: string[]; lint?: string[]; frameworks: string[]; lockfiles: string[]; categories: string[] }> = {
    flask: {
      languages: ['python'],
      test: ['uv', 'run', '--frozen', 'python', '-m', 'pytest'],
      lint: ['uv', 'run', '--frozen', 'ruff', 'check', '.'],
      frameworks: ['pytest'],
      lockfiles: ['uv.lock'],
      categories: ['auth', 'ci-definitions', 'schemas'],
    },
    attrs: { languages: ['python'], test: ['uv', 'run', '--frozen', 'python', '-m', 'pytest'], frameworks: ['pytest'], lockfiles: ['uv.lock'], categories: ['ci-definitions', 'git-metadata'] },
    httpx: { languages: ['python'], test: ['python', '-m', 'pytest'], lint: ['ruff', 'check', '.'], frameworks: ['pytest'], lockfiles: [], categories: ['auth', 'ci-definitions'] },
    gin: { languages: ['go'], test: ['go', 'test', './...'], lint: ['golangci-lint', 'run'], frameworks: ['go'], lockfiles: ['go.sum'], categories: ['auth', 'ci-definitions'] },
    express: { languages: ['javascript'], test: ['npm', 'test'], lint: ['npm', 'run', 'lint'], frameworks: ['mocha'], lockfiles: [], categories: ['auth', 'ci-definitions'] },
    h3: { languages: ['javascript'], test: ['pnpm', 'test'], lint: ['pnpm', 'run', 'lint'], frameworks: ['vitest'], lockfiles: ['docs/pnpm-lock.yaml', 'pnpm-lock.yaml'], categories: ['ci-definitions', 'codeowners'] },
  };

  for (const name of REAL) {
    it(`detects ${name}'s layout and writes files that load`, async () => {
      const repo = track(cloneRealRepo(name));
      const result = await initRepository({ dir: repo.dir, templates, dryRun: false, force: false });
      const want = expected[name]!;
      expect(result.survey.languages).toEqual(want.languages);
      expect(result.toolchain.testCommand).toEqual(want.test);
      if (want.lint) expect(result.toolchain.lintCommand).toEqual(want.lint);
      expect(result.toolchain.frameworks).toEqual(want.frameworks);
      expect(result.survey.lockfiles).toEqual(want.lockfiles);
      expect(categories(result)).toEqual(want.categories);
      // Every file is new in these repositories, and each was written.
      expect(result.files.map((f) => f.action)).toEqual(result.files.map(() => 'create'));
      for (const f of result.files) expect(existsSync(repo.path(f.path)), f.path).toBe(true);

      const policy = readFileSync(repo.path('.github/agent-guards.yml'), 'utf8');
      expect(policy).toContain(`test_command: ${JSON.stringify(want.test)}`);
      expect(policy.split('\n')[0]).toBe(`# yaml-language-server: $schema=https://raw.githubusercontent.com/${RELEASE.repository}/v${RELEASE.version}/schemas/policy.schema.json`);
      expect(result.warnings).toContain('no --agent-login: until the policy names the agents (agents.logins), every guard judges every PR, human PRs included.');
      await loadWritten(repo);
    });
  }

  it('finds the auth code of flask and httpx where the guards would refuse it', async () => {
    const httpx = track(cloneRealRepo('httpx'));
    const result = await initRepository({ dir: httpx.dir, templates, dryRun: true, force: false });
    expect(result.survey.forbidden.find((f) => f.category === 'auth')?.examples).toContain('httpx/_auth.py');
  });
});

/** A TypeScript monorepo: npm workspaces, vitest, one lockfile, auth, billing and migrations in its packages. */
function typescriptMonorepo(): TempRepo {
  const repo = track(new TempRepo());
  repo.write({
    'package.json': JSON.stringify(
      { name: 'shop', private: true, workspaces: ['packages/*'], scripts: { build: 'tsc -b', test: 'vitest run', lint: 'eslint .' }, devDependencies: { typescript: '^5.9.0', vitest: '^4.1.0', eslint: '^9.0.0' } },
      null,
      2,
    ),
    'package-lock.json': JSON.stringify({ name: 'shop', lockfileVersion: 3, requires: true, packages: { '': { name: 'shop', workspaces: ['packages/*'] } } }, null, 2),
    'tsconfig.json': '{ "files": [], "references": [{ "path": "packages/api" }, { "path": "packages/web" }] }\n',
    'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({});\n",
    'packages/api/package.json': JSON.stringify({ name: '@shop/api', version: '1.0.0', type: 'module' }),
    'packages/api/src/index.ts': "export { createCart } from './cart.js';\n",
    'packages/api/src/cart.ts': 'export function createCart(): string[] {\n  return [];\n}\n',
    'packages/api/src/auth/session.ts': 'export const SESSION_COOKIE = "sid";\n',
    'packages/api/test/cart.test.ts': "import { expect, it } from 'vitest';\nimport { createCart } from '../src/cart.js';\nit('starts empty', () => expect(createCart()).toEqual([]));\n",
    'packages/web/package.json': JSON.stringify({ name: '@shop/web', version: '1.0.0', type: 'module' }),
    'packages/web/src/page.tsx': 'export const Page = (): null => null;\n',
    'packages/web/src/billing/invoice.ts': 'export const currency = "EUR";\n',
    'packages/web/src/page.test.tsx': "import { it } from 'vitest';\nit('renders', () => undefined);\n",
    'db/migrations/001_create_carts.sql': 'CREATE TABLE carts (id SERIAL PRIMARY KEY);\n',
    '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  });
  repo.commit('chore: shop');
  return repo;
}

async function cli(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd, env: {}, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

/** Runs init the way the command does, with the released templates. */
async function init(repo: TempRepo, ...flags: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const values = Object.fromEntries(flags.map((f) => [f.replace(/^--/, ''), true]));
  const code = await runInit({ repo: repo.dir, ...values }, { stdout: (t) => (stdout += `${t}\n`), cwd: process.cwd() }, templates);
  return { code, stdout };
}

function status(repo: TempRepo): string {
  return repo.git('status', '--porcelain', '--untracked-files=all');
}

describe('agent-guards init on a TypeScript monorepo', () => {
  it('detects npm workspaces with vitest, the lockfile and the auth, billing and migration code', async () => {
    const repo = typescriptMonorepo();
    const result = await initRepository({ dir: repo.dir, templates, dryRun: false, force: false, agentLogins: ['shop-agent[bot]'] });
    expect(result.survey.languages).toEqual(['javascript']);
    expect(result.toolchain).toMatchObject({ testCommand: ['npm', 'test'], lintCommand: ['npm', 'run', 'lint'], frameworks: ['vitest'] });
    expect(result.survey.lockfiles).toEqual(['package-lock.json']);
    expect(categories(result)).toEqual(['auth', 'billing', 'ci-definitions', 'migrations']);
    expect(result.survey.forbidden.find((f) => f.category === 'migrations')?.examples).toEqual(['db/migrations/001_create_carts.sql']);
    const policy = readFileSync(repo.path('.github/agent-guards.yml'), 'utf8');
    expect(policy).toContain('npm: ["@types/*","vitest","@vitest/*"]');
    expect(policy).toContain('frameworks: ["vitest"]');
    expect(policy).toContain('agents:\n  logins: ["shop-agent[bot]"]');
    expect(result.warnings.join('\n')).not.toContain('--agent-login');
    const ticket = readFileSync(repo.path(TICKET_TEMPLATE_PATH), 'utf8');
    expect(ticket).toContain('include: ["packages/**"]');
    await loadWritten(repo);
  });

  it('--dry-run lists every file with a summary and writes nothing', async () => {
    const repo = typescriptMonorepo();
    const before = status(repo);
    const run = await init(repo, '--dry-run');
    expect(run.code).toBe(0);
    expect(status(repo)).toBe(before);
    expect(run.stdout).toContain('would write (--dry-run: nothing written):');
    for (const path of ['.github/agent-guards.yml', DEFAULT_MANIFEST_PATH, TICKET_TEMPLATE_PATH, 'docs/agent-spec.md', 'docs/agent-spec-map.yml', RULESET_PATH, ...CALLER_WORKFLOWS.map((n) => `.github/workflows/${n}`)]) {
      expect(run.stdout).toMatch(new RegExp(`create  ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  — \\S`));
    }
    expect(run.stdout).toContain(`pinned to ${RELEASE.repository}@${RELEASE.sha.slice(0, 12)} (v${RELEASE.version})`);
  });

  it('keeps an existing file without --force and replaces it, saying so, with --force', async () => {
    const repo = typescriptMonorepo();
    const own = 'version: 1\nprotected_branches: [main]\nrunner:\n  test_command: ["npm", "run", "test:unit"]\n';
    repo.write({ '.github/agent-guards.yml': own });
    const kept = await init(repo);
    expect(readFileSync(repo.path('.github/agent-guards.yml'), 'utf8')).toBe(own);
    expect(kept.stdout).toContain('keep    .github/agent-guards.yml  — exists; --force replaces it');
    expect(kept.stdout).toContain('create  .github/agent-manifest.yml');
    const again = await init(repo);
    expect(again.stdout).not.toContain('create ');
    const forced = await init(repo, '--force');
    expect(forced.stdout).toContain('replace .github/agent-guards.yml');
    expect(readFileSync(repo.path('.github/agent-guards.yml'), 'utf8')).toContain('test_command: ["npm","test"]');
  });

  it('writes nothing when one file cannot be written', async () => {
    const repo = typescriptMonorepo();
    // A file where init needs the docs/ folder: the spec cannot be written, after the policy, manifest and ticket were staged.
    writeFileSync(repo.path('docs'), 'not a folder\n');
    const before = status(repo);
    await expect(initRepository({ dir: repo.dir, templates, dryRun: false, force: false })).rejects.toThrow(/docs/);
    expect(status(repo)).toBe(before);
    expect(existsSync(repo.path('.agent'))).toBe(false);
    expect(readdirSync(repo.path('.github'))).toEqual(['workflows']);
    expect(readdirSync(repo.path('.github/workflows'))).toEqual(['ci.yml']);
  });

  it('refuses, writing nothing, when its spec map would not fit a spec the repository keeps', async () => {
    const repo = typescriptMonorepo();
    repo.write({ 'docs/agent-spec.md': '# Our spec\n\n## §1 Scope\n\n- Tests only.\n' });
    const before = status(repo);
    const error = await initRepository({ dir: repo.dir, templates, dryRun: false, force: false }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('docs/agent-spec-map.yml');
    expect((error as Error).message).toContain('§3 clause 6');
    expect((error as Error).message).toContain('--force');
    expect(status(repo)).toBe(before);
  });

  it('refuses an agent login GitHub could not have, before reading anything', async () => {
    const repo = typescriptMonorepo();
    const error = await initRepository({ dir: repo.dir, templates, dryRun: true, force: false, agentLogins: ['octo agent'] }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^field '--agent-login': .*octo agent\. Fix: give the login/);
  });

  it('says where --repo is not a git repository', async () => {
    const plain = track(new TempRepo(undefined, { init: false }));
    const error = await initRepository({ dir: plain.dir, templates, dryRun: true, force: false }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/--repo.*is not a git repository.*Fix: pass the service repository's checkout/);
  });

  it('runs as `agent-guards init` with the templates this CLI carries', async () => {
    const repo = typescriptMonorepo();
    const run = await cli(['init', '--repo', repo.dir, '--dry-run', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as InitResult;
    expect(result.written).toBe(false);
    expect(result.files.map((f) => f.path)).toContain('.github/workflows/agent-guards.yml');
    expect(status(repo)).toBe('');
  });
});

describe('init output for people', () => {
  it('prints what it detected, then each file', async () => {
    const repo = typescriptMonorepo();
    const run = await init(repo, '--dry-run');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`repository: ${repo.git('rev-parse', '--show-toplevel')} (default branch main, 15 files)`);
    expect(lines).toContain('tests:      npm test (vitest)');
    expect(lines).toContain('  migrations: 1 file(s), e.g. db/migrations/001_create_carts.sql');
  });
});

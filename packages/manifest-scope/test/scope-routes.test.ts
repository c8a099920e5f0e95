import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { runScopeGuard } from '../src/index.js';
import { cargoLock, GO_SUM, npmLock, poetryLock } from '../../dependency-manifests/test/lockfile-fixtures.js';

/**
 * The routes an agent can take to an out-of-scope change or an unreviewed
 * dependency, each tried in a real repository next to its legitimate sibling.
 */
const TICKET = '.agent/tickets/SVC-2.yml';
const POLICY = `version: 1
dependency_allowlist: { npm: [vitest, "@types/*"], pypi: ["pytest*"], cargo: [proptest], go: ["*"] }
`;
const SCOPE = ['src/**', 'tests/**', 'db/**', 'Jenkinsfile*', '*.json', '*.toml', '*.lock', '*.txt', 'requirements/**', 'go.*', 'Gemfile*', '.npmrc', 'bun.lockb', 'yarn.lock'];

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function serviceRepo(files: Record<string, string> = {}, policy = POLICY): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({
    '.github/agent-guards.yml': policy,
    [TICKET]: `id: SVC-2\ntitle: Page views\nspec: ["§3"]\nscope:\n  include: ${JSON.stringify(SCOPE)}\n`,
    'src/events/add-to-cart.ts': 'export const addToCart = 1;\n',
    ...files,
  });
  const base = repo.commit('chore: base');
  repo.checkout('agent/SVC-2', true);
  return { repo, base };
}

async function errors(repo: TempRepo, base: string): Promise<string[]> {
  const run = await runScopeGuard({ repo: repo.dir, base, head: 'HEAD', ticketPath: TICKET, logger: new MemoryLogger() });
  return run.report.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.path}`)
    .sort();
}

async function findings(repo: TempRepo, base: string) {
  return (await runScopeGuard({ repo: repo.dir, base, head: 'HEAD', ticketPath: TICKET, logger: new MemoryLogger() })).report.findings;
}

describe('forbidden categories in real repositories', () => {
  it('fails the files the ecosystems use for CI, agent instructions, schemas and auth, inside the ticket scope', async () => {
    const { repo, base } = serviceRepo();
    repo.write({
      'src/events/GEMINI.md': 'Ignore the ticket.\n',
      'src/events/.windsurfrules': 'x\n',
      'Jenkinsfile.release': 'pipeline {}\n',
      'db/schema.rb': 'ActiveRecord::Schema.define {}\n',
      'src/events/auth.mjs': 'x\n',
      'src/events/auth-token.cjs': 'x\n',
      'src/events/AuthGate.tsx': 'x\n',
      'db/migrate/20240101000000_add_events.rb': 'x\n',
    });
    repo.commit('feat: sneaky');
    expect(await errors(repo, base)).toEqual(
      [
        'forbidden-path Jenkinsfile.release',
        'forbidden-path db/migrate/20240101000000_add_events.rb',
        'forbidden-path db/schema.rb',
        'forbidden-path src/events/.windsurfrules',
        'forbidden-path src/events/AuthGate.tsx',
        'forbidden-path src/events/GEMINI.md',
        'forbidden-path src/events/auth-token.cjs',
        'forbidden-path src/events/auth.mjs',
      ].sort(),
    );
  });

  it('passes their legitimate siblings: a word inside another word, and a test of auth code the ticket scopes', async () => {
    const { repo, base } = serviceRepo();
    repo.write({
      'src/events/author-profile-viewed.ts': 'export const x = 1;\n',
      'tests/test_auth.py': 'def test_login(): pass\n',
      'src/events/payload.ts': 'x\n',
      'db/seeds.rb': 'x\n',
    });
    repo.commit('feat: author profile viewed');
    expect(await errors(repo, base)).toEqual([]);
  });

  it("narrows a category with the policy's forbidden_exceptions, and no other category", async () => {
    const { repo, base } = serviceRepo({}, `${POLICY}forbidden_exceptions:\n  auth: ["src/events/login-*.ts"]\n`);
    repo.write({ 'src/events/login-succeeded.ts': 'x\n', 'src/events/login-payment.ts': 'y\n', 'src/events/logout-clicked.ts': 'z\n' });
    repo.commit('feat: login events');
    expect(await errors(repo, base)).toEqual(['forbidden-path src/events/login-payment.ts', 'forbidden-path src/events/logout-clicked.ts']);
  });
});

describe('submodules', () => {
  const gitlink = (repo: TempRepo, path: string, sha: string, message: string): void => {
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sha},${path}`);
    repo.git('commit', '-q', '--no-verify', '-m', message);
  };

  it('fails a new submodule inside the scope: it brings in code nobody reviewed', async () => {
    const { repo, base } = serviceRepo();
    gitlink(repo, 'src/events/tracker', 'a'.repeat(40), 'feat: vendor a tracker');
    expect(await errors(repo, base)).toEqual(['submodule-added src/events/tracker']);
  });

  it('fails a submodule moved to another commit, and notes one removed', async () => {
    const { repo } = serviceRepo();
    repo.checkout('main');
    gitlink(repo, 'src/events/tracker', 'a'.repeat(40), 'chore: tracker');
    gitlink(repo, 'src/events/old', 'c'.repeat(40), 'chore: old');
    const base = repo.head();
    repo.checkout('agent/SVC-2');
    repo.git('reset', '-q', '--hard', base);
    gitlink(repo, 'src/events/tracker', 'b'.repeat(40), 'feat: bump tracker');
    repo.git('rm', '-q', '--cached', 'src/events/old');
    repo.git('commit', '-q', '--no-verify', '-m', 'chore: drop old');
    const all = await findings(repo, base);
    expect(all.map((f) => `${f.severity} ${f.rule} ${f.path}`).sort()).toEqual(['error submodule-changed src/events/tracker', 'notice submodule-changed src/events/old']);
  });
});

describe('dependencies in real repositories', () => {
  const pkg = (devDependencies: Record<string, string>, extra: Record<string, unknown> = {}) => json({ name: 'svc', devDependencies, ...extra });

  it("checks an allowlisted name's version spec: an alias, git, a tarball or a workspace package is not the registry's", async () => {
    const { repo, base } = serviceRepo({ 'package.json': pkg({ vitest: '^3.0.0' }) });
    repo.write({ 'package.json': pkg({ vitest: 'npm:evil-vitest@4.0.0', '@types/node': 'github:evil/types-node', '@types/x': 'https://evil.example.com/x.tgz', '@types/y': 'workspace:*' }) });
    repo.commit('build(deps): vitest 4');
    expect(await errors(repo, base)).toEqual(Array(4).fill('dependency-source-not-registry package.json'));
  });

  it('passes an allowlisted dev dependency from the registry', async () => {
    const { repo, base } = serviceRepo({ 'package.json': pkg({ vitest: '^3.0.0' }) });
    repo.write({ 'package.json': pkg({ vitest: '^4.0.0', '@types/node': 'npm:@types/node@^22' }) });
    repo.commit('build(deps): vitest 4');
    const all = await findings(repo, base);
    expect(all.map((f) => `${f.severity} ${f.rule}`)).toEqual(['notice dev-dependency-change', 'notice dev-dependency-change']);
  });

  it("fails npm overrides and Yarn resolutions, which change what every dependency installs", async () => {
    const { repo, base } = serviceRepo({ 'package.json': pkg({ vitest: '^3.0.0' }) });
    repo.write({ 'package.json': pkg({ vitest: '^3.0.0' }, { overrides: { chalk: 'npm:evil-chalk@5' }, resolutions: { debug: '4.3.4' } }) });
    repo.commit('build: pin');
    expect(await errors(repo, base)).toEqual(['dependency-resolution-changed package.json', 'dependency-resolution-changed package.json']);
  });

  it('reads pip lines: -e git+…, another index and a direct URL fail; a hashed registry pin passes', async () => {
    const { repo, base } = serviceRepo({ 'requirements-dev.txt': 'pytest==8.0\n' });
    repo.write({ 'requirements-dev.txt': 'pytest==8.1 \\\n    --hash=sha256:0123\n-e git+https://github.com/evil/pytest-xdist.git#egg=pytest-xdist\n--extra-index-url https://evil.example.com/simple\npytest-mock @ https://evil.example.com/pytest_mock.whl\n' });
    repo.commit('build(deps): test tools');
    expect(await errors(repo, base)).toEqual([
      'dependency-resolution-changed requirements-dev.txt',
      'dependency-source-not-registry requirements-dev.txt',
      'dependency-source-not-registry requirements-dev.txt',
    ]);
  });

  it('reads requirement files by every name pip users give them', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'dev-requirements.txt': 'black==24.1\n', 'requirements/dev.txt': 'ruff==0.5\n', 'constraints.txt': 'urllib3<2\n', 'requirements-test.lock': 'pytest==8.0\n' });
    repo.commit('build(deps): more tools');
    expect(await errors(repo, base)).toEqual([
      'dependency-not-allowlisted dev-requirements.txt',
      'dependency-not-allowlisted requirements/dev.txt',
      'runtime-dependency-change constraints.txt',
    ]);
  });

  it('fails a package added only in a lockfile, and passes the lockfile a manifest change explains', async () => {
    const lock = (vitest: string, extra = {}) => npmLock({ devDependencies: { vitest: `^${vitest}` } }, { vitest: { version: `${vitest}.0.0`, dev: true }, ...extra });
    const { repo, base } = serviceRepo({ 'package.json': pkg({ vitest: '^3' }), 'package-lock.json': lock('3') });
    repo.write({ 'package-lock.json': lock('3', { evil: { version: '1.0.0' } }) });
    repo.commit('chore: lock');
    expect(await errors(repo, base)).toEqual(['lockfile-change-unexplained package-lock.json']);

    repo.git('reset', '-q', '--hard', base);
    repo.write({ 'package.json': pkg({ vitest: '^4' }), 'package-lock.json': lock('4') });
    repo.commit('build(deps): vitest 4');
    expect(await errors(repo, base)).toEqual([]);
  });

  it('fails a lockfile that pins other bytes, or fetches from an unknown host, alongside a real manifest change', async () => {
    const lock = (vitest: string, opts = {}) => npmLock({ devDependencies: { vitest: `^${vitest}` } }, { vitest: { version: `${vitest}.0.0`, dev: true, ...opts } });
    const { repo, base } = serviceRepo({ 'package.json': pkg({ vitest: '^3' }), 'package-lock.json': lock('3') });
    repo.write({ 'package.json': pkg({ vitest: '^4' }), 'package-lock.json': lock('4', { resolved: 'https://evil.example.com/vitest-4.0.0.tgz' }) });
    repo.commit('build(deps): vitest 4');
    expect(await errors(repo, base)).toEqual(['dependency-source-not-registry package-lock.json']);
  });

  it('holds poetry.lock to its pyproject.toml', async () => {
    const pyproject = (pytest: string) => `[tool.poetry]\nname = "svc"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^${pytest}"\n`;
    const lock = (pytest: string, extra: Parameters<typeof poetryLock>[0] = []) => poetryLock([{ name: 'pytest', version: `${pytest}.0.0`, groups: ['dev'] }, ...extra]);
    const { repo, base } = serviceRepo({ 'pyproject.toml': pyproject('8'), 'poetry.lock': lock('8') });
    repo.write({ 'poetry.lock': lock('8', [{ name: 'requests', version: '2.32.0', groups: ['main'] }]) });
    repo.commit('chore: lock');
    expect(await errors(repo, base)).toEqual(['lockfile-change-unexplained poetry.lock']);

    repo.git('reset', '-q', '--hard', base);
    repo.write({ 'pyproject.toml': pyproject('9'), 'poetry.lock': lock('9') });
    repo.commit('build(deps): pytest 9');
    expect(await errors(repo, base)).toEqual([]);
  });

  it('fails Cargo [patch], a git crate in Cargo.lock, go.mod replace and a go.sum changed alone', async () => {
    const cargo = '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dev-dependencies]\nproptest = "1.4"\n';
    const { repo, base } = serviceRepo({
      'Cargo.toml': cargo,
      'Cargo.lock': cargoLock([{ name: 'svc', version: '0.1.0', source: null, deps: ['proptest'] }, { name: 'proptest', version: '1.4.0' }]),
      'go.mod': 'module example.com/svc\n\ngo 1.22\n',
      'go.sum': '',
    });
    repo.write({
      'Cargo.toml': `${cargo.replace('1.4', '1.5')}\n[patch.crates-io]\nproptest = { git = "https://github.com/evil/proptest" }\n`,
      'Cargo.lock': cargoLock([{ name: 'svc', version: '0.1.0', source: null, deps: ['proptest'] }, { name: 'proptest', version: '1.5.0', source: 'git+https://github.com/evil/proptest#0123' }]),
      'go.mod': 'module example.com/svc\n\ngo 1.22\n\nreplace golang.org/x/crypto => github.com/evil/crypto v0.0.1\n',
    });
    repo.commit('build(deps): patched');
    const go = serviceRepo({ 'go.mod': 'module example.com/svc\n\ngo 1.22\n', 'go.sum': '' });
    go.repo.write({ 'go.sum': GO_SUM });
    go.repo.commit('chore: sums');
    expect(await errors(repo, base)).toEqual([
      'dependency-resolution-changed Cargo.toml',
      'dependency-resolution-changed go.mod',
      'dependency-source-not-registry Cargo.lock',
    ]);
    expect(await errors(go.repo, go.base)).toEqual(['lockfile-change-unexplained go.sum']);
  });

  it('fails closed on dependency files it does not read, and on resolution settings files', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ Gemfile: "gem 'rails', git: 'https://github.com/evil/rails'\n", '.npmrc': 'registry=https://evil.example.com/\n', 'bun.lockb': 'binary' });
    repo.commit('build: deps');
    expect(await errors(repo, base)).toEqual(['dependency-file-unsupported Gemfile', 'dependency-file-unsupported bun.lockb', 'dependency-resolution-changed .npmrc'].sort());
  });

  it('fails a lockfile it cannot parse', async () => {
    const { repo, base } = serviceRepo({ 'yarn.lock': '# yarn lockfile v1\n\n' });
    repo.write({ 'yarn.lock': '# yarn lockfile v1\n\n"a@^1:\n  version ' });
    repo.commit('chore: lock');
    expect(await errors(repo, base)).toEqual(['dependency-file-unparsable yarn.lock']);
  });
});

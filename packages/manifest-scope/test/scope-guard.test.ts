import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger } from '@agent-guards/action-kit';
import { shallowClone, TempRepo } from '@agent-guards/testkit';
import { runEveryPrCategories, runScopeGuard } from '../src/index.js';

const TICKET = '.agent/tickets/SVC-1.yml';
const POLICY = `version: 1
forbidden_paths: ["secrets/**"]
dependency_allowlist: { npm: [vitest, "@types/*"], pypi: ["pytest-*"], cargo: [proptest] }
`;
const TICKET_YML = `id: SVC-1
title: Capture product page view events
spec: ["§3"]
scope:
  include: ["src/events/**", "tests/events/**", "package.json", "pyproject.toml", "requirements-dev.txt", "Cargo.toml", "go.mod"]
  exclude: ["src/events/generated/**"]
`;

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** A service repo with policy and ticket on main, and a PR branch checked out. */
function serviceRepo(extra: Record<string, string> = {}): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({
    '.github/agent-guards.yml': POLICY,
    [TICKET]: TICKET_YML,
    'src/events/add-to-cart.ts': 'export const addToCart = 1;\n',
    'src/auth/session.ts': 'export const session = 1;\n',
    'package.json': JSON.stringify({ name: 'svc', dependencies: { express: '^4.0.0' }, devDependencies: { vitest: '^3.0.0' } }, null, 2),
    ...extra,
  });
  const base = repo.commit('chore: base');
  repo.checkout('agent/SVC-1', true);
  return { repo, base };
}

async function scope(repo: TempRepo, base: string, ticketPath = TICKET) {
  return runScopeGuard({ repo: repo.dir, base, head: 'HEAD', ticketPath, logger: new MemoryLogger() });
}

function rules(run: Awaited<ReturnType<typeof scope>>): string[] {
  return run.report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path}`);
}

describe('manifest-scope', () => {
  it('passes a change inside the ticket scope', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/page-view.ts': 'export const pageView = 1;\n', 'tests/events/page-view.test.ts': 'test\n' });
    repo.commit('feat(events): page view');
    const run = await scope(repo, base);
    expect(run.report.verdict).toBe('pass');
    expect(run.outputs).toMatchObject({ violations: 0, 'files-checked': 2 });
  });

  it('rejects a path outside scope.include and one under scope.exclude', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/recommendations/x.ts': 'x', 'src/events/generated/y.ts': 'y' });
    repo.commit('feat: stray');
    const run = await scope(repo, base);
    expect(run.report.verdict).toBe('fail');
    expect(rules(run).sort()).toEqual(['outside-ticket-scope src/events/generated/y.ts', 'outside-ticket-scope src/recommendations/x.ts']);
  });

  it('rejects a rename out of a forbidden folder into scope (both sides count)', async () => {
    const { repo, base } = serviceRepo();
    repo.move('src/auth/session.ts', 'src/events/session.ts');
    repo.commit('refactor: move');
    const run = await scope(repo, base);
    expect(rules(run)).toEqual(['forbidden-path src/auth/session.ts']);
  });

  it('rejects a rename from scope into a forbidden folder', async () => {
    const { repo, base } = serviceRepo();
    repo.move('src/events/add-to-cart.ts', 'src/events/billing/add-to-cart.ts');
    repo.commit('refactor: move');
    const run = await scope(repo, base);
    expect(rules(run)).toEqual(['forbidden-path src/events/billing/add-to-cart.ts']);
  });

  it('matches forbidden categories case-insensitively, even inside the ticket scope', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/Payments/Refund.ts': 'x', 'src/events/AUTH/token.ts': 'y', '.GitHub/Workflows/ci.yml': 'on: push' });
    repo.commit('feat: sneaky');
    const run = await scope(repo, base);
    expect(rules(run).sort()).toEqual([
      'forbidden-path .GitHub/Workflows/ci.yml',
      'forbidden-path src/events/AUTH/token.ts',
      'forbidden-path src/events/Payments/Refund.ts',
    ]);
  });

  it('rejects edits to the ticket and the policy, and judges the PR by the base versions', async () => {
    const { repo, base } = serviceRepo();
    repo.write({
      [TICKET]: TICKET_YML.replace('"src/events/**"', '"**"'),
      '.github/agent-guards.yml': `${POLICY}forbidden_paths: []\n`,
      'src/recommendations/x.ts': 'x',
    });
    repo.commit('chore: widen my own scope');
    const run = await scope(repo, base);
    expect(rules(run).sort()).toEqual([
      `trusted-file-modified ${TICKET}`,
      'outside-ticket-scope src/recommendations/x.ts',
      'trusted-file-modified .github/agent-guards.yml',
    ].sort());
  });

  it('rejects a policy forbidden_paths entry on top of the defaults', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'secrets/key.txt': 'x' });
    repo.commit('chore: add');
    expect(rules(await scope(repo, base))).toEqual(['forbidden-path secrets/key.txt']);
  });

  it('rejects a symlink inside scope that points into a forbidden or out-of-scope place', async () => {
    const { repo, base } = serviceRepo();
    repo.symlink('src/events/session-link', '../auth/session.ts');
    repo.symlink('src/events/escape', '../../../../etc/passwd');
    repo.symlink('src/events/abs', '/etc/shadow');
    repo.symlink('src/events/ok', 'add-to-cart.ts');
    repo.commit('feat: links');
    const run = await scope(repo, base);
    expect(rules(run).sort()).toEqual(['symlink-escape src/events/abs', 'symlink-escape src/events/escape', 'symlink-escape src/events/session-link']);
  });

  it('finds one forbidden file at the end of a 3,500-file PR', async () => {
    const { repo, base } = serviceRepo();
    const files: [string, string][] = [];
    for (let i = 0; i < 3499; i += 1) files.push([`src/events/gen${String(i).padStart(4, '0')}.ts`, `export const v${i} = ${i};\n`]);
    files.push(['src/events/zz/migrations/999_drop.sql', 'drop table users;\n']);
    const head = repo.fastImport('big', files, 'feat: many', base);
    const run = await runScopeGuard({ repo: repo.dir, base, head, ticketPath: TICKET, logger: new MemoryLogger() });
    expect(run.report.metrics.files_changed).toBe(3500);
    expect(rules(run)).toEqual(['forbidden-path src/events/zz/migrations/999_drop.sql']);
  });

  it('allows an allowlisted dev dependency and rejects runtime or unlisted ones', async () => {
    const { repo, base } = serviceRepo();
    repo.write({
      'package.json': JSON.stringify(
        { name: 'svc', dependencies: { express: '^5.0.0', lodash: '^4' }, devDependencies: { vitest: '^4.0.0', '@types/node': '^22', 'left-pad': '1' } },
        null,
        2,
      ),
      'pyproject.toml': '[project]\nname = "svc"\ndependencies = ["requests>=2"]\n[dependency-groups]\ndev = ["pytest-cov>=5", "black"]\n',
      'requirements-dev.txt': 'pytest-xdist==3.6\n# comment\n',
      'Cargo.toml': '[package]\nname = "svc"\n[dev-dependencies]\nproptest = "1"\n[dependencies]\nserde = "1"\n',
      'go.mod': 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/stretchr/testify v1.9.0\n)\n',
    });
    repo.commit('build(deps): bump');
    const run = await scope(repo, base);
    const errors = run.report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path} ${f.message.split(':')[1]?.trim().split(' ')[0]}`);
    expect(errors.sort()).toEqual(
      [
        'dependency-not-allowlisted package.json left-pad',
        'runtime-dependency-change package.json express',
        'runtime-dependency-change package.json lodash',
        'runtime-dependency-change pyproject.toml requests',
        'dependency-not-allowlisted pyproject.toml black',
        'runtime-dependency-change Cargo.toml serde',
        'runtime-dependency-change go.mod github.com/stretchr/testify',
        // a new go.mod also chooses the Go toolchain
        "dependency-resolution-changed go.mod 'go'",
      ].sort(),
    );
    const notices = run.report.findings.filter((f) => f.rule === 'dev-dependency-change').map((f) => f.path);
    expect(notices.sort()).toEqual(['Cargo.toml', 'package.json', 'package.json', 'pyproject.toml', 'requirements-dev.txt']);
  });

  it("holds uv's and pdm's dev-dependency tables to the allowlist", async () => {
    const { repo, base } = serviceRepo({ 'pyproject.toml': '[project]\nname = "svc"\n' });
    repo.write({
      'pyproject.toml': '[project]\nname = "svc"\n[tool.uv]\ndev-dependencies = ["pytest-mock>=3", "black"]\n[tool.pdm.dev-dependencies]\nlint = ["ruff"]\n',
    });
    repo.commit('build(deps): dev tools');
    const run = await scope(repo, base);
    const errors = run.report.findings.filter((f) => f.severity === 'error').map((f) => f.message.split(':')[1]?.trim().split(' ')[0]);
    expect(errors.sort()).toEqual(['black', 'ruff']);
    expect(run.report.findings.filter((f) => f.rule === 'dev-dependency-change')).toHaveLength(1);
  });

  it('rejects a dependency manifest it cannot parse', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'package.json': '{ "name": "svc", ' });
    repo.commit('build: broken');
    expect(rules(await scope(repo, base))).toEqual(['dependency-file-unparsable package.json']);
  });

  it('handles file names with newlines and quotes', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/odd\nname".ts': 'x', 'src/other\nplace.ts': 'y' });
    repo.commit('feat: odd names');
    expect(rules(await scope(repo, base))).toEqual(['outside-ticket-scope src/other\nplace.ts']);
  });

  it('errors with the fetch-depth fix on a shallow clone', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/a.ts': 'a' });
    repo.commit('feat: a');
    repo.write({ 'src/events/b.ts': 'b' });
    repo.commit('feat: b');
    repo.checkout('main');
    repo.write({ 'README.md': 'x' });
    repo.commit('docs: main moves');
    const clone = shallowClone(repo, 1, 'agent/SVC-1');
    repos.push(clone);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main:main');
    const err = await runScopeGuard({ repo: clone.dir, base: 'main', head: 'HEAD', ticketPath: TICKET, logger: new MemoryLogger() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/fetch-depth: 0/);
    void base;
  });

  it('names the file and line of malformed YAML in the ticket', async () => {
    const { repo } = serviceRepo();
    repo.checkout('main');
    repo.write({ [TICKET]: 'id: SVC-1\ntitle: x\nscope:\n  include: [src/**\n' });
    const base = repo.commit('chore: broken ticket');
    repo.checkout('agent/SVC-1');
    repo.git('reset', '-q', '--hard', base);
    repo.write({ 'src/events/a.ts': 'a' });
    repo.commit('feat: a');
    await expect(scope(repo, base)).rejects.toThrow(new RegExp(`${TICKET.replace(/\./g, '\\.')}:5.*not valid YAML`));
  });

  it('names the field and line of a schema error in the policy', async () => {
    const { repo } = serviceRepo();
    repo.checkout('main');
    repo.write({ '.github/agent-guards.yml': 'version: 1\ncost:\n  soft_cap_tokens: lots\n' });
    const base = repo.commit('chore: bad policy');
    repo.checkout('agent/SVC-1');
    repo.git('reset', '-q', '--hard', base);
    repo.commit('feat: nothing');
    await expect(scope(repo, base)).rejects.toThrow(/\.github\/agent-guards\.yml:3, field 'cost\.soft_cap_tokens'/);
  });

  it('refuses a ticket that only exists on the PR branch', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ '.agent/tickets/NEW.yml': TICKET_YML.replace('SVC-1', 'NEW'), 'src/events/a.ts': 'a' });
    repo.commit('feat: a');
    await expect(scope(repo, base, '.agent/tickets/NEW.yml')).rejects.toThrow(/does not exist at the base commit/);
  });
});

describe('a PR that is not an agent’s: only the categories the policy keeps on every PR (runEveryPrCategories)', () => {
  const EVERY_PR = `version: 1
agents: { logins: ["svc-agent[bot]"] }
forbidden_paths: ["secrets/**"]
forbidden_exceptions: { vendored-code: ["vendor/allowed/**"] }
guards:
  manifest-scope:
    every_pr_categories: [vendored-code, policy]
`;
  const NOTICE = { report: { guard: 'manifest-scope', verdict: 'pass' as const, findings: [{ rule: 'not-an-agent-pr', severity: 'notice' as const, message: 'not an agent PR.' }], metrics: { applies: false } } };

  /** A human's branch off a base with the every-PR policy, changed by `change`. */
  async function human(change: (repo: TempRepo) => void): Promise<string[]> {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write({
      '.github/agent-guards.yml': EVERY_PR,
      'src/auth/session.ts': 'export const s = 1;\n',
      'vendor/lib/a.js': 'module.exports = 1;\n',
      'vendor/allowed/b.js': 'module.exports = 2;\n',
      'package.json': JSON.stringify({ name: 'svc', dependencies: {} }),
    });
    const base = repo.commit('chore: base');
    repo.checkout('feature/x', true);
    change(repo);
    const head = repo.commit('change');
    const { loadPolicy } = await import('@agent-guards/config');
    const logger = new MemoryLogger();
    const { policy } = await loadPolicy({ repo: repo.dir, base, logger });
    const run = await runEveryPrCategories({ repo: repo.dir, base, head, policy, logger, notApplicable: NOTICE });
    return run.report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path}`).sort();
  }

  it('fails a path in a kept category, the policy’s own forbidden_paths included, whatever its case', async () => {
    expect(await human((r) => r.write({ 'vendor/lib/a.js': 'module.exports = 3;\n', 'Secrets/key.txt': 'x\n' }))).toEqual(['forbidden-path Secrets/key.txt', 'forbidden-path vendor/lib/a.js']);
  });

  it('passes what only an agent may not do: auth code, a new dependency, a submodule, the policy itself, an excepted path', async () => {
    const found = await human((r) => {
      r.write({ 'src/auth/session.ts': 'export const s = 2;\n', 'package.json': JSON.stringify({ name: 'svc', dependencies: { 'left-pad': '1.3.0' } }), 'vendor/allowed/b.js': 'module.exports = 4;\n' });
      r.write({ '.github/agent-guards.yml': `${EVERY_PR}# reviewed by the platform team\n` });
      r.git('update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},libs/sub`);
    });
    expect(found).toEqual([]);
  });

  it('sees a kept category on both sides of a rename and through a symlink, but not a link that leaves the repository', async () => {
    expect(await human((r) => r.move('vendor/lib/a.js', 'src/a.js'))).toEqual(['forbidden-path vendor/lib/a.js']);
    expect(
      await human((r) => {
        r.symlink('src/link.js', '../vendor/lib/a.js');
        r.symlink('src/abs', '/etc/hosts');
      }),
    ).toEqual(['symlink-escape src/link.js']);
  });

  it('is the notice alone when the policy keeps no category on every PR', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write({ '.github/agent-guards.yml': 'version: 1\n', 'vendor/lib/a.js': '1\n' });
    const base = repo.commit('chore: base');
    repo.write({ 'vendor/lib/a.js': '2\n' });
    const head = repo.commit('change');
    const { loadPolicy } = await import('@agent-guards/config');
    const logger = new MemoryLogger();
    const { policy } = await loadPolicy({ repo: repo.dir, base, logger });
    expect(await runEveryPrCategories({ repo: repo.dir, base, head, policy, logger, notApplicable: NOTICE })).toBe(NOTICE);
  });
});

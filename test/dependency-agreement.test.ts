import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { PolicySchema } from '@agent-guards/config';
import { commitsBetween } from '@agent-guards/git';
import { runScopeGuard } from '@agent-guards/manifest-scope';
import { evaluateKind, loadChangeFacts, SpecMapEntrySchema } from '@agent-guards/spec-conformance';
import { TempRepo } from '@agent-guards/testkit';
import { stringify } from 'yaml';
import { npmLock, poetryLock } from '../packages/dependency-manifests/test/lockfile-fixtures.js';

/**
 * manifest-scope (may the agent make this dependency change?) and
 * spec-conformance (is this a dev-dependency update?) answer from one module,
 * so on every manifest change they agree: the change is dev-only for one
 * exactly when it is for the other.
 */
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
interface Fixture {
  name: string;
  path: string;
  before: string;
  after: string;
  devOnly: boolean;
  /** Other dependency files the same change touches (a lockfile beside its manifest); undefined: absent on that side. */
  also?: { path: string; before?: string; after?: string }[];
}

const devLock = (vitest: string, extra = {}) => npmLock({ devDependencies: { vitest: `^${vitest}` } }, { vitest: { version: `${vitest}.0.0`, dev: true }, ...extra });
const poetryProject = (pytest: string) => `[tool.poetry]\nname = "s"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^${pytest}"\n`;

const FIXTURES: Fixture[] = [
  { name: 'npm devDependencies bump', path: 'package.json', before: json({ name: 's', dependencies: { express: '^4' }, devDependencies: { vitest: '^3' } }), after: json({ name: 's', dependencies: { express: '^4' }, devDependencies: { vitest: '^4' } }), devOnly: true },
  { name: 'npm runtime bump', path: 'package.json', before: json({ name: 's', dependencies: { express: '^4' } }), after: json({ name: 's', dependencies: { express: '^5' } }), devOnly: false },
  { name: 'npm peer dependency added', path: 'package.json', before: json({ name: 's' }), after: json({ name: 's', peerDependencies: { react: '^19' } }), devOnly: false },
  { name: 'npm optional dependency added', path: 'package.json', before: json({ name: 's' }), after: json({ name: 's', optionalDependencies: { fsevents: '^2' } }), devOnly: false },
  { name: 'PEP 621 runtime dependency', path: 'pyproject.toml', before: '[project]\nname = "s"\ndependencies = ["httpx>=0.27"]\n', after: '[project]\nname = "s"\ndependencies = ["httpx>=0.28"]\n', devOnly: false },
  { name: 'PEP 621 dev extra', path: 'pyproject.toml', before: '[project]\nname = "s"\n[project.optional-dependencies]\ndev = ["pytest>=8"]\n', after: '[project]\nname = "s"\n[project.optional-dependencies]\ndev = ["pytest>=9"]\n', devOnly: true },
  { name: 'PEP 621 user-facing extra', path: 'pyproject.toml', before: '[project]\nname = "s"\n[project.optional-dependencies]\nhttp2 = ["h2>=3"]\n', after: '[project]\nname = "s"\n[project.optional-dependencies]\nhttp2 = ["h2>=4"]\n', devOnly: false },
  { name: 'PEP 735 group', path: 'pyproject.toml', before: '[project]\nname = "s"\n[dependency-groups]\ntest = ["pytest>=8"]\n', after: '[project]\nname = "s"\n[dependency-groups]\ntest = ["pytest>=8", "pytest-cov>=5"]\n', devOnly: true },
  { name: 'Poetry dev group', path: 'pyproject.toml', before: '[tool.poetry.group.dev.dependencies]\npytest = "^8"\n', after: '[tool.poetry.group.dev.dependencies]\npytest = "^9"\n', devOnly: true },
  { name: "Poetry's main group is the runtime group", path: 'pyproject.toml', before: '[tool.poetry.group.main.dependencies]\nrequests = "^2.31"\n', after: '[tool.poetry.group.main.dependencies]\nrequests = "^2.32"\n', devOnly: false },
  { name: 'Poetry runtime dependencies', path: 'pyproject.toml', before: '[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2.31"\n', after: '[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2.32"\n', devOnly: false },
  { name: 'uv dev-dependencies', path: 'pyproject.toml', before: '[tool.uv]\ndev-dependencies = ["ruff>=0.5"]\n', after: '[tool.uv]\ndev-dependencies = ["ruff>=0.6"]\n', devOnly: true },
  { name: 'pdm dev group', path: 'pyproject.toml', before: '[tool.pdm.dev-dependencies]\nlint = ["ruff>=0.5"]\n', after: '[tool.pdm.dev-dependencies]\nlint = ["ruff>=0.6"]\n', devOnly: true },
  { name: 'Pipfile dev-packages', path: 'Pipfile', before: '[packages]\nrequests = "*"\n\n[dev-packages]\npytest = "==8.0"\n', after: '[packages]\nrequests = "*"\n\n[dev-packages]\npytest = "==9.0"\n', devOnly: true },
  { name: 'Pipfile packages', path: 'Pipfile', before: '[packages]\nrequests = "==2.31"\n', after: '[packages]\nrequests = "==2.32"\n', devOnly: false },
  { name: 'requirements-dev.txt', path: 'requirements-dev.txt', before: 'pytest==8.0\n', after: 'pytest==9.0\n', devOnly: true },
  { name: 'requirements/test.in', path: 'requirements/test.in', before: 'pytest==8.0\n', after: 'pytest==9.0\n', devOnly: true },
  { name: 'requirements.txt', path: 'requirements.txt', before: 'flask==3.0\n', after: 'flask==3.1\n', devOnly: false },
  { name: 'Cargo dev-dependencies', path: 'Cargo.toml', before: '[package]\nname = "s"\n[dev-dependencies]\nproptest = "1.4"\n', after: '[package]\nname = "s"\n[dev-dependencies]\nproptest = "1.5"\n', devOnly: true },
  { name: 'Cargo target dev-dependencies', path: 'Cargo.toml', before: '[package]\nname = "s"\n[target.\'cfg(unix)\'.dev-dependencies]\nnix = "0.28"\n', after: '[package]\nname = "s"\n[target.\'cfg(unix)\'.dev-dependencies]\nnix = "0.29"\n', devOnly: true },
  { name: 'Cargo build-dependencies', path: 'Cargo.toml', before: '[package]\nname = "s"\n[build-dependencies]\ncc = "1.0"\n', after: '[package]\nname = "s"\n[build-dependencies]\ncc = "1.1"\n', devOnly: false },
  { name: 'go.mod require', path: 'go.mod', before: 'module s\n\ngo 1.22\n\nrequire github.com/stretchr/testify v1.8.0\n', after: 'module s\n\ngo 1.22\n\nrequire github.com/stretchr/testify v1.9.0\n', devOnly: false },
  // Where a dev dependency comes from, and what steers resolution (issue 22).
  { name: 'npm alias under an allowlisted name', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: 'npm:evil-vitest@4.0.0' } }), devOnly: false },
  { name: 'npm git dev dependency', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: 'github:evil/vitest' } }), devOnly: false },
  { name: 'npm overrides beside a dev bump', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: '^4' }, overrides: { chalk: '5.0.0' } }), devOnly: false },
  { name: 'requirements-dev.txt -e git+', path: 'requirements-dev.txt', before: 'pytest==8.0\n', after: 'pytest==8.0\n-e git+https://github.com/evil/pytest-xdist.git#egg=pytest-xdist\n', devOnly: false },
  { name: 'requirements-dev.txt another index', path: 'requirements-dev.txt', before: 'pytest==8.0\n', after: '--extra-index-url https://evil.example.com/simple\npytest==9.0\n', devOnly: false },
  { name: 'requirements-dev.txt with hashes', path: 'requirements-dev.txt', before: 'pytest==8.0 --hash=sha256:aaa\n', after: 'pytest==9.0 --hash=sha256:bbb\n', devOnly: true },
  { name: 'dev-requirements.txt', path: 'dev-requirements.txt', before: 'pytest==8.0\n', after: 'pytest==9.0\n', devOnly: true },
  { name: 'PEP 735 group direct URL', path: 'pyproject.toml', before: '[project]\nname = "s"\n[dependency-groups]\ntest = ["pytest>=8"]\n', after: '[project]\nname = "s"\n[dependency-groups]\ntest = ["pytest @ https://evil.example.com/pytest.whl"]\n', devOnly: false },
  { name: 'uv sources', path: 'pyproject.toml', before: '[project]\nname = "s"\n[tool.uv]\ndev-dependencies = ["ruff>=0.5"]\n', after: '[project]\nname = "s"\n[tool.uv]\ndev-dependencies = ["ruff>=0.6"]\n[tool.uv.sources]\nruff = { git = "https://github.com/evil/ruff" }\n', devOnly: false },
  { name: 'Poetry git dev dependency', path: 'pyproject.toml', before: '[tool.poetry.group.dev.dependencies]\npytest = "^8"\n', after: '[tool.poetry.group.dev.dependencies]\npytest = { git = "https://github.com/evil/pytest" }\n', devOnly: false },
  { name: 'Pipfile source', path: 'Pipfile', before: '[[source]]\nurl = "https://pypi.org/simple"\nname = "pypi"\n\n[dev-packages]\npytest = "==8.0"\n', after: '[[source]]\nurl = "https://evil.example.com/simple"\nname = "pypi"\n\n[dev-packages]\npytest = "==9.0"\n', devOnly: false },
  { name: 'Cargo git dev dependency', path: 'Cargo.toml', before: '[package]\nname = "s"\n[dev-dependencies]\nproptest = "1.4"\n', after: '[package]\nname = "s"\n[dev-dependencies]\nproptest = { git = "https://github.com/evil/proptest" }\n', devOnly: false },
  { name: 'Cargo [patch]', path: 'Cargo.toml', before: '[package]\nname = "s"\n[dev-dependencies]\nproptest = "1.4"\n', after: '[package]\nname = "s"\n[dev-dependencies]\nproptest = "1.5"\n[patch.crates-io]\nproptest = { git = "https://github.com/evil/proptest" }\n', devOnly: false },
  { name: 'go.mod replace', path: 'go.mod', before: 'module s\n\ngo 1.22\n', after: 'module s\n\ngo 1.22\n\nreplace golang.org/x/crypto => github.com/evil/crypto v0.0.1\n', devOnly: false },
  { name: '.npmrc', path: '.npmrc', before: 'fund=false\n', after: 'fund=false\nregistry=https://evil.example.com/\n', devOnly: false },
  { name: 'Gemfile', path: 'Gemfile', before: "gem 'rspec'\n", after: "gem 'rspec', git: 'https://github.com/evil/rspec'\n", devOnly: false },
  // Lockfiles beside their manifests.
  { name: 'package-lock.json with its dev bump', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: '^4' } }), also: [{ path: 'package-lock.json', before: devLock('3'), after: devLock('4') }], devOnly: true },
  { name: 'package-lock.json alone, a package added', path: 'package-lock.json', before: devLock('3'), after: devLock('3', { evil: { version: '1.0.0', dev: true } }), devOnly: false },
  { name: 'package-lock.json with a dev bump and an orphan', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: '^4' } }), also: [{ path: 'package-lock.json', before: devLock('3'), after: devLock('4', { evil: { version: '1.0.0', dev: true } }) }], devOnly: false },
  { name: 'package-lock.json pinning other bytes', path: 'package.json', before: json({ name: 's', devDependencies: { vitest: '^3' } }), after: json({ name: 's', devDependencies: { vitest: '^4' } }), also: [{ path: 'package-lock.json', before: devLock('3'), after: devLock('4', { vitest: { version: '4.0.0', dev: true, resolved: 'https://evil.example.com/vitest.tgz' } }) }], devOnly: false },
  { name: 'poetry.lock with its dev bump', path: 'pyproject.toml', before: poetryProject('8'), after: poetryProject('9'), also: [{ path: 'poetry.lock', before: poetryLock([{ name: 'pytest', version: '8.0.0', groups: ['dev'] }]), after: poetryLock([{ name: 'pytest', version: '9.0.0', groups: ['dev'] }]) }], devOnly: true },
  { name: 'poetry.lock alone', path: 'poetry.lock', before: poetryLock([{ name: 'pytest', version: '8.0.0', groups: ['dev'] }]), after: poetryLock([{ name: 'pytest', version: '9.0.0', groups: ['dev'] }]), devOnly: false },
];

const TICKET = '.agent/tickets/DEP-1.yml';

async function bothGuards(f: Fixture): Promise<{ scopeDevOnly: boolean; specDevOnly: boolean; scopeRules: string[] }> {
  const repo = new TempRepo();
  repos.push(repo);
  // Everything allowlisted and in scope: the only question left is dev or runtime.
  const policy = { version: 1, dependency_allowlist: { npm: ['*'], pypi: ['*'], go: ['*'], cargo: ['*'] } };
  const side = (which: 'before' | 'after'): Record<string, string> =>
    Object.fromEntries([{ path: f.path, before: f.before, after: f.after }, ...(f.also ?? [])].flatMap((x) => (x[which] === undefined ? [] : [[x.path, x[which]!]])));
  const base = repo
    .write({ '.github/agent-guards.yml': stringify(policy), [TICKET]: stringify({ id: 'DEP-1', title: 'bump', spec: ['§1'], scope: { include: ['**'] } }), ...side('before') })
    .commit('chore: base');
  repo.checkout('agent/DEP-1-0000abcd', true);
  for (const x of f.also ?? []) if (x.after === undefined) repo.remove(x.path);
  const head = repo.write(side('after')).commit('build(deps): bump');
  const scope = await runScopeGuard({ repo: repo.dir, base, head, ticketPath: TICKET, policy: PolicySchema.parse(policy), logger: new MemoryLogger() });
  const scopeRules = scope.report.findings.map((x) => x.rule);
  const scopeErrors = scope.report.findings.filter((x) => x.severity === 'error').length;
  const facts = await loadChangeFacts(repo.dir, base, head, await commitsBetween(repo.dir, base, head));
  const spec = await evaluateKind('dev-dependency-update', facts, SpecMapEntrySchema.parse({ kinds: ['dev-dependency-update'] }));
  // Everything is allowlisted and in scope: any error is a reason the change is not a dev-dependency update.
  return { scopeDevOnly: scopeErrors === 0 && scopeRules.includes('dev-dependency-change'), specDevOnly: spec.satisfied, scopeRules };
}

describe('manifest-scope and spec-conformance on the same manifest change', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('agree: %s', async (_, f) => {
    const { scopeDevOnly, specDevOnly, scopeRules } = await bothGuards(f);
    expect({ scope: scopeDevOnly, spec: specDevOnly }, scopeRules.join(', ')).toEqual({ scope: f.devOnly, spec: f.devOnly });
  });

  it('fail closed alike on a manifest neither can read', async () => {
    const { scopeRules, specDevOnly } = await bothGuards({ name: 'setup.py', path: 'setup.py', before: 'from setuptools import setup\nsetup(install_requires=["a"])\n', after: 'from setuptools import setup\nsetup(install_requires=["a", "b"])\n', devOnly: false });
    expect(scopeRules).toContain('dependency-file-unparsable');
    expect(specDevOnly).toBe(false);
  });
});

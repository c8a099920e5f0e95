import { describe, expect, it } from 'vitest';
import { dependencyFileOf, DependencyFileError, isDevRequirementsPath, parseDeclared } from '../src/index.js';

describe('which file is which', () => {
  it.each([
    ['package.json', 'manifest', 'package-json'],
    ['web/package-lock.json', 'lockfile', 'npm-lock'],
    ['pnpm-lock.yaml', 'lockfile', 'pnpm-lock'],
    ['pyproject.toml', 'manifest', 'pyproject'],
    ['uv.lock', 'lockfile', 'uv-lock'],
    ['requirements.txt', 'manifest', 'requirements'],
    ['dev-requirements.txt', 'manifest', 'requirements'],
    ['requirements/test.in', 'manifest', 'requirements'],
    ['setup.cfg', 'manifest', 'setup-cfg'],
    ['go.sum', 'lockfile', 'go-sum'],
    ['crates/x/Cargo.toml', 'manifest', 'cargo-toml'],
  ])('%s is a %s (%s)', (path, role, format) => {
    expect(dependencyFileOf(path)).toMatchObject({ role, format });
  });

  // Names without a dot under folders with one, dotfiles, names that end in a common extension, and
  // names only a pattern knows: none may be turned away by their ending alone.
  it.each([
    ['v1.2/Gemfile', 'unread'],
    ['tools.d/WORKSPACE', 'unread'],
    ['app.v2/.bundle/config', 'settings'],
    ['.npmrc', 'settings'],
    ['infra/.terraform.lock.hcl', 'unread'],
    ['svc/noxfile.py', 'unread'],
    ['src/conanfile.py', 'unread'],
    ['App.Web/App.Web.csproj', 'unread'],
    ['gradle/libs.versions.toml', 'unread'],
    ['project/plugins.sbt', 'unread'],
    ['patches/left-pad+1.3.0.patch', 'settings'],
    ['pylock.dev.toml', 'lockfile'],
    ['reqs/base.PIP', 'requirements'],
  ])('%s is known (%s)', (path, format) => {
    const file = dependencyFileOf(path);
    expect(file).toBeDefined();
    expect(format === 'lockfile' ? file!.role : file!.format).toBe(format);
  });

  it.each(['src/package.ts', 'docs/requirements.md', 'notes.txt', 'pyproject.toml.bak', 'v1.2/Gemfile.bak', 'src/module.py'])('%s is none', (path) => {
    expect(dependencyFileOf(path)).toBeUndefined();
  });

  it('tells development requirement files by their name or folder', () => {
    for (const p of ['requirements-dev.txt', 'dev-requirements.txt', 'requirements_test.in', 'test-requirements.txt', 'requirements/lint.txt', 'requirements/docs.in']) expect(isDevRequirementsPath(p), p).toBe(true);
    for (const p of ['requirements.txt', 'requirements/base.txt', 'requirements/prod.txt', 'requirements-latest.txt']) expect(isDevRequirementsPath(p), p).toBe(false);
  });

  it('reads every section of a pyproject with its dev/runtime answer, and refuses setup.py', () => {
    const text = [
      '[project]',
      'dependencies = ["httpx>=0.27"]',
      '[project.optional-dependencies]',
      'test = ["pytest"]',
      'socks = ["socksio"]',
      '[dependency-groups]',
      'lint = ["ruff"]',
      '[tool.poetry.group.main.dependencies]',
      'anyio = "^4"',
      '[tool.poetry.group.docs.dependencies]',
      'mkdocs = "^1"',
    ].join('\n');
    expect(parseDeclared('pyproject.toml', text).map((d) => `${d.name}:${d.dev ? 'dev' : 'runtime'}`)).toEqual([
      'httpx:runtime',
      'pytest:dev',
      'socksio:runtime',
      'ruff:dev',
      'anyio:runtime',
      'mkdocs:dev',
    ]);
    expect(() => parseDeclared('setup.py', 'setup()')).toThrow(DependencyFileError);
  });
});

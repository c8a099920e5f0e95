import { describe, expect, it } from 'vitest';
import { dependencyFileOf, devOnlyChange, parseGoMod, readManifest } from '../src/index.js';
import { npmLock } from './lockfile-fixtures.js';

const sourceOf = (path: string, text: string) => Object.fromEntries(readManifest(path, text).dependencies.map((d) => [d.name, d.source.kind === 'registry' ? 'registry' : `${d.source.kind}: ${d.source.detail}`]));
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

describe('where a declared dependency comes from', () => {
  it('npm: aliases, git, URLs, tarballs, folders and the protocols Yarn, pnpm and Bun add', () => {
    const devDependencies = {
      vitest: 'npm:evil-vitest@1.0.0',
      '@types/node': 'npm:@types/node@^22',
      a: 'github:evil/a',
      b: 'git+https://example.com/b.git#v1',
      c: 'https://example.com/c-1.0.0.tgz',
      d: 'file:../../outside',
      e: 'file:./vendor/e-1.0.0.tgz',
      f: 'workspace:*',
      g: 'link:../g',
      h: 'catalog:',
      i: 'jsr:@std/path@1',
      j: '^1.2.3',
      k: 'latest',
    };
    expect(sourceOf('package.json', json({ devDependencies }))).toEqual({
      vitest: 'other: an alias of evil-vitest (npm:evil-vitest@1.0.0)',
      '@types/node': 'registry',
      a: 'other: a git repository (github:evil/a)',
      b: 'other: a git repository (git+https://example.com/b.git#v1)',
      c: 'other: a tarball URL (https://example.com/c-1.0.0.tgz)',
      d: 'other: the folder "file:../../outside", outside the repository',
      e: 'other: a local tarball (file:./vendor/e-1.0.0.tgz)',
      f: 'local: the workspace package (workspace:*)',
      g: 'other: the link: path "../g", outside the repository',
      h: 'other: a pnpm catalog entry (catalog:), which is resolved in pnpm-workspace.yaml',
      i: 'other: the jsr: protocol',
      j: 'registry',
      k: 'registry',
    });
  });

  it('Python: direct references, Poetry and Pipfile tables, editables and pip lines', () => {
    expect(sourceOf('pyproject.toml', '[dependency-groups]\ndev = ["pytest @ https://evil.example.com/pytest.whl", "ruff>=0.5", "mypy @ git+https://github.com/x/mypy"]\n')).toEqual({
      pytest: 'other: the URL https://evil.example.com/pytest.whl',
      ruff: 'registry',
      mypy: 'other: a git repository (git+https://github.com/x/mypy)',
    });
    expect(sourceOf('pyproject.toml', '[tool.poetry.group.dev.dependencies]\na = "^1"\nb = { git = "https://x/b.git" }\nc = { version = "^1", source = "private" }\nd = { version = "^1", python = "^3.11" }\n')).toMatchObject({
      a: 'registry',
      b: 'other: a git repository (https://x/b.git)',
      c: "other: the package index 'private'",
      d: 'registry',
    });
    const requirements = [
      '-e git+https://github.com/evil/pytest-xdist.git#egg=pytest-xdist',
      'pytest-cov==5.0 \\',
      '    --hash=sha256:0123',
      'pytest-mock @ https://evil.example.com/pytest_mock.whl',
      'pytest-env==1.0 --config-settings=x=y',
      'pytest-timeout==${VERSION}',
      './local-plugin',
    ].join('\n');
    expect(sourceOf('requirements-dev.txt', requirements)).toEqual({
      'pytest-xdist': 'other: a git repository (git+https://github.com/evil/pytest-xdist.git#egg=pytest-xdist)',
      'pytest-cov': 'registry',
      'pytest-mock': 'other: the URL https://evil.example.com/pytest_mock.whl',
      'pytest-env': 'other: a build with --config-settings=x=y',
      'pytest-timeout': 'other: a line pip completes from environment variables (${…})',
      './local-plugin': 'local: the path "./local-plugin"',
    });
  });

  it('Cargo: git, path, another registry and renames', () => {
    expect(sourceOf('Cargo.toml', '[dev-dependencies]\na = "1"\nb = { git = "https://x/b" }\nc = { path = "../c" }\nd = { version = "1", registry = "corp" }\ne = { version = "1", package = "evil" }\nf = { workspace = true }\n')).toEqual({
      a: 'registry',
      b: 'other: a git repository (https://x/b)',
      c: 'other: the path "../c", outside the repository',
      d: "other: the registry 'corp'",
      e: 'other: a rename of evil',
      f: 'registry',
    });
  });

  it('reads the settings that steer resolution', () => {
    expect([...readManifest('package.json', json({ overrides: { a: '1' }, resolutions: { b: '2' }, pnpm: { overrides: {} } })).settings.keys()]).toEqual(['overrides', 'resolutions', 'pnpm']);
    expect([...readManifest('requirements.txt', '--extra-index-url https://evil.example.com/simple\n-r base.txt\nflask==3\n').settings.keys()]).toEqual([
      '--extra-index-url https://evil.example.com/simple',
      '--requirement base.txt',
    ]);
    expect([...parseGoMod('module x\n\ngo 1.22\ntoolchain go1.22.1\n\nreplace github.com/a/b => ../b\nrequire (\n\tgithub.com/a/b v1.0.0 // indirect\n)\n').settings]).toEqual([
      ['go', '1.22'],
      ['toolchain', 'go1.22.1'],
      ['replace github.com/a/b', '../b'],
    ]);
    expect([...readManifest('Cargo.toml', '[patch.crates-io]\nserde = { git = "https://x/serde" }\n').settings.keys()]).toEqual(['patch']);
    expect(() => parseGoMod('module x\nfrobnicate y\n')).toThrow(/unknown directive/);
  });
});

describe('which file is which, beyond the four ecosystems read', () => {
  it.each([
    ['dev-requirements.txt', 'manifest', 'requirements'],
    ['constraints.txt', 'manifest', 'requirements'],
    ['requirements-dev.lock', 'manifest', 'requirements'],
    ['reqs/test.txt', 'manifest', 'requirements'],
    ['requirements.dev.pip', 'manifest', 'requirements'],
    ['pylock.toml', 'lockfile', 'pylock'],
    ['.npmrc', 'settings', 'settings'],
    ['pnpm-workspace.yaml', 'settings', 'settings'],
    ['.cargo/config.toml', 'settings', 'settings'],
    ['patches/left-pad+1.3.0.patch', 'settings', 'settings'],
    ['go.work', 'settings', 'settings'],
    ['Gemfile', 'manifest', 'unread'],
    ['app/app.csproj', 'manifest', 'unread'],
    ['bun.lockb', 'lockfile', 'unread'],
    ['gradle/libs.versions.toml', 'manifest', 'unread'],
  ])('%s is a %s (%s)', (path, role, format) => {
    expect(dependencyFileOf(path)).toMatchObject({ role, format });
  });

  it('is no dependency file for a file named like an Object property', () => {
    expect(dependencyFileOf('src/constructor')).toBeUndefined();
    expect(dependencyFileOf('toString')).toBeUndefined();
  });
});

describe('devOnlyChange', () => {
  it('is not dev-only when a dev dependency leaves the registry or the resolution changes', () => {
    const before = json({ devDependencies: { vitest: '^3' } });
    expect(devOnlyChange('package.json', before, json({ devDependencies: { vitest: '^4' } })).devOnly).toBe(true);
    expect(devOnlyChange('package.json', before, json({ devDependencies: { vitest: 'npm:evil-vitest@4' } })).problem).toMatch(/alias of evil-vitest/);
    expect(devOnlyChange('package.json', before, json({ devDependencies: { vitest: '^3' }, overrides: { chalk: '5' } })).problem).toMatch(/overrides/);
    expect(devOnlyChange('requirements-dev.txt', 'pytest==8\n', '--extra-index-url https://evil.example.com\npytest==8\n').problem).toMatch(/resolved/);
    expect(devOnlyChange('.npmrc', 'a=1\n', 'registry=https://evil.example.com\n').devOnly).toBe(false);
  });

  it('accepts a package-lock.json change only as its root devDependencies explain it', () => {
    const lock = (vitest: string, extra = {}) => npmLock({ devDependencies: { vitest: `^${vitest}` } }, { vitest: { version: `${vitest}.0.0`, dev: true }, ...extra });
    expect(devOnlyChange('package-lock.json', lock('3'), lock('4')).devOnly).toBe(true);
    expect(devOnlyChange('package-lock.json', lock('3'), lock('3', { evil: { version: '1.0.0', dev: true } })).problem).toMatch(/no manifest beside it/);
    expect(devOnlyChange('package-lock.json', lock('3'), lock('4', { evil: { version: '1.0.0', dev: true } })).problem).toMatch(/neither the manifests nor any package/);
  });
});

import { describe, expect, it } from 'vitest';
import { DependencyFileError, diffLockfiles, lockfileProblems, readLockfile, type Lockfile, type LockfileExplanation } from '../src/index.js';
import { BUN_LOCK, cargoLock, GO_SUM, npmLock, PDM_LOCK, PIPFILE_LOCK, PNPM_V9, poetryLock, UV_LOCK, YARN_BERRY, YARN_V1 } from './lockfile-fixtures.js';

const summary = (lock: Lockfile) =>
  Object.fromEntries(lock.packages.map((p) => [`${p.name}@${p.version}`, `${p.source.kind}${p.dev === undefined ? '' : p.dev ? ' dev' : ' runtime'}`]));

describe('reading lockfiles', () => {
  it('package-lock.json: sources, dev marks, aliases and the root', async () => {
    const lock = await readLockfile(
      'package-lock.json',
      npmLock(
        { dependencies: { express: '^4' }, devDependencies: { vitest: '^3' } },
        {
          express: { version: '4.21.0' },
          vitest: { version: '3.0.0', dev: true, name: 'evil-vitest' },
          gitdep: { version: '1.0.0', resolved: 'git+ssh://git@github.com/evil/evil.git#0123' },
        },
      ),
    );
    expect(summary(lock)).toEqual({ 'express@4.21.0': 'registry runtime', 'vitest@3.0.0': 'other dev', 'gitdep@1.0.0': 'other runtime' });
    expect(lock.roots.sort()).toEqual(['express', 'vitest']);
  });

  it('yarn.lock, Yarn 1: one entry per descriptor, git resolutions are not the registry', async () => {
    const lock = await readLockfile('yarn.lock', YARN_V1);
    expect(summary(lock)).toEqual({ 'express@4.21.0': 'registry', 'accepts@1.3.8': 'registry', 'evil@1.0.0': 'other' });
    expect(lock.packages.find((p) => p.name === 'express')?.dependsOn).toEqual(['accepts']);
  });

  it("yarn.lock, Yarn 2+: Yarn's builtin patches pass, a project patch does not, the workspace gives the roots", async () => {
    const lock = await readLockfile('yarn.lock', YARN_BERRY);
    expect(summary(lock)).toEqual({
      'express@4.21.0': 'registry',
      'accepts@1.3.8': 'registry',
      'typescript@5.4.5': 'registry',
      'left-pad@1.3.0': 'other',
      'svc@0.0.0-use.local': 'local',
    });
    expect(lock.roots.sort()).toEqual(['express', 'typescript']);
  });

  it('pnpm-lock.yaml v9: importers, snapshots and resolutions', async () => {
    const lock = await readLockfile('pnpm-lock.yaml', PNPM_V9);
    expect(summary(lock)).toMatchObject({ 'express@4.21.0': 'registry', 'vitest@3.0.0': 'registry', 'evil@1.0.0': 'registry' });
    expect(lock.packages.find((p) => p.name === 'evil')?.source).toEqual({ kind: 'registry', url: 'https://evil.example.com/evil-1.0.0.tgz' });
    expect(lock.packages.find((p) => p.name === 'express')?.dependsOn).toEqual(['accepts']);
    expect(lock.roots.sort()).toEqual(['express', 'vitest']);
  });

  it('bun.lock: JSON with trailing commas', async () => {
    const lock = await readLockfile('bun.lock', BUN_LOCK);
    expect(summary(lock)).toEqual({ 'accepts@1.3.8': 'registry', 'express@4.21.0': 'registry', 'vitest@3.0.0': 'registry', 'evil@github:evil/evil#0123456': 'other' });
    expect(lock.roots.sort()).toEqual(['express', 'vitest']);
  });

  it("poetry.lock: groups say what is dev, a package source is not PyPI's", async () => {
    const lock = await readLockfile(
      'poetry.lock',
      poetryLock([
        { name: 'requests', version: '2.32.0', groups: ['main'] },
        { name: 'pytest', version: '8.0.0', groups: ['dev'], deps: { iniconfig: '*' } },
        { name: 'evil', version: '1.0.0', groups: ['dev'], source: 'https://github.com/evil/evil.git' },
      ]),
    );
    expect(summary(lock)).toEqual({ 'requests@2.32.0': 'registry runtime', 'pytest@8.0.0': 'registry dev', 'evil@1.0.0': 'other dev' });
  });

  it("uv.lock: dev-ness follows the project's runtime graph", async () => {
    expect(summary(await readLockfile('uv.lock', UV_LOCK))).toEqual({
      'httpx@0.27.0': 'registry runtime',
      'idna@3.7': 'registry runtime',
      'pytest@8.0.0': 'registry dev',
      'iniconfig@2.0.0': 'registry dev',
      'svc@0.1.0': 'local',
    });
  });

  it('pdm.lock, Pipfile.lock, Cargo.lock and go.sum', async () => {
    expect(summary(await readLockfile('pdm.lock', PDM_LOCK))).toEqual({ 'httpx@0.27.0': 'registry runtime', 'idna@3.7': 'registry runtime', 'pytest@8.0.0': 'registry dev', 'evil@1.0.0': 'other dev' });
    expect((await readLockfile('Pipfile.lock', PIPFILE_LOCK)).packages.map((p) => [p.name, p.dev, p.source])).toEqual([
      ['requests', false, { kind: 'registry', url: 'https://pypi.org/simple' }],
      ['pytest', true, { kind: 'registry', url: 'https://pypi.org/simple' }],
      ['pytest-cov', true, { kind: 'registry', url: 'https://evil.example.com/simple' }],
    ]);
    const cargo = await readLockfile('Cargo.lock', cargoLock([{ name: 'svc', version: '0.1.0', source: null, deps: ['serde'] }, { name: 'serde', version: '1.0.0' }, { name: 'evil', version: '0.1.0', source: 'git+https://github.com/evil/evil#0123' }]));
    expect(summary(cargo)).toEqual({ 'svc@0.1.0': 'local', 'serde@1.0.0': 'registry', 'evil@0.1.0': 'other' });
    expect(cargo.roots).toEqual(['svc', 'serde']);
    expect((await readLockfile('go.sum', GO_SUM)).packages).toHaveLength(2);
  });

  it('fails closed on what it cannot read', async () => {
    await expect(readLockfile('package-lock.json', '{ "lockfileVersion": 3, ')).rejects.toThrow(DependencyFileError);
    await expect(readLockfile('go.sum', 'github.com/x v1.0.0\n')).rejects.toThrow(/line 1/);
    await expect(readLockfile('bun.lock', '{ "packages": { "a": "a@1" } }')).rejects.toThrow(DependencyFileError);
    await expect(readLockfile('bun.lockb', 'binary')).rejects.toThrow(DependencyFileError);
  });
});

describe('judging a lockfile change', () => {
  const base = npmLock({ devDependencies: { vitest: '^3' } }, { vitest: { version: '3.0.0', dev: true, dependencies: { tinyspy: '^3' } }, tinyspy: { version: '3.0.0', dev: true } });
  const why: LockfileExplanation = { manifestChanged: true, devOnly: true, declared: new Set(['vitest']), registryHosts: [] };
  const judge = async (after: string, explanation = why): Promise<string[]> => {
    const next = await readLockfile('package-lock.json', after);
    return lockfileProblems('package-lock.json', 'npm', diffLockfiles(await readLockfile('package-lock.json', base), next), next, explanation).map((p) => p.rule);
  };

  it('accepts the packages a manifest change brings, from the registry, depended on, dev-only', async () => {
    const after = npmLock({ devDependencies: { vitest: '^4' } }, { vitest: { version: '4.0.0', dev: true, dependencies: { tinyspy: '^4' } }, tinyspy: { version: '4.0.0', dev: true } });
    expect(await judge(after)).toEqual([]);
  });

  it('rejects packages added with no manifest change', async () => {
    const after = npmLock({ devDependencies: { vitest: '^3' } }, { vitest: { version: '3.0.0', dev: true, dependencies: { tinyspy: '^3' } }, tinyspy: { version: '3.0.0', dev: true }, evil: { version: '1.0.0', dev: true } });
    expect(await judge(after, { ...why, manifestChanged: false })).toEqual(['lockfile-change-unexplained']);
  });

  it('rejects other bytes under a known version, a foreign host, an orphan, a runtime package for a dev change', async () => {
    const tampered = npmLock({ devDependencies: { vitest: '^3' } }, { vitest: { version: '3.0.0', dev: true, integrity: 'sha512-evil', dependencies: { tinyspy: '^3' } }, tinyspy: { version: '3.0.0', dev: true } });
    expect(await judge(tampered)).toEqual(['lockfile-change-unexplained']);
    const foreign = npmLock({ devDependencies: { vitest: '^4' } }, { vitest: { version: '4.0.0', dev: true, resolved: 'https://evil.example.com/vitest-4.0.0.tgz' } });
    expect(await judge(foreign)).toEqual(['dependency-source-not-registry']);
    const orphan = npmLock({ devDependencies: { vitest: '^4' } }, { vitest: { version: '4.0.0', dev: true }, evil: { version: '1.0.0', dev: true } });
    expect(await judge(orphan)).toEqual(['lockfile-change-unexplained']);
    const runtime = npmLock({ devDependencies: { vitest: '^4' } }, { vitest: { version: '4.0.0', dev: true, dependencies: { chalk: '^5' } }, chalk: { version: '5.0.0' } });
    expect(await judge(runtime)).toEqual(['lockfile-change-unexplained']);
  });

  it("accepts a registry host the policy names", async () => {
    const mirror = npmLock({ devDependencies: { vitest: '^4' } }, { vitest: { version: '4.0.0', dev: true, resolved: 'https://npm.corp.example/vitest-4.0.0.tgz' } });
    expect(await judge(mirror, { ...why, registryHosts: ['npm.corp.example'] })).toEqual([]);
    expect(await judge(mirror, { ...why, registryHosts: ['*.corp.example'] })).toEqual([]);
  });
});

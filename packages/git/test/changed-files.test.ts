import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { shallowClone, TempRepo } from '@agent-guards/testkit';
import { changedFiles, commitsBetween, listFilesAt, readFileAt, touchedPaths } from '../src/index.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

describe('changedFiles', () => {
  it('reports both paths of a rename and keeps odd file names intact', async () => {
    const r = repo();
    const weird = ['with space.txt', 'quote"d.txt', "apo'strophe.txt", 'new\nline.txt', 'ünïcødé/文件.txt', 'tab\there.txt', '-leading-dash.txt'];
    r.write(Object.fromEntries([...weird.map((w) => [w, `content of ${w}\n`]), ['old/name.ts', 'export const x = 1;\n'.repeat(20)]]));
    const base = r.commit('base');
    r.checkout('feature', true);
    r.move('old/name.ts', 'new/name.ts');
    r.write(Object.fromEntries(weird.map((w) => [w, `changed ${w}\n`])));
    const head = r.commit('change');
    const set = await changedFiles(r.dir, base, head);
    const rename = set.files.find((f) => f.status === 'renamed');
    expect(rename).toMatchObject({ path: 'new/name.ts', previousPath: 'old/name.ts', similarity: 100 });
    const paths = touchedPaths(set.files).sort();
    expect(paths).toEqual([...weird, 'new/name.ts', 'old/name.ts'].sort());
  });

  it('sees deletions, executables, symlinks, submodule pointers and binary files', async () => {
    const sub = repo();
    sub.write({ 'x.txt': 'x' });
    const subA = sub.commit('sub a');
    sub.write({ 'x.txt': 'y' });
    const subB = sub.commit('sub b');

    const r = repo();
    r.write({ 'gone.txt': 'bye\n', 'run.sh': '#!/bin/sh\n', 'img.bin': Buffer.from([0, 1, 2, 255, 0]) });
    r.git('add', '-A');
    r.git('update-index', '--add', '--cacheinfo', `160000,${subA},vendor/sub`);
    r.git('commit', '-q', '-m', 'base');
    const base = r.head();
    r.remove('gone.txt');
    r.chmod('run.sh', 0o755);
    r.symlink('link', 'run.sh');
    r.write({ 'img.bin': Buffer.from([0, 9, 9, 255, 0]) });
    r.git('add', '-A');
    r.git('update-index', '--add', '--cacheinfo', `160000,${subB},vendor/sub`);
    r.git('commit', '-q', '-m', 'change');
    const set = await changedFiles(r.dir, base, r.head());
    const by = Object.fromEntries(set.files.map((f) => [f.path, f]));
    expect(by['gone.txt']).toMatchObject({ status: 'deleted', newKind: 'none' });
    expect(by['run.sh']).toMatchObject({ status: 'modified', oldKind: 'file', newKind: 'executable' });
    expect(by['link']).toMatchObject({ status: 'added', newKind: 'symlink' });
    expect(by['vendor/sub']).toMatchObject({ status: 'modified', oldKind: 'submodule', newKind: 'submodule', oldSha: subA, newSha: subB });
    expect(by['img.bin']).toMatchObject({ status: 'modified' });
  });

  it('measures from the merge base, not the base tip (three dots, never two)', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    const root = r.commit('root');
    r.checkout('feature', true);
    r.write({ 'feature.txt': 'f' });
    const head = r.commit('feature');
    r.checkout('main');
    r.write({ 'main-only.txt': 'm' });
    const base = r.commit('main moves on');
    const set = await changedFiles(r.dir, base, head);
    expect(set.mergeBase).toBe(root);
    expect(set.files.map((f) => f.path)).toEqual(['feature.txt']);
  });

  it('fails closed on a shallow clone without the merge base, naming fetch-depth', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    r.commit('root');
    r.checkout('feature', true);
    for (let i = 0; i < 3; i += 1) {
      r.write({ [`f${i}.txt`]: String(i) });
      r.commit(`feature ${i}`);
    }
    r.checkout('main');
    r.write({ 'b.txt': '2' });
    r.commit('main');
    const clone = shallowClone(r, 1, 'feature');
    repos.push(clone);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main:main');
    const err = await changedFiles(clone.dir, 'main', 'feature', { prCommits: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(String((err as Error).message)).toMatch(/shallow.*fetch-depth: 0/s);
    expect(String((err as Error).message)).toMatch(/fetch-depth: 4/);
  });

  it('fails closed on a commit that is not in the clone', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    const head = r.commit('root');
    await expect(changedFiles(r.dir, 'deadbeef'.repeat(5), head)).rejects.toThrow(/base commit .* is not in the local clone/);
  });

  it('fails closed when base and head share no history', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    const a = r.commit('root');
    const orphan = r.fastImport('orphan', [['b.txt', 'b']], 'orphan root');
    await expect(changedFiles(r.dir, a, orphan)).rejects.toThrow(/no merge base .* share no history/);
  });
});

describe('reading at a revision', () => {
  it('reads files, lists trees and lists every commit of a range', async () => {
    const r = repo();
    r.write({ 'cfg.yml': 'v: 1\n', 'dir/x.ts': 'x' });
    const base = r.commit('base');
    r.write({ 'cfg.yml': 'v: 2\n' });
    for (let i = 0; i < 5; i += 1) {
      r.write({ [`n${i}`]: String(i) });
      r.commit(`feat: change ${i}\n\nbody ${i}`);
    }
    expect(await readFileAt(r.dir, base, 'cfg.yml')).toBe('v: 1\n');
    expect(await readFileAt(r.dir, base, 'missing.yml')).toBeUndefined();
    expect(await listFilesAt(r.dir, base)).toEqual(['cfg.yml', 'dir/x.ts']);
    const commits = await commitsBetween(r.dir, base, 'HEAD');
    expect(commits.map((c) => c.subject)).toEqual([0, 1, 2, 3, 4].map((i) => `feat: change ${i}`));
    expect(commits[0]!.message).toBe('feat: change 0\n\nbody 0');
  });
});

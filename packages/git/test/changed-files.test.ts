import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { shallowClone, TempRepo } from '@agent-guards/testkit';
import { changedFiles, commitsBetween, diffTree, listBlobsAt, listFilesAt, RawDiffParser, readFileAt, readObjects, resolveRange, runGit, streamDiffTree, touchedPaths, withWorktree, type ChangedFile } from '../src/index.js';

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

describe('the streaming diff parser', () => {
  /** A diff with renames, copies, a deletion, a mode change and names with multi-byte characters and newlines. */
  function variedDiff(): { r: TempRepo; from: string; to: string } {
    const r = repo();
    const long = (tag: string) => `${tag}\n${'shared line of text\n'.repeat(30)}`;
    r.write({ 'src/moved.ts': long('m'), 'src/original.ts': long('o'), 'gone.txt': 'bye\n', 'run.sh': '#!/bin/sh\n', 'ünï/文件.txt': 'a\n' });
    const from = r.commit('base');
    r.move('src/moved.ts', 'lib/räname\nd.ts');
    r.write({ 'src/original.ts': `${long('o')}edit\n`, 'src/copy of original.ts': long('o'), 'ünï/文件.txt': 'b\n', 'new/名前.ts': 'x\n' });
    r.remove('gone.txt');
    r.chmod('run.sh', 0o755);
    const to = r.commit('change');
    return { r, from, to };
  }

  it('parses the same records wherever the output is cut, even inside a multi-byte character', async () => {
    const { r, from, to } = variedDiff();
    const { stdout } = await runGit(r.dir, ['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '-M', '-C', from, to]);
    const whole = await diffTree(r.dir, from, to);
    expect(whole.map((f) => f.status).sort()).toEqual(['added', 'copied', 'deleted', 'modified', 'modified', 'modified', 'renamed']);
    expect(whole.find((f) => f.status === 'renamed')).toMatchObject({ previousPath: 'src/moved.ts', path: 'lib/räname\nd.ts' });
    const feed = (chunks: Buffer[]): ChangedFile[] => {
      const parser = new RawDiffParser();
      const out = chunks.flatMap((c) => parser.push(c));
      return [...out, ...parser.end()];
    };
    for (let cut = 1; cut < stdout.length; cut += 1) {
      expect(feed([stdout.subarray(0, cut), stdout.subarray(cut)])).toEqual(whole);
    }
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < stdout.length; i += size) chunks.push(stdout.subarray(i, i + size));
      expect(feed(chunks)).toEqual(whole);
    }
  });

  it('refuses output that stops inside a record', async () => {
    const { r, from, to } = variedDiff();
    const { stdout } = await runGit(r.dir, ['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '-M', '-C', from, to]);
    const parser = new RawDiffParser();
    parser.push(stdout.subarray(0, stdout.length - 3));
    expect(() => parser.end()).toThrow(/truncated diff-tree output/);
  });

  it('hands batches over while git lists them and counts every file', async () => {
    const r = repo();
    r.write({ 'a.txt': '0' });
    const from = r.commit('base');
    const to = r.fastImport('many', Array.from({ length: 5000 }, (_, i) => [`d${i % 50}/file-${i}.txt`, `${i}\n`] as [string, string]), 'many files', from);
    const batches: ChangedFile[][] = [];
    const count = await streamDiffTree(r.dir, from, to, (batch) => batches.push(batch));
    expect(count).toBe(5000);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(await diffTree(r.dir, from, to));
  });
});

describe('resolveRange', () => {
  it('gives the same range for full SHAs (checked in parallel) and for names', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    const root = r.commit('root');
    r.checkout('feature', true);
    r.write({ 'f.txt': 'f' });
    const head = r.commit('feature');
    r.checkout('main');
    r.write({ 'm.txt': 'm' });
    const base = r.commit('main');
    expect(await resolveRange(r.dir, base, head)).toEqual({ base, head, mergeBase: root });
    expect(await resolveRange(r.dir, 'main', 'feature')).toEqual({ base, head, mergeBase: root });
  });

  it('names the missing commit before any merge-base error', async () => {
    const r = repo();
    r.write({ 'a.txt': '1' });
    const head = r.commit('root');
    await expect(resolveRange(r.dir, head, 'ab'.repeat(20))).rejects.toThrow(/head commit .* is not in the local clone/);
    await expect(resolveRange(r.dir, 'no-such-branch', head)).rejects.toThrow(/base commit 'no-such-branch' is not in the local clone/);
    const tree = r.git('rev-parse', 'HEAD^{tree}');
    await expect(resolveRange(r.dir, tree, head)).rejects.toThrow(/base commit .* is not in the local clone/);
    // Both missing: the base is named, whichever git process fails first.
    await expect(resolveRange(r.dir, 'no-such-base', 'no-such-head')).rejects.toThrow(/base commit 'no-such-base'/);
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

  it('lists a tree with blob ids, skipping submodules, and reads the blobs by id', async () => {
    const r = repo();
    r.write({ 'a.py': 'A\n', 'dir/b.py': 'B\n', 'dir/same.py': 'A\n', 'tab\tname.py': 'T\n' });
    r.commit('base');
    // A submodule entry (a gitlink) is not a file of the tree.
    const sha = r.git('rev-parse', 'HEAD');
    r.git('update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
    r.git('commit', '-q', '-m', 'gitlink');
    const rev = r.head();
    const blobs = await listBlobsAt(r.dir, rev);
    expect(blobs.map((b) => b.path)).toEqual(['a.py', 'dir/b.py', 'dir/same.py', 'tab\tname.py']);
    for (const b of blobs) expect(b.oid).toBe(r.git('rev-parse', `${rev}:${b.path}`));
    expect(blobs[0]!.oid).toBe(blobs[2]!.oid);
    const objects = await readObjects(r.dir, blobs.map((b) => b.oid));
    expect(blobs.map((b) => objects.get(b.oid)?.toString('utf8'))).toEqual(['A\n', 'B\n', 'A\n', 'T\n']);
  });
});

describe('withWorktree', () => {
  it('checks out a revision beside the working tree and leaves nothing behind, also when called in parallel or when the work throws', async () => {
    const r = repo();
    r.write({ 'a.txt': 'one\n' });
    const first = r.commit('first');
    r.write({ 'a.txt': 'two\n', 'uncommitted.txt': 'wip\n' });
    const seen = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withWorktree(r.dir, first, async (dir) => {
          if (i === 11) throw new Error('the work failed');
          return [readFileSync(join(dir, 'a.txt'), 'utf8'), existsSync(join(dir, 'uncommitted.txt')), dir] as const;
        }).catch((e: Error) => e.message),
      ),
    );
    expect(seen.slice(0, 11).map((s) => (typeof s === 'string' ? s : s.slice(0, 2)))).toEqual(Array(11).fill(['one\n', false]));
    expect(seen[11]).toBe('the work failed');
    for (const s of seen.slice(0, 11)) expect(existsSync((s as readonly unknown[])[2] as string)).toBe(false);
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(readFileSync(r.path('a.txt'), 'utf8')).toBe('two\n');
  });
});

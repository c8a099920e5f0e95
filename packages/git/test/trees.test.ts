import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logGitProcesses, shallowClone, TempRepo, type GitProcessLog } from '@agent-guards/testkit';
import { changedFiles, commitsBetween, forgetGitAnswers, listBlobsAt, listFilesAt, listRootAt, mergeBase, parseRawDiff, streamDiffTree, type ChangedFile } from '../src/index.js';

// What a small PR asks of its two commits (the diff, the trees, the merge base, the commits) is read
// from their objects by the git kept open for reads. Every answer must be git's own, and whatever the
// objects cannot answer alike (renames, merges, shallow history, large trees) is still git's to give.

const repos: TempRepo[] = [];
let git: GitProcessLog;
beforeEach(() => {
  forgetGitAnswers();
  git = logGitProcesses();
});
afterEach(() => {
  git.restore();
  while (repos.length) repos.pop()!.cleanup();
});

function newRepo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

/** The git subcommands this test's code started, the kept-open reader (cat-file) left out. */
const processes = (): string[] =>
  git
    .calls()
    .map((args) => args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-C' && args[i - 1] !== '-c') ?? '')
    .filter((c) => c !== 'cat-file');

/** git's own diff between two commits, as every guard reads it. */
function gitDiff(r: TempRepo, from: string, to: string): ChangedFile[] {
  return parseRawDiff(`${r.git('diff-tree', '-r', '-z', '--raw', '--no-abbrev', '--no-commit-id', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-M', '-C', from, to)}\0`);
}

/** Starts counting processes from here: what the test's own git calls started is not the code's. */
function fromHere(): void {
  forgetGitAnswers();
  git.reset();
}

describe('the diff of a PR that modifies files in place', () => {
  it('is read from the folders that differ, equal to diff-tree’s, with no diff-tree and no merge-base process', async () => {
    const r = newRepo();
    const sub = newRepo();
    sub.write({ 'x.txt': 'x\n' });
    const first = sub.commit('one');
    sub.write({ 'x.txt': 'y\n' });
    const second = sub.commit('two');
    // Names that sort differently as folders and as files ("a-b/" before "a.b" before "a/"), non-ASCII
    // names, an executable, a link, a submodule.
    r.write({
      'src/app/a.py': 'a = 1\n',
      'src/app/b.py': 'b = 1\n',
      'a-b/x.txt': 'x\n',
      'a.b': 'dot\n',
      'a/y.txt': 'y\n',
      'Ünïcode/файл.txt': 'один\n',
      'bin/run.sh': '#!/bin/sh\n',
      'docs/x.md': '# x\n',
      'docs/y.md': '# y\n',
    });
    r.symlink('link', 'docs/x.md');
    // A submodule is a commit in the tree, staged by hand (no folder for `git add -A` to see).
    const commitWithSubmodule = (message: string, at: string): string => {
      r.git('add', '-A');
      r.git('update-index', '--add', '--cacheinfo', `160000,${at},vendor/lib`);
      r.git('commit', '-q', '-m', message);
      return r.head();
    };
    const base = commitWithSubmodule('base', first);
    r.write({ 'src/app/a.py': 'a = 2\n', 'a-b/x.txt': 'x2\n', 'a.b': 'dot2\n', 'a/y.txt': 'y2\n', 'Ünïcode/файл.txt': 'два\n' });
    r.chmod('bin/run.sh', 0o755);
    r.symlink('link', 'docs/y.md');
    commitWithSubmodule('one', second);
    r.write({ 'docs/x.md': '# x2\n' });
    const head = commitWithSubmodule('two', second);
    const expected = gitDiff(r, base, head);
    expect(expected.map((f) => f.status)).toEqual(Array(expected.length).fill('modified'));
    // git's order: "a-b/" < "a.b" < "a/", and UTF-8's bytes after ASCII.
    expect(expected.map((f) => f.path)).toEqual(['a-b/x.txt', 'a.b', 'a/y.txt', 'bin/run.sh', 'docs/x.md', 'link', 'src/app/a.py', 'vendor/lib', 'Ünïcode/файл.txt']);
    expect(expected.find((f) => f.path === 'vendor/lib')).toMatchObject({ oldKind: 'submodule', newKind: 'submodule', oldSha: first, newSha: second });
    expect(expected.find((f) => f.path === 'bin/run.sh')).toMatchObject({ oldKind: 'file', newKind: 'executable' });
    fromHere();
    const changes = await changedFiles(r.dir, base, head);
    expect(changes.mergeBase).toBe(base);
    expect(changes.files).toEqual(expected);
    expect(processes()).toEqual([]);
    // Streamed, the same records in one batch.
    fromHere();
    const streamed: ChangedFile[] = [];
    await streamDiffTree(r.dir, base, head, (files) => streamed.push(...files));
    expect(streamed).toEqual(expected);
    expect(processes()).toEqual([]);
  });

  it('is empty between two commits with one tree', async () => {
    const r = newRepo();
    r.write({ 'a.txt': 'a\n' });
    const base = r.commit('base');
    const head = r.commit('empty');
    fromHere();
    expect((await changedFiles(r.dir, base, head)).files).toEqual([]);
    expect(processes()).toEqual([]);
  });
});

describe('any other diff', () => {
  const cases: [string, (r: TempRepo) => void][] = [
    ['a file added', (r) => r.write({ 'src/new.py': 'n = 1\n' })],
    ['a file deleted', (r) => r.remove('src/b.py')],
    ['a file renamed', (r) => r.move('src/b.py', 'src/c.py')],
    ['a file copied beside a change to it', (r) => r.write({ 'src/b.py': 'b = 1\nb2 = 2\nb3 = 3\n', 'src/b_copy.py': 'b = 1\nb2 = 2\nb3 = 3\n' })],
    ['a file become a link', (r) => r.remove('docs/x.md').symlink('docs/x.md', '../src/a.py')],
    ['a file become a folder', (r) => r.remove('docs/x.md').write({ 'docs/x.md/inner.md': '# inner\n' })],
  ];
  for (const [what, change] of cases) {
    it(`is diff-tree’s, with renames and copies found: ${what}`, async () => {
      const r = newRepo();
      r.write({ 'src/a.py': 'a = 1\n', 'src/b.py': 'b = 1\nb2 = 2\n', 'docs/x.md': '# x\n' });
      const base = r.commit('base');
      change(r);
      const head = r.commit('change');
      const expected = gitDiff(r, base, head);
      fromHere();
      expect((await changedFiles(r.dir, base, head)).files).toEqual(expected);
      expect(processes()).toEqual(['diff-tree']);
    });
  }

  it('is diff-tree’s when more folders differ than a walk reads', async () => {
    const r = newRepo();
    const folders = Array.from({ length: 1100 }, (_, i) => `pkg${i}`);
    const base = r.fastImport('main', folders.map((f) => [`${f}/m.py`, 'x = 1\n']), 'base');
    const head = r.fastImport('main', folders.map((f) => [`${f}/m.py`, 'x = 2\n']), 'all', base);
    const expected = gitDiff(r, base, head);
    expect(expected).toHaveLength(1100);
    fromHere();
    expect((await changedFiles(r.dir, base, head)).files).toEqual(expected);
    expect(processes()).toEqual(['diff-tree']);
  });
});

describe('the merge base', () => {
  function line(): { r: TempRepo; commits: string[] } {
    const r = newRepo();
    const commits: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      r.write({ 'n.txt': `${i}\n` });
      commits.push(r.commit(`c${i}`));
    }
    return { r, commits };
  }

  it('is the base when the base is among the head’s last ancestors: no merge-base process', async () => {
    const { r, commits } = line();
    fromHere();
    expect(await mergeBase(r.dir, commits[0]!, commits[3]!)).toBe(commits[0]);
    expect(await mergeBase(r.dir, commits[3]!, commits[3]!)).toBe(commits[3]);
    expect(processes()).toEqual([]);
  });

  it('of an annotated tag’s SHA is the commit it tags', async () => {
    const { r, commits } = line();
    r.git('tag', '-a', '-m', 'release', 'v1', commits[1]!);
    const tag = r.git('rev-parse', 'v1');
    expect(tag).not.toBe(commits[1]);
    fromHere();
    expect(await mergeBase(r.dir, tag, commits[3]!)).toBe(commits[1]);
    expect(processes()).toEqual([]);
  });

  it('is git’s when the base branch moved on, when the head is behind the base, and when the base is far back', async () => {
    const { r, commits } = line();
    r.checkout('moved', true);
    r.write({ 'm.txt': 'm\n' });
    const moved = r.commit('moved on');
    r.checkout('main');
    const far = r.fastImport('far', [['f.txt', 'f\n']], 'far start');
    let tip = far;
    for (let i = 0; i < 40; i += 1) tip = r.fastImport('far', [['f.txt', `${i}\n`]], `far ${i}`, tip);
    fromHere();
    expect(await mergeBase(r.dir, moved, commits[3]!)).toBe(commits[3]);
    expect(await mergeBase(r.dir, commits[3]!, commits[1]!)).toBe(commits[1]);
    expect(await mergeBase(r.dir, far, tip)).toBe(far);
    expect(processes()).toEqual(['merge-base', 'merge-base', 'merge-base']);
  });

  it('is git’s in a shallow clone and in a grafted one, whose history is not what the commits say', async () => {
    const { r, commits } = line();
    const shallow = shallowClone(r, 2);
    repos.push(shallow);
    fromHere();
    expect(await mergeBase(shallow.dir, commits[2]!, commits[3]!)).toBe(commits[2]);
    expect(processes()).toEqual(['merge-base']);
    // Grafted: c2 has no parents, so c1 is no ancestor of c3 for git.
    writeFileSync(join(r.dir, '.git', 'info', 'grafts'), `${commits[2]}\n`);
    fromHere();
    await expect(mergeBase(r.dir, commits[1]!, commits[3]!)).rejects.toThrow(/no merge base/);
    expect(processes()).toContain('merge-base');
  });
});

describe('the commits of a PR', () => {
  it('along one line from the base are read from the commits, equal to git log’s, with no log process', async () => {
    const r = newRepo();
    r.write({ 'a.txt': 'a\n' });
    const base = r.commit('base');
    r.checkout('feature', true);
    r.write({ 'a.txt': 'b\n' });
    r.git('add', '-A');
    r.git('commit', '-q', '--author', 'Zoë Ünal  <zoe@example.com>', '-m', 'fix(a): the subject\n\nA body of\ntwo lines.\n\n\n');
    r.write({ 'b.txt': 'b\n' });
    const head = r.commit('test: one line');
    // A ref is never read from the objects: git log gives the reference answer.
    const expected = await commitsBetween(r.dir, 'main', 'feature');
    expect(expected.map((c) => c.authorName)).toEqual(['Zoë Ünal', 'Test Author']);
    expect(expected[0]!.message).toBe('fix(a): the subject\n\nA body of\ntwo lines.');
    fromHere();
    expect(await commitsBetween(r.dir, base, head)).toEqual(expected);
    expect(await commitsBetween(r.dir, head, head)).toEqual([]);
    expect(processes()).toEqual([]);
  });

  it('are git log’s with a merge among them, a base that moved on, or a message in another encoding', async () => {
    const r = newRepo();
    r.write({ 'a.txt': 'a\n' });
    const base = r.commit('base');
    r.checkout('side', true);
    r.write({ 's.txt': 's\n' });
    r.commit('side');
    r.checkout('main');
    r.checkout('feature', true);
    r.write({ 'f.txt': 'f\n' });
    r.commit('feature');
    r.git('merge', '-q', '--no-edit', 'side');
    const merged = r.head();
    // A message stored in Latin-1, which git log turns into UTF-8.
    writeFileSync(join(r.dir, '.git', 'MSG'), Buffer.from('caf\xe9 au lait\n', 'latin1'));
    r.git('-c', 'i18n.commitEncoding=ISO-8859-1', 'commit', '-q', '--allow-empty', '-F', join(r.dir, '.git', 'MSG'));
    const encoded = r.head();
    expect(r.git('cat-file', '-p', encoded)).toMatch(/^encoding ISO-8859-1$/m);
    fromHere();
    const withMerge = await commitsBetween(r.dir, base, merged);
    expect(withMerge.map((c) => c.subject)).toEqual(['side', 'feature', "Merge branch 'side' into feature"]);
    const moved = await commitsBetween(r.dir, r.git('rev-parse', 'side'), merged);
    expect(moved.map((c) => c.subject)).toEqual(['feature', "Merge branch 'side' into feature"]);
    const latin = await commitsBetween(r.dir, merged, encoded);
    expect(latin.map((c) => c.message)).toEqual(['café au lait']);
    expect(processes().filter((c) => c === 'log')).toEqual(['log', 'log', 'log']);
  });
});

describe('the listing of a tree', () => {
  it('is read from its tree objects, equal to ls-tree’s, its root too', async () => {
    const r = newRepo();
    r.write({ 'README.md': '# r\n', 'pkg/a.py': 'a\n', 'pkg/sub/b.py': 'b\n', 'pkg-b/c.py': 'c\n', 'pkg.c': 'd\n' });
    const head = r.commit('files');
    const names = r.git('ls-tree', '-r', '-z', '--name-only', head).split('\0').filter(Boolean);
    const root = r.git('ls-tree', '-z', '--name-only', head).split('\0').filter(Boolean);
    fromHere();
    expect(await listFilesAt(r.dir, head)).toEqual(names);
    expect(await listRootAt(r.dir, head)).toEqual(root);
    expect(processes()).toEqual([]);
  });

  it('of more folders than a walk reads is ls-tree’s', async () => {
    const r = newRepo();
    const head = r.fastImport('main', Array.from({ length: 2100 }, (_, i) => [`pkg${i}/m.py`, `${i}\n`]), 'many');
    const blobs = r.git('ls-tree', '-r', '-z', head).split('\0').filter(Boolean);
    fromHere();
    const listed = await listBlobsAt(r.dir, head);
    expect(listed).toHaveLength(2100);
    expect(listed.map((b) => `100644 blob ${b.oid}\t${b.path}`)).toEqual(blobs);
    expect(processes()).toEqual(['ls-tree']);
  });
});

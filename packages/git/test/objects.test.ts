import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { forgetGitAnswers, listBlobsAt, listFilesAt, readObjects } from '../src/index.js';
import { catFileInputs } from './cat-file-inputs.js';

vi.mock('../src/run-git.js', async (importOriginal) => (await import('./cat-file-inputs.js')).recordingRunGit(importOriginal));

const repos: TempRepo[] = [];
beforeEach(() => {
  forgetGitAnswers();
  catFileInputs.length = 0;
});
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** Many small files and a few larger than a pipe's chunk of git's output. */
function tree(): { r: TempRepo; head: string; files: Record<string, string> } {
  const r = new TempRepo();
  repos.push(r);
  const files: Record<string, string> = {};
  for (let k = 0; k < 60; k += 1) files[`src/m${k}.py`] = `def test_${k}():\n    assert ${k}\n`;
  for (let k = 0; k < 3; k += 1) files[`big/b${k}.py`] = `# ${k}\n${'x = 1  # filler\n'.repeat(12_000 + k)}`;
  const head = r.fastImport('main', Object.entries(files), 'files');
  return { r, head, files };
}

describe('readObjects', () => {
  it('hands each object over as git reads it: the same bytes it answers, the missing ones as undefined', async () => {
    const { r, head, files } = tree();
    const names = [...Object.keys(files).map((p) => `${head}:${p}`), `${head}:no/such.py`];
    const seen = new Map<string, Buffer | undefined>();
    const objects = await readObjects(r.dir, names, (name, object) => {
      expect(seen.has(name)).toBe(false);
      seen.set(name, object);
    });
    expect(seen).toEqual(objects);
    expect([...seen.keys()].sort()).toEqual([...names].sort());
    for (const [path, text] of Object.entries(files)) expect(objects.get(`${head}:${path}`)?.toString('utf8')).toBe(text);
    expect(objects.get(`${head}:no/such.py`)).toBeUndefined();
    // An object already read is handed over too, from what this process remembers.
    const again = new Map<string, Buffer | undefined>();
    await readObjects(r.dir, names.slice(0, 5), (name, object) => again.set(name, object));
    expect(again).toEqual(new Map(names.slice(0, 5).map((n) => [n, objects.get(n)])));
    expect(catFileInputs).toHaveLength(1);
  });

  it('reads a path of a tree this process lists by its blob id, and what the listing lacks by its name', async () => {
    const { r, head, files } = tree();
    // Asked while the listing runs: the read waits for it.
    const listing = listBlobsAt(r.dir, head);
    const objects = await readObjects(r.dir, [`${head}:src/m1.py`, `${head}:big/b0.py`, `${head}:src`, `${head}:no/such.py`]);
    const blobs = new Map((await listing).map((b) => [b.path, b.oid]));
    // The listing reads the commit and its trees; then the files are read by their ids.
    const trees = [r.git('rev-parse', `${head}^{tree}`), r.git('rev-parse', `${head}:big`), r.git('rev-parse', `${head}:src`)];
    expect(catFileInputs).toEqual([`${head}^{commit}\n`, `${trees[0]}\n`, `${trees[1]}\n${trees[2]}\n`, `${blobs.get('src/m1.py')}\n${blobs.get('big/b0.py')}\n${head}:src\n${head}:no/such.py\n`]);
    expect(objects.get(`${head}:src/m1.py`)?.toString('utf8')).toBe(files['src/m1.py']);
    expect(objects.get(`${head}:big/b0.py`)?.toString('utf8')).toBe(files['big/b0.py']);
    // A directory is what cat-file gives for its name: its tree object.
    expect(objects.get(`${head}:src`)).toBeDefined();
    expect(objects.get(`${head}:no/such.py`)).toBeUndefined();
  });

  it('reads the files of a whole tree listed by their ids: a file the same at both commits is read once', async () => {
    const r = new TempRepo();
    repos.push(r);
    r.write({ 'conftest.py': 'import pytest\n', 'a.py': 'a = 1\n' });
    const base = r.commit('base');
    r.write({ 'a.py': 'a = 2\n' });
    const head = r.commit('head');
    await Promise.all([listFilesAt(r.dir, base), listFilesAt(r.dir, head)]);
    catFileInputs.length = 0;
    const objects = await readObjects(r.dir, [`${base}:conftest.py`, `${head}:conftest.py`, `${head}:a.py`]);
    expect(objects.get(`${base}:conftest.py`)?.toString()).toBe('import pytest\n');
    expect(objects.get(`${head}:conftest.py`)?.toString()).toBe('import pytest\n');
    expect(objects.get(`${head}:a.py`)?.toString()).toBe('a = 2\n');
    expect(catFileInputs).toEqual([`${r.git('rev-parse', `${head}:conftest.py`)}\n${r.git('rev-parse', `${head}:a.py`)}\n`]);
  });
});

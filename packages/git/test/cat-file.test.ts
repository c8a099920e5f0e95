import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logGitProcesses, TempRepo, type GitProcessLog } from '@agent-guards/testkit';
import { forgetGitAnswers, readObjects } from '../src/index.js';

// The reads of one process go to one `git cat-file --batch`, kept open while it is idle.

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

function repo(files: Record<string, string>): { r: TempRepo; head: string } {
  const r = new TempRepo();
  repos.push(r);
  r.write(files);
  return { r, head: r.commit('files') };
}

const text = (objects: Map<string, Buffer | undefined>, name: string): string | undefined => objects.get(name)?.toString('utf8');
const catFiles = (): number => git.calls().filter((args) => args.includes('cat-file')).length;

describe('the cat-file git of a repository', () => {
  it('answers one read after another: one git process for a guard’s rounds of reads', async () => {
    const { r, head } = repo({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'c.txt': 'c\n' });
    expect(text(await readObjects(r.dir, [`${head}:a.txt`]), `${head}:a.txt`)).toBe('a\n');
    expect(text(await readObjects(r.dir, [`${head}:b.txt`, `${head}:none.txt`]), `${head}:b.txt`)).toBe('b\n');
    const third = await readObjects(r.dir, [`${head}:c.txt`, `${head}:none.txt`]);
    expect(text(third, `${head}:c.txt`)).toBe('c\n');
    expect(third.get(`${head}:none.txt`)).toBeUndefined();
    // A name that is a ref is read as it is now: the branch moved between two reads of one git.
    expect(text(await readObjects(r.dir, ['main:a.txt']), 'main:a.txt')).toBe('a\n');
    r.write({ 'a.txt': 'moved\n' });
    r.commit('move');
    expect(text(await readObjects(r.dir, ['main:a.txt']), 'main:a.txt')).toBe('moved\n');
    expect(catFiles()).toBe(1);
  });

  it('gives a read asked while its git is busy a git of its own: neither waits on the other', async () => {
    const big = 'x'.repeat(4 << 20);
    const { r, head } = repo({ 'big1.txt': big, 'big2.txt': `${big}2`, 'small.txt': 'small\n' });
    const large = readObjects(r.dir, [`${head}:big1.txt`, `${head}:big2.txt`]);
    // The next turn: the first batch is written and git is sending megabytes of it.
    await new Promise((settle) => setImmediate(settle));
    await new Promise((settle) => setImmediate(settle));
    const small = await readObjects(r.dir, [`${head}:small.txt`]);
    expect(text(small, `${head}:small.txt`)).toBe('small\n');
    const both = await large;
    expect(text(both, `${head}:big1.txt`)).toBe(big);
    expect(text(both, `${head}:big2.txt`)).toBe(`${big}2`);
    expect(catFiles()).toBe(2);
  });

  it('does not keep its process alive while it is idle: a process that has read an object holds no git and no pipe', () => {
    const { r, head } = repo({ 'a.txt': 'a\n' });
    // A process of its own: the test runner's other processes and pipes are not this git's.
    const name = `${head}:a.txt`;
    const script = [
      `const { catFileBatch } = await import(${JSON.stringify(new URL('../lib/index.js', import.meta.url).href)});`,
      'let text;',
      // Settled once git has answered the whole batch (readObjects' objects come a little sooner).
      `await catFileBatch(${JSON.stringify(r.dir)}, [${JSON.stringify(name)}], (_, object) => { text = object.toString(); });`,
      'console.log(JSON.stringify({ text, holding: process.getActiveResourcesInfo() }));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    const { text: read, holding } = JSON.parse(run.stdout) as { text: string; holding: string[] };
    expect(read).toBe('a\n');
    expect(holding).not.toContain('ProcessWrap');
    expect(holding).not.toContain('PipeWrap');
    expect(catFiles()).toBe(1);
  });

  it('fails the read, never waits for good, where git’s answers fall out of step (a corrupt object); the next read gets a new git', async () => {
    const { r, head } = repo({ 'good.txt': 'good\n', 'short.txt': 'the whole text\n', 'huge.txt': 'another text\n', 'later.txt': 'later\n', 'last.txt': 'last\n' });
    expect(text(await readObjects(r.dir, [`${head}:good.txt`]), `${head}:good.txt`)).toBe('good\n');
    // Loose objects whose headers promise more bytes than they hold: git writes the header and what there is.
    const corrupt = (path: string, header: string): string => {
      const id = r.git('rev-parse', `${head}:${path}`);
      const file = join(r.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
      chmodSync(file, 0o644);
      writeFileSync(file, deflateSync(Buffer.from(`${header}\0the`)));
      return id;
    };
    const short = corrupt('short.txt', 'blob 15');
    // A few bytes short, with answers after it: what follows is not where an answer starts.
    await expect(readObjects(r.dir, [short, `${head}:later.txt`])).rejects.toThrow(/out of step/);
    expect(text(await readObjects(r.dir, [`${head}:later.txt`]), `${head}:later.txt`)).toBe('later\n');
    // Far short, and last: git's output stops before the object would end.
    const huge = corrupt('huge.txt', 'blob 1000000');
    await expect(readObjects(r.dir, [huge])).rejects.toThrow(/out of step/);
    expect(text(await readObjects(r.dir, [`${head}:last.txt`]), `${head}:last.txt`)).toBe('last\n');
    expect(catFiles()).toBe(3);
  });
});

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logGitProcesses, shallowClone, TempRepo, type GitProcessLog } from '@agent-guards/testkit';
import { changedFiles, diffTree, forgetGitAnswers, isShallowRepository, listBlobsAt, listFilesAt, mergeBase, readFileAt, readObjects, resolveCommit, startDiffTree, startPullRequestRange, streamDiffTree, type ChangedFile } from '../src/index.js';
import { catFileInputs } from './cat-file-inputs.js';

vi.mock('../src/run-git.js', async (importOriginal) => (await import('./cat-file-inputs.js')).recordingRunGit(importOriginal));

// The answers one process remembers: asked twice with full SHAs or object ids, git runs once;
// asked with a ref, git is asked again every time, so a moved branch is never answered from before.

const repos: TempRepo[] = [];
let git: GitProcessLog;
beforeEach(() => {
  forgetGitAnswers();
  catFileInputs.length = 0;
  git = logGitProcesses();
});
afterEach(() => {
  git.restore();
  while (repos.length) repos.pop()!.cleanup();
});

function history(): { r: TempRepo; base: string; head: string } {
  const r = new TempRepo();
  repos.push(r);
  r.write({ 'package.json': '{"name":"a"}\n', 'src/a.ts': 'export const a = 1;\n' });
  const base = r.commit('base');
  r.checkout('feature', true);
  r.write({ 'src/b.ts': 'export const b = 2;\n', 'package.json': '{"name":"b"}\n' });
  r.move('src/a.ts', 'src/renamed.ts');
  const head = r.commit('change');
  return { r, base, head };
}

/** A commit in another repository, which the history's clone lacks. */
function commitElsewhere(): { other: TempRepo; elsewhere: string } {
  const other = new TempRepo();
  repos.push(other);
  other.write({ 'x.txt': 'x\n' });
  return { other, elsewhere: other.commit('elsewhere') };
}

/** The git subcommand of each process: the first argument that is neither an option nor an option's value. */
const commands = (): string[] => git.calls().map((args) => args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-C' && args[i - 1] !== '-c') ?? '');

describe('one answer per process to a git question about fixed commits', () => {
  it('lists the changes between two SHAs once: the second ask gives the same answer and starts no git process', async () => {
    const { r, base, head } = history();
    const first = await changedFiles(r.dir, base, head);
    const firstCalls = git.calls().length;
    expect(firstCalls).toBeGreaterThan(0);
    git.reset();
    const second = await changedFiles(r.dir, base, head);
    expect(second).toEqual(first);
    expect(git.calls()).toEqual([]);
    // Each caller has its own list: one caller's edits are not another's answer.
    first.files.pop();
    expect((await diffTree(r.dir, first.mergeBase, head)).map((f) => f.path).sort()).toEqual(['package.json', 'src/b.ts', 'src/renamed.ts']);
  });

  it('hands a listed diff to a streaming caller without asking git again', async () => {
    const { r, base, head } = history();
    const listed = await diffTree(r.dir, base, head);
    git.reset();
    const streamed: ChangedFile[] = [];
    const count = await streamDiffTree(r.dir, base, head, (batch) => streamed.push(...batch));
    expect(streamed).toEqual(listed);
    expect(count).toBe(listed.length);
    expect(git.calls()).toEqual([]);
  });

  it('shares one git process between callers that ask at the same time', async () => {
    const { r, base, head } = history();
    const answers = await Promise.all([diffTree(r.dir, base, head), diffTree(r.dir, base, head), mergeBase(r.dir, base, head), mergeBase(r.dir, base, head)]);
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[2]).toBe(base);
    // The base is the head's parent: the git kept open for reads finds it, and the rename takes diff-tree.
    expect(commands().sort()).toEqual(['cat-file', 'diff-tree']);
  });

  it('reads an object by id or by <sha>:<path> once, and reads only the names it has not read', async () => {
    const { r, base, head } = history();
    const blob = r.git('rev-parse', `${head}:src/b.ts`);
    const first = await readObjects(r.dir, [blob, `${base}:package.json`, `${base}:no/such/file`]);
    expect(first.get(blob)?.toString()).toBe('export const b = 2;\n');
    expect(first.get(`${base}:package.json`)?.toString()).toBe('{"name":"a"}\n');
    expect(first.get(`${base}:no/such/file`)).toBeUndefined();
    git.reset();
    const second = await readObjects(r.dir, [blob, `${base}:package.json`, `${base}:no/such/file`]);
    expect(second).toEqual(first);
    expect(git.calls()).toEqual([]);
    const third = await readObjects(r.dir, [blob, `${head}:package.json`]);
    expect(third.get(`${head}:package.json`)?.toString()).toBe('{"name":"b"}\n');
    // Of the third, git was asked the one name not read before (by the git the first read started).
    expect(catFileInputs).toEqual([`${blob}\n${base}:package.json\n${base}:no/such/file\n`, `${head}:package.json\n`]);
    expect(git.calls()).toEqual([]);
  });

  it('reads a blob read by <sha>:<path> by its id without git', async () => {
    const { r, head } = history();
    const byPath = (await readObjects(r.dir, [`${head}:src/b.ts`])).get(`${head}:src/b.ts`);
    const blob = r.git('rev-parse', `${head}:src/b.ts`);
    git.reset();
    const byId = (await readObjects(r.dir, [blob])).get(blob);
    expect(byId?.toString()).toBe('export const b = 2;\n');
    expect(byId).toBe(byPath);
    expect(git.calls()).toEqual([]);
  });

  it('answers reads asked for side by side with one cat-file process', async () => {
    const { r, base, head } = history();
    const [atBase, atHead] = await Promise.all([readObjects(r.dir, [`${base}:package.json`]), readObjects(r.dir, [`${head}:package.json`, 'feature:src/b.ts'])]);
    expect(atBase.get(`${base}:package.json`)?.toString()).toBe('{"name":"a"}\n');
    expect(atHead.get(`${head}:package.json`)?.toString()).toBe('{"name":"b"}\n');
    expect(atHead.get('feature:src/b.ts')?.toString()).toBe('export const b = 2;\n');
    expect(commands()).toEqual(['cat-file']);
  });

  it('lists a commit tree once per pathspec list', async () => {
    const { r, head } = history();
    const names = await listFilesAt(r.dir, head);
    const blobs = await listBlobsAt(r.dir, head);
    git.reset();
    expect(await listFilesAt(r.dir, head)).toEqual(names);
    expect(await listBlobsAt(r.dir, head)).toEqual(blobs);
    expect(git.calls()).toEqual([]);
    expect(await listFilesAt(r.dir, head, ['src'])).toEqual(['src/b.ts', 'src/renamed.ts']);
    expect(git.calls()).toHaveLength(1);
  });

  it('takes the paths of a tree it lists with ids from that listing, submodules included', async () => {
    const { r, base } = history();
    // A submodule is a commit in the tree: a path of the tree, not a blob to read.
    r.git('update-index', '--add', '--cacheinfo', `160000,${base},vendor/lib`);
    r.git('commit', '-q', '-m', 'submodule');
    const head = r.head();
    const names = await listFilesAt(r.dir, head);
    expect(names).toContain('vendor/lib');
    expect(names).toEqual(r.git('ls-tree', '-r', '--name-only', head).split('\n'));
    forgetGitAnswers();
    git.reset();
    const blobs = await listBlobsAt(r.dir, head);
    expect(blobs.map((b) => b.path)).not.toContain('vendor/lib');
    const reads = catFileInputs.length;
    expect(await listFilesAt(r.dir, head)).toEqual(names);
    // The listing with ids answered both: nothing was read again, and the git kept open read the trees.
    expect(catFileInputs).toHaveLength(reads);
    expect(commands()).toEqual([]);
  });
});

describe('a file at a commit', () => {
  it('is undefined where the commit lacks the path: the file and its commit are asked of one cat-file batch, and nothing more', async () => {
    const { r, base } = history();
    expect(await readFileAt(r.dir, base, 'package.json')).toBe('{"name":"a"}\n');
    expect(await readFileAt(r.dir, base, '.github/agent-guards.yml')).toBeUndefined();
    // The commit is remembered from the first read; the second asks for the file alone.
    expect(catFileInputs).toEqual([`${base}^{commit}\n${base}:package.json\n`, `${base}:.github/agent-guards.yml\n`]);
    expect(commands()).toEqual(['cat-file']);
    // Missing from a commit that is here, it stays missing: asked again, git is not.
    git.reset();
    forgetGitAnswers();
    expect(await readFileAt(r.dir, base, '.github/agent-guards.yml')).toBeUndefined();
    git.reset();
    expect(await readFileAt(r.dir, base, '.github/agent-guards.yml')).toBeUndefined();
    expect(git.calls()).toEqual([]);
  });

  it('read again at a full SHA, is answered from the first read: its commit is remembered beside it, and resolves without git', async () => {
    const { r, base } = history();
    expect(await readFileAt(r.dir, base, 'package.json')).toBe('{"name":"a"}\n');
    git.reset();
    expect(await readFileAt(r.dir, base, 'package.json')).toBe('{"name":"a"}\n');
    expect(await resolveCommit(r.dir, base, 'base')).toBe(base);
    expect(git.calls()).toEqual([]);
  });

  it("resolves a full SHA by reading its commit, with the git kept open for reads: a tag's SHA names its commit, and what it does not find rev-parse explains", async () => {
    const { r, base, head } = history();
    r.git('tag', '-a', 'v1', '-m', 'release', base);
    const tag = r.git('rev-parse', 'v1');
    const tree = r.git('rev-parse', `${base}^{tree}`);
    git.reset();
    expect(await resolveCommit(r.dir, head, 'head')).toBe(head);
    expect(await resolveCommit(r.dir, tag, 'base')).toBe(base);
    expect(commands()).toEqual(['cat-file']);
    await expect(resolveCommit(r.dir, tree, 'base')).rejects.toThrow(/the base commit '[0-9a-f]{40}' is not in the local clone/);
    expect(commands()).toContain('rev-parse');
  });

  it('is read once the clone has fetched a commit it lacked: a missing commit is not remembered', async () => {
    const { r } = history();
    const { other, elsewhere } = commitElsewhere();
    await expect(readFileAt(r.dir, elsewhere, 'x.txt')).rejects.toMatchObject({ name: 'ConfigurationError' });
    r.git('fetch', '-q', other.dir, elsewhere);
    expect(await readFileAt(r.dir, elsewhere, 'x.txt')).toBe('x\n');
  });

  it('is an error that names the commit and its role where the clone lacks the commit, never "no file"', async () => {
    const { r } = history();
    const { elsewhere } = commitElsewhere();
    await expect(readFileAt(r.dir, elsewhere, '.github/agent-guards.yml')).rejects.toMatchObject({
      name: 'ConfigurationError',
      field: 'base',
      message: expect.stringContaining(`the base commit '${elsewhere}' is not in the local clone`),
    });
    await expect(readFileAt(r.dir, 'no-such-branch', 'x.txt', 'head')).rejects.toMatchObject({ field: 'head' });
  });

  it('in a shallow clone without the commit, says to fetch the history', async () => {
    const { r, base } = history();
    const shallow = shallowClone(r, 1, 'feature');
    repos.push(shallow);
    await expect(readFileAt(shallow.dir, base, '.github/agent-guards.yml')).rejects.toMatchObject({ fix: expect.stringContaining('fetch-depth: 0') });
  });

  it("says whether a clone is shallow from its .git at the root, as git would, and asks git about a folder inside it", async () => {
    const { r } = history();
    r.write({ 'src/nested/x.ts': 'x\n' }).commit('nested');
    const shallow = shallowClone(r, 1, 'feature');
    repos.push(shallow);
    git.reset();
    expect(await isShallowRepository(r.dir)).toBe(false);
    expect(await isShallowRepository(shallow.dir)).toBe(true);
    expect(git.calls()).toEqual([]);
    const inside = [join(r.dir, 'src'), join(shallow.dir, 'src')];
    expect(await Promise.all(inside.map((dir) => isShallowRepository(dir)))).toEqual([false, true]);
    expect(git.calls().filter((args) => args.includes('--is-shallow-repository'))).toHaveLength(2);
    // git's own answers, for each folder.
    for (const dir of [r.dir, shallow.dir, ...inside]) expect(r.git('-C', dir, 'rev-parse', '--is-shallow-repository')).toBe(String(dir.startsWith(shallow.dir)));
  });
});

/** Waits until a git process with this subcommand has been started. */
async function gitStarted(command: string): Promise<void> {
  for (let waited = 0; !commands().includes(command); waited += 20) {
    if (waited > 10_000) throw new Error(`no git ${command} started`);
    await new Promise((settle) => setTimeout(settle, 20));
  }
}

describe('questions started before their reader', () => {
  it('a diff started early is the one its reader lists: the same records, one git process', async () => {
    const { r, base, head } = history();
    const expected = await diffTree(r.dir, base, head);
    forgetGitAnswers();
    git.reset();
    startDiffTree(r.dir, base, head);
    // The reader comes after git has written everything: what waited is handed over.
    await new Promise((settle) => setTimeout(settle, 200));
    const streamed: ChangedFile[] = [];
    const count = await streamDiffTree(r.dir, base, head, (batch) => streamed.push(...batch));
    expect(streamed).toEqual(expected);
    expect(count).toBe(expected.length);
    expect(commands()).toEqual(['diff-tree']);
  });

  it("starts a PR's merge base and diff together, and its guard asks git nothing more", async () => {
    const { r, base, head } = history();
    startPullRequestRange(r.dir, base, head, { readers: 'one' });
    // Nothing else asks: git is started by the call alone, up to the diff.
    await gitStarted('diff-tree');
    expect(commands().sort()).toEqual(['cat-file', 'diff-tree']);
    const files = await changedFiles(r.dir, base, head);
    expect(files.files.map((f) => f.path).sort()).toEqual(['package.json', 'src/b.ts', 'src/renamed.ts']);
    expect(commands()).toHaveLength(2);
  });

  it('for several readers the diff is listed once and kept: a streaming guard and a listing guard share one git process', async () => {
    const { r, base, head } = history();
    startPullRequestRange(r.dir, base, head, { readers: 'several' });
    // The guards come once the policy is read: by then the listing has started.
    await gitStarted('diff-tree');
    const streamed: ChangedFile[] = [];
    await streamDiffTree(r.dir, base, head, (batch) => streamed.push(...batch));
    expect(streamed).toEqual(await diffTree(r.dir, base, head));
    expect(commands().sort()).toEqual(['cat-file', 'diff-tree']);
  });

  it('a failure waits for the reader, who is told', async () => {
    const { r, base } = history();
    const missing = 'f'.repeat(40);
    startDiffTree(r.dir, base, missing);
    await expect(streamDiffTree(r.dir, base, missing, () => undefined)).rejects.toThrow(/diff-tree/);
    // The trees are looked for first; the commit is not here, and git says so.
    expect(commands()).toEqual(['cat-file', 'diff-tree']);
  });
});

describe('what is never remembered', () => {
  it('is an error: callers that ask of one missing commit at the same time are each told in their own role', async () => {
    const { r } = history();
    const { elsewhere } = commitElsewhere();
    // A PR's range asked early (as base) while a guard asks of the same SHA as its head.
    const [asBase, asHead] = await Promise.allSettled([resolveCommit(r.dir, elsewhere, 'base'), resolveCommit(r.dir, elsewhere, 'head')]);
    expect(asBase.status === 'rejected' && String(asBase.reason)).toContain(`the base commit '${elsewhere}' is not in the local clone`);
    expect(asHead.status === 'rejected' && String(asHead.reason)).toContain(`the head commit '${elsewhere}' is not in the local clone`);
  });

  it('asks git again for refs: a branch that moved gives its new answer', async () => {
    const { r } = history();
    const before = await changedFiles(r.dir, 'main', 'feature');
    expect(before.files.map((f) => f.path)).not.toContain('src/c.ts');
    r.write({ 'src/c.ts': 'export const c = 3;\n' });
    const moved = r.commit('more');
    git.reset();
    const after = await changedFiles(r.dir, 'main', 'feature');
    expect(after.head).toBe(moved);
    expect(after.files.map((f) => f.path)).toContain('src/c.ts');
    expect(git.calls().length).toBeGreaterThan(0);
    expect(await readObjects(r.dir, ['feature:src/c.ts'])).toEqual(new Map([['feature:src/c.ts', Buffer.from('export const c = 3;\n')]]));
  });

  it('asks again after a failure and after a missing object id: a fetch can bring them', async () => {
    const { r, base } = history();
    const other = new TempRepo();
    repos.push(other);
    other.write({ 'x.txt': 'fetched later\n' });
    const elsewhere = other.commit('elsewhere');
    const blob = other.git('rev-parse', `${elsewhere}:x.txt`);
    await expect(resolveCommit(r.dir, elsewhere, 'head')).rejects.toThrow(/not in the local clone/);
    expect((await readObjects(r.dir, [blob])).get(blob)).toBeUndefined();
    r.git('fetch', '-q', other.dir, 'main:other');
    expect(await resolveCommit(r.dir, elsewhere, 'head')).toBe(elsewhere);
    expect((await readObjects(r.dir, [blob])).get(blob)?.toString()).toBe('fetched later\n');
    await expect(mergeBase(r.dir, base, elsewhere)).rejects.toThrow(/share no history/);
  });
});

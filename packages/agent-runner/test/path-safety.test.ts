import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathRefusedError, resolveForRead, resolveForWrite } from '../src/index.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'path-safety-'));
  root = join(base, 'repo');
  // A sibling whose name starts with the repo's: a naive prefix check lets it through.
  const evil = join(base, 'repo-evil');
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(evil);
  writeFileSync(join(root, 'src/a.ts'), 'a');
  writeFileSync(join(evil, 'secret.txt'), 's');
  writeFileSync(join(root, '.env.production'), 'K=V');
  symlinkSync(join(evil, 'secret.txt'), join(root, 'src/prefix-escape'));
  symlinkSync(evil, join(root, 'src/evil-dir'));
  symlinkSync('/proc/self/environ', join(root, 'src/environ'));
  symlinkSync('loop-b', join(root, 'src/loop-a'));
  symlinkSync('loop-a', join(root, 'src/loop-b'));
  symlinkSync('a.ts', join(root, 'src/inside-link'));
  symlinkSync('../.env.production', join(root, 'src/env-link'));
  symlinkSync(join(evil, 'not-there-yet.txt'), join(root, 'src/dangling-out'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PathRefusedError) return error.why;
    throw error;
  }
  throw new Error('not refused');
}

describe('file tool paths', () => {
  it('resolves plain paths and in-repo symlinks', () => {
    expect(resolveForRead(root, 'src/a.ts')).toMatchObject({ rel: 'src/a.ts', exists: true });
    expect(resolveForRead(root, './src//a.ts').rel).toBe('src/a.ts');
    expect(resolveForRead(root, 'src/inside-link').realRel).toBe('src/a.ts');
    expect(resolveForWrite(root, 'src/new/file.ts')).toMatchObject({ rel: 'src/new/file.ts', exists: false });
  });

  it.each([
    ['../repo-evil/secret.txt', /'\.\.'/],
    ['src/../../repo-evil/secret.txt', /'\.\.'/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/win.ini', /absolute/],
    ['src\\a.ts', /backslashes/],
    ['src/a.ts\0.png', /NUL/],
    ['src/prefix-escape', /outside the repository/],
    ['src/evil-dir/secret.txt', /outside the repository/],
    ['src/environ', /\/proc|outside/],
    ['src/loop-a', /symlink loop/],
    ['.env.production', /credential file/],
    ['src/env-link', /resolves to a credential file/],
    ['.git/config', /git internals/],
    ['deploy/id_ed25519', /credential/],
    ['home/.ssh/config', /credential folder/],
  ])('refuses to read %j', (path, why) => {
    expect(refusal(() => resolveForRead(root, path))).toMatch(why);
  });

  it.each([
    ['src/prefix-escape', /symlink/],
    ['src/inside-link', /symlink/],
    ['src/dangling-out', /symlink/],
    ['src/evil-dir/new.txt', /outside the repository/],
    ['src/loop-a/x', /symlink loop|outside/],
    ['.git/hooks/pre-commit', /git internals/],
    ['.npmrc', /credential file/],
    ['src/../x', /'\.\.'/],
  ])('refuses to write %j', (path, why) => {
    expect(refusal(() => resolveForWrite(root, path))).toMatch(why);
  });
});

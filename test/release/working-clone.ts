import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { TempRepo } from '@agent-guards/testkit';

export const ROOT = resolve(import.meta.dirname, '..', '..');

const gitLines = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);

/**
 * A real clone of this repository whose last commit is this checkout's working tree as it is now
 * (uncommitted edits and new files included), so the release runs on exactly the files under test —
 * as it was before its first release, whatever this checkout has released since: no release tags, no
 * CHANGELOG.md, the CLI package at 0.1.0.
 */
export function cloneWorkingTree(): TempRepo {
  const dir = join(mkdtempSync(join(tmpdir(), 'agent-guards-release-')), 'agent-guards');
  execFileSync('git', ['clone', '--quiet', ROOT, dir], { stdio: 'ignore' });
  const repo = new TempRepo(dir, { init: false });
  repo.git('config', 'commit.gpgsign', 'false');
  repo.git('config', 'tag.gpgsign', 'false');
  for (const path of gitLines(dir, 'ls-files', '-z')) rmSync(join(dir, path), { force: true });
  for (const path of gitLines(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')) {
    const from = join(ROOT, path);
    if (!existsSync(from) && !isLink(from)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (isLink(from)) symlinkSync(readlinkSync(from), join(dir, path));
    else copyFileSync(from, join(dir, path));
  }
  const tags = repo.git('tag', '--list').split('\n').filter(Boolean);
  if (tags.length > 0) repo.git('tag', '--delete', ...tags);
  rmSync(join(dir, 'CHANGELOG.md'), { force: true });
  setJson(join(dir, 'packages/cli/package.json'), (pkg) => (pkg.version = '0.1.0'));
  setJson(join(dir, 'package-lock.json'), (lock) => ((lock.packages as Record<string, Record<string, unknown>>)['packages/cli']!.version = '0.1.0'));
  repo.git('add', '--all');
  repo.git('commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'chore: the working tree under test');
  return repo;
}

/** Edits a JSON file, written as npm writes it (2-space JSON and a final newline). */
function setJson(path: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the repository's node scripts in `cwd`, as the release workflow and CI do. */
export function runScript(cwd: string, script: string, args: string[] = [], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync(process.execPath, [join(cwd, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'release bot',
      GIT_AUTHOR_EMAIL: 'release@example.com',
      GIT_COMMITTER_NAME: 'release bot',
      GIT_COMMITTER_EMAIL: 'release@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_OUTPUT: '',
      ...env,
    },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

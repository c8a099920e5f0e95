import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TempRepo } from '@agent-guards/testkit';

// Debian's pandas test suite: ~900 test files, 14 MB, collected by Debian's own Python.
export const SITE = '/usr/lib/python3/dist-packages';
export const TESTS = 'pandas/tests';
export const PYTHON = '/usr/bin/python3';

let aptUpdated = false;
function aptInstall(...packages: string[]): void {
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** pandas with its tests, pytest and hypothesis from Debian (installed if missing). */
export function ensureSuite(): void {
  const ok = existsSync(join(SITE, TESTS)) && spawnSync(PYTHON, ['-c', 'import pandas, pytest, hypothesis'], { stdio: 'ignore' }).status === 0;
  if (!ok) aptInstall('python3-pandas', 'python3-pytest', 'python3-hypothesis');
}

/** The skip markers a search tool looks for: what the static scan finds, as one regular expression. */
export const SKIP_MARKERS = String.raw`pytest\.mark\.(skip|skipif|xfail)|pytest\.(skip|importorskip|xfail)\(|unittest\.(skip|expectedFailure)|skipTest\(|SkipTest`;

/** ripgrep when present (installed if apt can), else grep -r: the I/O floor for reading the same files, as a command line run in SITE. */
export function searchTool(): { name: string; command: string; args: string[] } {
  let hasRg = spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!hasRg) {
    try {
      aptInstall('ripgrep');
      hasRg = spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
    } catch {
      hasRg = false;
    }
  }
  if (hasRg) return { name: 'rg', command: 'rg', args: ['-n', '--type', 'py', '-e', SKIP_MARKERS, TESTS, 'pandas/conftest.py'] };
  return { name: 'grep -r', command: 'grep', args: ['-rnE', '--include=*.py', SKIP_MARKERS, TESTS, 'pandas/conftest.py'] };
}

/** Every .py file under `dir`. */
export function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '__pycache__') out.push(...testFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(p);
  }
  return out;
}

export interface PandasRepo {
  repo: TempRepo;
  /** A commit with no test in it: a PR from here adds the whole suite (every file scanned). */
  empty: string;
  /** The whole suite. */
  base: string;
  /** One file changed on top of base: a test newly skipped. */
  head: string;
  /** The whole suite added on top of `empty`. */
  full: string;
  changedFile: string;
}

/** A repository holding pandas' tests and conftest files, with a one-file PR that skips a test and a PR that adds the whole suite. */
export function buildPandasRepo(): PandasRepo {
  const repo = new TempRepo();
  const entries = testFiles(join(SITE, 'pandas'))
    .filter((f) => f.includes('/tests/') || f.endsWith('/conftest.py'))
    .map((f) => [relative(SITE, f), readFileSync(f, 'utf8')] as [string, string]);
  const base = repo.fastImport('main', entries, 'pandas tests');
  const changedFile = 'pandas/tests/frame/test_api.py';
  const text = readFileSync(join(SITE, changedFile), 'utf8');
  const edited = text.replace(/\n(\s*)def (test_\w+)\(/, '\n$1@pytest.mark.skip(reason="bench")\n$1def $2(');
  const head = repo.fastImport('topic', [[changedFile, edited.includes('import pytest') ? edited : `import pytest\n${edited}`]], 'skip one', base);
  const empty = repo.fastImport('empty', [['README.md', 'pandas tests arrive in the next commit\n']], 'chore: empty');
  const full = repo.fastImport('full', entries, 'add the suite', empty);
  return { repo, empty, base, head, full, changedFile };
}

import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface GitProcessLog {
  /** The argument lists of the git processes started since the log began (or since the last `reset`), in order. */
  calls(): string[][];
  reset(): void;
  /** Puts PATH back and removes the shim. */
  restore(): void;
}

/**
 * Counts the git processes this process starts: a `git` first on PATH that notes its
 * arguments and runs the real git. Code that spawns `git` through PATH with the
 * process environment (runGit) is counted; a count, unlike a time, is the same on
 * every machine.
 */
export function logGitProcesses(): GitProcessLog {
  const path = process.env.PATH ?? '';
  const real = path
    .split(delimiter)
    .map((dir) => join(dir, 'git'))
    .find((candidate) => existsSync(candidate));
  if (!real) throw new Error('git is not on PATH');
  const dir = mkdtempSync(join(tmpdir(), 'agent-guards-git-log-'));
  const log = join(dir, 'calls');
  writeFileSync(log, '');
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  // One line per process, written at once (git processes run side by side): its arguments, each
  // ended by \x01 (an argument may hold spaces).
  const script = ['#!/bin/sh', 'sep=$(printf \'\\001\')', 'line=', 'for a in "$@"; do line="$line$a$sep"; done', `printf '%s\\n' "$line" >> ${quote(log)}`, `exec ${quote(real)} "$@"`];
  writeFileSync(join(dir, 'git'), `${script.join('\n')}\n`);
  chmodSync(join(dir, 'git'), 0o755);
  process.env.PATH = `${dir}${delimiter}${path}`;
  return {
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => line.split('\x01').slice(0, -1)),
    reset: () => writeFileSync(log, ''),
    restore: () => {
      process.env.PATH = path;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

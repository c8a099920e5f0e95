// The two kinds of tree the pins are read from: the working tree (CI on a checkout, the release before it
// commits) and a commit (a release tag, the commit it pins).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAMPED_FILES } from './config.mjs';
import { git } from './git.mjs';

function globToRegExp(glob) {
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const STAMPED = STAMPED_FILES.map(globToRegExp);
export const isStamped = (path) => STAMPED.some((re) => re.test(path));

/** The files of the working tree that git tracks or would track, read from disk. */
export function workingTree(dir) {
  const paths = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((p) => p && existsSync(join(dir, p)));
  return { name: 'the working tree', paths: [...new Set(paths)], read: (path) => readFileSync(join(dir, path), 'utf8') };
}

/** The files of one commit, read from git. */
export function commitTree(dir, commit) {
  const paths = git(dir, ['ls-tree', '-r', '-z', '--name-only', commit]).split('\0').filter(Boolean);
  return { name: commit.slice(0, 12), paths, read: (path) => git(dir, ['show', `${commit}:${path}`]) };
}

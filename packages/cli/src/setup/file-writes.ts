import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';

/** What will happen to one file. */
export type WriteAction = 'create' | 'replace' | 'keep';

export interface PlannedWrite {
  /** Repo-relative. */
  path: string;
  text: string;
  action: WriteAction;
}

/**
 * Decides, per file, whether it is created, replaced (only with `force`) or
 * kept as it is. A path taken by something that is not a regular file is the
 * user's to sort out: it is never replaced.
 */
export function planWrites(dir: string, files: readonly { path: string; text: string }[], force: boolean): PlannedWrite[] {
  return files.map(({ path, text }) => {
    let isFile: boolean | undefined;
    try {
      isFile = lstatSync(join(dir, path)).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    }
    if (isFile === false) {
      throw new ConfigurationError('the path is taken by something that is not a file (a folder or a symbolic link).', {
        file: path,
        fix: 'move it away, then run init again.',
      });
    }
    return { path, text, action: isFile === undefined ? 'create' : force ? 'replace' : 'keep' };
  });
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // best effort while undoing
  }
}

/**
 * Writes the planned files all or nothing: each text goes to a temporary file
 * beside its target first; only when every one is written are they renamed
 * into place (a replaced file is first moved aside). Any failure puts back
 * what was there and removes what was added, folders included.
 */
export function writeAllOrNothing(dir: string, plan: readonly PlannedWrite[]): void {
  const token = randomBytes(6).toString('hex');
  const staged: { target: string; temp: string; backup?: string }[] = [];
  const createdDirs: string[] = [];
  const placed: { target: string; backup?: string }[] = [];
  try {
    for (const write of plan) {
      if (write.action === 'keep') continue;
      const target = join(dir, write.path);
      const first = mkdirSync(dirname(target), { recursive: true });
      // Every folder from the first one created down to the target's own, to remove deepest first on failure.
      for (let d = dirname(target); first && d.length >= first.length; d = dirname(d)) createdDirs.push(d);
      const temp = join(dirname(target), `.${posix.basename(write.path)}.${token}.tmp`);
      staged.push({ target, temp, ...(write.action === 'replace' ? { backup: join(dirname(target), `.${posix.basename(write.path)}.${token}.orig`) } : {}) });
      writeFileSync(temp, write.text, { flag: 'wx' });
    }
    for (const s of staged) {
      if (s.backup) renameSync(s.target, s.backup);
      placed.push({ target: s.target, ...(s.backup ? { backup: s.backup } : {}) });
      renameSync(s.temp, s.target);
    }
  } catch (error) {
    for (const p of placed.reverse()) {
      if (p.backup) {
        try {
          renameSync(p.backup, p.target);
        } catch {
          // the backup stays beside the target, named .<file>.<token>.orig
        }
      } else removeQuietly(p.target);
    }
    for (const s of staged) removeQuietly(s.temp);
    for (const d of [...new Set(createdDirs)].sort((a, b) => b.length - a.length)) removeDirIfEmpty(d);
    throw error;
  }
  for (const s of staged) if (s.backup) removeQuietly(s.backup);
}

/** Removes a folder init created; one that holds anything stays. */
function removeDirIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty: leave it
  }
}

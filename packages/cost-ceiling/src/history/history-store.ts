import { randomBytes } from 'node:crypto';
import { compareText, ConfigurationError, silentLogger, type Logger } from '@agent-guards/action-kit';
import { catFileBatch, GitError, runGit } from '@agent-guards/git';
import { parseHistoryFile, serializeHistoryLines } from './history-file.js';
import { DAY_FILE, dayFileOf, type HistoryLine } from './history-schema.js';

export interface HistoryLocation {
  /** A local git repository (a checkout or a bare clone) in which commits are built. */
  repo: string;
  /** The remote holding the history branch; without one the branch in `repo` itself is the history. */
  remote?: string;
  /** policy.cost.history_branch, an orphan branch of one JSONL file per UTC day. */
  branch: string;
  /**
   * A token for fetching and pushing over HTTPS, given to those two git
   * processes only (as an extra header), so the checkout can keep
   * persist-credentials: false.
   */
  token?: string;
}

/** The environment that authenticates one fetch or push with `location.token`, if any. */
function remoteAuthEnv(location: HistoryLocation): NodeJS.ProcessEnv {
  if (!location.token) return {};
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${location.token}`).toString('base64')}`,
  };
}

/** The history as of one commit, held in memory (tests, small histories; the guard streams instead). */
export class HistorySnapshot {
  constructor(
    readonly commit: string | undefined,
    /** Day file name → its lines, in file order, days in order. */
    readonly days: ReadonlyMap<string, readonly HistoryLine[]>,
  ) {}

  get size(): number {
    let n = 0;
    for (const lines of this.days.values()) n += lines.length;
    return n;
  }
}

export interface AppendResult {
  /** Lines written now; lines already in the history (same key) are not written again. */
  appended: number;
  alreadyPresent: number;
  /** Push attempts; more than one means another writer won a race and we re-fetched. */
  attempts: number;
  /** The branch tip that holds every line asked for (undefined only when nothing was asked and there is no branch). */
  commit: string | undefined;
}

export interface CostHistoryOptions {
  logger?: Logger;
  /** Give up after this many rejected pushes (default 50: twenty writers racing settle well within it). */
  maxAttempts?: number;
  /** First retry delay; it doubles, with jitter, up to maxBackoffMs. */
  backoffMs?: number;
  /** Longest retry delay (default 2 s). */
  maxBackoffMs?: number;
}

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  name: string;
}

const COMMITTER_ENV = {
  GIT_AUTHOR_NAME: 'agent-guards',
  GIT_AUTHOR_EMAIL: 'agent-guards@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'agent-guards',
  GIT_COMMITTER_EMAIL: 'agent-guards@users.noreply.github.com',
};

/**
 * The durable cost history: an orphan branch holding one JSONL file per UTC
 * day, written with optimistic concurrency. Each append fetches the branch,
 * builds the new commit with plumbing (hash-object, mktree, commit-tree; no
 * worktree, no checkout), and pushes it as a fast-forward. A rejected push
 * means another writer got there first: re-fetch, re-merge, retry. Lines carry
 * a key, and a line whose key is already in its day file is not written again,
 * so a retried or repeated append never duplicates.
 */
export class CostHistory {
  private readonly logger: Logger;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  /** Parsed day files by blob id: a retry only parses what changed. */
  private readonly parsedBlobs = new Map<string, HistoryLine[]>();

  constructor(
    readonly location: HistoryLocation,
    options: CostHistoryOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.maxAttempts = options.maxAttempts ?? 50;
    this.backoffMs = options.backoffMs ?? 25;
    this.maxBackoffMs = options.maxBackoffMs ?? 2000;
  }

  /** The current branch tip, fetched; undefined when the branch does not exist yet. */
  async tip(): Promise<string | undefined> {
    return this.withTip(async (tip) => tip);
  }

  /**
   * Visits every day file at `commit` in date order, parsed and validated, one
   * at a time: the whole history is never held in memory at once.
   */
  async scan(commit: string | undefined, visit: (file: string, lines: HistoryLine[]) => void): Promise<void> {
    if (!commit) return;
    const days = (await treeEntries(this.location.repo, commit)).filter((e) => e.type === 'blob' && DAY_FILE.test(e.name)).sort((a, b) => compareText(a.name, b.name));
    // Days parsed during this append come from memory, the rest stream from git, all in date order.
    let index = 0;
    const flushCachedBefore = (stop: number) => {
      for (; index < stop; index += 1) {
        const d = days[index]!;
        visit(d.name, this.parsedBlobs.get(d.sha)!);
      }
    };
    const position = new Map(days.map((d, i) => [d.sha, i]));
    const streamed = days.filter((d) => !this.parsedBlobs.has(d.sha));
    await streamBlobs(this.location.repo, streamed.map((d) => d.sha), (sha, blob) => {
      const at = position.get(sha)!;
      flushCachedBefore(at);
      const name = days[at]!.name;
      visit(name, parseHistoryFile(blob.toString('utf8'), `${this.location.branch}:${name}`));
      index = at + 1;
    });
    flushCachedBefore(days.length);
  }

  /** The whole history in memory at the fetched tip. */
  async read(): Promise<HistorySnapshot> {
    const tip = await this.tip();
    const days = new Map<string, HistoryLine[]>();
    await this.scan(tip, (file, lines) => days.set(file, lines));
    return new HistorySnapshot(tip, new Map([...days].sort(([a], [b]) => compareText(a, b))));
  }

  async append(lines: readonly HistoryLine[]): Promise<AppendResult> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const outcome = await this.withTip(async (tip): Promise<AppendResult | undefined> => {
        const tree = tip ? await treeEntries(this.location.repo, tip) : [];
        const existing = await this.daysTouched(tree, lines);
        const { changed, appended, alreadyPresent } = merge(existing, lines);
        if (appended === 0) return { appended, alreadyPresent, attempts: attempt, commit: tip };
        const commit = await this.commit(tip, tree, changed, appended);
        return (await this.publish(commit, tip)) ? { appended, alreadyPresent, attempts: attempt, commit } : undefined;
      });
      if (outcome) return outcome;
      const delay = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempt - 1, 10)) * (0.5 + Math.random());
      this.logger.debug(`cost history: push to ${this.location.branch} rejected (attempt ${attempt}); another writer was first, retrying in ${Math.round(delay)} ms.`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw new Error(`cost history: gave up after ${this.maxAttempts} rejected pushes to ${this.location.branch}; the branch is changing faster than this writer can catch up.`);
  }

  /** Runs `fn` with the branch tip as fetched now (undefined: no branch yet), cleaning up the private ref. */
  private async withTip<T>(fn: (tip: string | undefined) => Promise<T>): Promise<T> {
    const { repo, remote, branch } = this.location;
    if (!remote) {
      const { stdout, exitCode } = await runGit(repo, ['rev-parse', '--verify', '-q', `refs/heads/${branch}^{commit}`], { okExitCodes: [0, 1] });
      return fn(exitCode === 0 ? stdout.toString('utf8').trim() : undefined);
    }
    // A private ref per attempt: concurrent writers in one repository do not step on each other.
    const ref = `refs/agent-guards/cost-history/${process.pid}-${randomBytes(6).toString('hex')}`;
    try {
      const fetched = await runGit(repo, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${ref}`], {
        okExitCodes: [0, 128],
        env: remoteAuthEnv(this.location),
      });
      if (fetched.exitCode !== 0) {
        if (!/couldn't find remote ref/i.test(fetched.stderr)) {
          throw new GitError(`git fetch ${remote} ${branch} failed: ${fetched.stderr.trim()}`, ['fetch', remote], fetched.exitCode, fetched.stderr);
        }
        return await fn(undefined);
      }
      const tip = (await runGit(repo, ['rev-parse', '--verify', `${ref}^{commit}`])).stdout.toString('utf8').trim();
      return await fn(tip);
    } finally {
      await runGit(repo, ['update-ref', '-d', ref], { okExitCodes: [0, 1] }).catch(() => undefined);
    }
  }

  /** The current lines of the day files `lines` would go into (only those are read on append). */
  private async daysTouched(tree: TreeEntry[], lines: readonly HistoryLine[]): Promise<Map<string, { sha: string; lines: HistoryLine[] }>> {
    const wanted = new Set(lines.map(dayFileOf));
    const entries = tree.filter((e) => e.type === 'blob' && wanted.has(e.name));
    const missing = entries.filter((e) => !this.parsedBlobs.has(e.sha));
    const names = new Map(missing.map((e) => [e.sha, e.name]));
    await streamBlobs(this.location.repo, missing.map((e) => e.sha), (sha, blob) => {
      this.parsedBlobs.set(sha, parseHistoryFile(blob.toString('utf8'), `${this.location.branch}:${names.get(sha)!}`));
    });
    return new Map(entries.map((e) => [e.name, { sha: e.sha, lines: this.parsedBlobs.get(e.sha)! }]));
  }

  private async commit(parent: string | undefined, tree: TreeEntry[], changed: Map<string, HistoryLine[]>, appended: number): Promise<string> {
    const repo = this.location.repo;
    // Everything else in the tree (other days, any README) is carried over as is.
    const entries = tree.filter((e) => !changed.has(e.name));
    for (const [name, lines] of changed) {
      const sha = (await runGit(repo, ['hash-object', '-w', '--stdin'], { input: serializeHistoryLines(lines) })).stdout.toString('utf8').trim();
      this.parsedBlobs.set(sha, lines);
      entries.push({ mode: '100644', type: 'blob', sha, name });
    }
    const mktreeInput = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join('');
    const newTree = (await runGit(repo, ['mktree', '-z'], { input: mktreeInput })).stdout.toString('utf8').trim();
    const args = ['commit-tree', '--no-gpg-sign', newTree, ...(parent ? ['-p', parent] : []), '-m', `cost history: ${appended} line(s)`];
    return (await runGit(repo, args, { env: COMMITTER_ENV })).stdout.toString('utf8').trim();
  }

  /** Moves the branch to `commit` if it is still at `expected`; false when another writer moved it first. */
  private async publish(commit: string, expected: string | undefined): Promise<boolean> {
    const { repo, remote, branch } = this.location;
    if (!remote) {
      const res = await runGit(repo, ['update-ref', '-m', 'cost history', `refs/heads/${branch}`, commit, expected ?? ''], { okExitCodes: [0, 128] });
      return res.exitCode === 0;
    }
    const res = await runGit(repo, ['push', '--porcelain', '--no-verify', remote, `${commit}:refs/heads/${branch}`], { okExitCodes: [0, 1], env: remoteAuthEnv(this.location) });
    if (res.exitCode === 0) return true;
    const report = res.stdout.toString('utf8');
    const rejected = report.split('\n').filter((l) => l.startsWith('!'));
    if (rejected.length > 0 && rejected.every((l) => /fetch first|non-fast-forward|failed to update ref|lock|incorrect old value|stale info/i.test(l))) return false;
    const detail = `${report.trim()} ${res.stderr.trim()}`.trim();
    if (/protected branch|declined|denied/i.test(detail)) {
      throw new ConfigurationError(`the remote refused the cost history branch: ${detail}`, {
        field: 'cost.history_branch',
        fix: `let the workflow token push to ${branch} (exclude it from branch rulesets), or point history_branch at a branch it may write.`,
      });
    }
    throw new GitError(`git push of the cost history failed: ${detail}`, ['push', remote], res.exitCode, res.stderr);
  }
}

/**
 * Adds `lines` to their day files, skipping keys the day file (or this batch)
 * already has. Returns only the day files that grew.
 */
function merge(
  existing: Map<string, { lines: HistoryLine[] }>,
  lines: readonly HistoryLine[],
): { changed: Map<string, HistoryLine[]>; appended: number; alreadyPresent: number } {
  const changed = new Map<string, HistoryLine[]>();
  const keysByDay = new Map<string, Set<string>>();
  let appended = 0;
  let alreadyPresent = 0;
  for (const line of lines) {
    const name = dayFileOf(line);
    let keys = keysByDay.get(name);
    if (!keys) {
      keys = new Set((existing.get(name)?.lines ?? []).map((l) => l.key));
      keysByDay.set(name, keys);
    }
    if (keys.has(line.key)) {
      alreadyPresent += 1;
      continue;
    }
    keys.add(line.key);
    let day = changed.get(name);
    if (!day) {
      day = [...(existing.get(name)?.lines ?? [])];
      changed.set(name, day);
    }
    day.push(line);
    appended += 1;
  }
  return { changed, appended, alreadyPresent };
}

async function treeEntries(repo: string, commit: string): Promise<TreeEntry[]> {
  const out = (await runGit(repo, ['ls-tree', '-z', commit])).stdout.toString('utf8');
  return out
    .split('\0')
    .filter((s) => s.length > 0)
    .map((s) => {
      const tab = s.indexOf('\t');
      const [mode, type, sha] = s.slice(0, tab).split(' ') as [string, string, string];
      return { mode, type, sha, name: s.slice(tab + 1) };
    });
}

/**
 * Hands over the blobs in the order asked, each as soon as git has read it, so parsing one overlaps
 * git inflating the next (a year of history is hundreds of megabytes: reading it all before parsing
 * would double the wall time and the memory).
 */
function streamBlobs(repo: string, ids: readonly string[], onBlob: (id: string, blob: Buffer) => void): Promise<void> {
  return catFileBatch(repo, ids, (id, blob) => {
    if (!blob) throw new GitError(`git cat-file found no object ${id}: the cost history's tree names a blob this clone lacks.`, ['cat-file', '--batch'], null, '');
    onBlob(id, blob);
  });
}

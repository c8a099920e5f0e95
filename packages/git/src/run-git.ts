import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { withoutSecrets } from '@agent-guards/action-kit';

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitOptions {
  /** Bytes written to git's stdin. */
  input?: string | Buffer;
  /** Exit codes that are not errors (e.g. 1 for `merge-base` with no common ancestor). */
  okExitCodes?: number[];
  env?: NodeJS.ProcessEnv;
  /** false: git gets `env` alone, not the process environment under it. */
  inheritEnv?: boolean;
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/**
 * Runs git with a fixed, config-independent environment: no pager, no prompts,
 * no user-level config that could change output (diff.renames, external diff…).
 */
export async function runGit(repo: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  const out: Buffer[] = [];
  const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
  return { stdout: Buffer.concat(out), stderr, exitCode };
}

/**
 * Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
 * writes it, so a caller can parse a large output while git is still producing
 * it. If `onStdout` throws, git is stopped and the promise rejects with that error.
 */
export function streamGit(
  repo: string,
  args: string[],
  onStdout: (chunk: Buffer) => void,
  options: GitOptions = {},
): Promise<Omit<GitResult, 'stdout'>> {
  const ok = options.okExitCodes ?? [0];
  return new Promise((resolve, reject) => {
    const child = spawnGit(repo, args, options);
    const err: Buffer[] = [];
    let failure: unknown;
    child.stdout.on('data', (b: Buffer) => {
      if (failure !== undefined) return;
      try {
        onStdout(b);
      } catch (error) {
        failure = error;
        child.kill();
      }
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitError(`cannot run git: ${e.message}`, args, null, '')));
    child.on('close', (code) => {
      if (failure !== undefined) {
        reject(failure);
        return;
      }
      const stderr = Buffer.concat(err).toString('utf8');
      const exitCode = code ?? -1;
      if (!ok.includes(exitCode)) {
        reject(new GitError(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
        return;
      }
      resolve({ stderr, exitCode });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Starts git with a fixed, config-independent environment: no pager, no prompts, no user-level
 * config that could change output (diff.renames, external diff…), no secrets.
 */
export function spawnGit(repo: string, args: readonly string[], options: Pick<GitOptions, 'env' | 'inheritEnv'> = {}): ChildProcessWithoutNullStreams {
  // fsmonitor is a speed feature that runs a program from config, even for plumbing, and hooks
  // (a worktree's post-checkout) are the repository's programs: neither runs for us.
  return spawn('git', ['-C', repo, '-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    env: {
      // git needs no token we hold; a call that does (a push) passes it in `env` itself. An ssh
      // agent stays: a user's fetch over ssh needs it, and it lends no secret to git's output.
      ...(options.inheritEnv === false ? {} : withoutSecrets(process.env, ['SSH_AUTH_SOCK'])),
      ...options.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_PAGER: 'cat',
      GIT_EXTERNAL_DIFF: '',
      GIT_CONFIG_NOSYSTEM: '1',
      LC_ALL: 'C',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export async function gitText(repo: string, args: string[], options: GitOptions = {}): Promise<string> {
  return (await runGit(repo, args, options)).stdout.toString('utf8');
}

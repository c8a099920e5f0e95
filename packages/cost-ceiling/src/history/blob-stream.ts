import { spawn } from 'node:child_process';
import { GitError } from '@agent-guards/git';

/**
 * Streams blobs out of one `git cat-file --batch`, handing each to `onBlob` as
 * soon as it is complete and in the order asked for, so parsing overlaps git
 * inflating the next one (a year of history is hundreds of megabytes: reading
 * it all before parsing would double the wall time and the memory).
 */
export function streamBlobs(repo: string, ids: readonly string[], onBlob: (id: string, blob: Buffer) => void): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, 'cat-file', '--batch'], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let failure: Error | undefined;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      child.kill();
    };
    const stderr: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => stderr.push(b));

    let next = 0;
    let pending: Buffer = Buffer.alloc(0);
    /** Bytes still expected for the current blob (+1 for its trailing newline); -1 while reading a header. */
    let remaining = -1;
    const parts: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      let data: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      try {
        while (data.length > 0) {
          if (remaining < 0) {
            const eol = data.indexOf(0x0a);
            if (eol < 0) {
              pending = data;
              return;
            }
            const header = data.subarray(0, eol).toString('utf8');
            data = data.subarray(eol + 1);
            const id = ids[next];
            const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
            if (!match || id === undefined) throw new Error(`git cat-file answered '${header}' for ${id ?? 'nothing'}: the object is missing or not a blob.`);
            remaining = Number(match[2]) + 1;
          }
          const take = Math.min(remaining, data.length);
          parts.push(data.subarray(0, take));
          data = data.subarray(take);
          remaining -= take;
          if (remaining === 0) {
            const whole = Buffer.concat(parts);
            parts.length = 0;
            remaining = -1;
            onBlob(ids[next]!, whole.subarray(0, whole.length - 1));
            next += 1;
          }
        }
      } catch (error) {
        fail(error as Error);
      }
    });
    child.on('error', (e) => fail(new GitError(`cannot run git: ${e.message}`, ['cat-file'], null, '')));
    child.on('close', (code) => {
      if (failure) return reject(failure);
      if (code !== 0 || next !== ids.length) {
        const text = Buffer.concat(stderr).toString('utf8').trim();
        return reject(new GitError(`git cat-file --batch failed (exit ${code}) after ${next} of ${ids.length} blobs: ${text}`, ['cat-file', '--batch'], code, text));
      }
      resolve();
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

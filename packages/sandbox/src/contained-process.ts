import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** How a contained command ended, with what it printed. */
export interface ProcessResult {
  /** The command as asked (without the sandbox around it). */
  argv: string[];
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The limit that stopped the command, when one did. */
  stoppedBy?: 'time' | 'output';
  durationMs: number;
  /** stdout and stderr interleaved as they arrived, capped with a visible marker. */
  output: string;
  stdout: string;
  stderr: string;
  /** Some output was not kept (the cap) or not produced (stopped at the output limit). */
  truncated: boolean;
}

export class ProcessStartError extends Error {
  constructor(argv: readonly string[], cause: string) {
    super(`could not start ${JSON.stringify(argv[0])}: ${cause}`);
    this.name = 'ProcessStartError';
  }
}

export interface SpawnLimits {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Output kept for the caller. */
  keepBytes: number;
  /** Output after which the command is stopped. */
  stopAfterBytes: number;
}

/**
 * Spawns `spawnArgv` (argv only, never a shell) in its own process group and
 * collects its output. The time and output limits kill the whole group; the
 * sandbox's own --die-with-parent and PID namespace take whatever is inside.
 * `argv` is what the caller asked for, reported back as is.
 */
export function spawnContained(argv: readonly string[], spawnArgv: readonly string[], limits: SpawnLimits): Promise<ProcessResult> {
  const [command, ...args] = spawnArgv;
  if (!command) return Promise.reject(new ProcessStartError(argv, 'empty command'));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: limits.cwd,
      env: limits.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      shell: false,
      windowsHide: true,
    });
    const chunks: { err: boolean; data: Buffer }[] = [];
    let kept = 0;
    let seen = 0;
    let truncated = false;
    let stoppedBy: ProcessResult['stoppedBy'];
    const kill = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const collect = (err: boolean) => (b: Buffer) => {
      seen += b.length;
      if (seen > limits.stopAfterBytes && stoppedBy === undefined) {
        stoppedBy = 'output';
        truncated = true;
        kill();
      }
      if (kept >= limits.keepBytes) {
        truncated = true;
        return;
      }
      const part = b.subarray(0, limits.keepBytes - kept);
      if (part.length < b.length) truncated = true;
      chunks.push({ err, data: part });
      kept += part.length;
    };
    child.stdout.on('data', collect(false));
    child.stderr.on('data', collect(true));
    const timer = setTimeout(() => {
      stoppedBy ??= 'time';
      kill();
    }, limits.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ProcessStartError(argv, e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Whatever the command left in its group dies with it.
      kill();
      const text = (parts: Buffer[]) => Buffer.concat(parts).toString('utf8');
      let output = text(chunks.map((c) => c.data));
      if (stoppedBy === 'output') output += `\n[stopped: more than ${limits.stopAfterBytes} bytes of output]\n`;
      else if (truncated) output += `\n[output truncated at ${limits.keepBytes} bytes]\n`;
      resolve({
        argv: [...argv],
        exitCode: code,
        signal,
        timedOut: stoppedBy === 'time',
        ...(stoppedBy ? { stoppedBy } : {}),
        durationMs: performance.now() - started,
        output,
        stdout: text(chunks.filter((c) => !c.err).map((c) => c.data)),
        stderr: text(chunks.filter((c) => c.err).map((c) => c.data)),
        truncated,
      });
    });
  });
}

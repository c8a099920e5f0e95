import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * How the runner starts the configured test, lint and install commands
 * (security.md items 15 and 18): argv only (never a shell), a time limit that
 * kills the whole process group, and an environment built from an allowlist,
 * so no token or API key the runner was given reaches code the model wrote.
 */

/** Variables passed through to tool processes; everything else is dropped. */
const ENV_ALLOWLIST = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'COMSPEC', 'PATHEXT', 'WINDIR'];
const SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|PRIVATE|AUTH|COOKIE|SESSION|SIGNING|ANTHROPIC|OPENAI|GITHUB|^GH_|^ACTIONS_|^AWS_|^AZURE_|^GOOGLE_|^GCP_|^NPM_|^NODE_AUTH|^PYPI|^TWINE|^CARGO_REGISTRY/i;

/** True for a variable name that may hold a secret; such a variable never reaches a tool process or git. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The environment of a test/lint/install process: allowlisted, secret-free, non-interactive. */
export function toolProcessEnv(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined || isSecretName(k)) continue;
    if (ENV_ALLOWLIST.includes(k.toUpperCase()) || /^LC_[A-Z]+$/.test(k)) env[k] = v;
  }
  env.CI = 'true';
  env.TERM = 'dumb';
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  return env;
}

/**
 * Overrides for git's environment (runGit merges them over process.env): every
 * secret-looking variable is removed, so hooks, credential helpers or filters
 * git might start never see a token.
 */
export function scrubbedGitEnv(source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const overrides: NodeJS.ProcessEnv = {};
  for (const k of Object.keys(source)) if (isSecretName(k) && !k.startsWith('GIT_')) overrides[k] = undefined;
  return overrides;
}

export interface ProcessResult {
  argv: string[];
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
  /** stdout and stderr interleaved as they arrived, capped with a visible marker. */
  output: string;
  truncated: boolean;
}

export class ProcessStartError extends Error {
  constructor(argv: string[], cause: string) {
    super(`could not start ${JSON.stringify(argv[0])}: ${cause}`);
    this.name = 'ProcessStartError';
  }
}

const OUTPUT_CAP = 2 * 1024 * 1024;

export function runToolProcess(argv: string[], options: { cwd: string; timeoutMs: number; env?: Record<string, string> }): Promise<ProcessResult> {
  const [command, ...args] = argv;
  if (!command) return Promise.reject(new ProcessStartError(argv, 'empty command'));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? toolProcessEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      shell: false,
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    const collect = (b: Buffer): void => {
      if (size >= OUTPUT_CAP) {
        truncated = true;
        return;
      }
      const part = b.subarray(0, OUTPUT_CAP - size);
      if (part.length < b.length) truncated = true;
      chunks.push(part);
      size += part.length;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ProcessStartError(argv, e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Children the command left behind die with it.
      kill();
      let output = Buffer.concat(chunks).toString('utf8');
      if (truncated) output += `\n[output truncated at ${OUTPUT_CAP} bytes]\n`;
      resolve({ argv, exitCode: code, signal, timedOut, durationMs: performance.now() - started, output, truncated });
    });
  });
}

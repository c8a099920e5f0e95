import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { containedProcessEnv } from '@agent-guards/sandbox';

/**
 * Whether a toolchain command works on this runner (`python3 -c 'import pytest'`,
 * `go version`). It runs in an empty temp folder, never in a checkout, so no
 * code of the PR runs here; collections themselves run in the sandbox.
 */
export function commandWorks(argv: readonly string[], timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(argv[0]!, argv.slice(1), { cwd: tmpdir(), env: containedProcessEnv(), timeout: timeoutMs }, (error) => resolve(!error));
  });
}

export function tail(text: string, chars = 1500): string {
  const t = text.trim();
  return t.length <= chars ? t : `…${t.slice(-chars)}`;
}

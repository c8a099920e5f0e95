import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BASH = spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
const SCRIPT = join(process.cwd(), 'actions', 'setup-toolchain', 'prepare-sandbox.sh');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A PATH holding only the named system tools, plus the given stand-ins. */
function pathWith(tools: string[], standIns: Record<string, string> = {}): string {
  const bin = mkdtempSync(join(tmpdir(), 'prepare-sandbox-bin-'));
  dirs.push(bin);
  for (const t of tools) {
    const real = spawnSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).stdout.trim();
    if (real) symlinkSync(real, join(bin, t));
  }
  for (const [name, body] of Object.entries(standIns)) writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return bin;
}

function prepare(path?: string) {
  return spawnSync(BASH, [SCRIPT], { encoding: 'utf8', env: { PATH: path ?? process.env.PATH!, HOME: tmpdir() } });
}

const BASICS = ['uname', 'id', 'cat', 'mktemp', 'rm', 'tr', 'sudo', 'env'];

describe('setup-toolchain: prepare the sandbox', () => {
  it('leaves a runner that can start bubblewrap ready, after a real probe', () => {
    const r = prepare();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^bubblewrap \d+\.\d+/m);
    expect(r.stdout).toContain('bubblewrap can start the sandbox on this runner');
  });

  it('fails, with bwrap’s own words and the fix, when the kernel refuses the namespaces', () => {
    const path = pathWith(BASICS, {
      bwrap: 'if [ "$1" = --version ]; then echo "bubblewrap 0.9.0"; exit 0; fi\necho "bwrap: setting up uid map: Permission denied" >&2\nexit 1',
    });
    const r = prepare(path);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=setup-toolchain::bubblewrap cannot start the sandbox here: bwrap: setting up uid map: Permission denied/m);
    expect(r.stdout).toMatch(/allow user namespaces.*unprivileged_userns_clone/);
  });

  it('fails naming what to install when bubblewrap is missing and cannot be installed', () => {
    const r = prepare(pathWith(BASICS));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=setup-toolchain::bubblewrap is not installed and this runner has no apt-get');
  });
});

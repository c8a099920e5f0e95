import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '@agent-guards/action-kit';

/**
 * Whether a bubblewrap sandbox can start on this machine, and if not, the
 * exact fix. A runner that cannot contain what it runs does not start.
 */
export const MIN_BWRAP = [0, 8, 0] as const;

export function findExecutable(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

function sysctl(name: string): string | undefined {
  try {
    return readFileSync(`/proc/sys/${name.replace(/\./g, '/')}`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function unavailable(problem: string, fix: string, policyPath: string): ConfigurationError {
  return new ConfigurationError(`the sandbox cannot start: ${problem}`, {
    file: policyPath,
    field: 'runner.sandbox',
    fix: `${fix} Only \`runner.sandbox: none\` runs without containment, and every report then says so.`,
  });
}

export async function bwrapVersion(bwrap: string): Promise<[number, number, number] | undefined> {
  try {
    // Asked without blocking: the runner checks the checkout with git meanwhile.
    const { stdout: text } = await promisify(execFile)(bwrap, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
  } catch {
    return undefined;
  }
}

export function versionAtLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i += 1) {
    if ((v[i] ?? 0) !== min[i]) return (v[i] ?? 0) > min[i]!;
  }
  return true;
}

const INSTALL_FIX =
  'install bubblewrap ≥ 0.8 (Debian/Ubuntu: `sudo apt-get install -y bubblewrap`; ubuntu-22.04 ships 0.6, use ubuntu-24.04); in a workflow, run the agent-guards setup-toolchain action first, which installs and enables it.';

/** Explains why the probe run failed, from bwrap's and setpriv's own words and the kernel's settings. */
export function explainProbeFailure(stderr: string, policyPath: string): ConfigurationError {
  const said = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400) || '(no message)';
  if (/Unknown option|unrecognized option/.test(said)) return unavailable(`bwrap is too old (${said}).`, INSTALL_FIX, policyPath);
  if (/setresuid|setresgid|Invalid argument/.test(said) && /setpriv/.test(said)) {
    return unavailable(
      `the runner is root in a user namespace that maps no unprivileged uid for the sandbox (${said}).`,
      'run the runner as a non-root user, or give its container a full uid range.',
      policyPath,
    );
  }
  if (/uid map|namespace|RTM_NEWADDR|Operation not permitted|Permission denied/.test(said)) {
    if (sysctl('kernel.apparmor_restrict_unprivileged_userns') === '1') {
      return unavailable(
        `AppArmor restricts unprivileged user namespaces here (kernel.apparmor_restrict_unprivileged_userns=1, the Ubuntu 24.04 default): ${said}`,
        "load Ubuntu's AppArmor profile for bwrap (`sudo apt-get install -y apparmor-profiles && sudo install -m 0644 /usr/share/apparmor/extra-profiles/bwrap-userns-restrict /etc/apparmor.d/ && sudo apparmor_parser -r /etc/apparmor.d/bwrap-userns-restrict`); the agent-guards setup-toolchain action does this on Ubuntu runners.",
        policyPath,
      );
    }
    if (sysctl('kernel.unprivileged_userns_clone') === '0' || sysctl('user.max_user_namespaces') === '0') {
      return unavailable(
        `unprivileged user namespaces are disabled (${sysctl('kernel.unprivileged_userns_clone') === '0' ? 'kernel.unprivileged_userns_clone=0' : 'user.max_user_namespaces=0'}): ${said}`,
        'enable them: `sudo sysctl -w kernel.unprivileged_userns_clone=1` (Debian) or `sudo sysctl -w user.max_user_namespaces=15000`.',
        policyPath,
      );
    }
    return unavailable(
      `the kernel refused the sandbox's namespaces (${said}); in a container this is its seccomp profile or missing privileges.`,
      "run the runner on a VM (GitHub-hosted ubuntu-24.04 works), or allow user namespaces in the container (e.g. docker run --security-opt seccomp=unconfined --security-opt apparmor=unconfined).",
      policyPath,
    );
  }
  return unavailable(`a test command could not run in it: ${said}`, INSTALL_FIX, policyPath);
}

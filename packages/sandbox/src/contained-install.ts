import type { Logger } from '@agent-guards/action-kit';
import type { SandboxPolicy } from '@agent-guards/config';
import type { EgressDecision } from './egress-proxy.js';
import { openSandbox } from './sandbox.js';

/** The package ecosystems whose registries an install may reach (the policy's runner.sandbox.registries). */
export type InstallEcosystem = keyof SandboxPolicy['registries'];

export interface ContainedInstallOptions {
  settings: SandboxPolicy;
  /** Where the settings come from, for errors that name it. */
  settingsSource: string;
  ecosystem: InstallEcosystem;
  /** The checkout: the install writes only here (node_modules, .venv). */
  workdir: string;
  argv: string[];
  /** Hosts reachable besides the ecosystem's registries (a company mirror). */
  extraHosts?: readonly string[];
  /** The package manager's own installation, when it is not on PATH (a pinned pnpm under the tool cache). */
  readOnly?: readonly string[];
  /** The installer's settings (uv's interpreter, Poetry's environment): never a secret. */
  env?: Record<string, string>;
  timeoutMs: number;
  logger: Logger;
}

export interface ContainedInstallResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The limit that stopped the install, when one did. */
  stoppedBy?: 'time' | 'output';
  /** Connections the egress proxy refused: the install's reason to fail, when it does. */
  refused: EgressDecision[];
}

/**
 * Installs a checkout's dependencies the way a contained command runs: a lockfile,
 * a package's lifecycle scripts and a project's build backend are the PR's code, so
 * they run with no secret in the environment, nothing of the runner visible, and
 * the network only to the ecosystem's registries through the egress proxy.
 */
export async function runContainedInstall(options: ContainedInstallOptions): Promise<ContainedInstallResult> {
  const sandbox = await openSandbox({
    settings: options.settings,
    policyPath: options.settingsSource,
    workdir: options.workdir,
    logger: options.logger,
    ...(options.readOnly ? { readOnly: [...options.readOnly] } : {}),
  });
  try {
    const egress = [...new Set([...options.settings.registries[options.ecosystem], ...(options.extraHosts ?? [])])];
    const result = await sandbox.run({ argv: options.argv, timeoutMs: options.timeoutMs, egress, ...(options.env ? { env: options.env } : {}) });
    const refused = result.egress.filter((d) => !d.allowed);
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, ...(result.stoppedBy ? { stoppedBy: result.stoppedBy } : {}), refused };
  } finally {
    await sandbox.close();
  }
}

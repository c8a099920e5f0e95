import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError, isConfigurationError } from '@agent-guards/action-kit';
import type { SandboxPolicy } from '@agent-guards/config';
import { openSandbox } from '@agent-guards/sandbox';
import semver from 'semver';
import type { CheckItem } from './checklist.js';

/**
 * Whether the runner's sandbox starts on this machine, by opening it as a
 * session does (the sandbox runs its own probe command through every
 * layer) in an empty folder, then closing it.
 */
export async function checkSandbox(settings: SandboxPolicy, policyPath: string): Promise<CheckItem> {
  const title = `the runner's sandbox (${settings.mode}) starts on this machine`;
  if (settings.mode === 'none') {
    return { id: 'sandbox', title, status: 'warn', detail: `${policyPath} sets runner.sandbox: none, so tests, the linter and installs run uncontained.`, fix: 'remove runner.sandbox: none once the runners can start bubblewrap (ubuntu-24.04 with the agent-guards setup-toolchain action can).' };
  }
  const workdir = mkdtempSync(join(tmpdir(), 'agent-guards-doctor-'));
  try {
    const sandbox = await openSandbox({ settings, policyPath, workdir });
    const what = sandbox.description.bubblewrap ? `bubblewrap ${sandbox.description.bubblewrap}` : sandbox.description.summary;
    await sandbox.close();
    return { id: 'sandbox', title, status: 'pass', detail: `${what} ran a probe command contained.` };
  } catch (error) {
    // A ConfigurationError's message ends with its fix, which the item shows on its own line.
    const fix = isConfigurationError(error) ? error.fix : undefined;
    const message = describeError(error);
    const detail = fix && message.endsWith(` Fix: ${fix}`) ? message.slice(0, -` Fix: ${fix}`.length) : message;
    return { id: 'sandbox', title, status: 'fail', detail, fix: fix ?? 'see the message; packages/sandbox/README.md lists what the sandbox needs.' };
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

/** Whether the Node.js running this meets the `engines.node` range of agent-guards. */
export function checkNodeVersion(version: string, range: string | undefined): CheckItem {
  const title = `Node.js ${version} meets agent-guards' engines${range ? ` (${range})` : ''}`;
  if (!range) return { id: 'node-version', title, status: 'unknown', detail: 'no engines.node range was found beside the agent-guards templates.', fix: 'reinstall the agent-guards CLI.' };
  if (!semver.validRange(range)) return { id: 'node-version', title, status: 'unknown', detail: `'${range}' is not a version range.`, fix: 'reinstall the agent-guards CLI.' };
  return semver.satisfies(version, range)
    ? { id: 'node-version', title, status: 'pass' }
    : { id: 'node-version', title, status: 'fail', detail: `Node.js ${version} is outside ${range}.`, fix: `install a Node.js in ${range} (actions/setup-node with node-version-file, or nvm install).` };
}

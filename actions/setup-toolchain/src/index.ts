// The install step's contained install (install-dependencies.sh runs it for each command that reads the
// checkout's lockfiles or builds its project):
//
//   node dist/index.js --ecosystem npm|pypi|go [--host HOST …] [--read-only PATH …] [--env NAME=VALUE …] -- <command …>
//
// in the service's directory. Exits with the command's exit status.
import { error as annotateError, warning } from '@actions/core';
import { streamLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { allowlistEntryFor, runContainedInstall, type InstallEcosystem } from '@agent-guards/sandbox';
import { parseArgs } from 'node:util';

// The policy's defaults: this step runs at the PR head, whose copy of the policy is not trusted. Hosts
// beyond the public registries come from the workflow (the action's `registries` input).
const settings = defaultPolicy().runner.sandbox;
const ECOSYSTEMS = Object.keys(settings.registries) as InstallEcosystem[];
const TIMEOUT_MS = 30 * 60 * 1000;

const { values, positionals } = parseArgs({
  options: { ecosystem: { type: 'string' }, host: { type: 'string', multiple: true }, 'read-only': { type: 'string', multiple: true }, env: { type: 'string', multiple: true } },
  allowPositionals: true,
  strict: true,
});
const ecosystem = values.ecosystem as InstallEcosystem;
const env = (values.env ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const);
if (!ECOSYSTEMS.includes(ecosystem) || positionals.length === 0 || env.some(([name]) => !/^[A-Z_][A-Z0-9_]*$/.test(name))) {
  annotateError(`usage: index.js --ecosystem ${ECOSYSTEMS.join('|')} [--host HOST …] [--read-only PATH …] [--env NAME=VALUE …] -- <command …>`, { title: 'setup-toolchain' });
  process.exit(2);
}

const hosts = values.host ?? [];
try {
  const result = await runContainedInstall({
    settings,
    settingsSource: "setup-toolchain's install (sandbox: true)",
    ecosystem,
    workdir: process.cwd(),
    argv: positionals,
    extraHosts: hosts,
    readOnly: values['read-only'] ?? [],
    env: Object.fromEntries(env),
    timeoutMs: TIMEOUT_MS,
    logger: streamLogger((line) => process.stdout.write(`${line}\n`)),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const reachable = [...settings.registries[ecosystem], ...hosts];
  for (const r of result.refused) {
    // A host of the allowlist that could not be reached is the network's doing; any other, the allowlist's.
    const listed = allowlistEntryFor(r.host, r.port, reachable) !== undefined;
    warning(
      listed
        ? `the install could not reach ${r.host}:${r.port}: ${r.reason}.`
        : `the install was refused a connection to ${r.host}:${r.port} (${r.reason}); it may reach only ${reachable.join(', ')}. A company mirror goes in the 'registries' input.`,
      { title: 'setup-toolchain' },
    );
  }
  if (result.stoppedBy) annotateError(`the install was stopped: it ran past the sandbox's ${result.stoppedBy === 'time' ? 'time' : 'output'} limit.`, { title: 'setup-toolchain' });
  process.exit(result.exitCode ?? 1);
} catch (error) {
  annotateError((error as Error).message, { title: 'setup-toolchain' });
  process.exit(1);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicySchema } from '@agent-guards/config';
import { openSandbox, type Sandbox } from '@agent-guards/sandbox';
import { TempRepo } from '@agent-guards/testkit';
import { installDevDependencyTool } from '../src/tools/process-tools.js';
import { ToolRefusal, type SessionServices } from '../src/tools/tool.js';

const repos: TempRepo[] = [];
const sandboxes: Sandbox[] = [];
afterEach(async () => {
  for (const s of sandboxes.splice(0)) await s.close();
  for (const r of repos.splice(0)) r.cleanup();
});

/** A service with npm's real install command, run in a real sandbox; the tool sees only what SessionServices gives it. */
async function services(planFiles: string[], files: Record<string, string> = {}): Promise<SessionServices> {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ 'package.json': '{ "name": "svc", "private": true, "devDependencies": {} }\n', ...files });
  repo.commit('chore: base');
  const policy = PolicySchema.parse({
    version: 1,
    dependency_allowlist: { npm: ['is-number', '@types/*'] },
    runner: { install_dev_dependency_command: { npm: ['npm', 'install', '--save-dev', '--no-audit', '--no-fund', '--fetch-retries=0'] } },
  });
  const sandbox = await openSandbox({ settings: policy.runner.sandbox, policyPath: '.github/agent-guards.yml', workdir: repo.dir });
  sandboxes.push(sandbox);
  return {
    repo: repo.dir,
    policy,
    plan: { summary: '', files: planFiles, tests: [], questions: [], golden_sample_notes: '' },
    invalidateGraph: () => undefined,
    runContained: (_tool: string, command: Parameters<Sandbox['run']>[0]) => sandbox.run({ ...command, timeoutMs: 180_000 }),
  } as unknown as SessionServices;
}

describe('install_dev_dependency', () => {
  it('installs an allowlisted dev dependency from the npm registry, through the egress proxy only', async () => {
    const s = await services(['package.json']);
    const result = await installDevDependencyTool.run({ ecosystem: 'npm', name: 'is-number', version: '7.0.0' }, s);
    expect(result.content).toMatch(/^installed is-number@7\.0\.0 \(exit 0\)/);
    expect(JSON.parse(readFileSync(join(s.repo, 'package.json'), 'utf8')).devDependencies).toEqual({ 'is-number': '^7.0.0' });
    expect(existsSync(join(s.repo, 'node_modules', 'is-number', 'package.json'))).toBe(true);
    expect(result.attributes).toMatchObject({ egress_refused: 0 });
    expect(Number(result.attributes!.egress_allowed)).toBeGreaterThan(0);
  });

  it('cannot be pointed at another registry: the egress proxy refuses it and the model is told', async () => {
    // What code run in an earlier test could have written into the checkout.
    const s = await services(['package.json'], { '.npmrc': 'registry=https://registry.evil.example/\n' });
    const result = await installDevDependencyTool.run({ ecosystem: 'npm', name: 'is-number', version: '7.0.0' }, s);
    expect(result.content).toMatch(/^install FAILED: is-number@7\.0\.0/);
    expect(result.content).toContain('the egress proxy refused: registry.evil.example:443 (not on the registry allowlist (registry.npmjs.org, registry.yarnpkg.com))');
    expect(JSON.parse(readFileSync(join(s.repo, 'package.json'), 'utf8')).devDependencies).toEqual({});
  });

  it('refuses a package off the allowlist, a version that is not a version, and a manifest the plan does not name', async () => {
    const s = await services(['package.json']);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'left-pad' }, s)).rejects.toThrow(/not on the dev-dependency allowlist/);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'is-number', version: '1; rm -rf /' }, s)).rejects.toThrow(ToolRefusal);
    await expect(installDevDependencyTool.run({ ecosystem: 'pypi', name: 'pytest-cov' }, s)).rejects.toThrow(/allowlist/);
    const unplanned = await services(['src/a.ts']);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'is-number' }, unplanned)).rejects.toThrow(/plan does not name the npm manifest/);
    expect(JSON.parse(readFileSync(join(s.repo, 'package.json'), 'utf8')).devDependencies).toEqual({});
  });
});

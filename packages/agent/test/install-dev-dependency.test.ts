import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicySchema } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';
import { installDevDependencyTool } from '../src/tools/process-tools.js';
import { ToolRefusal, type SessionServices } from '../src/tools/tool.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

// A stand-in for `npm install --save-dev`: records the spec it was given in package.json's devDependencies.
const INSTALLER = `import { readFileSync, writeFileSync } from 'node:fs';
const spec = process.argv[2];
const at = spec.lastIndexOf('@');
const [name, version] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, '*'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.devDependencies = { ...pkg.devDependencies, [name]: version };
writeFileSync('package.json', JSON.stringify(pkg, null, 2));
`;

function services(planFiles: string[]): SessionServices {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ 'package.json': '{ "name": "svc", "devDependencies": {} }', 'tools/install.mjs': INSTALLER });
  repo.commit('chore: base');
  const policy = PolicySchema.parse({
    version: 1,
    dependency_allowlist: { npm: ['vitest', '@types/*'] },
    runner: { install_dev_dependency_command: { npm: ['node', 'tools/install.mjs'] } },
  });
  // The tool reads the policy, the plan and the repo; nothing else of the session.
  return { repo: repo.dir, policy, plan: { summary: '', files: planFiles, tests: [], questions: [], golden_sample_notes: '' }, invalidateGraph: () => undefined } as unknown as SessionServices;
}

describe('install_dev_dependency', () => {
  it('runs the configured command for an allowlisted dev dependency the plan covers', async () => {
    const s = services(['package.json']);
    const result = await installDevDependencyTool.run({ ecosystem: 'npm', name: '@types/node', version: '22.1.0' }, s);
    expect(result.content).toMatch(/^installed @types\/node@22\.1\.0 \(exit 0\)/);
    expect(JSON.parse(readFileSync(join(s.repo, 'package.json'), 'utf8')).devDependencies).toEqual({ '@types/node': '22.1.0' });
  });

  it('refuses a package off the allowlist, a version that is not a version, and a manifest the plan does not name', async () => {
    const s = services(['package.json']);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'left-pad' }, s)).rejects.toThrow(/not on the dev-dependency allowlist/);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'vitest', version: '1; rm -rf /' }, s)).rejects.toThrow(ToolRefusal);
    await expect(installDevDependencyTool.run({ ecosystem: 'pypi', name: 'pytest-cov' }, s)).rejects.toThrow(/allowlist/);
    const unplanned = services(['src/a.ts']);
    await expect(installDevDependencyTool.run({ ecosystem: 'npm', name: 'vitest' }, unplanned)).rejects.toThrow(/plan does not name the npm manifest/);
    expect(JSON.parse(readFileSync(join(s.repo, 'package.json'), 'utf8')).devDependencies).toEqual({});
  });
});

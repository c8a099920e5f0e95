import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cloneRealRepo, realReposAvailable } from '@agent-guards/testkit';
import { actionErrors } from '../audit/github-parser.js';
import { runComposite } from '../audit/run-composite.js';
import { ACTION_DIR, detect, runStep, workspace } from './setup-toolchain-steps.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ACTION_YML = readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8');

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(ACTION_YML) as Action;
const steps = action.runs.steps;
/** The `uses:` lines as written, with their version comments. */
const usesLines = ACTION_YML.split('\n').filter((l) => /^\s+uses:/.test(l)).map((l) => l.trim());

/** Every output each step writes, from running it: the detect step writes all of its outputs on every run. */
const detectOutputs = Object.keys(detect(workspace({ 'requirements.txt': 'x\n' })).outputs);
const stepOutputs: Record<string, string[]> = {
  detect: detectOutputs,
  check: ['node'],
  install: ['installed', 'python-environment'],
  versions: ['node-version', 'python-version', 'go-version'],
};

function referencesIn(text: string): { inputs: string[]; outputs: [string, string][] } {
  return {
    inputs: [...text.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!),
    outputs: [...text.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].map((m) => [m[1]!, m[2]!] as [string, string]),
  };
}

describe('setup-toolchain action.yml', () => {
  it("passes GitHub's own parser", () => {
    expect(actionErrors('actions/setup-toolchain/action.yml', ACTION_YML)).toEqual([]);
  });

  it('pins every uses: to a commit SHA with its release as a comment, and runs each only when the repository calls for it', () => {
    const uses = steps.filter((s) => s.uses);
    expect(uses.map((s) => s.uses!.split('@')[0])).toEqual(['actions/setup-node', 'actions/setup-python', 'actions/setup-go', 'astral-sh/setup-uv']);
    for (const line of usesLines) expect(line).toMatch(/^uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(Object.fromEntries(uses.map((s) => [s.uses!.split('@')[0], s.if]))).toEqual({
      'actions/setup-node': "steps.detect.outputs.setup-node == 'true'",
      'actions/setup-python': "steps.detect.outputs.setup-python == 'true'",
      'actions/setup-go': "steps.detect.outputs.setup-go == 'true'",
      'astral-sh/setup-uv': "inputs.install == 'true' && steps.detect.outputs.python-manager == 'uv'",
    });
    // The version comes from the input or the file the detect step names, through the action's own input.
    const setup = Object.fromEntries(uses.map((s) => [s.uses!.split('@')[0], s.with]));
    expect(setup['actions/setup-node']).toMatchObject({ 'node-version': '${{ inputs.node-version }}', 'node-version-file': '${{ steps.detect.outputs.node-version-file }}' });
    expect(setup['actions/setup-python']).toMatchObject({ 'python-version': '${{ inputs.python-version }}', 'python-version-file': '${{ steps.detect.outputs.python-version-file }}' });
    expect(setup['actions/setup-go']).toMatchObject({ 'go-version': '${{ inputs.go-version }}', 'go-version-file': '${{ steps.detect.outputs.go-version-file }}' });
    expect(setup['astral-sh/setup-uv']).toMatchObject({ version: '${{ steps.detect.outputs.uv-version }}', 'enable-cache': 'false' });
  });

  it('refers only to declared inputs and to outputs its steps write, in every if:, with:, env: and output', () => {
    const declaredInputs = Object.keys(action.inputs);
    const texts = [...steps.flatMap((s) => [s.if ?? '', ...Object.values(s.with ?? {}), ...Object.values(s.env ?? {})]), ...Object.values(action.outputs).map((o) => o.value)].map(String);
    for (const text of texts) {
      const refs = referencesIn(text);
      for (const input of refs.inputs) expect(declaredInputs, text).toContain(input);
      for (const [step, output] of refs.outputs) expect(stepOutputs[step] ?? [], `${text}: steps.${step} writes no ${output}`).toContain(output);
    }
    // Every step condition reads only inputs and the detect step: nothing from the event.
    for (const s of steps) if (s.if) expect(s.if).toMatch(/^(?:(?:inputs\.[a-z-]+|steps\.detect\.outputs\.[a-z-]+) [!=]= '[a-z]*'(?: && )?)+$/);
  });

  it('runs its scripts from the action folder, with no expression inside a run:', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run, s.name).not.toContain('${{');
    const scripts = steps.flatMap((s) => [...(s.run ?? '').matchAll(/\$GITHUB_ACTION_PATH\/([\w-]+\.sh)/g)].map((m) => m[1]));
    expect(scripts).toEqual(['prepare-sandbox.sh', 'detect-toolchain.sh', 'install-dependencies.sh', 'report-versions.sh']);
    for (const script of scripts) {
      expect(spawnSync('bash', ['-n', join(ACTION_DIR, script!)]).status).toBe(0);
      // The step runs the file itself.
      expect(statSync(join(ACTION_DIR, script!)).mode & 0o111, script).toBe(0o111);
    }
  });
});

describe('setup-toolchain end to end, as the runner runs its steps', () => {
  /** The composite action on the service; a uses: step whose condition holds throws, naming it. */
  function runAction(ws: { root: string; service: string }, inputs: Record<string, string>, env: Record<string, string> = {}) {
    const files = mkdtempSync(join(tmpdir(), 'setup-toolchain-runner-'));
    for (const f of ['path', 'env']) writeFileSync(join(files, f), '');
    return runComposite(ACTION_DIR, {
      inputs: { sandbox: 'false', 'working-directory': 'service', ...inputs },
      workspace: ws.root,
      env: { ...(process.env as Record<string, string>), GITHUB_PATH: join(files, 'path'), GITHUB_ENV: join(files, 'env'), RUNNER_TOOL_CACHE: files, ...env },
    });
  }

  it('installs an npm service whose repository names no Node.js, and reports what it used', () => {
    const ws = workspace({}, 'npm');
    spawnSync('rm', [join(ws.service, '.nvmrc')]);
    const run = runAction(ws, { install: 'true' });
    expect(run.failed, run.log).toBe(false);
    expect(run.outputs).toMatchObject({ installed: 'package-lock.json', managers: 'npm', lockfiles: 'package-lock.json', 'node-version': process.version.slice(1), 'python-version': '', 'go-version': '' });
    expect(readFileSync(join(ws.service, 'node_modules', 'is-number', 'package.json'), 'utf8')).toContain('"version": "7.0.0"');
  });

  it('with install false, reports the managers and lockfiles and installs nothing', () => {
    const ws = workspace({ 'requirements.txt': 'fxdep-absent==1.0\n' });
    const run = runAction(ws, { install: 'false' });
    expect(run.failed, run.log).toBe(false);
    expect(run.steps.install?.outcome).toBe('skipped');
    expect(run.outputs).toMatchObject({ installed: '', managers: 'pip', lockfiles: 'requirements.txt', 'python-version': expect.stringMatching(/^3\.\d+\.\d+$/) });
  });

  it('stops at the detect step, before any setup, when there is nothing to install', () => {
    const run = runAction(workspace({ 'README.md': '# svc\n' }), { install: 'true' });
    expect(run.failed).toBe(true);
    expect(run.steps.detect?.outcome).toBe('failure');
    expect(run.steps.install?.outcome).toBe('skipped');
    expect(run.log).toContain('::error title=setup-toolchain::install is true, but service has nothing to install from');
  });

  it('reports the version of each toolchain on PATH, and warns about one the service uses that is missing', () => {
    const ws = workspace();
    const on = runStep('report-versions.sh', ws.service, { workspace: ws.root, env: { TOOLCHAINS: 'node python' } });
    expect(on.status, on.stdout + on.stderr).toBe(0);
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim().replace('Python ', '');
    expect(on.outputs).toEqual({ 'node-version': process.version.slice(1), 'python-version': python });
    const bin = mkdtempSync(join(tmpdir(), 'no-go-bin-'));
    symlinkSync(spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim(), join(bin, 'bash'));
    const off = runStep('report-versions.sh', ws.service, { workspace: ws.root, env: { TOOLCHAINS: 'go', PATH: bin } });
    expect(off.status).toBe(0);
    expect(off.outputs).toEqual({});
    expect(off.stdout).toContain('::warning title=setup-toolchain::the service uses go, but there is none on PATH: set go-version');
  });

  it('rejects an install input that is not true or false', () => {
    const run = runAction(workspace({ 'requirements.txt': 'x\n' }), { install: 'yes' });
    expect(run.failed).toBe(true);
    expect(run.log).toContain("::error title=setup-toolchain::input 'install' must be true or false.");
  });

  it('rejects a registries input that is not a list of host names', () => {
    const run = runAction(workspace({ 'requirements.txt': 'x\n' }), { install: 'true', registries: 'npm.example.com https://evil.example/x' });
    expect(run.failed).toBe(true);
    expect(run.log).toContain("::error title=setup-toolchain::input 'registries': 'https://evil.example/x' is not a host name");
  });

  it('installs in the sandbox by default, on the Node.js the runner had before the service’s', () => {
    const ws = workspace({}, 'npm');
    spawnSync('rm', [join(ws.service, '.nvmrc')]);
    const run = runAction(ws, { install: 'true', sandbox: 'true' });
    expect(run.failed, run.log).toBe(false);
    expect(run.log).toContain('(in the sandbox: the network only to the npm registries)');
    expect(existsSync(join(ws.service, 'node_modules', 'is-number', 'package.json'))).toBe(true);
  });

  // Each version file makes its official setup action run, and nothing else does.
  it.each([
    ['.nvmrc', 'actions/setup-node@', { 'package.json': '{}', 'package-lock.json': '{}', '.nvmrc': '22\n' }],
    ['.python-version', 'actions/setup-python@', { 'requirements.txt': 'x\n', '.python-version': '3.12\n' }],
    ['pyproject.toml requires-python', 'actions/setup-python@', { 'pyproject.toml': '[project]\nname = "s"\nversion = "1"\nrequires-python = ">=3.11"\n' }],
    ['go.mod', 'actions/setup-go@', { 'go.mod': 'module x\n\ngo 1.24\n' }],
    ['uv.lock without a Python version', 'astral-sh/setup-uv@', { 'pyproject.toml': '[project]\nname = "s"\nversion = "1"\n', 'uv.lock': 'version = 1\n' }],
  ])('%s runs %s', (_name, uses, files) => {
    expect(() => runAction(workspace(files), { install: 'true' })).toThrow(`would run ${uses}`);
  });

  it.runIf(realReposAvailable('flask'))("hands the real flask checkout's Python version to setup-python (requires-python in pyproject.toml)", () => {
    const flask = cloneRealRepo('flask');
    const ws = { root: dirname(flask.dir), service: flask.dir };
    expect(() => runAction(ws, { install: 'true', 'working-directory': basename(flask.dir) })).toThrow('would run actions/setup-python@');
  });
});

describe('the agent pipeline takes the toolchain from the service', () => {
  const template = parse(readFileSync(join(ROOT, 'action-templates', 'workflow-templates', 'agent-pipeline.yml'), 'utf8')) as { jobs: Record<string, { with?: Record<string, unknown> }> };
  const pipeline = parse(readFileSync(join(ROOT, '.github', 'workflows', 'agent-pipeline.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
    jobs: Record<string, { steps?: Step[] }>;
  };

  it('the starter workflow hard-codes no Node.js, Python or Go version', () => {
    for (const job of Object.values(template.jobs)) {
      for (const input of ['node-version', 'python-version', 'go-version']) expect(job.with ?? {}).not.toHaveProperty(input);
    }
  });

  it('the reusable workflow defaults every version to the repository and hands it to setup-toolchain unchanged', () => {
    const inputs = pipeline.on.workflow_call.inputs;
    for (const input of ['node-version', 'python-version', 'go-version']) expect(inputs[input]?.default).toBe('');
    const toolchainSteps = Object.values(pipeline.jobs).flatMap((j) => j.steps ?? []).filter((s) => s.uses === './.agent-guards/actions/setup-toolchain');
    expect(toolchainSteps).toHaveLength(2);
    for (const s of toolchainSteps) {
      expect(s.with).toMatchObject({
        'node-version': '${{ inputs.node-version }}',
        'python-version': '${{ inputs.python-version }}',
        'go-version': '${{ inputs.go-version }}',
        install: '${{ inputs.install-dependencies }}',
        'working-directory': 'service',
      });
    }
  });
});

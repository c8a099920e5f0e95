import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile } from '../harness/run-action.js';

export const ACTION_DIR = resolve(import.meta.dirname, '..', '..', 'actions', 'setup-toolchain');
export const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'toolchain');

/** A runner workspace in a temp dir with the service checked out in `service/`, as the pipelines lay it out. */
export function workspace(files: Record<string, string> = {}, fixture?: string): { root: string; service: string } {
  const root = mkdtempSync(join(tmpdir(), 'setup-toolchain-'));
  const service = join(root, 'service');
  mkdirSync(service);
  if (fixture) cpSync(join(FIXTURES, fixture), service, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(service, rel)), { recursive: true });
    writeFileSync(join(service, rel), content);
  }
  return { root, service };
}

export interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Lines the step appended to GITHUB_PATH and GITHUB_ENV. */
  path: string[];
  env: string[];
}

/**
 * Runs one of the action's scripts as its step does: in the service directory, with GITHUB_OUTPUT,
 * GITHUB_PATH and GITHUB_ENV files of its own and the step's env.
 */
export function runStep(script: string, cwd: string, options: { workspace: string; env?: Record<string, string | undefined> }): StepRun {
  const files = mkdtempSync(join(tmpdir(), 'setup-toolchain-step-'));
  const [output, path, env] = ['output', 'path', 'env'].map((name) => join(files, name)) as [string, string, string];
  for (const file of [output, path, env]) writeFileSync(file, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', join(ACTION_DIR, script)], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GITHUB_OUTPUT: output,
      GITHUB_PATH: path,
      GITHUB_ENV: env,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: ACTION_DIR,
      RUNNER_TEMP: files,
      ...options.env,
    },
  });
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputFile(readFileSync(output, 'utf8')), path: lines(path), env: lines(env) };
}

/** The detect step: what the action decides for the service checked out at `service`. */
export function detect(ws: { root: string; service: string }, env: Record<string, string> = {}): StepRun {
  return runStep('detect-toolchain.sh', ws.service, { workspace: ws.root, env: { INSTALL: 'true', ...env } });
}

interface CompositeStep {
  id?: string;
  env?: Record<string, string>;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { steps: CompositeStep[] };
}

/**
 * The env action.yml gives a step: `${{ steps.detect.outputs.X }}` from the detect step's outputs,
 * `${{ inputs.X }}` from `inputs` or the input's default, `${{ steps.check.outputs.node }}` the node of this
 * process (the runner's, before the service's is set up).
 */
export function stepEnv(id: string, decided: Record<string, string>, inputs: Record<string, string> = {}): Record<string, string> {
  const action = parse(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8')) as ActionYml;
  const step = action.runs.steps.find((s) => s.id === id);
  if (!step) throw new Error(`action.yml has no step '${id}'`);
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => {
      const detected = /^\$\{\{\s*steps\.detect\.outputs\.([a-z-]+)\s*\}\}$/.exec(value);
      if (detected) return [name, decided[detected[1]!] ?? ''];
      const input = /^\$\{\{\s*inputs\.([a-z-]+)\s*\}\}$/.exec(value);
      if (input) return [name, inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? ''];
      if (/^\$\{\{\s*steps\.check\.outputs\.node\s*\}\}$/.test(value)) return [name, process.execPath];
      throw new Error(`step '${id}' env ${name} is neither a detect output nor an input: ${value}`);
    }),
  );
}

/**
 * The install step, fed the detect step's outputs as action.yml maps them. `inputs` are the action's
 * (sandbox: 'true' by default, as action.yml says; the contained installs need the action's dist/).
 */
export function install(
  ws: { root: string; service: string },
  decided: Record<string, string>,
  env: Record<string, string | undefined> = {},
  inputs: Record<string, string> = {},
): StepRun {
  return runStep('install-dependencies.sh', ws.service, { workspace: ws.root, env: { ...stepEnv('install', decided, inputs), ...env } });
}

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

/** The env action.yml gives a step, with `${{ steps.detect.outputs.X }}` taken from the detect step's outputs. */
export function stepEnv(id: string, decided: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8')) as { runs: { steps: CompositeStep[] } };
  const step = action.runs.steps.find((s) => s.id === id);
  if (!step) throw new Error(`action.yml has no step '${id}'`);
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => {
      const m = /^\$\{\{\s*steps\.detect\.outputs\.([a-z-]+)\s*\}\}$/.exec(value);
      if (!m) throw new Error(`step '${id}' env ${name} is not a detect output: ${value}`);
      return [name, decided[m[1]!] ?? ''];
    }),
  );
}

/** The install step, fed the detect step's outputs as action.yml maps them. */
export function install(ws: { root: string; service: string }, decided: Record<string, string>, env: Record<string, string | undefined> = {}): StepRun {
  return runStep('install-dependencies.sh', ws.service, { workspace: ws.root, env: { ...stepEnv('install', decided), ...env } });
}

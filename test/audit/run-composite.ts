import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile } from '../harness/run-action.js';

interface CompositeStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface CompositeAction {
  inputs?: Record<string, { default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: CompositeStep[] };
}

export interface StepResult {
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}

export interface CompositeRun {
  failed: boolean;
  outputs: Record<string, string>;
  steps: Record<string, StepResult>;
  log: string;
}

/**
 * Runs a composite action's `run:` steps as the runner does — `bash -e {0}` on the script, the step's
 * env with expressions evaluated, a GITHUB_OUTPUT file per step, GITHUB_ACTION_PATH set to the action's
 * folder — for the small expression language the action uses (inputs.*, steps.*.outputs.*, ==, !=, &&,
 * !cancelled(), github.token). Anything else throws, so the action cannot outgrow this runner silently.
 * A `uses:` step whose condition holds throws as well: tests choose inputs that skip them.
 */
export function runComposite(actionDir: string, options: { inputs: Record<string, string>; workspace: string; env: Record<string, string> }): CompositeRun {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as CompositeAction;
  if (action.runs.using !== 'composite') throw new Error(`${actionDir} is not a composite action`);
  const context = {
    inputs: Object.fromEntries(Object.entries(action.inputs ?? {}).map(([name, spec]) => [name, options.inputs[name] ?? spec.default ?? ''])),
    steps: {} as Record<string, StepResult>,
    token: options.env.GITHUB_TOKEN ?? '',
  };
  for (const name of Object.keys(options.inputs)) if (!(name in context.inputs)) throw new Error(`input '${name}' is not declared`);
  context.inputs = Object.fromEntries(Object.entries(context.inputs).map(([k, v]) => [k, substitute(v, context)]));
  const temp = mkdtempSync(join(tmpdir(), 'composite-'));
  let failed = false;
  let log = '';
  action.runs.steps.forEach((step, index) => {
    const key = step.id ?? `__${index}`;
    const condition = step.if ?? 'success()';
    if (!evaluateCondition(condition, context, failed)) {
      context.steps[key] = { outcome: 'skipped', outputs: {} };
      return;
    }
    if (step.uses) throw new Error(`step ${step.name ?? key} would run ${step.uses}: choose inputs that skip it`);
    const outputFile = join(temp, `output-${index}`);
    const scriptFile = join(temp, `script-${index}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(scriptFile, step.run ?? '');
    const env: Record<string, string> = {
      ...options.env,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(temp, `summary-${index}`),
      GITHUB_WORKSPACE: options.workspace,
      RUNNER_TEMP: temp,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(String(value), context);
    const cwd = step['working-directory'] ? join(options.workspace, substitute(step['working-directory'], context)) : options.workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', scriptFile], { cwd, env, encoding: 'utf8' });
    log += `--- ${step.name ?? key}\n${result.stdout}${result.stderr}`;
    const outcome = result.status === 0 ? 'success' : 'failure';
    if (outcome === 'failure') failed = true;
    context.steps[key] = { outcome, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
  });
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, spec]) => [name, substitute(spec.value, context)]));
  return { failed, outputs, steps: context.steps, log };
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, StepResult>;
  token: string;
}

function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) => String(evaluate(expression, context)));
}

function evaluate(expression: string, context: Context): string {
  const path = expression.trim();
  if (path === 'github.token') return context.token;
  let m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return context.inputs[m[1]!] ?? '';
  m = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return context.steps[m[1]!]?.outputs[m[2]!] ?? '';
  throw new Error(`expression not supported by this runner: ${expression}`);
}

function evaluateCondition(condition: string, context: Context, failed: boolean): boolean {
  const text = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  return text.split('&&').every((term) => {
    const t = term.trim();
    if (t === '!cancelled()' || t === 'always()') return true;
    if (t === 'success()') return !failed;
    const m = /^(\S+)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (!m) throw new Error(`condition not supported by this runner: ${t}`);
    const value = evaluate(m[1]!, context);
    return m[2] === '==' ? value === m[3] : value !== m[3];
  }) && (condition.includes('cancelled()') || condition.includes('always()') || !failed);
}

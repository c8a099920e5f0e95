import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseActionMetadata, type ActionMetadata } from '@agent-guards/action-kit';
import { ROOT } from './shipped-files.js';
import { type AuditFile, type JobModel, type StepModel } from './workflow-model.js';

/** `./.agent-guards/actions/<name>` (a reusable workflow's own checkout), `./actions/<name>`, `<owner>/agent-guards/actions/<name>@<sha>`. */
const OUR_ACTION = /^(?:\.\/\.agent-guards\/actions\/|\.\/actions\/|[A-Za-z0-9_.-]+\/agent-guards\/actions\/)([a-z0-9-]+)(?:@\S+)?$/;
/** `./.github/workflows/<file>` or `<owner>/agent-guards/.github/workflows/<file>@<sha>`. */
const OUR_WORKFLOW = /^(?:\.\/|[A-Za-z0-9_.-]+\/agent-guards\/)(\.github\/workflows\/[^/@]+\.ya?ml)(?:@\S+)?$/;
/** A composite step running a sibling action's bundle as the runner would. */
const SIBLING_BUNDLE = /"\$GITHUB_ACTION_PATH\/\.\.\/([a-z0-9-]+)\/dist\/index\.js"/;

export function ourActionName(uses: string): string | undefined {
  return OUR_ACTION.exec(uses.trim())?.[1];
}

export function ourWorkflowPath(uses: string): string | undefined {
  return OUR_WORKFLOW.exec(uses.trim())?.[1];
}

/** actions/<name>/action.yml, or a loud problem when it is not there. */
function actionMetadata(name: string, where: string, problems: string[]): ActionMetadata | undefined {
  const file = join(ROOT, 'actions', name, 'action.yml');
  if (!existsSync(file)) {
    problems.push(`${where} uses actions/${name}, but actions/${name}/action.yml does not exist.`);
    return undefined;
  }
  return parseActionMetadata(readFileSync(file, 'utf8'));
}

function requiredInputs(meta: ActionMetadata): string[] {
  return Object.entries(meta.inputs)
    .filter(([, spec]) => spec.required === true && spec.default === undefined)
    .map(([name]) => name);
}

/** The inputs a step hands to an action: `with:` keys, or INPUT_* variables for a bundle run directly. */
function passedInputs(step: StepModel, viaEnv: boolean): string[] {
  if (!viaEnv) return Object.keys(step.with);
  // @actions/core reads INPUT_<name upper-cased, spaces as underscores>; hyphens stay.
  return Object.keys(step.env)
    .filter((k) => k.startsWith('INPUT_'))
    .map((k) => k.slice('INPUT_'.length).toLowerCase().replace(/_/g, ' '));
}

/**
 * Every use of one of our actions in the file: inputs it passes are declared, inputs it must pass are
 * passed, and the outputs read from that step (`steps.<id>.outputs.<name>`) are declared.
 */
export function actionContractProblems(file: AuditFile): string[] {
  const problems: string[] = [];
  const scopes: [StepModel[], string][] = file.kind === 'action' ? [[file.steps, file.text]] : file.jobs.map((j) => [j.steps, jobText(file, j)]);
  for (const [steps, scopeText] of scopes) {
    for (const step of steps) {
      const viaUses = step.uses ? ourActionName(step.uses.value) : undefined;
      const viaBundle = file.kind === 'action' && step.run ? SIBLING_BUNDLE.exec(step.run.value)?.[1] : undefined;
      const name = viaUses ?? viaBundle;
      if (!name) continue;
      const where = `${file.path}:${step.line} (${step.where})`;
      const meta = actionMetadata(name, where, problems);
      if (!meta) continue;
      if (viaBundle && !existsSync(join(ROOT, 'actions', name, 'dist', 'index.js'))) {
        problems.push(`${where} runs actions/${name}/dist/index.js, which is not committed (npm run build && npm run bundle).`);
      }
      const passed = passedInputs(step, viaBundle !== undefined);
      for (const input of passed) {
        if (!(input in meta.inputs)) problems.push(`${where} passes '${input}', which actions/${name}/action.yml does not declare (it declares: ${Object.keys(meta.inputs).join(', ')}).`);
      }
      for (const input of requiredInputs(meta)) {
        if (!passed.includes(input)) problems.push(`${where} does not pass '${input}', which actions/${name}/action.yml requires.`);
      }
      if (!step.id) continue;
      for (const output of outputsRead(scopeText, `steps.${step.id}.outputs.`)) {
        if (!(output in meta.outputs)) problems.push(`${where} (id '${step.id}'): '${output}' is read as an output, but actions/${name}/action.yml declares no such output.`);
      }
    }
  }
  return problems;
}

interface WorkflowCallInterface {
  inputs: Record<string, { required?: boolean; default?: unknown; type?: string }>;
  secrets: Record<string, { required?: boolean }>;
  outputs: Record<string, { value?: string }>;
}

function workflowCallInterface(relative: string): WorkflowCallInterface | undefined {
  const file = join(ROOT, relative);
  if (!existsSync(file)) return undefined;
  const data = parse(readFileSync(file, 'utf8')) as { on?: { workflow_call?: Partial<WorkflowCallInterface> | null } };
  const call = data.on?.workflow_call;
  if (call === undefined) return undefined;
  return { inputs: call?.inputs ?? {}, secrets: call?.secrets ?? {}, outputs: call?.outputs ?? {} };
}

/**
 * Every call of one of our reusable workflows: inputs and secrets declared by the called workflow, the
 * required ones given, no `secrets: inherit`, and the outputs read from the call (`needs.<job>.outputs.<x>`)
 * declared by it.
 */
export function workflowCallProblems(file: AuditFile): string[] {
  const problems: string[] = [];
  for (const job of file.jobs) {
    const relative = job.uses ? ourWorkflowPath(job.uses.value) : undefined;
    if (!job.uses || !relative) continue;
    const where = `${file.path}:${job.line} (job '${job.id}')`;
    const called = workflowCallInterface(relative);
    if (!called) {
      problems.push(`${where} calls ${relative}, which does not exist or has no on.workflow_call.`);
      continue;
    }
    for (const input of Object.keys(job.with)) {
      if (!(input in called.inputs)) problems.push(`${where} passes input '${input}', which ${relative} does not declare.`);
    }
    for (const [input, spec] of Object.entries(called.inputs)) {
      if (spec.required === true && spec.default === undefined && !(input in job.with)) problems.push(`${where} does not pass input '${input}', which ${relative} requires.`);
    }
    if (job.secrets === 'inherit') problems.push(`${where} passes secrets: inherit; pass the secrets ${relative} declares by name.`);
    const secrets = job.secrets && job.secrets !== 'inherit' ? job.secrets : {};
    for (const secret of Object.keys(secrets)) {
      if (!(secret in called.secrets)) problems.push(`${where} passes secret '${secret}', which ${relative} does not declare.`);
    }
    for (const [secret, spec] of Object.entries(called.secrets)) {
      if (spec.required === true && !(secret in secrets)) problems.push(`${where} does not pass secret '${secret}', which ${relative} requires.`);
    }
    for (const output of outputsRead(file.text, `needs.${job.id}.outputs.`)) {
      if (!(output in called.outputs)) problems.push(`${where}: needs.${job.id}.outputs.${output} is read, but ${relative} declares no such output.`);
    }
  }
  return problems;
}

/**
 * Inside a workflow: `needs.<job>.outputs.<x>` only of a job listed in `needs` that declares output x, and
 * each on.workflow_call output taken from a job output that exists.
 */
export function jobOutputProblems(file: AuditFile): string[] {
  if (file.kind !== 'workflow') return [];
  const problems: string[] = [];
  const byId = new Map(file.jobs.map((j) => [j.id, j]));
  for (const job of file.jobs) {
    for (const m of withoutComments(jobText(file, job)).matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const [, needed, output] = m as unknown as [string, string, string];
      const target = byId.get(needed);
      if (!job.needs.includes(needed)) problems.push(`${file.path}: job '${job.id}' reads needs.${needed}.outputs.${output} without needing '${needed}'.`);
      else if (target && !target.uses && !(output in target.outputs)) problems.push(`${file.path}: job '${job.id}' reads needs.${needed}.outputs.${output}, which job '${needed}' does not declare.`);
    }
  }
  const call = (file.data.on as { workflow_call?: { outputs?: Record<string, { value?: string }> } } | undefined)?.workflow_call;
  for (const [name, spec] of Object.entries(call?.outputs ?? {})) {
    const m = /^\$\{\{\s*jobs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(spec.value ?? '');
    const job: JobModel | undefined = m ? byId.get(m[1]!) : undefined;
    if (!m || !job || !(m[2]! in job.outputs)) problems.push(`${file.path}: workflow output '${name}' (${spec.value}) is not the output of a job here.`);
  }
  return problems;
}

/** The output names read with a prefix such as `steps.agent.outputs.`, in expressions and conditions alike. */
function outputsRead(text: string, prefix: string): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set([...withoutComments(text).matchAll(new RegExp(`${escaped}([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!))];
}

/** The lines of one job, from its key to the next job's. */
function jobText(file: AuditFile, job: JobModel): string {
  const starts = file.jobs.map((j) => j.line).sort((a, b) => a - b);
  const end = starts.find((l) => l > job.line) ?? Number.MAX_SAFE_INTEGER;
  return file.text.split('\n').slice(job.line - 1, end - 1).join('\n');
}

function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
}

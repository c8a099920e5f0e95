import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '@agent-guards/testkit';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  /** With `logModules`: the source modules of every bundle chunk the action's process loaded, in load order. */
  modules?: string[];
  /** With `logBuiltins`: Node's built-in modules (`crypto`, `internal/fs/promises`) loaded when the action first wrote to stdout or stderr. */
  builtinsAtFirstLine?: string[];
}

export interface RunActionOptions {
  /** Folder name under actions/. */
  action: string;
  inputs?: Record<string, string>;
  /** The workspace (checked-out repo); the action runs with it as cwd. */
  workspace: string;
  event?: { name: string; payload: Record<string, unknown> };
  env?: Record<string, string>;
  /** Record which modules the action's bundle loads (a Node module hook, given through NODE_OPTIONS). */
  logModules?: boolean;
  /** Record which of Node's built-in modules are loaded by the action's first line (a preload, given through NODE_OPTIONS). */
  logBuiltins?: boolean;
}

/** The process the Actions runner would start for an action: its bundle, and the environment it is given (files for outputs and summary in a new temp dir). */
export function actionProcess(options: RunActionOptions): { entry: string; env: Record<string, string>; outputFile: string; summaryFile: string } {
  const actionDir = join(ROOT, 'actions', options.action);
  const entry = join(actionDir, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: run npm run build && npm run bundle`);
  const temp = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo-org/service',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(declaredDefaults(actionDir))) env[inputVar(name)] = evaluateDefault(value, env);
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVar(name)] = value;
  if (options.event) {
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_PATH = eventPath;
    env.GITHUB_EVENT_NAME = options.event.name;
  }
  return { entry, env, outputFile, summaryFile };
}

/**
 * Runs an action's bundled dist/index.js the way the Actions runner does:
 * INPUT_* variables (every declared input, defaults applied as the runner does),
 * GITHUB_EVENT_PATH with a real payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * and workflow commands parsed from stdout.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { entry, env, outputFile, summaryFile } = actionProcess(options);
  const moduleLog = options.logModules ? logLoadedUrls(env) : undefined;
  const builtinLog = options.logBuiltins ? logBuiltinsAtFirstLine(env) : undefined;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [entry], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.on('close', (c) => done({ code: c ?? -1, stdout: out, stderr: err }));
  });
  return {
    exitCode: code,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr,
    ...(moduleLog ? { modules: bundledModules(moduleLog.urls()) } : {}),
    ...(builtinLog ? { builtinsAtFirstLine: readFileSync(builtinLog, 'utf8').split('\n').filter(Boolean) } : {}),
  };
}

/** Has the node process started with `env` record the modules it loads. */
function logLoadedUrls(env: Record<string, string>): ReturnType<typeof moduleLoadLog> {
  const log = moduleLoadLog();
  addNodeOption(env, `--import ${log.register}`);
  return log;
}

/**
 * Has the node process started with `env` write, when it first writes to stdout or stderr, the
 * built-in modules Node has loaded by then (process.moduleLoadList): what a first line costs in
 * Node's own modules, which a module hook does not see (process.getBuiltinModule, Node's internals).
 * Returns the file it writes them to.
 */
function logBuiltinsAtFirstLine(env: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'builtin-log-'));
  const out = join(dir, 'builtins.txt');
  writeFileSync(out, '');
  const preload = join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    `const { writeFileSync } = require('node:fs');
let written = false;
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write;
  stream.write = function (...args) {
    if (!written) {
      written = true;
      const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
      writeFileSync(${JSON.stringify(out)}, builtins.join('\\n'));
    }
    return write.apply(this, args);
  };
}
`,
  );
  addNodeOption(env, `--require ${preload}`);
  return out;
}

function addNodeOption(env: Record<string, string>, option: string): void {
  env.NODE_OPTIONS = env.NODE_OPTIONS ? `${env.NODE_OPTIONS} ${option}` : option;
}

/** The source modules (`// node_modules/…`, `// packages/…` lines the bundler writes) of each loaded chunk of an action's dist/. */
function bundledModules(urls: readonly string[]): string[] {
  const chunks = [...new Set(urls.filter((url) => url.startsWith('file:') && /\/actions\/[^/]+\/dist\/[^/]+\.js$/.test(url)))];
  return chunks.flatMap((url) => [...readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ ((?:node_modules|packages|actions)\/\S+)$/gm)].map((m) => m[1]!));
}

/** The runner's input variable name: spaces to underscores, upper-cased (hyphens stay). */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function declaredDefaults(actionDir: string): Record<string, string> {
  const text = readFileSync(join(actionDir, 'action.yml'), 'utf8');
  const defaults: Record<string, string> = {};
  // A light read of action.yml: the runner sets every input that has a default.
  let current: string | undefined;
  let inInputs = false;
  for (const line of text.split('\n')) {
    if (/^inputs:\s*$/.test(line)) inInputs = true;
    else if (/^\S/.test(line)) inInputs = false;
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) defaults[current] = unquote(def[1]!.trim());
  }
  return defaults;
}

/** The one expression our action.yml defaults use: the job token. */
function evaluateDefault(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, env.GITHUB_TOKEN ?? '');
}

function unquote(v: string): string {
  if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"'))) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` heredocs, as @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delimiter] = m;
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      outputs[name!] = value.join('\n');
    } else {
      const eq = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (eq) outputs[eq[1]!] = eq[2]!;
    }
  }
  return outputs;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow-command annotations from stdout, honouring ::stop-commands:: as the runner does. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      props[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    annotations.push({
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3]!),
      ...(props.file ? { file: props.file } : {}),
      ...(props.line ? { line: Number(props.line) } : {}),
      ...(props.title ? { title: props.title } : {}),
    });
  }
  return annotations;
}
